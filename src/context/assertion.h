// Assertion: what a note says about one mention -- negated, uncertain, historical,
// hypothetical, and whose experience it is -- and the cues that said so.
//
// assert_mentions() is the context stage, an implementation of ConText (Chapman, Harkema et
// al., J Biomed Inform 2009). Cues are lexicon data (lexicons/cues.lex): each has a
// category, a direction and a window. A cue modifies a mention when the mention lies in the
// cue's scope, which
//   - runs from the cue in its direction (forward, backward or both) within the sentence,
//   - for at most `window` words (0: the sentence; never beyond kMaxScopeWords), except
//     that a negated cue before the mention reaches past its window while the words up to
//     the mention run on as a list of short items (three commas or more, none longer than
//     four words: a review of systems written as one list),
//   - and ends early at a `terminate` cue that ends the cue's category, at a `pseudo`
//     phrase, at an experiencer cue marked `self` (for experiencer scopes only), and, for
//     cues marked `stop_at_comma`, at a comma.
// A cue word inside a `pseudo` phrase ("no change") is not a cue; a cue inside a longer cue
// is part of it ("no" in "no evidence of"); a cue never modifies a mention it overlaps. A cue
// may be restricted to some concepts (`only=`, `except=`: "normal" negates an examined sign),
// and may yield to other categories (`unless=`: "X or Y" is uncertain unless denied, "no X
// or Y"): such a cue applies only when, after every other cue and the section defaults,
// the mention carries none of them. A historical cue or section default marked `past`
// ("history of", a past medical history) leaves a `lasting` concept current unless it is
// denied ("history of lumbar stenosis" is lumbar stenosis; "no history of osteoporosis"
// is negated and historical). A cue marked `previous_sentence` speaks of the sentence
// before its own, in the same section ("... paresthesias in both legs. Her symptoms resolved
// the following day."): it modifies every mention of that sentence its only=/except= allow,
// none of its own, and hides no cue inside it. A cue marked `earlier_in_note` says a
// condition is over for the rest of the note ("She remained afebrile for the remainder of
// the hospitalization."): it modifies every mention of the note that ends before it
// (within its only=/except=), from any sentence or section, and likewise hides no cue. Categories
// are otherwise independent, so one mention may be both historical and negated.
//
// Section defaults (lexicons/section_context.lex) then apply: a mention in a family
// history section is another person's unless its sentence names the patient (a `self`
// cue) with no relative named between that cue and the mention; a mention in a past
// history section is historical. The section header is reported as the cue.
//
// Callers may rely on: one Assertion per mention, in mention order; cues sorted by begin;
// cue spans are view offsets in the mention's sentence, the next one (a `previous_sentence`
// cue), a later one of the note (an `earlier_in_note` cue) or its section header.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "match/matcher.h"
#include "text/sections.h"
#include "text/span.h"
#include "text/tokenizer.h"

namespace dxaudit::context {

enum class Experiencer : uint8_t { kPatient, kOther };
std::string_view experiencer_name(Experiencer e);  // "patient", "other"

// AppliedCue::pattern of a header's default, no lexicon pattern: a section's (the span its
// header) or a typed table column's (evidence/table_columns.h: the span the header cell).
inline constexpr uint32_t kSectionDefault = UINT32_MAX;

struct AppliedCue {
  lexicon::CueCategory category;
  uint32_t pattern;  // index into Lexicon::patterns, or kSectionDefault
  Span span;         // view offsets: the cue, or the section's header or table's header cell
};

struct Assertion {
  bool negated = false;
  bool uncertain = false;
  bool historical = false;
  bool hypothetical = false;
  Experiencer experiencer = Experiencer::kPatient;
  std::vector<AppliedCue> cues;
};

// The verdict of one category on an assertion: its flag (for kExperiencer, whether the
// experiencer is someone else). Pseudo and terminate are no verdict: false, and setting
// them does nothing.
bool has_category(const Assertion& a, lexicon::CueCategory category);
void set_category(Assertion* a, lexicon::CueCategory category, bool asserted);

inline constexpr uint16_t kUnknownConcept = UINT16_MAX;
inline constexpr uint32_t kNoPattern = UINT32_MAX;

struct Mention {
  Span span;          // view offsets
  uint32_t sentence;  // index into the note's sentences
  // The concept mentioned (index into Lexicon::concepts), or kUnknownConcept: decides the
  // cues restricted with `only=` / `except=`.
  uint16_t concept_id = kUnknownConcept;
  // A finding pattern marked `negated` among the phrases of the mention (index into
  // Lexicon::patterns), or kNoPattern: the mention reports itself absent ("sensation
  // intact") and is negated with the mention as its cue.
  uint32_t negated_by = kNoPattern;
};

// Everything the context stage reads about one note.
struct NoteContext {
  std::string_view view;
  std::span<const text::Token> tokens;
  std::span<const Span> sentences;
  std::span<const match::Hit> hits;  // all matcher hits; cues are picked out by kind
  // The note's sections. Their name_index must number names as Lexicon::section_names does
  // (the pipeline checks this at load). May be empty.
  std::span<const text::Section> sections = {};
};

// A cue in force for this note: not inside a pseudo phrase, not overlapped by a longer cue.
struct ActiveCue {
  uint32_t pattern;
  Span span;
};

// A place where scopes end: a terminate cue, a pseudo phrase or a `self` experiencer cue.
struct ScopeEnd {
  Span span;
  uint8_t ends;  // cue_bit() of the categories whose scopes it ends
};

// Reusable per-worker buffers.
struct ContextScratch {
  std::vector<ActiveCue> cues;
  std::vector<ActiveCue> about_previous;  // cues marked `previous_sentence`, in text order
  std::vector<ActiveCue> about_earlier;   // cues marked `earlier_in_note`, in text order
  std::vector<Span> pseudo;
  std::vector<ScopeEnd> scope_ends;
  std::vector<uint32_t> commas;             // view offsets of comma tokens
  std::vector<uint32_t> word_ordinals;      // per token: word tokens before it
  std::vector<ActiveCue> deferred;          // one mention's cues with `unless=`
  std::vector<ActiveCue> past_for_lasting;  // its `past` cues, when its concept lasts
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
