#include "io/byte_stream.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include "io/utf8.h"

namespace dxaudit::io {

namespace {

constexpr size_t kChunk = size_t{1} << 17;

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

// Owns the FILE* it reads unless it is stdin.
class FileStream : public ByteStream {
 public:
  explicit FileStream(std::FILE* file, bool owned) : file_(file), owned_(owned) {}
  ~FileStream() override {
    if (owned_) std::fclose(file_);
  }
  size_t read(char* data, size_t size) override {
    size_t n = std::fread(data, 1, size, file_);
    consumed_ += n;
    if (n == 0 && std::ferror(file_) && error_.empty())
      error_ = std::string("read error: ") + std::strerror(errno);
    return n;
  }

 private:
  std::FILE* file_;
  bool owned_;
};

class GzipStream : public ByteStream {
 public:
  explicit GzipStream(std::unique_ptr<ByteStream> raw) : raw_(std::move(raw)), in_(kChunk) {
    std::memset(&z_, 0, sizeof z_);
    if (inflateInit2(&z_, 16 + MAX_WBITS) != Z_OK) error_ = "zlib could not start";
  }
  ~GzipStream() override { inflateEnd(&z_); }
  size_t read(char* data, size_t size) override {
    if (!error_.empty() || done_) return 0;
    z_.next_out = reinterpret_cast<Bytef*>(data);
    z_.avail_out = static_cast<uInt>(size);
    while (z_.avail_out == size) {
      if (z_.avail_in == 0) {
        size_t n = raw_->read(in_.data(), in_.size());
        consumed_ = raw_->consumed();
        if (n == 0) {
          if (raw_->failed())
            error_ = raw_->error();
          else if (in_member_)
            error_ = "gzip data ends early (truncated file)";
          done_ = true;
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(n);
      }
      in_member_ = true;
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        // Another gzip member may follow (concatenated .gz files are one stream).
        in_member_ = false;
        inflateReset(&z_);
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = std::string("corrupt gzip data: ") + (z_.msg != nullptr ? z_.msg : "inflate");
        done_ = true;
        break;
      }
    }
    return size - z_.avail_out;
  }

 private:
  std::unique_ptr<ByteStream> raw_;
  std::vector<char> in_;
  z_stream z_;
  bool in_member_ = false;
  bool done_ = false;
};

class ZstdStream : public ByteStream {
 public:
  explicit ZstdStream(std::unique_ptr<ByteStream> raw)
      : raw_(std::move(raw)), in_(ZSTD_DStreamInSize()), dctx_(ZSTD_createDCtx()) {
    if (dctx_ == nullptr) error_ = "zstd could not start";
  }
  ~ZstdStream() override { ZSTD_freeDCtx(dctx_); }
  size_t read(char* data, size_t size) override {
    if (!error_.empty() || done_) return 0;
    ZSTD_outBuffer out{data, size, 0};
    while (out.pos == 0) {
      if (input_.pos == input_.size) {
        size_t n = raw_->read(in_.data(), in_.size());
        consumed_ = raw_->consumed();
        if (n == 0) {
          if (raw_->failed())
            error_ = raw_->error();
          else if (pending_)
            error_ = "zstd data ends early (truncated file)";
          done_ = true;
          break;
        }
        input_ = ZSTD_inBuffer{in_.data(), n, 0};
      }
      size_t rc = ZSTD_decompressStream(dctx_, &out, &input_);
      if (ZSTD_isError(rc)) {
        error_ = std::string("corrupt zstd data: ") + ZSTD_getErrorName(rc);
        done_ = true;
        break;
      }
      pending_ = rc != 0;  // 0: a frame is complete
    }
    return out.pos;
  }

 private:
  std::unique_ptr<ByteStream> raw_;
  std::vector<char> in_;
  ZSTD_DCtx* dctx_;
  ZSTD_inBuffer input_{nullptr, 0, 0};
  bool pending_ = false;
  bool done_ = false;
};

std::unique_ptr<ByteStream> wrap(std::unique_ptr<ByteStream> raw, Compression c) {
  switch (c) {
    case Compression::kGzip:
      return std::make_unique<GzipStream>(std::move(raw));
    case Compression::kZstd:
      return std::make_unique<ZstdStream>(std::move(raw));
    case Compression::kNone:
      break;
  }
  return raw;
}

}  // namespace

Compression compression_of(std::string_view path) {
  if (ends_with_ci(path, ".gz")) return Compression::kGzip;
  if (ends_with_ci(path, ".zst")) return Compression::kZstd;
  return Compression::kNone;
}

std::string strip_compression(std::string_view path) {
  switch (compression_of(path)) {
    case Compression::kGzip:
      return std::string(path.substr(0, path.size() - 3));
    case Compression::kZstd:
      return std::string(path.substr(0, path.size() - 4));
    case Compression::kNone:
      break;
  }
  return std::string(path);
}

PeekableStream::PeekableStream(std::unique_ptr<ByteStream> inner) : inner_(std::move(inner)) {}

std::string_view PeekableStream::peek(size_t n) {
  while (ahead_.size() - pos_ < n && !inner_ended_) {
    const size_t have = ahead_.size();
    ahead_.resize(have + std::max(n - (have - pos_), size_t{4096}));
    const size_t got = inner_->read(ahead_.data() + have, ahead_.size() - have);
    ahead_.resize(have + got);
    if (got == 0) inner_ended_ = true;
  }
  consumed_ = inner_->consumed();
  error_ = inner_->error();
  return std::string_view(ahead_).substr(pos_, n);
}

size_t PeekableStream::read(char* data, size_t size) {
  if (pos_ < ahead_.size()) {
    const size_t n = std::min(size, ahead_.size() - pos_);
    std::memcpy(data, ahead_.data() + pos_, n);
    pos_ += n;
    if (pos_ == ahead_.size()) {
      std::string().swap(ahead_);
      pos_ = 0;
    }
    return n;
  }
  if (inner_ended_) return 0;
  const size_t n = inner_->read(data, size);
  consumed_ = inner_->consumed();
  if (n == 0 && error_.empty()) error_ = inner_->error();
  return n;
}

Compression compression_of_bytes(std::string_view first) {
  if (first.starts_with("\x1f\x8b")) return Compression::kGzip;
  if (first.starts_with("\x28\xb5\x2f\xfd")) return Compression::kZstd;
  return Compression::kNone;
}

namespace {

// Why bytes that start as `first` are not read, or empty when they may be.
std::string refused_compression(std::string_view first) {
  if (first.starts_with("BZh")) return "bzip2";
  if (first.starts_with("\xfd"
                        "7zXZ"))
    return "xz";
  return "";
}

// UTF-16 text read as UTF-8: each read decodes what the inner stream gives, keeping a last
// odd byte or a high surrogate for the next read.
class Utf16Stream : public ByteStream {
 public:
  Utf16Stream(std::unique_ptr<ByteStream> inner, bool big_endian, bool skip_mark)
      : inner_(std::move(inner)), big_endian_(big_endian), skip_mark_(skip_mark) {}

  std::string_view converted_from() const override { return big_endian_ ? "UTF-16BE" : "UTF-16LE"; }

  size_t read(char* data, size_t size) override {
    while (out_pos_ == out_.size() && !ended_) decode_more();
    const size_t n = std::min(size, out_.size() - out_pos_);
    std::memcpy(data, out_.data() + out_pos_, n);
    out_pos_ += n;
    return n;
  }

 private:
  void decode_more() {
    out_.clear();
    out_pos_ = 0;
    char chunk[65536];
    const size_t got = inner_->read(chunk, sizeof chunk);
    consumed_ = inner_->consumed();
    if (got == 0) {
      ended_ = true;
      if (error_.empty()) error_ = inner_->error();
      // The text ends inside a character: a high surrogate without its pair, half a unit.
      if (high_ != 0) append(0xFFFD);
      if (has_odd_) append(0xFFFD);
      return;
    }
    size_t i = 0;
    if (has_odd_) {
      unit(static_cast<unsigned char>(odd_), static_cast<unsigned char>(chunk[0]));
      has_odd_ = false;
      i = 1;
    }
    for (; i + 1 < got; i += 2)
      unit(static_cast<unsigned char>(chunk[i]), static_cast<unsigned char>(chunk[i + 1]));
    if (i < got) {
      odd_ = chunk[i];
      has_odd_ = true;
    }
  }

  void unit(unsigned char first, unsigned char second) {
    const char32_t u = big_endian_ ? (first << 8 | second) : (second << 8 | first);
    if (skip_mark_) {
      skip_mark_ = false;
      if (u == 0xFEFF) return;
    }
    if (high_ != 0) {
      const char32_t high = high_;
      high_ = 0;
      if (u >= 0xDC00 && u <= 0xDFFF) {
        append(0x10000 + ((high - 0xD800) << 10) + (u - 0xDC00));
        return;
      }
      append(0xFFFD);
    }
    if (u >= 0xD800 && u <= 0xDBFF)
      high_ = u;
    else if (u >= 0xDC00 && u <= 0xDFFF)
      append(0xFFFD);
    else
      append(u);
  }

  void append(char32_t cp) {
    char bytes[4];
    out_.append(bytes, encode_utf8(cp, bytes));
  }

  std::unique_ptr<ByteStream> inner_;
  bool big_endian_;
  bool skip_mark_;
  std::string out_;  // decoded and not yet read: out_[out_pos_, size)
  size_t out_pos_ = 0;
  char32_t high_ = 0;  // a high surrogate waiting for its low one
  char odd_ = 0;       // the first byte of a unit split between two reads
  bool has_odd_ = false;
  bool ended_ = false;
};

// UTF-16 told by the first bytes of a (decompressed) text: its byte order mark (FF FE
// little-endian, FE FF big-endian; FF FE 00 00 is UTF-32 and is left alone), or, without
// one, four characters each with a zero byte on the same side and a non-zero one on the
// other (no UTF-8 text has zero bytes).
std::unique_ptr<ByteStream> decode_utf16(std::unique_ptr<PeekableStream> peekable) {
  const std::string_view first = peekable->peek(8);
  const bool le_mark =
      first.starts_with("\xff\xfe") && !first.starts_with(std::string_view("\xff\xfe\0\0", 4));
  const bool be_mark = first.starts_with("\xfe\xff");
  if (le_mark || be_mark) return std::make_unique<Utf16Stream>(std::move(peekable), be_mark, true);
  if (first.size() == 8) {
    bool le = true, be = true;
    for (size_t i = 0; i < 8; i += 2) {
      le = le && first[i] != 0 && first[i + 1] == 0;
      be = be && first[i] == 0 && first[i + 1] != 0;
    }
    if (le || be) return std::make_unique<Utf16Stream>(std::move(peekable), be, false);
  }
  return peekable;
}

}  // namespace

std::unique_ptr<ByteStream> open_byte_stream(const std::string& path, std::string* error) {
  std::unique_ptr<ByteStream> file;
  if (path == "-") {
    file = std::make_unique<FileStream>(stdin, false);
  } else {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) {
      *error = std::string("cannot open: ") + std::strerror(errno);
      return nullptr;
    }
    file = std::make_unique<FileStream>(f, true);
  }
  return decompress(std::move(file), compression_of(path), error);
}

std::unique_ptr<ByteStream> decompress(std::unique_ptr<ByteStream> raw, Compression named,
                                       std::string* error) {
  auto peekable = std::make_unique<PeekableStream>(std::move(raw));
  const std::string_view first = peekable->peek(6);
  if (std::string refused = refused_compression(first); !refused.empty()) {
    // Said for notes, claims and review files alike: decompressing to a file is the advice
    // that fits every command that reads one.
    *error = refused + " data is not read; decompress it first (" +
             (refused == "xz" ? "xz" : "bzip2") + " -dk FILE)";
    return nullptr;
  }
  // The first bytes decide; the name only when they say nothing (damaged data named .gz
  // is reported as damaged gzip, not read as text).
  Compression c = compression_of_bytes(first);
  if (c == Compression::kNone) c = named;
  // The text's own first bytes: those already looked at when nothing is decompressed.
  return decode_utf16(c == Compression::kNone
                          ? std::move(peekable)
                          : std::make_unique<PeekableStream>(wrap(std::move(peekable), c)));
}

namespace {

class MemoryStream : public ByteStream {
 public:
  explicit MemoryStream(std::string_view bytes) : bytes_(bytes) {}
  size_t read(char* data, size_t size) override {
    const size_t n = std::min(size, bytes_.size() - pos_);
    std::memcpy(data, bytes_.data() + pos_, n);
    pos_ += n;
    consumed_ = pos_;
    return n;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<ByteStream> memory_stream(std::string_view bytes) {
  return std::make_unique<MemoryStream>(bytes);
}

std::unique_ptr<ByteStream> wrap_file(std::FILE* file, Compression compression) {
  return wrap(std::make_unique<FileStream>(file, false), compression);
}

bool LineReader::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.get(), buffer_.get() + begin_, size_ - begin_);
    size_ -= begin_;
    begin_ = 0;
  }
  if (capacity_ - size_ < kChunk) {
    // A line longer than the buffer: grow it, keeping what is there.
    const size_t capacity = std::max(capacity_ * 2, size_ + kChunk);
    auto grown = std::make_unique<char[]>(capacity);
    if (size_ > 0) std::memcpy(grown.get(), buffer_.get(), size_);
    buffer_ = std::move(grown);
    capacity_ = capacity;
  }
  const size_t n = stream_->read(buffer_.get() + size_, kChunk);
  size_ += n;
  if (n == 0) eof_ = true;
  return n > 0;
}

bool LineReader::next(std::string_view* line) {
  size_t scanned = begin_;
  for (;;) {
    const void* nl =
        scanned < size_ ? std::memchr(buffer_.get() + scanned, '\n', size_ - scanned) : nullptr;
    if (nl != nullptr) {
      const size_t at = static_cast<size_t>(static_cast<const char*>(nl) - buffer_.get());
      *line = std::string_view(buffer_.get() + begin_, at - begin_);
      begin_ = at + 1;
      ++line_;
      return true;
    }
    const size_t seen = size_ - begin_;
    if (!fill()) break;
    scanned = begin_ + seen;
  }
  if (begin_ < size_) {
    *line = std::string_view(buffer_.get() + begin_, size_ - begin_);
    begin_ = size_;
    ++line_;
    return true;
  }
  return false;
}

}  // namespace dxaudit::io
