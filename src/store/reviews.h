// Reviews: an auditor's decisions on flags, kept in the store with an audit trail
// (docs/report.md, review decisions; docs/sqlite-schema.md, tables `reviews` and
// `review_history`).
//
//   ReviewImport in = import_reviews("audit.sqlite", "decisions.csv");   // review import
//   ReviewExport out = export_reviews("audit.sqlite", "decisions.csv");  // review export
//
// The CSV is the one the HTML report's "Export decisions" button writes, RFC 4180 with a
// header naming the columns kReviewCsvHeader lists (in any order; other columns are
// ignored): a flag is (note_id, rule, code, evidence_begin, evidence_end) -- the flag's
// code ("" for a flag without one) and its evidence offsets as the flags CSV and the report
// give them, empty for a flag without evidence -- and its decision is agree,
// false_positive or needs_query, with the reviewer, a comment and when it was decided. A
// file of an earlier dxaudit has no code column: a row of it is the flag of its note, rule
// and offsets when those flags all have one code, and is refused when they have several
// (two INVALID_CODE flags without evidence on one note), the file then telling too little.
// A cell that dxaudit made formula-safe ("'=...") is read back without the "'". It is read
// by io::CsvRows, the reader of every CSV dxaudit takes in: the delimiter sniffed from the
// header line (a spreadsheet may save with semicolons), a byte order mark skipped, LF or
// CRLF, quoted cells holding line breaks, gzip or zstd.
//
// Callers may rely on: an import is all or nothing (one transaction). Every row is
// checked first -- that it is CSV, the header, a known decision, offsets that are
// numbers, a flag of that note, rule, code and evidence in the store, told apart from the
// others -- and every problem is reported as "FILE:LINE: what, and what to do" (LINE: the
// line the row starts on); then nothing is written. A row equal to the stored decision
// changes nothing; a new or different one becomes the current decision, and the history
// table gets a row with who decided what when, the previous decision, reviewer and time,
// when it was imported and from which FILE:LINE. A decision remembers the note text (as
// a hash) and the flag's evidence it was made on: a rescan keeps it while both are
// unchanged and marks it "evidence changed" otherwise (store/store.h). The store must be
// a dxaudit store of this schema version or of schema 5 (store::check_store): an import
// that stores decisions into one of schema 5 updates it first, in the same transaction
// (store::upgrade_schema); an export reads one as updated and changes nothing in it. The
// CSV is never written; nothing throws.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "store/store.h"

namespace dxaudit::store {

inline constexpr std::string_view kReviewCsvHeader =
    "note_id,encounter_id,rule,code,evidence_begin,evidence_end,decision,reviewer,comment,"
    "decided_at";

struct ReviewImport {
  bool ok = false;
  std::string error;       // one line per problem: "FILE:LINE: ..."
  uint64_t rows = 0;       // decision rows read
  uint64_t added = 0;      // flags decided for the first time
  uint64_t changed = 0;    // flags whose decision (reviewer, comment, time) changed
  uint64_t unchanged = 0;  // rows equal to the stored decision
  // Rows an export marked other than current ("evidence changed"): left as they were, so
  // that a re-imported export never makes a decision current that nobody took again.
  uint64_t stale = 0;
  // A store of schema 5 updated to this schema with the decisions (from = 0: none was).
  SchemaUpgrade upgraded;
};

ReviewImport import_reviews(const std::string& db, const std::string& csv);

struct ReviewExport {
  bool ok = false;
  std::string error;
  uint64_t rows = 0;
  uint64_t evidence_changed = 0;  // of them, marked "evidence changed" by a rescan
};

// Writes every stored decision (columns kReviewCsvHeader, then `status`: "current" or
// "evidence changed") through io::OutputFile ("-": standard output), formula-safe.
ReviewExport export_reviews(const std::string& db, const std::string& out);

}  // namespace dxaudit::store
