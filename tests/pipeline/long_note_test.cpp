// A note without sentence breaks (a log or a template dump pasted into a note) must cost
// time in proportion to its length: every per-mention look-up is bounded. If that breaks,
// this test stops finishing within ctest's timeout rather than silently slowing scans.
#include <doctest/doctest.h>

#include <string>

#include "analysis_support.h"

using dxaudit::testing::analyze_text;

TEST_CASE("a 1 MB note that is one long sentence is analysed in full") {
  const std::string unit = "denies left leg pain and numbness in the right foot, ";
  constexpr size_t kRepeats = 20000;
  std::string text;
  text.reserve(unit.size() * kRepeats);
  for (size_t i = 0; i < kRepeats; ++i) text += unit;
  REQUIRE(text.size() > 1000000);

  auto a = analyze_text(text, {"M54.50"});
  REQUIRE(a.findings.size() == 2 * kRepeats);
  for (size_t i = 0; i < a.findings.size(); ++i) {
    const auto& f = a.findings[i];
    INFO("finding " << i);
    CHECK(f.concept_name == (i % 2 == 0 ? "radiating_leg_pain" : "leg_paresthesia"));
    CHECK(f.laterality == (i % 2 == 0 ? "left" : "right"));
    // Each unit's own "denies" negates it; nothing in the note is affirmed.
    CHECK(f.negated);
    if (!f.negated) break;
  }
  // Nothing affirmed: only documentation flags, and the note documents no back pain at all.
  for (const auto& f : a.flags)
    CHECK((f.rule.rfind("MISSING_", 0) == 0 || f.rule == "M5450_NO_LOW_BACK_PAIN"));
}

TEST_CASE("a 1 MB note of affirmed findings gets one flag that quotes three and counts the rest") {
  const std::string units[] = {"Pain shooting down the left leg. ", "+SLR on the left. ",
                               "Numbness in the left foot. "};
  constexpr size_t kRepeats = 10000;
  std::string text;
  for (size_t i = 0; i < kRepeats; ++i) text += units[i % 3];
  auto a = analyze_text(text, {"M54.50"});
  REQUIRE(a.flags.size() >= 1);  // and MISSING_*: nothing else is documented
  const auto& flag = a.flags[0];
  CHECK(flag.rule == "M5450_UNSUPPORTED_RADICULAR");
  CHECK(flag.evidence.size() == kRepeats);
  CHECK(flag.message.find("'Pain shooting down the left leg', '+SLR' and 'Numbness in the left "
                          "foot' (and 9997 more mentions)") != std::string::npos);
  CHECK(flag.suggest == std::vector<std::string>{"M54.42"});
}
