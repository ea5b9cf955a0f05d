// store::Store (store/store.h) through pipeline::scan: normalised rows that match the
// output records, re-scans that replace rather than add, and --resume.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "io/note.h"
#include "scan_support.h"
#include "test_support.h"

using dxaudit::testing::TempDir;
using nlohmann::json;

namespace {

struct Run {
  dxaudit::pipeline::ScanOutcome outcome;
  std::string output;
};

Run scan_into(const std::string& input, const std::string& db_path, bool resume, int threads = 2) {
  std::string error;
  std::unique_ptr<dxaudit::store::Store> db =
      dxaudit::store::Store::open(db_path, dxaudit::testing::shipped_analyzer(), &error);
  REQUIRE_MESSAGE(db, error);
  dxaudit::pipeline::ScanOptions options;
  options.resume = resume;
  options.threads = threads;
  dxaudit::testing::TestScan scan;
  dxaudit::testing::run_test_scan({input}, &scan, options, db.get());
  return {scan.outcome, scan.output};
}

int64_t count(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE_MESSAGE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK, sql);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  int64_t v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

std::string text_of(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE_MESSAGE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK, sql);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  std::string v(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)),
                static_cast<size_t>(sqlite3_column_bytes(st, 0)));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

std::vector<json> records(const std::string& output) {
  std::vector<json> out;
  std::istringstream in(output);
  std::string l;
  while (std::getline(in, l)) out.push_back(json::parse(l));
  return out;
}

const std::string kDemo = std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl";

}  // namespace

TEST_CASE("store: every table holds what the output records say") {
  TempDir dir;
  std::string db = (dir / "a.sqlite").string();
  Run run = scan_into(kDemo, db, false);
  REQUIRE(run.outcome.ok);
  std::vector<json> recs = records(run.output);
  size_t findings = 0, flags = 0, verdicts = 0, codes = 0, elements = 0, cues = 0;
  for (const json& r : recs) {
    findings += r["findings"].size();
    flags += r["audit"].size();
    verdicts += r["verdict"].size();
    codes += r["codes"].size();
    elements += r["elements"].size();
    for (const json& f : r["findings"]) cues += f["cues"].size();
  }
  CHECK(count(db, "SELECT count(*) FROM notes") == static_cast<int64_t>(recs.size()));
  CHECK(count(db, "SELECT count(*) FROM findings") == static_cast<int64_t>(findings));
  CHECK(count(db, "SELECT count(*) FROM cues") == static_cast<int64_t>(cues));
  CHECK(count(db, "SELECT count(*) FROM flags") == static_cast<int64_t>(flags));
  CHECK(count(db, "SELECT count(*) FROM verdicts") == static_cast<int64_t>(verdicts));
  CHECK(count(db, "SELECT count(*) FROM codes") == static_cast<int64_t>(codes));
  CHECK(count(db, "SELECT count(*) FROM elements") == static_cast<int64_t>(elements));
  CHECK(flags > 0);
  // A negated finding is stored as not active; the stored record is the output line.
  CHECK(count(db, "SELECT count(*) FROM findings WHERE negated = 1 AND active = 1") == 0);
  CHECK(count(db, "SELECT count(*) FROM findings WHERE active = 1") > 0);
  CHECK(text_of(db, "SELECT record FROM notes WHERE note_id = 'demo-01'") + "\n" ==
        run.output.substr(0, run.output.find('\n') + 1));
  CHECK(text_of(db, "PRAGMA journal_mode") == "wal");
}

TEST_CASE("store: scanning again replaces a note's rows; --resume skips unchanged notes") {
  TempDir dir;
  std::string db = (dir / "a.sqlite").string();
  Run first = scan_into(kDemo, db, false);
  REQUIRE(first.outcome.ok);
  int64_t flags = count(db, "SELECT count(*) FROM flags");
  int64_t findings = count(db, "SELECT count(*) FROM findings");

  Run again = scan_into(kDemo, db, false);
  CHECK(again.output == first.output);
  CHECK(count(db, "SELECT count(*) FROM flags") == flags);
  CHECK(count(db, "SELECT count(*) FROM findings") == findings);

  Run resumed = scan_into(kDemo, db, true, 1);
  CHECK(resumed.output == first.output);  // stored records stand in, byte for byte
  CHECK(resumed.outcome.resumed == 9);

  // demo-02 loses its radicular text: its old active findings and flag must go.
  std::string changed;
  {
    std::istringstream in(dxaudit::testing::read_file(kDemo));
    std::string l;
    while (std::getline(in, l)) {
      json n = json::parse(l);
      if (n["note_id"] == "demo-02") n["text"] = "Low back pain for a week. No leg symptoms.";
      changed += n.dump() + "\n";
    }
  }
  std::string path = dir.write("changed.jsonl", changed);
  Run partial = scan_into(path, db, true);
  CHECK(partial.outcome.resumed == 8);
  CHECK(count(db, "SELECT count(*) FROM notes") == 9);
  // "No leg symptoms" is a negated radiating_leg_pain now: the finding stays, inactive.
  CHECK(count(db,
              "SELECT count(*) FROM findings WHERE note_id = 'demo-02' AND "
              "concept = 'radiating_leg_pain' AND active = 1") == 0);
  CHECK(count(db,
              "SELECT count(*) FROM flags WHERE note_id = 'demo-02' AND "
              "rule = 'M5450_UNSUPPORTED_RADICULAR'") == 0);
  CHECK(count(db,
              "SELECT count(*) FROM notes WHERE note_id = 'demo-02' AND "
              "text LIKE 'Low back pain for a week%'") == 1);
}

TEST_CASE("store: --resume keeps the longitudinal review whole, and stores what it adds") {
  // The audit corpus holds patients with M54.50 on three or more encounters within 90 days
  // (REPEATED_UNSPECIFIED) and strain episodes (S39.012A, then S39.012D).
  TempDir dir;
  std::string db = (dir / "a.sqlite").string();
  const std::string corpus = std::string(DXAUDIT_SOURCE_DIR) + "/corpora/audit/notes.jsonl";
  Run first = scan_into(corpus, db, false);
  REQUIRE(first.outcome.ok);
  REQUIRE(first.output.find("REPEATED_UNSPECIFIED") != std::string::npos);
  int64_t repeated = count(db, "SELECT count(*) FROM flags WHERE rule = 'REPEATED_UNSPECIFIED'");
  CHECK(repeated > 0);
  // Every note resumed: nothing analysed, yet every encounter counts again.
  Run resumed = scan_into(corpus, db, true);
  CHECK(resumed.outcome.resumed > 40);
  CHECK(resumed.output == first.output);
  CHECK(count(db, "SELECT count(*) FROM flags WHERE rule = 'REPEATED_UNSPECIFIED'") == repeated);
  // The stored record carries the review's flags too.
  CHECK(count(db, "SELECT count(*) FROM notes WHERE record LIKE '%REPEATED_UNSPECIFIED%'") ==
        repeated);
}

namespace {

void exec_sql(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  INFO(sql << ": " << (error != nullptr ? error : ""));
  sqlite3_free(error);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

// The demo and a note with two INVALID_CODE flags without evidence (M54.5 and M54.1, from
// its metadata), in one file.
std::string demo_and_two_invalid_codes(const TempDir& dir) {
  return dir.write(
      "notes.jsonl",
      dxaudit::testing::read_file(kDemo) +
          "{\"note_id\": \"inv-1\", \"patient_id\": \"p-9\", \"encounter_id\": \"e-9\", "
          "\"encounter_date\": \"2026-02-01\", \"provider\": \"dr-x\", \"codes\": [\"M54.5\", "
          "\"M54.1\"], \"text\": \"Low back pain for 2 weeks after lifting. No leg symptoms.\"}\n");
}

// A review decision on the flag of `note` and `rule` (its evidence the first such flag's),
// as `dxaudit review import` stores it: with `code` when given, else as schema 5 did.
std::string decision_sql(const std::string& db, const std::string& note, const std::string& rule,
                         const char* code) {
  const std::string hash =
      dxaudit::io::text_hash(text_of(db, "SELECT text FROM notes WHERE note_id = '" + note + "'"));
  return std::string(
             "INSERT INTO reviews(note_id, rule, evidence_begin, evidence_end, "
             "encounter_id, decision, reviewer, comment, decided_at, status, evidence, "
             "text_hash, imported_at") +
         (code != nullptr ? ", code" : "") +
         ") SELECT note_id, rule, evidence_begin, evidence_end, '', 'agree', 'ana', '', '', "
         "'current', coalesce(evidence, ''), '" +
         hash + "', '2026-03-01T10:00:00Z'" +
         (code != nullptr ? std::string(", '") + code + "'" : std::string()) +
         " FROM flags WHERE note_id = '" + note + "' AND rule = '" + rule + "'" +
         (code != nullptr ? std::string(" AND code = '") + code + "'" : std::string()) +
         " ORDER BY flag LIMIT 1; INSERT INTO review_history(note_id, rule, evidence_begin, "
         "evidence_end, decision, imported_at" +
         (code != nullptr ? ", code" : "") +
         ") SELECT note_id, rule, evidence_begin, evidence_end, decision, imported_at" +
         (code != nullptr ? ", code" : "") + " FROM reviews WHERE rowid = last_insert_rowid();";
}

std::string decisions(const std::string& db) {
  return text_of(db,
                 "SELECT coalesce(group_concat(note_id || ':' || rule || ':' || coalesce(code, "
                 "'NULL') || ':' || status, ' '), '') FROM (SELECT * FROM reviews ORDER BY "
                 "note_id, code)");
}

}  // namespace

TEST_CASE("store: two flags of one rule without evidence keep their decisions over a rescan") {
  TempDir dir;
  std::string db = (dir / "a.sqlite").string();
  const std::string notes = demo_and_two_invalid_codes(dir);
  REQUIRE(scan_into(notes, db, false).outcome.ok);
  REQUIRE(count(db,
                "SELECT count(*) FROM flags WHERE note_id = 'inv-1' AND rule = "
                "'INVALID_CODE' AND evidence_begin IS NULL") == 2);
  exec_sql(db, decision_sql(db, "inv-1", "INVALID_CODE", "M54.5") +
                   decision_sql(db, "inv-1", "INVALID_CODE", "M54.1"));
  REQUIRE(scan_into(notes, db, false).outcome.ok);
  CHECK(decisions(db) == "inv-1:INVALID_CODE:M54.1:current inv-1:INVALID_CODE:M54.5:current");
  // A flag gone takes its decision's currency with it, and no other's.
  exec_sql(db, "UPDATE reviews SET code = 'M54.9' WHERE code = 'M54.1'");
  REQUIRE(scan_into(notes, db, false).outcome.ok);
  CHECK(decisions(db) ==
        "inv-1:INVALID_CODE:M54.5:current inv-1:INVALID_CODE:M54.9:evidence changed");
}

TEST_CASE("store: a store of schema 5 is updated in one transaction when opened for writing") {
  TempDir dir;
  std::string db = (dir / "a.sqlite").string();
  const std::string notes = demo_and_two_invalid_codes(dir);
  REQUIRE(scan_into(notes, db, false).outcome.ok);
  // The store as the dxaudit before the code column wrote it (no reviews.code, schema 5),
  // with decisions: demo-09's radicular flag, and one of inv-1's two INVALID_CODE flags,
  // which schema 5 did not say.
  for (const char* table : {"reviews", "review_history"})
    if (count(db, std::string("SELECT count(*) FROM pragma_table_info('") + table +
                      "') WHERE name = 'code'") == 1)
      exec_sql(db, std::string("ALTER TABLE ") + table + " DROP COLUMN code");
  exec_sql(db,
           "DROP TABLE IF EXISTS unkeyed_errors; UPDATE dxaudit_meta SET value = '5' WHERE "
           "key = 'schema_version';" +
               decision_sql(db, "demo-09", "M5450_UNSUPPORTED_RADICULAR", nullptr) +
               decision_sql(db, "inv-1", "INVALID_CODE", nullptr));
  REQUIRE(count(db, "SELECT count(*) FROM reviews") == 2);

  // One the update fails on (no review_history) is left as it was: all or nothing.
  const std::string broken = (dir / "broken.sqlite").string();
  std::filesystem::copy_file(db, broken);
  exec_sql(broken, "DROP TABLE review_history");
  const std::string before = dxaudit::testing::read_file(broken);
  {
    std::string error;
    std::unique_ptr<dxaudit::store::Store> s =
        dxaudit::store::Store::open(broken, dxaudit::testing::shipped_analyzer(), &error);
    CHECK(!s);
    CHECK(error.find(broken + ": updating the store from database schema 5 to 6: ") !=
          std::string::npos);
  }
  CHECK(dxaudit::testing::read_file(broken) == before);
  CHECK(text_of(broken, "SELECT value FROM dxaudit_meta WHERE key = 'schema_version'") == "5");
  CHECK(count(broken, "SELECT count(*) FROM pragma_table_info('reviews') WHERE name = 'code'") ==
        0);

  // Opened by a scan: schema 6, each decision kept, with its flag's code where it had one
  // flag; inv-1's fits two and is no flag's, no longer current.
  REQUIRE(scan_into(notes, db, false).outcome.ok);
  CHECK(text_of(db, "SELECT value FROM dxaudit_meta WHERE key = 'schema_version'") == "6");
  CHECK(count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'unkeyed_errors'") == 1);
  CHECK(count(broken, "SELECT count(*) FROM sqlite_master WHERE name = 'unkeyed_errors'") == 0);
  CHECK(decisions(db) ==
        "demo-09:M5450_UNSUPPORTED_RADICULAR:M54.50:current inv-1:INVALID_CODE:NULL:evidence "
        "changed");
  CHECK(text_of(db,
                "SELECT group_concat(coalesce(code, 'NULL'), ' ') FROM (SELECT code FROM "
                "review_history ORDER BY note_id)") == "M54.50 NULL");
  // The layout of a new store's tables: code last.
  TempDir other;
  const std::string fresh = (other / "new.sqlite").string();
  REQUIRE(scan_into(notes, fresh, false).outcome.ok);
  for (const char* table : {"reviews", "review_history", "unkeyed_errors"}) {
    const std::string columns =
        std::string("SELECT group_concat(name, ',') FROM pragma_table_info('") + table + "')";
    CHECK(text_of(db, columns) == text_of(fresh, columns));
  }
}

namespace {

// A scan as `dxaudit scan INPUTS --db DB` runs it: the run recorded (begin_run, given the
// inputs), then ended.
Run scan_run(const std::vector<std::string>& inputs, const std::string& db_path) {
  std::string error;
  std::unique_ptr<dxaudit::store::Store> db =
      dxaudit::store::Store::open(db_path, dxaudit::testing::shipped_analyzer(), &error);
  REQUIRE_MESSAGE(db, error);
  REQUIRE_MESSAGE(db->begin_run({"dxaudit scan", "data", inputs}), db->error());
  dxaudit::pipeline::ScanOptions options;
  options.threads = 2;
  dxaudit::testing::TestScan scan;
  dxaudit::testing::run_test_scan(inputs, &scan, options, db.get());
  REQUIRE(scan.outcome.ok);
  REQUIRE_MESSAGE(db->end_run({scan.outcome.read, scan.outcome.ok_records,
                               scan.outcome.error_records, 0, 0, 1}),
                  db->error());
  return {scan.outcome, scan.output};
}

// The rows of unkeyed_errors, "FILE:LINE:KIND:RUN" by file and line, the directory left out.
std::string unkeyed(const std::string& db, const std::string& dir) {
  return text_of(db,
                 "SELECT coalesce(group_concat(replace(file, '" + dir +
                     "/', '') || ':' || line || ':' || error_kind || ':' || coalesce(run, "
                     "'NULL'), ' '), '') FROM (SELECT * FROM unkeyed_errors ORDER BY file, line)");
}

const char* kGood = "{\"note_id\":\"n1\",\"codes\":[\"M54.50\"],\"text\":\"Low back pain.\"}\n";
const char* kBadLines = "not json\n{\"codes\":[\"M54.50\"],\"text\":\"no id\"}\n";

}  // namespace

TEST_CASE("store: error records without a note_id are kept by file and line, once") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string(), base = dir.path().string();
  const std::string bad = dir.write("bad.jsonl", std::string(kGood) + kBadLines);
  const std::string other = dir.write("export.jsonl", "{\"note_id\":\"n2\",\"text\":\"x\"\n");
  Run first = scan_run({bad, other}, db);
  CHECK(first.outcome.error_records == 3);
  CHECK(unkeyed(db, base) ==
        "bad.jsonl:2:malformed_json:1 bad.jsonl:3:missing_field:1 export.jsonl:1:malformed_json:1");
  // The row holds the output line, its error and where it was read.
  std::vector<json> recs = records(first.output);
  REQUIRE(recs.size() == 4);
  std::istringstream lines(first.output);
  std::string line;
  for (int i = 0; i < 3; ++i) std::getline(lines, line);
  CHECK(text_of(db, "SELECT record FROM unkeyed_errors WHERE line = 3") == line);
  CHECK(text_of(db, "SELECT error_message FROM unkeyed_errors WHERE line = 3") ==
        recs[2]["error"]["message"].get<std::string>());
  CHECK(count(db, "SELECT count(*) FROM notes") == 1);

  // The same file again: its errors once, the run's; the other file's stay.
  scan_run({bad}, db);
  CHECK(unkeyed(db, base) ==
        "bad.jsonl:2:malformed_json:2 bad.jsonl:3:missing_field:2 export.jsonl:1:malformed_json:1");
  // The file fixed: its errors go, the other file's stay.
  dir.write("bad.jsonl", kGood);
  scan_run({bad}, db);
  CHECK(unkeyed(db, base) == "export.jsonl:1:malformed_json:1");

  // A folder's files are the folder's: scanned again fixed, its errors go; export.jsonl,
  // whose name starts as the folder's, is not one of them.
  std::filesystem::create_directories(dir / "export" / "sub");
  dir.write("export/sub/part.jsonl", std::string(kGood) + kBadLines);
  const std::string folder = (dir / "export").string();
  scan_run({folder + "/"}, db);
  CHECK(unkeyed(db, base) ==
        "export.jsonl:1:malformed_json:1 export/sub/part.jsonl:2:malformed_json:4 "
        "export/sub/part.jsonl:3:missing_field:4");
  scan_run({folder}, db);
  CHECK(unkeyed(db, base) ==
        "export.jsonl:1:malformed_json:1 export/sub/part.jsonl:2:malformed_json:5 "
        "export/sub/part.jsonl:3:missing_field:5");
  dir.write("export/sub/part.jsonl", kGood);
  scan_run({folder}, db);
  CHECK(unkeyed(db, base) == "export.jsonl:1:malformed_json:1");
  CHECK(count(db, "SELECT count(*) FROM runs") == 6);
}

TEST_CASE("store: a store of schema 6 made before unkeyed_errors gets it when written") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string(), base = dir.path().string();
  const std::string bad = dir.write("bad.jsonl", std::string(kGood) + kBadLines);
  scan_run({bad}, db);
  exec_sql(db, "DROP TABLE unkeyed_errors");
  scan_run({bad}, db);
  CHECK(unkeyed(db, base) == "bad.jsonl:2:malformed_json:2 bad.jsonl:3:missing_field:2");
}
