// The longitudinal review (audit/longitudinal.h) on hand-built encounter summaries, with
// the shipped REPEATED_UNSPECIFIED rule (90 days, 3 encounters) and strain episode (90 days).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis_support.h"
#include "audit/longitudinal.h"

using dxaudit::audit::EncounterSummary;
using dxaudit::audit::Longitudinal;
using dxaudit::audit::LongitudinalOutcome;
using dxaudit::testing::shipped_analyzer;

namespace {

EncounterSummary enc(uint64_t record, const std::string& patient, const std::string& date,
                     std::vector<std::string> codes, std::vector<std::string> episodic = {}) {
  EncounterSummary e;
  e.record = record;
  e.patient_id = patient;
  e.date = date.empty() ? 0 : *dxaudit::codes::parse_date(date);
  e.codes = std::move(codes);
  e.episodic_rules = std::move(episodic);
  return e;
}

// Records that get REPEATED_UNSPECIFIED, and records whose strain flag is subsequent.
struct Resolved {
  std::vector<uint64_t> repeated;
  std::vector<uint64_t> subsequent;
  std::vector<std::string> messages;
};

Resolved run(const std::vector<EncounterSummary>& encounters) {
  Longitudinal review(shipped_analyzer().audit_model());
  for (const auto& e : encounters) review.add(e);
  Resolved r;
  uint64_t last = 0;
  bool first = true;
  review.resolve([&](const LongitudinalOutcome& o) {
    CHECK((first || o.record > last));  // record order
    first = false;
    last = o.record;
    for (const auto& f : o.flags) {
      CHECK(f.rule == "REPEATED_UNSPECIFIED");
      r.repeated.push_back(o.record);
      r.messages.push_back(f.message);
    }
    for (const auto& s : o.subsequent_rules) {
      CHECK(s == "M5450_UNSUPPORTED_STRAIN");
      r.subsequent.push_back(o.record);
    }
  });
  return r;
}

using R = std::vector<uint64_t>;
const std::vector<std::string> kM5450{"M54.50"};

}  // namespace

TEST_CASE("longitudinal: day numbers") {
  using dxaudit::audit::day_number;
  CHECK(day_number(19700101) == 0);
  CHECK(day_number(20250101) - day_number(20241001) == 92);
  CHECK(day_number(20240301) - day_number(20240228) == 2);  // leap year
}

TEST_CASE("longitudinal: the 3rd M54.50 encounter within 90 days, in date order") {
  // Added out of date order; the flag goes to the 3rd by date.
  auto r = run({enc(0, "p", "2025-03-01", kM5450), enc(1, "p", "2025-01-01", kM5450),
                enc(2, "p", "2025-02-01", kM5450)});
  CHECK(r.repeated == R{0});
  REQUIRE(r.messages.size() == 1);
  CHECK(r.messages[0].find("3 encounters of this patient within 90 days (2025-01-01, "
                           "2025-02-01 and 2025-03-01)") != std::string::npos);
  // Two only: nothing.
  CHECK(
      run({enc(0, "p", "2025-01-01", kM5450), enc(1, "p", "2025-02-01", kM5450)}).repeated.empty());
  // Window: day 90 is inside, day 91 outside.
  CHECK(run({enc(0, "p", "2025-01-01", kM5450), enc(1, "p", "2025-02-01", kM5450),
             enc(2, "p", "2025-04-01", kM5450)})  // 90 days after 2025-01-01
            .repeated == R{2});
  CHECK(run({enc(0, "p", "2025-01-01", kM5450), enc(1, "p", "2025-02-01", kM5450),
             enc(2, "p", "2025-04-02", kM5450)})  // 91 days
            .repeated.empty());
  // Patients are separate; no patient or no date takes no part.
  CHECK(run({enc(0, "p", "2025-01-01", kM5450), enc(1, "q", "2025-01-02", kM5450),
             enc(2, "p", "2025-01-03", kM5450), enc(3, "", "2025-01-03", kM5450),
             enc(4, "p", "", kM5450)})
            .repeated.empty());
}

TEST_CASE("longitudinal: a more specific low back code in between breaks the run") {
  CHECK(run({enc(0, "p", "2025-01-01", kM5450), enc(1, "p", "2025-01-10", {"M54.42"}),
             enc(2, "p", "2025-01-20", kM5450), enc(3, "p", "2025-01-30", kM5450)})
            .repeated.empty());
  // An unrelated code does not.
  CHECK(run({enc(0, "p", "2025-01-01", kM5450), enc(1, "p", "2025-01-10", {"I10"}),
             enc(2, "p", "2025-01-20", kM5450), enc(3, "p", "2025-01-30", kM5450)})
            .repeated == R{3});
  // Nor does a specific code after the encounter; the encounter carrying one is not flagged.
  CHECK(
      run({enc(0, "p", "2025-01-01", kM5450), enc(1, "p", "2025-01-10", kM5450),
           enc(2, "p", "2025-01-20", {"M54.50", "M51.16"}), enc(3, "p", "2025-01-30", {"M51.16"})})
          .repeated.empty());
  // A 4th in a row is flagged too.
  CHECK(run({enc(0, "p", "2025-01-01", kM5450), enc(1, "p", "2025-01-10", kM5450),
             enc(2, "p", "2025-01-20", kM5450), enc(3, "p", "2025-01-30", kM5450)})
            .repeated == R{2, 3});
}

TEST_CASE("longitudinal: strain initial vs subsequent encounter of the episode") {
  const std::vector<std::string> kStrain{"M5450_UNSUPPORTED_STRAIN"};
  // The later encounter of the same patient within 90 days is subsequent.
  CHECK(
      run({enc(0, "p", "2025-03-17", kM5450, kStrain), enc(1, "p", "2025-03-03", kM5450, kStrain)})
          .subsequent == R{0});
  // An earlier S39.012A encounter opens the episode too.
  CHECK(run({enc(0, "p", "2025-03-03", {"S39.012A"}), enc(1, "p", "2025-03-10", kM5450, kStrain)})
            .subsequent == R{1});
  // Same day, another patient, or more than 90 days later: initial.
  CHECK(
      run({enc(0, "p", "2025-03-03", kM5450, kStrain), enc(1, "p", "2025-03-03", kM5450, kStrain)})
          .subsequent.empty());
  CHECK(
      run({enc(0, "p", "2025-03-03", kM5450, kStrain), enc(1, "q", "2025-03-10", kM5450, kStrain)})
          .subsequent.empty());
  CHECK(
      run({enc(0, "p", "2025-03-03", kM5450, kStrain), enc(1, "p", "2025-06-02", kM5450, kStrain)})
          .subsequent.empty());  // 91 days
  // An earlier visit without the strain does not.
  CHECK(run({enc(0, "p", "2025-03-01", {"I10"}), enc(1, "p", "2025-03-10", kM5450, kStrain)})
            .subsequent.empty());
}
