// Point 3 of issue 14 (ctest test `resume_key`): --resume takes a note's stored record only
// when everything that shaped it is the same -- the note, its claim codes, the dxaudit
// version and the lexicons and models -- and the store records each run (version, data
// fingerprint, command line, start and end, counts), which `dxaudit report` shows.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>
#include <vector>

#include "hostile/hostile_support.h"
#include "safety_support.h"

using namespace dxaudit::testing;
namespace fs = std::filesystem;

namespace {

const std::string kAudit = std::string(DXAUDIT_SOURCE_DIR) + "/corpora/audit";

// Every row of `query`, its columns joined by '|'.
std::vector<std::string> rows(const std::string& db_path, const std::string& query) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, query.c_str(), -1, &st, nullptr) == SQLITE_OK);
  std::vector<std::string> out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::string row;
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      const unsigned char* v = sqlite3_column_text(st, i);
      if (i > 0) row += '|';
      row += v != nullptr ? reinterpret_cast<const char*>(v) : "NULL";
    }
    out.push_back(row);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

void exec(const std::string& db_path, const std::string& statement) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, statement.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

struct ScanResult {
  int exit_code;
  std::string output;
  int64_t resumed;
};

ScanResult scan(const TempDir& dir, const std::string& args) {
  const std::string out = (dir / "run.jsonl").string();
  Run r = run_split(dir, binary() + " scan -q --summary " + args + " -o " + shell_quote(out));
  INFO(r.err);
  int64_t resumed = number_after(r.err, "resumed: ");
  return {r.exit_code, read_file(out), resumed < 0 ? 0 : resumed};
}

}  // namespace

TEST_SUITE("resume_key") {
  TEST_CASE("new claim codes: the notes they join are analysed again, the rest resumed") {
    TempDir dir;
    const std::string notes = shell_quote(kAudit + "/notes.jsonl");
    const std::string db = shell_quote((dir / "a.sqlite").string());
    const size_t total = count_occurrences(read_file(kAudit + "/notes.jsonl"), "\n");
    ScanResult first = scan(dir, notes + " --db " + db);
    REQUIRE(first.exit_code == 0);
    CHECK(scan(dir, notes + " --db " + db + " --resume").resumed == static_cast<int64_t>(total));

    // Claims that join two notes (by note_id and by encounter_id) with codes they lack.
    const std::string claims =
        dir.write("new-claims.csv", "note_id,encounter_id,code\na01-1,,M54.16\n,e10-2,M5450\n");
    ScanResult clean = scan(dir, notes + " --claims " + shell_quote(claims));
    REQUIRE(clean.exit_code == 0);
    REQUIRE(clean.output != first.output);  // the claims change what the records say
    ScanResult resumed =
        scan(dir, notes + " --claims " + shell_quote(claims) + " --db " + db + " --resume");
    CHECK(resumed.exit_code == 0);
    CHECK(resumed.resumed == static_cast<int64_t>(total) - 2);
    CHECK(resumed.output == clean.output);
    // And back without them: those two again, the same output as the first run.
    ScanResult back = scan(dir, notes + " --db " + db + " --resume");
    CHECK(back.resumed == static_cast<int64_t>(total) - 2);
    CHECK(back.output == first.output);
  }

  TEST_CASE("changed lexicons or models, or another dxaudit version: nothing is resumed") {
    TempDir dir;
    TempDir data;
    copy_shipped_data(data.path());
    const std::string notes = shell_quote(kAudit + "/notes.jsonl");
    const std::string db_path = (dir / "a.sqlite").string();
    const std::string db = shell_quote(db_path);
    const std::string with_data = " --data " + shell_quote(data.str());
    REQUIRE(scan(dir, notes + with_data + " --db " + db).exit_code == 0);
    const std::string fingerprint = rows(db_path, "SELECT data_fingerprint FROM runs").at(0);
    CHECK(fingerprint.size() == 16);
    // The same files elsewhere have the same fingerprint: the build tree's are a copy.
    CHECK(scan(dir, notes + " --db " + db + " --resume").resumed > 0);

    // A lexicon edited (a new phrase for a concept the notes mention): every note again,
    // and the output is what a clean run with the edited lexicon writes.
    std::string findings;
    for (const auto& e : fs::recursive_directory_iterator(data / "lexicons"))
      if (e.path().extension() == ".lex" && findings.empty() &&
          read_file(e.path()).find("@kind findings") != std::string::npos)
        findings = e.path().string();
    REQUIRE(!findings.empty());
    write_file(findings, read_file(findings) + "\n# an edit\n");
    ScanResult edited = scan(dir, notes + with_data + " --db " + db + " --resume");
    CHECK(edited.exit_code == 0);
    CHECK(edited.resumed == 0);
    ScanResult edited_clean = scan(dir, notes + with_data);
    CHECK(edited.output == edited_clean.output);
    const std::vector<std::string> fingerprints =
        rows(db_path, "SELECT DISTINCT data_fingerprint FROM runs ORDER BY run");
    CHECK(fingerprints.size() == 2);

    // A model edited: the same.
    write_file(data / "models/rules.model", read_file(data / "models/rules.model") + "\n# edit\n");
    CHECK(scan(dir, notes + with_data + " --db " + db + " --resume").resumed == 0);
    CHECK(scan(dir, notes + with_data + " --db " + db + " --resume").resumed > 0);

    // Checkpoints saved by another version of dxaudit (their key says so): not taken.
    exec(db_path,
         "UPDATE checkpoints SET analysis = '0.0.1' || substr(analysis, instr(analysis, ' '))");
    CHECK(scan(dir, notes + with_data + " --db " + db + " --resume").resumed == 0);
  }

  TEST_CASE("the store records each run, and dxaudit report shows them") {
    TempDir dir;
    const std::string db_path = (dir / "a.sqlite").string();
    const std::string db = shell_quote(db_path);
    const std::string notes = shell_quote(kAudit + "/notes.jsonl");
    REQUIRE(scan(dir, notes + " --db " + db).exit_code == 0);
    REQUIRE(scan(dir, notes + " --db " + db + " --resume").exit_code == 0);
    std::vector<std::string> runs =
        rows(db_path,
             "SELECT run, version, length(data_fingerprint), data_dir, command_line, "
             "started <= ended, length(started), records_read, ok_records, error_records, resumed, "
             "exit_status FROM runs ORDER BY run");
    REQUIRE(runs.size() == 2);
    const std::string total =
        std::to_string(count_occurrences(read_file(kAudit + "/notes.jsonl"), "\n"));
    const std::string build_tree = DXAUDIT_SOURCE_DIR;
    CHECK(runs[0] == "1|0.1.0|16|" + build_tree + "|dxaudit scan -q --summary " + kAudit +
                         "/notes.jsonl --db " + db_path + " -o " + (dir / "run.jsonl").string() +
                         "|1|20|" + total + "|" + total + "|0|0|0");
    CHECK(runs[1].find("--resume") != std::string::npos);
    CHECK(runs[1].ends_with("|" + total + "|" + total + "|0|" + total + "|0"));

    const std::string html = (dir / "r.html").string();
    Run report = run_split(dir, binary() + " report --db " + db + " --html " + shell_quote(html));
    CHECK(report.exit_code == 0);
    CHECK(report.err.find("2 run(s) wrote the database; the last: run 2, ") != std::string::npos);
    CHECK(report.err.find("dxaudit 0.1.0, data ") != std::string::npos);
    CHECK(report.err.find(total + " records read = " + total + " ok + 0 error, " + total +
                          " resumed") != std::string::npos);
    const std::string page = read_file(html);
    CHECK(page.find("<section id=\"runs\">") != std::string::npos);
    CHECK(count_occurrences(page, "<tr><td>") == 2);
    CHECK(page.find("dxaudit scan -q --summary") != std::string::npos);

    // A run killed midway keeps its row, without an end; the report says so.
    exec(db_path, "UPDATE runs SET ended = NULL WHERE run = 2");
    Run killed = run_split(dir, binary() + " report --db " + db + " --html " + shell_quote(html));
    CHECK(killed.err.find("(never finished)") != std::string::npos);
    CHECK(read_file(html).find("never finished") != std::string::npos);
    // The report is written, says at its top that it mixes runs, and is no success.
    CHECK(killed.exit_code == 1);
    CHECK(killed.err.find("the last scan into the database (run 2) never finished") !=
          std::string::npos);
    CHECK(read_file(html).find("id=\"unfinished-run\"") != std::string::npos);
    CHECK(page.find("id=\"unfinished-run\"") == std::string::npos);  // finished runs: none
  }
}
