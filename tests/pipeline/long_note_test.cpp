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
  CHECK(a.flags.empty());
}
