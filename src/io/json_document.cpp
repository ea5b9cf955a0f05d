#include "io/json_document.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "io/fhir_resource.h"
#include "io/jsonl_reader.h"

namespace dxaudit::io {

using nlohmann::json;

JsonDocumentReader::JsonDocumentReader(std::unique_ptr<ByteStream> stream, std::string name,
                                       const ReadOptions& options)
    : stream_(std::move(stream)), name_(std::move(name)), options_(options) {}

std::string JsonDocumentReader::field_mapping() const {
  return fields_ ? fields_->describe() : "";
}

bool JsonDocumentReader::read_record(InputRecord* record) {
  if (!read_) {
    read_ = true;
    read_document();
  }
  if (records_.empty()) return false;
  *record = std::move(records_.front());
  records_.pop_front();
  return true;
}

void JsonDocumentReader::read_document() {
  std::string bytes;
  char chunk[1 << 16];
  for (size_t n; (n = stream_->read(chunk, sizeof chunk)) > 0;) bytes.append(chunk, n);
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  const size_t first = bytes.find_first_not_of(" \t\r\n");
  InputRecord prototype;
  prototype.where = {name_, first == std::string::npos
                                ? 1
                                : 1 + static_cast<uint64_t>(
                                          std::count(bytes.begin(), bytes.begin() + first, '\n'))};
  auto error = [&](ErrorKind kind, std::string message, uint64_t line) {
    InputRecord& r = records_.emplace_back();
    r.where = {name_, line};
    r.error_kind = kind;
    r.error_message = std::move(message);
  };
  if (stream_->failed()) {
    error(ErrorKind::kReadError, "reading stopped: " + stream_->error(), 0);
    return;
  }
  if (first == std::string::npos) return;  // nothing but white space: no records
  std::string deep;
  if (json_too_deep(bytes, &deep)) {
    error(ErrorKind::kTooDeep, deep, prototype.where.line);
    return;
  }
  json doc;
  try {
    doc = json::parse(bytes);
  } catch (const json::parse_error& e) {
    const size_t at = std::min<size_t>(e.byte == 0 ? 0 : e.byte - 1, bytes.size());
    const auto line =
        1 + static_cast<uint64_t>(std::count(bytes.begin(), bytes.begin() + at, '\n'));
    std::string what = e.what();
    const size_t bracket = what.find("] ");
    error(ErrorKind::kMalformedJson,
          "the JSON document is not valid: " +
              (bracket == std::string::npos ? what : what.substr(bracket + 2)),
          line);
    return;
  } catch (const json::exception& e) {
    error(ErrorKind::kMalformedJson, std::string("the JSON document is not valid: ") + e.what(),
          prototype.where.line);
    return;
  }
  std::string().swap(bytes);

  // The field names of note objects, from the first note's keys.
  auto is_fhir = [](const json& v) { return v.is_object() && v.contains("resourceType"); };
  const json* first_note = nullptr;
  if (doc.is_object() && !is_fhir(doc)) first_note = &doc;
  if (doc.is_array())
    for (const json& v : doc)
      if (v.is_object() && !is_fhir(v)) {
        first_note = &v;
        break;
      }
  if (first_note != nullptr || !options_.date_format.empty()) {
    std::vector<std::string> keys;
    if (first_note != nullptr)
      for (auto it = first_note->begin(); it != first_note->end(); ++it) keys.push_back(it.key());
    FieldMap map;
    std::string unused;
    resolve_fields(keys, options_, /*header=*/false, &map, &unused);
    if (!map.is_canonical()) fields_ = std::make_shared<const FieldMap>(std::move(map));
  }
  prototype.fields = fields_;

  auto read_one = [&](const json& v, const std::string& where_in_doc) {
    const size_t before = records_.size();
    if (is_fhir(v) && v["resourceType"] == "Bundle") {
      read_fhir_bundle(v, prototype, &records_);
    } else if (is_fhir(v)) {
      InputRecord& r = records_.emplace_back();
      r.where = prototype.where;
      r.fields = fields_;
      read_fhir_resource(v, &r);
    } else {
      InputRecord& r = records_.emplace_back();
      r.where = prototype.where;
      r.fields = fields_;
      parse_note_json(v.dump(-1, ' ', false, json::error_handler_t::replace), &r);
    }
    if (where_in_doc.empty()) return;
    for (size_t i = before; i < records_.size(); ++i)
      if (!records_[i].ok)
        records_[i].error_message = where_in_doc + ": " + records_[i].error_message;
  };
  if (doc.is_array()) {
    size_t index = 0;
    for (const json& v : doc) read_one(v, "element " + std::to_string(++index) + " of the array");
  } else {
    read_one(doc, "");
  }
}

}  // namespace dxaudit::io
