// Claims: the codes billed for each encounter, from a claims CSV file, joined to notes.
//
//   dxaudit scan notes.jsonl --claims claims.csv
//
// The file has a header row naming a `code` column and a `note_id` or `encounter_id`
// column (or both; other columns are ignored). Each row assigns one code; a note
// receives the codes of the rows whose note_id equals its note_id or whose encounter_id
// equals its encounter_id. Fields follow RFC 4180: separated by commas, optionally
// double-quoted, with "" for a quote inside quotes and line breaks allowed inside quotes;
// CRLF or LF line ends; a UTF-8 byte-order mark is skipped.
//
// Callers may rely on: load() never throws; a file that cannot be read, lacks the
// columns or has an unterminated quote gives ok == false and a message with the line; the
// codes for a note keep file order, without duplicates. The whole file is held in
// memory as (key, code) pairs: claims files are small beside the notes.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dxaudit::io {

class ClaimsIndex {
 public:
  struct LoadOutcome {
    bool ok = false;
    std::string error;  // "FILE:LINE: message"
  };
  LoadOutcome load(const std::string& path);
  // Parses CSV text (for tests and for load()); `name` is used in error messages.
  LoadOutcome parse(std::string_view content, const std::string& name);

  // The codes joined to a note, in file order, each once.
  std::vector<std::string> codes_for(std::string_view note_id, std::string_view encounter_id) const;

  size_t rows() const { return rows_; }

 private:
  std::unordered_map<std::string, std::vector<std::string>> by_note_, by_encounter_;
  size_t rows_ = 0;
};

}  // namespace dxaudit::io
