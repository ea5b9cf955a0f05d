#include "io/fields.h"

#include <algorithm>

namespace dxaudit::io {

namespace {

// Canonical name first; docs/input-formats.md lists the same, in the same order.
constexpr std::string_view kNoteId[] = {"note_id", "id", "document_id", "doc_id"};
constexpr std::string_view kText[] = {"text", "note_text", "notetext",   "note",
                                      "body", "content",   "report_text"};
constexpr std::string_view kPatientId[] = {"patient_id", "mrn", "patient", "person_id"};
constexpr std::string_view kEncounterId[] = {"encounter_id", "csn", "visit_id", "fin"};
constexpr std::string_view kEncounterDate[] = {"encounter_date", "dos", "date_of_service",
                                               "service_date", "note_date"};
constexpr std::string_view kProvider[] = {"provider", "author", "clinician", "rendering_provider"};
constexpr std::string_view kCodes[] = {"codes",           "icd10",       "dx",
                                       "diagnosis_codes", "icd10_codes", "icd10cm",
                                       "icd_codes",       "dx_codes",    "icd"};
constexpr std::string_view kClaimCode[] = {
    "code", "codes", "icd10", "icd10_code", "diagnosis_code", "diagnosis_codes", "dx"};

}  // namespace

std::span<const std::string_view> field_synonyms(Field field) {
  switch (field) {
    case Field::kNoteId:
      return kNoteId;
    case Field::kText:
      return kText;
    case Field::kPatientId:
      return kPatientId;
    case Field::kEncounterId:
      return kEncounterId;
    case Field::kEncounterDate:
      return kEncounterDate;
    case Field::kProvider:
      return kProvider;
    case Field::kCodes:
      break;
  }
  return kCodes;
}

std::span<const std::string_view> claim_code_synonyms() {
  return kClaimCode;
}

std::string comparable_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

bool parse_field_mapping(std::string_view argument, std::pair<Field, std::string>* mapping,
                         std::string* error) {
  const size_t eq = argument.find('=');
  std::string_view field = argument.substr(0, eq);
  std::optional<Field> f = kFieldNames.find(field);
  if (eq == std::string_view::npos || !f || eq + 1 == argument.size()) {
    std::string names;
    for (std::string_view n : kFieldNames.names)
      names += (names.empty() ? "" : ", ") + std::string(n);
    *error = "--map takes FIELD=COLUMN with FIELD one of " + names + ", not '" +
             std::string(argument) + "'";
    return false;
  }
  *mapping = {*f, std::string(argument.substr(eq + 1))};
  return true;
}

bool parse_delimiter(std::string_view argument, char* delimiter) {
  if (argument == "tab" || argument == "\\t") {
    *delimiter = '\t';
  } else if (argument == "comma") {
    *delimiter = ',';
  } else if (argument == "semicolon") {
    *delimiter = ';';
  } else if (argument == "pipe") {
    *delimiter = '|';
  } else if (argument.size() == 1 && argument[0] != '"' && argument[0] != '\n' &&
             argument[0] != '\r') {
    *delimiter = argument[0];
  } else {
    return false;
  }
  return true;
}

bool parse_read_options(std::span<const std::string> maps, const std::string* delimiter,
                        const std::string* date_format, ReadOptions* options, std::string* error) {
  for (const std::string& m : maps) {
    std::pair<Field, std::string> mapping;
    if (!parse_field_mapping(m, &mapping, error)) return false;
    options->columns.push_back(std::move(mapping));
  }
  if (delimiter != nullptr && !parse_delimiter(*delimiter, &options->delimiter)) {
    *error = "--delimiter is one character (, ; |) or tab, not '" + *delimiter + "'";
    return false;
  }
  if (date_format != nullptr) {
    // A format without a conversion would read only the one date it spells out.
    if (date_format->find('%') == std::string::npos) {
      *error = "--date-format is a strptime format such as %d.%m.%Y, not '" + *date_format + "'";
      return false;
    }
    options->date_format = *date_format;
  }
  return true;
}

FieldMap FieldMap::canonical() {
  FieldMap map;
  for (size_t i = 0; i < kFieldCount; ++i) map.names[i] = kFieldNames.names[i];
  return map;
}

bool FieldMap::is_canonical() const {
  if (!date_format.empty()) return false;
  for (size_t i = 0; i < kFieldCount; ++i)
    if (names[i] != kFieldNames.names[i]) return false;
  return true;
}

std::string FieldMap::describe() const {
  std::string out;
  for (size_t i = 0; i < kFieldCount; ++i) {
    if (names[i].empty() || names[i] == kFieldNames.names[i]) continue;
    if (!out.empty()) out += ", ";
    out += std::string(kFieldNames.names[i]) + " <- " + names[i];
  }
  return out;
}

int find_column(const std::vector<std::string>& columns, std::span<const std::string_view> synonyms,
                const std::vector<bool>& taken) {
  std::vector<std::string> comparable;
  comparable.reserve(columns.size());
  for (const std::string& c : columns) comparable.push_back(comparable_name(c));
  for (std::string_view synonym : synonyms) {
    const std::string want = comparable_name(synonym);
    for (size_t i = 0; i < columns.size(); ++i)
      if (!taken[i] && comparable[i] == want) return static_cast<int>(i);
  }
  return -1;
}

std::string list_columns(const std::vector<std::string>& columns) {
  std::string out;
  for (const std::string& c : columns) out += (out.empty() ? "" : ", ") + ("'" + c + "'");
  return out.empty() ? "no columns" : out;
}

std::string missing_text_field(const std::vector<std::string>& keys, const FieldMap& map) {
  if (std::find(keys.begin(), keys.end(), map.name(Field::kText)) != keys.end()) return "";
  std::string synonyms;
  for (std::string_view s : field_synonyms(Field::kText))
    synonyms += (synonyms.empty() ? "" : ", ") + std::string(s);
  return "the first record has no field for the note text: its keys are " + list_columns(keys) +
         "; name the text field with --map text=KEY (read without it: " + synonyms + ")";
}

bool resolve_fields(const std::vector<std::string>& columns, const ReadOptions& options,
                    bool header, FieldMap* map, std::string* error) {
  *map = FieldMap{};
  map->date_format = options.date_format;
  std::vector<bool> taken(columns.size(), false);
  std::array<bool, kFieldCount> decided{};
  // --map first: it wins over every synonym. The column named exactly, else by its
  // comparable name.
  for (const auto& [field, column] : options.columns) {
    const size_t f = field_index(field);
    int at = -1;
    for (size_t i = 0; i < columns.size() && at < 0; ++i)
      if (columns[i] == column) at = static_cast<int>(i);
    if (at < 0) {
      const std::string_view one[] = {column};
      at = find_column(columns, one, std::vector<bool>(columns.size(), false));
    }
    if (at < 0) {
      if (header) {
        *error = "--map " + std::string(kFieldNames.names[f]) + "=" + column +
                 ": there is no column '" + column + "'; the header has " + list_columns(columns);
        return false;
      }
      map->names[f] = column;  // JSON: a later record may have it
    } else {
      map->names[f] = columns[static_cast<size_t>(at)];
      taken[static_cast<size_t>(at)] = true;
    }
    decided[f] = true;
  }
  for (size_t f = 0; f < kFieldCount; ++f) {
    if (decided[f]) continue;
    const int at = find_column(columns, field_synonyms(static_cast<Field>(f)), taken);
    if (at >= 0) {
      map->names[f] = columns[static_cast<size_t>(at)];
      taken[static_cast<size_t>(at)] = true;
    } else if (!header) {
      map->names[f] = kFieldNames.names[f];
    }
  }
  return true;
}

}  // namespace dxaudit::io
