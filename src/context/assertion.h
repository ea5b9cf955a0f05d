// Assertion: what a note says about one mention -- negated, uncertain, historical,
// hypothetical, and whose experience it is -- and the cues that said so.
//
// assert_mentions() is the context stage. This first version is NegEx-shaped: each cue
// from lexicons/ (category, direction, window) modifies the mentions in its scope, which
// runs in the cue's direction within the sentence, up to `window` word tokens (and never
// beyond kMaxScopeWords), and stops at a `terminate` cue. Cues inside a `pseudo` phrase ("no
// change") are not cues; a cue never modifies a mention it overlaps; of overlapping cues the
// longest wins. Callers may rely on: one Assertion per mention, in mention order; cue spans are
// view offsets of cues found in the same sentence as the mention.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "match/matcher.h"
#include "text/span.h"
#include "text/tokenizer.h"

namespace dxaudit::context {

enum class Experiencer : uint8_t { kPatient, kOther };
std::string_view experiencer_name(Experiencer e);  // "patient", "other"

struct AppliedCue {
  uint32_t pattern;  // index into Lexicon::patterns
  Span span;         // view offsets
};

struct Assertion {
  bool negated = false;
  bool uncertain = false;
  bool historical = false;
  bool hypothetical = false;
  Experiencer experiencer = Experiencer::kPatient;
  std::vector<AppliedCue> cues;
};

struct Mention {
  Span span;          // view offsets
  uint32_t sentence;  // index into the note's sentences
};

// Everything the context stage reads about one note.
struct NoteContext {
  std::span<const text::Token> tokens;
  std::span<const Span> sentences;
  std::span<const match::Hit> hits;  // all matcher hits; cues are picked out by kind
};

// Reusable per-worker buffers.
struct ContextScratch {
  std::vector<match::Hit> cues;
  std::vector<Span> pseudo;
  std::vector<Span> terminators;
  std::vector<uint32_t> word_ordinals;  // per token: word tokens before it
};

// No cue reaches further than this many words, whatever its window: a cue whose window is
// "the sentence" (0) stops here too, so that a note without sentence breaks (a log pasted
// into a note) costs time in proportion to its length.
inline constexpr uint32_t kMaxScopeWords = 200;

// Fills *out (cleared first) with one assertion per mention.
void assert_mentions(const lexicon::Lexicon& lexicon, const NoteContext& note,
                     std::span<const Mention> mentions, ContextScratch* scratch,
                     std::vector<Assertion>* out);

}  // namespace dxaudit::context
