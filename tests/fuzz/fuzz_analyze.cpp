// The whole per-note analysis on arbitrary bytes: the Analyzer over the shipped lexicons
// and models (loaded once) analyses the input as a note coded M54.50, then asserts a
// target in a sentence cut from the input. Never a crash, never an exception; every span
// of the record lies inside the note; the record reads back from its encoding as it was;
// the output line is valid UTF-8 and JSON, and the same whether the workspace is fresh or
// was used for every earlier input (as a worker's).
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "io/utf8.h"
#include "output/jsonl.h"
#include "pipeline/analyzer.h"

using namespace dxaudit;

namespace {

const pipeline::Analyzer& analyzer() {
  static const std::unique_ptr<const pipeline::Analyzer> a = [] {
    pipeline::LoadResult r = pipeline::Analyzer::load(fuzz::source_dir());
    for (const auto& e : r.errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
    FUZZ_CHECK(r.analyzer != nullptr, "the shipped data do not load");
    return std::move(r.analyzer);
  }();
  return *a;
}

void check_span(Span s, size_t size, const char* what) {
  FUZZ_CHECK(s.begin <= s.end && s.end <= size, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::as_view(data, size);
  const pipeline::Analyzer& a = analyzer();
  static pipeline::Workspace ws;  // reused, as a worker reuses it
  static pipeline::NoteRecord record;

  io::Note note;
  note.note_id = "fuzz";
  note.text.assign(in);
  note.encounter_date = "2025-01-15";
  note.codes = {"M54.50"};
  a.analyze(note, &ws, &record);
  FUZZ_CHECK(record.ok || record.error_kind != io::ErrorKind::kNone,
             "failed without an error kind");
  const size_t n = note.text.size();
  for (const pipeline::RecordSection& s : record.sections) check_span(s.span, n, "section");
  for (const pipeline::RecordFinding& f : record.findings) {
    check_span(f.span, n, "finding");
    FUZZ_CHECK(record.quote(f.text) == f.span.in(note.text), "finding text is not its span's");
    FUZZ_CHECK(f.concept_id < a.lexicon().concepts.size(), "finding of no concept");
    for (const pipeline::RecordCue& c : record.cues_of(f)) check_span(c.span, n, "cue");
  }
  for (Span s : record.element_evidence) check_span(s, n, "element evidence");
  for (const pipeline::RecordCode& c : record.codes) check_span(c.span, n, "code span");
  for (const audit::Flag& f : record.flags) {
    FUZZ_CHECK(!f.rule.empty() && !f.message.empty(), "flag without rule or message");
    for (const audit::FlagEvidence& e : f.evidence) check_span(e.span, n, "flag evidence");
  }

  static std::string line, bytes, again;
  line.clear();
  output::append_record_json(record, a, &line);
  FUZZ_CHECK(io::is_valid_utf8(line), "output record is not valid UTF-8");
  try {
    nlohmann::json parsed = nlohmann::json::parse(line);
    FUZZ_CHECK(parsed.is_object(), line);
  } catch (const std::exception& e) {
    FUZZ_CHECK(false, std::string("output record is not JSON: ") + e.what());
  }
  {
    pipeline::encode_record(record, a.vocabulary().fingerprint, &bytes);
    pipeline::NoteRecord decoded;
    FUZZ_CHECK(pipeline::decode_record(bytes, a.vocabulary(), &decoded),
               "a record does not decode");
    pipeline::encode_record(decoded, a.vocabulary().fingerprint, &again);
    FUZZ_CHECK(again == bytes, "a record reads back different");
    // Cut short, it is refused, never misread.
    if (bytes.size() > 1)
      FUZZ_CHECK(!pipeline::decode_record(std::string_view(bytes).substr(0, bytes.size() / 2),
                                          a.vocabulary(), &decoded),
                 "half a record decodes");
  }
  {
    pipeline::Workspace fresh;
    pipeline::NoteRecord fresh_record;
    a.analyze(note, &fresh, &fresh_record);
    std::string fresh_line;
    output::append_record_json(fresh_record, a, &fresh_line);
    FUZZ_CHECK(fresh_line == line,
               "a reused workspace changed the result:\n" + line + "\nfresh:\n" + fresh_line);
  }

  // assert_target: the first byte picks how the rest is cut. Odd: the target is a piece of
  // the sentence (so it is found); even: the target is the first line, the sentence the
  // rest.
  if (size < 2) return 0;
  const uint8_t how = data[0];
  const uint8_t length = data[1];
  std::string_view rest = in.substr(2);
  std::string_view target, sentence;
  if (how & 1) {
    sentence = rest;
    size_t begin = rest.empty() ? 0 : (static_cast<size_t>(how >> 1) * rest.size()) / 128;
    target = rest.substr(begin, length % 48);
  } else {
    size_t nl = rest.find('\n');
    target = rest.substr(0, nl);
    sentence = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
  static pipeline::TargetAssertion assertion;
  a.assert_target(sentence, target, &ws, &assertion);
  if (assertion.found)
    FUZZ_CHECK(
        assertion.target.begin <= assertion.target.end && assertion.target.end <= sentence.size(),
        "target outside the sentence");
  for (const pipeline::TargetCue& c : assertion.cues)
    FUZZ_CHECK(c.span.begin <= c.span.end && c.span.end <= sentence.size(),
               "cue outside the sentence");
  return 0;
}
