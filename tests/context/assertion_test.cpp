// The context stage (context/assertion.h), through the full Analyzer with the shipped
// lexicons: what a note says about each mention.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline/analyzer.h"

namespace fs = std::filesystem;
using dxaudit::Span;
using dxaudit::pipeline::Analyzer;
using dxaudit::pipeline::NoteResult;
using dxaudit::pipeline::Workspace;

namespace {

struct Cue {
  std::string category;
  std::string text;
};

// A finding as the output schema shows it, with text quoted from the original note.
struct F {
  std::string concept_name;
  std::string text;
  bool negated = false;
  bool uncertain = false;
  bool historical = false;
  bool hypothetical = false;
  std::string experiencer;
  std::string laterality;
  std::vector<Cue> cues;
};

const Analyzer& shipped() {
  static const dxaudit::pipeline::LoadResult r = Analyzer::load(DXAUDIT_SOURCE_DIR);
  REQUIRE(r.analyzer != nullptr);
  return *r.analyzer;
}

std::vector<F> analyze(const Analyzer& analyzer, const std::string& text) {
  dxaudit::io::Note note;
  note.note_id = "t";
  note.text = text;
  Workspace ws;
  NoteResult result;
  analyzer.analyze(note, &ws, &result);
  REQUIRE(result.ok);
  const auto& lex = analyzer.lexicon();
  std::vector<F> out;
  for (const auto& f : result.evidence.findings) {
    F o;
    o.concept_name = lex.concepts[f.concept_id].name;
    o.text = std::string(ws.view.to_original(f.span).in(text));
    o.negated = f.assertion.negated;
    o.uncertain = f.assertion.uncertain;
    o.historical = f.assertion.historical;
    o.hypothetical = f.assertion.hypothetical;
    o.experiencer = std::string(dxaudit::context::experiencer_name(f.assertion.experiencer));
    o.laterality = std::string(dxaudit::lexicon::laterality_name(f.laterality));
    for (const auto& c : f.assertion.cues) {
      auto category = static_cast<dxaudit::lexicon::CueCategory>(lex.patterns[c.pattern].target);
      o.cues.push_back({std::string(dxaudit::lexicon::cue_category_name(category)),
                        std::string(ws.view.to_original(c.span).in(text))});
    }
    out.push_back(std::move(o));
  }
  return out;
}

std::vector<F> analyze(const std::string& text) {
  return analyze(shipped(), text);
}

bool affirmed(const F& f) {
  return !f.negated && !f.uncertain && !f.historical && !f.hypothetical &&
         f.experiencer == "patient";
}

}  // namespace

TEST_CASE("context: one negation cue covers a list of findings") {
  auto f = analyze("Patient denies radiating pain, numbness or tingling in the legs.");
  REQUIRE(f.size() == 2);
  CHECK(f[0].concept_name == "radiating_leg_pain");
  CHECK(f[0].text == "radiating pain");
  CHECK(f[0].negated);
  CHECK_FALSE(f[0].uncertain);
  REQUIRE(f[0].cues.size() == 1);
  CHECK(f[0].cues[0].category == "negated");
  CHECK(f[0].cues[0].text == "denies");
  CHECK(f[1].concept_name == "leg_paresthesia");
  CHECK(f[1].text == "numbness or tingling in the legs");
  CHECK(f[1].negated);
  REQUIRE(f[1].cues.size() == 1);
  CHECK(f[1].cues[0].text == "denies");
}

TEST_CASE("context: an affirmed finding with its side") {
  auto f = analyze("She has pain shooting down the left leg.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "radiating_leg_pain");
  CHECK(f[0].text == "pain shooting down the left leg");
  CHECK(affirmed(f[0]));
  CHECK(f[0].cues.empty());
  CHECK(f[0].laterality == "left");
}

TEST_CASE("context: 'negative' negates in both directions") {
  auto f = analyze("Negative SLR.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "slr_sign");
  CHECK(f[0].text == "SLR");
  CHECK(f[0].negated);
  REQUIRE(f[0].cues.size() == 1);
  CHECK(f[0].cues[0].text == "Negative");

  f = analyze("SLR negative bilaterally.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "slr_sign");
  CHECK(f[0].negated);
  REQUIRE(f[0].cues.size() == 1);
  CHECK(f[0].cues[0].text == "negative");

  f = analyze("Straight leg raise is positive on the right.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "slr_sign");
  CHECK_FALSE(f[0].negated);
}

TEST_CASE("context: a cue inside a pseudo phrase is not a cue") {
  auto f = analyze("No change in the radiating pain since the last visit.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "radiating pain");
  CHECK_FALSE(f[0].negated);
  CHECK(f[0].cues.empty());
  // Control: the same cue without the pseudo phrase negates.
  f = analyze("No radiating pain since the last visit.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].negated);
}

TEST_CASE("context: a terminate cue ends the scope of a negation") {
  auto f = analyze("Denies fever but reports pain radiating down the right leg.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "radiating_leg_pain");
  CHECK(f[0].text == "pain radiating down the right leg");
  CHECK_FALSE(f[0].negated);
  CHECK(f[0].cues.empty());
  CHECK(f[0].laterality == "right");
  // Control: without the terminating words, "denies" reaches the finding.
  f = analyze("Denies fever and pain radiating down the right leg.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].negated);
}

TEST_CASE("context: negation does not cross a sentence boundary") {
  auto f = analyze("No fever. Pain shooting down the left leg.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "Pain shooting down the left leg");
  CHECK_FALSE(f[0].negated);
  CHECK(f[0].cues.empty());
  // Backward cues stop at the boundary too.
  f = analyze("Sciatica. Absent on the left.");
  REQUIRE(f.size() == 1);
  CHECK_FALSE(f[0].negated);
}

TEST_CASE("context: a cue applies only within its window of word tokens") {
  // "no" has window=8: three words between cue and mention.
  auto f = analyze("No new medications or radiating pain.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].negated);
  // Twelve words between: out of reach.
  f = analyze("No new medications were started at the visit last week and she has radiating pain.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "radiating pain");
  CHECK_FALSE(f[0].negated);
  CHECK(f[0].cues.empty());
  // Exactly eight words between: still in reach; nine: not.
  f = analyze("No one two three four five six seven eight radiating pain.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].negated);
  f = analyze("No one two three four five six seven eight nine radiating pain.");
  REQUIRE(f.size() == 1);
  CHECK_FALSE(f[0].negated);
}

TEST_CASE("context: historical, uncertain, hypothetical and experiencer cues") {
  auto f = analyze("History of sciatica.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "radiculopathy");
  CHECK(f[0].historical);
  CHECK_FALSE(f[0].negated);
  REQUIRE(f[0].cues.size() == 1);
  CHECK(f[0].cues[0].category == "historical");
  CHECK(f[0].cues[0].text == "History of");

  f = analyze("Possible radiculopathy.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "radiculopathy");
  CHECK(f[0].uncertain);
  CHECK_FALSE(f[0].historical);
  REQUIRE(f[0].cues.size() == 1);
  CHECK(f[0].cues[0].category == "uncertain");

  f = analyze("Return if numbness in the legs develops.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "leg_paresthesia");
  CHECK(f[0].text == "numbness in the legs");
  CHECK(f[0].hypothetical);
  CHECK_FALSE(f[0].negated);
  // "return if" and "if" overlap: the longest is the cue.
  REQUIRE(f[0].cues.size() == 1);
  CHECK(f[0].cues[0].category == "hypothetical");
  CHECK(f[0].cues[0].text == "Return if");

  f = analyze("Her mother has sciatica.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "radiculopathy");
  CHECK(f[0].experiencer == "other");
  CHECK_FALSE(f[0].negated);
  CHECK_FALSE(f[0].historical);
  REQUIRE(f[0].cues.size() == 1);
  CHECK(f[0].cues[0].category == "experiencer");
  CHECK(f[0].cues[0].text == "mother");

  f = analyze("Sciatica, as her mother had.");  // experiencer cues look both ways
  REQUIRE(f.size() == 1);
  CHECK(f[0].experiencer == "other");
}

TEST_CASE("context: a cue never modifies a mention it overlaps") {
  // A finding phrase that contains a cue phrase: "history of cancer" is the finding
  // cancer_history and also holds the historical cue "history of". Added to a copy of
  // the shipped data, since the shipped findings have no such phrase.
  static int counter = 0;
  fs::path dir = fs::temp_directory_path() / ("dxaudit-context-test-" + std::to_string(::getpid()) +
                                              "-" + std::to_string(counter++));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(fs::path(DXAUDIT_SOURCE_DIR) / "lexicons", dir / "lexicons",
           fs::copy_options::recursive);
  fs::copy(fs::path(DXAUDIT_SOURCE_DIR) / "models", dir / "models", fs::copy_options::recursive);
  std::ofstream(dir / "lexicons" / "findings" / "zz_test.lex")
      << "@kind findings\ncancer_history\thistory of cancer\nradiculopathy\tnegative sciatica\n";
  auto r = Analyzer::load(dir.string());
  fs::remove_all(dir);
  REQUIRE(r.analyzer != nullptr);

  auto f = analyze(*r.analyzer, "Patient has a history of cancer.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "cancer_history");
  CHECK(f[0].text == "history of cancer");
  CHECK_FALSE(f[0].historical);
  CHECK(f[0].cues.empty());

  // "negative" (direction both) overlaps the mention "negative sciatica": no effect on it.
  f = analyze(*r.analyzer, "Negative sciatica");
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "Negative sciatica");
  CHECK_FALSE(f[0].negated);
  CHECK(f[0].cues.empty());

  // A cue next to the mention still applies.
  f = analyze(*r.analyzer, "No history of cancer.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].negated);
  CHECK_FALSE(f[0].historical);
  REQUIRE(f[0].cues.size() == 1);
  CHECK(f[0].cues[0].text == "No");
}

TEST_CASE("context: cues are reported with their own text, one assertion per mention") {
  auto f = analyze("No sciatica. Possible radiculopathy. Pain shooting down the right leg.");
  REQUIRE(f.size() == 3);
  CHECK(f[0].negated);
  CHECK_FALSE(f[0].uncertain);
  CHECK(f[1].uncertain);
  CHECK_FALSE(f[1].negated);
  CHECK(affirmed(f[2]));
  CHECK(f[2].laterality == "right");
}
