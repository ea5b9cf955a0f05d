#include "pipeline/review.h"

#include <algorithm>

namespace dxaudit::pipeline {

audit::EncounterSummary review_summary(uint64_t index, const NoteRecord& r) {
  audit::EncounterSummary s;
  s.record = index;
  s.patient_id = r.patient_id;
  if (auto d = codes::parse_date(r.encounter_date)) s.date = *d;
  for (const RecordCode& c : r.codes)
    if (c.well_formed) s.codes.push_back(c.code);
  for (const audit::Flag& f : r.flags)
    if (f.episodic) s.episodic_rules.push_back(f.rule);
  return s;
}

void apply_review(const audit::LongitudinalOutcome& o, NoteRecord* r) {
  for (audit::Flag& f : r->flags)
    if (f.episodic && std::find(o.subsequent_rules.begin(), o.subsequent_rules.end(), f.rule) !=
                          o.subsequent_rules.end()) {
      f.suggest = f.subsequent_suggest;
      f.message = f.subsequent_message;
    }
  r->flags.insert(r->flags.end(), o.flags.begin(), o.flags.end());
  r->review_flags = static_cast<uint32_t>(o.flags.size());
}

std::string repeated_note_id_warning(uint64_t first_record, std::string_view first_file,
                                     uint64_t first_line) {
  return "note_id is not unique in this run: record " + std::to_string(first_record + 1) + " (" +
         std::string(first_file) + " line " +
         std::to_string(std::min<uint64_t>(first_line, UINT32_MAX)) + ") has the same note_id";
}

}  // namespace dxaudit::pipeline
