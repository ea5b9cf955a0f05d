// Summary: the one-screen account of a scan that a person reads at the end of a run.
//
// Add every record as it is written; print() lays out notes read (ok and error), findings
// (active and in all), flags by rule, and verdicts per audited code. Counts only: a
// Summary never looks back at notes, so its memory does not grow with the input.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>

#include "pipeline/analyzer.h"

namespace dxaudit::report {

class Summary {
 public:
  void add_error() {
    ++records_;
    ++errors_;
  }
  void add(const pipeline::NoteResult& result, const lexicon::Lexicon& lexicon);
  // A note taken unchanged from the store (--resume): counted as read and ok; its findings,
  // flags and verdicts are not analysed again, so they are not in the counts below.
  void add_resumed() { ++records_; }
  // Records whose note_id an earlier record of the run had (each carries a warning).
  void add_duplicate_ids(uint64_t n) { duplicate_ids_ += n; }
  // A flag added after its record (the longitudinal review).
  void add_flag(const std::string& rule) { ++flags_by_rule_[rule]; }

  uint64_t records() const { return records_; }
  uint64_t errors() const { return errors_; }
  uint64_t duplicate_ids() const { return duplicate_ids_; }

  // `output` names where the full output went ("stdout" or a path).
  void print(std::ostream& out, const std::string& output) const;

 private:
  uint64_t records_ = 0;
  uint64_t errors_ = 0;
  uint64_t duplicate_ids_ = 0;
  uint64_t findings_ = 0;
  uint64_t active_findings_ = 0;
  std::map<std::string, uint64_t> active_by_concept_;
  std::map<std::string, uint64_t> flags_by_rule_;
  std::map<std::string, std::map<std::string, uint64_t>> verdicts_;
};

}  // namespace dxaudit::report
