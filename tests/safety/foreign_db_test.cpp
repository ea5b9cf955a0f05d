// Point 2 of issue 14 (ctest test `foreign_db`): `--db` on an existing file that is not a
// dxaudit store stops with exit 2 before any write, and the file is byte-identical
// afterwards, its modification time too; nothing is created beside it.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>

#include "safety_support.h"

using namespace dxaudit::testing;
namespace fs = std::filesystem;

namespace {

void sql(const std::string& path, const std::string& statements) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, statements.c_str(), nullptr, nullptr, &error);
  INFO((error != nullptr ? error : ""));
  sqlite3_free(error);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

size_t entries(const TempDir& dir) {
  return static_cast<size_t>(
      std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()));
}

// Runs a scan with --db `db` and -o beside it, and checks it was refused as the issue
// says: exit 2, a message naming the file, `db` as it was, no output and no other file.
void check_refused(const TempDir& dir, const std::string& db, const std::string& says,
                   const std::string& extra = "") {
  age(db);
  const Snapshot before = snapshot(db);
  const size_t files = entries(dir);
  Run r = run_split(dir, binary() + " scan " + extra + " " + shell_quote(demo_notes()) + " --db " +
                             shell_quote(db) + " -o " + shell_quote((dir / "out.jsonl").string()));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(db) != std::string::npos);
  CHECK(r.err.find(says) != std::string::npos);
  CHECK(r.out.empty());
  CHECK(snapshot(db) == before);
  CHECK(entries(dir) == files);  // no -wal, -shm, -journal, no output file
}

}  // namespace

TEST_SUITE("foreign_db") {
  TEST_CASE("another program's SQLite database is refused and left byte for byte") {
    TempDir dir;
    const std::string db = (dir / "other.sqlite").string();
    sql(db,
        "CREATE TABLE patients(id INTEGER PRIMARY KEY, name TEXT);"
        "INSERT INTO patients VALUES(1, 'A'), (2, 'B');");
    check_refused(dir, db, "not a dxaudit store");
    check_refused(dir, db, "not a dxaudit store", "--resume");
    // In WAL mode too (the old store switched foreign databases to WAL before failing).
    const std::string wal = (dir / "wal.sqlite").string();
    sql(wal, "PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES(1);");
    check_refused(dir, wal, "not a dxaudit store");
    // One that has tables named like dxaudit's but no dxaudit_meta.
    const std::string lookalike = (dir / "lookalike.sqlite").string();
    sql(lookalike, "CREATE TABLE notes(note_id TEXT); CREATE TABLE flags(rule TEXT);");
    check_refused(dir, lookalike, "no dxaudit_meta table");
  }

  TEST_CASE("a file that is not a database at all is refused and left as it was") {
    TempDir dir;
    const std::string text = dir.write("notes.txt", "these are my notes, not a database\n");
    check_refused(dir, text, "not an SQLite database");
    const std::string jsonl = dir.write("export.jsonl", read_file(demo_notes()));
    check_refused(dir, jsonl, "not an SQLite database");
  }

  TEST_CASE("a dxaudit store of another schema version is refused unchanged") {
    TempDir dir;
    const std::string db = (dir / "old.sqlite").string();
    sql(db,
        "CREATE TABLE dxaudit_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO dxaudit_meta VALUES('schema_version', '3');"
        "CREATE TABLE notes(note_id TEXT PRIMARY KEY);");
    check_refused(dir, db, "written by another version of dxaudit (database schema 3");
    // Schema 5 is updated (tests/report/review_test.cpp); 4, the one before, and 7, a
    // later dxaudit's, are not.
    for (const char* version : {"4", "7"}) {
      const std::string other = (dir / (std::string("v") + version + ".sqlite")).string();
      sql(other,
          "CREATE TABLE dxaudit_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
          "INSERT INTO dxaudit_meta VALUES('schema_version', '" +
              std::string(version) +
              "');"
              "CREATE TABLE notes(note_id TEXT PRIMARY KEY);");
      check_refused(dir, other,
                    std::string("written by another version of dxaudit (database schema ") +
                        version + ", this one writes 6 and updates 5)");
    }
  }

  TEST_CASE("a new file, an empty file and dxaudit's own store are written") {
    TempDir dir;
    const std::string fresh = (dir / "new.sqlite").string();
    const std::string scan =
        binary() + " scan -q " + shell_quote(demo_notes()) + " -o /dev/null --db ";
    CHECK(run_command(scan + shell_quote(fresh)).exit_code == 0);
    CHECK(run_command(scan + shell_quote(fresh) + " --resume").exit_code == 0);
    const std::string empty = dir.write("empty.sqlite", "");
    CHECK(run_command(scan + shell_quote(empty)).exit_code == 0);
    CHECK(read_file(empty).starts_with(std::string("SQLite format 3\0", 16)));
  }

  TEST_CASE("report reads a database only") {
    TempDir dir;
    const std::string db = (dir / "other.sqlite").string();
    sql(db, "CREATE TABLE t(x);");
    age(db);
    const Snapshot before = snapshot(db);
    Run r = run_split(dir, binary() + " report --db " + shell_quote(db) + " --csv " +
                               shell_quote((dir / "f.csv").string()));
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("not a dxaudit database") != std::string::npos);
    CHECK(snapshot(db) == before);
    CHECK(!fs::exists(dir / "f.csv"));
  }
}
