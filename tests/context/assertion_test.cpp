// The context stage (context/assertion.h), through the full Analyzer with the shipped
// lexicons: what a note says about each mention.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis_support.h"
#include "test_support.h"

using dxaudit::pipeline::Analyzer;
using dxaudit::testing::analyze_text;
using dxaudit::testing::AnalyzedFinding;

namespace {

// The findings of `text`, with what the note says about each.
std::vector<AnalyzedFinding> analyze(const Analyzer& analyzer, const std::string& text) {
  return analyze_text(analyzer, text).findings;
}

std::vector<AnalyzedFinding> analyze(const std::string& text) {
  return analyze(dxaudit::testing::shipped_analyzer(), text);
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
  CHECK(f[0].active);
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
  auto f = analyze("Denies nausea but reports pain radiating down the right leg.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "radiating_leg_pain");
  CHECK(f[0].text == "pain radiating down the right leg");
  CHECK_FALSE(f[0].negated);
  CHECK(f[0].cues.empty());
  CHECK(f[0].laterality == "right");
  // Control: without the terminating words, "denies" reaches the finding.
  f = analyze("Denies nausea and pain radiating down the right leg.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].negated);
}

TEST_CASE("context: negation does not cross a sentence boundary") {
  auto f = analyze("No nausea. Pain shooting down the left leg.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "Pain shooting down the left leg");
  CHECK_FALSE(f[0].negated);
  CHECK(f[0].cues.empty());
  // Backward cues stop at the boundary too.
  f = analyze("Sciatica. Absent on the left.");
  REQUIRE(f.size() == 1);
  CHECK_FALSE(f[0].negated);
}

TEST_CASE("context: historical, uncertain, hypothetical and experiencer cues") {
  auto f = analyze("Remote history of sciatica.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].concept_name == "radiculopathy");
  CHECK(f[0].historical);
  CHECK_FALSE(f[0].negated);
  REQUIRE(f[0].cues.size() == 1);
  CHECK(f[0].cues[0].category == "historical");
  CHECK(f[0].cues[0].text == "Remote");
  // "History of" says only that a lasting condition existed before: it is still there.
  f = analyze("History of sciatica.");
  REQUIRE(f.size() == 1);
  CHECK_FALSE(f[0].historical);
  CHECK(f[0].cues.empty());
  // Denied, it keeps the kit's reading: negated and historical.
  f = analyze("No history of sciatica.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].negated);
  CHECK(f[0].historical);

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
  // "if" inside "return if" is part of it; "develops" after the mention is a cue too.
  REQUIRE(f[0].cues.size() == 2);
  CHECK(f[0].cues[0].category == "hypothetical");
  CHECK(f[0].cues[0].text == "Return if");
  CHECK(f[0].cues[1].category == "hypothetical");
  CHECK(f[0].cues[1].text == "develops");

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
  dxaudit::testing::TempDir dir;
  dxaudit::testing::copy_shipped_data(dir.path());
  dir.write(
      "lexicons/findings/zz_test.lex",
      "@kind findings\ncancer_history\thistory of cancer\nradiculopathy\tnegative sciatica\n");
  auto r = Analyzer::load(dir.str());
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
  CHECK(f[2].active);
  CHECK(f[2].laterality == "right");
}

TEST_CASE("context: red-flag risk factors stay active when the note puts them in the past") {
  // The past medical history section makes its items historical; for a history of cancer,
  // IV drug use, immunosuppression or osteoporosis the past is the risk (vocabulary flag
  // historical_counts), so M54.50 still meets a red flag.
  for (const char* text : {"History of IV drug use.", "PAST MEDICAL HISTORY: Prostate cancer."}) {
    INFO(text);
    auto a = dxaudit::testing::analyze_text(text, {"M54.50"}, "2026-01-05");
    REQUIRE(a.findings.size() == 1);
    CHECK(a.findings[0].historical);
    CHECK(a.flag("M5450_RED_FLAG") != nullptr);
  }
  // Osteoporosis lasts: in the past history it is simply current, and a red flag.
  auto o = dxaudit::testing::analyze_text("PAST MEDICAL HISTORY: Osteoporosis.", {"M54.50"},
                                          "2026-01-05");
  REQUIRE(o.findings.size() == 1);
  CHECK_FALSE(o.findings[0].historical);
  CHECK(o.flag("M5450_RED_FLAG") != nullptr);
  // Without the flag a historical finding is not active: sciatica in the past history that
  // the note says is over.
  auto a = dxaudit::testing::analyze_text("PAST MEDICAL HISTORY: Sciatica, resolved.", {"M54.50"},
                                          "2026-01-05");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].historical);
  CHECK(a.flag("M5450_UNSUPPORTED_RADICULAR") == nullptr);
  // A past medical history lists conditions that last: sciatica listed there is current.
  a = dxaudit::testing::analyze_text("PAST MEDICAL HISTORY: Sciatica.", {"M54.50"}, "2026-01-05");
  REQUIRE(a.findings.size() == 1);
  CHECK_FALSE(a.findings[0].historical);
  CHECK(a.flag("M5450_UNSUPPORTED_RADICULAR") != nullptr);
}

TEST_CASE("context: template fields answered 'Denies' on their own line are negated") {
  auto a = dxaudit::testing::analyze_text(
      "Intake template\nFever: Denies\nIV drug use: Denies\nSKIN: No rash.\n");
  REQUIRE(a.findings.size() >= 2);
  for (const AnalyzedFinding& f : a.findings) {
    INFO(f.text);
    CHECK(f.negated);
  }
  // The answer must end the field: "Fever: none reported until today" is not a negation of
  // the field by this cue.
  auto b = dxaudit::testing::analyze_text("Fever: denies chills but had fever yesterday.");
  bool saw_fever = false;
  for (const AnalyzedFinding& f : b.findings)
    if (f.text == "fever") {
      saw_fever = true;
      CHECK_FALSE(f.negated);
    }
  CHECK(saw_fever);
}
