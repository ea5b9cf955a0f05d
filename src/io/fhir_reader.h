// FhirReader: notes from FHIR R4 DocumentReference resources, one JSON resource per line
// (NDJSON, as a FHIR bulk export writes them).
//
// Fields: `id` -> note_id; the first `content[].attachment` whose `contentType` is
// text/plain (any parameters, e.g. "; charset=utf-8") with base64 `data` -> text, decoded
// byte for byte; `subject.reference` -> patient_id (without a "Patient/" prefix);
// `date`, else `context.period.start` -> encounter_date (the date part);
// `context.encounter[0].reference` -> encounter_id (without "Encounter/");
// `author[0].reference` or its `display` -> provider (without "Practitioner/");
// `context.event[].coding[]` with system http://hl7.org/fhir/sid/icd-10-cm -> codes.
// A line that is not a DocumentReference, has no id, has no text attachment (a PDF or an
// image only, which says so), has an attachment by URL only, or bad base64 becomes an
// error record at its line. Blank lines are skipped.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "io/byte_stream.h"
#include "io/source.h"

namespace dxaudit::io {

class FhirReader : public NoteSource {
 public:
  FhirReader(std::unique_ptr<ByteStream> stream, std::string name);

  bool next(InputRecord* record) override;
  uint64_t consumed() const override { return stream_->consumed(); }

 private:
  std::unique_ptr<ByteStream> stream_;
  LineReader lines_;
  std::string name_;
  bool reported_failure_ = false;
};

// Parses one DocumentReference into *record (whose `where` the caller has set).
void parse_document_reference(std::string_view line, InputRecord* record);

// Decodes standard base64 (padding optional, whitespace ignored); false on any other byte.
bool decode_base64(std::string_view in, std::string* out);

}  // namespace dxaudit::io
