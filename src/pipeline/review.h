// What a run decides across its records, at the record's end, shared by every runner: the
// longitudinal review's two ends -- what it needs of an analysed record (review_summary)
// and what its outcome does to the record (apply_review) -- and the warning a record gets
// when an earlier record of the run had its note_id. The scan runner (pipeline/scan.h)
// calls them; so does the Python module's distributed scan (python/, docs/distributed.md)
// on its workers, so that both write the same records.
//
//   audit::Longitudinal review(analyzer.audit_model());
//   review.add(review_summary(index, record));        // every analysed record
//   review.resolve([&](const audit::LongitudinalOutcome& o) { apply_review(o, &rec[o.record]); });
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

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

// The warning of a record whose note_id the record at input position `first_record`
// (0-based) had first, at `first_line` (saturated to 32 bits) of input `first_file`.
std::string repeated_note_id_warning(uint64_t first_record, std::string_view first_file,
                                     uint64_t first_line);

}  // namespace dxaudit::pipeline
