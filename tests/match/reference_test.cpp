// The matcher's prefilters (a set of literal phrases, FilteredRE2 atoms for regexes, the cue
// set) find exactly what searching every pattern on its own finds, on the shipped lexicons:
// over the demo corpus, over text built to stress alignment (punctuation before and inside
// words, hyphens, non-ASCII letters, phrases inside words), and, when ../shared is beside
// the checkout, over every tenth MTSamples note.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "analysis_support.h"
#include "match/matcher.h"
#include "test_support.h"
#include "text/match_view.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

using dxaudit::match::Hit;
using dxaudit::match::Matcher;

namespace {

struct Compared {
  size_t notes = 0, hits = 0, mismatches = 0;
  std::string first_mismatch;
};

void compare(const Matcher& matcher, const std::string& text, Compared* c) {
  const dxaudit::pipeline::Analyzer& analyzer = dxaudit::testing::shipped_analyzer();
  dxaudit::text::MatchView view;
  view.build(text);
  std::vector<dxaudit::text::Token> tokens;
  dxaudit::text::tokenize(view.text(), &tokens);
  std::vector<dxaudit::text::Section> sections;
  analyzer.sections().detect(view, text, &sections);
  std::vector<dxaudit::Span> sentences;
  dxaudit::text::split_sentences(view, text, tokens, sections, &sentences);
  dxaudit::match::MatchScratch scratch;
  std::vector<Hit> prefiltered, plain;
  matcher.find(view.text(), sentences, &scratch, &prefiltered);
  matcher.find_each_pattern(view.text(), sentences, &plain);
  ++c->notes;
  c->hits += plain.size();
  auto same = [](const Hit& a, const Hit& b) { return a.pattern == b.pattern && a.span == b.span; };
  if (prefiltered.size() == plain.size() &&
      std::equal(prefiltered.begin(), prefiltered.end(), plain.begin(), same))
    return;
  ++c->mismatches;
  if (!c->first_mismatch.empty()) return;
  const auto& lex = analyzer.lexicon();
  std::string d = "text: " + text.substr(0, 300) + "\n";
  for (const Hit& h : prefiltered)
    if (std::none_of(plain.begin(), plain.end(), [&](const Hit& p) { return same(p, h); }))
      d += "  only prefiltered: '" + lex.patterns[h.pattern].source + "' at " +
           std::to_string(h.span.begin) + "\n";
  for (const Hit& h : plain)
    if (std::none_of(prefiltered.begin(), prefiltered.end(),
                     [&](const Hit& p) { return same(p, h); }))
      d += "  only plain: '" + lex.patterns[h.pattern].source + "' at " +
           std::to_string(h.span.begin) + "\n";
  c->first_mismatch = d;
}

void compare_every_scope(const std::string& text, Compared* c) {
  const auto& lex = dxaudit::testing::shipped_analyzer().lexicon();
  static const Matcher all(lex);
  static const Matcher cues(lex, Matcher::Scope::kCues);
  static const Matcher restricted(lex, Matcher::Scope::kRestrictedConcepts);
  compare(all, text, c);
  compare(cues, text, c);
  compare(restricted, text, c);
}

}  // namespace

TEST_CASE("matcher prefilters: same hits as the plain method on the demo corpus and stress text") {
  Compared c;
  std::ifstream demo(DXAUDIT_SOURCE_DIR "/corpora/demo/notes.jsonl");
  std::string line;
  while (std::getline(demo, line)) compare_every_scope(nlohmann::json::parse(line)["text"], &c);
  for (const char* text : {
           "Denies leg pain, numbness/tingling; +SLR L at 40 deg. s/p L4-5 HNP. -ve for fever.",
           "no-radiation,no radiation;no\tradiation\nno  radiation (no) [no] 'no' \"no\" no.",
           "Nonradiating pain. nonspecific; non-tender; notable; Note: negative SLR.",
           "Straight-leg-raise negative bilaterally; SLR-neg; L5/S1, L5-S1, L5 on S1.",
           "Sciatica? r/o cauda equina. h/o ca. c/o LBP w/ radiation. pt denies b/b changes.",
           "Ünïcödé leg pain — ‘no’ “radiation” naïve. Ärger: keine. Señor with sciatica.",
           "_no_ radiation_pain x_no y-no z+no -no +no ?no ...no ;;no",
       })
    compare_every_scope(text, &c);
  INFO(c.first_mismatch);
  CHECK(c.mismatches == 0);
  CHECK(c.hits > 50);
}

TEST_CASE("matcher prefilters: same hits as the plain method on MTSamples notes") {
  const std::filesystem::path corpus = dxaudit::testing::shared_mtsamples();
  if (!std::filesystem::exists(corpus)) {
    MESSAGE("skipped: " << corpus << " is not there");
    return;
  }
  Compared c;
  std::ifstream in(corpus);
  std::string line;
  for (size_t n = 0; std::getline(in, line); ++n)
    if (n % 10 == 0) compare_every_scope(nlohmann::json::parse(line)["text"], &c);
  INFO(c.first_mismatch);
  CHECK(c.notes == 3 * 497);
  CHECK(c.mismatches == 0);
  MESSAGE((c.notes / 3) << " notes, " << c.hits << " hits compared");
}
