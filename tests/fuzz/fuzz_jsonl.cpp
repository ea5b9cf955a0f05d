// JsonlReader over arbitrary bytes: every line becomes one record, ok or an error record
// with its line, the same whatever the read size; never a crash. Input starting with the gzip or
// zstd magic is read through the decompressor (damaged compressed data must end the input with one
// read_error record). Uncompressed, each line (and the whole input as one line) must also be read
// by parse_note_json exactly as by the nlohmann reader alone (parse_note_json_reference): the fast
// path may never change a record.
#include <cstdio>
#include <memory>

#include "fuzz_support.h"
#include "io/json_fast_path.h"
#include "io/jsonl_reader.h"
#include "io/utf8.h"

using namespace dxaudit;

namespace {

void check_same_fields(const io::InputRecord& got, const io::InputRecord& want, const char* what) {
  const io::Note& a = got.note;
  const io::Note& b = want.note;
  FUZZ_CHECK(got.ok == want.ok, what);
  FUZZ_CHECK(got.error_kind == want.error_kind, what);
  FUZZ_CHECK(got.error_message == want.error_message, what);
  FUZZ_CHECK(a.note_id == b.note_id, what);
  FUZZ_CHECK(a.text == b.text, what);
  FUZZ_CHECK(a.patient_id == b.patient_id, what);
  FUZZ_CHECK(a.encounter_id == b.encounter_id, what);
  FUZZ_CHECK(a.encounter_date == b.encounter_date, what);
  FUZZ_CHECK(a.provider == b.provider, what);
  FUZZ_CHECK(a.codes == b.codes, what);
  FUZZ_CHECK(a.claim_codes == b.claim_codes, what);
  FUZZ_CHECK(a.meta_json == b.meta_json, what);
  FUZZ_CHECK(a.warnings == b.warnings, what);
}

// parse_note_json (fast path first) against the nlohmann reader alone; and the fast path on
// its own either gives the same record or leaves a fresh one as it was.
void check_fast_path(std::string_view line) {
  io::InputRecord want, got;
  io::parse_note_json_reference(line, &want);
  io::parse_note_json(line, &got);
  check_same_fields(got, want, "parse_note_json differs from the reference");
  if (!io::is_valid_utf8(line)) return;  // the fast path's precondition
  io::InputRecord alone;
  if (io::try_parse_note_json_fast(line, &alone))
    check_same_fields(alone, want, "the fast path took a line and differs from the reference");
  else
    check_same_fields(alone, io::InputRecord{}, "the fast path declined a line but changed it");
}

}  // namespace

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
  if (compression == io::Compression::kNone) {
    whole = std::make_unique<io::JsonlReader>(std::make_unique<fuzz::MemoryStream>(in, true), name);
    // Each line, as the reader hands it over (no '\r' at the end, blank ones skipped), through
    // both parsers too.
    for (size_t begin = 0; begin <= in.size();) {
      size_t end = in.find('\n', begin);
      if (end == std::string_view::npos) end = in.size();
      std::string_view line = in.substr(begin, end - begin);
      while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") != std::string_view::npos) check_fast_path(line);
      begin = end + 1;
    }
    check_fast_path(in);
  }
  io::InputRecord record, other;
  uint64_t last_line = 0;
  // Decompressed input has no line count known in advance: bound by a generous figure.
  const size_t lines = compression == io::Compression::kNone ? fuzz::line_count(in) : SIZE_MAX;
  size_t records = 0;
  bool read_error = false;
  while (reader.next(&record)) {
    FUZZ_CHECK(!read_error, "a record after the read_error record");
    fuzz::check_record(record, name, lines, &last_line);
    if (record.error_kind == dxaudit::io::ErrorKind::kReadError) read_error = true;
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
