#include "report/rates.h"

#include <cstdio>
#include <map>
#include <string>

#include "report/report.h"
#include "report/store_reader.h"

namespace dxaudit::report {

namespace {

std::optional<double> ratio(int64_t part, int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

// An encounter, as SQL over notes n: a patient's encounter_id (two patients' encounters
// of one id, from two sources, are two), else the note itself; the prefixes keep an
// encounter_id apart from a note_id of the same text.
constexpr const char* kEncounter =
    "(CASE WHEN n.encounter_id IS NULL THEN 'n' || n.note_id ELSE 'e' || "
    "coalesce(n.patient_id, '') || char(31) || n.encounter_id END)";

// Per encounter (kEncounter) and group: whether some note of it
// has an unsupported and an insufficient M54.50 verdict. `group` is a SQL expression over
// notes n.
std::string encounter_sql(const std::string& group) {
  return "SELECT g, count(*), sum(unsupported), sum(insufficient) FROM (SELECT " + group +
         " AS g, " + std::string(kEncounter) +
         " AS encounter, "
         "max(v.verdict = 'unsupported') AS unsupported, "
         "max(v.verdict = 'insufficient_documentation') AS insufficient "
         "FROM verdicts v JOIN notes n USING (note_id) WHERE v.code = 'M54.50' "
         "GROUP BY g, encounter) GROUP BY g ORDER BY g";
}

std::string flags_sql(const std::string& group) {
  return "SELECT " + group + " AS g, count(*) FROM flags f JOIN notes n USING (note_id) " +
         "GROUP BY g ORDER BY g";
}

std::string reviews_sql(const std::string& group) {
  return "SELECT " + group +
         " AS g, sum(r.decision = 'agree'), sum(r.decision = 'false_positive'), "
         "sum(r.decision = 'needs_query') FROM reviews r LEFT JOIN notes n USING (note_id) "
         "WHERE r.status = 'current' GROUP BY g ORDER BY g";
}

}  // namespace

std::optional<double> RateRow::unsupported_rate() const {
  return ratio(unsupported, encounters);
}
std::optional<double> RateRow::insufficient_rate() const {
  return ratio(insufficient, encounters);
}
std::optional<double> RateRow::reviewed_precision() const {
  return ratio(agree, agree + false_positive);
}

std::string format_rate(std::optional<double> rate) {
  if (!rate) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", *rate);
  return buf;
}

bool read_rates(StoreReader& db, Rates* rates, std::string* error) {
  const bool has_reviews = db.has_table("reviews");
  struct Scope {
    const char* name;
    std::string group;  // SQL: the key of a row, over notes n (and flags f, reviews r)
  };
  const Scope scopes[] = {
      {"all", "''"},
      {"provider", "coalesce(n.provider, '(none)')"},
      {"month", "coalesce(substr(n.encounter_date, 1, 7), '(none)')"},
      {"rule", ""},
  };
  for (const Scope& scope : scopes) {
    std::map<std::string, RateRow> rows;
    auto row = [&](const std::string& key) -> RateRow& {
      RateRow& r = rows[key];
      r.scope = scope.name;
      r.key = key;
      return r;
    };
    const bool by_rule = scope.group.empty();
    // By rule: the M54.50 encounters a rule flagged, the flags and decisions on it.
    const std::string encounters =
        by_rule ? "SELECT f.rule, count(DISTINCT " + std::string(kEncounter) +
                      "), count(DISTINCT CASE WHEN v.verdict = 'unsupported' THEN " + kEncounter +
                      " END), count(DISTINCT CASE WHEN v.verdict = 'insufficient_documentation' "
                      "THEN " +
                      kEncounter +
                      " END) FROM flags f JOIN notes n USING (note_id) JOIN verdicts v ON "
                      "v.note_id = f.note_id AND v.code = 'M54.50' GROUP BY f.rule ORDER BY "
                      "f.rule"
                : encounter_sql(scope.group);
    const std::string flags =
        by_rule ? "SELECT rule, count(*), max(title) FROM flags GROUP BY rule ORDER BY rule"
                : flags_sql(scope.group);
    const std::string reviews = reviews_sql(by_rule ? "r.rule" : scope.group);
    bool ok = db.query(encounters.c_str(), {}, [&](sqlite3_stmt* st) {
      RateRow& r = row(column_text(st, 0));
      r.encounters = column_number(st, 1);
      r.unsupported = column_number(st, 2);
      r.insufficient = column_number(st, 3);
    }) && db.query(flags.c_str(), {}, [&](sqlite3_stmt* st) {
      RateRow& r = row(column_text(st, 0));
      r.flags = column_number(st, 1);
      if (by_rule) r.title = column_text(st, 2);
    });
    if (ok && has_reviews)
      ok = db.query(reviews.c_str(), {}, [&](sqlite3_stmt* st) {
        // A decision on a note no longer in the store has no provider or month: "(none)".
        RateRow& r = row(column_text(st, 0));
        r.agree = column_number(st, 1);
        r.false_positive = column_number(st, 2);
        r.needs_query = column_number(st, 3);
      });
    if (!ok) {
      *error = "reading rates: " + db.error();
      return false;
    }
    if (std::string_view(scope.name) == "all") row("");  // always one row, if all zero
    for (auto& [key, r] : rows) rates->rows.push_back(std::move(r));
  }
  return true;
}

std::string rates_csv_line(const RateRow& r) {
  std::string line = csv_cell(r.scope) + "," + csv_cell(r.key) + "," + csv_cell(r.title);
  for (const std::string& cell :
       {std::to_string(r.encounters), std::to_string(r.unsupported),
        format_rate(r.unsupported_rate()), std::to_string(r.insufficient),
        format_rate(r.insufficient_rate()), std::to_string(r.flags), std::to_string(r.agree),
        std::to_string(r.false_positive), std::to_string(r.needs_query),
        format_rate(r.reviewed_precision())})
    line += "," + cell;
  return line + "\r\n";
}

}  // namespace dxaudit::report
