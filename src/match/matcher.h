// Matcher: finds every lexicon pattern occurrence in a note's matching view.
//
// Matching runs sentence by sentence, so a pattern never matches across a sentence boundary.
// Matches are leftmost-longest per pattern, never overlapping each other, and token-aligned:
// a match that starts (or ends) with a letter or digit must not continue a word of the text,
// so "no" never matches inside "note" while "+slr" may follow any character. When the
// longest match of a regex at a position is not aligned, shorter matches at the same start
// are tried.
//
// Literal phrases and `re:` patterns go through two RE2::Sets, one pass each per sentence
// (one set only for Scope::kCues, whose regexes are small): a set of literal alternations
// runs as a small, fast DFA, which the findings' regexes with bounded word gaps would slow
// down for every byte. Each set says which of its patterns occur, and only those are
// searched for positions. find_with_full_set() is the plain method (one
// set of every pattern), kept as the reference the tests compare against: both give the
// same hits.
//
// A Matcher is immutable and may be shared by any number of threads; each thread passes
// its own MatchScratch.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/span.h"

namespace dxaudit::match {

struct Hit {
  uint32_t pattern;  // index into Lexicon::patterns
  Span span;         // view offsets
};

struct MatchScratch {
  std::vector<int> set_matches;
};

class Matcher {
 public:
  // Which patterns a matcher finds: all of them, or only the assertion cues (enough to
  // assert a target phrase that is given rather than found).
  enum class Scope : uint8_t { kAll, kCues };

  explicit Matcher(const lexicon::Lexicon& lexicon, Scope scope = Scope::kAll);
  ~Matcher();

  // Clears *hits and fills it with every aligned match inside the given sentences of
  // `view` (view offsets, in text order), ordered by begin, then longer first, then
  // pattern index. Matches of one pattern never overlap each other.
  void find(std::string_view view, std::span<const Span> sentences, MatchScratch* scratch,
            std::vector<Hit>* hits) const;

  // The same hits by the plain method: one RE2::Set of every pattern in scope, then a
  // search for each pattern the set reports. Slower; the reference for tests.
  void find_with_full_set(std::string_view view, std::span<const Span> sentences,
                          MatchScratch* scratch, std::vector<Hit>* hits) const;

 private:
  void find_pattern(std::string_view view, Span range, uint32_t pattern,
                    std::vector<Hit>* hits) const;
  // Some of the patterns in scope and their set: set index i is patterns[i].
  struct PatternSet {
    std::unique_ptr<re2::RE2::Set> set;  // null when there are none
    std::vector<uint32_t> patterns;
  };
  void find_in(const PatternSet& set, std::string_view view, Span sentence, MatchScratch* scratch,
               std::vector<Hit>* hits) const;
  bool in_scope(uint32_t pattern) const;

  const lexicon::Lexicon& lexicon_;
  Scope scope_;
  PatternSet literals_, regexes_;
};

}  // namespace dxaudit::match
