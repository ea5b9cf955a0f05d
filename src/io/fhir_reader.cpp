#include "io/fhir_reader.h"

#include <nlohmann/json.hpp>

#include "io/jsonl_reader.h"

namespace dxaudit::io {

using nlohmann::json;

namespace {

const json* member(const json& obj, const char* key) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  return it == obj.end() || it->is_null() ? nullptr : &*it;
}

std::string string_at(const json* v) {
  return v != nullptr && v->is_string() ? v->get<std::string>() : std::string();
}

std::string without_prefix(std::string s, std::string_view prefix) {
  if (s.compare(0, prefix.size(), prefix) == 0) s.erase(0, prefix.size());
  return s;
}

int base64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

}  // namespace

bool decode_base64(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size() / 4 * 3);
  uint32_t acc = 0;
  int bits = 0;
  bool padding = false;
  for (char ch : in) {
    auto c = static_cast<unsigned char>(ch);
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '=') {
      padding = true;
      continue;
    }
    int v = base64_value(c);
    if (v < 0 || padding) return false;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return bits < 6;  // a lone trailing character cannot encode a byte
}

FhirReader::FhirReader(std::unique_ptr<ByteStream> stream, std::string name)
    : stream_(std::move(stream)), lines_(stream_.get()), name_(std::move(name)) {}

bool FhirReader::next(InputRecord* record) {
  return next_line_record(lines_, *stream_, name_, &reported_failure_, record,
                          parse_document_reference, defer_parsing_);
}

void parse_document_reference(std::string_view line, InputRecord* record) {
  std::string deep;
  if (json_too_deep(line, &deep)) {
    record->error_kind = ErrorKind::kTooDeep;
    record->error_message = deep;
    return;
  }
  json doc = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    record->error_kind = ErrorKind::kMalformedJson;
    record->error_message = "the line is not valid JSON (or not UTF-8)";
    return;
  }
  Note& note = record->note;
  note.note_id = string_at(member(doc, "id"));
  std::string type = string_at(member(doc, "resourceType"));
  if (type != "DocumentReference") {
    record->error_kind = ErrorKind::kNotDocumentReference;
    record->error_message = "resourceType is '" + type + "', not 'DocumentReference'";
    return;
  }
  if (note.note_id.empty()) {
    record->error_kind = ErrorKind::kMissingField;
    record->error_message = "the DocumentReference has no 'id'";
    return;
  }
  const json* context = member(doc, "context");
  if (const json* subject = member(doc, "subject"))
    note.patient_id = without_prefix(string_at(member(*subject, "reference")), "Patient/");
  std::string date = string_at(member(doc, "date"));
  if (date.empty() && context != nullptr)
    if (const json* period = member(*context, "period")) date = string_at(member(*period, "start"));
  note.encounter_date = date.substr(0, 10);
  if (context != nullptr) {
    const json* enc = member(*context, "encounter");
    if (enc != nullptr && enc->is_array() && !enc->empty())
      note.encounter_id = without_prefix(string_at(member((*enc)[0], "reference")), "Encounter/");
    const json* events = member(*context, "event");
    if (events != nullptr && events->is_array())
      for (const json& ev : *events)
        if (const json* codings = member(ev, "coding"); codings != nullptr && codings->is_array())
          for (const json& c : *codings)
            if (string_at(member(c, "system")) == "http://hl7.org/fhir/sid/icd-10-cm") {
              std::string code = string_at(member(c, "code"));
              if (!code.empty()) note.codes.push_back(code);
            }
  }
  const json* authors = member(doc, "author");
  if (authors != nullptr && authors->is_array() && !authors->empty()) {
    const json& a = (*authors)[0];
    note.provider = without_prefix(string_at(member(a, "reference")), "Practitioner/");
    if (note.provider.empty()) note.provider = string_at(member(a, "display"));
  }

  const json* content = member(doc, "content");
  std::string others;
  bool by_url = false;
  if (content != nullptr && content->is_array()) {
    for (const json& c : *content) {
      const json* att = member(c, "attachment");
      if (att == nullptr) continue;
      std::string ct = string_at(member(*att, "contentType"));
      std::string base = ct.substr(0, ct.find(';'));
      while (!base.empty() && base.back() == ' ') base.pop_back();
      if (base != "text/plain") {
        if (!others.empty()) others += ", ";
        others += ct.empty() ? "no contentType" : ct;
        continue;
      }
      const json* data = member(*att, "data");
      if (data == nullptr || !data->is_string()) {
        by_url = by_url || member(*att, "url") != nullptr;
        continue;
      }
      if (!decode_base64(data->get_ref<const std::string&>(), &note.text)) {
        record->error_kind = ErrorKind::kBadBase64;
        record->error_message = "the text/plain attachment's data is not valid base64";
        return;
      }
      if (note.text.size() >= UINT32_MAX) {
        record->error_kind = ErrorKind::kTooLarge;
        record->error_message = "the note text is 4 GiB or more";
        return;
      }
      record->ok = true;
      return;
    }
  }
  if (by_url) {
    record->error_kind = ErrorKind::kAttachmentNotInline;
    record->error_message =
        "the text/plain attachment has a url but no inline data; dxaudit does not fetch";
    return;
  }
  record->error_kind = ErrorKind::kNotText;
  record->error_message =
      others.empty() ? "the DocumentReference has no attachment"
                     : "no text/plain attachment: the content is " + others + ", which is not text";
}

}  // namespace dxaudit::io
