// The text stage on arbitrary bytes: MatchView, tokenizer, sections (shipped headers) and
// both sentence splitters. Checks: the view is valid UTF-8 and every view offset maps back
// into the original, in order; tokens, sections and sentences are non-empty, ordered,
// non-overlapping and inside the view.
#include <memory>
#include <span>
#include <vector>

#include "fuzz_support.h"
#include "io/utf8.h"
#include "lexicon/lexicon.h"
#include "text/match_view.h"
#include "text/sections.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

using namespace dxaudit;

namespace {

const text::SectionDetector& detector() {
  static const std::unique_ptr<text::SectionDetector> d = [] {
    std::vector<lexicon::LoadError> errors;
    auto lex = lexicon::load_lexicon(fuzz::source_dir() + "/lexicons", &errors);
    FUZZ_CHECK(lex != nullptr, "the shipped lexicons do not load");
    std::string error;
    auto det = text::SectionDetector::create(lex->section_headers, &error);
    FUZZ_CHECK(det != nullptr, error);
    return det;
  }();
  return *d;
}

void check_spans(std::span<const Span> spans, size_t size, const char* what) {
  uint32_t last_end = 0;
  for (const Span& s : spans) {
    FUZZ_CHECK(s.begin < s.end, what);
    FUZZ_CHECK(s.end <= size, what);
    FUZZ_CHECK(s.begin >= last_end, what);
    last_end = s.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view original = fuzz::as_view(data, size);
  static text::MatchView view;  // reused, as a worker reuses it
  view.build(original);
  std::string_view v = view.text();
  FUZZ_CHECK(io::is_valid_utf8(v), "view is not valid UTF-8");
  FUZZ_CHECK(view.to_original(0) == 0, "view offset 0");
  FUZZ_CHECK(view.to_original(static_cast<uint32_t>(v.size())) == original.size(),
             "view end does not map to the original end");
  uint32_t last = 0;
  for (uint32_t i = 0; i <= v.size(); ++i) {
    uint32_t o = view.to_original(i);
    FUZZ_CHECK(o <= original.size(), "view offset maps past the original");
    FUZZ_CHECK(o >= last, "view offsets map out of order");
    last = o;
  }
  if (view.identity()) FUZZ_CHECK(v.size() == original.size(), "identity map, sizes differ");

  static std::vector<text::Token> tokens;
  text::tokenize(v, &tokens);
  uint32_t last_end = 0;
  for (const text::Token& t : tokens) {
    FUZZ_CHECK(t.span.begin < t.span.end && t.span.end <= v.size(), "token outside the view");
    FUZZ_CHECK(t.span.begin >= last_end, "tokens overlap or out of order");
    last_end = t.span.end;
  }

  static std::vector<text::Section> sections;
  detector().detect(view, original, &sections);
  last_end = 0;
  for (const text::Section& s : sections) {
    FUZZ_CHECK(s.name_index < detector().names().size(), "section name index");
    FUZZ_CHECK(s.header.begin <= s.header.end, "section header reversed");
    FUZZ_CHECK(s.header.end <= s.body.begin && s.body.begin <= s.body.end, "section body");
    FUZZ_CHECK(s.body.end <= v.size(), "section outside the view");
    FUZZ_CHECK(s.header.begin >= last_end, "sections overlap or out of order");
    last_end = s.body.end;
  }

  static std::vector<Span> sentences;
  text::split_sentences(view, original, tokens, sections, &sentences);
  check_spans(sentences, v.size(), "sentence (original-case form)");
  text::split_sentences(v, tokens, sections, &sentences);
  check_spans(sentences, v.size(), "sentence (view-only form)");
  return 0;
}
