// Shared pieces of the command-line shell: exit statuses, load-error printing and
// atomic output files. Nothing here is part of the library.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "lexicon/line_file.h"

namespace dxaudit::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRecordErrors = 1;  // also: a measurement under its threshold
inline constexpr int kExitUsage = 2;

inline int print_load_errors(const std::vector<lexicon::LoadError>& errors) {
  for (const lexicon::LoadError& e : errors) std::cerr << "dxaudit: " << e.to_string() << "\n";
  std::cerr << "dxaudit: " << errors.size() << " problem" << (errors.size() == 1 ? "" : "s")
            << " in lexicons or models\n";
  return kExitUsage;
}

// Writes to `path` through a temporary file renamed into place on success, so that an
// interrupted run never leaves a half-written output where a complete one was. A path that
// is not a regular file (/dev/null, a FIFO, a terminal) is written directly: renaming over
// it would replace the device with a file.
class AtomicOutput {
 public:
  bool open(const std::string& path) {
    if (path.empty() || path == "-") {
      file_ = stdout;
      return true;
    }
    std::error_code ec;
    std::filesystem::file_status status = std::filesystem::status(path, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
      if (std::filesystem::is_directory(status)) return false;
      file_ = std::fopen(path.c_str(), "wb");
      direct_ = true;
      return file_ != nullptr;
    }
    // Through a symbolic link, replace the file it points to, not the link.
    path_ = path;
    if (std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec)))
      path_ = std::filesystem::weakly_canonical(path, ec).string();
    if (ec || path_.empty()) path_ = path;
    temp_ = path_ + ".tmp." + std::to_string(getpid());
    file_ = std::fopen(temp_.c_str(), "wb");
    return file_ != nullptr;
  }
  std::FILE* file() const { return file_; }
  bool commit() {
    if (file_ == stdout) return std::fflush(stdout) == 0;
    if (direct_) {
      bool ok = std::fclose(file_) == 0;
      file_ = nullptr;
      return ok;
    }
    bool ok = std::fclose(file_) == 0;
    file_ = nullptr;
    std::error_code ec;
    if (ok) std::filesystem::rename(temp_, path_, ec);
    if (!ok || ec) std::filesystem::remove(temp_, ec);
    return ok && !ec;
  }
  ~AtomicOutput() {
    if (direct_ && file_ != nullptr) {
      std::fclose(file_);
    } else if (file_ != nullptr && file_ != stdout) {
      std::fclose(file_);
      std::error_code ec;
      std::filesystem::remove(temp_, ec);
    }
  }

 private:
  std::FILE* file_ = nullptr;
  bool direct_ = false;
  std::string path_, temp_;
};

}  // namespace dxaudit::cli
