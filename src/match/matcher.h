// Matcher: finds every lexicon pattern occurrence in a note's matching view.
//
// Matching runs sentence by sentence, so a pattern never matches across a sentence boundary.
// Matches are leftmost-longest per pattern, never overlapping each other, and token-aligned:
// a match that starts (or ends) with a letter or digit must not continue a word of the text,
// so "no" never matches inside "note" while "+slr" may follow any character. When the
// longest match of a regex at a position is not aligned, shorter matches at the same start
// are tried.
//
// Literal phrases (most of a lexicon) are found through an index keyed by the first word of
// the phrase: each place in a sentence where an aligned match could begin is looked up once,
// and only the phrases filed under its word are tried there. `re:` patterns go through one
// RE2::Set pass per sentence, which says which of them occur, and only those are searched.
// find_with_full_set() is the plain method (one set of every pattern), kept as the reference
// the tests compare against: both give the same hits.
//
// A Matcher is immutable and may be shared by any number of threads; each thread passes
// its own MatchScratch.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
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
  // Per pattern: where its last hit in this sentence ended (hits of one pattern never
  // overlap); `touched` lists the entries to reset before the next sentence.
  std::vector<uint32_t> pattern_end;
  std::vector<uint32_t> touched;
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
  void find_literals(std::string_view view, Span sentence, MatchScratch* scratch,
                     std::vector<Hit>* hits) const;
  void find_regexes(std::string_view view, Span sentence, MatchScratch* scratch,
                    std::vector<Hit>* hits) const;
  bool in_scope(uint32_t pattern) const;

  const lexicon::Lexicon& lexicon_;
  Scope scope_;
  // Hashes std::string and std::string_view alike, so lookups need no string.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Literal patterns in scope by the key of the start of their first word (matcher.cpp).
  std::unordered_map<std::string, std::vector<uint32_t>, KeyHash, std::equal_to<>> literal_index_;
  // The `re:` patterns in scope: set index i is pattern regex_patterns_[i].
  std::unique_ptr<re2::RE2::Set> regex_set_;
  std::vector<uint32_t> regex_patterns_;
};

}  // namespace dxaudit::match
