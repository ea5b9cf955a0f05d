// Helpers shared by the text-layer tests: a note's view, tokens and sections built as the
// pipeline builds them, with view spans quoted from the original; and vectors of strings
// printed one item a line when a check fails.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "text/match_view.h"
#include "text/sections.h"
#include "text/span.h"
#include "text/tokenizer.h"

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "{";
    for (const std::string& e : v) s += "\n  [" + e + "]";
    s += "\n}";
    return String(s.c_str());
  }
};
}  // namespace doctest

namespace dxaudit::testing {

// The text layers of one note.
struct TextLayers {
  std::string note;  // the original
  text::MatchView view;
  std::vector<text::Token> tokens;
  std::vector<text::Section> sections;  // empty without a detector

  // The original text under a span of the view.
  std::string original(Span view_span) const {
    return std::string(view.to_original(view_span).in(note));
  }
};

// Builds the view of `note`, its tokens and, given a detector, its sections.
inline TextLayers text_layers(const std::string& note,
                              const text::SectionDetector* detector = nullptr) {
  TextLayers t;
  t.note = note;
  t.view.build(t.note);
  text::tokenize(t.view.text(), &t.tokens);
  if (detector != nullptr) detector->detect(t.view, t.note, &t.sections);
  return t;
}

// A section detector over `headers`, which must be valid.
inline std::unique_ptr<text::SectionDetector> make_detector(
    const std::vector<text::SectionHeader>& headers) {
  std::string error;
  auto d = text::SectionDetector::create(headers, &error);
  REQUIRE_MESSAGE(d != nullptr, error);
  return d;
}

}  // namespace dxaudit::testing
