// The typed record (pipeline/record.h): what analysis puts in it, and its encoding -- the
// one serialisation the scan's spool and --resume checkpoints share.
#include <doctest/doctest.h>

#include <string>

#include "analysis_support.h"
#include "output/jsonl.h"
#include "pipeline/record.h"

using dxaudit::pipeline::decode_record;
using dxaudit::pipeline::encode_record;
using dxaudit::pipeline::NoteRecord;
using dxaudit::pipeline::Vocabulary;
using dxaudit::testing::shipped_analyzer;

namespace {

NoteRecord analysed(const std::string& text, std::vector<std::string> codes = {"M54.50"}) {
  dxaudit::io::Note note;
  // std::string(): GCC 12's -Wrestrict misfires on short literals assigned here.
  note.note_id = std::string("n-1");
  note.patient_id = std::string("p");
  note.encounter_date = std::string("2025-03-04");
  note.text = text;
  note.codes = std::move(codes);
  note.meta_json = std::string(R"({"site":"c3"})");
  dxaudit::pipeline::Workspace ws;
  NoteRecord record;
  shipped_analyzer().analyze(note, &ws, &record);
  REQUIRE(record.ok);
  return record;
}

std::string json(const NoteRecord& r) {
  std::string line;
  dxaudit::output::append_record_json(r, shipped_analyzer(), &line);
  return line;
}

const char* kNote =
    "Caf\xC3\xA9 \xE2\x80\x94 pain shooting down the LEFT leg. Denies fever. History of "
    "prostate cancer. Assessment: M54.50, consider S39.012A.";

}  // namespace

TEST_CASE("record: spans are offsets of the note as it arrived; quotes are its bytes") {
  NoteRecord r = analysed(kNote);
  REQUIRE(!r.findings.empty());
  const std::string text = kNote;
  for (const auto& f : r.findings) {
    CHECK(r.quote(f.text) == f.span.in(text));
    for (const auto& c : r.cues_of(f)) CHECK(r.quote(c.text) == c.span.in(text));
  }
  // "Café — " is 10 bytes: the first finding starts there, not at character 7.
  CHECK(r.findings[0].span.begin == 10);
  CHECK(r.quote(r.findings[0].text) == "pain shooting down the LEFT leg");
  CHECK(r.elements.size() == shipped_analyzer().lexicon().elements.size());
  // The cancer history is historical and active (historical_counts); the fever is negated.
  bool cancer = false;
  for (const auto& f : r.findings) {
    const std::string& name = shipped_analyzer().lexicon().concepts[f.concept_id].name;
    if (name == "cancer_history") {
      cancer = true;
      CHECK(f.historical);
      CHECK(f.active);
    }
    if (name == "fever") CHECK_FALSE(f.active);
  }
  CHECK(cancer);
  // Flag evidence is in original offsets too.
  REQUIRE(!r.flags.empty());
  CHECK(r.flags[0].evidence[0].span == r.findings[0].span);
  CHECK_FALSE(r.has_text);
}

TEST_CASE("record: encode and decode give back the same record") {
  const Vocabulary& v = shipped_analyzer().vocabulary();
  NoteRecord r = analysed(kNote);
  r.content_hash = "0123456789abcdef";
  std::string bytes, again;
  encode_record(r, v.fingerprint, &bytes);
  NoteRecord back;
  back.has_text = true;
  back.text = "kept";  // the text travels beside the record, and decoding leaves it
  REQUIRE(decode_record(bytes, v, &back));
  CHECK(back.has_text);
  CHECK(back.text == "kept");
  CHECK(back.content_hash == r.content_hash);
  CHECK(json(back) == json(r));
  encode_record(back, v.fingerprint, &again);
  CHECK(again == bytes);
  // Flags keep what the longitudinal review chooses from (scan_test checks the choice).
  REQUIRE(back.flags.size() == r.flags.size());
  for (size_t i = 0; i < r.flags.size(); ++i) {
    CHECK(back.flags[i].episodic == r.flags[i].episodic);
    CHECK(back.flags[i].subsequent_suggest == r.flags[i].subsequent_suggest);
    CHECK(back.flags[i].subsequent_message == r.flags[i].subsequent_message);
  }

  // An error record.
  dxaudit::io::InputRecord in;
  in.where = {"notes.jsonl", 7};
  in.note.note_id = "bad";
  NoteRecord e;
  e.set_error(in, dxaudit::io::ErrorKind::kMissingField, "the record has no 'text'");
  encode_record(e, v.fingerprint, &bytes);
  REQUIRE(decode_record(bytes, v, &back));
  CHECK_FALSE(back.ok);
  CHECK(json(back) == json(e));
  CHECK(json(e) ==
        "{\"schema\":\"dxaudit/1\",\"note_id\":\"bad\",\"status\":\"error\",\"error\":{\"kind\":"
        "\"missing_field\",\"message\":\"the record has no 'text'\"},\"input\":{\"file\":"
        "\"notes.jsonl\",\"line\":7}}\n");
}

TEST_CASE("record: decode refuses another vocabulary, cut and corrupt bytes") {
  const Vocabulary& v = shipped_analyzer().vocabulary();
  NoteRecord r = analysed(kNote), back;
  std::string bytes;
  encode_record(r, v.fingerprint, &bytes);
  REQUIRE(decode_record(bytes, v, &back));

  Vocabulary other = v;
  other.fingerprint ^= 1;
  CHECK_FALSE(decode_record(bytes, other, &back));  // written under another lexicon
  Vocabulary fewer = v;
  fewer.concepts = 1;  // same fingerprint, fewer concepts: an index outside it
  CHECK_FALSE(decode_record(bytes, fewer, &back));
  for (size_t cut : {size_t{0}, size_t{3}, size_t{12}, bytes.size() / 2, bytes.size() - 1})
    CHECK_FALSE(decode_record(std::string_view(bytes).substr(0, cut), v, &back));
  CHECK_FALSE(decode_record(bytes + "x", v, &back));  // trailing bytes
  std::string magic = bytes;
  magic[3] = '9';  // another layout's version
  CHECK_FALSE(decode_record(magic, v, &back));
  // A count that the bytes left cannot hold is refused before anything is allocated.
  std::string huge = bytes;
  for (size_t i = 13; i < 17; ++i) huge[i] = '\xff';
  CHECK_FALSE(decode_record(huge, v, &back));
}
