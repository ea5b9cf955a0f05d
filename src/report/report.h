// report: what `dxaudit report` writes from a scan's SQLite store (store/store.h), for
// people: one self-contained HTML file and a CSV worklist of flags.
//
//   ReportOptions o;
//   o.db = "audit.sqlite"; o.html = "report.html"; o.csv = "flags.csv";
//   ReportOutcome r = write_report(o);
//   if (!r.ok) fail(r.error);
//
// The HTML (templates under src/report/templates/, rendered with mstch, embedded in the
// binary) needs no network: inline CSS, JS and SVG. It holds a summary (notes scanned,
// M54.50 verdicts, flags by rule, severity, provider and month as SVG bar charts), the
// rates, a worklist of flags with review decisions, a note view, a timeline per patient
// of a flagged note, the records in error (with a note_id or without, where each was
// read), and the runs that wrote the store. The flagged notes (up to
// max_notes, the most severe first) are embedded as compressed data
// (report/report_data.h) that the page's script renders a page of the worklist at a
// time and a note when it is opened, with DOM text nodes only; every other string from
// the store is HTML-escaped; invalid UTF-8 is shown as U+FFFD.
//
// The CSV is RFC 4180 (CRLF, quotes doubled), one row per flag, with the columns of
// kFlagsCsvHeader: those of earlier versions first, in their order, then what a billing
// system joins and reads (encounter id, where the code came from, the code's verdict, the
// rule's title, the evidence quoted and where it is, the review decision). A cell starting with
// '=', '+', '-',
// '@', a tab or a carriage return is prefixed with "'" so that a spreadsheet never runs it
// as a formula. `excel` adds a UTF-8 byte order mark.
//
// The rates (report/rates.h: M54.50 encounters, unsupported and insufficient rates per
// provider and month, reviewed precision per rule) are a section of the HTML and, with
// `csv_rates`, a CSV of their own. Every output goes through io::OutputFile ("-" is
// standard output); none may be the database or another of them.
//
// The report reads the store only; it recomputes nothing the scan concluded.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dxaudit::report {

struct ReportOptions {
  std::string db;         // the SQLite store written by `dxaudit scan --db`
  std::string html;       // empty: no HTML
  std::string csv;        // empty: no CSV
  std::string csv_rates;  // empty: no rates CSV (report/rates.h)
  bool excel = false;
  // Flagged notes in the worklist and with a view: the most severe first, then by date.
  // 0: all. The summary and the CSV always cover every note and flag.
  size_t max_notes = 2000;
};

// One scan that wrote into the store (table `runs`, docs/sqlite-schema.md): its
// provenance and counts. `ended` is empty for a run that never finished (killed).
struct StoredRun {
  int64_t run = 0;
  std::string version, data_fingerprint, data_dir, command_line, started, ended;
  int64_t read = 0, ok = 0, errors = 0, resumed = 0, uncoded = 0, exit_status = 0;
  // One line: "run 2, 2026-11-28T10:00:01Z to ...: dxaudit 0.1.0, data 1a2b... (DIR),
  // 9 records read = 9 ok + 0 error, ..., exit 0: COMMAND LINE".
  std::string describe() const;
};

struct ReportOutcome {
  bool ok = false;
  std::string error;
  uint64_t notes = 0;           // notes in the store
  uint64_t errors = 0;          // records in error: notes, and those without a note_id
  uint64_t flagged_notes = 0;   // notes with at least one flag
  uint64_t shown_notes = 0;     // of those, in the worklist (max_notes at most)
  uint64_t flags = 0;           // flags (= CSV rows)
  std::vector<StoredRun> runs;  // every run recorded in the store, oldest first

  // The store's last scan never finished (stopped, or still running): its notes are mixed
  // with earlier runs'. The page says so at its top, and `dxaudit report` exits 1.
  bool last_run_unfinished() const { return !runs.empty() && runs.back().ended.empty(); }
};

ReportOutcome write_report(const ReportOptions& options);

// Records in error the page lists (the first, by file and line); its summary counts all.
inline constexpr size_t kShownErrors = 1000;

// The flags CSV's header line (without its CRLF); docs/report.md says what each means.
inline constexpr std::string_view kFlagsCsvHeader =
    "note,patient,provider,date,code,rule,severity,message,suggestions,encounter_id,code_source,"
    "verdict,rule_title,evidence,evidence_begin,evidence_end,review_decision";

// `s` with & < > " ' as entities and invalid UTF-8 bytes as U+FFFD.
std::string html_escape(std::string_view s);

// One CSV cell: neutralised when it starts like a formula, quoted when it must be.
std::string csv_cell(std::string_view s);

}  // namespace dxaudit::report
