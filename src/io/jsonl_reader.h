// JsonlReader: reads notes from JSON Lines (one JSON object per line).
//
// Lines of any length are read whole. Blank lines are skipped (they hold no record);
// every other line yields exactly one InputRecord. A line that is not valid UTF-8 is
// repaired before parsing, since JSON text must be UTF-8: each invalid byte becomes one
// '?', so offsets into the note still count the bytes as received; the note carries a
// warning that says so. Fields are read as CONTRACT.md describes; unknown fields
// are kept in Note::meta_json.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "io/note.h"

namespace dxaudit::io {

class JsonlReader {
 public:
  // Reads from `file` (not owned); `name` is used in input positions ("-" for stdin).
  JsonlReader(std::FILE* file, std::string name);
  ~JsonlReader();
  JsonlReader(const JsonlReader&) = delete;
  JsonlReader& operator=(const JsonlReader&) = delete;

  // Fills *record with the next record; false at the end of input.
  bool next(InputRecord* record);

  // True when reading stopped on an I/O error rather than at the end of the file.
  bool failed() const { return failed_; }

 private:
  std::FILE* file_;
  std::string name_;
  char* buffer_ = nullptr;
  size_t capacity_ = 0;
  uint64_t line_ = 0;
  bool failed_ = false;
};

// Parses one JSONL line into *record (whose `where` the caller has set).
void parse_note_json(std::string_view line, InputRecord* record);

}  // namespace dxaudit::io
