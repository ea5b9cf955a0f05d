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
  io::CsvReader reader(std::make_unique<fuzz::MemoryStream>(in), name, manifest);
  // The same bytes in reads as large as the reader asks: the same records.
  io::CsvReader whole(std::make_unique<fuzz::MemoryStream>(in, true), name, manifest);
  io::InputRecord record, other;
  uint64_t last_line = 0;
  const size_t lines = fuzz::line_count(in);
  size_t records = 0;
  while (reader.next(&record)) {
    fuzz::check_record(record, name, lines, &last_line);
    if (record.ok) FUZZ_CHECK(!record.note.note_id.empty(), "ok record without note_id");
    ++records;
    FUZZ_CHECK(records <= lines + 1, "more records than lines");
    FUZZ_CHECK(whole.next(&other), "fewer records in larger reads");
    fuzz::check_same_record(record, other);
  }
  FUZZ_CHECK(!whole.next(&other), "more records in larger reads");
  return 0;
}
