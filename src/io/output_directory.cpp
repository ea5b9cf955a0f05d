#include "io/output_directory.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include "io/temporaries.h"

namespace dxaudit::io {

namespace fs = std::filesystem;

namespace {

// How many entries of a folder that is not empty are looked at for an input it holds: the
// folder is refused either way, the look only makes the message say why.
constexpr int kEntriesLookedAt = 100000;

// The first file under `dir` that the run reads, if any.
std::string input_held(const fs::path& dir, const InputFiles& inputs) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (int n = 0; !ec && it != end && n < kEntriesLookedAt; it.increment(ec), ++n) {
    struct stat st;
    if (stat(it->path().c_str(), &st) == 0 && S_ISREG(st.st_mode))
      if (const std::string* input = inputs.find(st.st_dev, st.st_ino)) return *input;
  }
  return {};
}

}  // namespace

bool OutputDirectory::open(const std::string& path, const InputFiles& inputs, std::string* error) {
  discard();
  shown_ = path;
  if (path.empty()) {
    *error = "the output folder has no name";
    return false;
  }
  std::error_code ec;
  fs::path p = fs::absolute(path, ec).lexically_normal();
  if (ec) p = fs::path(path).lexically_normal();
  if (p.filename().empty()) p = p.parent_path();  // "review/"
  struct stat st;
  if (stat(p.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) {
      *error = path + ": is not a folder; --format brat writes a folder of files";
      return false;
    }
    fs::path real = fs::canonical(p, ec);  // a link to a folder: the folder receives the files
    if (ec) {
      *error = path + ": " + ec.message();
      return false;
    }
    fs::directory_iterator first(real, ec);
    if (ec) {
      *error = path + ": cannot read the folder: " + ec.message();
      return false;
    }
    if (first != fs::directory_iterator()) {
      const std::string input = input_held(real, inputs);
      *error = !input.empty()
                   ? path + ": holds the input " + input +
                         "; dxaudit never writes over its input: choose a new or "
                         "empty folder"
                   : path + ": is not empty (it holds " + first->path().filename().string() +
                         "); brat files go into a new or empty folder, so that "
                         "nothing already there is written over: choose another, "
                         "or remove it first";
      return false;
    }
    mode_ = st.st_mode & 07777;
    p = real;
  } else if (errno != ENOENT) {
    *error = path + ": " + std::strerror(errno);
    return false;
  } else {
    struct stat link;
    if (lstat(p.c_str(), &link) == 0) {  // a link that leads nowhere
      *error = path + ": is a symbolic link to nothing; name a new or empty folder";
      return false;
    }
    fs::create_directories(p.parent_path(), ec);
    if (ec) {
      *error = path + ": cannot create the folder it is in: " + ec.message();
      return false;
    }
    fs::path parent = fs::canonical(p.parent_path(), ec);
    if (!ec) p = parent / p.filename();
    mode_ = 0;  // as mkdir() leaves it
  }
  target_ = p.string();
  // The hidden folder beside the target, created by mkdir() so that the umask applies; a
  // name in use is never reused.
  std::random_device random;
  const std::string base = (p.parent_path() / ("." + p.filename().string() + ".dxaudit-")).string();
  for (int n = 0; n < 100; ++n) {
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%08x", static_cast<unsigned>(random()));
    const std::string candidate = base + suffix;
    if (mkdir(candidate.c_str(), 0777) == 0) {
      staging_ = candidate;
      add_temporary(staging_);  // once created, never before: a folder of that name is another's
      return true;
    }
    if (errno != EEXIST) break;
  }
  *error = path + ": cannot create a folder beside it: " + std::strerror(errno);
  return false;
}

std::string OutputDirectory::file_path(const std::string& name) const {
  return (fs::path(staging_) / name).string();
}

bool OutputDirectory::commit(std::string* error) {
  if (staging_.empty()) {
    *error = shown_ + ": not open";
    return false;
  }
  if (mode_ != 0) (void)chmod(staging_.c_str(), mode_);  // best effort: the old folder's bits
  // rename() replaces an empty folder; one that got files meanwhile stays as it is.
  if (std::rename(staging_.c_str(), target_.c_str()) != 0) {
    *error = shown_ + ": cannot put the folder in place: " + std::strerror(errno);
    discard();
    return false;
  }
  remove_temporary(staging_);
  staging_.clear();
  return true;
}

void OutputDirectory::discard() {
  if (staging_.empty()) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
  remove_temporary(staging_);
  staging_.clear();
}

OutputDirectory::~OutputDirectory() {
  discard();
}

}  // namespace dxaudit::io
