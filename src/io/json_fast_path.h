// The fast path of parse_note_json (io/jsonl_reader.h): reads a JSONL note record of the
// common shape without building a JSON DOM, so that the serial input stage of a scan spends
// its time on copying note text rather than on nlohmann::json.
//
// What callers may rely on: for every line it accepts, the record it fills is byte-for-byte
// the record the nlohmann reader (parse_note_json_reference) fills from the same line: the
// same Note fields, the same meta_json bytes, ok set. It accepts only
//   - one object, optionally surrounded by JSON whitespace (space, tab, LF, CR);
//   - keys without a backslash, none twice;
//   - values that are strings (every JSON escape), null, true or false; `codes` may also be
//     an array of strings;
//   - a record the reader takes as a note: a non-empty string note_id, a string text, the
//     other known fields strings or null.
// Anything else (numbers, nested values, a key with an escape, any record the reader would
// turn into an error) it leaves to the reader. tests/io/jsonl_fast_path_test.cpp and
// tests/fuzz/fuzz_jsonl.cpp compare the two.
#pragma once

#include <string_view>

#include "io/note.h"

namespace dxaudit::io {

// Fills record->note and sets record->ok when `line` has the shape above, and returns true.
// The fields are read under the names record->fields gives (io/fields.h), or their own;
// the encounter_date is read as io/dates.h says, as the reader does.
// Otherwise returns false and *record is as it was. `line` must be valid UTF-8
// (parse_note_json repairs it first). Never touches where, warnings or the error fields;
// takes only records whose note fields (other than warnings and claim_codes) are still
// empty, as a fresh InputRecord has them, and returns false for any other.
bool try_parse_note_json_fast(std::string_view line, InputRecord* record);

}  // namespace dxaudit::io
