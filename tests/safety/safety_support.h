// Helpers of the safety tests (tests/safety): run the real dxaudit with its standard
// output and standard error kept apart, and look at files as bytes, kind and time.
#pragma once

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <string>

#include "test_support.h"

namespace dxaudit::testing {

struct Run {
  int exit_code = -1;
  std::string out, err;
};

// Runs `command` (a shell command line) with standard error captured on its own.
inline Run run_split(const TempDir& dir, const std::string& command) {
  const std::string err = (dir / ".stderr").string();
  CommandResult c = run_command(command + " 2>" + shell_quote(err));
  Run r{c.exit_code, c.out, read_file(err)};
  std::filesystem::remove(err);
  return r;
}

// A file's bytes and modification time, to show it was left alone.
struct Snapshot {
  std::string bytes;
  int64_t mtime_ns = 0;
  bool operator==(const Snapshot&) const = default;
};

inline Snapshot snapshot(const std::string& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return {read_file(path),
          static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

// Sets a file's times in the past, so that any write would show in its mtime.
inline void age(const std::string& path) {
  struct timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
  REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

inline size_t count_occurrences(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

inline std::string demo_notes() {
  return std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl";
}
inline std::string demo_expected() {
  return std::string(DXAUDIT_SOURCE_DIR) + "/tests/e2e/demo.expected.jsonl";
}

}  // namespace dxaudit::testing
