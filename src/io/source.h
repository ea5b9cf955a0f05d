// NoteSource: every input format behind one interface, chosen by the input's name or an
// explicit format.
//
//   OpenedSource in = open_source("notes.csv.gz", InputFormat::kAuto);
//   if (!in.source) { fail(in.error); }
//   InputRecord r;
//   while (in.source->next(&r)) { ... }      // one record per input record, in order
//
// Formats (docs/input-formats.md):
//   jsonl   one JSON object per line (`.jsonl`, `.json`, standard input, anything unnamed)
//   csv     a header row and RFC 4180 records (`.csv`)
//   txt     a folder of `.txt` files, one note each, optional `manifest.csv` (a directory)
// A folder is walked recursively and each file in it read by its kind
// (io/folder_source.h).
//   fhir    FHIR R4 DocumentReference resources, one per line (`.ndjson`)
// Files may be compressed (`.gz`, `.zst`); the format is read from the name under the
// compression suffix. A source never throws and never drops a record: whatever cannot be
// read becomes an InputRecord with ok == false, its kind and message, file and line.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/note.h"

namespace dxaudit::io {

enum class InputFormat { kAuto, kJsonl, kCsv, kTxtFolder, kFhir };

// "auto", "jsonl", "csv", "txt", "fhir"; false for anything else.
bool parse_input_format(std::string_view name, InputFormat* format);

class NoteSource {
 public:
  virtual ~NoteSource() = default;
  // Fills *record with the next record; false at the end of the input.
  virtual bool next(InputRecord* record) = 0;
  // Bytes of the input consumed so far and its total size (0 when not known), for progress.
  virtual uint64_t consumed() const = 0;
  uint64_t size() const { return size_; }
  void set_size(uint64_t size) { size_ = size; }
  // Asks the reader to leave each record's parsing to complete_record() (io/note.h), so
  // that a bulk pipeline can parse on its parallel workers while one thread reads. Readers
  // of one record per line (JSONL, FHIR) do so; the others parse as they read, and
  // complete_record() then has nothing to do. Off by default.
  void set_defer_parsing(bool defer) { defer_parsing_ = defer; }

 protected:
  uint64_t size_ = 0;
  bool defer_parsing_ = false;
};

// A file of a folder input that was not read, and why (io/folder_source.h).
struct SkippedFile {
  std::string path;
  std::string why;
};

struct OpenedSource {
  std::unique_ptr<NoteSource> source;  // null when the input cannot be read at all
  std::string error;                   // why, when source is null
  // A folder: what its walk found (io/folder_source.h).
  bool folder = false;
  uint64_t note_files = 0;           // files (or folders of .txt notes) it reads
  std::vector<SkippedFile> skipped;  // files it does not read
};

// Opens `path` ("-": standard input, JSONL unless `format` says otherwise).
OpenedSource open_source(const std::string& path, InputFormat format);

// Splits a ';'-separated code list, dropping empty entries (the CSV form of `codes`).
void split_codes(std::string_view list, std::vector<std::string>* codes);

}  // namespace dxaudit::io
