// ByteStream and LineReader: the bytes of one input, decompressed on the fly, and the same
// bytes cut into lines.
//
//   std::string error;
//   std::unique_ptr<ByteStream> s = open_byte_stream("notes.jsonl.zst", &error);
//   LineReader lines(s.get());
//   std::string_view line;
//   while (lines.next(&line)) { ... }   // line without its '\n' (a '\r' before it stays)
//
// open_byte_stream() picks the decompressor by the stream's first bytes (gzip, any number of
// members, through zlib; zstd frames, through libzstd), on a file and on standard input
// ("-") alike; the name (`.gz`, `.zst`) decides only when the bytes say nothing; anything
// else is read as is. Text in UTF-16 (a Windows "Unicode" export: Excel's "Unicode Text",
// SQL Server's bcp -w), told by its byte order mark or, without one, by a zero byte in
// every other place of its first characters, is read converted to UTF-8 (the mark
// dropped, an unpaired surrogate as U+FFFD), and converted_from() says from what, so that
// a reader can tell its records that their offsets are into the converted text.
// Memory is bounded: a stream holds one
// fixed-size input and output buffer, whatever the input size; a LineReader also holds
// the longest line seen so far. A stream never throws: corrupt compressed data ends the
// stream early with failed() true and error() saying why.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "io/note.h"

namespace dxaudit::io {

class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Reads up to `size` bytes into `data`; returns how many, 0 at the end or on failure.
  virtual size_t read(char* data, size_t size) = 0;
  // True when the stream ended on an error rather than at the end of its input.
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  // Bytes consumed from the underlying file so far (compressed bytes for a compressed
  // stream), for progress against the file size.
  uint64_t consumed() const { return consumed_; }
  // The encoding the bytes were converted from ("UTF-16LE", "UTF-16BE"), or empty when
  // they are read as they are.
  virtual std::string_view converted_from() const { return {}; }

 protected:
  std::string error_;
  uint64_t consumed_ = 0;
};

enum class Compression { kNone, kGzip, kZstd };

// The compression a file name says: ".gz", ".zst" (any letter case) or none.
Compression compression_of(std::string_view path);
// `path` without a compression suffix ("a.csv.gz" -> "a.csv").
std::string strip_compression(std::string_view path);

// The compression whose magic number `first` (the first bytes of a stream) starts with:
// gzip (1f 8b), zstd (28 b5 2f fd), or none.
Compression compression_of_bytes(std::string_view first);

// Opens `path` ("-": standard input), decompressed as decompress() says. Null, with *error
// set, when it cannot be opened or holds bzip2 or xz data.
std::unique_ptr<ByteStream> open_byte_stream(const std::string& path, std::string* error);

// `raw` decompressed by what its first bytes say (gzip, zstd; a file or standard input
// alike), else by `named` (the compression its name says), else as it is. Null, with
// *error, for bzip2 and xz data, which are not read.
std::unique_ptr<ByteStream> decompress(std::unique_ptr<ByteStream> raw, Compression named,
                                       std::string* error);

// A stream whose first bytes can be looked at before they are read (to tell a compressed
// stream or an input's format by its content). Reads pass through once the bytes looked
// at are read.
class PeekableStream : public ByteStream {
 public:
  explicit PeekableStream(std::unique_ptr<ByteStream> inner);
  // Up to `n` bytes from the current position (fewer at the end), not consumed.
  std::string_view peek(size_t n);
  size_t read(char* data, size_t size) override;

 private:
  std::unique_ptr<ByteStream> inner_;
  std::string ahead_;  // bytes read from inner_ and not yet returned: ahead_[pos_, size)
  size_t pos_ = 0;
  bool inner_ended_ = false;
};

// A stream over `bytes` (not copied: they must outlive the stream), as they are.
std::unique_ptr<ByteStream> memory_stream(std::string_view bytes);

// A stream over `file` (not owned) with the given decompression.
std::unique_ptr<ByteStream> wrap_file(std::FILE* file, Compression compression);

class LineReader {
 public:
  explicit LineReader(ByteStream* stream) : stream_(stream) {}
  // The next line without its '\n'; the view is valid until the next call. False at the end.
  // A last line without '\n' is still a line.
  bool next(std::string_view* line);
  // 1-based number of the line last returned.
  uint64_t line_number() const { return line_; }

 private:
  bool fill();
  ByteStream* stream_;
  // Bytes read: buffer_[begin_, size_) not yet returned. A plain array rather than a
  // string, whose resize would zero every chunk before the read overwrites it.
  std::unique_ptr<char[]> buffer_;
  size_t capacity_ = 0;
  size_t size_ = 0;
  size_t begin_ = 0;
  bool eof_ = false;
  uint64_t line_ = 0;
};

// One record per non-blank line of a newline-delimited JSON input (JSONL, FHIR NDJSON):
// the next such line parsed into *record by `parse` (or, when `defer`, kept with `parse`
// for complete_record()), with its position and the input's `fields`; at the end, once, an error
// record when the stream broke off (line 0: the line that could not be read is not known). False
// when there is nothing more.
inline bool next_line_record(LineReader& lines, const ByteStream& stream, const std::string& name,
                             bool* reported_failure, InputRecord* record,
                             void (*parse)(std::string_view, InputRecord*), bool defer,
                             const std::shared_ptr<const FieldMap>& fields = nullptr) {
  std::string_view line;
  while (lines.next(&line)) {
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    record->clear();
    record->where = {name, lines.line_number()};
    record->fields = fields;
    if (defer) {
      record->unparsed.assign(line);
      record->parse_unparsed = parse;
    } else {
      parse(line, record);
    }
    return true;
  }
  if (stream.failed() && !*reported_failure) {
    *reported_failure = true;
    record->clear();
    record->where = {name, 0};
    record->error_kind = ErrorKind::kReadError;
    record->error_message = "reading stopped: " + stream.error();
    return true;
  }
  return false;
}

}  // namespace dxaudit::io
