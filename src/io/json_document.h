// JsonDocumentReader: one JSON document, as pretty-printed exports write it: a FHIR
// Bundle (any type), one FHIR resource, one note object, or an array of any of these.
//
//   JsonDocumentReader doc(std::move(stream), "bundle.json", options);
//   InputRecord r;
//   while (doc.next(&r)) { ... }    // one record per note resource, note object or element
//
// open_source() (io/source.h) chooses it when a JSON input's first non-blank line is just
// `{` or `[` (which no JSON Lines record can be). FHIR resources are read as FhirReader reads
// them (io/fhir_reader.h); note objects as JsonlReader reads a line (io/jsonl_reader.h),
// their field names matched by io/fields.h from the first note's keys. Every record is at
// the line where the document starts (error messages of a Bundle entry or an array element
// say which); a document that is not valid JSON is one `malformed_json` record at the line
// of the error. The document is read whole into memory when the first record is asked for
// (memory follows the largest document, not the run): large exports are better as NDJSON.
#pragma once

#include <deque>
#include <memory>
#include <string>

#include "io/byte_stream.h"
#include "io/source.h"

namespace dxaudit::io {

class JsonDocumentReader : public NoteSource {
 public:
  JsonDocumentReader(std::unique_ptr<ByteStream> stream, std::string name,
                     const ReadOptions& options = {});

  bool read_record(InputRecord* record) override;
  uint64_t consumed() const override { return stream_->consumed(); }
  std::string field_mapping() const override;

 private:
  void read_document();

  std::unique_ptr<ByteStream> stream_;
  std::string name_;
  ReadOptions options_;
  std::shared_ptr<const FieldMap> fields_;
  bool read_ = false;
  std::deque<InputRecord> records_;
};

}  // namespace dxaudit::io
