// The longitudinal review's two ends for one record, shared by every runner of it: what
// the review needs of an analysed record (review_summary), and what its outcome does to
// the record (apply_review). The scan runner (pipeline/scan.h) calls them around
// audit::Longitudinal; the Python module's distributed scan (python/, docs/distributed.md)
// calls the same functions on its workers, so both write the same records.
//
//   audit::Longitudinal review(analyzer.audit_model());
//   review.add(review_summary(index, record));        // every analysed record
//   review.resolve([&](const audit::LongitudinalOutcome& o) { apply_review(o, &rec[o.record]); });
#pragma once

#include <cstdint>

#include "audit/longitudinal.h"
#include "pipeline/record.h"

namespace dxaudit::pipeline {

// What the longitudinal review needs of an analysed (ok) record at input position `index`:
// patient, date, the well-formed codes, the episodic rules that fired. An encounter
// without codes can take part in nothing (runners may skip it).
audit::EncounterSummary review_summary(uint64_t index, const NoteRecord& record);

// Applies what the review decided for *record: episodic flags of the rules it names take
// their subsequent-encounter version, and its flags follow the record's own
// (NoteRecord::review_flags counts them).
void apply_review(const audit::LongitudinalOutcome& outcome, NoteRecord* record);

}  // namespace dxaudit::pipeline
