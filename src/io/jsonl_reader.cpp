#include "io/jsonl_reader.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

#include "io/json_fast_path.h"
#include "io/utf8.h"

namespace dxaudit::io {

using nlohmann::json;

JsonlReader::JsonlReader(std::FILE* file, std::string name)
    : JsonlReader(wrap_file(file, Compression::kNone), std::move(name)) {}

JsonlReader::JsonlReader(std::unique_ptr<ByteStream> stream, std::string name)
    : stream_(std::move(stream)), lines_(stream_.get()), name_(std::move(name)) {}

bool JsonlReader::next(InputRecord* record) {
  return next_line_record(lines_, *stream_, name_, &reported_failure_, record, parse_note_json,
                          defer_parsing_);
}

namespace {

// A field that must be a string when present; numbers are accepted as ids.
bool string_field(json& obj, const char* key, std::string* out, InputRecord* record) {
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
  record->error_message =
      std::string("field '") + key + "' must be a string, not " + it->type_name();
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
  // becomes one '?' (not the 3-byte U+FFFD) so that every offset in the note is still
  // the offset of the same byte as received.
  size_t replaced = 0;
  repaired->reserve(line.size());
  for (size_t i = 0; i < line.size();) {
    char32_t cp;
    size_t len = io::decode_utf8(line, i, &cp);
    if (cp == io::kInvalidCodePoint) {
      repaired->push_back('?');
      ++replaced;
    } else {
      repaired->append(line.data() + i, len);
    }
    i += len;
  }
  note->warnings.push_back(std::to_string(replaced) +
                           " invalid UTF-8 byte(s) in the input line were each replaced by '?'");
  return *repaired;
}

// The general reader: a DOM parse with nlohmann::json of a line already repaired.
void parse_note_json_dom(std::string_view line, InputRecord* record) {
  Note& note = record->note;
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
  if (!string_field(obj, "note_id", &note.note_id, record)) return;
  if (note.note_id.empty()) {
    record->error_kind = ErrorKind::kMissingField;
    record->error_message = "the record has no 'note_id'";
    return;
  }
  auto text = obj.find("text");
  if (text == obj.end() || text->is_null()) {
    record->error_kind = ErrorKind::kMissingField;
    record->error_message = "the record has no 'text'";
    return;
  }
  if (!text->is_string()) {
    record->error_kind = ErrorKind::kBadField;
    record->error_message = std::string("field 'text' must be a string, not ") + text->type_name();
    return;
  }
  note.text = std::move(text->get_ref<std::string&>());
  if (note.text.size() >= UINT32_MAX) {
    record->error_kind = ErrorKind::kTooLarge;
    record->error_message = "the note text is 4 GiB or more";
    return;
  }
  if (!string_field(obj, "patient_id", &note.patient_id, record) ||
      !string_field(obj, "encounter_id", &note.encounter_id, record) ||
      !string_field(obj, "encounter_date", &note.encounter_date, record) ||
      !string_field(obj, "provider", &note.provider, record))
    return;
  auto codes = obj.find("codes");
  if (codes != obj.end() && !codes->is_null()) {
    if (codes->is_string()) {
      // A ';'-separated list, as CSV exports write it.
      split_codes(codes->get_ref<const std::string&>(), &note.codes);
    } else if (codes->is_array()) {
      for (const json& c : *codes) {
        if (!c.is_string()) {
          record->error_kind = ErrorKind::kBadField;
          record->error_message = std::string("'codes' must hold strings, not ") + c.type_name();
          return;
        }
        note.codes.push_back(c.get<std::string>());
      }
    } else {
      record->error_kind = ErrorKind::kBadField;
      record->error_message =
          std::string("'codes' must be an array of strings, not ") + codes->type_name();
      return;
    }
  }
  json meta = json::object();
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    const std::string& k = it.key();
    if (k == "note_id" || k == "text" || k == "patient_id" || k == "encounter_id" ||
        k == "encounter_date" || k == "provider" || k == "codes")
      continue;
    meta[k] = std::move(it.value());
  }
  if (!meta.empty()) note.meta_json = meta.dump(-1, ' ', false, json::error_handler_t::replace);
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
