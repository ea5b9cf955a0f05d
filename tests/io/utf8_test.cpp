// UTF-8 inspection and repair (io/utf8.h).
#include <doctest/doctest.h>

#include <string>

#include "io/utf8.h"

using dxaudit::io::append_repaired_utf8;
using dxaudit::io::decode_utf8;
using dxaudit::io::is_valid_utf8;
using dxaudit::io::is_word_code_point;
using dxaudit::io::kInvalidCodePoint;

namespace {

struct Decoded {
  size_t len;
  char32_t cp;
};

Decoded decode(std::string_view s, size_t pos = 0) {
  char32_t cp = 0;
  const size_t len = decode_utf8(s, pos, &cp);
  return {len, cp};
}

}  // namespace

TEST_CASE("utf8: decodes well-formed sequences of every length") {
  CHECK(decode("a").len == 1);
  CHECK(decode("a").cp == U'a');
  CHECK(decode("\xC3\xA9").len == 2);  // é
  CHECK(decode("\xC3\xA9").cp == U'\u00E9');
  CHECK(decode("\xE2\x80\x93").len == 3);  // en dash
  CHECK(decode("\xE2\x80\x93").cp == U'\u2013');
  CHECK(decode("\xF0\x9F\x98\x80").len == 4);  // emoji
  CHECK(decode("\xF0\x9F\x98\x80").cp == U'\U0001F600');
  CHECK(decode("\xF4\x8F\xBF\xBF").cp == U'\U0010FFFF');  // last code point
  CHECK(decode("x\xC3\xA9", 1).cp == U'\u00E9');
}

TEST_CASE("utf8: invalid bytes decode as one invalid unit") {
  const char* bad[] = {
      "\x80",              // stray continuation
      "\xBF",              // stray continuation
      "\xC0\xAF",          // overlong '/'
      "\xC1\xBF",          // overlong
      "\xE0\x80\xAF",      // overlong 3-byte
      "\xE0\x9F\xBF",      // overlong 3-byte, highest
      "\xF0\x80\x80\xAF",  // overlong 4-byte
      "\xF0\x8F\xBF\xBF",  // overlong 4-byte, highest
      "\xED\xA0\x80",      // surrogate D800
      "\xED\xBF\xBF",      // surrogate DFFF
      "\xF4\x90\x80\x80",  // U+110000
      "\xF5\x80\x80\x80",  // beyond Unicode
      "\xFF",
      "\xFE",
      "\xC3",          // truncated at end
      "\xE2\x80",      // truncated at end
      "\xF0\x9F\x98",  // truncated at end
      "\xC3\x41",      // lead followed by ASCII
  };
  for (const char* s : bad) {
    CAPTURE(std::string(s));
    const Decoded d = decode(s);
    CHECK(d.len == 1);
    CHECK(d.cp == kInvalidCodePoint);
    CHECK_FALSE(is_valid_utf8(s));
  }
  // The edges just inside the valid ranges.
  CHECK(decode("\xED\x9F\xBF").cp == U'\uD7FF');
  CHECK(decode("\xEE\x80\x80").cp == U'\uE000');
  CHECK(decode("\xE0\xA0\x80").cp == U'\u0800');
}

TEST_CASE("utf8: validation takes long ASCII runs and finds late errors") {
  std::string s(1000, 'a');
  CHECK(is_valid_utf8(s));
  CHECK(is_valid_utf8(""));
  s += "\xC3\xA9";
  s += std::string(13, 'b');
  CHECK(is_valid_utf8(s));
  s[997] = '\xFF';
  CHECK_FALSE(is_valid_utf8(s));
  CHECK_FALSE(is_valid_utf8(std::string(20, 'a') + "\xE2\x80"));  // truncated at the very end
}

TEST_CASE("utf8: repair replaces each invalid byte with U+FFFD") {
  std::string out = "> ";
  append_repaired_utf8("ok \xFF\xFE \xC3\xA9 \xE2\x80", &out);
  CHECK(out == "> ok \xEF\xBF\xBD\xEF\xBF\xBD \xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(is_valid_utf8(out));
  std::string clean;
  append_repaired_utf8("plain text", &clean);
  CHECK(clean == "plain text");
}

TEST_CASE("utf8: word code points are letters and digits") {
  CHECK(is_word_code_point(U'a'));
  CHECK(is_word_code_point(U'Z'));
  CHECK(is_word_code_point(U'7'));
  CHECK(is_word_code_point(U'\u00E9'));  // é
  CHECK(is_word_code_point(U'\u03C3'));  // σ
  CHECK(is_word_code_point(U'\u0661'));  // Arabic-Indic digit one
  CHECK_FALSE(is_word_code_point(U'-'));
  CHECK_FALSE(is_word_code_point(U' '));
  CHECK_FALSE(is_word_code_point(U'\''));
  CHECK_FALSE(is_word_code_point(U'\u00B0'));  // degree sign
  CHECK_FALSE(is_word_code_point(U'\u2013'));
  CHECK_FALSE(is_word_code_point(kInvalidCodePoint));
}
