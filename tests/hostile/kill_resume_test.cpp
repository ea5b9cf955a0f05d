// Nothing lost when a run is killed: a scan with --db and -o is killed (SIGKILL) midway.
// The previous -o file must be intact (the output is renamed into place only at the end),
// the database must hold the checkpoints committed before the kill (each analysed record,
// saved as it is analysed; the tables of rows are written once the review has seen every
// note), and a run with --resume must take those notes from the database, write exactly
// what a clean run writes, and store every note.
#include <doctest/doctest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "hostile_support.h"

using namespace dxaudit::testing;
using nlohmann::json;

namespace {

// Rows of `table` so far (committed transactions only), 0 while the database is not there.
int64_t count_rows(const std::string& db_path, const char* table) {
  if (!std::filesystem::exists(db_path)) return 0;
  sqlite3* db = nullptr;
  int64_t n = 0;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 1000);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, (std::string("SELECT count(*) FROM ") + table).c_str(), -1, &st,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
      n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return n;
}

pid_t spawn(const std::string& command) {
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", ("exec " + command).c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

}  // namespace

TEST_CASE("a scan killed midway keeps the old output; --resume finishes it as a clean run") {
  TempDir dir;
  const uint64_t copies = env_size("DXAUDIT_HOSTILE_KILL_COPIES", 4000);
  // The demo notes, each copied under new note and patient ids: copies x 9 notes.
  std::string demo = read_file(std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl");
  std::vector<json> notes;
  for (size_t b = 0; b < demo.size();) {
    size_t e = demo.find('\n', b);
    if (e == std::string::npos) e = demo.size();
    if (e > b) notes.push_back(json::parse(demo.substr(b, e - b)));
    b = e + 1;
  }
  std::string input;
  for (uint64_t c = 0; c < copies; ++c)
    for (json n : notes) {
      n["note_id"] = n["note_id"].get<std::string>() + "-" + std::to_string(c);
      n["patient_id"] = n["patient_id"].get<std::string>() + "-" + std::to_string(c);
      input += n.dump() + "\n";
    }
  const uint64_t total = copies * notes.size();
  const std::string in = dir.write("notes.jsonl", input);
  const std::string out = (dir / "out.jsonl").string(), db = (dir / "a.sqlite").string();
  const std::string old_output = "{\"an earlier run's output\":true}\n";

  // The reference: a clean run without a database.
  ScanRun clean = run_scan(dir, in);
  REQUIRE(clean.exit_code == 0);
  REQUIRE(clean.records.size() == total);
  const std::string reference = clean.output;

  write_file(out, old_output);
  pid_t pid = spawn(binary() + " scan -q -j2 " + shell_quote(in) + " --db " + shell_quote(db) +
                    " -o " + shell_quote(out) + " 2>" + shell_quote((dir / "killed.err").string()));
  REQUIRE(pid > 0);
  // Kill it once a few batches are committed, long before it could finish.
  int64_t stored = 0;
  auto start = std::chrono::steady_clock::now();
  bool exited = false;
  while ((stored = count_rows(db, "checkpoints")) < 1024) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    REQUIRE(std::chrono::steady_clock::now() - start < std::chrono::seconds(240));
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  REQUIRE_MESSAGE(!exited, "the scan finished before it could be killed; give it more notes");
  REQUIRE(kill(pid, SIGKILL) == 0);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFSIGNALED(status));
  stored = count_rows(db, "checkpoints");
  MESSAGE("killed with " << stored << " of " << total << " notes checkpointed");
  CHECK(stored >= 1024);
  CHECK(stored < static_cast<int64_t>(total));  // midway, not at the end

  // The earlier output is untouched.
  CHECK(read_file(out) == old_output);

  // Resume: the stored notes are not analysed again, and the output is the clean one.
  ScanRun resumed = run_scan(dir, in, "--db " + shell_quote(db) + " --resume --summary", false);
  CHECK(resumed.exit_code == 0);
  CHECK(resumed.read == static_cast<int64_t>(total));
  CHECK(resumed.ok == static_cast<int64_t>(total));
  CHECK(resumed.output == reference);
  const int64_t resumed_notes = number_after(resumed.err, "resumed: ");
  REQUIRE(resumed_notes >= 0);
  MESSAGE(resumed_notes << " notes resumed");
  CHECK(resumed_notes == stored);  // every committed note, and only those
  CHECK(count_rows(db, "checkpoints") == static_cast<int64_t>(total));
  CHECK(count_rows(db, "notes") == static_cast<int64_t>(total));
}
