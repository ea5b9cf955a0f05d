// Matcher: finds every lexicon pattern occurrence in a note's matching view.
//
// Matching runs sentence by sentence: literal phrases are looked up in an index by the
// start of each word of the sentence, a second pass finds the literal pieces that `re:`
// expressions require (RE2's FilteredRE2 atoms) so that only expressions that can match
// are tried, and only those patterns are searched for positions, only in that sentence. An
// expression whose every match begins with one of a few words (leading_words.h: most do) is
// not searched for but tried anchored where those words start and the text goes on with a
// byte it may read next, which the literal pass notes on its way; one without atoms is then
// tried there in every sentence, and only the few with neither go through a set searched in
// every sentence. A pattern therefore never matches across a sentence boundary. Matches
// are leftmost-longest and token-aligned: a match that starts (or ends) with a letter or
// digit must not continue a word of the text, so "no" never matches inside "note" while
// "+slr" may follow any character. When the longest match at a position is not aligned,
// shorter matches at the same start are tried. An `re:` expression with a capturing group
// reports what the group matched (also aligned); the rest of its match is context that must
// be there ("absent" before the end of its clause) but is not part of the hit.
//
// A matcher of Scope::kCues finds the patterns that assert by themselves (cues, and finding
// phrases marked `negated`): enough to assert a target phrase that is given rather than
// found. A matcher of
// Scope::kRestrictedConcepts finds the finding phrases of the concepts that some cue's
// `only=` or `except=` names (not their cause phrases, which mention nothing): all that
// asserting a given target needs to know of what it mentions, since those cues treat every
// other concept as they treat an unknown phrase. It is built for a target's few words: it has
// no `re:` prefilter, and tries each expression with leading words wherever they start
// (quick on a few words, slow on a whole note). find_each_pattern() searches every pattern
// in scope on its own: slow, and the reference the tests compare find() with.
//
// The Lexicon is plain data; everything compiled from it -- each `re:` expression, the
// sets, the prefilter, the index of literal phrases -- is built by the Matcher's
// constructor and owned by it. A Matcher is immutable after that and may be shared by any
// number of threads; each thread passes its own MatchScratch. The Lexicon must outlive it.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <bitset>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "match/compiled_expressions.h"
#include "match/literal_index.h"
#include "match/regex_prefilter.h"
#include "text/span.h"

namespace dxaudit::match {

// Required literal pieces shorter than this do not filter `re:` patterns (RE2 FilteredRE2
// atoms, match/regex_prefilter.h): an expression whose pieces are all shorter ("l4") is
// searched in every sentence. (FilteredRE2 accepts every expression the lexicon accepted:
// it compiles them with the same options.)
inline constexpr int kMinAtomLength = 3;
// The same for a matcher of Scope::kCues. Its three-byte atoms are words of every
// sentence ("the", "and", "for", "her"): filtering on them cost more than the searches it
// saved, and the expressions they filtered are cheaper in the set of unfiltered ones,
// which is an exact filter (docs/performance.md: assert -j1 about 10% faster on repeated
// and on distinct sentences). The full scope keeps 3: there the larger set cost more.
inline constexpr int kCueMinAtomLength = 4;
// Atoms an expression without leading words falls back to when it has none of the length
// above (RegexPrefilter::build): a two-byte piece it needs ("hx") filters it better than
// searching it in every sentence does.
inline constexpr int kShortestAtomLength = 2;
// Leading words an `re:` pattern may have to be tried where they start (leading_words.h):
// enough for a list of muscles.
inline constexpr size_t kMaxLeadingWords = 256;

struct Hit {
  uint32_t pattern;  // index into Lexicon::patterns
  Span span;         // view offsets
};

// An `re:` pattern may begin at a view offset: a leading word of it (leading_words.h) starts
// there.
struct PatternStart {
  uint32_t pattern;
  uint32_t at;
};

struct MatchScratch {
  std::vector<int> set_matches;
  // Per pattern: where its last hit in this sentence ended (hits of one pattern never
  // overlap); `touched` lists the entries to reset before the next pass.
  std::vector<uint32_t> pattern_end;
  std::vector<uint32_t> touched;
  // Where the `re:` patterns with leading words to be tried may begin in this sentence, in
  // text order.
  std::vector<PatternStart> starts;
  PrefilterScratch prefilter;
  std::vector<uint32_t> regex_candidates;
  std::vector<uint32_t> patterns;  // the `re:` patterns to search in this sentence
  // Per pattern: the sentence (a count of them) in which the prefilter or the set chose
  // it to be tried at its starts.
  std::vector<uint32_t> chosen;
  uint32_t sentence = 0;
};

class Matcher {
 public:
  enum class Scope : uint8_t { kAll, kCues, kRestrictedConcepts };

  // `compiled`: the `re:` expressions as the lexicon's load compiled them, shared instead
  // of compiled again (and, for Scope::kAll when their atoms are kMinAtomLength bytes,
  // their prefilter analyses); those missing are compiled here. It must outlive the
  // matcher's construction only.
  explicit Matcher(const lexicon::Lexicon& lexicon, Scope scope = Scope::kAll,
                   const CompiledExpressions* compiled = nullptr);
  ~Matcher();

  // Clears *hits and fills it with every aligned match inside the given sentences of
  // `view` (view offsets, in text order), ordered by begin, then longer first, then
  // pattern index. Matches of one pattern never overlap each other.
  void find(std::string_view view, std::span<const Span> sentences, MatchScratch* scratch,
            std::vector<Hit>* hits) const;

  // The prefilter of `re:` patterns (null when there are none); its expression i is
  // regex_pattern(i). For tests.
  const RegexPrefilter* regex_prefilter() const { return regex_prefilter_.get(); }
  uint32_t regex_pattern(uint32_t expression) const { return regex_patterns_[expression]; }
  // The `re:` patterns with no literal piece to filter on and no leading words (pattern
  // indices, increasing): they are searched, through one RE2::Set, in every sentence. For
  // lexicon authors (`dxaudit lexicons unfiltered`): each costs every sentence, where the
  // others cost only the sentences that hold their atoms or their leading words.
  const std::vector<uint32_t>& unfiltered_patterns() const { return unfiltered_patterns_; }

  // The same hits, every pattern in scope searched on its own in every sentence.
  void find_each_pattern(std::string_view view, std::span<const Span> sentences,
                         std::vector<Hit>* hits) const;

 private:
  void find_literals(std::string_view view, Span sentence, MatchScratch* scratch,
                     std::vector<Hit>* hits) const;
  void find_pattern(std::string_view view, Span range, uint32_t pattern,
                    std::vector<Hit>* hits) const;
  // find_pattern() for the `re:` patterns with leading words noted in scratch->starts:
  // each tried anchored at its starts instead of searched for, a failed try costing a few
  // bytes of the DFA rather than a pass over the sentence.
  void try_starts(std::string_view view, Span range, MatchScratch* scratch,
                  std::vector<Hit>* hits) const;
  // Takes the match [begin, end) of `re` (pattern `pattern`) as a hit if it is aligned or a
  // shorter match at its start is, reporting its capturing group when it has one. Returns
  // where the search for the next match starts.
  size_t take_match(std::string_view view, const re2::RE2& re, uint32_t pattern, size_t begin,
                    size_t end, std::vector<Hit>* hits) const;
  const lexicon::Lexicon& lexicon_;
  Scope scope_;
  std::vector<bool> in_scope_;  // per pattern: whether this matcher finds it
  // By pattern index: the compiled expression of each `re:` pattern in scope (null for
  // literal phrases, which are found by substring search, and for patterns out of scope).
  std::vector<std::shared_ptr<const re2::RE2>> regexes_;
  // Literal phrases by the key at the start of their first word (matcher.cpp, key_end), and
  // `re:` patterns by each of their leading words, marked with kStartsHere.
  LiteralIndex literal_index_;
  static constexpr uint32_t kStartsHere = uint32_t{1} << 31;
  // By pattern index: an `re:` pattern whose leading words are in the index.
  std::vector<bool> has_leading_words_;
  // The leading words of `re:` patterns, as the index files them (kStartsHere | i): the
  // pattern, and what a match may read first after the word and any spaces
  // (leading_words.h, MatchStart::next; bit 256: the sentence's end) as an index into
  // next_bytes_, whose entry 0 lets everything through. A start where the text goes on
  // with anything else is not noted.
  struct LeadingWord {
    uint32_t pattern;
    uint32_t next;
    // Tried wherever it starts, with no prefilter before (the restricted-concept
    // matcher's patterns, and those without atoms whose next byte is known:
    // leading_words.h); else only when chosen for the sentence.
    bool tried_always = false;
    // The keys a match may read after the word and any white space (leading_words.h,
    // MatchStart::next_keys), as an index into next_keys_: their hashes, sorted; 0 when
    // they are not known (then any key lets it through).
    uint32_t next_keys = 0;
  };
  std::vector<LeadingWord> leading_words_;
  std::vector<std::bitset<257>> next_bytes_;
  std::vector<std::vector<uint64_t>> next_keys_;
  // By pattern index, for literal phrases in the index: the size of the first word and the
  // first byte of the second ('\0' for one word), to rule most candidates out cheaply.
  struct LiteralHead {
    uint32_t first_size = 0;
    char second = '\0';
  };
  std::vector<LiteralHead> literal_heads_;
  // `re:` patterns: expression i of regex_prefilter_ is pattern regex_patterns_[i]. Null
  // when there are none (or when FilteredRE2 refused one: then every expression is
  // searched in every sentence).
  std::vector<uint32_t> regex_patterns_;
  std::unique_ptr<const RegexPrefilter> regex_prefilter_;
  // Expressions without atoms go through a set of their own: its index i is pattern
  // unfiltered_patterns_[i]. Null when there are none, or when they would not compile
  // into one set (then each is searched in every sentence).
  std::unique_ptr<re2::RE2::Set> unfiltered_set_;
  std::vector<uint32_t> unfiltered_patterns_;
};

}  // namespace dxaudit::match
