#include "io/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "io/folder_source.h"
#include "io/temporaries.h"

namespace dxaudit::io {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxLinks = 40;  // as the kernel's own limit on links followed

// "/proc/self/fd", "/proc/PID/fd" (this process) after the kernel resolved /dev/fd.
bool is_own_fd_folder(const fs::path& dir) {
  return dir == "/proc/self/fd" || dir == fs::path("/proc") / std::to_string(getpid()) / "fd";
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

std::string refused_same_file(const std::string& shown, const std::string& input) {
  return shown + ": is the input " + input +
         "; dxaudit never writes over its input: choose another output";
}

}  // namespace

// ---- InputFiles --------------------------------------------------------------------

void InputFiles::add_identity(dev_t dev, ino_t ino, std::string path) {
  files_.emplace(std::make_pair(dev, ino), std::move(path));  // the first path named stays
}

void InputFiles::add(const std::string& path) {
  struct stat st;
  if (path == "-") {
    if (fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode))
      add_identity(st.st_dev, st.st_ino, "standard input");
    return;
  }
  if (stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) add_identity(st.st_dev, st.st_ino, path);
}

void InputFiles::add_input(const std::string& path, InputFormat format) {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    for (const std::string& f : plan_folder(path, format).files) add(f);
    return;
  }
  add(path);
}

void InputFiles::add_tree(const std::string& dir) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec))
    add(it->path().string());
}

void InputFiles::add_database(const std::string& path) {
  add(path);
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) return;
  for (const char* suffix : {"-wal", "-shm", "-journal"}) {
    const std::string companion = resolved.string() + suffix;
    add(companion);
    database_companions_.emplace(companion, path);
  }
}

const std::string* InputFiles::database_companion(const std::string& resolved) const {
  auto it = database_companions_.find(resolved);
  return it == database_companions_.end() ? nullptr : &it->second;
}

void InputFiles::add_data_dir(const std::string& data_dir) {
  add_tree((fs::path(data_dir) / "lexicons").string());
  add_tree((fs::path(data_dir) / "models").string());
}

InputFiles files_a_scan_reads(const std::vector<std::string>& inputs, InputFormat format,
                              const std::string& claims, const std::string& data_dir) {
  InputFiles files;
  for (const std::string& input : inputs) files.add_input(input, format);
  if (!claims.empty()) files.add(claims);
  files.add_data_dir(data_dir);
  return files;
}

const std::string* InputFiles::find(dev_t dev, ino_t ino) const {
  auto it = files_.find({dev, ino});
  return it == files_.end() ? nullptr : &it->second;
}

// ---- where an output leads ---------------------------------------------------------

bool resolve_output(const std::string& path, const InputFiles& inputs, OutputTarget* target,
                    std::string* error) {
  *target = OutputTarget{};
  auto check_descriptor = [&](int fd) {
    struct stat st;
    if (fstat(fd, &st) != 0) {
      *error = path + ": descriptor " + std::to_string(fd) + " is not open";
      return false;
    }
    if (S_ISREG(st.st_mode))
      if (const std::string* input = inputs.find(st.st_dev, st.st_ino)) {
        *error = refused_same_file(path, *input);
        return false;
      }
    return true;
  };
  if (path == "-") {
    target->kind = OutputTarget::Kind::kStandardOutput;
    target->path = path;
    target->fd = STDOUT_FILENO;
    return check_descriptor(STDOUT_FILENO);
  }
  if (path.empty()) {
    *error = "an output needs a file name (or - for standard output)";
    return false;
  }
  // Follow the links of the last component one by one (each relative to the folder it is
  // in, that folder's own links resolved), so that the file finally written is the link's
  // target and the link stays; /dev/stdout leads to /proc/self/fd/1, a descriptor.
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  if (ec) p = path;
  for (int hops = 0;; ++hops) {
    if (hops == kMaxLinks) {
      *error = path + ": too many levels of symbolic links";
      return false;
    }
    fs::path dir = p.parent_path();
    fs::path real_dir = fs::canonical(dir, ec);
    if (!ec) dir = real_dir;
    const std::string name = p.filename().string();
    if (is_own_fd_folder(dir) && all_digits(name)) {
      target->kind = OutputTarget::Kind::kDescriptor;
      target->path = path;
      target->fd = std::stoi(name);
      return check_descriptor(target->fd);
    }
    p = dir / name;
    struct stat link;
    if (lstat(p.c_str(), &link) != 0 || !S_ISLNK(link.st_mode)) break;
    fs::path to = fs::read_symlink(p, ec);
    if (ec) {
      *error = path + ": cannot read the symbolic link: " + ec.message();
      return false;
    }
    p = to.is_absolute() ? to : dir / to;
  }
  target->path = p.string();
  if (const std::string* database = inputs.database_companion(target->path)) {
    *error = path + ": is where SQLite keeps part of the database " + *database +
             "; writing it would lose what the database holds: choose another output";
    return false;
  }
  struct stat st;
  if (stat(p.c_str(), &st) != 0) {
    if (errno != ENOENT) {
      *error = path + ": " + std::strerror(errno);
      return false;
    }
    if (p.filename().empty()) {
      *error = path + ": names a folder, not a file";
      return false;
    }
    target->kind = OutputTarget::Kind::kRegularFile;  // a new file
    return true;
  }
  if (S_ISDIR(st.st_mode)) {
    *error = path + ": is a directory";
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    target->kind = OutputTarget::Kind::kStream;
    target->exists = true;
    return true;
  }
  if (const std::string* input = inputs.find(st.st_dev, st.st_ino)) {
    *error = refused_same_file(path, *input);
    return false;
  }
  target->kind = OutputTarget::Kind::kRegularFile;
  target->exists = true;
  target->mode = st.st_mode & 07777;
  return true;
}

bool same_target(const OutputTarget& a, const OutputTarget& b) {
  using Kind = OutputTarget::Kind;
  if (a.kind != Kind::kRegularFile || b.kind != Kind::kRegularFile) return false;
  if (a.path == b.path) return true;
  struct stat sa, sb;
  return a.exists && b.exists && stat(a.path.c_str(), &sa) == 0 && stat(b.path.c_str(), &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// ---- OutputFile --------------------------------------------------------------------

bool OutputFile::open(const std::string& path, const InputFiles& inputs, std::string* error) {
  discard();
  failed_ = false;
  finished_ = false;
  shown_ = path;
  if (!resolve_output(path, inputs, &target_, error)) return false;
  switch (target_.kind) {
    case OutputTarget::Kind::kStandardOutput:
      file_ = stdout;
      return true;
    case OutputTarget::Kind::kDescriptor: {
      int fd = dup(target_.fd);
      file_ = fd < 0 ? nullptr : fdopen(fd, "wb");
      if (file_ == nullptr) {
        if (fd >= 0) close(fd);
        *error = path + ": " + std::strerror(errno);
      }
      return file_ != nullptr;
    }
    case OutputTarget::Kind::kStream:
      // Written through: a device or a FIFO is never replaced by a file.
      file_ = std::fopen(target_.path.c_str(), "wb");
      if (file_ == nullptr) *error = path + ": " + std::strerror(errno);
      return file_ != nullptr;
    case OutputTarget::Kind::kRegularFile:
      break;
  }
  // A temporary file beside the target (the same file system, so that rename() is atomic),
  // created exclusively: a stale one of an earlier process with this pid is never reused.
  const std::string base = target_.path + ".tmp." + std::to_string(getpid());
  int fd = -1;
  for (int n = 0; fd < 0 && n < 100; ++n) {
    temp_ = n == 0 ? base : base + "." + std::to_string(n);
    fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    // Listed once created, never before: a file of that name is another's (temporaries.h).
    if (fd >= 0) add_temporary(temp_);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    *error = path + ": cannot create " + temp_ + ": " + std::strerror(errno);
    temp_.clear();
    return false;
  }
  if (target_.exists) (void)fchmod(fd, target_.mode);  // best effort: the old file's bits
  file_ = fdopen(fd, "wb");
  if (file_ == nullptr) {
    *error = path + ": " + std::strerror(errno);
    close(fd);
    drop_temp();
    return false;
  }
  return true;
}

void OutputFile::write(std::string_view bytes) {
  if (file_ == nullptr) {
    failed_ = true;
    return;
  }
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
    failed_ = true;
}

bool OutputFile::finish(std::string* error) {
  if (finished_) return true;
  if (file_ == nullptr) {
    *error = shown_ + ": not open";
    return false;
  }
  bool ok = !failed_;
  int saved = 0;
  ok = std::fflush(file_) == 0 && !std::ferror(file_) && ok;
  saved = errno;
  if (file_ != stdout) ok = std::fclose(file_) == 0 && ok;  // standard output stays open
  file_ = nullptr;
  if (!ok) {
    *error =
        shown_ + ": cannot write" + (saved != 0 ? std::string(": ") + std::strerror(saved) : "");
    drop_temp();
    return false;
  }
  finished_ = true;
  return true;
}

bool OutputFile::commit(std::string* error) {
  if (!finish(error)) return false;
  if (temp_.empty()) return true;
  if (std::rename(temp_.c_str(), target_.path.c_str()) != 0) {
    *error = shown_ + ": cannot write: " + std::strerror(errno);
    drop_temp();
    return false;
  }
  remove_temporary(temp_);  // it is the output now
  temp_.clear();
  return true;
}

void OutputFile::discard() {
  if (file_ != nullptr && file_ != stdout) std::fclose(file_);
  file_ = nullptr;
  drop_temp();
}

void OutputFile::drop_temp() {
  if (temp_.empty()) return;
  unlink(temp_.c_str());
  remove_temporary(temp_);
  temp_.clear();
}

OutputFile::~OutputFile() {
  discard();
}

bool OutputFile::write_whole(const std::string& path, std::string_view content,
                             const InputFiles& inputs, std::string* error) {
  OutputFile f;
  if (!f.open(path, inputs, error)) return false;
  f.write(content);
  return f.commit(error);
}

}  // namespace dxaudit::io
