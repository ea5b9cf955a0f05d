// Rates: what an auditor reports to a clinic, per provider, per month of service and per
// rule, read from a dxaudit store (store/store.h) by `dxaudit report` (the HTML report's
// Rates section, and `--csv-rates FILE`).
//
//   Rates rates;
//   if (!read_rates(db, &rates, &error)) fail(error);
//   for (const RateRow& r : rates.rows) use(r.scope, r.key, r.unsupported_rate());
//
// An encounter is a note's encounter_id (its note_id when it has none): notes sharing an
// encounter_id count once. M54.50 encounters are those with a verdict on M54.50 (notes
// that carry the code and were audited); the unsupported (insufficient) rate is the
// share of them on which some note's verdict is `unsupported`
// (`insufficient_documentation`). Reviewed precision is agree / (agree + false positive)
// over the current review decisions (table `reviews`: decisions marked "evidence
// changed" by a rescan do not count); needs-query decisions are counted apart. A rate
// whose denominator is 0 is absent, never 0.
//
// Rows come in this order: scope "all" (one row, key empty), "provider" (by provider,
// "(none)" for notes without one), "month" (YYYY-MM of the date of service, "(none)"),
// "rule" (by rule id, with the rule's title; encounter counts are those the rule
// flagged). Every figure is read, none recomputed from the notes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dxaudit::report {

class StoreReader;

struct RateRow {
  std::string scope;         // "all", "provider", "month", "rule"
  std::string key;           // the provider, month or rule; empty for "all"
  std::string title;         // the rule's title (scope "rule")
  int64_t encounters = 0;    // M54.50 encounters (scope "rule": flagged by the rule)
  int64_t unsupported = 0;   // of them, with an unsupported verdict
  int64_t insufficient = 0;  // of them, with an insufficient_documentation verdict
  int64_t flags = 0;
  int64_t agree = 0, false_positive = 0, needs_query = 0;  // current review decisions

  std::optional<double> unsupported_rate() const;
  std::optional<double> insufficient_rate() const;
  std::optional<double> reviewed_precision() const;
};

struct Rates {
  std::vector<RateRow> rows;
};

bool read_rates(StoreReader& db, Rates* rates, std::string* error);

// A rate as the CSV and the report write it: "0.4167" (4 decimals), "" when absent.
std::string format_rate(std::optional<double> rate);

// The rates CSV's header line (without its CRLF); docs/report.md says what each means.
inline constexpr std::string_view kRatesCsvHeader =
    "scope,key,title,m5450_encounters,unsupported,unsupported_rate,insufficient,"
    "insufficient_rate,flags,agree,false_positive,needs_query,reviewed_precision";

// One CSV line (with its CRLF) of `row`, every cell through csv_cell (report.h).
std::string rates_csv_line(const RateRow& row);

}  // namespace dxaudit::report
