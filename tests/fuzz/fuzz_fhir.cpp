// FhirReader (DocumentReference NDJSON) over arbitrary bytes: every non-blank line becomes
// one record, ok or an error record at its line, the same whatever the read size; never a
// crash.
#include <memory>

#include "fuzz_support.h"
#include "io/fhir_reader.h"

using namespace dxaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::as_view(data, size);
  const std::string name = "fuzz.ndjson";
  io::FhirReader reader(std::make_unique<fuzz::MemoryStream>(in), name);
  io::FhirReader whole(std::make_unique<fuzz::MemoryStream>(in, true), name);
  io::InputRecord record, other;
  uint64_t last_line = 0;
  const size_t lines = fuzz::line_count(in);
  size_t records = 0;
  while (reader.next(&record)) {
    fuzz::check_record(record, name, lines, &last_line);
    if (record.ok) FUZZ_CHECK(!record.note.note_id.empty(), "ok record without note_id");
    ++records;
    FUZZ_CHECK(records <= lines, "more records than lines");
    FUZZ_CHECK(whole.next(&other), "fewer records in larger reads");
    fuzz::check_same_record(record, other);
  }
  FUZZ_CHECK(!whole.next(&other), "more records in larger reads");
  // The base64 decoder on its own: decoding never reads or writes out of bounds, and what
  // it accepts is at most 3/4 of its input.
  std::string decoded;
  if (io::decode_base64(in, &decoded))
    FUZZ_CHECK(decoded.size() <= in.size() / 4 * 3 + 2, std::to_string(decoded.size()));
  return 0;
}
