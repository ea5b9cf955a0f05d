// OutputDirectory: a folder of files written as one output (`dxaudit scan --format brat`).
//
//   OutputDirectory out;
//   std::string error;
//   if (!out.open("review/", inputs, &error)) fail(error);   // exit 2: nothing written
//   io::OutputFile::write_whole(out.file_path("n1.txt"), text, inputs, &error);
//   if (!out.commit(&error)) fail(error);   // without commit(), nothing appears at review/
//
// What callers may rely on:
//   - the folder must be new or empty. A folder that holds anything -- a reviewer's edited
//     .ann files, a gold corpus, the notes being read -- is refused at open(), before
//     anything is written, and is left as it was; the message names an input it holds
//     first, else its first entry;
//   - the files are written into a new hidden folder beside it (.NAME.dxaudit-XXXXXX, the
//     same file system) and commit() renames that folder to NAME: a run that fails, is
//     refused or reads nothing leaves no NAME behind (an empty NAME stays empty); a run
//     killed by a signal leaves the hidden folder, which may be deleted;
//   - a symbolic link to a folder is never replaced: its target receives the files;
//   - the new folder gets the permission bits an empty NAME had, else those of a folder
//     made with mkdir (0777 less the umask).
// Errors are returned as "PATH: why", never thrown.
#pragma once

#include <sys/types.h>

#include <string>

#include "io/output_file.h"

namespace dxaudit::io {

class OutputDirectory {
 public:
  OutputDirectory() = default;
  OutputDirectory(const OutputDirectory&) = delete;
  OutputDirectory& operator=(const OutputDirectory&) = delete;
  // Without commit(): the hidden folder and what was written into it are removed.
  ~OutputDirectory();

  // Checks `path` as the header says and creates the hidden folder. False, with *error,
  // when it is refused or cannot be created.
  bool open(const std::string& path, const InputFiles& inputs, std::string* error);
  // Where a file named `name` is written until commit().
  std::string file_path(const std::string& name) const;
  // Renames the hidden folder to the target. False, with *error, when that fails (the
  // files are then removed, and the target left as it was).
  bool commit(std::string* error);

 private:
  void discard();
  std::string shown_;    // the path as given, for messages
  std::string target_;   // where the folder goes, links followed
  std::string staging_;  // the hidden folder, until commit()
  mode_t mode_ = 0755;
};

}  // namespace dxaudit::io
