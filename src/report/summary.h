// Summary: the one-screen account of a scan that a person reads at the end of a run.
//
//   report::Summary summary(analyzer);          // a RecordSink: give it to pipeline::scan()
//   ... scan ...
//   summary.add_duplicate_ids(outcome.duplicate_ids);
//   summary.print(std::cerr, "audit.jsonl");
//
// It counts every record it is given: notes read (ok and error), error records by kind,
// notes without any code, dates that could not be read, findings (active and in all), flags
// by rule, and verdicts per audited code. A record resumed from a checkpoint
// (--resume) counts as read and ok, and only the flags the longitudinal review gave it
// this run count: its findings, flags and verdicts were not analysed again. Counts only:
// a Summary never looks back at records, so its memory does not grow with the input.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>

#include "pipeline/analyzer.h"
#include "pipeline/record_sink.h"

namespace dxaudit::report {

class Summary : public pipeline::RecordSink {
 public:
  explicit Summary(const pipeline::Analyzer& analyzer) : analyzer_(analyzer) {}

  bool write(const pipeline::NoteRecord& record, std::string_view rendered) override;
  // Records whose note_id an earlier record of the run had (each carries a warning).
  void add_duplicate_ids(uint64_t n) { duplicate_ids_ += n; }

  uint64_t records() const { return records_; }
  uint64_t errors() const { return errors_; }
  uint64_t duplicate_ids() const { return duplicate_ids_; }
  // ok records whose encounter_date is not a date (ambiguous or unreadable: each has a
  // warning, and its codes were checked without a date).
  uint64_t unreadable_dates() const { return unreadable_dates_; }

  // `output` names where the full output went ("stdout" or a path).
  void print(std::ostream& out, const std::string& output) const;

  // Error records of one kind: how many, and the first one's position and message.
  struct ErrorKindCount {
    uint64_t count = 0;
    io::InputPosition first;
    std::string first_message;
  };
  const std::map<std::string, ErrorKindCount>& error_kinds() const { return error_kinds_; }
  // Ok records without any code (metadata, claims or written in the text): nothing was
  // audited for them.
  uint64_t uncoded_notes() const { return uncoded_; }
  // Ok records whose text is empty or white space (each has pipeline::kEmptyTextWarning).
  uint64_t empty_texts() const { return empty_texts_; }
  // What every scan says beside its reconciliation line, one line each, prefixed with
  // `prefix`: the error records by kind ("3 malformed_json error records, the first at
  // notes.jsonl:7: MESSAGE"), "N notes had an empty text ..." and "N notes carried no
  // code: nothing was audited for them" when N > 0, with the field that holds their codes
  // when one does (uncoded_code_field()).
  void print_account(std::ostream& out, const std::string& prefix) const;
  // The meta field that holds nothing but ICD-10-CM codes in at least half of the notes
  // that carried no code (the first kCodeFieldSample of them), or empty.
  std::string uncoded_code_field() const;

 private:
  void note_code_fields(const std::string& meta_json);
  const pipeline::Analyzer& analyzer_;
  uint64_t records_ = 0;
  uint64_t errors_ = 0;
  uint64_t duplicate_ids_ = 0;
  uint64_t unreadable_dates_ = 0;
  uint64_t findings_ = 0;
  uint64_t active_findings_ = 0;
  uint64_t uncoded_ = 0;
  uint64_t empty_texts_ = 0;
  // Among the first kCodeFieldSample notes that carried no code (uncoded_sampled_), by
  // meta field: how many hold nothing but ICD-10-CM codes in it. A codes column under a
  // name no synonym knows ("ICD10 Dx") leaves every note unaudited; print_account() then
  // names it and the --map that reads it.
  static constexpr uint64_t kCodeFieldSample = 1000;
  uint64_t uncoded_sampled_ = 0;
  std::map<std::string, uint64_t> code_fields_;
  std::map<std::string, ErrorKindCount> error_kinds_;
  std::map<std::string, uint64_t> active_by_concept_;
  std::map<std::string, uint64_t> flags_by_rule_;
  std::map<std::string, std::map<std::string, uint64_t>> verdicts_;
};

}  // namespace dxaudit::report
