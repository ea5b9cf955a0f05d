#include "text/match_view.h"

#include <array>

#include <unicode/uchar.h>

#include "io/utf8.h"

// Offsets are uint32_t throughout the pipeline: callers guarantee that a note is smaller
// than 4 GiB. Its view grows by at most one byte per byte of input, so the view's own
// offsets hold for any note under 2 GiB, and for larger ones made mostly of ASCII.

namespace dxaudit::text {

namespace {

// ASCII bytes map to one byte each. Tab, CR, NUL and the other C0 controls become ' ' so
// that tokenizing and matching never see them; '\n' is kept because the layout of a note
// (lines, blank lines) drives sentence and section detection.
constexpr std::array<char, 128> make_ascii_table() {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    char v = static_cast<char>(c);
    if (c >= 'A' && c <= 'Z') v = static_cast<char>(c - 'A' + 'a');
    if (c < 0x20 && c != '\n') v = ' ';
    t[c] = v;
  }
  return t;
}
constexpr std::array<char, 128> kAscii = make_ascii_table();

// The typographic variants that would otherwise need a second spelling in every lexicon.
// Zero-width spaces and the BOM count as spaces: exports leave them between words.
char32_t normalise(char32_t cp) {
  switch (cp) {
    case 0x00A0:
    case 0x1680:
    case 0x200B:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return ' ';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    case 0x2018:
    case 0x2019:
    case 0x201B:
      return '\'';
    case 0x201C:
    case 0x201D:
      return '"';
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return ' ';
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}

// Punctuation encoded to UTF-8 twice (its UTF-8 bytes read as Windows-1252 and encoded
// again, as a file passed through a tool that guessed wrong): U+2019 (E2 80 99) becomes
// U+00E2 U+20AC U+2122 (a-circumflex, euro sign, trade mark), which cuts "doesn't" in two.
// After a U+00E2 ending at `pos`: when `s` goes on with U+20AC and the Windows-1252
// reading of a third byte xx of E2 80 xx, the punctuation meant goes to *cp and the bytes
// of U+20AC and that character are returned; else 0.
size_t read_twice_encoded(std::string_view s, size_t pos, char32_t* cp) {
  if (pos >= s.size()) return 0;
  char32_t euro;
  const size_t euro_len = io::decode_utf8(s, pos, &euro);
  if (euro != 0x20AC || pos + euro_len >= s.size()) return 0;
  char32_t third;
  const size_t third_len = io::decode_utf8(s, pos + euro_len, &third);
  char32_t meant;
  switch (third) {
    case 0x2122:  // E2 80 99, right single quote
    case 0x02DC:  // E2 80 98, left single quote
      meant = 0x2019;
      break;
    case 0x0153:  // E2 80 9C, left double quote
    case 0x009D:  // E2 80 9D, right double quote (0x9D has no Windows-1252 character)
      meant = 0x201D;
      break;
    case 0x201C:  // E2 80 93, en dash
    case 0x201D:  // E2 80 94, em dash
      meant = 0x2013;
      break;
    default:
      return 0;
  }
  *cp = meant;
  return euro_len + third_len;
}

}  // namespace

void MatchView::build(std::string_view original, const Notation* notation) {
  const size_t n = original.size();
  const auto* src = reinterpret_cast<const unsigned char*>(original.data());
  map_.clear();
  not_utf8_ = 0;
  twice_encoded_ = 0;
  notation_symbols_ = 0;
  if (notation != nullptr && notation->empty()) notation = nullptr;
  // Writing through an index into a pre-sized buffer is much faster than push_back. Simple
  // case folding lengthens a character by at most one byte per two (U+023A -> U+2C65), and
  // a byte that is not UTF-8 becomes at most two (0xE9 -> U+00E9), so 2n always suffices
  // (the ASCII writes below rely on it); the check on the multi-byte path is a safety net.
  if (folded_.size() < 2 * n + 16) folded_.resize(2 * n + 16);
  size_t w = 0;
  bool mapped = false;

  size_t i = 0;
  // ASCII before the first character that changes length: view offsets equal original
  // offsets, so nothing is mapped and each byte is one table lookup.
  char* const folded = folded_.data();
  while (i < n && src[i] < 0x80) {
    folded[i] = kAscii[src[i]];
    ++i;
  }
  w = i;
  // At the first change of length: until here view and original offsets were equal.
  auto start_map = [&]() {
    if (mapped) return;
    mapped = true;
    map_.reserve(n + 1);
    for (size_t k = 0; k < w; ++k) map_.push_back(static_cast<uint32_t>(k));
  };
  while (i < n) {
    const unsigned char b = src[i];
    if (b < 0x80) {
      folded_[w] = kAscii[b];
      if (mapped) map_.push_back(static_cast<uint32_t>(i));
      ++w;
      ++i;
      continue;
    }
    char32_t cp;
    size_t in_len = io::decode_utf8(original, i, &cp);
    if (cp == 0x00E2)
      if (const size_t twice = read_twice_encoded(original, i + in_len, &cp); twice > 0) {
        in_len += twice;
        ++twice_encoded_;
      }
    if (notation != nullptr && cp != io::kInvalidCodePoint)
      if (const std::string* word = notation->find(cp)) {
        ++notation_symbols_;
        start_map();
        // Set off from the words beside it: "↓sensation" is "decreased sensation". A space
        // before maps to the symbol's start, one after to its end, so that a span ending with
        // the word ends with the symbol.
        const bool space_before = w > 0 && folded_[w - 1] != ' ' && folded_[w - 1] != '\n';
        const bool space_after = i + in_len < n && src[i + in_len] != ' ' &&
                                 src[i + in_len] != '\n' && src[i + in_len] != '\t' &&
                                 src[i + in_len] != '\r';
        // Longer than the symbol: keep room for the rest at two bytes a byte, which the ASCII
        // writes below rely on.
        const size_t need = word->size() + 2 + 2 * (n - i) + 16;
        if (w + need > folded_.size()) folded_.resize(w + need);
        if (space_before) {
          folded_[w++] = ' ';
          map_.push_back(static_cast<uint32_t>(i));
        }
        for (char c : *word) {
          folded_[w++] = c;
          map_.push_back(static_cast<uint32_t>(i));
        }
        if (space_after) {
          folded_[w++] = ' ';
          map_.push_back(static_cast<uint32_t>(i + in_len));
        }
        i += in_len;
        continue;
      }
    char buf[4];
    size_t out_len;
    // An invalid byte is one byte of the original (in_len 1), read as Windows-1252.
    if (cp == io::kInvalidCodePoint) ++not_utf8_;
    out_len =
        io::encode_utf8(normalise(cp == io::kInvalidCodePoint ? io::windows_1252(b) : cp), buf);
    if (out_len != in_len) start_map();
    if (w + out_len > folded_.size()) {
      // Room for the rest of the note at any growth rate, ASCII writes included.
      folded_.resize(w + out_len + 2 * (n - i) + 16);
    }
    for (size_t k = 0; k < out_len; ++k) {
      folded_[w + k] = buf[k];
      // Bytes inside a character map to the character's start, so a span boundary always
      // maps to a character boundary of the original.
      if (mapped) map_.push_back(static_cast<uint32_t>(i));
    }
    w += out_len;
    i += in_len;
  }
  size_ = w;
  if (mapped) map_.push_back(static_cast<uint32_t>(n));
  read_escaped_breaks();
}

int letter_case_at(const MatchView& view, std::string_view original, uint32_t pos) {
  if (pos > view.text().size()) return 0;
  const uint32_t o = view.to_original(pos);
  if (o >= original.size()) return 0;
  char32_t cp;
  io::decode_utf8(original, o, &cp);
  if (cp == io::kInvalidCodePoint) return 0;
  const auto c = static_cast<UChar32>(cp);
  if (u_islower(c)) return -1;
  if (u_isupper(c) || u_istitle(c)) return 1;
  return 0;
}

void MatchView::read_escaped_breaks() {
  escaped_breaks_ = 0;
  const std::string_view view = text();
  if (view.find('\n') != std::string_view::npos) return;  // the note has its own lines
  size_t escapes = 0;
  for (size_t at = view.find("\\n"); at != std::string_view::npos && escapes < 2;
       at = view.find("\\n", at + 2))
    ++escapes;
  if (escapes < 2) return;  // one "\n" may be meant; two or more are an export's lines
  char* v = folded_.data();
  for (size_t i = 0; i + 1 < size_; ++i) {
    if (v[i] != '\\') continue;
    const char next = v[i + 1];
    if (next == 'n') {
      v[i] = ' ';
      v[i + 1] = '\n';
      ++escaped_breaks_;
      ++i;
    } else if (next == 'r' || next == 't') {
      v[i] = ' ';
      v[i + 1] = ' ';
      ++i;
    }
  }
}

}  // namespace dxaudit::text
