#include "io/jsonl_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

#include "io/dates.h"
#include "io/depth_limited_sax.h"
#include "io/json_fast_path.h"
#include "io/utf8.h"

namespace dxaudit::io {

using nlohmann::json;

JsonlReader::JsonlReader(std::FILE* file, std::string name)
    : JsonlReader(wrap_file(file, Compression::kNone), std::move(name)) {}

JsonlReader::JsonlReader(std::unique_ptr<ByteStream> stream, std::string name,
                         const ReadOptions& options)
    : stream_(std::move(stream)),
      lines_(stream_.get()),
      name_(std::move(name)),
      options_(options) {}

namespace {

// The keys of the top-level object of a line, read with nlohmann's SAX parser (no tree).
class TopLevelKeys : public DepthLimitedSax {
 public:
  std::vector<std::string> keys;
  bool key(string_t& k) override {
    if (depth() == 1) keys.push_back(k);
    return true;
  }
};

}  // namespace

void JsonlReader::read_fields_as(const FieldMap& map) {
  fields_ = map.is_canonical() ? nullptr : std::make_shared<const FieldMap>(map);
  fields_given_ = true;
}

bool JsonlReader::open(std::string* error) {
  if (opened_) return true;
  opened_ = true;
  std::string_view line;
  while (lines_.next(&line)) {
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    first_line_.assign(line);
    first_line_number_ = lines_.line_number();
    has_first_ = true;
    break;
  }
  if (fields_given_) return true;
  TopLevelKeys sax;
  const bool object = has_first_ && json::sax_parse(first_line_.begin(), first_line_.end(), &sax);
  if (!object) sax.keys.clear();  // not a record: it will be an error record of its own
  FieldMap map;
  std::string unused;
  resolve_fields(sax.keys, options_, /*header=*/false, &map, &unused);
  if (!map.is_canonical()) fields_ = std::make_shared<const FieldMap>(map);
  if (!object) return true;
  std::string problem = missing_text_field(sax.keys, map);
  if (problem.empty()) return true;
  *error = name_ + ":" + std::to_string(first_line_number_) + ": " + problem;
  return false;
}

bool JsonlReader::read_record(InputRecord* record) {
  if (!opened_) {
    // Nobody asked open(): a first record without a text field is an error record.
    std::string ignored;
    open(&ignored);
  }
  if (has_first_) {
    has_first_ = false;
    record->clear();
    record->where = {name_, first_line_number_};
    record->fields = fields_;
    if (defer_parsing_) {
      record->unparsed.swap(first_line_);
      record->parse_unparsed = parse_note_json;
    } else {
      parse_note_json(first_line_, record);
    }
    std::string().swap(first_line_);
    return true;
  }
  return next_line_record(lines_, *stream_, name_, &reported_failure_, record, parse_note_json,
                          defer_parsing_, fields_);
}

namespace {

// A field that must be a string when present; numbers are accepted as ids.
bool string_field(json& obj, const std::string& key, std::string* out, InputRecord* record) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (it->is_string()) {
    *out = std::move(it->get_ref<std::string&>());
    return true;
  }
  if (it->is_number_integer() || it->is_number_unsigned()) {
    *out = it->dump();
    return true;
  }
  record->error_kind = ErrorKind::kBadField;
  record->error_message = "field '" + key + "' must be a string, not " + it->type_name();
  return false;
}

}  // namespace

bool json_too_deep(std::string_view line, std::string* error) {
  size_t depth = 0;
  const char* data = line.data();
  for (size_t i = 0; i < line.size(); ++i) {
    switch (data[i]) {
      case '"': {
        // Skip the string with memchr (most of a note line is its text): a quote ends it
        // unless an odd number of backslashes precedes it.
        const size_t open = i;
        for (;;) {
          const void* q = std::memchr(data + i + 1, '"', line.size() - i - 1);
          if (q == nullptr) return false;  // unterminated: the parser says so
          i = static_cast<size_t>(static_cast<const char*>(q) - data);
          size_t backslashes = 0;
          while (i - backslashes - 1 > open && data[i - backslashes - 1] == '\\') ++backslashes;
          if (backslashes % 2 == 0) break;
        }
        break;
      }
      case '[':
      case '{':
        if (++depth > kMaxJsonDepth) {
          *error = "arrays and objects are nested more than " + std::to_string(kMaxJsonDepth) +
                   " levels deep (at byte " + std::to_string(i + 1) + " of the line)";
          return true;
        }
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      default:
        break;
    }
  }
  return false;
}

namespace {

// The line as the parsers read it: `line` itself when it is valid UTF-8, else a copy in
// *repaired with each invalid byte replaced, and a warning on the note.
std::string_view repair_utf8(std::string_view line, std::string* repaired, Note* note) {
  if (io::is_valid_utf8(line)) return line;
  // JSON must be UTF-8, so the bytes are repaired before parsing; each invalid byte
  // becomes one ASCII byte (not the 3-byte U+FFFD) so that every offset in the note is
  // still the offset of the same byte as received: the byte read as Windows-1252 and
  // written without its accent, or a space (io/utf8.h). It was '?', which the context
  // stage reads as a question: "numbness \xB1 tingling" lost its finding.
  size_t replaced = 0;
  repaired->reserve(line.size());
  for (size_t i = 0; i < line.size();) {
    char32_t cp;
    size_t len = io::decode_utf8(line, i, &cp);
    if (cp == io::kInvalidCodePoint) {
      // One byte for one, so offsets still count the bytes as received ("doesn\x92t"
      // stays one word; a quote mark cannot be '"': it would end the JSON string).
      repaired->push_back(io::windows_1252_ascii(static_cast<unsigned char>(line[i])));
      ++replaced;
    } else {
      repaired->append(line.data() + i, len);
    }
    i += len;
  }
  note->warnings.push_back(std::to_string(replaced) +
                           " invalid UTF-8 byte(s) in the input line were each read as "
                           "Windows-1252 and replaced by one ASCII character (a letter without "
                           "its accent, a quote or dash by ' or -, anything else by a space)");
  return *repaired;
}

// The general reader: a DOM parse with nlohmann::json of a line already repaired.
void parse_note_json_dom(std::string_view line, InputRecord* record) {
  Note& note = record->note;
  static const FieldMap kCanonical = FieldMap::canonical();
  const FieldMap& names = record->fields ? *record->fields : kCanonical;
  std::string deep;
  if (json_too_deep(line, &deep)) {
    record->error_kind = ErrorKind::kTooDeep;
    record->error_message = deep;
    return;
  }
  json obj;
  try {
    obj = json::parse(line);
  } catch (const json::exception& e) {
    record->error_kind = ErrorKind::kMalformedJson;
    std::string what = e.what();
    // nlohmann prefixes messages with "[json.exception.parse_error.101] ".
    size_t bracket = what.find("] ");
    record->error_message = bracket == std::string::npos ? what : what.substr(bracket + 2);
    return;
  }
  if (!obj.is_object()) {
    record->error_kind = ErrorKind::kNotAnObject;
    record->error_message = std::string("a record must be a JSON object, not ") + obj.type_name();
    return;
  }
  if (!string_field(obj, names.name(Field::kNoteId), &note.note_id, record)) return;
  if (note.note_id.empty()) {
    record->error_kind = ErrorKind::kMissingField;
    record->error_message = "the record has no '" + names.name(Field::kNoteId) + "'";
    return;
  }
  const std::string& text_key = names.name(Field::kText);
  auto text = obj.find(text_key);
  if (text == obj.end() || text->is_null()) {
    record->error_kind = ErrorKind::kMissingField;
    record->error_message = "the record has no '" + text_key + "'";
    return;
  }
  if (!text->is_string()) {
    record->error_kind = ErrorKind::kBadField;
    record->error_message = "field '" + text_key + "' must be a string, not " + text->type_name();
    return;
  }
  note.text = std::move(text->get_ref<std::string&>());
  if (note.text.size() >= UINT32_MAX) {
    record->error_kind = ErrorKind::kTooLarge;
    record->error_message = "the note text is 4 GiB or more";
    return;
  }
  if (!string_field(obj, names.name(Field::kPatientId), &note.patient_id, record) ||
      !string_field(obj, names.name(Field::kEncounterId), &note.encounter_id, record) ||
      !string_field(obj, names.name(Field::kEncounterDate), &note.encounter_date, record) ||
      !string_field(obj, names.name(Field::kProvider), &note.provider, record))
    return;
  const std::string& codes_key = names.name(Field::kCodes);
  auto codes = obj.find(codes_key);
  if (codes != obj.end() && !codes->is_null()) {
    if (codes->is_string()) {
      // A list in one string, as CSV exports write it: "M54.50, M54.41", "M54.50;M54.41".
      split_codes(codes->get_ref<const std::string&>(), &note.codes);
    } else if (codes->is_array()) {
      for (const json& c : *codes) {
        if (!c.is_string()) {
          record->error_kind = ErrorKind::kBadField;
          record->error_message = "'" + codes_key + "' must hold strings, not " + c.type_name();
          return;
        }
        note.codes.push_back(c.get<std::string>());
      }
    } else {
      record->error_kind = ErrorKind::kBadField;
      record->error_message =
          "'" + codes_key + "' must be an array of strings, not " + codes->type_name();
      return;
    }
  }
  json meta = json::object();
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    const std::string& k = it.key();
    if (std::find(names.names.begin(), names.names.end(), k) != names.names.end()) continue;
    meta[k] = std::move(it.value());
  }
  if (!meta.empty()) note.meta_json = meta.dump(-1, ' ', false, json::error_handler_t::replace);
  normalize_date(&note.encounter_date, names.date_format);
  record->ok = true;
}

}  // namespace

void parse_note_json(std::string_view line, InputRecord* record) {
  std::string repaired;
  line = repair_utf8(line, &repaired, &record->note);
  // Most records are strings and nulls only: those skip the depth pass and the DOM.
  if (try_parse_note_json_fast(line, record)) return;
  parse_note_json_dom(line, record);
}

void parse_note_json_reference(std::string_view line, InputRecord* record) {
  std::string repaired;
  line = repair_utf8(line, &repaired, &record->note);
  parse_note_json_dom(line, record);
}

}  // namespace dxaudit::io
