// The evidence stage (evidence/evidence.h): findings with laterality and level, and
// documentation elements, through the Analyzer with the shipped data.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "analysis_support.h"
#include "evidence/evidence.h"

using dxaudit::evidence::normalize_level;
using dxaudit::testing::Analysis;
using dxaudit::testing::analyze_text;
using dxaudit::testing::AnalyzedFinding;

TEST_CASE("normalize_level: canonical spinal levels") {
  CHECK(normalize_level("l4-5") == "L4-L5");
  CHECK(normalize_level("L4-5") == "L4-L5");
  CHECK(normalize_level("l4-l5") == "L4-L5");
  CHECK(normalize_level("L5/S1") == "L5-S1");
  CHECK(normalize_level("l5-s1") == "L5-S1");
  CHECK(normalize_level("s1") == "S1");
  CHECK(normalize_level("L3") == "L3");
  CHECK(normalize_level("t12-l1") == "T12-L1");
  CHECK(normalize_level("c5-6") == "C5-C6");
  CHECK(normalize_level("L5S1") == "L5-S1");  // typed without a separator
  CHECK(normalize_level("t12l1") == "T12-L1");
  CHECK(normalize_level("L5S") == "");
}

TEST_CASE(
    "region_of_level: a junction takes the region of more of its levels, the upper on a tie") {
  using dxaudit::evidence::region_of_level;
  using dxaudit::lexicon::Region;
  CHECK(region_of_level("T12-L2") == Region::kLumbar);
  CHECK(region_of_level("T12-L1") == Region::kThoracic);
  CHECK(region_of_level("C7-T1") == Region::kCervical);
  // C8 is a root, below the last cervical vertebra: one cervical level, so a tie.
  CHECK(region_of_level("C8-T1") == Region::kCervical);
  CHECK(region_of_level("C8-T2") == Region::kThoracic);
  CHECK(region_of_level("C8") == Region::kCervical);
}

TEST_CASE("normalize_level: anything else is not a level") {
  CHECK(normalize_level("") == "");
  CHECK(normalize_level("pain") == "");
  CHECK(normalize_level("x4") == "");
  CHECK(normalize_level("l") == "");
  CHECK(normalize_level("4-5") == "");
  CHECK(normalize_level("l4-") == "");
  CHECK(normalize_level("l4-5x") == "");
  CHECK(normalize_level("l4--5") == "");
  CHECK(normalize_level("l123") == "");
  CHECK(normalize_level("l4 5") == "");
}

TEST_CASE("evidence: a side named inside the mention beats one elsewhere in the sentence") {
  auto a = analyze_text("Right knee is fine, pain shooting down the left leg.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].text == "pain shooting down the left leg");
  CHECK(a.findings[0].laterality == "left");
  // Here "right" is adjacent to the mention, "left" is inside it.
  a = analyze_text("Right sided pain shooting down the left leg.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].laterality == "left");
}

TEST_CASE("evidence: without a side in the mention, the nearest side in the sentence") {
  auto a = analyze_text("Left sided sciatica.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].concept_name == "radiculopathy");
  CHECK(a.findings[0].text == "sciatica");
  CHECK(a.findings[0].laterality == "left");

  a = analyze_text("Right hip is fine; sciatica on the left.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].laterality == "left");

  // A side in another sentence does not count.
  a = analyze_text("Left knee is swollen. Sciatica.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].laterality == "");
}

TEST_CASE("evidence: bilateral") {
  auto a = analyze_text("Bilateral leg pain.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].concept_name == "radiating_leg_pain");
  CHECK(a.findings[0].text == "Bilateral leg pain");
  CHECK(a.findings[0].laterality == "bilateral");

  a = analyze_text("Numbness in both legs.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].concept_name == "leg_paresthesia");
  CHECK(a.findings[0].laterality == "bilateral");
}

TEST_CASE("evidence: the spinal level comes from the mention or its sentence") {
  auto a = analyze_text("Radiculopathy at L5-S1.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].concept_name == "radiculopathy");
  CHECK(a.findings[0].level == "L5-S1");

  a = analyze_text("L4-5 radiculopathy on the right.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].level == "L4-L5");
  CHECK(a.findings[0].laterality == "right");

  // The nearest level wins.
  a = analyze_text("Fusion at L2-3 years ago, now radiculopathy at L5/S1.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].level == "L5-S1");

  // No level in the sentence: none (another sentence's level does not count).
  a = analyze_text("Disc bulge at L4-5. Sciatica.");
  REQUIRE(a.findings.size() == 2);
  CHECK(a.findings[0].level == "L4-L5");
  CHECK(a.findings[1].concept_name == "radiculopathy");
  CHECK(a.findings[1].level == "");
}

TEST_CASE("evidence: a level that opens a read's sentence places every finding in it") {
  // A list item of an impression: the bulge and the narrowing are at C5-6 too, not only the
  // degeneration beside the level.
  auto a = analyze_text(
      "IMPRESSION: C5-6 disc degeneration with annular bulging and mild foraminal narrowing.");
  REQUIRE(a.findings.size() == 3);
  for (const auto& f : a.findings) {
    CHECK(f.level == "C5-C6");
    CHECK(f.region == "cervical");
  }
  // "At L4-5," opens the sentence as well.
  a = analyze_text("At L4-5, there is a broad-based disc bulge with central stenosis.");
  REQUIRE(a.findings.size() == 2);
  CHECK(a.findings[0].level == "L4-L5");
  CHECK(a.findings[1].level == "L4-L5");
  CHECK(a.findings[1].region == "lumbar");
  // Another level between the opener and the finding: the opener does not reach it.
  a = analyze_text("L3-4 is normal, and L5-S1 shows facet arthropathy with a disc protrusion.");
  REQUIRE(!a.findings.empty());
  CHECK(a.findings.back().concept_name == "disc_herniation");
  CHECK(a.findings.back().level != "L3-L4");
  // Only a sentence's first word opens it: a level later in the sentence stays with its own
  // finding.
  a = analyze_text("There is a disc protrusion. Stenosis is worst at L4-5 with nothing at L2-3.");
  REQUIRE(a.findings.size() == 2);
  CHECK(a.findings[0].level == "");
}

TEST_CASE("evidence: a note whose levels name only the neck and chest is no low back note") {
  // Levels C and T, none lumbar or sacral, the cervical ones two in three: a finding with no
  // level of its own is read as cervical, not as an unknown region that counts against a
  // low back code.
  auto a = analyze_text(
      "C3-4: desiccation. C4-5: bulge. C5-6: osteophyte. C6-7: desiccation. T2-3: normal. "
      "IMPRESSION: Multilevel degenerative disc disease.");
  REQUIRE(!a.findings.empty());
  CHECK(a.findings.back().concept_name == "disc_degeneration");
  CHECK(a.findings.back().region == "cervical");
  // One lumbar level among them: the note is not kept from the low back.
  a = analyze_text(
      "C3-4: desiccation. C4-5: bulge. C5-6: osteophyte. L4-5: desiccation. "
      "IMPRESSION: Multilevel degenerative disc disease.");
  REQUIRE(!a.findings.empty());
  CHECK(a.findings.back().concept_name == "disc_degeneration");
  CHECK(a.findings.back().region == "");
}

TEST_CASE("evidence: 'L5 on S1' is the segment L5-S1") {
  auto a = analyze_text("Grade 1 spondylolisthesis of L5 on S1.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].level == "L5-S1");
  a = analyze_text("Anterolisthesis L4 on L5 with stenosis at L3-4.");
  REQUIRE(a.findings.size() == 2);
  CHECK(a.findings[0].level == "L4-L5");
  CHECK(a.findings[1].level == "L3-L4");
  // "on" followed by a non-level word changes nothing.
  a = analyze_text("Disc herniation at L5 on the left.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].level == "L5");
}

TEST_CASE("evidence: location needs more than the words 'low back pain'") {
  auto a = analyze_text("Low back pain.");
  CHECK_FALSE(a.element("location").present);
  CHECK(a.element("location").evidence.empty());

  a = analyze_text("Central low back pain.");
  REQUIRE(a.element("location").present);
  // The phrase "Central low back" and the axial_midline_pain finding, merged.
  CHECK(a.element("location").evidence == std::vector<std::string>{"Central low back pain"});

  a = analyze_text("Left lumbar paraspinal tenderness.");
  REQUIRE(a.element("location").present);
  CHECK(a.element("location").evidence == std::vector<std::string>{"Left lumbar", "paraspinal"});
  // The same sentence documents palpation (the phrase "tenderness" and the
  // paraspinal_tenderness finding, merged); nothing else from this list.
  CHECK(a.element("palpation").present);
  CHECK(a.element("palpation").evidence ==
        std::vector<std::string>{"Left lumbar paraspinal tenderness"});
  CHECK_FALSE(a.element("rom").present);
  CHECK_FALSE(a.element("justification").present);
}

TEST_CASE("evidence: naming the nonspecific diagnosis is not a justification of it") {
  auto a = analyze_text("Assessment: Nonspecific low back pain.");
  CHECK_FALSE(a.element("justification").present);
  a = analyze_text("Assessment: Findings support nonspecific low back pain.");
  REQUIRE(a.element("justification").present);
  CHECK(a.element("justification").evidence ==
        std::vector<std::string>{"Findings support nonspecific"});
  a = analyze_text("No evidence of discogenic or radicular involvement.");
  CHECK(a.element("justification").present);
}

TEST_CASE("evidence: a negated mention still documents an element") {
  auto a = analyze_text("No tenderness to palpation. Denies bowel or bladder incontinence.");
  CHECK(a.element("palpation").present);
  CHECK(a.element("palpation").evidence == std::vector<std::string>{"tenderness", "palpation"});
  CHECK(a.element("red_flag_screen").present);
  CHECK_FALSE(a.element("radicular_screen").present);
}

TEST_CASE("evidence: overlapping mentions of one concept are one finding") {
  // "radiating leg pain" (a literal) and "leg pain" (a pattern) overlap.
  auto a = analyze_text("Radiating leg pain.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].concept_name == "radiating_leg_pain");
  CHECK(a.findings[0].text == "Radiating leg pain");

  a = analyze_text("Lumbar radiculopathy.");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].text == "Lumbar radiculopathy");

  // Mentions of different concepts are kept apart, and separate mentions of one concept
  // are separate findings.
  a = analyze_text("Sciatica with numbness in the left foot; sciatica again.");
  REQUIRE(a.findings.size() == 3);
  CHECK(a.findings[0].concept_name == "radiculopathy");
  CHECK(a.findings[1].concept_name == "leg_paresthesia");
  CHECK(a.findings[1].text == "numbness in the left foot");
  CHECK(a.findings[2].concept_name == "radiculopathy");
}

TEST_CASE("is_active: the contract's definition, each condition on its own") {
  using dxaudit::context::Assertion;
  using dxaudit::context::Experiencer;
  using dxaudit::evidence::is_active;
  CHECK(is_active(Assertion{}, false));
  CHECK(is_active(Assertion{}, true));
  Assertion a;
  a.negated = true;
  CHECK_FALSE(is_active(a, false));
  CHECK_FALSE(is_active(a, true));
  a = {};
  a.uncertain = true;
  CHECK_FALSE(is_active(a, true));
  a = {};
  a.hypothetical = true;
  CHECK_FALSE(is_active(a, true));
  a = {};
  a.experiencer = Experiencer::kOther;
  CHECK_FALSE(is_active(a, true));
  // Historical: inactive, unless the past occurrence is itself the finding.
  a = {};
  a.historical = true;
  CHECK_FALSE(is_active(a, false));
  CHECK(is_active(a, true));
}

TEST_CASE("evidence: build_evidence decides active once, for every finding") {
  // A history of cancer (historical_counts) stays active in the past history; sciatica
  // there that the note says is over does not; a current cancer mention is active too.
  auto a = dxaudit::testing::analyze_text(
      "PAST MEDICAL HISTORY: Prostate cancer. Sciatica, resolved.\n\nASSESSMENT: Metastatic "
      "cancer. Denies fever.");
  std::map<std::string, std::vector<bool>> active;
  for (const auto& f : a.findings) active[f.concept_name].push_back(f.active);
  CHECK(active["cancer_history"] == std::vector<bool>{true, true});
  CHECK(active["radiculopathy"] == std::vector<bool>{false});
  CHECK(active["fever"] == std::vector<bool>{false});
}

TEST_CASE("evidence: a heading that ends a family history gives the patient back his findings") {
  // A screening header (MEDICAL SCREENING) and a title-case heading alone on its line
  // (Objective) end the family history section; before round nineteen both read as the
  // relatives'.
  auto find = [](const Analysis& a, std::string_view concept_name) -> const AnalyzedFinding* {
    for (const AnalyzedFinding& f : a.findings)
      if (f.concept_name == concept_name) return &f;
    return nullptr;
  };
  auto a = analyze_text(
      "FHx: mother - rheumatoid arthritis.\nMEDICAL SCREENING (direct access):\n"
      "Fever / chills / night sweats: denies all\n");
  const AnalyzedFinding* fever = find(a, "fever");
  REQUIRE(fever != nullptr);
  CHECK(fever->experiencer == "patient");
  CHECK(fever->negated);
  a = analyze_text(
      "Family history: father died of prostate cancer at 74.\nObjective\nT 38.2 C, HR 96.\n");
  fever = find(a, "fever");
  REQUIRE(fever != nullptr);
  CHECK(fever->experiencer == "patient");
  CHECK(fever->active);
  // An EHR template's short "Social:" and the British "O/E:" (round twenty-one) end it too.
  a = analyze_text(
      "Family History: Mother with osteoporosis. Father - colon cancer.\n"
      "Social: Former smoker, quit 2012. Denies any IV drug use.\n");
  const AnalyzedFinding* ivdu = find(a, "iv_drug_use");
  REQUIRE(ivdu != nullptr);
  CHECK(ivdu->negated);
  CHECK(ivdu->experiencer == "patient");
  a = analyze_text(
      "FHx: Mother has osteoporosis (diagnosed age 52).\n"
      "O/E: Lean. SLR 90 deg bilat, neg. Neuro LL: power 5/5, sensation normal.\n");
  const AnalyzedFinding* slr = find(a, "slr_sign");
  REQUIRE(slr != nullptr);
  CHECK(slr->experiencer == "patient");
  CHECK(slr->negated);
}
