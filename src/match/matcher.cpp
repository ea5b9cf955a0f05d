#include "match/matcher.h"

#include <algorithm>
#include <string>

#include "text/utf8.h"

namespace dxaudit::match {

namespace {

// Letters, digits and '_' (which RE2's \b also counts as a word character).
bool is_word_at(std::string_view s, size_t pos) {
  if (s[pos] == '_') return true;
  char32_t cp;
  text::decode_utf8(s, pos, &cp);
  return text::is_word_code_point(cp);
}

// Start of the code point that ends just before `pos` (the view is valid UTF-8).
size_t previous_code_point(std::string_view s, size_t pos) {
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return p;
}

bool aligned(std::string_view s, size_t begin, size_t end) {
  if (begin > 0 && is_word_at(s, begin) && is_word_at(s, previous_code_point(s, begin)))
    return false;
  if (end < s.size() && is_word_at(s, end) && is_word_at(s, previous_code_point(s, end)))
    return false;
  return true;
}

// RE2's \s.
bool is_regex_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// End of `words` spelled from `begin` (not past `limit`) with the separators that
// pattern_to_regex puts between words -- a run of spaces, or a hyphen with optional spaces
// around it -- or 0 when the text does not spell them there.
size_t match_literal_words(std::string_view view, size_t begin, size_t limit,
                           const std::vector<std::string>& words) {
  size_t i = begin;
  for (size_t w = 0; w < words.size(); ++w) {
    if (w > 0) {
      size_t j = i;
      while (j < limit && is_regex_space(view[j])) ++j;
      if (j < limit && view[j] == '-') {
        ++j;
        while (j < limit && is_regex_space(view[j])) ++j;
      } else if (j == i) {
        return 0;
      }
      i = j;
    }
    const std::string& word = words[w];
    if (limit - i < word.size() || view.compare(i, word.size(), word) != 0) return 0;
    i += word.size();
  }
  return i;
}

size_t next_code_point(std::string_view s, size_t pos) {
  char32_t cp;
  return pos + text::decode_utf8(s, pos, &cp);
}

}  // namespace

Matcher::Matcher(const lexicon::Lexicon& lexicon, Scope scope) : lexicon_(lexicon), scope_(scope) {
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(int64_t{256} << 20);
  for (PatternSet* set : {&literals_, &regexes_})
    set->set = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
  // The cues alone are short phrases and small alternations: one set is cheapest. With the
  // findings and elements, whose regexes hold bounded word gaps, the literals run faster in
  // a set of their own (measured: docs/performance.md).
  const bool split = scope_ == Scope::kAll;
  for (uint32_t p = 0; p < lexicon_.patterns.size(); ++p) {
    if (!in_scope(p)) continue;
    PatternSet& set = split && lexicon_.patterns[p].literal_words.empty() ? regexes_ : literals_;
    // The lexicon's own set accepted this pattern, so this one does too.
    std::string error;
    set.set->Add(lexicon_.regexes[p]->pattern(), &error);
    set.patterns.push_back(p);
  }
  for (PatternSet* set : {&literals_, &regexes_})
    if (set->patterns.empty() || !set->set->Compile()) set->set.reset();
}

Matcher::~Matcher() = default;

bool Matcher::in_scope(uint32_t pattern) const {
  return scope_ == Scope::kAll || lexicon_.patterns[pattern].kind == lexicon::PatternKind::kCue;
}

void Matcher::find_pattern(std::string_view view, Span range, uint32_t pattern,
                           std::vector<Hit>* hits) const {
  const std::vector<std::string>& words = lexicon_.patterns[pattern].literal_words;
  if (!words.empty()) {
    // Literal phrases are most of the hits ("no", "left", "history of"): substring searches
    // and the alignment check find exactly what their regex would, at a fraction of the
    // cost of a regex call.
    std::string_view sentence = range.in(view);
    for (size_t at = sentence.find(words[0]); at != std::string_view::npos;
         at = sentence.find(words[0], at + 1)) {
      size_t begin = range.begin + at;
      size_t end = match_literal_words(view, begin, range.end, words);
      if (end == 0 || !aligned(view, begin, end)) continue;
      hits->push_back({pattern, Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}});
      at = end - range.begin - 1;
    }
    return;
  }
  const re2::RE2& re = *lexicon_.regexes[pattern];
  size_t pos = range.begin;
  re2::StringPiece m;
  // The whole view is the context, so \b and alignment see the characters around the range.
  while (pos < range.end && re.Match(view, pos, range.end, re2::RE2::UNANCHORED, &m, 1)) {
    size_t begin = static_cast<size_t>(m.data() - view.data());
    size_t end = begin + m.size();
    // Shrink an unaligned match: a shorter alternative at the same start may be aligned.
    while (end > begin && !aligned(view, begin, end)) {
      if (!re.Match(view, begin, end - 1, re2::RE2::ANCHOR_START, &m, 1)) {
        end = begin;
        break;
      }
      end = begin + m.size();
    }
    if (end > begin) {
      hits->push_back({pattern, Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}});
      pos = end;
    } else {
      pos = next_code_point(view, begin);
    }
  }
}

void Matcher::find_in(const PatternSet& set, std::string_view view, Span sentence,
                      MatchScratch* scratch, std::vector<Hit>* hits) const {
  if (!set.set) return;
  std::vector<int>& found = scratch->set_matches;
  found.clear();
  re2::RE2::Set::ErrorInfo info{};
  bool any = set.set->Match(sentence.in(view), &found, &info);
  if (!any && info.kind != re2::RE2::Set::kNoError) {
    // The set's DFA gave up (a huge or pathological sentence): search each pattern on its
    // own, which is slower but exact.
    found.clear();
    for (size_t i = 0; i < set.patterns.size(); ++i) found.push_back(static_cast<int>(i));
  }
  std::sort(found.begin(), found.end());
  for (int i : found) find_pattern(view, sentence, set.patterns[static_cast<size_t>(i)], hits);
}

namespace {

void sort_hits(std::vector<Hit>* hits) {
  std::sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.pattern < b.pattern;
  });
}

}  // namespace

void Matcher::find(std::string_view view, std::span<const Span> sentences, MatchScratch* scratch,
                   std::vector<Hit>* hits) const {
  hits->clear();
  for (Span sentence : sentences) {
    find_in(literals_, view, sentence, scratch, hits);
    find_in(regexes_, view, sentence, scratch, hits);
  }
  sort_hits(hits);
}

void Matcher::find_with_full_set(std::string_view view, std::span<const Span> sentences,
                                 MatchScratch* scratch, std::vector<Hit>* hits) const {
  hits->clear();
  const bool cues_only = scope_ == Scope::kCues;
  const re2::RE2::Set& set = cues_only ? *lexicon_.cue_set : *lexicon_.set;
  for (Span sentence : sentences) {
    std::vector<int>& found = scratch->set_matches;
    found.clear();
    re2::RE2::Set::ErrorInfo info{};
    bool any = set.Match(sentence.in(view), &found, &info);
    if (!any && info.kind != re2::RE2::Set::kNoError) {
      found.clear();
      size_t count = cues_only ? lexicon_.cue_patterns.size() : lexicon_.regexes.size();
      for (size_t i = 0; i < count; ++i) found.push_back(static_cast<int>(i));
    }
    if (cues_only)
      for (int& p : found) p = static_cast<int>(lexicon_.cue_patterns[static_cast<size_t>(p)]);
    std::sort(found.begin(), found.end());
    for (int p : found) find_pattern(view, sentence, static_cast<uint32_t>(p), hits);
  }
  sort_hits(hits);
}

}  // namespace dxaudit::match
