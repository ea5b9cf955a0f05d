// Longitudinal review: the checks that need every encounter of a patient, in date order.
//
//   Longitudinal review(model);
//   review.add({record_index, patient_id, date, codes, episodic_rules});  // any order
//   ...                                                                 // whole input
//   review.resolve([&](const LongitudinalOutcome& o) { ... });          // record order
//
// It evaluates the `kind=repeated` rules of models/ (REPEATED_UNSPECIFIED: the 3rd or
// later encounter carrying M54.50 within 90 days with no more specific low back code in
// between) and decides, for a rule with encounter-dependent suggestions (`episode=` on
// the rule, `encounter=` in suggest.model), whether a record is the initial encounter of
// the episode or a subsequent one (S39.012A vs S39.012D).
//
// What callers may rely on: it keeps one small EncounterSummary per record (patient id,
// date, canonical codes, rule ids; never note text), so memory grows with the number of
// records, not their size. Encounters are ordered by date, then by input position; a
// record without patient_id or without a valid date takes part in nothing. Nothing here
// depends on the order add() is called in, so a parallel scan may add out of order, but
// add() is not synchronised: call it from one thread (the ordered, serial stage of a
// pipeline) or guard it.
// resolve() reports every record that has something to change, in record order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "codes/codes.h"

namespace dxaudit::audit {

struct EncounterSummary {
  uint64_t record = 0;  // input position (0-based), the output order
  std::string patient_id;
  codes::Date date = 0;
  std::vector<std::string> codes;           // canonical codes assigned
  std::vector<std::string> episodic_rules;  // rules that fired with encounter-dependent suggestions
};

struct LongitudinalOutcome {
  uint64_t record = 0;
  std::vector<Flag> flags;                    // flags to add (kind=repeated rules)
  std::vector<std::string> subsequent_rules;  // episodic rules on a subsequent encounter
};

// Days since 1970-01-01 of a yyyymmdd date.
int64_t day_number(codes::Date date);

class Longitudinal {
 public:
  explicit Longitudinal(const AuditModel& model) : model_(model) {}

  void add(EncounterSummary summary);

  // Calls `emit` once for each record with flags to add or episodic rules to switch to
  // their subsequent-encounter form, in record order.
  void resolve(const std::function<void(const LongitudinalOutcome&)>& emit) const;

 private:
  const AuditModel& model_;
  std::vector<EncounterSummary> encounters_;
};

}  // namespace dxaudit::audit
