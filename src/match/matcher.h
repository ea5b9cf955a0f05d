// Matcher: finds every lexicon pattern occurrence in a note's matching view.
//
// Matching runs sentence by sentence: one RE2::Set pass over a sentence says which
// literal phrases occur in it, a second pass finds the literal pieces that `re:`
// expressions require (RE2's FilteredRE2 atoms) so that only expressions that can match
// are tried, and only those patterns are searched for positions, only in that
// sentence. A pattern therefore never matches across a sentence boundary. Matches are
// leftmost-longest and token-aligned: a match that starts (or ends) with a letter or digit must not
// continue a word of the text, so "no" never matches inside "note" while "+slr" may follow any
// character. When the longest match at a position is not aligned, shorter matches at the same start
// are tried.
//
// A Matcher is immutable and may be shared by any number of threads; each thread passes
// its own MatchScratch.
#pragma once

#include <cstdint>
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
  std::vector<int> atom_matches;
  std::vector<int> regex_candidates;
  std::vector<uint32_t> patterns;
};

class Matcher {
 public:
  explicit Matcher(const lexicon::Lexicon& lexicon) : lexicon_(lexicon) {}

  // Clears *hits and fills it with every aligned match inside the given sentences of
  // `view` (view offsets, in text order), ordered by begin, then longer first, then
  // pattern index. Matches of one pattern never overlap each other.
  void find(std::string_view view, std::span<const Span> sentences, MatchScratch* scratch,
            std::vector<Hit>* hits) const;

 private:
  void find_pattern(std::string_view view, Span range, uint32_t pattern,
                    std::vector<Hit>* hits) const;
  const lexicon::Lexicon& lexicon_;
};

}  // namespace dxaudit::match
