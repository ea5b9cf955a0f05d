#include "io/utf8.h"

#include <cstdint>
#include <cstring>

#include <unicode/uchar.h>

namespace dxaudit::io {

namespace {

inline bool is_cont(unsigned char b) {
  return (b & 0xC0) == 0x80;
}

}  // namespace

// Bytes that cannot start a well-formed sequence, or whose next bytes are not the ones
// Unicode Table 3-7 allows, decode as one invalid unit so that overlongs (C0, C1, E0 80..9F,
// F0 80..8F), surrogates (ED A0..BF) and code points above U+10FFFF (F4 90.., F5..FF) never
// become code points. ICU's U8_NEXT would treat a truncated sequence's bytes as one
// unit; here every invalid byte is its own unit, which keeps the view's offset map exact.
size_t decode_utf8(std::string_view s, size_t pos, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t avail = s.size() - pos;
  const unsigned char b0 = p[0];
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  *cp = kInvalidCodePoint;
  if (b0 < 0xC2) return 1;  // stray continuation byte or overlong 2-byte lead
  if (b0 < 0xE0) {
    if (avail < 2 || !is_cont(p[1])) return 1;
    *cp = (char32_t{b0 & 0x1Fu} << 6) | (p[1] & 0x3Fu);
    return 2;
  }
  if (b0 < 0xF0) {
    if (avail < 3) return 1;
    const unsigned char b1 = p[1];
    const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
    if (b1 < lo || b1 > hi || !is_cont(p[2])) return 1;
    *cp = (char32_t{b0 & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | (p[2] & 0x3Fu);
    return 3;
  }
  if (b0 < 0xF5) {
    if (avail < 4) return 1;
    const unsigned char b1 = p[1];
    const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (b1 < lo || b1 > hi || !is_cont(p[2]) || !is_cont(p[3])) return 1;
    *cp = (char32_t{b0 & 0x07u} << 18) | (char32_t{b1 & 0x3Fu} << 12) |
          (char32_t{p[2] & 0x3Fu} << 6) | (p[3] & 0x3Fu);
    return 4;
  }
  return 1;
}

bool is_valid_utf8(std::string_view s) {
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Notes are overwhelmingly ASCII: test 8 bytes per step until a high bit shows up.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    const size_t len = decode_utf8(s, i, &cp);
    if (cp == kInvalidCodePoint) return false;
    i += len;
  }
  return true;
}

void append_repaired_utf8(std::string_view s, std::string* out) {
  out->reserve(out->size() + s.size());
  size_t run = 0;  // start of the pending run of valid bytes
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    const size_t len = decode_utf8(s, i, &cp);
    if (cp != kInvalidCodePoint) {
      i += len;
      continue;
    }
    out->append(s.data() + run, i - run);
    out->append("\xEF\xBF\xBD");
    ++i;
    run = i;
  }
  out->append(s.data() + run, n - run);
}

bool is_word_code_point(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp == kInvalidCodePoint || cp > 0x10FFFF) return false;
  return u_isalnum(static_cast<UChar32>(cp)) != 0;
}

size_t encode_utf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

char32_t windows_1252(unsigned char b) {
  switch (b) {
    case 0x91:
    case 0x92:
      return 0x2019;
    case 0x93:
    case 0x94:
      return 0x201D;
    case 0x96:
    case 0x97:
      return 0x2013;
    default:
      break;
  }
  return b >= 0xA0 ? static_cast<char32_t>(b) : U' ';
}

namespace {

// A byte of 0x80-0xFF read as Windows-1252: 0x80-0x9F from the code page (U+FFFD for the
// five it leaves undefined), the rest Latin-1.
char32_t windows_1252_char(unsigned char byte) {
  static constexpr uint16_t kHigh[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  if (byte < 0x80 || byte >= 0xA0) return byte;
  return kHigh[byte - 0x80] == 0 ? 0xFFFD : kHigh[byte - 0x80];
}

}  // namespace

char windows_1252_ascii(unsigned char b) {
  // U+00C0-U+00FF: the Latin-1 letters by their base letter; U+00D7 and U+00F7 are signs.
  static constexpr char kLatin1Letters[] =
      "AAAAAAACEEEEIIII"   // U+00C0-U+00CF
      "DNOOOOOxOUUUUYTs"   // U+00D0-U+00DF
      "aaaaaaaceeeeiiii"   // U+00E0-U+00EF
      "dnooooo ouuuuyty";  // U+00F0-U+00FF
  static_assert(sizeof kLatin1Letters == 64 + 1);
  const char32_t cp = windows_1252_char(b);
  switch (cp) {
    case 0x0160:  // the letters of 0x80-0x9F: S, O, Z with their marks, and Y
      return 'S';
    case 0x0152:
      return 'O';
    case 0x017D:
      return 'Z';
    case 0x0161:
      return 's';
    case 0x0153:
      return 'o';
    case 0x017E:
      return 'z';
    case 0x0178:
      return 'Y';
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
      return '\'';
    case 0x2013:
    case 0x2014:
      return '-';
    default:
      break;
  }
  return cp >= 0xC0 && cp <= 0xFF ? kLatin1Letters[cp - 0xC0] : ' ';
}

void append_windows_1252(unsigned char byte, std::string* out) {
  char buf[4];
  out->append(buf, encode_utf8(windows_1252_char(byte), buf));
}

std::string invalid_bytes_as_windows_1252(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    const size_t len = decode_utf8(s, i, &cp);
    if (cp == kInvalidCodePoint)
      append_windows_1252(static_cast<unsigned char>(s[i]), &out);
    else
      out.append(s.data() + i, len);
    i += len;
  }
  return out;
}

}  // namespace dxaudit::io
