// leading_words(): the words an expression's matches start with, and the expressions it
// refuses because a match may start elsewhere. The promise itself (an aligned match starts
// at a key equal to one of the words) is checked here on built texts for every shipped
// expression with leading words; reference_test.cpp checks the matcher that relies on it
// against searching every pattern on its own.
#include <doctest/doctest.h>

#include <algorithm>
#include <bitset>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "analysis_support.h"
#include "lexicon/lexicon.h"
#include "match/leading_words.h"
#include "match/regex_prefilter.h"

using dxaudit::match::leading_words;
using dxaudit::match::match_start;
using dxaudit::match::MatchStart;

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

// The key a match reads after the key that ends at `pos` and any white space (\s), as the
// matcher finds it; empty when the text ends first.
std::string key_after(const std::string& text, size_t pos) {
  while (pos < text.size() &&
         std::string_view(" \t\n\r\f").find(text[pos]) != std::string_view::npos)
    ++pos;
  return pos < text.size() ? key_at(text, pos) : std::string();
}

// Whether a match at a key equal to `word` that reads `next` after it is let through by the
// word's next_keys (always, when they are not given).
bool key_allowed(const MatchStart& start, size_t word, const std::string& next) {
  const auto& keys = start.next_keys[word];
  return !keys || std::binary_search(keys->begin(), keys->end(), next);
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
  // A class of a few word bytes read once is each of them in turn ("L4-5", "S1", "4/5").
  CHECK(words_of(R"((?i:\b(?:l[1-5]|s1)\b))") == Words{"l1", "l2", "l3", "l4", "l5", "s1"});
  CHECK(words_of(R"((?i:[LS][12]))") == Words{"l1", "l2", "s1", "s2"});
  CHECK(words_of(R"(\b[0-5][+-]?/5\b)") == Words{"0", "1", "2", "3", "4", "5"});
  const auto glued = leading_words(R"(x[1-9]\d?\s+wks)", 256);  // "x1" to "x99"
  REQUIRE(glued.has_value());
  CHECK(glued->size() == 9 + 90);
  CHECK(std::count(glued->begin(), glued->end(), "x42") == 1);
  CHECK(words_of(R"(t\s*3[89]\.\d)") == Words{"t", "t38", "t39"});
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
           R"(l[1-5]+)",           // a class of word bytes repeated
           R"([a-z]x)",            // a class of more word bytes than a list should hold
           R"([1-5_.]x)",          // a class that holds a word byte and another
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
  // position must start at a key its words name, and go on after that key (and any spaces)
  // with a byte that word's `next` allows.
  const auto& lexicon = dxaudit::testing::shipped_analyzer().lexicon();
  std::vector<std::string> sources;
  std::vector<Words> led;
  std::vector<MatchStart> starts;
  for (size_t p = 0; p < lexicon.patterns.size(); ++p) {
    if (!lexicon.patterns[p].literal_words.empty()) continue;
    auto start = match_start(lexicon.regex_sources[p], 256);
    if (!start) continue;
    sources.push_back(lexicon.regex_sources[p]);
    led.push_back(start->words);
    starts.push_back(std::move(*start));
  }
  REQUIRE(led.size() > 300);
  size_t gated = 0;
  for (const MatchStart& start : starts)
    for (const auto& next : start.next) gated += next.has_value();
  CHECK(gated > 500);  // most leading words say what follows them
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_longest_match(true);
  std::string error;
  auto filter = dxaudit::match::RegexPrefilter::build(sources, options, 1, &error);
  REQUIRE_MESSAGE(filter != nullptr, error);
  const std::vector<std::string> common = {",",  ".",   ";",  ":",   "-",   "(",  ")",  "+",  "/",
                                           "'s", "5/5", "2+", "the", "and", "no", "of", "\n", "x"};
  std::mt19937 random(20261205);
  size_t matches = 0, gated_matches = 0, keyed_matches = 0;
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
        const auto word = std::find(led[e].begin(), led[e].end(), key);
        CHECK_MESSAGE(word != led[e].end(), sources[e] << " matches \"" << text.substr(b, m.size())
                                                       << "\" at key \"" << key << "\" in \""
                                                       << text << "\"");
        if (word == led[e].end()) continue;
        const size_t index = static_cast<size_t>(word - led[e].begin());
        const std::string next_key = key_after(text, b + key.size());
        keyed_matches += starts[e].next_keys[index].has_value();
        CHECK_MESSAGE(key_allowed(starts[e], index, next_key),
                      sources[e] << " matches \"" << text.substr(b, m.size()) << "\" in \"" << text
                                 << "\", where \"" << next_key << "\" follows \"" << key
                                 << "\": its next keys leave it out");
        const auto& next = starts[e].next[index];
        if (!next) continue;
        size_t after = b + key.size();
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
        ++gated_matches;
        const size_t byte = after < text.size() ? static_cast<unsigned char>(text[after]) : 256;
        CHECK_MESSAGE(next->test(byte), sources[e] << " matches \"" << text.substr(b, m.size())
                                                   << "\" in \"" << text << "\", where byte "
                                                   << byte << " follows \"" << key
                                                   << "\": its next bytes leave it out");
      }
    }
  }
  MESSAGE("aligned matches checked: " << matches << ", " << gated_matches << " with next bytes");
  CHECK(matches > 2000);  // the texts do exercise the expressions
  CHECK(gated_matches > 1000);
  MESSAGE(keyed_matches << " with next keys");
  CHECK(keyed_matches > 500);
}

TEST_CASE("match start: what a match may read after each leading word") {
  auto next_of = [](const std::string& expression, const std::string& word) {
    auto start = match_start(expression);
    REQUIRE_MESSAGE(start.has_value(), expression);
    const auto at = std::find(start->words.begin(), start->words.end(), word);
    REQUIRE_MESSAGE(at != start->words.end(), expression << ": " << word);
    return start->next[static_cast<size_t>(at - start->words.begin())];
  };
  // The bytes named, as text folded to lower case shows them, other than spaces and tabs.
  auto bytes = [](const std::optional<std::bitset<257>>& next) {
    std::string out;
    if (!next) return std::string("open");
    for (size_t b = 0; b < 257; ++b)
      if (next->test(b))
        out += b == 256 ? std::string("<end>") : std::string(1, static_cast<char>(b));
    return out;
  };
  // \s may read a newline, a form feed or a carriage return first: those are named too.
  CHECK(bytes(next_of(R"((?i:for\s+(?:her|his|the\s+patient's)))", "for")) == "\n\f\rht");
  CHECK(bytes(next_of(R"((?i:,\s*and\s+the))", ",")) == "\n\f\ra");
  CHECK(bytes(next_of(R"((?i:(?:per|according\s+to)\s+(?:his\s+)?(mother|wife)))", "per")) ==
        "\n\f\rhmw");
  CHECK(bytes(next_of(R"((?i:according\s+to))", "according")) == "\n\f\rt");
  // Classes, ranges, \d, a negated class, letters folded, a tab in a class skipped.
  CHECK(bytes(next_of(R"(in\s+(?:19|20)\d\d)", "in")) == "\n\f\r12");
  CHECK(bytes(next_of(R"(in [0-2]x)", "in")) == "012");
  CHECK(bytes(next_of(R"(in [A-C])", "in")) == "ABCabc");
  CHECK(bytes(next_of(R"(at\s+\d)", "at")) == "\n\f\r0123456789");
  CHECK(bytes(next_of(R"(:[ \t]*(no|denies))", ":")) == "dn");
  CHECK(next_of(R"(no [^0-8]z)", "no")->test('9'));
  CHECK(next_of(R"(no [^0-8]z)", "no")->test(0xC3));  // the first byte of a non-ASCII letter
  CHECK(!next_of(R"(no [^0-8]z)", "no")->test('5'));
  // Optional items and repetitions: every way on is named.
  CHECK(bytes(next_of(R"(no (?:new )?pain)", "no")) == "np");
  CHECK(bytes(next_of(R"((?:(?:knee|ankle) (?:and )?)+(?:jerks|reflexes))", "knee")) == "ajkr");
  // A line end: a newline, or the end of the text searched.
  CHECK(bytes(next_of(R"((neg)(?:\s*(?:[.,]|(?m:$))|\s+or\b))", "neg")) == "\n\f\r,.o<end>");
  // Each word has its own: "prn" may end the match, "p" may not.
  CHECK(bytes(next_of(R"((?i:p\.?\s*r\.?\s*n\.?))", "p")) == "\n\f\r.r");
  CHECK(bytes(next_of(R"((?i:p\.?\s*r\.?\s*n\.?))", "prn")) == "open");
  CHECK(bytes(next_of(R"((?i:no\s*t))", "no")) == "\n\f\rt");
  CHECK(bytes(next_of(R"((?i:no\s*t))", "not")) == "open");
  // The keys a match reads next, white space skipped: "," of ", now 5/5" only before "now".
  auto keys_of = [](const std::string& expression, const std::string& word) -> std::string {
    auto start = match_start(expression, 256);
    REQUIRE_MESSAGE(start.has_value(), expression);
    const auto at = std::find(start->words.begin(), start->words.end(), word);
    REQUIRE(at != start->words.end());
    const auto& keys = start->next_keys[static_cast<size_t>(at - start->words.begin())];
    if (!keys) return "open";
    std::string out;
    for (const std::string& k : *keys) out += (out.empty() ? "" : " ") + k;
    return out;
  };
  CHECK(keys_of(R"((?i:,\s*(now\s+(?:5\s*/\s*5|neg))))", ",") == "now");
  CHECK(keys_of(R"((?i:(?:she|he|the\s+patient)\s+and\s+(?:her|his)))", "she") == "and");
  CHECK(keys_of(R"((?i:(?:she|he|the\s+patient)\s+and\s+(?:her|his)))", "the") == "patient");
  CHECK(keys_of(R"((,|;)[ \t]*(?:a\s+)?history)", ";") == "a history");
  CHECK(keys_of(R"(no\s*(?:,|-)\s*pain)", "no") == ", -");
  CHECK(keys_of(R"(l[1-5]\s*-\s*s1)", "l4") == "-");
  CHECK(keys_of(R"(in  (?:the|a) past)", "in") == "a the");  // spaces written as themselves
  // Open: the match may end there, or go on with what the keys cannot spell.
  for (const char* expression :
       {R"(no)", R"(no(?: pain)?)", R"(no\s+(?:\w+\s+)?pain)", R"(no\s+[a-z]+)", R"(no\s+\d+)",
        R"(no\s+.)", R"(no(?:\s+x)*\s+y)"})
    CHECK_MESSAGE(keys_of(expression, "no") == "open", expression);
  // Open: the match may end with the word or its spaces, or read something unnamed.
  for (const char* expression : {R"(no)", R"(no\s*)", R"(no(?: pain)?)", R"(no\s+.)", R"(no\s+\S)",
                                 "no\\s+\xC3\xA9", R"(no [[:alpha:]])"})
    CHECK_MESSAGE(bytes(next_of(expression, "no")) == "open", expression);
}

TEST_CASE("match start: generated expressions, every match goes on as its word's next bytes say") {
  // Expressions built from the pieces the lexicons use (words, \s, spaces, punctuation,
  // classes with ranges, \d, optional and repeated groups, alternatives, $), each with a text
  // that one way through it spells, padded with a few more pieces: wherever RE2 finds a
  // match anchored at a key equal to one of the expression's leading words, the byte after
  // that key and its spaces and tabs must be one its next bytes name. Seeded: a failure
  // names the expression and the text.
  std::mt19937 random(20261206);
  auto any = [&](size_t n) { return static_cast<size_t>(random() % n); };
  struct Piece {
    std::string regex, sample;
  };
  auto pick = [&](std::initializer_list<Piece> options) {
    return options.begin()[any(options.size())];
  };
  std::function<Piece(int)> piece = [&](int depth) -> Piece {
    switch (any(depth > 2 ? 6 : 11)) {
      case 0:
      case 1:
        return pick(
            {{"no", "no"}, {"in", "in"}, {"a", "a"}, {"ab", "ab"}, {"ba", "ba"}, {"nob", "nob"}});
      case 2:
        return pick({{"\\s+", " "}, {"\\s*", ""}, {" ", " "}, {"[ \\t]*", "\t"}, {"\\s", "\n"}});
      case 3:
        return pick({{",", ","},
                     {"\\.", "."},
                     {";", ";"},
                     {"/", "/"},
                     {"-", "-"},
                     {"[.,]", ","},
                     {"[^a]", "b"},
                     {"[a-c]", "c"},
                     {"[0-9]", "1"},
                     {"\\d", "7"}});
      case 4:
        return pick({{"b", "b"},
                     {"c", "c"},
                     {"x", "x"},
                     {"1", "1"},
                     {"b?", "b"},
                     {"c?", ""},
                     {",?", ","},
                     {"[.,]?", ""},
                     {"x*", "xx"},
                     {"\\d+", "12"},
                     {"[-/]?", "-"}});
      case 5:
        return pick({{"(?m:$)", "\n"}, {"\\b", ""}, {"$", ""}});
      default: {
        std::vector<Piece> first(1 + any(3)), second;
        for (Piece& p : first) p = piece(depth + 1);
        if (any(2) == 0) {
          second.resize(1 + any(2));
          for (Piece& p : second) p = piece(depth + 1);
        }
        Piece group{"(?:", ""};
        for (const Piece& p : first) group.regex += p.regex;
        const std::vector<Piece>& taken = !second.empty() && any(2) == 0 ? second : first;
        for (const Piece& p : taken) group.sample += p.sample;
        if (!second.empty()) {
          group.regex += "|";
          for (const Piece& p : second) group.regex += p.regex;
        }
        group.regex += ")";
        const Piece repeat =
            pick({{"", "1"}, {"?", "0"}, {"*", "2"}, {"+", "1"}, {"{0,2}", "2"}, {"{1,3}", "1"}});
        group.regex += repeat.regex;
        const std::string once = group.sample;
        group.sample.clear();
        for (int i = 0; i < repeat.sample[0] - '0'; ++i) group.sample += once;
        return group;
      }
    }
  };
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_longest_match(true);
  size_t expressions = 0, checked = 0, keyed = 0;
  for (int round = 0; round < 8000; ++round) {
    Piece whole = pick({{"no", "no"}, {"in", "in"}, {"a", "a"}, {",", ","}, {"(?:no|ab)", "ab"}});
    const size_t items = 1 + any(5);
    for (size_t i = 0; i < items; ++i) {
      const Piece p = piece(0);
      whole.regex += p.regex;
      whole.sample += p.sample;
    }
    const re2::RE2 re(whole.regex, options);
    if (!re.ok()) continue;
    auto start = match_start(whole.regex);
    if (!start) continue;
    ++expressions;
    for (int t = 0; t < 10; ++t) {
      std::string text = t == 0 ? "" : piece(3).sample;
      text += whole.sample;
      for (size_t i = 0, n = any(3); i < n; ++i) text += piece(3).sample;
      for (size_t b = 0; b < text.size(); ++b) {
        re2::StringPiece m;
        if (!re.Match(text, b, text.size(), re2::RE2::ANCHOR_START, &m, 1)) continue;
        if (!aligned(text, b, b + m.size())) continue;
        const std::string key = key_at(text, b);
        const auto word = std::find(start->words.begin(), start->words.end(), key);
        if (word == start->words.end()) continue;  // the leading words' own tests cover this
        const size_t index = static_cast<size_t>(word - start->words.begin());
        const std::string next_key = key_after(text, b + key.size());
        keyed += start->next_keys[index].has_value();
        CHECK_MESSAGE(key_allowed(*start, index, next_key),
                      whole.regex << " matches \"" << text.substr(b, m.size()) << "\" in \"" << text
                                  << "\" after \"" << key << "\", then key \"" << next_key << "\"");
        const auto& next = start->next[index];
        if (!next) continue;
        size_t after = b + key.size();
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
        const size_t byte = after < text.size() ? static_cast<unsigned char>(text[after]) : 256;
        ++checked;
        CHECK_MESSAGE(next->test(byte), whole.regex << " matches \"" << text.substr(b, m.size())
                                                    << "\" in \"" << text << "\" after \"" << key
                                                    << "\", then byte " << byte);
      }
    }
  }
  MESSAGE(expressions << " generated expressions, " << checked << " matches checked, " << keyed
                      << " with next keys");
  CHECK(expressions > 3000);
  CHECK(checked > 8000);
  CHECK(keyed > 2000);
}
