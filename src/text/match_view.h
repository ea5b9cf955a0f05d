// MatchView: the form of a note that lexicons are matched against.
//
// The view is the note case-folded (ASCII fast path; ICU simple case folding for other
// letters) with a few typographic variants normalised so that a lexicon needs one spelling:
//   - a byte that is not UTF-8 is read as Windows-1252 (its quotes as ' and ", its dashes
//     as '-', its letters as letters, its other punctuation as ' '), so that a note
//     exported in it keeps "doesn't" one word;
//   - NUL and other C0 control characters except '\n' become ' ';
//   - '\r' becomes ' ' (so CRLF text splits like LF text);
//   - non-breaking and other Unicode spaces become ' ';
//   - typographic dashes (U+2010..U+2015, U+2212) become '-';
//   - typographic quotes become ' or ", and so do quotes and dashes encoded to UTF-8 twice
//     (U+2019 written as U+00E2 U+20AC U+2122: the three are one apostrophe of the view);
//   - a symbol that a Notation given to build() reads as a word ("↓": "decreased") becomes
//     that word, set off by spaces from the words beside it; the word maps back to the
//     symbol (a span of the word is the symbol in the original);
//   - in a note with no line break but two or more "\n" escapes (an export that wrote its
//     line breaks as the two characters \ and n), each "\n" becomes " \n", and "\r" and
//     "\t" two spaces: the note's lines, headings and sentences as written.
// The view is valid UTF-8. Every view offset maps back to an offset in the original text
// with to_original(); spans reported to users are always mapped back. When every
// character kept its byte length (always the case for ASCII text) the mapping is the
// identity and costs nothing.
//
// build() reuses the view's buffers, so a worker that keeps one MatchView allocates only
// when a note is larger than any before it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/notation.h"
#include "text/span.h"

namespace dxaudit::text {

class MatchView {
 public:
  // Replaces the view's contents with the view of `original`. `original` must outlive
  // every use of offsets, but the view keeps no pointer into it. With `notation`, its
  // symbols are read as their words.
  void build(std::string_view original, const Notation* notation = nullptr);

  std::string_view text() const { return {folded_.data(), size_}; }

  // Offset in the original text of view offset `pos` (0 <= pos <= text().size()).
  uint32_t to_original(uint32_t pos) const { return map_.empty() ? pos : map_[pos]; }
  Span to_original(Span s) const { return {to_original(s.begin), to_original(s.end)}; }

  bool identity() const { return map_.empty(); }

  // Bytes of the original that are not UTF-8 (each read as Windows-1252).
  uint32_t not_utf8_bytes() const { return not_utf8_; }
  // Quotes and dashes encoded twice (U+00E2 U+20AC U+2122 for U+2019), each read as meant.
  uint32_t twice_encoded() const { return twice_encoded_; }
  // "\n" escapes read as line breaks (0 when the note has line breaks of its own).
  uint32_t escaped_breaks() const { return escaped_breaks_; }
  // Symbols read as words (Notation).
  uint32_t notation_symbols() const { return notation_symbols_; }

 private:
  // The folded text is folded_[0, size_). The buffer only grows: shrinking it after every
  // note would make the next, longer note zero-fill it again.
  std::string folded_;
  size_t size_ = 0;
  // map_[i] = original offset of view byte i; map_[size] = original size. Empty when
  // the mapping is the identity.
  std::vector<uint32_t> map_;
  uint32_t not_utf8_ = 0;
  uint32_t escaped_breaks_ = 0;
  uint32_t twice_encoded_ = 0;
  uint32_t notation_symbols_ = 0;

  void read_escaped_breaks();
};

// The letter case of the character of `original` (the text `view` was built from) at view
// offset `pos`: -1 lower case, 1 upper or title case, 0 no letter (or past the end). The view
// is case-folded; callers that tell wrapped prose from a new line read case here.
int letter_case_at(const MatchView& view, std::string_view original, uint32_t pos);

}  // namespace dxaudit::text
