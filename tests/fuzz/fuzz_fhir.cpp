// FhirReader (NDJSON of resources and Bundles) over arbitrary bytes: every non-blank line
// becomes one record (a Bundle line one per note it holds, or one error record), ok or an
// error record at its line, the same whatever the read size; never a crash.
#include <memory>

#include "fuzz_support.h"
#include "io/fhir_reader.h"

using namespace dxaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::as_view(data, size);
  const std::string name = "fuzz.ndjson";
  io::FhirReader reader(std::make_unique<fuzz::MemoryStream>(in), name);
  io::FhirReader whole(std::make_unique<fuzz::MemoryStream>(in, true), name);
  // A Bundle line yields a record per entry: at most one per byte of the input.
  fuzz::check_reader_records(reader, whole, name, in, in.size() + 1);
  // The base64 decoder on its own: decoding never reads or writes out of bounds, and what
  // it accepts is at most 3/4 of its input.
  std::string decoded;
  if (io::decode_base64(in, &decoded))
    FUZZ_CHECK(decoded.size() <= in.size() / 4 * 3 + 2, std::to_string(decoded.size()));
  return 0;
}
