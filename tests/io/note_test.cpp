// InputRecord::clear(), complete_record() and content_hash(): a record reused for the next
// input record is as a fresh one, a deferred parse gives the same record as an immediate
// one, and the hash --resume keys on sees every field the analysis reads.
#include <doctest/doctest.h>

#include <string>

#include "io/jsonl_reader.h"
#include "io/note.h"

using dxaudit::io::InputRecord;

namespace {

void fill(InputRecord* r) {
  r->where = {"notes.jsonl", 7};
  r->ok = true;
  r->note.note_id = std::string("n1");
  r->note.text = std::string(5000, 'x');
  r->note.patient_id = std::string("p");
  r->note.encounter_id = std::string("e");
  r->note.encounter_date = std::string("2025-01-02");
  r->note.provider = std::string("dr");
  r->note.codes = {"M54.50"};
  r->note.claim_codes = {"M54.16"};
  r->note.meta_json = std::string("{\"a\":1}");
  r->note.warnings = {"w"};
  r->error_kind = dxaudit::io::ErrorKind::kBadField;
  r->error_message = std::string("m");
  r->unparsed = std::string("{}");
  r->parse_unparsed = dxaudit::io::parse_note_json;
}

bool is_fresh(const InputRecord& r) {
  const InputRecord fresh;
  return r.where.file == fresh.where.file && r.where.line == fresh.where.line && r.ok == fresh.ok &&
         r.note.note_id.empty() && r.note.text.empty() && r.note.patient_id.empty() &&
         r.note.encounter_id.empty() && r.note.encounter_date.empty() && r.note.provider.empty() &&
         r.note.codes.empty() && r.note.claim_codes.empty() && r.note.meta_json.empty() &&
         r.note.warnings.empty() && r.error_kind == dxaudit::io::ErrorKind::kNone &&
         r.error_message.empty() && r.unparsed.empty() && r.parse_unparsed == nullptr;
}

}  // namespace

TEST_CASE("InputRecord::clear empties every field and keeps ordinary buffers") {
  InputRecord r;
  fill(&r);
  REQUIRE_FALSE(is_fresh(r));
  r.clear();
  CHECK(is_fresh(r));
  CHECK(r.note.text.capacity() >= 5000);  // kept for the next note
  // A huge buffer is given back rather than kept in the slot.
  r.note.text.assign(InputRecord::kKeptBufferBytes + 1, 'y');
  r.clear();
  CHECK(r.note.text.capacity() < InputRecord::kKeptBufferBytes);
}

TEST_CASE("complete_record parses a deferred record as the reader would have") {
  const std::string line =
      R"({"note_id": "a1", "text": "Low back pain.", "codes": ["M54.50"], "site": "x"})";
  InputRecord now;
  now.where = {"f", 3};
  dxaudit::io::parse_note_json(line, &now);

  InputRecord later;
  fill(&later);  // a slot that held an earlier record
  later.clear();
  later.where = {"f", 3};
  later.unparsed = line;
  later.parse_unparsed = dxaudit::io::parse_note_json;
  dxaudit::io::complete_record(&later);
  CHECK((later.parse_unparsed == nullptr));
  CHECK(later.unparsed.empty());
  CHECK(later.ok == now.ok);
  CHECK(later.note.note_id == now.note.note_id);
  CHECK(later.note.text == now.note.text);
  CHECK(later.note.codes == now.note.codes);
  CHECK(later.note.meta_json == now.note.meta_json);
  CHECK(later.where.line == 3);
  // A record already parsed is left alone.
  InputRecord parsed = now;
  dxaudit::io::complete_record(&parsed);
  CHECK(parsed.note.text == now.note.text);
}

TEST_CASE("content_hash changes with any field the analysis reads") {
  using dxaudit::io::content_hash;
  dxaudit::io::Note a;
  a.note_id = std::string("n");
  a.text = std::string("pain");
  std::string h = content_hash(a);
  CHECK(h.size() == 16);
  dxaudit::io::Note b = a;
  b.codes.push_back(std::string("M54.50"));
  CHECK(content_hash(b) != h);
  b = a;
  b.encounter_date = std::string("2026-01-01");
  CHECK(content_hash(b) != h);
  b = a;
  b.warnings.push_back(std::string("a repaired byte"));
  CHECK(content_hash(b) != h);
  // Field boundaries count: "ab"+"" is not "a"+"b".
  dxaudit::io::Note c, d;
  c.note_id = std::string("ab");
  d.note_id = std::string("a");
  d.text = std::string("b");
  CHECK(content_hash(c) != content_hash(d));
  // Stable across runs and versions: a stored checkpoint keeps its key.
  CHECK(h == "fbd634e191f05c24");
}
