// JsonlReader: reads notes from JSON Lines (one JSON object per line).
//
// Lines of any length are read whole. Blank lines are skipped (they hold no record);
// every other line yields exactly one InputRecord. A line that is not valid UTF-8 is
// repaired before parsing, since JSON text must be UTF-8: each invalid byte becomes one
// '?', so offsets into the note still count the bytes as received; the note carries a
// warning that says so. Fields are read as docs/output-schema.md describes, under the names
// the first record shows (io/fields.h: "note_text", "MRN", --map); unknown fields are kept
// in Note::meta_json. The bytes come from a ByteStream (io/byte_stream.h), so a
// compressed file reads the same; a read error or damaged compressed data ends the input
// with one `read_error` record.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "io/byte_stream.h"
#include "io/note.h"
#include "io/source.h"

namespace dxaudit::io {

class JsonlReader : public NoteSource {
 public:
  // Reads from `file` (not owned, not decompressed); `name` is used in input positions
  // ("-" for stdin).
  JsonlReader(std::FILE* file, std::string name);
  // Reads from `stream` (owned).
  JsonlReader(std::unique_ptr<ByteStream> stream, std::string name,
              const ReadOptions& options = {});
  JsonlReader(const JsonlReader&) = delete;
  JsonlReader& operator=(const JsonlReader&) = delete;

  // Reads the first record and decides from its keys which key is read as which field
  // (io/fields.h; a field it does not have keeps its own name). False when that record is
  // an object with no key for the text: then the input is not notes, or needs --map.
  bool open(std::string* error) override;
  // Reads every record under `map` (the fields of the whole input, as its first record
  // decided them) instead of deciding from this reader's own first record: for a reader of
  // a later byte range of one input (python/_dxaudit.cpp), whose first record is not the
  // input's. open() then refuses nothing. Call before open() or next().
  void read_fields_as(const FieldMap& map);
  // The fields this reader reads (FieldMap::canonical() when every field has its own name
  // and dates take the built-in formats), once open() has run.
  FieldMap fields() const { return fields_ ? *fields_ : FieldMap::canonical(); }
  // Fills *record with the next record; false at the end of input. A read error or corrupt
  // compressed data yields one last record of kind "read_error" (line 0).
  bool read_record(InputRecord* record) override;
  uint64_t consumed() const override { return stream_->consumed(); }
  std::string field_mapping() const override { return fields_ ? fields_->describe() : ""; }

  // True when reading stopped on an I/O error rather than at the end of the file.
  bool failed() const { return stream_->failed(); }

 private:
  std::unique_ptr<ByteStream> stream_;
  LineReader lines_;
  std::string name_;
  ReadOptions options_;
  std::shared_ptr<const FieldMap> fields_;  // null: every field under its own name
  bool opened_ = false;
  bool fields_given_ = false;  // read_fields_as() decided them
  bool reported_failure_ = false;
  bool has_first_ = false;  // open() read the first record's line: first_line_
  std::string first_line_;
  uint64_t first_line_number_ = 0;
};

// Parses one JSONL line into *record (whose `where` and `fields` the caller has set: the
// fields are read under the names record->fields gives, or their own). Records of the
// common shape take a fast path (io/json_fast_path.h); the rest are parsed by nlohmann::json,
// with the same result either way. The encounter_date is read as io/dates.h says.
void parse_note_json(std::string_view line, InputRecord* record);

// parse_note_json without the fast path: the reference the fast path must match, which
// the tests (tests/io/jsonl_fast_path_test.cpp, tests/fuzz/fuzz_jsonl.cpp) compare it with.
void parse_note_json_reference(std::string_view line, InputRecord* record);

// The deepest nesting of arrays and objects a record may have. Deeper input (a hostile
// `[[[[...` of 100,000 levels) is a `too_deep` error record: writing it back out under
// `meta` would recurse once per level.
inline constexpr size_t kMaxJsonDepth = 1000;

// True when `line` nests arrays and objects deeper than kMaxJsonDepth (brackets inside
// strings do not count); then *error says where. A cheap pass before the parser.
bool json_too_deep(std::string_view line, std::string* error);

}  // namespace dxaudit::io
