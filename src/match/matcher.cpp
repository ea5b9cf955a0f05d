#include "match/matcher.h"

#include <algorithm>

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

namespace {

void sort_hits(std::vector<Hit>* hits) {
  std::sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.pattern < b.pattern;
  });
}

}  // namespace

void Matcher::find_cues(std::string_view view, std::span<const Span> sentences,
                        MatchScratch* scratch, std::vector<Hit>* hits) const {
  for (Span sentence : sentences) {
    std::vector<int>& found = scratch->set_matches;
    found.clear();
    re2::RE2::Set::ErrorInfo info{};
    if (!lexicon_.cue_set->Match(sentence.in(view), &found, &info) &&
        info.kind != re2::RE2::Set::kNoError) {
      // The set's DFA gave up (a huge or pathological sentence): every cue on its own.
      found.clear();
      for (size_t i = 0; i < lexicon_.cue_patterns.size(); ++i)
        found.push_back(static_cast<int>(i));
    }
    std::sort(found.begin(), found.end());
    for (int i : found)
      find_pattern(view, sentence, lexicon_.cue_patterns[static_cast<size_t>(i)], hits);
  }
  sort_hits(hits);
}

void Matcher::find_each_pattern(std::string_view view, std::span<const Span> sentences,
                                std::vector<Hit>* hits) const {
  hits->clear();
  for (Span sentence : sentences)
    for (uint32_t p = 0; p < lexicon_.patterns.size(); ++p)
      if (scope_ == Scope::kAll || lexicon_.patterns[p].kind == lexicon::PatternKind::kCue)
        find_pattern(view, sentence, p, hits);
  sort_hits(hits);
}

void Matcher::find(std::string_view view, std::span<const Span> sentences, MatchScratch* scratch,
                   std::vector<Hit>* hits) const {
  hits->clear();
  if (scope_ == Scope::kCues) {
    find_cues(view, sentences, scratch, hits);
    return;
  }
  std::vector<uint32_t>& patterns = scratch->patterns;
  for (Span sentence : sentences) {
    std::string_view text = sentence.in(view);
    patterns.clear();
    // A set whose DFA gives up (a huge or pathological sentence) says nothing: then every
    // pattern it covers is searched on its own, which is slower but exact.
    re2::RE2::Set::ErrorInfo info{};
    if (lexicon_.set) {
      std::vector<int>& found = scratch->set_matches;
      found.clear();
      if (lexicon_.set->Match(text, &found, &info) || info.kind == re2::RE2::Set::kNoError) {
        for (int i : found) patterns.push_back(lexicon_.set_patterns[static_cast<size_t>(i)]);
      } else {
        patterns.insert(patterns.end(), lexicon_.set_patterns.begin(), lexicon_.set_patterns.end());
      }
    }
    if (lexicon_.regex_filter) {
      std::vector<int>& atoms = scratch->atom_matches;
      atoms.clear();
      bool atoms_known = true;
      if (lexicon_.atom_set) {
        info = {};
        atoms_known =
            lexicon_.atom_set->Match(text, &atoms, &info) || info.kind == re2::RE2::Set::kNoError;
      }
      if (atoms_known) {
        std::vector<int>& candidates = scratch->regex_candidates;
        candidates.clear();
        lexicon_.regex_filter->AllPotentials(atoms, &candidates);
        for (int i : candidates)
          if (!lexicon_.filter_in_set[static_cast<size_t>(i)])
            patterns.push_back(lexicon_.filtered_patterns[static_cast<size_t>(i)]);
      } else {
        for (size_t i = 0; i < lexicon_.filtered_patterns.size(); ++i)
          if (!lexicon_.filter_in_set[i]) patterns.push_back(lexicon_.filtered_patterns[i]);
      }
    }
    std::sort(patterns.begin(), patterns.end());
    for (uint32_t p : patterns) find_pattern(view, sentence, p, hits);
  }
  sort_hits(hits);
}

}  // namespace dxaudit::match
