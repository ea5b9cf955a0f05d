// Folder inputs: a folder named to `dxaudit scan` is walked recursively, and every file in
// it is read by its kind, as if named on its own.
//
//   FolderPlan plan = plan_folder("exports/", InputFormat::kAuto);
//   for (const SkippedFile& s : plan.skipped) warn(s.path, s.why);   // never silently
//   FolderSource source(std::move(plan));                             // a NoteSource
//
// Kinds, from the name under a compression suffix (.gz, .zst): `.txt` (one note per file,
// io/text_folder_reader.h, with the folder's `manifest.csv`), `.jsonl` and `.json` (notes,
// FHIR or a JSON document, told by their content as for a file named alone), `.ndjson`
// (FHIR) and `.csv` or `.tsv`. Every file is read with the run's ReadOptions. Any other file is
// skipped, and said so; so are hidden entries (a name starting with '.') and links to folders
// (never followed: no loops). With InputFormat::kTxtFolder only the `.txt` notes are read.
//
// Order, the same on every run: in each folder, its `.txt` notes first (in byte order of
// their names, as TextFolderReader reads them), then its other note files, then its
// subfolders, each in byte order of their names. A file or folder that cannot be read
// becomes a read_error record where it would have been read.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "io/source.h"

namespace dxaudit::io {

struct FolderPlan {
  struct Part {
    enum class Kind { kTextNotes, kFile, kUnreadable };
    Kind kind = Kind::kFile;
    std::string path;  // kTextNotes: the folder; kFile: the file; kUnreadable: either
    InputFormat format = InputFormat::kJsonl;  // kFile
    std::string error;                         // kUnreadable: why
  };
  std::string folder;
  std::vector<Part> parts;           // in reading order
  std::vector<std::string> files;    // every file read: notes, manifests, note files
  std::vector<SkippedFile> skipped;  // in walking order
  uint64_t size = 0;                 // bytes of the files read
};

// Walks `folder` (which must be a directory). `format` is kAuto or kTxtFolder.
FolderPlan plan_folder(const std::string& folder, InputFormat format);

// The records of every part of a plan, in order.
class FolderSource : public NoteSource {
 public:
  FolderSource(FolderPlan plan, const ReadOptions& options);
  bool read_record(InputRecord* record) override;
  uint64_t consumed() const override;

 private:
  FolderPlan plan_;
  ReadOptions options_;
  size_t next_part_ = 0;
  std::unique_ptr<NoteSource> current_;
  uint64_t consumed_before_ = 0;
};

}  // namespace dxaudit::io
