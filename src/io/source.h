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
//   csv     a header row and RFC 4180 records, any of four delimiters (`.csv`, `.tsv`)
//   txt     a folder of `.txt` files, one note each, optional `manifest.csv` (a directory)
//   fhir    FHIR R4 DocumentReference, DiagnosticReport and Bundle resources, one per line
//           (`.ndjson`), or one JSON document
// A folder is walked recursively and each file in it read by its kind
// (io/folder_source.h).
// Files and standard input may be compressed (gzip, zstd: told by their first bytes); the
// format is read from the name under a compression suffix. A source never throws and never drops a
// record: whatever cannot be read becomes an InputRecord with ok == false, its kind and message,
// file and line.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/fields.h"
#include "io/note.h"

namespace dxaudit::io {

enum class InputFormat { kAuto, kJsonl, kCsv, kTxtFolder, kFhir };

// "auto", "jsonl", "csv", "txt", "fhir"; false for anything else.
bool parse_input_format(std::string_view name, InputFormat* format);

class NoteSource {
 public:
  virtual ~NoteSource() = default;
  // Reads what the input must start with (a CSV header, a JSON input's first record) and
  // decides how its records are read. False, with *error ("FILE:LINE: what to do"), when
  // the input cannot be read as notes at all: a CSV header or a first JSON record with no
  // field for the note text. open_source() calls it; next() calls it when nobody did, and
  // then yields its error as an error record.
  virtual bool open(std::string* /*error*/) { return true; }
  // The fields read from a column or key of another name ("text <- NoteText, patient_id
  // <- MRN", io/fields.h), once open() has run; empty when every field has its own name.
  virtual std::string field_mapping() const { return ""; }
  // Fills *record with the next record; false at the end of the input. A record of a
  // source given a record warning (set_record_warning) carries it among its warnings.
  bool next(InputRecord* record) {
    if (!read_record(record)) return false;
    if (!record_warning_.empty()) record->note.warnings.push_back(record_warning_);
    return true;
  }
  // A warning every record of this source gets: its text was converted on the way in
  // (from UTF-16), so its offsets are into the converted text.
  void set_record_warning(std::string warning) { record_warning_ = std::move(warning); }
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
  // What next() returns, without the record warning.
  virtual bool read_record(InputRecord* record) = 0;
  uint64_t size_ = 0;
  bool defer_parsing_ = false;

 private:
  std::string record_warning_;
};

// A file of a folder input that was not read, and why (io/folder_source.h).
struct SkippedFile {
  std::string path;
  std::string why;
};

// The warning of a record whose text was read converted from `encoding` ("UTF-16LE"):
// offsets are into the converted (UTF-8) text, not into the file's bytes.
std::string converted_text_warning(std::string_view encoding);

struct OpenedSource {
  std::unique_ptr<NoteSource> source;  // null when the input cannot be read at all
  std::string error;                   // why, when source is null
  // A folder: what its walk found (io/folder_source.h).
  bool folder = false;
  uint64_t note_files = 0;           // files (or folders of .txt notes) it reads
  std::vector<SkippedFile> skipped;  // files it does not read
};

// Opens `path` ("-": standard input) and opens its reader (NoteSource::open). The
// compression is told by the first bytes (io/byte_stream.h); with kAuto, a JSON input
// (`.jsonl`, `.json`, `.ndjson`, standard input, an unknown name) is told by its content:
// a first line that is just `{` or `[` starts one JSON document (a FHIR Bundle, a resource,
// a note or an array of them: io/json_document.h), a first record with a `resourceType`
// is FHIR (as `.ndjson` is), anything else JSON Lines of notes.
OpenedSource open_source(const std::string& path, InputFormat format,
                         const ReadOptions& options = {});

// What a file's name says it holds, by its extension under a compression suffix (.gz,
// .zst), case-insensitive: the one table behind open_source and the folder walk
// (io/folder_source.h), which differ only in what they do with a name of no known kind.
enum class NameKind { kCsv, kFhir, kJson, kText, kUnreadCompression, kOther };
NameKind kind_of_name(const std::string& path);

// Splits a list of codes written as one string at commas, semicolons, pipes and white
// space, dropping empty entries ("M54.50, M54.41" and "M54.50;M54.41" are two codes).
void split_codes(std::string_view list, std::vector<std::string>* codes);

}  // namespace dxaudit::io
