// OutputFile: the one way dxaudit writes a file -- the JSONL output (-o), brat files, the
// report's HTML and CSV, `assert` output -- and, through resolve_output(), the check the
// SQLite store makes before it opens its database.
//
//   InputFiles inputs;
//   inputs.add_input("notes.jsonl", InputFormat::kAuto);   // every file the run reads
//   OutputFile out;
//   std::string error;
//   if (!out.open("audit.jsonl", inputs, &error)) fail(error);   // exit 2: nothing written
//   std::fputs("...", out.file());
//   if (!out.commit(&error)) fail(error);   // without commit(), the old file stays as it was
//
// What callers may rely on:
//   - an output that is the same file as an input (same device and inode: the path itself,
//     a hard link, a symbolic link to it, or standard output redirected onto it) is
//     refused at open(), before anything is written; so is one at the path of a file SQLite
//     keeps beside a database of the run (InputFiles::add_database), existing or not;
//   - a regular file (or a new one) is written to a temporary file in the same directory
//     (NAME.tmp.PID) and renamed over NAME by commit(): a run that fails or is killed leaves
//     the previous NAME as it was; the new file keeps the old one's permission bits;
//   - anything else -- a character device (/dev/null, a terminal), a FIFO -- is written
//     through, never replaced; /dev/stdout, /dev/stderr and /dev/fd/N (/proc/self/fd/N)
//     write to that descriptor of this process;
//   - a symbolic link is never replaced: its target is written (links followed to the end);
//   - "-" is standard output.
// Errors are returned as "PATH: why", never thrown.
#pragma once

#include <sys/types.h>

#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/source.h"

namespace dxaudit::io {

// The files a run reads, by identity (device and inode), so that no output replaces one.
class InputFiles {
 public:
  // Adds the file at `path`; "-" adds standard input when it is a file. A path that does
  // not exist or is not a regular file is left out (nothing could overwrite it).
  void add(const std::string& path);
  // Adds what an input of the scan reads: the file, or every file a folder's walk reads
  // (io/folder_source.h).
  void add_input(const std::string& path, InputFormat format);
  // Adds every regular file under `dir`, recursively.
  void add_tree(const std::string& dir);
  // Adds the lexicons and models under a data directory, which every command reads.
  void add_data_dir(const std::string& data_dir);
  // Adds an SQLite database the run reads or writes (the --db store), and the files SQLite
  // keeps beside it, NAME-wal, NAME-shm and NAME-journal, by their path as well: whether or
  // not they exist yet, replacing one loses what the database holds (a WAL holds every
  // transaction not yet copied into NAME).
  void add_database(const std::string& path);
  // The database a path (links and folders resolved, as resolve_output() gives it) belongs
  // beside, when it is one of those files; else null.
  const std::string* database_companion(const std::string& resolved) const;
  // The path an input was added under when `dev`/`ino` is one of them, else null.
  const std::string* find(dev_t dev, ino_t ino) const;

 private:
  void add_identity(dev_t dev, ino_t ino, std::string path);
  // By (device, inode): a folder input may hold a great many files, and brat output looks
  // each file it writes up.
  std::map<std::pair<dev_t, ino_t>, std::string> files_;
  std::map<std::string, std::string> database_companions_;  // resolved path -> the database
};

// Every file `dxaudit scan` reads, whatever runs it (the CLI, the distributed scan): its
// inputs (each file a folder's walk reads), the claims file when `claims` is not empty, and
// the lexicons and models under `data_dir`.
InputFiles files_a_scan_reads(const std::vector<std::string>& inputs, InputFormat format,
                              const std::string& claims, const std::string& data_dir);

// Where an output path leads.
struct OutputTarget {
  enum class Kind {
    kStandardOutput,  // "-"
    kDescriptor,      // /dev/stdout, /dev/fd/N, /proc/self/fd/N: descriptor `fd`
    kRegularFile,     // a regular file at `path`, or none yet
    kStream,          // a character or block device, a FIFO, a socket at `path`
  };
  Kind kind = Kind::kRegularFile;
  std::string path;  // symbolic links followed; for kStandardOutput and kDescriptor, as given
  int fd = -1;       // kStandardOutput (1) and kDescriptor
  bool exists = false;
  mode_t mode = 0;  // permission bits of the existing regular file
};

// Works out where `path` leads, following symbolic links. False, with *error ("PATH:
// why"), for an output that must not or cannot be written: the same file as an input, a
// directory, an empty path, a link loop.
bool resolve_output(const std::string& path, const InputFiles& inputs, OutputTarget* target,
                    std::string* error);

// True when two resolved targets are the same file (both regular files at one path, or
// the same existing file): two outputs of one run must not be.
bool same_target(const OutputTarget& a, const OutputTarget& b);

class OutputFile {
 public:
  OutputFile() = default;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  // Without commit(): a temporary file is removed, so the previous file stays as it was.
  ~OutputFile();

  // Opens `path` for writing, as the header says. False, with *error, when it is refused
  // or cannot be created.
  bool open(const std::string& path, const InputFiles& inputs, std::string* error);
  std::FILE* file() const { return file_; }
  // Appends bytes; a failure is remembered and reported by commit().
  void write(std::string_view bytes);
  // Finishes the output: flushes it and, for a regular file, renames the temporary file
  // over the target. False, with *error, when any write or the rename failed (the
  // temporary file is then removed). Standard output is flushed, not closed.
  bool commit(std::string* error);
  // The first half of commit(): flushes and closes the output and says whether every
  // write reached it, without renaming anything yet. A run with several outputs finishes
  // each before it commits any, so that one that fails leaves the others as they were.
  bool finish(std::string* error);
  bool finished() const { return finished_; }
  // Where the output goes (valid after a successful open()).
  const OutputTarget& target() const { return target_; }

  // open(), write(content), commit() in one call.
  static bool write_whole(const std::string& path, std::string_view content,
                          const InputFiles& inputs, std::string* error);

 private:
  void discard();
  void drop_temp();  // deletes the temporary file, if any, and takes it off the list
  std::FILE* file_ = nullptr;
  OutputTarget target_;
  std::string shown_;  // the path as given, for messages
  std::string temp_;   // kRegularFile: the temporary file
  bool failed_ = false;
  bool finished_ = false;
};

}  // namespace dxaudit::io
