// TextFolderReader: notes from a folder of text files, one note per file.
//
// Every regular file named `*.txt` (or `*.txt.gz`, `*.txt.zst`) in the folder, not its
// subfolders, is one note: its name without the extension is the note_id, its bytes the
// text, read as they are. Files are read in byte order of their names, so a folder always
// yields the same records in the same order. An optional `manifest.csv` in the folder
// (header row with `note_id` and any of `patient_id`, `encounter_id`, `encounter_date`,
// `provider`, `codes`, other columns going to `meta`) gives the other fields; a manifest
// row that cannot be read, or names a note with no file, becomes an error record.
// A record's position is the file's path and line 1.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "io/source.h"

namespace dxaudit::io {

class TextFolderReader : public NoteSource {
 public:
  // `options`: how the manifest is read (its delimiter, --map, the date format).
  explicit TextFolderReader(std::string folder, const ReadOptions& options = {});

  bool read_record(InputRecord* record) override;
  uint64_t consumed() const override { return consumed_; }

 private:
  struct Entry {
    std::string file_name;
    std::string note_id;
    uint64_t size = 0;
  };
  std::string folder_;
  std::vector<Entry> files_;
  size_t next_file_ = 0;
  std::map<std::string, InputRecord> manifest_;  // by note_id
  std::vector<InputRecord> manifest_errors_;     // reported first, in manifest order
  size_t next_error_ = 0;
  std::vector<std::string> unmatched_;  // manifest note_ids with no file, reported last
  size_t next_unmatched_ = 0;
  uint64_t consumed_ = 0;
};

}  // namespace dxaudit::io
