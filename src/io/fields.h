// Fields: which column of a CSV header, or which key of a JSON record, is read as each
// note field, and how an input is read (ReadOptions: --map, --delimiter, --date-format).
//
//   ReadOptions options;                              // what the command line said
//   options.columns.push_back({Field::kText, "Narrative"});   // --map text=Narrative
//   FieldMap map;
//   std::string error;
//   if (!resolve_fields({"MRN", "DOS", "Narrative", "DocID"}, options, true, &map, &error))
//   fail(error); map.names[field_index(Field::kPatientId)];        // "MRN" map.describe(); //
//   "note_id <- DocID, text <- Narrative, ..."
//
// Callers may rely on: a column is matched to a field by its name compared without letter
// case, spaces, '_', '-' and '.' ("Note Text", "NOTE_TEXT" and "notetext" are one name),
// against the field's synonyms in the order docs/input-formats.md lists them (the first
// synonym the input has wins; a column is read as one field only); --map wins over every
// synonym. A field no column names is empty in `names` (a header) or keeps its canonical
// name (JSON: a later record may still have it).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/names.h"

namespace dxaudit::io {

// The note fields, in the order of the input schema (docs/output-schema.md#input).
enum class Field : uint8_t {
  kNoteId,
  kText,
  kPatientId,
  kEncounterId,
  kEncounterDate,
  kProvider,
  kCodes,
};
inline constexpr size_t kFieldCount = 7;
inline constexpr NameTable<Field, kFieldCount> kFieldNames{{
    "note_id",
    "text",
    "patient_id",
    "encounter_id",
    "encounter_date",
    "provider",
    "codes",
}};
constexpr size_t field_index(Field f) {
  return static_cast<size_t>(f);
}

// The names EHR report writers give each field, canonical name first, in the order they
// are tried.
std::span<const std::string_view> field_synonyms(Field field);
// The names a claims file may give its code column (io/claims.h).
std::span<const std::string_view> claim_code_synonyms();

// A column or key name as it is compared: lower case, without ' ', '_', '-' and '.'.
std::string comparable_name(std::string_view name);

// How the inputs of a run are read, as the command line says.
struct ReadOptions {
  std::vector<std::pair<Field, std::string>> columns;  // --map FIELD=COLUMN, in order
  char delimiter = 0;       // of every CSV input; 0: sniffed from its header line
  std::string date_format;  // strptime(3) format tried before the built-in date formats
  // Told, by a folder input, of each file it opens whose fields come from columns or keys
  // of other names (path, FieldMap::describe()); a file named alone is told by its caller.
  std::function<void(const std::string& path, const std::string& mapping)> on_field_mapping;
};

// Parses one --map argument, FIELD=COLUMN (FIELD a canonical field name). False, with
// *error, when it is not that.
bool parse_field_mapping(std::string_view argument, std::pair<Field, std::string>* mapping,
                         std::string* error);
// Parses a --delimiter argument: one character, or "tab", "comma", "semicolon", "pipe".
bool parse_delimiter(std::string_view argument, char* delimiter);

// The read options a command line gives, checked: each --map FIELD=COLUMN in order, the
// --delimiter and the --date-format (each nullptr when not given). False, with *error (in
// the command line's own terms, "--delimiter is one character ..."), at the first one that
// is not what it should be. What `dxaudit scan` and the Python module
// (python/_dxaudit.cpp) both check, so that both refuse the same arguments in the same words.
bool parse_read_options(std::span<const std::string> maps, const std::string* delimiter,
                        const std::string* date_format, ReadOptions* options, std::string* error);

// What one input's records are read with: the column or key of each field and the date
// format. Shared (read-only) by a reader and the records it leaves to be parsed later.
struct FieldMap {
  std::array<std::string, kFieldCount> names;
  std::string date_format;

  // The canonical map: every field read under its own name, the built-in date formats.
  static FieldMap canonical();
  bool is_canonical() const;
  const std::string& name(Field f) const { return names[field_index(f)]; }
  // "text <- NoteText, patient_id <- MRN": the fields read from a column of another name;
  // empty when there is none.
  std::string describe() const;
};

// Decides the map of an input from its column names (a CSV header, or the keys of a JSON
// input's first record). `header`: the columns are all there will be (CSV), so a field
// without a column stays empty and a --map naming no column is an error; otherwise (JSON)
// such a field keeps its canonical name. False, with *error (no FILE:LINE: the caller adds
// it), when a --map names a column the header does not have.
bool resolve_fields(const std::vector<std::string>& columns, const ReadOptions& options,
                    bool header, FieldMap* map, std::string* error);

// The index in `columns` of the first column named by one of `synonyms` (tried in order)
// and not `taken`; -1 for none.
int find_column(const std::vector<std::string>& columns, std::span<const std::string_view> synonyms,
                const std::vector<bool>& taken);

// "a, b, c": the names of `columns`, for messages that say what an input has.
std::string list_columns(const std::vector<std::string>& columns);

// Why a JSON input whose first record has the top-level `keys` is not read under `map`: no
// key holds the note text. The message `dxaudit scan` stops with, without its FILE:LINE:
// prefix; empty when a key holds the text.
std::string missing_text_field(const std::vector<std::string>& keys, const FieldMap& map);

}  // namespace dxaudit::io
