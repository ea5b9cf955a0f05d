#include "report/report.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mstch/mstch.hpp>
#include <optional>
#include <set>
#include <vector>

#include "audit/audit.h"
#include "io/csv_text.h"
#include "io/output_file.h"
#include "io/utf8.h"
#include "report/rates.h"
#include "report/report_data.h"
#include "report/store_reader.h"
#include "report/templates.h"

namespace dxaudit::report {

namespace {

std::string col(sqlite3_stmt* st, int i) {
  return column_text(st, i);
}

int64_t num(sqlite3_stmt* st, int i) {
  return column_number(st, i);
}

// Severities rank in the order of audit::Severity, the most severe first; a stored
// severity that is none of them ranks last.
int severity_rank(std::string_view s) {
  std::optional<audit::Severity> severity = audit::kSeverityNames.find(s);
  return static_cast<int>(severity ? static_cast<size_t>(*severity) : audit::kSeverityNames.size());
}

// The same rank in SQL, of the column `column`.
std::string severity_rank_sql(std::string_view column) {
  std::string sql = "CASE " + std::string(column);
  for (size_t i = 0; i < audit::kSeverityNames.size(); ++i)
    sql += " WHEN '" + std::string(audit::kSeverityNames.names[i]) + "' THEN " + std::to_string(i);
  return sql + " ELSE " + std::to_string(audit::kSeverityNames.size()) + " END";
}

// ---- the note text with its findings marked ---------------------------------------

void append_escaped(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    switch (c) {
      case '&':
        *out += "&amp;";
        break;
      case '<':
        *out += "&lt;";
        break;
      case '>':
        *out += "&gt;";
        break;
      case '"':
        *out += "&quot;";
        break;
      case '\'':
        *out += "&#39;";
        break;
      default: {
        if (static_cast<unsigned char>(c) < 0x80) {
          out->push_back(c);
          break;
        }
        char32_t cp;
        size_t len = io::decode_utf8(s, i, &cp);
        if (cp == io::kInvalidCodePoint)
          *out += "\xEF\xBF\xBD";
        else
          out->append(s.data() + i, len);
        i += len;
        continue;
      }
    }
    ++i;
  }
}

// ---- charts -----------------------------------------------------------------------

// One CSS class of a bar: the prefix and its label ("verdict-unsupported"), every byte
// but a letter, digit, '-' or '_' made '_', so that a label from the data (a provider
// named "Dr Lee verdict-supported") is never classes of its own.
std::string class_token(std::string s) {
  for (char& c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') c = '_';
  return s;
}

mstch::map bar_chart(const std::string& title,
                     const std::vector<std::pair<std::string, int64_t>>& rows,
                     const std::string& cls_prefix) {
  int64_t max = 1;
  for (const auto& r : rows) max = std::max(max, r.second);
  mstch::array bars;
  int y = 0;
  for (const auto& [label, count] : rows) {
    int width = static_cast<int>(count * 280 / max);
    bars.push_back(mstch::map{{"label", label},
                              {"count", std::to_string(count)},
                              {"y", std::to_string(y)},
                              {"width", std::to_string(std::max(width, 1))},
                              {"tx", std::to_string(254 + width)},
                              {"cls", class_token(cls_prefix + label)}});
    y += 24;
  }
  return mstch::map{{"title", title},
                    {"bars", bars},
                    {"empty", rows.empty()},
                    {"height", std::to_string(std::max(y, 24))}};
}

std::string bad_utf8_to_fffd(const std::string& s) {
  if (io::is_valid_utf8(s)) return s;
  std::string out;
  io::append_repaired_utf8(s, &out);
  return out;
}

// The Rates section: one table per scope but "all", whose figures head the section.
mstch::map rate_tables(const Rates& rates) {
  auto cells = [](const RateRow& r) {
    return mstch::map{{"key", bad_utf8_to_fffd(r.key)},
                      {"title", bad_utf8_to_fffd(r.title)},
                      {"encounters", std::to_string(r.encounters)},
                      {"unsupported", std::to_string(r.unsupported)},
                      {"unsupported_rate", format_rate(r.unsupported_rate())},
                      {"insufficient", std::to_string(r.insufficient)},
                      {"insufficient_rate", format_rate(r.insufficient_rate())},
                      {"flags", std::to_string(r.flags)},
                      {"agree", std::to_string(r.agree)},
                      {"false_positive", std::to_string(r.false_positive)},
                      {"needs_query", std::to_string(r.needs_query)},
                      {"precision", format_rate(r.reviewed_precision())}};
  };
  mstch::map all;
  mstch::array provider, month, rule;
  for (const RateRow& r : rates.rows) {
    if (r.scope == "all") all = cells(r);
    if (r.scope == "provider") provider.push_back(cells(r));
    if (r.scope == "month") month.push_back(cells(r));
    if (r.scope == "rule") rule.push_back(cells(r));
  }
  return mstch::map{{"all", all},
                    {"tables", mstch::array{mstch::map{{"heading", std::string("Provider")},
                                                       {"id", std::string("rates-provider")},
                                                       {"rows", provider}},
                                            mstch::map{{"heading", std::string("Month")},
                                                       {"id", std::string("rates-month")},
                                                       {"rows", month}}}},
                    {"rules", rule}};
}

}  // namespace

std::string StoredRun::describe() const {
  std::string d = "run " + std::to_string(run) + ", " + started + " to " +
                  (ended.empty() ? "(never finished)" : ended) + ": dxaudit " + version +
                  ", data " + data_fingerprint + " (" + data_dir + ")";
  if (!ended.empty())
    d += ", " + std::to_string(read) + " records read = " + std::to_string(ok) + " ok + " +
         std::to_string(errors) + " error, " + std::to_string(resumed) + " resumed, " +
         std::to_string(uncoded) + " without a code, exit " + std::to_string(exit_status);
  return d + ": " + command_line;
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_escaped(s, &out);
  return out;
}

std::string csv_cell(std::string_view s) {
  return io::csv_cell(s);
}

ReportOutcome write_report(const ReportOptions& options) {
  ReportOutcome outcome;
  StoreReader db;
  if (!db.open(options.db, &outcome.error)) return outcome;
  // The outputs: never the database itself, nor each other; checked before any is written.
  io::InputFiles inputs;
  inputs.add_database(options.db);
  struct Output {
    const std::string& path;
    const char* option;
    io::OutputTarget target;
  };
  Output outputs[] = {{options.html, "--html", {}},
                      {options.csv, "--csv", {}},
                      {options.csv_rates, "--csv-rates", {}}};
  for (size_t i = 0; i < std::size(outputs); ++i) {
    Output& o = outputs[i];
    if (o.path.empty()) continue;
    if (!io::resolve_output(o.path, inputs, &o.target, &outcome.error)) return outcome;
    for (size_t j = 0; j < i; ++j)
      if (!outputs[j].path.empty() && io::same_target(outputs[j].target, o.target)) {
        outcome.error =
            o.path + ": is the " + outputs[j].option + " output too; give each its own file";
        return outcome;
      }
  }
  auto failed = [&](const char* what) {
    outcome.error = options.db + ": " + what + ": " + db.error();
    return outcome;
  };
  // Each output is written whole and finished before any replaces its file, so that a
  // report that fails (a full disk, a template missing) leaves every previous file as it
  // was (io/output_file.h, OutputFile::finish).
  io::OutputFile csv_file, rates_file, html_file;
  auto commit_all = [&]() {
    for (io::OutputFile* f : {&csv_file, &rates_file, &html_file})
      if (f->finished() && !f->commit(&outcome.error)) return outcome;
    outcome.ok = true;
    return outcome;
  };

  // Summary figures.
  int64_t notes = 0, errors = 0;
  if (!db.query("SELECT count(*), coalesce(sum(status = 'error'), 0) FROM notes", {},
                [&](sqlite3_stmt* st) {
                  notes = num(st, 0);
                  errors = num(st, 1);
                }))
    return failed("counting notes");
  // Error records without a note_id are kept apart (table unkeyed_errors); a store of
  // schema 5, or one of schema 6 no scan has written since the table was added, has none.
  const bool has_unkeyed = db.has_table("unkeyed_errors");
  if (has_unkeyed && !db.query("SELECT count(*) FROM unkeyed_errors", {},
                               [&](sqlite3_stmt* st) { errors += num(st, 0); }))
    return failed("counting error records");
  outcome.notes = static_cast<uint64_t>(notes);
  outcome.errors = static_cast<uint64_t>(errors);
  using Rows = std::vector<std::pair<std::string, int64_t>>;
  auto grouped = [&](const char* sql, Rows* rows) {
    return db.query(sql, {}, [&](sqlite3_stmt* st) { rows->emplace_back(col(st, 0), num(st, 1)); });
  };
  Rows verdicts, by_rule, by_severity, by_provider, by_month;
  if (!grouped("SELECT verdict, count(*) FROM verdicts WHERE code = 'M54.50' GROUP BY verdict "
               "ORDER BY count(*) DESC, verdict",
               &verdicts) ||
      !grouped("SELECT rule, count(*) FROM flags GROUP BY rule ORDER BY count(*) DESC, rule",
               &by_rule) ||
      !grouped("SELECT severity, count(*) FROM flags GROUP BY severity", &by_severity) ||
      !grouped("SELECT coalesce(n.provider, '(none)'), count(*) FROM flags f JOIN notes n "
               "USING(note_id) GROUP BY 1 ORDER BY count(*) DESC, 1",
               &by_provider) ||
      !grouped("SELECT coalesce(substr(n.encounter_date, 1, 7), '(no date)'), count(*) FROM "
               "flags f JOIN notes n USING(note_id) GROUP BY 1 ORDER BY 1",
               &by_month))
    return failed("summarising");
  std::sort(by_severity.begin(), by_severity.end(), [](const auto& a, const auto& b) {
    return severity_rank(a.first) < severity_rank(b.first);
  });
  int64_t flag_count = 0;
  for (const auto& r : by_rule) flag_count += r.second;
  outcome.flags = static_cast<uint64_t>(flag_count);

  // The CSV: every flag, streamed from the database to the file.
  if (!options.csv.empty()) {
    io::OutputFile& csv = csv_file;
    if (!csv.open(options.csv, inputs, &outcome.error)) return outcome;
    if (options.excel) csv.write("\xEF\xBB\xBF");
    csv.write(kFlagsCsvHeader);
    csv.write("\r\n");
    std::string row;
    // The first nine columns are those of dxaudit before the billing columns were added
    // (docs/report.md), in their order, so that a reader of those keeps working.
    if (!db.query("SELECT f.note_id, coalesce(n.patient_id, ''), coalesce(n.provider, ''), "
                  "coalesce(n.encounter_date, ''), coalesce(f.code, ''), f.rule, "
                  "coalesce(f.severity, ''), coalesce(f.message, ''), coalesce(f.suggest, ''), "
                  "coalesce(n.encounter_id, ''), "
                  "coalesce((SELECT group_concat(DISTINCT c.source) FROM codes c WHERE "
                  "c.note_id = f.note_id AND +c.code = f.code), ''), "
                  "coalesce((SELECT v.verdict FROM verdicts v WHERE v.note_id = f.note_id AND "
                  "+v.code = f.code), ''), coalesce(f.title, ''), coalesce(f.evidence, ''), "
                  "coalesce(f.evidence_begin, ''), coalesce(f.evidence_end, ''), "
                  "coalesce((SELECT r.decision || CASE WHEN r.status = 'current' THEN '' ELSE "
                  "' (' || r.status || ')' END FROM reviews r WHERE " DXAUDIT_REVIEW_OF_FLAG
                  "), '') "
                  "FROM flags f JOIN notes n USING (note_id) "
                  "ORDER BY n.encounter_date, f.note_id, f.flag",
                  {}, [&](sqlite3_stmt* st) {
                    row.clear();
                    for (int i = 0; i < 8; ++i) row += csv_cell(col(st, i)) + ",";
                    std::string list = col(st, 8);
                    std::replace(list.begin(), list.end(), ';', ' ');
                    row += csv_cell(list);
                    list = col(st, 10);  // sources, when a code came from several
                    std::replace(list.begin(), list.end(), ',', ' ');
                    row += "," + csv_cell(col(st, 9)) + "," + csv_cell(list);
                    for (int i = 11; i < 17; ++i) row += "," + csv_cell(col(st, i));
                    row += "\r\n";
                    csv.write(row);
                  }))
      return failed("reading flags");
    if (!csv.finish(&outcome.error)) return outcome;
  }
  // The runs that wrote the store (a store written before dxaudit recorded them has none).
  bool has_runs = false;
  if (!db.query("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'runs'", {},
                [&](sqlite3_stmt* st) { has_runs = num(st, 0) > 0; }) ||
      (has_runs &&
       !db.query("SELECT run, version, data_fingerprint, coalesce(data_dir, ''), "
                 "coalesce(command_line, ''), started, coalesce(ended, ''), "
                 "coalesce(records_read, 0), coalesce(ok_records, 0), "
                 "coalesce(error_records, 0), coalesce(resumed, 0), coalesce(uncoded_notes, 0), "
                 "coalesce(exit_status, 0) FROM runs ORDER BY run",
                 {}, [&](sqlite3_stmt* st) {
                   outcome.runs.push_back({num(st, 0), col(st, 1), col(st, 2), col(st, 3),
                                           col(st, 4), col(st, 5), col(st, 6), num(st, 7),
                                           num(st, 8), num(st, 9), num(st, 10), num(st, 11),
                                           num(st, 12)});
                 })))
    return failed("reading runs");
  int64_t flagged_total = 0;
  if (!db.query("SELECT count(DISTINCT note_id) FROM flags", {},
                [&](sqlite3_stmt* st) { flagged_total = num(st, 0); }))
    return failed("counting flagged notes");
  outcome.flagged_notes = static_cast<uint64_t>(flagged_total);
  Rates rates;
  if (!read_rates(db, &rates, &outcome.error)) {
    outcome.error = options.db + ": " + outcome.error;
    return outcome;
  }
  if (!options.csv_rates.empty()) {
    io::OutputFile& csv = rates_file;
    if (!csv.open(options.csv_rates, inputs, &outcome.error)) return outcome;
    if (options.excel) csv.write("\xEF\xBB\xBF");
    csv.write(kRatesCsvHeader);
    csv.write("\r\n");
    for (const RateRow& r : rates.rows) csv.write(rates_csv_line(r));
    if (!csv.finish(&outcome.error)) return outcome;
  }
  if (options.html.empty()) return commit_all();

  // The flagged notes and their flags as data (report/report_data.h), compressed: the
  // page renders the worklist a page at a time and a note when it is opened.
  std::string data_json;
  ReportDataStats data_stats;
  if (!read_report_data(db, options.max_notes, &data_json, &data_stats, &outcome.error)) {
    outcome.error = options.db + ": " + outcome.error;
    return outcome;
  }
  outcome.shown_notes = data_stats.notes;
  std::string data_blob = gzip_base64(data_json);
  if (data_blob.empty()) {
    outcome.error = "compressing the report's data failed";
    return outcome;
  }
  std::map<std::string, size_t> anchor;  // note_id -> its index in the data
  std::set<std::string> shown_patients;
  std::set<std::string> rules_seen, providers_seen;
  if (!db.query(("SELECT n.note_id, coalesce(n.patient_id, '') FROM notes n JOIN (SELECT "
                 "note_id, min(" +
                 severity_rank_sql("severity") +
                 ") AS rank FROM flags GROUP BY note_id) f USING (note_id) ORDER BY f.rank, "
                 "n.encounter_date, n.note_id LIMIT ?1")
                    .c_str(),
                {options.max_notes > 0 ? std::to_string(options.max_notes) : "-1"},
                [&](sqlite3_stmt* st) {
                  const size_t i = anchor.size();
                  anchor.emplace(col(st, 0), i);
                  if (!col(st, 1).empty()) shown_patients.insert(col(st, 1));
                }) ||
      !db.query("SELECT DISTINCT rule FROM flags ORDER BY rule", {},
                [&](sqlite3_stmt* st) { rules_seen.insert(col(st, 0)); }) ||
      !db.query("SELECT DISTINCT coalesce(n.provider, '') FROM flags f JOIN notes n USING "
                "(note_id)",
                {}, [&](sqlite3_stmt* st) { providers_seen.insert(col(st, 0)); }))
    return failed("reading flagged notes");

  // A timeline for each patient with a flagged note: every stored encounter, by date.
  mstch::array patients;
  {
    std::string current;
    mstch::array encounters;
    auto close = [&]() {
      if (!current.empty())
        patients.push_back(
            mstch::map{{"patient", bad_utf8_to_fffd(current)}, {"encounters", encounters}});
      encounters = mstch::array();
    };
    if (!db.query(
            "SELECT n.patient_id, n.note_id, coalesce(n.encounter_date, ''), "
            "(SELECT group_concat(code, ' ') FROM codes c WHERE c.note_id = n.note_id), "
            "(SELECT group_concat(DISTINCT concept) FROM findings f WHERE f.note_id = n.note_id "
            "AND "
            "f.active = 1), "
            "(SELECT group_concat(verdict, ' ') FROM verdicts v WHERE v.note_id = n.note_id), "
            "(SELECT count(*) FROM flags g WHERE g.note_id = n.note_id) "
            "FROM notes n WHERE n.patient_id IN (SELECT m.patient_id FROM notes m JOIN flags x "
            "USING(note_id) WHERE m.patient_id IS NOT NULL) "
            "ORDER BY n.patient_id, n.encounter_date, n.note_id",
            {}, [&](sqlite3_stmt* st) {
              std::string patient = col(st, 0);
              if (shown_patients.count(patient) == 0) return;
              if (patient != current) {
                close();
                current = patient;
              }
              std::string id = col(st, 1);
              auto a = anchor.find(id);
              std::string findings = col(st, 4);
              std::replace(findings.begin(), findings.end(), ',', ' ');
              encounters.push_back(
                  mstch::map{{"note_id", bad_utf8_to_fffd(id)},
                             {"date", bad_utf8_to_fffd(col(st, 2))},
                             {"codes", bad_utf8_to_fffd(col(st, 3))},
                             {"findings", findings},
                             {"verdict", col(st, 5)},
                             {"flags", std::to_string(num(st, 6))},
                             {"anchor", a == anchor.end() ? std::string()
                                                          : "note-" + std::to_string(a->second)}});
            }))
      return failed("reading patient timelines");
    close();
  }

  // What tells this store from another of the same file name (a month's audit.sqlite in
  // each folder), for the page's browser storage of decisions, which every file:// page
  // shares: the id a store gets when it is made, else (a store made before) its first
  // run's start.
  std::string store_id;
  if (!db.query("SELECT value FROM dxaudit_meta WHERE key = 'store_id'", {},
                [&](sqlite3_stmt* st) { store_id = col(st, 0); }))
    return failed("reading the store's id");
  if (store_id.empty() && !outcome.runs.empty()) store_id = outcome.runs.front().started;
  mstch::array runs;
  for (const StoredRun& r : outcome.runs)
    runs.push_back(mstch::map{{"run", std::to_string(r.run)},
                              {"started", bad_utf8_to_fffd(r.started)},
                              {"ended", bad_utf8_to_fffd(r.ended)},
                              {"finished", !r.ended.empty()},
                              {"version", bad_utf8_to_fffd(r.version)},
                              {"fingerprint", bad_utf8_to_fffd(r.data_fingerprint)},
                              {"data_dir", bad_utf8_to_fffd(r.data_dir)},
                              {"read", std::to_string(r.read)},
                              {"ok", std::to_string(r.ok)},
                              {"errors", std::to_string(r.errors)},
                              {"resumed", std::to_string(r.resumed)},
                              {"uncoded", std::to_string(r.uncoded)},
                              {"exit", std::to_string(r.exit_status)},
                              {"command", bad_utf8_to_fffd(r.command_line)}});

  // Every record in error, where it was read: those with a note_id (notes, whose record
  // says where) and those without (unkeyed_errors), by file and line, up to kShownErrors.
  mstch::array error_rows;
  {
    std::string sql =
        "SELECT file, line, note_id, kind, message FROM (SELECT CASE WHEN json_valid(record) "
        "THEN json_extract(record, '$.input.file') END AS file, CASE WHEN json_valid(record) "
        "THEN json_extract(record, '$.input.line') END AS line, note_id, error_kind AS kind, "
        "error_message AS message FROM notes WHERE status = 'error'";
    if (has_unkeyed)
      sql += " UNION ALL SELECT file, line, NULL, error_kind, error_message FROM unkeyed_errors";
    sql += ") ORDER BY file, line, note_id LIMIT " + std::to_string(kShownErrors);
    if (!db.query(sql.c_str(), {}, [&](sqlite3_stmt* st) {
          std::string where = col(st, 0);
          if (!where.empty() && num(st, 1) > 0) where += ":" + std::to_string(num(st, 1));
          error_rows.push_back(mstch::map{{"where", bad_utf8_to_fffd(where)},
                                          {"note_id", bad_utf8_to_fffd(col(st, 2))},
                                          {"kind", bad_utf8_to_fffd(col(st, 3))},
                                          {"message", bad_utf8_to_fffd(col(st, 4))}});
        }))
      return failed("reading error records");
  }

  mstch::array rule_options, provider_options;
  for (const std::string& r : rules_seen) rule_options.push_back(mstch::map{{"value", r}});
  for (const std::string& p : providers_seen)
    provider_options.push_back(mstch::map{{"value", bad_utf8_to_fffd(p)}});

  mstch::map context{
      {"db", bad_utf8_to_fffd(std::filesystem::path(options.db).filename().string())},
      {"store_id", bad_utf8_to_fffd(store_id)},
      {"notes", std::to_string(notes)},
      {"errors", std::to_string(errors)},
      {"error_rows", error_rows},
      {"has_errors", errors > 0},
      {"errors_truncated", errors > static_cast<int64_t>(error_rows.size())},
      {"errors_shown", std::to_string(error_rows.size())},
      {"flagged", std::to_string(flagged_total)},
      {"truncated", static_cast<int64_t>(data_stats.notes) < flagged_total},
      {"shown", std::to_string(data_stats.notes)},
      {"flag_count", std::to_string(flag_count)},
      {"charts", mstch::array{bar_chart("M54.50 verdicts", verdicts, "verdict-"),
                              bar_chart("Flags by rule", by_rule, "rule"),
                              bar_chart("Flags by severity", by_severity, "sev-"),
                              bar_chart("Flags by provider", by_provider, "provider"),
                              bar_chart("Flags by month of service", by_month, "month")}},
      {"has_worklist", data_stats.notes > 0},
      {"data", data_blob},
      {"patients", patients},
      {"rule_options", rule_options},
      {"runs", runs},
      {"has_runs", !outcome.runs.empty()},
      {"unfinished_run", outcome.last_run_unfinished()},
      {"last_run", outcome.runs.empty() ? std::string() : std::to_string(outcome.runs.back().run)},
      {"provider_options", provider_options},
      {"rates", rate_tables(rates)},
  };
  const auto& t = templates();
  std::map<std::string, std::string> partials;
  for (const auto& [name, body] : t) {
    std::string partial = name.substr(0, name.find('.'));
    partials[partial] = body;
  }
  auto main = t.find("report.html.mustache");
  if (main == t.end()) {
    outcome.error = "the report template is missing from the build";
    return outcome;
  }
  mstch::config::escape = [](const std::string& s) { return html_escape(s); };
  std::string html = mstch::render(main->second, context, partials);
  if (!html_file.open(options.html, inputs, &outcome.error)) return outcome;
  html_file.write(html);
  if (!html_file.finish(&outcome.error)) return outcome;
  return commit_all();
}

}  // namespace dxaudit::report
