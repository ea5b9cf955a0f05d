#include "store/reviews.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

#include "io/byte_stream.h"
#include "io/csv_reader.h"
#include "io/csv_text.h"
#include "io/dates.h"
#include "io/note.h"
#include "io/output_file.h"
#include "store/store.h"

namespace dxaudit::store {

namespace {

constexpr const char* kDecisions[] = {"agree", "false_positive", "needs_query"};

// A decision as written: "agree", "false positive", "False-Positive", "needs query".
std::optional<std::string> decision_name(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c == ' ' || c == '-') c = '_';
    d += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  for (const char* known : kDecisions)
    if (d == known) return d;
  return std::nullopt;
}

// An offset cell: empty (no evidence) or a whole number.
bool offset(const std::string& s, std::optional<int64_t>* out) {
  if (s.empty()) {
    out->reset();
    return true;
  }
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || v > (int64_t{1} << 40)) return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

class Connection {
 public:
  ~Connection() {
    for (sqlite3_stmt* s : statements_) sqlite3_finalize(s);
    sqlite3_close(db_);
  }
  bool open(const std::string& path, int flags, std::string* error) {
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      *error = path + ": " + (db_ != nullptr ? sqlite3_errmsg(db_) : "cannot open");
      return false;
    }
    sqlite3_busy_timeout(db_, 10000);
    return true;
  }
  sqlite3_stmt* prepare(const char* sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &s, nullptr) != SQLITE_OK) return nullptr;
    statements_.push_back(s);
    return s;
  }
  bool exec(const char* sql) {
    return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
  }
  std::string message() const { return sqlite3_errmsg(db_); }
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::vector<sqlite3_stmt*> statements_;
};

// (Not `bind`: with a std:: argument, argument-dependent lookup would find std::bind.)
void bind_value(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}
void bind_value(sqlite3_stmt* s, int i, const std::optional<int64_t>& v) {
  if (v)
    sqlite3_bind_int64(s, i, *v);
  else
    sqlite3_bind_null(s, i);
}
std::string text(sqlite3_stmt* s, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
  return p == nullptr ? std::string()
                      : std::string(p, static_cast<size_t>(sqlite3_column_bytes(s, i)));
}
bool step_done(sqlite3_stmt* s) {
  const bool ok = sqlite3_step(s) == SQLITE_DONE;
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  return ok;
}

struct Row {
  uint64_t line = 0;
  std::string note_id, encounter_id, rule, code, decision, reviewer, comment, decided_at;
  std::optional<int64_t> begin, end;
  std::string evidence, text_hash;  // of the flag and note in the store
};

// "'A'", "'A' and 'B'", "'A', 'B' and 'C'".
std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += "'" + items[i] + "'";
  }
  return out;
}

// "FILE:LINE: ", or "FILE: " for a read error of the whole input (line 0).
std::string at_line(const std::string& file, uint64_t line) {
  return line == 0 ? file + ": " : file + ":" + std::to_string(line) + ": ";
}

// How the fields are separated, said when it is not a comma.
std::string separated_by(const io::CsvRows& csv) {
  return csv.delimiter() == ','
             ? ""
             : "; this one's fields are separated by " + io::delimiter_name(csv.delimiter());
}

}  // namespace

ReviewImport import_reviews(const std::string& db_path, const std::string& csv_path) {
  ReviewImport result;
  // The database is written in place, as a scan writes it: it must be a file, never the
  // CSV, and a dxaudit store of this schema.
  io::InputFiles inputs;
  inputs.add(csv_path);
  io::OutputTarget target;
  if (!io::resolve_output(db_path, inputs, &target, &result.error)) return result;
  if (target.kind != io::OutputTarget::Kind::kRegularFile) {
    result.error = db_path + ": a database must be a file";
    return result;
  }
  int version = 0;
  if (!check_store(target.path, &version, &result.error)) return result;

  // Read by the reader of every CSV dxaudit takes in (io/csv_reader.h): the delimiter
  // sniffed from the header (a spreadsheet may save with semicolons), a byte order mark,
  // CRLF, quoted fields holding line breaks, gzip or zstd; each row with the line it
  // starts on.
  std::string why;
  std::unique_ptr<io::ByteStream> stream = io::open_byte_stream(csv_path, &why);
  if (!stream) {
    result.error = csv_path + ": " + why;
    return result;
  }
  io::CsvRows csv(std::move(stream), /*delimiter=*/0);
  std::vector<std::string> header;
  uint64_t header_line = 0;
  if (!csv.read_header(&header, &header_line, &why)) {
    if (why.empty())
      result.error =
          csv_path + ":1: no header row (the header is " + std::string(kReviewCsvHeader) + ")";
    else
      result.error = at_line(csv_path, header_line) + why;
    return result;
  }
  std::map<std::string, size_t> column;
  for (size_t c = 0; c < header.size(); ++c) column.emplace(header[c], c);
  // A file of an earlier dxaudit has no code column: a row is then the flag of its note,
  // rule and evidence offsets when those flags have one code, and refused when not.
  const bool has_code = column.count("code") > 0;
  std::string missing;
  for (const char* need : {"note_id", "rule", "evidence_begin", "evidence_end", "decision"})
    if (column.count(need) == 0) missing += (missing.empty() ? "" : ", ") + std::string(need);
  if (!missing.empty()) {
    result.error = at_line(csv_path, header_line) + "the header has no " + missing +
                   " column (a review CSV has " + std::string(kReviewCsvHeader) +
                   separated_by(csv) + ")";
    return result;
  }

  Connection db;
  if (!db.open(target.path, SQLITE_OPEN_READWRITE, &result.error)) return result;
  // The flags of a note, rule and evidence offsets (one per code, but for duplicates).
  sqlite3_stmt* find_flag = db.prepare(
      "SELECT coalesce(f.code, ''), coalesce(f.evidence, ''), coalesce(n.text, ''), "
      "coalesce(n.encounter_id, '') FROM flags f JOIN notes n USING (note_id) WHERE "
      "f.note_id = ?1 AND f.rule = ?2 AND f.evidence_begin IS ?3 AND f.evidence_end IS ?4 "
      "ORDER BY f.flag");
  if (find_flag == nullptr) {
    result.error = db_path + ": " + db.message();
    return result;
  }

  // Every row checked before anything is written.
  std::vector<Row> rows;
  // By flag (note_id, rule, code, evidence offsets): its row in `rows`.
  std::map<std::tuple<std::string, std::string, std::string, std::optional<int64_t>,
                      std::optional<int64_t>>,
           size_t>
      row_of_flag;
  std::string problems;
  auto problem = [&](uint64_t line, const std::string& what) {
    if (!problems.empty()) problems += '\n';
    problems += at_line(csv_path, line);
    problems += what;
  };
  io::CsvRows::Row rec;
  while (csv.next(&rec)) {
    ++result.rows;
    if (!rec.error.empty()) {  // not CSV, in the words of every CSV reader's errors
      problem(rec.line, rec.error);
      continue;
    }
    auto get = [&](const char* name) {
      auto it = column.find(name);
      return it == column.end() || it->second >= rec.fields.size()
                 ? std::string()
                 : io::csv_uncell(rec.fields[it->second]);
    };
    Row row;
    row.line = rec.line;
    if (rec.fields.size() != header.size()) {
      problem(row.line, std::to_string(rec.fields.size()) + " fields where the header has " +
                            std::to_string(header.size()) + " (quote a field that holds a " +
                            io::delimiter_name(csv.delimiter()) + ")");
      continue;
    }
    row.note_id = get("note_id");
    row.rule = get("rule");
    row.code = get("code");
    row.reviewer = get("reviewer");
    row.comment = get("comment");
    row.decided_at = get("decided_at");
    // A decision an export marked "evidence changed" was taken on other evidence: it stays
    // as the database keeps it (its flag may have moved or gone: never a problem).
    if (const std::string status = get("status"); !status.empty() && status != "current") {
      ++result.stale;
      continue;
    }
    // A date, or a date and time, as the notes' dates are read (io/dates.h; the time of
    // day is kept as written).
    if (std::string iso, not_read;
        !row.decided_at.empty() &&
        io::read_date(row.decided_at, "", &iso, &not_read) != io::DateReading::kRead) {
      problem(row.line, "decided_at '" + row.decided_at +
                            "' is no date and time: write it as 2026-03-01T10:00:00Z (or "
                            "2026-03-01), or leave it empty");
      continue;
    }
    std::optional<std::string> decision = decision_name(get("decision"));
    if (!decision) {
      problem(row.line,
              "decision '" + get("decision") + "' is none of agree, false_positive, needs_query");
      continue;
    }
    row.decision = *decision;
    if (!offset(get("evidence_begin"), &row.begin) || !offset(get("evidence_end"), &row.end)) {
      problem(row.line,
              "evidence_begin and evidence_end are byte offsets (whole numbers), or both empty "
              "for a flag without evidence");
      continue;
    }
    if (row.note_id.empty() || row.rule.empty()) {
      problem(row.line, "note_id and rule are required");
      continue;
    }
    bind_value(find_flag, 1, row.note_id);
    bind_value(find_flag, 2, row.rule);
    bind_value(find_flag, 3, row.begin);
    bind_value(find_flag, 4, row.end);
    // The flag: the one of the row's code; without a code column, the one code there is.
    std::vector<std::string> codes;  // of the flags there, each once, in flag order
    bool found = false;
    while (sqlite3_step(find_flag) == SQLITE_ROW) {
      const std::string code = text(find_flag, 0);
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
      if (found || (has_code && code != row.code)) continue;
      found = true;
      row.code = code;
      row.evidence = text(find_flag, 1);
      row.text_hash = io::text_hash(text(find_flag, 2));
      row.encounter_id = text(find_flag, 3);
    }
    sqlite3_reset(find_flag);
    sqlite3_clear_bindings(find_flag);
    const std::string where = row.begin ? " at bytes " + std::to_string(*row.begin) + "-" +
                                              std::to_string(row.end.value_or(0))
                                        : " without evidence";
    if (!has_code && codes.size() > 1) {
      problem(row.line, "the flags " + row.rule + " on note " + row.note_id + where +
                            " are for codes " + quoted_list(codes) +
                            ", and this file has no code column to tell which one the "
                            "decision is on: add a column code (after rule) with the flag's "
                            "code, as the report's \"Export decisions\" writes it");
      continue;
    }
    if (!found) {
      const std::string of_code = !has_code          ? std::string()
                                  : row.code.empty() ? std::string(" without a code")
                                                     : " for code '" + row.code + "'";
      const std::string there =
          codes.empty() ? std::string()
                        : "; the note's " + row.rule + " flags" + where + " are for " +
                              (codes.size() == 1 ? "code " : "codes ") + quoted_list(codes);
      problem(row.line, "no flag " + row.rule + of_code + " on note " + row.note_id + where +
                            " in " + db_path +
                            " (decisions are imported into the database the report was made "
                            "from" +
                            there + ")");
      continue;
    }
    // Two rows for one flag: one decision is taken, and which one the file does not say.
    auto [first, is_new] = row_of_flag.try_emplace(
        std::make_tuple(row.note_id, row.rule, row.code, row.begin, row.end), rows.size());
    if (!is_new) {
      const Row& earlier = rows[first->second];
      if (earlier.decision != row.decision || earlier.reviewer != row.reviewer ||
          earlier.comment != row.comment || earlier.decided_at != row.decided_at)
        problem(row.line, "a second, different decision for the flag of line " +
                              std::to_string(earlier.line) + ": keep one of them");
      continue;  // the same decision again changes nothing
    }
    rows.push_back(std::move(row));
  }
  if (!problems.empty()) {
    result.error = problems + "\nnothing was imported";
    return result;
  }

  // Nothing to store (every row one an export marked): the database is left as it is.
  if (rows.empty()) {
    result.ok = true;
    return result;
  }

  const std::string now = utc_now();
  if (!db.exec("BEGIN IMMEDIATE")) {
    result.error = db_path + ": " + db.message();
    return result;
  }
  // A store of schema 5 is updated in the transaction that stores the decisions: both, or
  // (rolled back) neither. The statements below read the tables of this schema.
  why.clear();
  if (!upgrade_schema(db.handle(), &result.upgraded, &why)) {
    result.error = db_path + ": updating the store from database schema " +
                   std::to_string(kUpgradedSchemaVersion) + " to " +
                   std::to_string(kSchemaVersion) + ": " + why + "; nothing was imported";
    db.exec("ROLLBACK");
    return result;
  }
  sqlite3_stmt* find_review = db.prepare(
      "SELECT rowid, decision, coalesce(reviewer, ''), coalesce(comment, ''), "
      "coalesce(decided_at, ''), status FROM reviews WHERE note_id = ?1 AND rule = ?2 AND "
      "code = ?5 AND evidence_begin IS ?3 AND evidence_end IS ?4");
  sqlite3_stmt* insert = db.prepare(
      "INSERT INTO reviews(note_id, rule, code, evidence_begin, evidence_end, encounter_id, "
      "decision, reviewer, comment, decided_at, status, evidence, text_hash, imported_at) "
      "VALUES(?1, ?2, ?13, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'current', ?10, ?11, ?12)");
  sqlite3_stmt* update = db.prepare(
      "UPDATE reviews SET encounter_id = ?2, decision = ?3, reviewer = ?4, comment = ?5, "
      "decided_at = ?6, status = 'current', evidence = ?7, text_hash = ?8, imported_at = ?9 "
      "WHERE rowid = ?1");
  sqlite3_stmt* history = db.prepare(
      "INSERT INTO review_history(note_id, rule, code, evidence_begin, evidence_end, decision, "
      "reviewer, comment, decided_at, previous_decision, previous_reviewer, "
      "previous_decided_at, imported_at, source) "
      "VALUES(?1, ?2, ?14, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
  if (find_review == nullptr || insert == nullptr || update == nullptr || history == nullptr) {
    result.error = db_path + ": " + db.message();
    db.exec("ROLLBACK");
    return result;
  }
  for (const Row& row : rows) {
    bind_value(find_review, 1, row.note_id);
    bind_value(find_review, 2, row.rule);
    bind_value(find_review, 3, row.begin);
    bind_value(find_review, 4, row.end);
    bind_value(find_review, 5, row.code);
    std::optional<int64_t> rowid;
    std::string previous[3];  // decision, reviewer, decided_at
    bool same = false;
    if (sqlite3_step(find_review) == SQLITE_ROW) {
      rowid = sqlite3_column_int64(find_review, 0);
      previous[0] = text(find_review, 1);
      previous[1] = text(find_review, 2);
      previous[2] = text(find_review, 4);
      same = previous[0] == row.decision && previous[1] == row.reviewer &&
             text(find_review, 3) == row.comment && previous[2] == row.decided_at &&
             text(find_review, 5) == "current";
    }
    sqlite3_reset(find_review);
    sqlite3_clear_bindings(find_review);
    if (same) {
      ++result.unchanged;
      continue;
    }
    bool ok;
    if (rowid) {
      sqlite3_bind_int64(update, 1, *rowid);
      bind_value(update, 2, row.encounter_id);
      bind_value(update, 3, row.decision);
      bind_value(update, 4, row.reviewer);
      bind_value(update, 5, row.comment);
      bind_value(update, 6, row.decided_at);
      bind_value(update, 7, row.evidence);
      bind_value(update, 8, row.text_hash);
      bind_value(update, 9, now);
      ok = step_done(update);
      ++result.changed;
    } else {
      bind_value(insert, 1, row.note_id);
      bind_value(insert, 2, row.rule);
      bind_value(insert, 3, row.begin);
      bind_value(insert, 4, row.end);
      bind_value(insert, 5, row.encounter_id);
      bind_value(insert, 6, row.decision);
      bind_value(insert, 7, row.reviewer);
      bind_value(insert, 8, row.comment);
      bind_value(insert, 9, row.decided_at);
      bind_value(insert, 10, row.evidence);
      bind_value(insert, 11, row.text_hash);
      bind_value(insert, 12, now);
      bind_value(insert, 13, row.code);
      ok = step_done(insert);
      ++result.added;
    }
    bind_value(history, 1, row.note_id);
    bind_value(history, 2, row.rule);
    bind_value(history, 3, row.begin);
    bind_value(history, 4, row.end);
    bind_value(history, 5, row.decision);
    bind_value(history, 6, row.reviewer);
    bind_value(history, 7, row.comment);
    bind_value(history, 8, row.decided_at);
    for (int i = 0; i < 3; ++i)
      if (rowid) bind_value(history, 9 + i, previous[i]);
    bind_value(history, 12, now);
    bind_value(history, 13, csv_path + ":" + std::to_string(row.line));
    bind_value(history, 14, row.code);
    if (!ok || !step_done(history)) {
      result.error = db_path + ": storing a decision: " + db.message();
      db.exec("ROLLBACK");
      return result;
    }
  }
  if (!db.exec("COMMIT")) {
    result.error = db_path + ": " + db.message();
    db.exec("ROLLBACK");
    return result;
  }
  result.ok = true;
  return result;
}

ReviewExport export_reviews(const std::string& db_path, const std::string& out_path) {
  ReviewExport result;
  int version = 0;
  if (!check_store(db_path, &version, &result.error)) return result;
  io::InputFiles inputs;
  inputs.add_database(db_path);
  Connection db;
  if (!db.open(db_path, SQLITE_OPEN_READONLY, &result.error)) return result;
  // A store of schema 5 is read as updated, and left as it is (an export only reads).
  if (version == kUpgradedSchemaVersion && !read_as_current(db.handle(), &result.error)) {
    result.error = db_path + ": reading a store of database schema " +
                   std::to_string(kUpgradedSchemaVersion) + ": " + result.error;
    return result;
  }
  sqlite3_stmt* select = db.prepare(
      "SELECT note_id, coalesce(encounter_id, ''), rule, coalesce(code, ''), "
      "coalesce(evidence_begin, ''), coalesce(evidence_end, ''), decision, "
      "coalesce(reviewer, ''), coalesce(comment, ''), coalesce(decided_at, ''), status FROM "
      "reviews ORDER BY note_id, rule, code, evidence_begin, evidence_end");
  if (select == nullptr) {
    result.error = db_path + ": " + db.message();
    return result;
  }
  io::OutputFile out;
  if (!out.open(out_path, inputs, &result.error)) return result;
  out.write(kReviewCsvHeader);
  out.write(",status\r\n");
  std::string line;
  int rc;
  while ((rc = sqlite3_step(select)) == SQLITE_ROW) {
    line.clear();
    for (int i = 0; i < 11; ++i) {
      if (i > 0) line += ',';
      line += io::csv_cell(text(select, i));
    }
    line += "\r\n";
    out.write(line);
    ++result.rows;
    if (text(select, 10) != "current") ++result.evidence_changed;
  }
  if (rc != SQLITE_DONE) {
    result.error = db_path + ": " + db.message();
    return result;
  }
  if (!out.commit(&result.error)) return result;
  result.ok = true;
  return result;
}

}  // namespace dxaudit::store
