// JsonlReader over arbitrary bytes: every line becomes one record, ok or an error record
// with its line, the same whatever the read size; never a crash. Input starting with the gzip or
// zstd magic is read through the decompressor (damaged compressed data must end the input with one
// read_error record).
#include <cstdio>
#include <memory>

#include "fuzz_support.h"
#include "io/jsonl_reader.h"

using namespace dxaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::as_view(data, size);
  std::unique_ptr<io::ByteStream> stream;
  io::Compression compression = io::Compression::kNone;
  if (in.starts_with("\x1f\x8b")) compression = io::Compression::kGzip;
  if (in.starts_with("\x28\xb5\x2f\xfd")) compression = io::Compression::kZstd;
  std::FILE* file = nullptr;
  if (compression != io::Compression::kNone) {
    file = fmemopen(const_cast<uint8_t*>(data), size, "rb");
    if (file == nullptr) return 0;
    stream = io::wrap_file(file, compression);
  } else {
    stream = std::make_unique<fuzz::MemoryStream>(in);
  }
  const std::string name = "fuzz.jsonl";
  io::JsonlReader reader(std::move(stream), name);
  // Uncompressed: the same bytes in reads as large as the reader asks give the same records.
  std::unique_ptr<io::JsonlReader> whole;
  if (compression == io::Compression::kNone)
    whole = std::make_unique<io::JsonlReader>(std::make_unique<fuzz::MemoryStream>(in, true), name);
  io::InputRecord record, other;
  uint64_t last_line = 0;
  // Decompressed input has no line count known in advance: bound by a generous figure.
  const size_t lines = compression == io::Compression::kNone ? fuzz::line_count(in) : SIZE_MAX;
  size_t records = 0;
  bool read_error = false;
  while (reader.next(&record)) {
    FUZZ_CHECK(!read_error, "a record after the read_error record");
    fuzz::check_record(record, name, lines, &last_line);
    if (record.error_kind == "read_error") read_error = true;
    if (record.ok) FUZZ_CHECK(!record.note.note_id.empty(), "ok record without note_id");
    ++records;
    if (whole) {
      FUZZ_CHECK(records <= lines, "more records than lines");
      FUZZ_CHECK(whole->next(&other), "fewer records in larger reads");
      fuzz::check_same_record(record, other);
    }
  }
  if (whole) FUZZ_CHECK(!whole->next(&other), "more records in larger reads");
  if (file != nullptr) std::fclose(file);
  return 0;
}
