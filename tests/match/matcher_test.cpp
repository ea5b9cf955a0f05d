// match::Matcher over a small lexicon written to a temporary directory (match/matcher.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon_support.h"
#include "match/matcher.h"
#include "test_support.h"
#include "text/match_view.h"

using dxaudit::Span;
using dxaudit::lexicon::Lexicon;
using dxaudit::match::Hit;
using dxaudit::match::Matcher;
using dxaudit::match::MatchScratch;
using dxaudit::text::MatchView;

namespace {

// A lexicon of three concepts with these findings and cues, loaded from files written to
// a temporary directory.
std::unique_ptr<const Lexicon> load_test_lexicon(const std::string& findings,
                                                 const std::string& cues) {
  dxaudit::testing::TempDir dir;
  dir.write("vocabulary.lex",
            "@kind vocabulary\n"
            "concept\tlow_back\tcategory=region\n"
            "concept\tpain\tcategory=symptom\n"
            "concept\tslr_sign\tcategory=radicular\n");
  dir.write("findings.lex", "@kind findings\n" + findings);
  dir.write("cues.lex", "@kind cues\n" + cues);
  return dxaudit::testing::load_valid_lexicon(dir.str());
}

// A hit as its pattern source and the matched text of the view.
struct Found {
  std::string source;
  std::string text;
  Span span;
};

// The whole text as one sentence.
std::vector<Span> whole(std::string_view text) {
  return {Span{0, static_cast<uint32_t>(text.size())}};
}

std::vector<Found> find_all(const Lexicon& lex, const MatchView& view) {
  Matcher matcher(lex);
  MatchScratch scratch;
  std::vector<Hit> hits;
  matcher.find(view.text(), whole(view.text()), &scratch, &hits);
  std::vector<Found> out;
  for (const Hit& h : hits)
    out.push_back({lex.patterns[h.pattern].source, std::string(h.span.in(view.text())), h.span});
  return out;
}

std::vector<Found> find_all(const Lexicon& lex, std::string_view original) {
  MatchView view;
  view.build(original);
  return find_all(lex, view);
}

}  // namespace

TEST_CASE("matcher: a match must not start or end inside a word") {
  auto lex = load_test_lexicon("pain\tpain\n", "negated\tno\n");
  auto hits = find_all(*lex, "Note: I know no pain. Nobody. Piano.");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].source == "no");
  CHECK(hits[0].span == Span{13, 15});
  CHECK(hits[1].source == "pain");
  CHECK(hits[1].span == Span{16, 20});

  CHECK(find_all(*lex, "painful, nonpain, no1, 1no, knows").empty());
  // Punctuation on either side is a boundary.
  hits = find_all(*lex, "(no)pain.");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].span == Span{1, 3});
  CHECK(hits[1].span == Span{4, 8});
}

TEST_CASE("matcher: a capturing group marks the phrase, the rest of the match is context") {
  auto lex = load_test_lexicon("pain\tpain\n", "negated\tre:(absent)(?:\\s*[.,]|\\s+and\\b)\n");
  // "absent" before the clause ends or goes on with "and"; not before a noun.
  auto hits = find_all(*lex, "Pain absent. Absent pulses, pain absent and absentee");
  std::vector<Span> spans;
  for (const Found& f : hits)
    if (f.source != "pain") spans.push_back(f.span);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0] == Span{5, 11});   // "absent", without the period
  CHECK(spans[1] == Span{33, 39});  // "absent", without " and"
}

TEST_CASE("matcher: a pattern that starts with punctuation may follow any character") {
  auto lex = load_test_lexicon("slr_sign\t+slr\nslr_sign\tslr\n", "negated\tneg\n");
  auto hits = find_all(*lex, "Exam (+SLR) on the left");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].source == "+slr");
  CHECK(hits[0].text == "+slr");
  CHECK(hits[0].span == Span{6, 10});
  CHECK(hits[1].source == "slr");
  CHECK(hits[1].span == Span{7, 10});
  // Glued to a word on the left: "+slr" still matches (it starts with '+'), "slr" too
  // (its left neighbour '+' is not a letter), but not "xslr".
  hits = find_all(*lex, "a+slr xslr slrx");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].span == Span{1, 5});
  CHECK(hits[1].span == Span{2, 5});
}

TEST_CASE("matcher: case is ignored through the matching view") {
  auto lex = load_test_lexicon("low_back\tlow back\nslr_sign\tre:SLR\n", "");
  auto hits = find_all(*lex, "LOW BACK, Low Back, low back; Slr");
  REQUIRE(hits.size() == 4);
  CHECK(hits[0].span == Span{0, 8});
  CHECK(hits[1].span == Span{10, 18});
  CHECK(hits[2].span == Span{20, 28});
  CHECK(hits[3].source == "re:SLR");
  CHECK(hits[3].span == Span{30, 33});
}

TEST_CASE("matcher: hyphen and spacing variants of a literal phrase") {
  auto lex = load_test_lexicon("low_back\tlow back\n", "");
  const std::string text = "low-back | low  back | low - back | low\tback | low\nback | lowback";
  auto hits = find_all(*lex, text);
  REQUIRE(hits.size() == 5);
  CHECK(hits[0].text == "low-back");
  CHECK(hits[1].text == "low  back");
  CHECK(hits[2].text == "low - back");
  CHECK(hits[3].text == "low back");  // the view turns a tab into a space
  CHECK(hits[3].span.in(text) == "low\tback");
  CHECK(hits[4].text == "low\nback");
}

TEST_CASE("matcher: a literal phrase finds exactly what its own regex finds") {
  // Literals take a substring-search path; the same phrase as an `re:` pattern takes RE2's.
  const std::vector<std::string> phrases = {"low back pain", "no", "s/p", "+slr", "pain-free"};
  const std::string text =
      "Low-Back-Pain, low--back pain, low -back  pain; xlow back pain, low back painful, "
      "low back pain_ low\n-\nback pain lowback pain. No, no_ noted NO. s/p L4; s/pain. "
      "(+SLR) a+slr +slrx pain free, pain - free, painfree, pain-free.";
  for (const std::string& phrase : phrases) {
    std::string regex, error;
    REQUIRE(dxaudit::lexicon::pattern_to_regex(phrase, &regex, &error));
    auto lex = load_test_lexicon("low_back\t" + phrase + "\npain\tre:" + regex + "\n", "");
    std::vector<Span> literal, via_regex;
    for (const Found& f : find_all(*lex, text))
      (f.source == phrase ? literal : via_regex).push_back(f.span);
    INFO("phrase '" << phrase << "' as regex " << regex);
    CHECK(!literal.empty());
    CHECK(literal == via_regex);
  }
}

TEST_CASE("matcher: leftmost-longest, ordered by begin then longer first") {
  auto lex = load_test_lexicon(
      "low_back\tlow back\n"
      "pain\tre:pain|pain radiating\n"
      "pain\tlow back pain\n"
      "pain\tback pain\n",
      "");
  auto hits = find_all(*lex, "low back pain radiating");
  // low back pain [0,13), low back [0,8), back pain [4,13), pain radiating [9,23).
  REQUIRE(hits.size() == 4);
  CHECK(hits[0].source == "low back pain");
  CHECK(hits[0].span == Span{0, 13});
  CHECK(hits[1].source == "low back");
  CHECK(hits[1].span == Span{0, 8});
  CHECK(hits[2].source == "back pain");
  CHECK(hits[2].span == Span{4, 13});
  CHECK(hits[3].source == "re:pain|pain radiating");
  CHECK(hits[3].text == "pain radiating");  // the longest alternative, not the first
}

TEST_CASE("matcher: equal spans are ordered by pattern index") {
  auto lex = load_test_lexicon("pain\tre:sciatica\nslr_sign\tsciatica\n", "");
  Matcher matcher(*lex);
  MatchScratch scratch;
  std::vector<Hit> hits;
  MatchView view;
  view.build("sciatica");
  matcher.find(view.text(), whole(view.text()), &scratch, &hits);
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].span == hits[1].span);
  CHECK(hits[0].pattern < hits[1].pattern);
}

TEST_CASE("matcher: a shorter alternative is used when the longest match is not aligned") {
  auto lex = load_test_lexicon("pain\tre:pain(?: radiat)?\n", "");
  auto hits = find_all(*lex, "pain radiatx");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "pain");
  CHECK(hits[0].span == Span{0, 4});
  // Aligned, the longest wins.
  hits = find_all(*lex, "pain radiat.");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "pain radiat");
  // No aligned match at all at that start: none, and the search goes on after it.
  hits = find_all(*lex, "xpain radiat pain");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].span == Span{13, 17});
}

TEST_CASE("matcher: matches of one pattern do not overlap and all occurrences are found") {
  auto lex = load_test_lexicon("pain\tre:pain(?: pain)?\n", "negated\tno\n");
  auto hits = find_all(*lex, "pain pain pain no no");
  REQUIRE(hits.size() == 4);
  CHECK(hits[0].span == Span{0, 9});
  CHECK(hits[1].span == Span{10, 14});
  CHECK(hits[2].span == Span{15, 17});
  CHECK(hits[3].span == Span{18, 20});
}

TEST_CASE("matcher: non-ASCII text before a match keeps offsets right") {
  auto lex = load_test_lexicon("low_back\tlow back\npain\tpain\n", "negated\tno\n");
  // U+2014 (3 bytes) becomes '-' (1 byte) in the view; 'É' folds to 'é' (2 bytes each);
  // U+00A0 (2 bytes) becomes ' '.
  const std::string original =
      "Caf\xC3\x89 \xE2\x80\x94 patient\xC2\xA0reports LOW BACK pain\xE2\x80\x94no fever";
  MatchView view;
  view.build(original);
  REQUIRE_FALSE(view.identity());
  auto hits = find_all(*lex, view);
  REQUIRE(hits.size() == 3);
  CHECK(view.to_original(hits[0].span).in(original) == "LOW BACK");
  CHECK(view.to_original(hits[0].span) == Span{27, 35});
  CHECK(view.to_original(hits[1].span).in(original) == "pain");
  CHECK(view.to_original(hits[1].span) == Span{36, 40});
  CHECK(view.to_original(hits[2].span).in(original) == "no");
  CHECK(view.to_original(hits[2].span) == Span{43, 45});
}

TEST_CASE("matcher: letters outside ASCII are word characters for alignment") {
  auto lex = load_test_lexicon("pain\tpain\n", "");
  // "pain" glued to 'é' is inside a word; next to an em dash it is not.
  CHECK(find_all(*lex, "\xC3\xA9pain").empty());
  CHECK(find_all(*lex, "pain\xC3\xA9").empty());
  auto hits = find_all(*lex, "\xE2\x80\x94pain");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "pain");
}

TEST_CASE("matcher: the hit list is cleared and an empty text has no hits") {
  auto lex = load_test_lexicon("pain\tpain\n", "");
  Matcher matcher(*lex);
  MatchScratch scratch;
  std::vector<Hit> hits{{0, Span{1, 2}}};
  matcher.find("", whole(""), &scratch, &hits);
  CHECK(hits.empty());
  matcher.find("no match here", whole("no match here"), &scratch, &hits);
  CHECK(hits.empty());
  hits.push_back({0, Span{1, 2}});
  matcher.find("pain", {}, &scratch, &hits);  // no sentences: nothing is searched
  CHECK(hits.empty());
}

TEST_CASE("matcher: only the given sentences are searched, and never across their boundary") {
  auto lex = load_test_lexicon("low_back\tlow back\npain\tpain\n", "negated\tno\n");
  const std::string text = "no pain low\nback pain";
  Matcher matcher(*lex);
  MatchScratch scratch;
  std::vector<Hit> hits;
  const std::vector<Span> two{{0, 11}, {12, 21}};
  matcher.find(text, two, &scratch, &hits);
  // "low back" spans the boundary: not a match. Hits come in text order across sentences.
  REQUIRE(hits.size() == 3);
  CHECK(hits[0].span == Span{0, 2});
  CHECK(hits[1].span == Span{3, 7});
  CHECK(hits[2].span == Span{17, 21});
  CHECK(lex->patterns[hits[2].pattern].source == "pain");
  // The same text as one sentence: "low\nback" is a match.
  matcher.find(text, whole(text), &scratch, &hits);
  REQUIRE(hits.size() == 4);
  CHECK(hits[2].span == Span{8, 16});
  // Only the second sentence.
  const std::vector<Span> second{{12, 21}};
  matcher.find(text, second, &scratch, &hits);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].span == Span{17, 21});
  // A sentence boundary inside a word does not make a match there aligned.
  const std::vector<Span> cut{{0, 5}, {5, 21}};
  matcher.find(text, cut, &scratch, &hits);
  for (const Hit& h : hits) CHECK(h.span != Span{5, 7});
}

TEST_CASE("matcher: expressions with and without required pieces are all found") {
  // "re:numb\w*\s+(?:foot|leg)" requires "numb" (an atom of the filter); "re:\bl[1-5]\b"
  // has no piece of three letters and goes through the set of unfiltered expressions.
  auto lex = load_test_lexicon(
      "pain\tre:numb\\w*\\s+(?:foot|leg)\n"
      "low_back\tre:\\bl[1-5]\\b\n"
      "slr_sign\tslr\n",
      "");
  Matcher matcher(*lex);
  const dxaudit::match::RegexPrefilter* filter = matcher.regex_prefilter();
  REQUIRE(filter != nullptr);
  // The atoms are FilteredRE2's: "numb" with the words that must follow it.
  const std::vector<std::string>& atoms = filter->atoms();
  CHECK(std::find(atoms.begin(), atoms.end(), "numb") != atoms.end());
  // Two expressions: the level expression is unfiltered; the other is filtered.
  REQUIRE(filter->unfiltered().size() == 1);
  CHECK(lex->patterns[matcher.regex_pattern(filter->unfiltered()[0])].source == "re:\\bl[1-5]\\b");

  MatchView view;
  view.build("Numbness leg at L4, SLR positive. Numb arm. L7 numbfoot.");
  std::vector<Found> found = find_all(*lex, view);
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "numbness leg");
  CHECK(found[1].text == "l4");
  CHECK(found[2].text == "slr");
  // The atom "numb" occurs in "numb arm" and "numbfoot", but the expression does not.
}

TEST_CASE("matcher: a lexicon of literal phrases only has no filter") {
  auto lex = load_test_lexicon("slr_sign\tslr\n", "negated\tno\n");
  CHECK(Matcher(*lex).regex_prefilter() == nullptr);
  MatchView view;
  view.build("No SLR.");
  CHECK(find_all(*lex, view).size() == 2);
}

TEST_CASE(
    "matcher: the full scope built from the load's compiled expressions prefilters as one built "
    "alone") {
  // CompiledExpressions keeps each expression the load compiled, and its prefilter analysis;
  // the full matcher built from it must search the same expressions with the same clauses
  // as a matcher that compiles and analyses everything itself.
  std::vector<dxaudit::lexicon::LoadError> errors;
  dxaudit::match::CompiledExpressions compiled(dxaudit::match::kMinAtomLength);
  auto lex = dxaudit::lexicon::load_lexicon(std::string(DXAUDIT_SOURCE_DIR) + "/lexicons", &errors,
                                            &compiled);
  REQUIRE(lex != nullptr);
  const Matcher alone(*lex);
  const Matcher shared(*lex, Matcher::Scope::kAll, &compiled);
  const Matcher again(*lex, Matcher::Scope::kAll, &compiled);  // analyses made once, reused
  const dxaudit::match::RegexPrefilter* a = alone.regex_prefilter();
  REQUIRE(a != nullptr);
  CHECK(a->expressions() > 1000);
  // Each expression's clauses as atom text, sorted: atoms are numbered as they are met.
  auto clauses = [](const dxaudit::match::RegexPrefilter& f, uint32_t e) {
    std::vector<std::vector<std::string>> out;
    for (const std::vector<uint32_t>& clause : f.clauses(e)) {
      std::vector<std::string> atoms;
      for (uint32_t atom : clause) atoms.push_back(f.atoms()[atom]);
      std::sort(atoms.begin(), atoms.end());
      out.push_back(atoms);
    }
    return out;
  };
  for (const Matcher* other : {&shared, &again}) {
    const dxaudit::match::RegexPrefilter* b = other->regex_prefilter();
    REQUIRE(b != nullptr);
    REQUIRE(b->expressions() == a->expressions());
    CHECK(b->unfiltered() == a->unfiltered());
    CHECK(other->unfiltered_patterns() == alone.unfiltered_patterns());
    size_t differing = 0;
    for (uint32_t e = 0; e < a->expressions(); ++e) {
      CHECK(other->regex_pattern(e) == alone.regex_pattern(e));
      if (clauses(*b, e) != clauses(*a, e)) ++differing;
    }
    CHECK(differing == 0);
  }
  // The full matcher searches the load's own compiled expressions.
  const uint32_t first = alone.regex_pattern(0);
  REQUIRE(compiled.regex(first) != nullptr);
  CHECK(compiled.regex(first)->pattern() == lex->regex_sources[first]);
  CHECK(compiled.analysis(first) != nullptr);
  CHECK(compiled.regex(0xFFFFFFu) == nullptr);
}
