#include "text/tokenizer.h"

#include <array>
#include <bit>
#include <cstring>

#include <unicode/uchar.h>

#include "io/utf8.h"

// A hand-written scanner: one pass, no regex, no allocation but `out`. The input is a
// matching view, so letters are already lower case and odd spaces, dashes and control
// characters are normalised; the scanner still copes with any bytes (an invalid byte is
// skipped like a space).

namespace dxaudit::text {

namespace {

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr std::array<bool, 256> make_alnum_table() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  return t;
}
constexpr std::array<bool, 256> kAsciiAlnum = make_alnum_table();

// Eight bytes at a time: the high bit of each byte of the result is set when that byte is
// an ASCII letter or digit. Words are short, so finding the end of one without a branch
// per byte avoids a mispredicted loop exit on nearly every word.
constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHigh = 0x8080808080808080ULL;
inline uint64_t ascii_alnum_bytes(uint64_t w) {
  const uint64_t x = w & ~kHigh;
  // For 7-bit x, x + (0x80 - lo) sets the high bit exactly when x >= lo, and no byte
  // carries into the next.
  auto at_least = [](uint64_t v, uint64_t lo) { return (v + (0x80 - lo) * kOnes) & kHigh; };
  const uint64_t digit = at_least(x, '0') & ~at_least(x, '9' + 1);
  const uint64_t folded = x | 0x20 * kOnes;  // 'A'..'Z' onto 'a'..'z'; no other byte lands there
  const uint64_t letter = at_least(folded, 'a') & ~at_least(folded, 'z' + 1);
  return (digit | letter) & ~w;  // bytes with the high bit set are not ASCII
}

inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// Units that stay glued to a number ("60 lb", "5mg"). Only weights, doses and lengths:
// time units are left out because duration cues are matched as words ("for 2 weeks",
// "x 3 wks"), and "in" is accepted only without a space ("5in") since "2 in the morning"
// is ordinary prose.
struct Unit {
  std::string_view text;
  bool spaced;  // may follow the number after one space
};
constexpr Unit kUnits[] = {
    {"lbs", true}, {"lb", true}, {"kg", true}, {"mg", true}, {"mcg", true}, {"g", false},
    {"ml", true},  {"cm", true}, {"mm", true}, {"ft", true}, {"in", false},
};

class Scanner {
 public:
  Scanner(std::string_view v, std::vector<Token>* out) : v_(v), n_(v.size()), out_(out) {}

  void run() {
    size_t i = 0;
    while (i < n_) {
      const char c = v_[i];
      if (c == '\n') {
        emit(i, i + 1, TokenKind::kNewline);
        ++i;
      } else if (is_space(c)) {
        ++i;
      } else if (is_digit(c)) {
        i = number_or_word(i);
      } else if (is_ascii_alpha(c)) {
        i = alpha(i);
      } else if (static_cast<unsigned char>(c) < 0x80) {
        emit(i, i + 1, TokenKind::kPunct);
        ++i;
      } else {
        char32_t cp;
        const size_t len = io::decode_utf8(v_, i, &cp);
        if (cp == io::kInvalidCodePoint) {
          ++i;  // never in a view (it holds a space there); skipped like one elsewhere
        } else if (io::is_word_code_point(cp)) {
          i = word(i);
        } else {
          emit(i, i + len, TokenKind::kPunct);
          i += len;
        }
      }
    }
  }

 private:
  void emit(size_t b, size_t e, TokenKind k) {
    out_->push_back(Token{Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)}, k});
  }

  char at(size_t i) const { return i < n_ ? v_[i] : '\0'; }

  // Length of the word character (letter, digit, or a combining mark continuing a word) at
  // i, or 0 when there is none.
  size_t word_char(size_t i, bool continuing) const {
    if (i >= n_) return 0;
    const char c = v_[i];
    if (static_cast<unsigned char>(c) < 0x80) return (is_digit(c) || is_ascii_alpha(c)) ? 1 : 0;
    char32_t cp;
    const size_t len = io::decode_utf8(v_, i, &cp);
    if (cp == io::kInvalidCodePoint) return 0;
    if (io::is_word_code_point(cp)) return len;
    // Decomposed accents ("e" + U+0301) belong to the word they follow.
    if (continuing && (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0) return len;
    return 0;
  }
  bool boundary(size_t i) const { return word_char(i, true) == 0; }

  size_t letter_len(size_t i) const {
    if (i >= n_) return 0;
    if (is_ascii_alpha(v_[i])) return 1;
    if (static_cast<unsigned char>(v_[i]) < 0x80) return 0;
    char32_t cp;
    const size_t len = io::decode_utf8(v_, i, &cp);
    return (cp != io::kInvalidCodePoint && u_isalpha(static_cast<UChar32>(cp))) ? len : 0;
  }

  size_t skip_ascii_alnum(size_t i) const {
    if constexpr (std::endian::native == std::endian::little) {
      while (i + 8 <= n_) {
        uint64_t w;
        std::memcpy(&w, v_.data() + i, 8);
        const uint64_t stop = ~ascii_alnum_bytes(w) & kHigh;
        if (stop != 0) return i + static_cast<size_t>(std::countr_zero(stop)) / 8;
        i += 8;
      }
    }
    while (i < n_ && kAsciiAlnum[static_cast<unsigned char>(v_[i])]) ++i;
    return i;
  }

  // A word from i: letters and digits, with an apostrophe allowed between two letters.
  size_t word(size_t i) {
    const size_t b = i;
    for (;;) {
      i = skip_ascii_alnum(i);  // the common case
      if (i >= n_) break;
      if (static_cast<unsigned char>(v_[i]) >= 0x80) {
        const size_t len = word_char(i, i > b);
        if (len == 0) break;
        i += len;
        continue;
      }
      if (v_[i] == '\'' && i > b && letter_before(i) && letter_len(i + 1) > 0) {
        ++i;
        continue;
      }
      break;
    }
    emit(b, i, TokenKind::kWord);
    return i;
  }

  bool letter_before(size_t i) const {
    size_t k = i - 1;
    while (k > 0 && (static_cast<unsigned char>(v_[k]) & 0xC0) == 0x80 && i - k < 4) --k;
    return letter_len(k) == i - k;
  }

  size_t digits(size_t i) const {
    while (i < n_ && is_digit(v_[i])) ++i;
    return i;
  }

  // Level letter and 1-2 digits within the range of that spine region; returns the end or
  // 0. Ranges keep "c9" or "s7" (and most non-spinal letter-number words) out.
  size_t level_unit(size_t i) const {
    const char c = at(i);
    int max;
    switch (c) {
      case 'c':
        max = 8;
        break;
      case 't':
        max = 12;
        break;
      case 'l':
        max = 6;
        break;
      case 's':
        max = 5;
        break;
      default:
        return 0;
    }
    return level_number(i + 1, max);
  }
  size_t level_number(size_t i, int max) const {
    const size_t e = digits(i);
    if (e == i || e - i > 2) return 0;
    int value = 0;
    for (size_t k = i; k < e; ++k) value = value * 10 + (v_[k] - '0');
    return (value >= 1 && value <= max) ? e : 0;
  }

  size_t alpha(size_t i) {
    const char c = v_[i];
    // Levels, "x3" and slash abbreviations all have a digit or '/' second; most words do
    // not, and testing that first spares them a hard-to-predict switch on the letter.
    if (const char next = at(i + 1); !is_digit(next) && next != '/') return word(i);
    // Spinal level: l4, l4-l5, l4-5, l5/s1, l4/5, t12-l1, and l5s1, l4l5 typed without a
    // separator (two whole levels: "l45" stays a word).
    if (size_t e = level_unit(i); e != 0) {
      const char sep = at(e);
      if (sep == '-' || sep == '/') {
        size_t e2 = level_unit(e + 1);
        if (e2 == 0) e2 = level_number(e + 1, 12);
        if (e2 != 0 && boundary(e2)) {
          emit(i, e2, TokenKind::kLevel);
          return e2;
        }
      }
      if (const size_t e2 = level_unit(e); e2 != 0 && boundary(e2)) {
        emit(i, e2, TokenKind::kLevel);
        return e2;
      }
      if (boundary(e)) {
        emit(i, e, TokenKind::kLevel);
        return e;
      }
    }
    // Single letter '/' single letter: s/p, c/o, h/o, w/o, n/t, b/b, a/p.
    if (at(i + 1) == '/') {
      if (is_ascii_alpha(at(i + 2)) && boundary(i + 3)) {
        emit(i, i + 3, TokenKind::kAbbrev);
        return i + 3;
      }
      // "w/ spasm", "w/spasm": "with".
      if (c == 'w' && (i + 2 >= n_ || is_space(at(i + 2)) || at(i + 2) == '\n' ||
                       word_char(i + 2, false) > 0)) {
        emit(i, i + 2, TokenKind::kAbbrev);
        return i + 2;
      }
    }
    // Times: x3.
    if (c == 'x' && is_digit(at(i + 1))) {
      const size_t e = digits(i + 1);
      if (boundary(e)) {
        emit(i, e, TokenKind::kNumber);
        return e;
      }
    }
    return word(i);
  }

  // Number forms (0.5, 1,200, 5/5, 4+/5, 2+, 6-7/10, 40°, 50%, 60 lb) or, when letters
  // follow the digits, a word ("3rd").
  size_t number_or_word(size_t b) {
    size_t e = digits(b);
    const size_t int_end = e;
    // Thousands: exactly three digits after each comma ("1,200", not "1,2" or "3,45").
    if (int_end - b <= 3) {
      while (at(e) == ',' && digits(e + 1) == e + 4) e += 4;
    }
    if (e == int_end && at(e) == '.' && is_digit(at(e + 1))) e = digits(e + 1);
    bool extended = e != int_end;
    bool ratio = false;
    // Range before a ratio: 6-7/10.
    if (at(e) == '-' && is_digit(at(e + 1))) {
      const size_t r = digits(e + 1);
      if (at(r) == '/' && is_digit(at(r + 1))) {
        e = digits(r + 1);
        ratio = true;
      }
    }
    // Grade or ratio: 5/5, 4+/5, 4-/5, 3/10, 120/80.
    if (!ratio) {
      const char s0 = at(e);
      const size_t slash = ((s0 == '+' || s0 == '-') && at(e + 1) == '/') ? e + 1 : e;
      if (at(slash) == '/' && is_digit(at(slash + 1))) {
        e = digits(slash + 1);
        if (at(e) == '.' && is_digit(at(e + 1))) e = digits(e + 1);
        ratio = true;
      }
    }
    // Dates keep their second slash: 1/2/2024.
    while (ratio && at(e) == '/' && is_digit(at(e + 1))) e = digits(e + 1);
    extended = extended || ratio;
    // Reflex grade: 2+, 1+ (not "2+2").
    if (at(e) == '+' && boundary(e + 1)) {
      ++e;
      extended = true;
    }
    if (at(e) == '%') {
      emit(b, e + 1, TokenKind::kNumber);
      return e + 1;
    }
    // Degrees: U+00B0 and U+00BA (the ordinal indicator is often typed for it), with an
    // optional scale letter.
    if (at(e) == '\xC2' && (at(e + 1) == '\xB0' || at(e + 1) == '\xBA')) {
      e += 2;
      if ((at(e) == 'f' || at(e) == 'c') && boundary(e + 1)) ++e;
      emit(b, e, TokenKind::kNumber);
      return e;
    }
    if (size_t u = unit_end(e); u != 0) {
      emit(b, u, TokenKind::kNumber);
      return u;
    }
    if (!extended && word_char(e, true) > 0) return word(b);  // 3rd, 2nd, 12yo
    emit(b, e, TokenKind::kNumber);
    return e;
  }

  size_t unit_end(size_t e) const {
    const bool space = at(e) == ' ';
    const size_t s = space ? e + 1 : e;
    if (!is_ascii_alpha(at(s))) return 0;
    for (const Unit& u : kUnits) {
      if (space && !u.spaced) continue;
      if (v_.substr(s, u.text.size()) == u.text && boundary(s + u.text.size())) {
        return s + u.text.size();
      }
    }
    return 0;
  }

  std::string_view v_;
  size_t n_;
  std::vector<Token>* out_;
};

}  // namespace

void tokenize(std::string_view view, std::vector<Token>* out) {
  out->clear();
  Scanner(view, out).run();
}

}  // namespace dxaudit::text
