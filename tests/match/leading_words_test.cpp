// leading_words(): the words an expression's matches start with, and the expressions it
// refuses because a match may start elsewhere. The promise itself (an aligned match starts
// at a key equal to one of the words) is checked here on built texts for every shipped
// expression with leading words; reference_test.cpp checks the matcher that relies on it
// against searching every pattern on its own.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "analysis_support.h"
#include "lexicon/lexicon.h"
#include "match/leading_words.h"
#include "match/regex_prefilter.h"

using dxaudit::match::leading_words;

namespace {

using Words = std::vector<std::string>;

Words words_of(const std::string& expression) {
  auto words = leading_words(expression);
  REQUIRE_MESSAGE(words.has_value(), expression);
  return *words;
}

// The texts' only non-ASCII character is the letter "\xC3\xA9", a word character to the
// matcher (and not to RE2's \b).
bool key_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The matcher's key at `pos` of an ASCII text: its run of word bytes, or its one byte.
std::string key_at(const std::string& text, size_t pos) {
  if (!key_byte(text[pos])) return text.substr(pos, 1);
  size_t end = pos;
  while (end < text.size() && key_byte(text[end])) ++end;
  return text.substr(pos, end - pos);
}

bool aligned(const std::string& text, size_t begin, size_t end) {
  if (begin > 0 && key_byte(text[begin]) && key_byte(text[begin - 1])) return false;
  if (end < text.size() && end > 0 && key_byte(text[end]) && key_byte(text[end - 1])) return false;
  return true;
}

}  // namespace

TEST_CASE("leading words: alternatives, optional words and punctuation") {
  CHECK(words_of(R"((?i:(?:normal|unremarkable)\s+(?:straight\s+leg|slrs?)))") ==
        Words{"normal", "unremarkable"});
  CHECK(words_of(R"((?i:(,|;|\band)\s+history))") == Words{",", ";", "and"});
  CHECK(words_of(R"((?i:(?:a\s+)?fever))") == Words{"a", "fever"});
  CHECK(words_of(R"((?i:no\s*t))") == Words{"no", "not"});
  CHECK(words_of(R"((?i:(?:she|he)s?\s+felt))") == Words{"he", "hes", "she", "shes"});
  CHECK(words_of(R"((?i:\+\s*slr))") == Words{"+"});
  CHECK(words_of(R"([.,;]\s*and)") == Words{",", ".", ";"});
  CHECK(words_of(R"((?P<cue>no)\s)") == Words{"no"});
  CHECK(words_of(R"((?i)Mother\b)") == Words{"mother"});
  CHECK(words_of(R"(x{0}no )") == Words{"no"});
  // A word that ends the expression, or that punctuation, a line end or a class of
  // punctuation and spaces ends.
  CHECK(words_of(R"((?i:(denied)(?:\s*(?:[.,;:)]|(?m:$))|\s+but)))") == Words{"denied"});
  CHECK(words_of(R"((?i:triple[-\s]negative))") == Words{"triple"});
  CHECK(words_of(R"(h-reflex)") == Words{"h"});
}

TEST_CASE("leading words: refused where a match may start elsewhere or a word may go on") {
  for (const char* expression : {
           R"(radiat\w*\s+down)",  // \w may continue the word
           R"([a-z]+ing)",         // a class that holds word bytes
           R"(a+b)",               // a repeated letter
           R"((?:ab)+c)",          // a repeated group
           R"(\s*no)",             // may start with a space
           R"(.no)",               // any character
           R"(^no)",               // an anchor
           R"(\d+\s*mg)",          // a digit class
           R"(no\b[^.]*x)",        // \b is ASCII-only: a non-ASCII letter may go on
           "\xC3\xA9t\xC3\xA9",    // a non-ASCII start
           R"([,-/]x)",            // a range
           R"(no|\w+)",            // one alternative starts anywhere
           R"((?:no)?)",           // may match nothing
       }) {
    CHECK_MESSAGE(!leading_words(expression).has_value(), expression);
  }
  CHECK(!leading_words(R"(one|two|three)", 2).has_value());  // more words than allowed
  CHECK(leading_words(R"(one|two|three)", 3).has_value());
}

TEST_CASE("leading words: every aligned match of a shipped expression starts at one") {
  // For each shipped expression with leading words, texts assembled from its own atoms and
  // leading words, variants that continue a word ("normality", "_no", "no\xC3\xA9"), a few
  // common words and punctuation: wherever it matches, each aligned match anchored at a
  // position must start at a key its words name.
  const auto& lexicon = dxaudit::testing::shipped_analyzer().lexicon();
  std::vector<std::string> sources;
  std::vector<Words> led;
  for (size_t p = 0; p < lexicon.patterns.size(); ++p) {
    if (!lexicon.patterns[p].literal_words.empty()) continue;
    auto words = leading_words(lexicon.regex_sources[p]);
    if (!words) continue;
    sources.push_back(lexicon.regex_sources[p]);
    led.push_back(std::move(*words));
  }
  REQUIRE(led.size() > 300);
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_longest_match(true);
  std::string error;
  auto filter = dxaudit::match::RegexPrefilter::build(sources, options, 1, &error);
  REQUIRE_MESSAGE(filter != nullptr, error);
  const std::vector<std::string> common = {",",  ".",   ";",  ":",   "-",   "(",  ")",  "+",  "/",
                                           "'s", "5/5", "2+", "the", "and", "no", "of", "\n", "x"};
  std::mt19937 random(20261205);
  size_t matches = 0;
  for (size_t e = 0; e < sources.size(); ++e) {
    const re2::RE2 re(sources[e], options);
    REQUIRE(re.ok());
    std::vector<std::string> vocabulary = common;
    for (const std::string& w : led[e]) {
      for (const std::string& variant : {w, w + "ity", "_" + w, w + "\xC3\xA9"})
        vocabulary.push_back(variant);
    }
    for (const auto& clause : filter->clauses(static_cast<uint32_t>(e)))
      for (uint32_t atom : clause) vocabulary.push_back(filter->atoms()[atom]);
    for (int round = 0; round < 60; ++round) {
      std::string text;
      const int pieces = 2 + static_cast<int>(random() % 14);
      for (int i = 0; i < pieces; ++i) {
        if (!text.empty() && random() % 4 != 0) text += ' ';
        text += vocabulary[random() % vocabulary.size()];
      }
      if (!re2::RE2::PartialMatch(text, re)) continue;
      for (size_t b = 0; b < text.size(); ++b) {
        re2::StringPiece m;
        if (!re.Match(text, b, text.size(), re2::RE2::ANCHOR_START, &m, 1)) continue;
        if (!aligned(text, b, b + m.size())) continue;
        ++matches;
        const std::string key = key_at(text, b);
        CHECK_MESSAGE(std::find(led[e].begin(), led[e].end(), key) != led[e].end(),
                      sources[e] << " matches \"" << text.substr(b, m.size()) << "\" at key \""
                                 << key << "\" in \"" << text << "\"");
      }
    }
  }
  MESSAGE("aligned matches checked: " << matches);
  CHECK(matches > 2000);  // the texts do exercise the expressions
}
