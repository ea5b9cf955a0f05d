// The ASCII bytes that make up a word of the matcher's literal index (a "key": letters,
// digits and '_', as RE2's \w), shared by the matcher, which cuts the text into keys, and
// leading_words(), which must cut an expression's first word the same way.
//
// Callers may rely on: is_ascii_word_byte(c) is true exactly for [A-Za-z0-9_].
#pragma once

#include <array>

namespace dxaudit::match {

inline constexpr std::array<bool, 256> kAsciiWordBytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z');
  return table;
}();

inline bool is_ascii_word_byte(unsigned char c) {
  return kAsciiWordBytes[c];
}

}  // namespace dxaudit::match
