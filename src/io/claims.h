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
// codes for a note keep file order, without duplicates; codes_for() may be called from
// several threads; unmatched() counts the rows no call of codes_for() joined to a note, so
// that a run whose claims are keyed by another id says so. The whole file is held in
// memory as (key, code) pairs: claims files are small beside the notes.
#pragma once

#include <atomic>
#include <cstdint>
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

  // The rows with a code that no note asked for so far: neither their note_id nor their
  // encounter_id was a note's. `first_line` and `first_key` name the first such row.
  struct Unmatched {
    size_t rows = 0;
    uint64_t first_line = 0;
    std::string first_key;
  };
  Unmatched unmatched() const;

 private:
  struct Key {
    std::vector<std::string> codes;
    mutable std::atomic<bool> asked{false};
  };
  using Keys = std::unordered_map<std::string, Key>;
  // A row's ids, as their entries (id and Key) in the maps below; null for an id it has not.
  struct Row {
    const Keys::value_type* note = nullptr;
    const Keys::value_type* encounter = nullptr;
    uint64_t line = 0;
  };
  LoadOutcome read(std::unique_ptr<ByteStream> stream, const std::string& name, char delimiter);
  // Node-based: an entry's address stays put as the maps grow, so rows_with_codes_ may point in.
  Keys by_note_, by_encounter_;
  std::vector<Row> rows_with_codes_;
  size_t rows_ = 0;
};

}  // namespace dxaudit::io
