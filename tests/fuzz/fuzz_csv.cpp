// CsvReader over arbitrary bytes: every record comes out ok or as an error record at the
// line it starts on, the same whatever the read size; never a crash. A first byte 0x01 reads the
// rest as a text folder's manifest (rows without a `text` column).
#include <memory>

#include "fuzz_support.h"
#include "io/csv_reader.h"

using namespace dxaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::as_view(data, size);
  const bool manifest = in.starts_with('\x01');
  if (manifest) in.remove_prefix(1);
  const std::string name = "fuzz.csv";
  io::CsvReader reader(std::make_unique<fuzz::MemoryStream>(in), name, {}, manifest);
  // The same bytes in reads as large as the reader asks: the same records.
  io::CsvReader whole(std::make_unique<fuzz::MemoryStream>(in, true), name, {}, manifest);
  fuzz::check_reader_records(reader, whole, name, in, fuzz::line_count(in) + 1);
  return 0;
}
