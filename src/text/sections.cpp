#include "text/sections.h"

#include <algorithm>
#include <array>
#include <bitset>

#include <unicode/uchar.h>

#include "io/utf8.h"

// Where a header may stand, and what makes it one.
//
// Candidate positions are found by one scan for '\n' and ',' (no regex over the note):
//   line start    the start of the text or of a line, after spaces/tabs;
//   comma         after a ',' and optional spaces, where the comma is the last of its run
//                 (",  ," counts once). The MTSamples export turned every line break into
//                 a comma, so "effectiveness.,MEDICATIONS: ," and "Minimal,COMPLICATIONS:"
//                 are line starts in disguise; "fever, chills" is plain prose.
// At a candidate, a table of the byte pairs that phrases start with rejects most positions;
// a walk over the sorted phrases then finds the longest header phrase, which must end at a
// word boundary. (An anchored RE2 alternation of the phrases did the same at several times
// the cost per candidate.) Because the phrases are literal, a shorter phrase could only
// follow the same words and then fail the rules below, so taking the longest is enough for
// "history of present illness" over "history".
// The header is accepted when:
//   line start    it is followed by optional spaces and ':', in any case ("Plan:"), or it
//                 is alone on its line and written in capitals ("ASSESSMENT AND PLAN") or
//                 opening with one ("Objective", as EMR notes print their headings);
//   sentence end  after ". " on the same line, it is followed by optional spaces and ':' and
//                 written in capitals ("normal. HEENT:"), or opens with a capital and is
//                 not an exam sub-heading ("negative. Assessment: lumbar sprain.");
//   comma         it is followed by optional spaces and ':', and either the comma is a
//                 "strong" break (it follows '.', '!', '?', ':', ',' or starts a line:
//                 "pain.,Plan:") or the header is written in capitals ("None,PLAN:"); or
//                 it is written in capitals and followed by another comma, as a header
//                 alone on its line is in the export (",REVIEW OF SYSTEMS,"); headers
//                 marked line_start never count here.
// A header marked not_before_number does not count when a digit follows its ':' (the
// lexicon marks "P", since "P: 88" is a pulse; "S: 52 yo M" is still subjective). Text in which a
// header phrase starts a sentence ("Assessment of the patient showed: ...") does not count: the
// phrase has to be followed by ':' itself. Letter case is read from the original text through the
// view's offset map: the view is folded.

namespace dxaudit::text {

namespace {

// Phrases are literal text; longer ones are almost certainly data errors.
constexpr size_t kMaxPhraseBytes = 120;
// The longest qualifier in brackets a header may carry before its colon.
constexpr size_t kMaxQualifierBytes = 40;

inline bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// Header phrase as it is looked up: folded like a view, whitespace runs as one ' '.
std::string phrase_key(std::string_view folded) {
  std::string key;
  for (char c : folded) {
    if (is_blank(c) || c == '\n') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(c);
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// Where a header candidate stands: at a line start, after a comma that stands for a line
// break (strong: after the end of a sentence or a header; weak: after prose), or after the
// end of a sentence on the same line (". HEENT: normal").
enum class Position { kLineStart, kStrongComma, kWeakComma, kSentenceEnd };

}  // namespace

struct SectionDetector::Impl {
  struct Entry {
    std::string key;
    uint16_t name;
    bool line_start;
    bool not_before_number;
    bool subheading;
    std::vector<uint16_t> within;  // sections (besides `name`) it may stand in
    bool ends_with_line;
  };
  std::vector<Entry> entries;  // sorted by key
  // Byte pairs a phrase can start with, as the view spells them. Most candidates ("fever,
  // chills") fail this test, before any search of the phrases.
  std::bitset<256 * 256> first_pair;

  static size_t pair_index(char a, char b) {
    return static_cast<size_t>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
  }

  void add_first_pair(std::string_view key) {
    if (key.size() == 1) {
      // The phrase ends here; the byte after it must not continue a word. Bytes of
      // non-ASCII characters are let through for the boundary test to decide.
      for (int b = 0; b < 256; ++b) {
        const auto c = static_cast<char>(b);
        if (b >= 0x80 ||
            !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
          first_pair.set(pair_index(key[0], c));
      }
    } else if (key[1] == ' ') {
      first_pair.set(pair_index(key[0], ' '));  // any run of spaces and tabs matches ' '
      first_pair.set(pair_index(key[0], '\t'));
    } else {
      first_pair.set(pair_index(key[0], key[1]));
    }
  }

  // False when no phrase can start at v[q] (q < v.size()).
  bool may_start(std::string_view v, size_t q) const {
    return q + 1 >= v.size() || first_pair.test(pair_index(v[q], v[q + 1]));
  }

  // The longest phrase that v spells from q, or nullptr; *end is where it ends in v. The
  // sorted entries serve as a trie: the ones that share the first d bytes of the text form
  // a range, and the shortest of them (the whole prefix, if it is a phrase) comes first.
  // A ' ' in a phrase matches a run of spaces and tabs; no phrase has a blank after a ' ',
  // so taking the whole run is the only way to go on.
  const Entry* longest_phrase(std::string_view v, size_t q, size_t* end) const {
    const Entry* found = nullptr;
    auto lo = entries.begin();
    auto hi = entries.end();
    size_t d = 0;
    for (size_t i = q;;) {
      if (lo->key.size() == d) {
        found = &*lo;
        *end = i;
        if (++lo == hi) break;
      }
      if (i == v.size()) break;
      char c = v[i++];
      if (is_blank(c)) {
        while (i < v.size() && is_blank(v[i])) ++i;
        c = ' ';
      }
      // Keys sort as unsigned bytes (std::string compares that way).
      const auto u = static_cast<unsigned char>(c);
      const auto byte_less = [d](const Entry& e, unsigned char b) {
        return static_cast<unsigned char>(e.key[d]) < b;
      };
      const auto less_byte = [d](unsigned char b, const Entry& e) {
        return b < static_cast<unsigned char>(e.key[d]);
      };
      lo = std::lower_bound(lo, hi, u, byte_less);
      hi = std::upper_bound(lo, hi, u, less_byte);
      if (lo == hi) break;
      ++d;
    }
    return found;
  }
};

SectionDetector::SectionDetector() : impl_(std::make_unique<Impl>()) {}
SectionDetector::~SectionDetector() = default;

std::string SectionDetector::check_header(const SectionHeader& h) {
  if (h.name.empty()) return "empty section name";
  MatchView folded;
  folded.build(h.phrase);
  std::string key = phrase_key(folded.text());
  if (key.empty()) return "empty phrase";
  if (key.size() > kMaxPhraseBytes)
    return "phrase longer than " + std::to_string(kMaxPhraseBytes) + " bytes";
  if (key.find(':') != std::string::npos)
    return "phrase must not contain ':' (the colon follows the header)";
  return "";
}

std::unique_ptr<SectionDetector> SectionDetector::create(const std::vector<SectionHeader>& headers,
                                                         std::string* error) {
  std::unique_ptr<SectionDetector> d(new SectionDetector());
  Impl& impl = *d->impl_;
  MatchView folded;
  for (size_t i = 0; i < headers.size(); ++i) {
    const SectionHeader& h = headers[i];
    const std::string where =
        (h.origin.empty() ? "section header " + std::to_string(i + 1) : h.origin) + " (\"" +
        h.phrase + "\")";
    if (std::string problem = check_header(h); !problem.empty()) {
      *error = where + ": " + problem;
      return nullptr;
    }
    folded.build(h.phrase);
    std::string key = phrase_key(folded.text());
    auto name_it = std::find(d->names_.begin(), d->names_.end(), h.name);
    if (name_it == d->names_.end()) {
      if (d->names_.size() > UINT16_MAX) {
        *error = where + ": too many section names";
        return nullptr;
      }
      d->names_.push_back(h.name);
      name_it = d->names_.end() - 1;
    }
    const auto name = static_cast<uint16_t>(name_it - d->names_.begin());
    std::vector<uint16_t> within;
    for (const std::string& w : h.within) {
      auto it = std::find(d->names_.begin(), d->names_.end(), w);
      if (it == d->names_.end()) {
        if (d->names_.size() > UINT16_MAX) {
          *error = where + ": too many section names";
          return nullptr;
        }
        d->names_.push_back(w);
        it = d->names_.end() - 1;
      }
      within.push_back(static_cast<uint16_t>(it - d->names_.begin()));
    }
    bool duplicate = false;
    for (const Impl::Entry& e : impl.entries) {
      if (e.key != key) continue;
      if (e.name != name || e.line_start != h.line_start ||
          e.not_before_number != h.not_before_number || e.subheading != h.subheading ||
          e.within != within || e.ends_with_line != h.ends_with_line) {
        *error = where + ": phrase already defined for section \"" + d->names_[e.name] +
                 "\" with other settings";
        return nullptr;
      }
      duplicate = true;
    }
    if (duplicate) continue;
    impl.add_first_pair(key);
    impl.entries.push_back({std::move(key), name, h.line_start, h.not_before_number, h.subheading,
                            std::move(within), h.ends_with_line});
  }
  std::sort(impl.entries.begin(), impl.entries.end(),
            [](const Impl::Entry& a, const Impl::Entry& b) { return a.key < b.key; });
  return d;
}

namespace {

// True when the original text of a view span has letters and none of them is lower case.
bool written_in_capitals(const MatchView& view, std::string_view original, Span s) {
  const Span o = view.to_original(s);
  if (o.end > original.size() || o.begin >= o.end) return false;
  bool letter = false;
  for (size_t i = o.begin; i < o.end;) {
    const auto b = static_cast<unsigned char>(original[i]);
    if (b < 0x80) {
      if (b >= 'a' && b <= 'z') return false;
      if (b >= 'A' && b <= 'Z') letter = true;
      ++i;
      continue;
    }
    char32_t cp;
    const size_t len = io::decode_utf8(original, i, &cp);
    if (cp != io::kInvalidCodePoint) {
      const auto c = static_cast<UChar32>(cp);
      if (u_islower(c)) return false;
      if (u_isalpha(c)) letter = true;
    }
    i += len;
  }
  return letter;
}

// True when the original text of a view span opens with a capital letter ("Objective",
// "Physical Exam"): a header alone on its line in title case, as EMR notes print them.
bool opens_with_capital(const MatchView& view, std::string_view original, Span s) {
  const Span o = view.to_original(s);
  if (o.end > original.size() || o.begin >= o.end) return false;
  const auto b = static_cast<unsigned char>(original[o.begin]);
  return b >= 'A' && b <= 'Z';
}

// Where a section whose header is marked ends_with_line ends when its body starts at
// `body`: the end of the header's line, or of the last line wrapped from it (the next line
// starts in lower case, as the sentence splitter reads wrapped prose); the end of the text
// when nothing follows the header on its line (a list under a header of its own).
size_t inline_section_end(const MatchView& view, std::string_view original, size_t body) {
  const std::string_view v = view.text();
  const size_t n = v.size();
  size_t p = body;
  while (p < n && is_blank(v[p])) ++p;
  if (p >= n || v[p] == '\n') return n;
  for (;;) {
    const size_t nl = v.find('\n', p);
    if (nl == std::string_view::npos) return n;
    size_t q = nl + 1;
    while (q < n && is_blank(v[q])) ++q;
    // As the sentence splitter reads wrapped prose: the next line goes on in lower case.
    if (q >= n || letter_case_at(view, original, static_cast<uint32_t>(q)) >= 0) return nl;
    p = q;
  }
}

}  // namespace

void SectionDetector::detect(const MatchView& view, std::string_view original,
                             std::vector<Section>* out, std::vector<Span>* subheadings) const {
  out->clear();
  if (subheadings != nullptr) subheadings->clear();
  const Impl& impl = *impl_;
  if (impl.entries.empty()) return;
  const std::string_view v = view.text();
  const size_t n = v.size();
  size_t min_pos = 0;  // no header inside the previous header

  auto try_header = [&](size_t q, Position where) {
    if (q >= n || q < min_pos || !impl.may_start(v, q)) return;
    size_t end = 0;
    const Impl::Entry* e = impl.longest_phrase(v, q, &end);
    if (e == nullptr) return;
    if (end < n) {
      char32_t cp;
      io::decode_utf8(v, end, &cp);
      if (io::is_word_code_point(cp)) return;  // "plans:", "examined:"
    }
    if (e->line_start && where != Position::kLineStart) return;
    const Span header{static_cast<uint32_t>(q), static_cast<uint32_t>(end)};
    size_t k = end;
    while (k < n && is_blank(v[k])) ++k;
    // A qualifier in brackets between the header and its colon: "MEDICAL SCREENING (direct
    // access):", "HPI (per patient):". Short, on the header's line.
    if (k < n && v[k] == '(') {
      size_t close = k + 1;
      while (close < n && close - k <= kMaxQualifierBytes && v[close] != ')' && v[close] != '\n')
        ++close;
      if (close < n && v[close] == ')') {
        size_t after = close + 1;
        while (after < n && is_blank(v[after])) ++after;
        if (after < n && v[after] == ':') k = after;
      }
    }
    size_t body;
    if (k < n && v[k] == ':') {
      body = k + 1;
      if (where == Position::kWeakComma && !written_in_capitals(view, original, header)) return;
      // After a sentence on the same line a header is in capitals ("... normal. HEENT: ..."),
      // or a section's own heading opening with one, as a paragraph of dictation runs its
      // sections on ("... SLR negative. Assessment: lumbar sprain. Plan: NSAIDs."); an exam's
      // sub-heading in title case there is prose ("... is supple. Neck: ..." stays).
      if (where == Position::kSentenceEnd && !written_in_capitals(view, original, header) &&
          (e->subheading || !opens_with_capital(view, original, header)))
        return;
      if (e->not_before_number) {
        size_t f = body;
        while (f < n && is_blank(v[f])) ++f;
        if (f < n && v[f] >= '0' && v[f] <= '9') return;  // "P: 88" is a pulse
      }
    } else if (where == Position::kLineStart && (k == n || v[k] == '\n') &&
               (written_in_capitals(view, original, header) ||
                opens_with_capital(view, original, header))) {
      body = end;
    } else if ((where == Position::kStrongComma || where == Position::kWeakComma) && k < n &&
               v[k] == ',' && written_in_capitals(view, original, header)) {
      // ",REVIEW OF SYSTEMS," : a capitalised header alone between the commas that stand
      // for line breaks in the MTSamples export, as it would stand alone on its line.
      body = k + 1;
    } else {
      return;
    }
    if (e->subheading && !out->empty() && out->back().body.end > header.begin) {
      const uint16_t current = out->back().name_index;
      if (current == e->name ||
          std::find(e->within.begin(), e->within.end(), current) != e->within.end()) {
        if (subheadings != nullptr) subheadings->push_back(header);
        min_pos = body;
        return;
      }
    }
    if (!out->empty())
      out->back().body.end = std::min(out->back().body.end, static_cast<uint32_t>(header.begin));
    const size_t section_end = e->ends_with_line ? inline_section_end(view, original, body) : n;
    out->push_back(Section{e->name, header,
                           Span{static_cast<uint32_t>(body), static_cast<uint32_t>(section_end)},
                           e->subheading});
    min_pos = body;
  };

  auto line_start = [&](size_t p) {
    while (p < n && is_blank(v[p])) ++p;
    try_header(p, Position::kLineStart);
  };

  line_start(0);
  // memchr for each of the three bytes beats a byte loop: most of a note is none of them.
  size_t nl = v.find('\n');
  size_t comma = v.find(',');
  size_t period = v.find('.');
  while (nl != std::string_view::npos || comma != std::string_view::npos ||
         period != std::string_view::npos) {
    if (period < nl && period < comma) {
      // ". HEENT: ..." -- a header in capitals after a sentence, on the same line.
      const size_t i = period;
      period = v.find('.', i + 1);
      size_t q = i + 1;
      if (q >= n || v[q] != ' ') continue;
      while (q < n && v[q] == ' ') ++q;
      if (q < n && impl.may_start(v, q)) try_header(q, Position::kSentenceEnd);
      continue;
    }
    if (nl < comma) {
      line_start(nl + 1);
      nl = v.find('\n', nl + 1);
      continue;
    }
    const size_t i = comma;
    comma = v.find(',', i + 1);
    size_t q = i + 1;
    while (q < n && is_blank(v[q])) ++q;
    // Not the last comma of its run, or a line start that the '\n' branch takes.
    if (q >= n || v[q] == ',' || v[q] == '\n') continue;
    if (!impl.may_start(v, q)) continue;
    size_t p = i;
    while (p > 0 && is_blank(v[p - 1])) --p;
    const char before = p == 0 ? '\n' : v[p - 1];
    const bool strong = before == '.' || before == '!' || before == '?' || before == ':' ||
                        before == ',' || before == '\n';
    try_header(q, strong ? Position::kStrongComma : Position::kWeakComma);
  }
}

}  // namespace dxaudit::text
