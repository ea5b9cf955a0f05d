// store::Store (store/store.h) through pipeline::scan: normalised rows that match the
// output records, re-scans that replace rather than add, and --resume.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

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
