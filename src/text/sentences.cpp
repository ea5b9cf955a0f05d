#include "text/sentences.h"

#include <algorithm>

// The splitter walks the token stream once and keeps only indices: no allocation but `out`.
//
// Abbreviations are orthography, so they live here rather than in a lexicon. They are
// written as the view shows them (lower case, inner periods kept, final period dropped).
//   kNeverEnds   a period after these never ends a sentence: they stand before what they
//                qualify ("Dr. Lee", "pt. reports", "approx. 3 weeks", "e.g. NSAIDs").
//   kMayEnd      these often close a sentence ("... twice daily p.o. Follow up ..."):
//                they end one when the next word is capitalised in the original text, and
//                never when the case cannot be seen.
// "no" is deliberately absent: "Any numbness? No." is far more common in notes than
// "No. 5".

namespace dxaudit::text {

namespace {

constexpr std::string_view kNeverEnds[] = {
    "pt",  "pts", "dr",     "drs", "mr",  "mrs", "ms",   "e.g",
    "i.e", "vs",  "approx", "st",  "fig", "ref", "incl", "appt",
};
constexpr std::string_view kMayEnd[] = {
    "etc", "jr",  "sr",    "b.i.d", "t.i.d", "q.i.d", "q.d", "q.h.s",
    "h.s", "p.o", "p.r.n", "a.m",   "p.m",   "i.v",   "i.m",
};

constexpr std::string_view kBullets[] = {
    "-", "*", "+", ">", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\xA3", "\xE2\x97\xA6", "\xE2\x96\xAA"};

// Lines shorter than this are list-like (problem lists, fields), longer ones look wrapped.
constexpr uint32_t kWrappedLineBytes = 40;

// Up to this many words before ':' make a field label ("Onset:", "Pain scale:").
constexpr size_t kMaxLabelWords = 4;

template <size_t N>
bool in_list(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view e : list) {
    if (e == s) return true;
  }
  return false;
}

class Splitter {
 public:
  Splitter(std::string_view v, std::span<const Token> t, std::span<const Section> sections,
           const MatchView* view, std::string_view original, std::vector<Span>* out)
      : v_(v), t_(t), sections_(sections), view_(view), original_(original), out_(out) {}

  void run() {
    const size_t nt = t_.size();
    const size_t nb = sections_.size() * 2;
    size_t b = 0;  // next section boundary: even = header begin, odd = body begin
    size_t start = 0;
    size_t line_first = 0;  // first token of the current line
    for (size_t i = 0; i < nt; ++i) {
      const Token& tok = t_[i];
      while (b < nb && tok.span.begin >= boundary(b)) {
        // A sub-heading's header runs on into its body ("Reflexes: 2+ and symmetric.").
        if (b % 2 == 1 && sections_[b / 2].opened_by_subheading) {
          ++b;
          continue;
        }
        emit(start, i);
        start = i;
        ++b;
      }
      const bool in_header = (b % 2) == 1;  // a header is one sentence, whatever it holds
      if (tok.kind == TokenKind::kNewline) {
        if (!in_header && newline_ends(start, line_first, i)) {
          emit(start, i);
          start = i + 1;
        }
        line_first = i + 1;
        continue;
      }
      if (in_header || tok.kind != TokenKind::kPunct || tok.span.size() != 1) continue;
      const char c = v_[tok.span.begin];
      if (c == '.' || c == '!' || c == '?') {
        const size_t last = closing_end(i);
        if (!followed_by_break(t_[last].span.end)) continue;
        if (c == '.' && !period_ends(start, line_first, i)) continue;
        if (c == '?' && answer_follows(last)) continue;
        // A question mark set before what it doubts, apart from the word before it, asks
        // about what follows: "? weight loss, clothes looser", "has ? diminished reflex",
        // "? L5 radiculopathy" (a level or an abbreviation is a word here).
        if (c == '?' && i + 1 < nt &&
            (t_[i + 1].kind == TokenKind::kWord || t_[i + 1].kind == TokenKind::kLevel ||
             t_[i + 1].kind == TokenKind::kAbbrev) &&
            (i == start || !adjacent(i - 1, i)))
          continue;
        emit(start, last + 1);
        start = last + 1;
        i = last;
      } else if (c == ',' && i + 1 < nt && t_[i + 1].span.begin == tok.span.end &&
                 (is_label(i + 1) || joined_lines_at(i))) {
        // MTSamples field break without a period: "Minimal,COMPLICATIONS:, None"; and a
        // line break written as a bare comma: "no loss of vision or weakness,She had been".
        emit(start, i + 1);
        start = i + 1;
      }
    }
    emit(start, nt);
  }

 private:
  uint32_t boundary(size_t b) const {
    const Section& s = sections_[b / 2];
    return (b % 2) == 0 ? s.header.begin : s.body.begin;
  }

  bool is_char(size_t i, char c) const {
    return i < t_.size() && t_[i].kind == TokenKind::kPunct && t_[i].span.size() == 1 &&
           v_[t_[i].span.begin] == c;
  }
  bool adjacent(size_t a, size_t b) const { return t_[a].span.end == t_[b].span.begin; }
  bool skippable(size_t i) const { return t_[i].kind == TokenKind::kNewline || is_char(i, ','); }

  // Closing quotes and brackets right after a terminator belong to the sentence it ends.
  size_t closing_end(size_t i) const {
    while (i + 1 < t_.size() && adjacent(i, i + 1) &&
           (is_char(i + 1, '"') || is_char(i + 1, '\'') || is_char(i + 1, ')') ||
            is_char(i + 1, ']'))) {
      ++i;
    }
    return i;
  }

  // A question answered on its line, as a triage protocol or a template writes it: "Numbness
  // in groin? NO", "Fever? yes." The answer is the question's sentence.
  bool answer_follows(size_t i) const {
    static constexpr std::string_view kAnswers[] = {"yes",     "no",       "y",      "n",
                                                    "neg",     "negative", "denies", "none",
                                                    "unknown", "unsure",   "don't",  "maybe"};
    if (i + 1 >= t_.size() || t_[i + 1].kind != TokenKind::kWord) return false;
    const std::string_view word = t_[i + 1].span.in(v_);
    if (std::find(std::begin(kAnswers), std::end(kAnswers), word) == std::end(kAnswers))
      return false;
    // A one-word answer ends its line or its clause; "don't know" goes on with its verb.
    return i + 2 >= t_.size() || t_[i + 2].kind == TokenKind::kNewline ||
           t_[i + 2].kind == TokenKind::kPunct || word == "don't";
  }

  bool followed_by_break(uint32_t pos) const {
    if (pos >= v_.size()) return true;
    const char c = v_[pos];
    return c == ' ' || c == '\n' || c == '\t' || c == ',';
  }

  // "1." or "2)" opening a line or a sentence.
  bool list_marker_at(size_t j) const {
    if (j + 1 >= t_.size() || t_[j].kind != TokenKind::kNumber || t_[j].span.size() > 3)
      return false;
    for (uint32_t k = t_[j].span.begin; k < t_[j].span.end; ++k) {
      if (v_[k] < '0' || v_[k] > '9') return false;
    }
    return adjacent(j, j + 1) && (is_char(j + 1, '.') || is_char(j + 1, ')')) &&
           followed_by_break(t_[j + 1].span.end);
  }

  bool bullet_at(size_t j) const {
    return j < t_.size() && t_[j].kind == TokenKind::kPunct && in_list(t_[j].span.in(v_), kBullets);
  }

  // One to four words followed by ':' ("Onset:", "Vital signs:", "HEENT:").
  bool is_label(size_t j) const {
    size_t words = 0;
    while (j < t_.size() && (t_[j].kind == TokenKind::kWord || t_[j].kind == TokenKind::kAbbrev)) {
      if (++words > kMaxLabelWords) return false;
      ++j;
    }
    return words > 0 && is_char(j, ':');
  }

  // A comma with no space on either side between a word in lower case (or a closing
  // bracket) and a capitalised word ("weakness,She had"): exports that flatten line breaks
  // into commas write a new line so. A capital before it ("Scale,Wechsler") or a word in
  // capitals after it ("pain,MRI") may be a list without spaces, and is left alone.
  bool joined_lines_at(size_t comma) const {
    if (comma == 0 || comma + 1 >= t_.size() || !adjacent(comma - 1, comma)) return false;
    const Token& before = t_[comma - 1];
    const Token& after = t_[comma + 1];
    const bool before_ok =
        (before.kind == TokenKind::kWord && letter_case(comma - 1) < 0) || is_char(comma - 1, ')');
    if (!before_ok || after.kind != TokenKind::kWord || after.span.size() < 2) return false;
    if (letter_case(comma + 1) <= 0) return false;
    // Title case: the second letter is lower case in the original.
    const uint32_t o = view_->to_original(after.span.begin) + 1;
    return o < original_.size() && original_[o] >= 'a' && original_[o] <= 'z';
  }

  size_t first_content(size_t start, size_t limit) const {
    while (start < limit && skippable(start)) ++start;
    return start;
  }

  // -1 lower case, 1 upper or title case, 0 unknown or not a letter.
  int letter_case(size_t j) const {
    if (view_ == nullptr || j >= t_.size()) return 0;
    return letter_case_at(*view_, original_, t_[j].span.begin);
  }

  bool period_ends(size_t start, size_t line_first, size_t dot) const {
    if (dot == 0 || !adjacent(dot - 1, dot)) return true;
    const size_t prev = dot - 1;
    // A dot leader, a run of periods set off from the word before it, joins a template's
    // label to its answer on the same line ("Fever/chills ........ denies"); an ellipsis is
    // glued to its word ("felt weak... then").
    if (is_char(prev, '.')) {
      size_t first = prev;
      while (first > 0 && is_char(first - 1, '.') && adjacent(first - 1, first)) --first;
      return first > 0 && adjacent(first - 1, first);
    }
    if (t_[prev].kind == TokenKind::kNumber && list_marker_at(prev) &&
        (prev == first_content(start, dot) || prev == line_first)) {
      return false;
    }
    if (t_[prev].kind != TokenKind::kWord) return true;
    // The abbreviation is the run of words and inner periods glued to this period: "e.g".
    size_t k = prev;
    while (k >= 2 && is_char(k - 1, '.') && adjacent(k - 1, k) && adjacent(k - 2, k - 1) &&
           t_[k - 2].kind == TokenKind::kWord) {
      k -= 2;
    }
    const std::string_view abbr(v_.data() + t_[k].span.begin,
                                t_[dot].span.begin - t_[k].span.begin);
    if (in_list(abbr, kNeverEnds)) return false;
    if (in_list(abbr, kMayEnd)) {
      const size_t next = first_content(dot + 1, t_.size());
      return next < t_.size() && letter_case(next) > 0;
    }
    return true;
  }

  // Whether the line break at `nl` ends the sentence begun at `start`.
  bool newline_ends(size_t start, size_t line_first, size_t nl) const {
    if (first_content(start, nl) == nl) return false;  // nothing to end
    const size_t next = nl + 1;
    if (next >= t_.size() || t_[next].kind == TokenKind::kNewline) return true;  // blank line
    const size_t last = nl - 1;  // the line holds content, so this is a token of it
    if (is_char(last, ':')) return true;
    if (bullet_at(next) || list_marker_at(next) || is_label(next)) return true;
    const TokenKind k = t_[next].kind;
    if (k != TokenKind::kWord && k != TokenKind::kAbbrev && k != TokenKind::kLevel) return true;
    if (view_ != nullptr) return letter_case(next) >= 0;  // wrapped prose goes on in lower case
    // Without letter case: continue only what looks like wrapped prose.
    if (is_label(line_first)) return true;
    const bool open_end = t_[last].kind == TokenKind::kWord || is_char(last, ',');
    return !open_end || t_[last].span.end - t_[line_first].span.begin < kWrappedLineBytes;
  }

  // Emits tokens [a, b) as a sentence, without the line breaks and commas at its edges;
  // punctuation alone (the ",  ," of MTSamples) is no sentence.
  void emit(size_t a, size_t b) {
    while (a < b && skippable(a)) ++a;
    while (b > a && skippable(b - 1)) --b;
    bool content = false;
    for (size_t k = a; k < b && !content; ++k) content = t_[k].kind != TokenKind::kPunct;
    if (!content) return;
    out_->push_back(Span{t_[a].span.begin, t_[b - 1].span.end});
  }

  std::string_view v_;
  std::span<const Token> t_;
  std::span<const Section> sections_;
  const MatchView* view_;
  std::string_view original_;
  std::vector<Span>* out_;
};

}  // namespace

void split_sentences(std::string_view view, std::span<const Token> tokens,
                     std::span<const Section> sections, std::vector<Span>* out) {
  out->clear();
  Splitter(view, tokens, sections, nullptr, {}, out).run();
}

void split_sentences(const MatchView& view, std::string_view original,
                     std::span<const Token> tokens, std::span<const Section> sections,
                     std::vector<Span>* out) {
  out->clear();
  Splitter(view.text(), tokens, sections, &view, original, out).run();
}

uint32_t sentence_of(std::span<const Span> sentences, uint32_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Span& s) { return p < s.begin; });
  if (it == sentences.begin()) return 0;
  return static_cast<uint32_t>(it - sentences.begin() - 1);
}

}  // namespace dxaudit::text
