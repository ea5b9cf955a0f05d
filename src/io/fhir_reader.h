// FhirReader: notes from FHIR R4 resources, one JSON resource per line (NDJSON, as a FHIR
// bulk export writes them); a line may also hold a whole Bundle. (One JSON document, a
// pretty-printed Bundle, is read by io/json_document.h with the same functions.)
//
// Resources (docs/input-formats.md#fhir):
//   DocumentReference  id -> note_id; the text from `content[].attachment`;
//                      `subject.reference` -> patient_id (without "Patient/");
//                      `date`, else `context.period.start` -> encounter_date;
//                      `context.encounter[0].reference` -> encounter_id (without
//                      "Encounter/"); `author[0]` (reference without "Practitioner/", else
//                      display) -> provider; `context.event[].coding[]` with system
//                      http://hl7.org/fhir/sid/icd-10-cm -> codes.
//   DiagnosticReport   id; the text from `presentedForm[]` (else `conclusion`); `subject`;
//                      `effectiveDateTime`, else `effectivePeriod.start`, else `issued`;
//                      `encounter.reference`; `performer[0]`, else
//                      `resultsInterpreter[0]`; `conclusionCode[].coding[]` (ICD-10-CM).
//   Bundle             (collection, searchset, transaction, or any other type) every
//                      entry's resource of the two kinds above, in entry order, each one
//                      record at the Bundle's line; Bundles inside are read too; other
//                      resources (Patient, Encounter, ...) are not notes and are passed
//                      over, but a Bundle with no note at all is an error record.
// The text is the inline base64 `data` of the attachment of the first of these types it
// has: text/plain (bytes as they are), text/html (converted to text, io/markup.h),
// application/rtf or text/rtf (control words stripped). Converted text says so in the
// record's meta, `{"text_converted_from": "text/html"}`: every offset of the record is into
// the converted text. A resource that is not a note, has no id, has no text attachment (a
// PDF or an image only, which says so), has an attachment by URL only, or bad base64
// becomes an error record at its line. Blank lines are skipped.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>

#include "io/byte_stream.h"
#include "io/source.h"

namespace dxaudit::io {

class FhirReader : public NoteSource {
 public:
  FhirReader(std::unique_ptr<ByteStream> stream, std::string name, const ReadOptions& options = {});

  bool read_record(InputRecord* record) override;
  uint64_t consumed() const override { return stream_->consumed(); }

 private:
  std::unique_ptr<ByteStream> stream_;
  LineReader lines_;
  std::string name_;
  std::shared_ptr<const FieldMap> fields_;  // for --date-format; null without one
  bool reported_failure_ = false;
  std::deque<InputRecord> bundle_records_;  // of a Bundle line, read but not yet returned
};

// Parses one line holding one FHIR resource (not a Bundle) into *record (whose `where` the
// caller has set; record->fields, when set, gives the date format).
void parse_fhir_resource(std::string_view line, InputRecord* record);

// The resourceType of the JSON object `json` starts with, as far as its first bytes tell
// (the key may come anywhere among the top-level members of the bytes given); empty when
// it has none or is not an object. Reads no further than the key's value.
std::string fhir_resource_type(std::string_view json);

// Decodes standard base64 (padding optional, whitespace ignored); false on any other byte.
bool decode_base64(std::string_view in, std::string* out);

}  // namespace dxaudit::io
