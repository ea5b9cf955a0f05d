// Tokenizer for clinical text.
//
// Splits a matching view (see match_view.h) into tokens with byte offsets into that view.
// Whitespace separates tokens and is never part of one; every other character belongs to
// exactly one token. Clinical forms that lose meaning when split stay whole:
//   levels          L4-L5, L4-5, L5/S1, T12-L1, S1          -> kLevel
//   grades/measures 5/5, 4+/5, 2+, x3, 60 lb, 60lbs, 0.5, 1,200, 40°  -> kNumber
//   slash abbrevs   s/p, c/o, h/o, w/o, w/, n/t, b/b, a/p    -> kAbbrev
// A word is a run of Unicode letters and digits, with internal apostrophes ("patient's");
// hyphens split words ("low-back" is low, -, back). Every other character is one kPunct
// token. A line break is its own kNewline token so that sentence splitting can see the
// layout of the note. The tokenizer never allocates beyond growing `out`.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace dxaudit::text {

enum class TokenKind : uint8_t { kWord, kNumber, kLevel, kAbbrev, kPunct, kNewline };

struct Token {
  Span span;  // view offsets
  TokenKind kind;
};

// Clears *out and fills it with the tokens of `view` in text order.
void tokenize(std::string_view view, std::vector<Token>* out);

}  // namespace dxaudit::text
