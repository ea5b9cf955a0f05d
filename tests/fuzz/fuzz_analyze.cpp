// The whole per-note analysis on arbitrary bytes: the Analyzer over the shipped lexicons
// and models (loaded once) analyses the input as a note coded M54.50, then asserts a
// target in a sentence cut from the input. Never a crash, never an exception; every span
// lies inside the text it points into; the output record is valid UTF-8 and JSON, and the
// same whether the workspace is fresh or was used for every earlier input (as a worker's).
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "io/utf8.h"
#include "pipeline/analyzer.h"
#include "pipeline/record_writer.h"

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

void check_view_span(Span s, const text::MatchView& view, size_t original_size, const char* what) {
  FUZZ_CHECK(s.begin <= s.end && s.end <= view.text().size(), what);
  Span o = view.to_original(s);
  FUZZ_CHECK(o.begin <= o.end && o.end <= original_size, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::as_view(data, size);
  const pipeline::Analyzer& a = analyzer();
  static pipeline::Workspace ws;  // reused, as a worker reuses it
  static pipeline::NoteResult result;

  io::Note note;
  note.note_id = "fuzz";
  note.text.assign(in);
  note.encounter_date = "2025-01-15";
  note.codes = {"M54.50"};
  a.analyze(note, &ws, &result);
  FUZZ_CHECK(result.ok || result.error_kind != io::ErrorKind::kNone,
             "failed without an error kind");
  const size_t n = note.text.size();
  for (const text::Section& s : result.sections) check_view_span(s.whole(), ws.view, n, "section");
  for (const evidence::Finding& f : result.evidence.findings) {
    check_view_span(f.span, ws.view, n, "finding");
    FUZZ_CHECK(f.concept_id < a.lexicon().concepts.size(), "finding of no concept");
  }
  for (const evidence::ElementEvidence& e : result.evidence.elements)
    for (Span s : e.evidence) check_view_span(s, ws.view, n, "element evidence");
  for (const codes::AssignedCode& c : result.codes)
    FUZZ_CHECK(c.begin <= c.end && c.end <= n, "code span outside the text");
  for (const audit::Flag& f : result.audit.flags) {
    FUZZ_CHECK(!f.rule.empty() && !f.message.empty(), "flag without rule or message");
    for (const audit::FlagEvidence& e : f.evidence) {
      if (!e.code.empty())
        FUZZ_CHECK(e.span.begin <= e.span.end && e.span.end <= n, "flag code evidence");
      else
        check_view_span(e.span, ws.view, n, "flag evidence");
    }
  }

  static std::string record;
  record.clear();
  pipeline::append_result_record(note, result, a, ws.view, &record);
  FUZZ_CHECK(io::is_valid_utf8(record), "output record is not valid UTF-8");
  try {
    nlohmann::json parsed = nlohmann::json::parse(record);
    FUZZ_CHECK(parsed.is_object(), record);
  } catch (const std::exception& e) {
    FUZZ_CHECK(false, std::string("output record is not JSON: ") + e.what());
  }
  {
    pipeline::Workspace fresh;
    pipeline::NoteResult fresh_result;
    a.analyze(note, &fresh, &fresh_result);
    std::string fresh_record;
    pipeline::append_result_record(note, fresh_result, a, fresh.view, &fresh_record);
    FUZZ_CHECK(fresh_record == record,
               "a reused workspace changed the result:\n" + record + "\nfresh:\n" + fresh_record);
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
