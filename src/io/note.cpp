#include "io/note.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "io/markup.h"

namespace dxaudit::io {

namespace {

// Empties `s`, keeping its buffer unless it is large (one huge note must not hold its
// memory in a pipeline slot for the rest of the run).
void clear_keeping_buffer(std::string* s) {
  if (s->capacity() > InputRecord::kKeptBufferBytes)
    std::string().swap(*s);  // assigning an empty string would keep the buffer
  else
    s->clear();
}

}  // namespace

// When a field is added to Note or InputRecord, clear() must empty it too; these fail to
// compile until their sizes are brought up to date here (libstdc++ on x86-64).
static_assert(sizeof(Note) == 6 * sizeof(std::string) + 3 * sizeof(std::vector<std::string>) +
                                  sizeof(std::string),
              "a field was added to Note: empty it in InputRecord::clear()");
static_assert(sizeof(InputRecord) == sizeof(InputPosition) + sizeof(Note) +
                                         2 * sizeof(std::string) + 3 * sizeof(void*) +
                                         sizeof(std::shared_ptr<const FieldMap>),
              "a field was added to InputRecord: empty it in InputRecord::clear()");

void InputRecord::clear() {
  where.file.clear();
  where.line = 0;
  ok = false;
  clear_keeping_buffer(&note.note_id);
  clear_keeping_buffer(&note.text);
  clear_keeping_buffer(&note.patient_id);
  clear_keeping_buffer(&note.encounter_id);
  clear_keeping_buffer(&note.encounter_date);
  clear_keeping_buffer(&note.provider);
  note.codes.clear();
  note.claim_codes.clear();
  clear_keeping_buffer(&note.meta_json);
  note.warnings.clear();
  error_kind = ErrorKind::kNone;
  error_message.clear();
  clear_keeping_buffer(&unparsed);
  parse_unparsed = nullptr;
  fields.reset();
}

namespace {

void fnv(uint64_t* h, std::string_view s) {
  for (unsigned char c : s) {
    *h ^= c;
    *h *= 1099511628211ull;
  }
  // A separator that no field can fake: the length.
  for (size_t n = s.size(), i = 0; i < 8; ++i, n >>= 8) {
    *h ^= n & 0xFF;
    *h *= 1099511628211ull;
  }
}

}  // namespace

std::string content_hash(const Note& note) {
  uint64_t h = 14695981039346656037ull;
  for (std::string_view s : {std::string_view(note.note_id), std::string_view(note.text),
                             std::string_view(note.patient_id), std::string_view(note.encounter_id),
                             std::string_view(note.encounter_date), std::string_view(note.provider),
                             std::string_view(note.meta_json)})
    fnv(&h, s);
  for (const std::string& c : note.codes) fnv(&h, c);
  // Warnings (a repaired byte, a repeated note_id) are part of the record: a note stored
  // without one is not resumed in its place. A note without warnings hashes as before.
  if (!note.warnings.empty()) {
    fnv(&h, "\x01warnings");
    for (const std::string& w : note.warnings) fnv(&h, w);
  }
  // Codes joined from a claims file shape the record as the note's own codes do: a note
  // resumes only with the same claim codes. A note without any hashes as before.
  if (!note.claim_codes.empty()) {
    fnv(&h, "\x01claims");
    for (const std::string& c : note.claim_codes) fnv(&h, c);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

std::string text_hash(std::string_view text) {
  uint64_t h = 14695981039346656037ull;
  fnv(&h, text);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

void complete_record(InputRecord* record) {
  if (record->parse_unparsed != nullptr) {
    auto parse = record->parse_unparsed;
    record->parse_unparsed = nullptr;
    parse(record->unparsed, record);  // writes other fields than `unparsed`
    clear_keeping_buffer(&record->unparsed);
  }
  if (record->ok) convert_markup(&record->note);
}

void convert_markup(Note* note) {
  // A FHIR attachment is converted by its reader, by its declared type.
  if (note->meta_json.find("\"text_converted_from\"") != std::string::npos) return;
  const Markup kind = markup_of(note->text);
  if (kind == Markup::kPlain) return;
  std::string text, error;
  const bool html = kind == Markup::kHtml;
  if (!(html ? html_to_text(note->text, "", &text, &error)
             : rtf_to_text(note->text, &text, &error)))
    return;  // not markup after all: read as it is
  note->text = std::move(text);
  // Every offset of the record is into the converted text: the record says so, as a
  // converted FHIR attachment's does.
  nlohmann::json meta = nlohmann::json::object();
  if (!note->meta_json.empty()) {
    meta = nlohmann::json::parse(note->meta_json, nullptr, false);
    if (!meta.is_object()) meta = nlohmann::json::object();
  }
  meta["text_converted_from"] = html ? "text/html" : "application/rtf";
  note->meta_json = meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dxaudit::io
