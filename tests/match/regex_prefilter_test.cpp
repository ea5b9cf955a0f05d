// RegexPrefilter: the clauses it derives from FilteredRE2's analysis, and the promise
// that an expression with a match in a text is always among that text's candidates.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "analysis_support.h"
#include "lexicon/lexicon.h"
#include "match/matcher.h"
#include "match/regex_prefilter.h"

using dxaudit::match::PrefilterScratch;
using dxaudit::match::RegexPrefilter;

namespace {

re2::RE2::Options filter_options() {
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_longest_match(true);
  return options;
}

std::unique_ptr<const RegexPrefilter> build(const std::vector<std::string>& sources) {
  std::string error;
  auto filter =
      RegexPrefilter::build(sources, filter_options(), dxaudit::match::kMinAtomLength, &error);
  REQUIRE_MESSAGE(filter != nullptr, error);
  return filter;
}

// The clauses of `expression` as sorted lists of atom text, sorted.
std::vector<std::vector<std::string>> clause_text(const RegexPrefilter& filter,
                                                  uint32_t expression) {
  std::vector<std::vector<std::string>> out;
  for (const std::vector<uint32_t>& clause : filter.clauses(expression)) {
    std::vector<std::string> atoms;
    for (uint32_t a : clause) atoms.push_back(filter.atoms()[a]);
    std::sort(atoms.begin(), atoms.end());
    out.push_back(std::move(atoms));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<uint32_t> candidates(const RegexPrefilter& filter, std::string_view text) {
  PrefilterScratch scratch;
  std::vector<uint32_t> out;
  filter.candidates(text, &scratch, &out);
  return out;
}

}  // namespace

TEST_CASE("regex prefilter: one clause per group of alternatives that must occur") {
  auto filter = build({"(?i:(?:numb|tingl)\\w*\\s+(?:in\\s+the\\s+)?(?:groin|saddle))"});
  CHECK(filter->unfiltered().empty());
  using Clauses = std::vector<std::vector<std::string>>;
  CHECK(clause_text(*filter, 0) == Clauses{{"groin", "saddle"}, {"numb", "tingl"}});
  CHECK(candidates(*filter, "numbness in the groin") == std::vector<uint32_t>{0});
  CHECK(candidates(*filter, "tingling saddle") == std::vector<uint32_t>{0});
  CHECK(candidates(*filter, "numbness in the leg").empty());
  CHECK(candidates(*filter, "groin pain").empty());
  // Atoms are substrings, not words: the filter may say "may match" where the search
  // will not, never the other way round.
  CHECK(candidates(*filter, "benumbed ungroined") == std::vector<uint32_t>{0});
}

TEST_CASE("regex prefilter: alternatives of several atoms each keep every way to match") {
  // Either "numb" alone or both "decreased" and "sensation", then one of the places.
  auto filter = build({"(?:numb\\w*|decreased\\s+sensation)\\s+(?:groin|perineum)"});
  const std::vector<uint32_t> zero{0};
  CHECK(candidates(*filter, "numb groin") == zero);
  CHECK(candidates(*filter, "decreased sensation perineum") == zero);
  CHECK(candidates(*filter, "decreased strength groin").empty());
  CHECK(candidates(*filter, "sensation groin").empty());
  CHECK(candidates(*filter, "numbness").empty());
}

TEST_CASE("regex prefilter: atoms of every length are found only whole, even at the text's end") {
  // An atom of 3, 8 and 13 bytes, each found only whole, even as the text's last bytes.
  auto filter = build({"\\bfoo\\b", "abdomens", "radiculopathy"});
  const std::vector<uint32_t> none;
  CHECK(candidates(*filter, "foo") == std::vector<uint32_t>{0});
  CHECK(candidates(*filter, "fo") == none);
  CHECK(candidates(*filter, "abdomens") == std::vector<uint32_t>{1});
  CHECK(candidates(*filter, "xabdomen") == none);
  CHECK(candidates(*filter, "abdomenz abdomens.") == std::vector<uint32_t>{1});
  CHECK(candidates(*filter, "radiculopathy") == std::vector<uint32_t>{2});
  CHECK(candidates(*filter, "radiculopath") == none);
  CHECK(candidates(*filter, "radiculopathx radiculopathies") == none);
  CHECK(candidates(*filter, "a foo with radiculopathy; abdomens") ==
        (std::vector<uint32_t>{0, 1, 2}));
}

TEST_CASE("regex prefilter: an atom is found wherever it lies in a text read in two pieces") {
  // A text at least twice the longest atom is walked as two pieces at once, the first read
  // on by the longest atom's length less one: an atom at any offset, across the middle
  // too, is found, and one cut short at either end of the text is not.
  auto filter = build({"radiculopathy", "\\bfoo\\b"});
  const std::vector<uint32_t> none;
  for (size_t length : {26, 27, 40, 41, 90}) {
    const std::string dots(length, '.');
    for (size_t at = 0; at + 13 <= length; ++at) {
      std::string text = dots;
      text.replace(at, 13, "radiculopathy");
      CHECK_MESSAGE(candidates(*filter, text) == std::vector<uint32_t>{0},
                    "length " << length << ", at " << at);
      text = dots;
      text.replace(at, 3, "foo");
      CHECK_MESSAGE(candidates(*filter, text) == std::vector<uint32_t>{1},
                    "length " << length << ", at " << at);
    }
    std::string cut = dots;
    cut.replace(0, 12, "adiculopathy");
    cut.replace(length - 12, 12, "radiculopath");
    CHECK(candidates(*filter, cut) == none);
  }
}

TEST_CASE("regex prefilter: an automaton too large for 16-bit entries finds the same atoms") {
  // The shipped lexicons' automata have about 3,000 to 11,000 states and use a table of
  // 16-bit entries; past 32,768 states the table keeps 32-bit ones. 4,000 distinct
  // 12-letter atoms make about 40,000 states: every atom, and only those in the text, is
  // still found, the last one in the table as well as the first.
  std::mt19937 random(20261207);
  std::vector<std::string> sources;
  while (sources.size() < 4000) {
    std::string word;
    for (int i = 0; i < 12; ++i) word += static_cast<char>('a' + random() % 26);
    if (std::find(sources.begin(), sources.end(), word) == sources.end()) sources.push_back(word);
  }
  auto filter = build(sources);
  CHECK(candidates(*filter, sources[0]) == std::vector<uint32_t>{0});
  CHECK(candidates(*filter, "x " + sources[3999] + " y") == std::vector<uint32_t>{3999});
  CHECK(candidates(*filter, sources[17].substr(0, 11)).empty());
  CHECK(candidates(*filter, sources[2500] + sources[12]) == (std::vector<uint32_t>{12, 2500}));
}

TEST_CASE("regex prefilter: atoms inside, overlapping and ending other atoms are all found") {
  // One pass finds every atom, also where one is part of another or two overlap: "she"
  // inside "ushers" ends where "hers" is still being read, "his" starts inside "this".
  auto filter = build({"hers", "she", "\\bhis\\b", "usher"});
  const std::vector<uint32_t> none;
  CHECK(candidates(*filter, "ushers") == (std::vector<uint32_t>{0, 1, 3}));
  CHECK(candidates(*filter, "this") == std::vector<uint32_t>{2});
  CHECK(candidates(*filter, "shis") == (std::vector<uint32_t>{2}));
  CHECK(candidates(*filter, "sheher") == std::vector<uint32_t>{1});
  CHECK(candidates(*filter, "hher hers") == std::vector<uint32_t>{0});
  CHECK(candidates(*filter, "h\xc3\xa9rs \xe2\x80\x94 sh") == none);
}

TEST_CASE("regex prefilter: candidates are exactly the expressions every clause of which occurs") {
  // Over texts of the shipped expressions' own atoms, pieces of them and clinical words:
  // the candidates are the expressions with an atom of each of their clauses in the text,
  // as a plain substring search of every atom finds them.
  const dxaudit::lexicon::Lexicon& lex = dxaudit::testing::shipped_analyzer().lexicon();
  std::vector<std::string> sources;
  for (size_t p = 0; p < lex.patterns.size(); ++p)
    if (lex.patterns[p].literal_words.empty()) sources.push_back(lex.regex_sources[p]);
  auto filter = build(sources);
  const std::vector<std::string>& atoms = filter->atoms();
  std::mt19937 random(20261207);
  PrefilterScratch scratch;
  std::vector<uint32_t> found;
  size_t with_candidates = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int pieces = 1 + static_cast<int>(random() % 10);
    for (int i = 0; i < pieces; ++i) {
      if (random() % 3 == 0) text += ' ';
      const std::string& atom = atoms[random() % atoms.size()];
      const size_t from = random() % 3 == 0 ? random() % (atom.size() + 1) : 0;
      text += atom.substr(from, random() % 2 == 0 ? std::string::npos : random() % 6);
    }
    filter->candidates(text, &scratch, &found);
    std::vector<uint32_t> expected;
    for (uint32_t e = 0; e < sources.size(); ++e) {
      const auto clauses = filter->clauses(e);
      if (clauses.empty()) continue;
      bool holds = true;
      for (const auto& clause : clauses) {
        bool any = false;
        for (uint32_t a : clause) any = any || text.find(atoms[a]) != std::string::npos;
        holds = holds && any;
      }
      if (holds) expected.push_back(e);
    }
    CHECK_MESSAGE(found == expected, "text '" << text << "'");
    if (!expected.empty()) ++with_candidates;
  }
  CHECK(with_candidates > 1000);  // the texts do name expressions
}

TEST_CASE("regex prefilter: expressions without atoms are unfiltered, never candidates") {
  auto filter = build({"\\bl[1-5]\\b", "lumbar\\s+spine", "(?:a|b)c"});
  CHECK(filter->unfiltered() == std::vector<uint32_t>{0, 2});
  CHECK(filter->clauses(0).empty());
  CHECK(candidates(*filter, "l4 of the lumbar spine, ac") == std::vector<uint32_t>{1});
  // Candidates come in increasing order, each once, however often the atoms occur.
  auto two = build({"spine", "lumbar\\s+spine", "spine\\s+lumbar"});
  CHECK(candidates(*two, "lumbar spine lumbar spine spine lumbar") ==
        std::vector<uint32_t>{0, 1, 2});
}

TEST_CASE("regex prefilter: an expression without atoms may be analysed again with shorter ones") {
  // "3 day hx of" has no piece of 3 bytes every match needs; asked, it is analysed again
  // with atoms of 2 bytes and filtered on "hx". The others keep their analysis: the one
  // with atoms of 3 bytes, and the one not asked again.
  const std::vector<std::string> sources = {R"(\d+\s*(?:day|wk)s?\s+hx\s+of)", "lumbar\\s+spine",
                                            R"(\d+\s*(?:day|wk)s?\s+hx)"};
  std::string error;
  auto filter = RegexPrefilter::build(sources, filter_options(), dxaudit::match::kMinAtomLength,
                                      &error, {2, 2, 0});
  REQUIRE_MESSAGE(filter != nullptr, error);
  CHECK(filter->unfiltered() == std::vector<uint32_t>{2});
  CHECK(clause_text(*filter, 0) ==
        std::vector<std::vector<std::string>>{{"day", "wk"}, {"hx"}, {"of"}});
  CHECK(clause_text(*filter, 1) == std::vector<std::vector<std::string>>{{"lumbar"}, {"spine"}});
  CHECK(candidates(*filter, "a 3 day hx of pain") == std::vector<uint32_t>{0});
  CHECK(candidates(*filter, "a 3 day history of pain").empty());
  // Without the retry, both unfiltered.
  auto plain = build(sources);
  CHECK(plain->unfiltered() == std::vector<uint32_t>{0, 2});
}

TEST_CASE(
    "regex prefilter: a short alternative next to one with its first letter loses the atoms") {
  // RE2 factors the common first letter out of neighbouring alternatives; left with "pb"
  // (shorter than an atom) beside a branch that is no exact string, the analysis gives up
  // on the whole expression. A \b before the short one stops the factoring (the matcher's
  // matches start at a word boundary anyway), and the lexicons write it so.
  auto lost = build({"(?:abductor\\s+pollicis|apb)\\s+[0-4]\\b"});
  CHECK(lost->unfiltered() == std::vector<uint32_t>{0});
  auto kept = build({"(?:abductor\\s+pollicis|\\bapb)\\s+[0-4]\\b"});
  CHECK(kept->unfiltered().empty());
  // Abductor and pollicis, or apb, as clauses.
  CHECK(clause_text(*kept, 0) ==
        std::vector<std::vector<std::string>>{{"abductor", "apb"}, {"apb", "pollicis"}});
  CHECK(candidates(*kept, "apb 4 of 5") == std::vector<uint32_t>{0});
  CHECK(candidates(*kept, "grip 4 of 5").empty());
}

TEST_CASE("regex prefilter: no shipped expression with a match is ever left out") {
  // Every `re:` pattern of the shipped lexicons, over texts assembled from their own atoms,
  // clinical words and punctuation: whenever RE2 finds a match, the expression must be a
  // candidate (or unfiltered).
  const dxaudit::lexicon::Lexicon& lex = dxaudit::testing::shipped_analyzer().lexicon();
  std::vector<std::string> sources;
  for (size_t p = 0; p < lex.patterns.size(); ++p)
    if (lex.patterns[p].literal_words.empty()) sources.push_back(lex.regex_sources[p]);
  REQUIRE(sources.size() > 100);
  auto filter = build(sources);
  std::vector<std::unique_ptr<re2::RE2>> compiled;
  for (const std::string& s : sources)
    compiled.push_back(std::make_unique<re2::RE2>(s, filter_options()));
  const std::vector<std::string> words{
      "pain",     "left",  "l4-5",     "no",     "denies", "with",    "radiating", "leg",
      "numbness", "weak",  "4/5",      "in",     "2019",   "for",     "3",         "weeks",
      "lifting",  "disc",  "bulge",    "the",    "of",     "history", "fever",     "ca",
      "and",      "right", "positive", "slr",    "back",   ":",       ",",         ".",
      "-",        "/",     "b",        "lumbar", "strain", "groin",   "foot",      "sciatica"};
  std::mt19937 random(20261127);
  size_t matched = 0, checked = 0;
  PrefilterScratch scratch;
  std::vector<uint32_t> found;
  for (int round = 0; round < 6000; ++round) {
    std::string text;
    const int pieces = 2 + static_cast<int>(random() % 12);
    for (int i = 0; i < pieces; ++i) {
      if (!text.empty() && random() % 4 != 0) text += ' ';
      if (random() % 2 == 0)
        text += filter->atoms()[random() % filter->atoms().size()];
      else
        text += words[random() % words.size()];
    }
    filter->candidates(text, &scratch, &found);
    const std::vector<uint32_t>& unfiltered = filter->unfiltered();
    for (uint32_t e = 0; e < compiled.size(); ++e) {
      if (!re2::RE2::PartialMatch(text, *compiled[e])) continue;
      ++matched;
      ++checked;
      const bool listed = std::binary_search(found.begin(), found.end(), e) ||
                          std::binary_search(unfiltered.begin(), unfiltered.end(), e);
      CHECK_MESSAGE(listed, "'" << sources[e] << "' matches in '" << text << "'");
    }
  }
  MESSAGE(matched << " matches checked over 6000 texts");
  CHECK(checked > 1000);  // the texts do exercise the expressions
}

TEST_CASE("regex prefilter: an expression whose exact condition is huge stays sound and quick") {
  // Forty alternatives of two words each: "one of each pair" is 2^40 clauses. The search
  // stops at its budget and keeps clauses that are implied all the same.
  std::string source = "(?:";
  for (int i = 0; i < 40; ++i) {
    if (i > 0) source += "|";
    source += "first" + std::to_string(100 + i) + "\\s+second" + std::to_string(100 + i);
  }
  source += ")";
  auto filter = build({source});
  REQUIRE(filter->unfiltered().empty());
  CHECK_FALSE(filter->clauses(0).empty());
  re2::RE2 re(source, filter_options());
  for (int i = 0; i < 40; i += 7) {
    const std::string text =
        "noted first" + std::to_string(100 + i) + " second" + std::to_string(100 + i) + " today";
    REQUIRE(re2::RE2::PartialMatch(text, re));
    CHECK(candidates(*filter, text) == std::vector<uint32_t>{0});
  }
  CHECK(candidates(*filter, "nothing of the kind").empty());
}
