// The lexicon loader on arbitrary bytes: the input is parsed as a line file, then loaded
// as one .lex file beside the shipped vocabulary (lexicons/vocabulary.lex) so that it can
// name real concepts, categories and elements. Never a crash; every error names a file,
// and errors in the fuzz file carry a line inside it (0 = the whole file). A lexicon that
// loads is compiled into a section detector and a matcher and run over a short note.
#include <filesystem>
#include <memory>
#include <vector>

#include "fuzz_support.h"
#include "lexicon/lexicon.h"
#include "lexicon/line_file.h"
#include "match/matcher.h"
#include "text/match_view.h"
#include "text/sections.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

using namespace dxaudit;
namespace fs = std::filesystem;

namespace {

const fs::path& lexicon_dir() {
  static const fs::path dir = [] {
    fs::path d = fuzz::make_temp_dir("dxaudit-fuzz-lexicon");
    fs::copy_file(fs::path(fuzz::source_dir()) / "lexicons" / "vocabulary.lex",
                  d / "vocabulary.lex");
    return d;
  }();
  return dir;
}

void check_errors(const std::vector<lexicon::LoadError>& errors, const std::string& fuzz_file,
                  size_t lines) {
  for (const lexicon::LoadError& e : errors) {
    FUZZ_CHECK(!e.file.empty(), e.message);
    FUZZ_CHECK(!e.message.empty(), e.to_string());
    FUZZ_CHECK(e.line >= 0, e.to_string());
    if (e.file == fuzz_file) FUZZ_CHECK(static_cast<size_t>(e.line) <= lines, e.to_string());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::as_view(data, size);
  const size_t lines = fuzz::line_count(in);

  std::vector<lexicon::LoadError> errors;
  lexicon::LineFile parsed = lexicon::parse_line_file("fuzz.lex", in, &errors);
  check_errors(errors, "fuzz.lex", lines);
  for (const lexicon::LineEntry& e : parsed.entries)
    FUZZ_CHECK(e.line >= 1 && static_cast<size_t>(e.line) <= lines, std::to_string(e.line));

  const fs::path file = lexicon_dir() / "fuzz.lex";
  fuzz::write_file(file, in);
  errors.clear();
  std::unique_ptr<const lexicon::Lexicon> lex =
      lexicon::load_lexicon(lexicon_dir().string(), &errors);
  check_errors(errors, file.string(), lines);
  if (lex == nullptr) {
    FUZZ_CHECK(!errors.empty(), "load failed without an error");
    return 0;
  }
  FUZZ_CHECK(lex->regex_sources.size() == lex->patterns.size(), "a pattern without its regex");

  std::string error;
  std::unique_ptr<text::SectionDetector> sections =
      text::SectionDetector::create(lex->section_headers, &error);
  static constexpr std::string_view kNote =
      "HPI: Low back pain after lifting a box, radiating down the left leg. Denies fever.\n"
      "ASSESSMENT: lumbar strain; no red flags. Plan: PT, follow up in 2 weeks.\n";
  text::MatchView view;
  view.build(kNote);
  std::vector<text::Token> tokens;
  text::tokenize(view.text(), &tokens);
  std::vector<text::Section> found;
  if (sections) sections->detect(view, kNote, &found);
  std::vector<Span> sentences;
  text::split_sentences(view, kNote, tokens, found, &sentences);
  match::Matcher matcher(*lex);
  match::MatchScratch scratch;
  std::vector<match::Hit> hits;
  matcher.find(view.text(), sentences, &scratch, &hits);
  for (const match::Hit& h : hits) {
    FUZZ_CHECK(h.pattern < lex->patterns.size(), "hit of no pattern");
    FUZZ_CHECK(h.span.begin <= h.span.end && h.span.end <= view.text().size(), "hit outside");
  }
  return 0;
}
