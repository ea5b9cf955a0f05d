// Scope rules of the context stage, on a lexicon written for the test so that each rule is
// seen on its own: window, direction, termination (and by category), pseudo phrases,
// commas, overlap with the mention, nested cues, section defaults and the hard limit.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "analysis_support.h"
#include "lexicon_support.h"
#include "test_support.h"

using dxaudit::pipeline::Analyzer;
using dxaudit::testing::AnalyzedFinding;

namespace {

constexpr const char* kTestCues = R"(@kind cues
negated	nix	window=3
negated	nix evidence of	window=3
negated	gone	direction=backward window=2
negated	nope	direction=both window=2
negated	listless	window=10 stop_at_comma
negated	sciatica free	direction=backward window=3
historical	olden	window=5
experiencer	kin	direction=both window=4
experiencer	self here	direction=both self
hypothetical	twice over	window=4
historical	twice over	window=4
uncertain	unbounded	window=0
pseudo	nix change
terminate	halt
terminate	pause	ends=historical
)";

constexpr const char* kTestFindings = R"(@kind findings
radiculopathy	sciatica
radiating_leg_pain	radiating pain
)";

constexpr const char* kTestSectionContext = R"(@kind section_context
family_history	experiencer
pmh	historical
allergies	historical	sentences=1
)";

// An Analyzer over the shipped vocabulary, sections and models with the test's cues and
// findings instead of the shipped ones.
const Analyzer& scope_analyzer() {
  static dxaudit::testing::TempDir dir;
  static const dxaudit::pipeline::LoadResult r = [] {
    dxaudit::testing::copy_shipped_data(dir.path());
    std::filesystem::remove_all(dir / "lexicons/findings");
    dir.write("lexicons/findings/test.lex", kTestFindings);
    dir.write("lexicons/cues.lex", kTestCues);
    dir.write("lexicons/section_context.lex", kTestSectionContext);
    return Analyzer::load(dir.str());
  }();
  INFO(dxaudit::testing::describe_errors(r.errors));
  REQUIRE(r.analyzer != nullptr);
  return *r.analyzer;
}

std::vector<AnalyzedFinding> analyze(const std::string& text) {
  return dxaudit::testing::analyze_text(scope_analyzer(), text).findings;
}

// The one finding of `text`.
AnalyzedFinding only(const std::string& text) {
  auto f = analyze(text);
  INFO(text);
  REQUIRE(f.size() == 1);
  return f[0];
}

}  // namespace

TEST_CASE("scope: a cue reaches exactly `window` words") {
  CHECK(only("Nix one two three sciatica.").negated);
  CHECK_FALSE(only("Nix one two three four sciatica.").negated);
  // Punctuation is not a word.
  CHECK(only("Nix one, two, three: sciatica.").negated);
}

TEST_CASE("scope: direction") {
  CHECK(only("Sciatica gone.").negated);
  CHECK_FALSE(only("Gone is the sciatica.").negated);
  CHECK(only("Nope, sciatica.").negated);
  CHECK(only("Sciatica, nope.").negated);
  CHECK_FALSE(only("Sciatica now nix.").negated);  // a forward cue after the mention
}

TEST_CASE("scope: a termination cue ends the scope, for the categories it names") {
  CHECK_FALSE(only("Nix halt sciatica.").negated);
  CHECK_FALSE(only("Sciatica halt gone.").negated);
  // `pause` ends historical scopes only.
  auto f = only("Olden pause sciatica.");
  CHECK_FALSE(f.historical);
  CHECK(only("Nix pause sciatica.").negated);
}

TEST_CASE("scope: a pseudo phrase is not a cue and ends scopes") {
  auto f = only("Nix change in sciatica.");
  CHECK_FALSE(f.negated);
  CHECK(f.cues.empty());
  CHECK_FALSE(only("Olden nix change sciatica.").historical);
}

TEST_CASE("scope: lists are crossed unless the cue stops at a comma") {
  CHECK(only("Nix fever, sciatica.").negated);
  CHECK(only("Listless fever and sciatica.").negated);
  CHECK_FALSE(only("Listless fever, sciatica.").negated);
}

TEST_CASE("scope: a cue never modifies a mention it overlaps") {
  auto f = only("Sciatica free.");
  CHECK_FALSE(f.negated);
  CHECK(f.cues.empty());
}

TEST_CASE("scope: a cue inside a longer cue is part of it") {
  auto f = only("Nix evidence of sciatica.");
  CHECK(f.negated);
  REQUIRE(f.cues.size() == 1);
  CHECK(f.cues[0].text == "Nix evidence of");
}

TEST_CASE("scope: one phrase may be a cue of two categories") {
  auto f = only("Twice over sciatica.");
  CHECK(f.hypothetical);
  CHECK(f.historical);
  CHECK(f.cues.size() == 2);
}

TEST_CASE("scope: categories are independent") {
  auto f = only("Olden nix sciatica.");
  CHECK(f.historical);
  CHECK(f.negated);
}

TEST_CASE("scope: cues stay in their sentence") {
  CHECK_FALSE(only("Nix. Sciatica.").negated);
  CHECK_FALSE(only("Sciatica. Gone.").negated);
}

TEST_CASE("scope: a window of 0 runs to the end of the sentence, never past 200 words") {
  std::string words;
  for (int i = 0; i < 150; ++i) words += "w ";
  CHECK(only("Unbounded " + words + "sciatica.").uncertain);
  for (int i = 0; i < 60; ++i) words += "w ";
  CHECK_FALSE(only("Unbounded " + words + "sciatica.").uncertain);
}

TEST_CASE("scope: experiencer cues and the patient named") {
  CHECK(only("Kin with sciatica.").experiencer == "other");
  CHECK(only("Sciatica in kin.").experiencer == "other");
  // A `self` cue between the relative and the mention ends the scope.
  CHECK(only("Kin said self here has sciatica.").experiencer == "patient");
}

TEST_CASE("scope: section defaults, reported with the header as the cue") {
  auto f = only("FAMILY HISTORY: Sciatica.");
  CHECK(f.experiencer == "other");
  REQUIRE(f.cues.size() == 1);
  CHECK(f.cues[0].category == "experiencer");
  CHECK(f.cues[0].text == "FAMILY HISTORY");
  // The patient named in the sentence keeps the mention the patient's.
  CHECK(only("FAMILY HISTORY: Noncontributory; self here has sciatica.").experiencer == "patient");
  f = only("PAST MEDICAL HISTORY: Sciatica.");
  CHECK(f.historical);
  CHECK_FALSE(f.negated);
  // A default adds to what the cues say.
  f = only("PAST MEDICAL HISTORY: Nix sciatica.");
  CHECK(f.historical);
  CHECK(f.negated);
  // Outside those sections nothing is implied.
  f = only("ASSESSMENT: Sciatica.");
  CHECK_FALSE(f.historical);
  CHECK(f.experiencer == "patient");
}

TEST_CASE("scope: a section default may reach only the first sentences of its section") {
  auto f = analyze("ALLERGIES: Sciatica. Radiating pain.");
  REQUIRE(f.size() == 2);
  CHECK(f[0].historical);
  CHECK_FALSE(f[1].historical);
  f = analyze("ALLERGIES:\nSciatica.\nRadiating pain.");  // the header on a line of its own
  REQUIRE(f.size() == 2);
  CHECK(f[0].historical);
  CHECK_FALSE(f[1].historical);
}
