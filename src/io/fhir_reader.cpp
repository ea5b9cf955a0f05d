#include "io/fhir_reader.h"

#include <map>
#include <nlohmann/json.hpp>

#include "io/dates.h"
#include "io/depth_limited_sax.h"
#include "io/fhir_resource.h"
#include "io/jsonl_reader.h"
#include "io/markup.h"

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

const json* first_of(const json* array) {
  return array != nullptr && array->is_array() && !array->empty() ? &(*array)[0] : nullptr;
}

// A Reference's id without its type ("Patient/p9" -> "p9"), else its display.
std::string reference_or_display(const json* ref, std::string_view prefix) {
  if (ref == nullptr) return "";
  std::string s = without_prefix(string_at(member(*ref, "reference")), prefix);
  return s.empty() ? string_at(member(*ref, "display")) : s;
}

int base64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

constexpr const char* kIcd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

// Appends the ICD-10-CM codings of each CodeableConcept in `concepts` (an array).
void add_icd10cm(const json* concepts, std::vector<std::string>* codes) {
  if (concepts == nullptr || !concepts->is_array()) return;
  for (const json& concept_ : *concepts)
    if (const json* codings = member(concept_, "coding"); codings != nullptr && codings->is_array())
      for (const json& c : *codings)
        if (string_at(member(c, "system")) == kIcd10Cm) {
          std::string code = string_at(member(c, "code"));
          if (!code.empty()) codes->push_back(code);
        }
}

// How an attachment's text is read: the kinds in order of preference.
enum class TextKind { kPlain, kHtml, kRtf, kNone };

TextKind text_kind(std::string_view base) {
  if (base == "text/plain") return TextKind::kPlain;
  if (base == "text/html" || base == "application/xhtml+xml") return TextKind::kHtml;
  if (base == "application/rtf" || base == "text/rtf") return TextKind::kRtf;
  return TextKind::kNone;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The media type without parameters, in lower case; *charset gets its charset parameter.
std::string media_type(const std::string& content_type, std::string* charset) {
  std::string base = lower(content_type.substr(0, content_type.find(';')));
  while (!base.empty() && base.back() == ' ') base.pop_back();
  charset->clear();
  const std::string low = lower(content_type);
  if (size_t at = low.find("charset="); at != std::string::npos) {
    *charset = content_type.substr(at + 8);
    *charset = charset->substr(0, charset->find(';'));
    while (!charset->empty() && (charset->back() == ' ' || charset->back() == '"'))
      charset->pop_back();
    while (!charset->empty() && (charset->front() == ' ' || charset->front() == '"'))
      charset->erase(0, 1);
  }
  return base;
}

// The note text of `attachments` (an array of Attachment, or of objects holding one under
// "attachment" when `nested`). Fills record->note.text (and meta) and sets ok, or sets the
// error; `what` names the resource for messages. False when nothing usable is there and
// no error was set (the caller may have another source of text).
bool read_attachments(const json* attachments, bool nested, const char* what, InputRecord* record) {
  struct Candidate {
    const json* attachment;
    TextKind kind;
    std::string type, charset;
  };
  std::vector<Candidate> inline_text;
  std::string others;
  bool by_url = false;
  if (attachments != nullptr && attachments->is_array()) {
    for (const json& item : *attachments) {
      const json* att = nested ? member(item, "attachment") : &item;
      if (att == nullptr || !att->is_object()) continue;
      const std::string ct = string_at(member(*att, "contentType"));
      std::string charset;
      const std::string base = media_type(ct, &charset);
      const TextKind kind = text_kind(base);
      if (kind == TextKind::kNone) {
        if (!others.empty()) others += ", ";
        others += ct.empty() ? "no contentType" : ct;
        continue;
      }
      const json* data = member(*att, "data");
      if (data == nullptr || !data->is_string()) {
        by_url = by_url || member(*att, "url") != nullptr;
        continue;
      }
      inline_text.push_back({att, kind, base, charset});
    }
  }
  if (inline_text.empty()) {
    if (by_url) {
      record->error_kind = ErrorKind::kAttachmentNotInline;
      record->error_message =
          "the text attachment has a url but no inline data; dxaudit does not fetch";
      return true;
    }
    record->error_kind = ErrorKind::kNotText;
    record->error_message = others.empty()
                                ? std::string("the ") + what + " has no attachment"
                                : "no text/plain, text/html or RTF attachment: the content is " +
                                      others + ", which is not text";
    return false;
  }
  const Candidate* best = &inline_text[0];
  for (const Candidate& c : inline_text)
    if (c.kind < best->kind) best = &c;
  std::string bytes;
  if (!decode_base64(member(*best->attachment, "data")->get_ref<const std::string&>(), &bytes)) {
    record->error_kind = ErrorKind::kBadBase64;
    record->error_message = "the " + best->type + " attachment's data is not valid base64";
    return true;
  }
  Note& note = record->note;
  std::string error;
  switch (best->kind) {
    case TextKind::kPlain:
      note.text = std::move(bytes);
      break;
    case TextKind::kHtml:
    case TextKind::kRtf: {
      const bool html = best->kind == TextKind::kHtml;
      const bool converted = html ? html_to_text(bytes, best->charset, &note.text, &error)
                                  : rtf_to_text(bytes, &note.text, &error);
      if (!converted) {
        record->error_kind = ErrorKind::kNotText;
        record->error_message = "the " + best->type + " attachment cannot be read: " + error;
        return true;
      }
      // Every offset of the record is into the converted text: the record says so.
      json meta = json::object();
      meta["text_converted_from"] = best->type;
      note.meta_json = meta.dump();
      break;
    }
    case TextKind::kNone:
      break;
  }
  if (note.text.size() >= UINT32_MAX) {
    record->error_kind = ErrorKind::kTooLarge;
    record->error_message = "the note text is 4 GiB or more";
    return true;
  }
  record->ok = true;
  return true;
}

void read_document_reference(const json& doc, InputRecord* record) {
  Note& note = record->note;
  const json* context = member(doc, "context");
  std::string date = string_at(member(doc, "date"));
  if (date.empty() && context != nullptr)
    if (const json* period = member(*context, "period")) date = string_at(member(*period, "start"));
  note.encounter_date = std::move(date);
  if (context != nullptr) {
    if (const json* enc = first_of(member(*context, "encounter")))
      note.encounter_id = without_prefix(string_at(member(*enc, "reference")), "Encounter/");
    add_icd10cm(member(*context, "event"), &note.codes);
  }
  note.provider = reference_or_display(first_of(member(doc, "author")), "Practitioner/");
  read_attachments(member(doc, "content"), /*nested=*/true, "DocumentReference", record);
}

void read_diagnostic_report(const json& doc, InputRecord* record) {
  Note& note = record->note;
  std::string date = string_at(member(doc, "effectiveDateTime"));
  if (date.empty())
    if (const json* period = member(doc, "effectivePeriod"))
      date = string_at(member(*period, "start"));
  if (date.empty()) date = string_at(member(doc, "issued"));
  note.encounter_date = std::move(date);
  if (const json* enc = member(doc, "encounter"))
    note.encounter_id = without_prefix(string_at(member(*enc, "reference")), "Encounter/");
  note.provider = reference_or_display(first_of(member(doc, "performer")), "Practitioner/");
  if (note.provider.empty())
    note.provider =
        reference_or_display(first_of(member(doc, "resultsInterpreter")), "Practitioner/");
  add_icd10cm(member(doc, "conclusionCode"), &note.codes);
  if (read_attachments(member(doc, "presentedForm"), /*nested=*/false, "DiagnosticReport", record))
    return;
  // No presented form to read: the conclusion, when there is one, is the report's text.
  const std::string conclusion = string_at(member(doc, "conclusion"));
  if (conclusion.empty()) return;  // the error read_attachments set stands
  const std::string why = record->error_message;
  record->error_kind = ErrorKind::kNone;
  record->error_message.clear();
  note.text = conclusion;
  note.warnings.push_back("the text is the DiagnosticReport's conclusion (" + why + ")");
  record->ok = true;
}

bool is_note_resource(const std::string& type) {
  return type == "DocumentReference" || type == "DiagnosticReport";
}

void read_bundle_into(const json& bundle, const InputRecord& prototype, int depth,
                      std::deque<InputRecord>* out, std::map<std::string, size_t>* others,
                      size_t* notes) {
  const json* entries = member(bundle, "entry");
  if (entries == nullptr || !entries->is_array()) return;
  size_t index = 0;
  for (const json& entry : *entries) {
    ++index;
    const json* resource = member(entry, "resource");
    if (resource == nullptr) continue;  // a transaction's DELETE, a search's outcome link
    const std::string type = string_at(member(*resource, "resourceType"));
    if (type == "Bundle" && depth < 8) {
      read_bundle_into(*resource, prototype, depth + 1, out, others, notes);
      continue;
    }
    if (!is_note_resource(type)) {
      ++(*others)[type.empty() ? "untyped" : type];
      continue;
    }
    ++*notes;
    InputRecord& r = out->emplace_back();
    r.where = prototype.where;
    r.fields = prototype.fields;
    read_fhir_resource(*resource, &r);
    if (!r.ok)
      r.error_message =
          "Bundle entry " + std::to_string(index) + " (" + type + "): " + r.error_message;
  }
}

// Reads the resourceType of the top-level object and stops there (SAX: returning false
// ends the parse).
class ResourceTypeSax : public DepthLimitedSax {
 public:
  std::string type;
  bool string(string_t& s) override {
    // Only the string that is the key's own value: not one inside an array or object
    // given as the value ({"resourceType": ["Bundle"]} names no type).
    if (!want_ || depth() != 1) return value();
    type = s;
    return false;
  }
  bool key(string_t& k) override {
    want_ = depth() == 1 && k == "resourceType";
    return true;
  }
  bool end_object() override {
    DepthLimitedSax::end_object();
    return depth() > 0;  // false: the top-level object ended without one
  }

 private:
  bool value() override {
    want_ = false;
    return DepthLimitedSax::value();
  }
  bool want_ = false;
};

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

std::string fhir_resource_type(std::string_view text) {
  ResourceTypeSax sax;
  json::sax_parse(text.begin(), text.end(), &sax, nlohmann::json::input_format_t::json,
                  /*strict=*/false);
  return sax.type;
}

void read_fhir_resource(const json& doc, InputRecord* record) {
  Note& note = record->note;
  if (!doc.is_object()) {
    record->error_kind = ErrorKind::kNotAnObject;
    record->error_message = std::string("a FHIR resource is a JSON object, not ") + doc.type_name();
    return;
  }
  note.note_id = string_at(member(doc, "id"));
  const std::string type = string_at(member(doc, "resourceType"));
  if (!is_note_resource(type)) {
    record->error_kind = ErrorKind::kNotDocumentReference;
    record->error_message =
        "resourceType is '" + type + "', not 'DocumentReference' or 'DiagnosticReport'";
    return;
  }
  if (note.note_id.empty()) {
    record->error_kind = ErrorKind::kMissingField;
    record->error_message = "the " + type + " has no 'id'";
    return;
  }
  if (const json* subject = member(doc, "subject"))
    note.patient_id = without_prefix(string_at(member(*subject, "reference")), "Patient/");
  if (type == "DocumentReference")
    read_document_reference(doc, record);
  else
    read_diagnostic_report(doc, record);
  normalize_date(&note.encounter_date, record->fields ? record->fields->date_format : "");
}

void read_fhir_bundle(const json& bundle, const InputRecord& prototype,
                      std::deque<InputRecord>* out) {
  std::map<std::string, size_t> others;
  size_t notes = 0;
  read_bundle_into(bundle, prototype, 0, out, &others, &notes);
  if (notes > 0) return;
  InputRecord& r = out->emplace_back();
  r.where = prototype.where;
  r.error_kind = ErrorKind::kNotDocumentReference;
  std::string held;
  for (const auto& [type, n] : others)
    held += (held.empty() ? "" : ", ") + std::to_string(n) + " " + type;
  r.error_message =
      "the Bundle holds no DocumentReference or DiagnosticReport" +
      (held.empty() ? std::string(" (it has no entries)") : " (it holds " + held + ")");
}

FhirReader::FhirReader(std::unique_ptr<ByteStream> stream, std::string name,
                       const ReadOptions& options)
    : stream_(std::move(stream)), lines_(stream_.get()), name_(std::move(name)) {
  if (!options.date_format.empty()) {
    FieldMap map = FieldMap::canonical();
    map.date_format = options.date_format;
    fields_ = std::make_shared<const FieldMap>(std::move(map));
  }
}

bool FhirReader::read_record(InputRecord* record) {
  for (;;) {
    if (!bundle_records_.empty()) {
      *record = std::move(bundle_records_.front());
      bundle_records_.pop_front();
      return true;
    }
    if (!next_line_record(lines_, *stream_, name_, &reported_failure_, record, parse_fhir_resource,
                          /*defer=*/true, fields_))
      return false;
    if (record->parse_unparsed == nullptr) return true;  // reading stopped: its record
    // A Bundle is many records: read here, on the reading thread. Any other line is one.
    if (fhir_resource_type(record->unparsed) != "Bundle") {
      if (!defer_parsing_) complete_record(record);
      return true;
    }
    InputRecord prototype;
    prototype.where = record->where;
    prototype.fields = fields_;
    std::string deep;
    if (json_too_deep(record->unparsed, &deep)) {
      record->parse_unparsed = nullptr;
      record->error_kind = ErrorKind::kTooDeep;
      record->error_message = deep;
      return true;
    }
    json bundle = json::parse(record->unparsed, nullptr, /*allow_exceptions=*/false);
    if (bundle.is_discarded()) {
      complete_record(record);  // the resource parser words the error
      return true;
    }
    read_fhir_bundle(bundle, prototype, &bundle_records_);
  }
}

void parse_fhir_resource(std::string_view line, InputRecord* record) {
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
  if (doc.is_object() && string_at(member(doc, "resourceType")) == "Bundle") {
    // A Bundle is many records, which only a reader can yield (FhirReader::next).
    record->error_kind = ErrorKind::kNotDocumentReference;
    record->error_message = "a Bundle holds many resources: it is read by FhirReader, not as one";
    return;
  }
  read_fhir_resource(doc, record);
}

}  // namespace dxaudit::io
