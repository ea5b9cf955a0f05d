// Helpers shared by the tests: temporary directories and files, running the real dxaudit
// binary, and copies of the shipped data.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dxaudit::testing {

// The MTSamples notes beside the checkout (../shared, not part of the project). Tests that
// read them skip when the file is not there.
inline std::filesystem::path shared_mtsamples() {
  return std::filesystem::path(DXAUDIT_SOURCE_DIR) / ".." / "shared" / "corpora" /
         "mtsamples.jsonl";
}

struct CommandResult {
  int exit_code = -1;
  std::string out;  // standard output (standard error too when the command redirects it)
};

// Runs `command` through the shell and captures its standard output.
inline CommandResult run_command(const std::string& command) {
  CommandResult r;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return r;
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Writes `content` to `path`, creating the folders above it.
inline void write_file(const std::filesystem::path& path, const std::string& content) {
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

// A fresh directory under the system temporary directory, removed with everything in it
// on destruction.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("dxaudit-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  // Writes `content` to `relative` (creating folders) and returns the file's full path.
  std::string write(const std::string& relative, const std::string& content) const {
    write_file(path_ / relative, content);
    return (path_ / relative).string();
  }

 private:
  std::filesystem::path path_;
};

// Copies the shipped lexicons/ and models/ into `data_dir`, to be changed there.
inline void copy_shipped_data(const std::filesystem::path& data_dir) {
  const std::filesystem::path source = DXAUDIT_SOURCE_DIR;
  for (const char* folder : {"lexicons", "models"})
    std::filesystem::copy(source / folder, data_dir / folder,
                          std::filesystem::copy_options::recursive);
}

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'')
      q += "'\\''";
    else
      q += c;
  }
  return q + "'";
}

inline std::string binary() {
  return shell_quote(DXAUDIT_BINARY);
}

}  // namespace dxaudit::testing
