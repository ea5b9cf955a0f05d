// Matcher: finds every lexicon pattern occurrence in a note's matching view.
//
// Matching runs sentence by sentence: one RE2::Set pass over a sentence says which
// patterns occur in it, and only those are searched for positions, only in that
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
};

class Matcher {
 public:
  // Which patterns a matcher finds: all of them, or only the assertion cues (enough to
  // assert a target phrase that is given rather than found).
  enum class Scope : uint8_t { kAll, kCues };

  explicit Matcher(const lexicon::Lexicon& lexicon, Scope scope = Scope::kAll)
      : lexicon_(lexicon), scope_(scope) {}

  // Clears *hits and fills it with every aligned match inside the given sentences of
  // `view` (view offsets, in text order), ordered by begin, then longer first, then
  // pattern index. Matches of one pattern never overlap each other.
  void find(std::string_view view, std::span<const Span> sentences, MatchScratch* scratch,
            std::vector<Hit>* hits) const;

 private:
  void find_pattern(std::string_view view, Span range, uint32_t pattern,
                    std::vector<Hit>* hits) const;
  const lexicon::Lexicon& lexicon_;
  Scope scope_;
};

}  // namespace dxaudit::match
