// Claims: the codes billed for each encounter, from a claims CSV file, joined to notes.
//
//   dxaudit scan notes.jsonl --claims claims.csv
//
// The file has a header row naming a code column and a note_id or encounter_id column (or
// both; other columns are ignored), matched as note columns are (io/fields.h: letter case,
// spaces and underscores do not count): the code is `code`, `codes`, `icd10`, `icd10_code`,
// `diagnosis_code`, `diagnosis_codes` or `dx`; the note `note_id`, `document_id` or
// `doc_id`; the encounter `encounter_id`, `csn`, `visit_id` or `fin`. A code cell may hold
// several codes (io/source.h split_codes). A note receives the codes of the rows whose
// note_id equals its note_id or whose encounter_id equals its encounter_id. The file is
// read by the readers notes are read by: CSV of any delimiter the header line shows (or
// `delimiter`), gzip or zstd by its first bytes (io/byte_stream.h).
//
// Callers may rely on: load() never throws; a file that cannot be read, lacks the
// columns or has a row that is not CSV gives ok == false and a message with the line; the
// codes for a note keep file order, without duplicates. The whole file is held in
// memory as (key, code) pairs: claims files are small beside the notes.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "io/byte_stream.h"

namespace dxaudit::io {

class ClaimsIndex {
 public:
  struct LoadOutcome {
    bool ok = false;
    std::string error;  // "FILE:LINE: message"
  };
  // `delimiter`: 0 to sniff it from the header line.
  LoadOutcome load(const std::string& path, char delimiter = 0);
  // Parses CSV text (for tests); `name` is used in error messages.
  LoadOutcome parse(std::string_view content, const std::string& name, char delimiter = 0);

  // The codes joined to a note, in file order, each once.
  std::vector<std::string> codes_for(std::string_view note_id, std::string_view encounter_id) const;

  size_t rows() const { return rows_; }

 private:
  LoadOutcome read(std::unique_ptr<ByteStream> stream, const std::string& name, char delimiter);
  std::unordered_map<std::string, std::vector<std::string>> by_note_, by_encounter_;
  size_t rows_ = 0;
};

}  // namespace dxaudit::io
