// What the libFuzzer targets share: a ByteStream over the fuzz input, an invariant check
// that aborts with a message (so libFuzzer records the input as a crash), and where the
// shipped lexicons and models are.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "io/byte_stream.h"
#include "io/note.h"

namespace dxaudit::fuzz {

// An invariant the code under test promises; a violation is a finding like a crash.
#define FUZZ_CHECK(cond, what)                                                              \
  do {                                                                                      \
    if (!(cond)) {                                                                          \
      std::fprintf(stderr, "%s:%d: invariant failed: %s (%s)\n", __FILE__, __LINE__, #cond, \
                   std::string(what).c_str());                                              \
      std::abort();                                                                         \
    }                                                                                       \
  } while (0)

inline std::string_view as_view(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The fuzz input as a stream, handed out in reads of varying size (1, 7, 64, 4096 bytes
// in turn) so that line and record boundaries fall everywhere across reads; or, with
// `whole`, in reads as large as the reader asks for.
class MemoryStream : public io::ByteStream {
 public:
  explicit MemoryStream(std::string_view data, bool whole = false) : data_(data), whole_(whole) {}
  size_t read(char* out, size_t size) override {
    static constexpr size_t kChunks[] = {1, 7, 64, 4096};
    size_t n = std::min({size, data_.size() - pos_, whole_ ? size : kChunks[turn_++ % 4]});
    std::memcpy(out, data_.data() + pos_, n);
    pos_ += n;
    consumed_ += n;
    return n;
  }

 private:
  std::string_view data_;
  bool whole_ = false;
  size_t pos_ = 0;
  unsigned turn_ = 0;
};

inline std::string source_dir() {
  return DXAUDIT_SOURCE_DIR;
}

// Lines in `text` as a line-numbering reader counts them (a last line without '\n' counts).
inline size_t line_count(std::string_view text) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

// A fresh temporary directory, removed at exit.
inline std::filesystem::path make_temp_dir(const char* stem) {
  std::string pattern = (std::filesystem::temp_directory_path() / stem).string() + ".XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) {
    std::perror("mkdtemp");
    std::abort();
  }
  static std::filesystem::path dir;
  dir = pattern;
  std::atexit([] {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  });
  return dir;
}

inline void write_file(const std::filesystem::path& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

// What every reader promises of each record: a position in the input, and on failure an
// error kind and message.
inline void check_record(const io::InputRecord& r, const std::string& name, size_t lines,
                         uint64_t* last_line) {
  FUZZ_CHECK(r.where.file == name, r.where.file);
  if (r.ok) {
    FUZZ_CHECK(r.error_kind == io::ErrorKind::kNone, io::kErrorKindNames.name(r.error_kind));
  } else {
    FUZZ_CHECK(r.error_kind != io::ErrorKind::kNone, r.error_message);
    FUZZ_CHECK(!r.error_message.empty(), io::kErrorKindNames.name(r.error_kind));
  }
  if (r.where.line != 0) {  // 0: a read error for the whole input
    FUZZ_CHECK(r.where.line <= lines, std::to_string(r.where.line));
    FUZZ_CHECK(r.where.line >= *last_line, std::to_string(r.where.line));
    *last_line = r.where.line;
  }
}

// Two reads of the same input must give the same records.
inline void check_same_record(const io::InputRecord& a, const io::InputRecord& b) {
  FUZZ_CHECK(a.ok == b.ok && a.error_kind == b.error_kind && a.where.line == b.where.line &&
                 a.note.note_id == b.note.note_id && a.note.text == b.note.text &&
                 a.note.codes == b.note.codes && a.note.meta_json == b.note.meta_json,
             "the read size changed a record at line " + std::to_string(a.where.line));
}

// Reads `reader` to the end beside `whole`, a reader of the same bytes in larger reads:
// every record keeps the readers' promises (check_record), has a note_id when ok, comes
// from one of the input's lines (at most `max_records`), and equals its twin.
template <typename Reader>
void check_reader_records(Reader& reader, Reader& whole, const std::string& name,
                          std::string_view in, size_t max_records) {
  io::InputRecord record, other;
  uint64_t last_line = 0;
  const size_t lines = line_count(in);
  size_t records = 0;
  while (reader.next(&record)) {
    check_record(record, name, lines, &last_line);
    if (record.ok) FUZZ_CHECK(!record.note.note_id.empty(), "ok record without note_id");
    ++records;
    FUZZ_CHECK(records <= max_records, "more records than lines");
    FUZZ_CHECK(whole.next(&other), "fewer records in larger reads");
    check_same_record(record, other);
  }
  FUZZ_CHECK(!whole.next(&other), "more records in larger reads");
}

}  // namespace dxaudit::fuzz
