// Evidence: what a note documents, as the audit reads it.
//
// build_evidence() turns matcher hits and their assertions into
//   - findings: one per concept mention (overlapping mentions of one concept merge into
//     one that spans them all), each with its assertion, whether it is active (is_active,
//     decided here once for every stage after), section, laterality (none for an
//     `unsided` concept) and spinal level;
//   - elements: for every documentation element of the vocabulary, whether the note
//     documents it and where: by an element phrase, or by a finding the vocabulary links
//     to the element (`findings=` any mention, `negated_findings=` a negated one,
//     `affirmed_findings=` one neither negated nor hypothetical).
//     Evidence spans of an element are ordered and do not overlap.
// Laterality comes from a side named inside the mention, else the nearest side named in
// the same sentence within kAttributeReach bytes of it. The level is the spinal level
// token inside the mention, else the nearest one in the sentence within the same reach;
// "L5 on S1" (how a slip is written) is the segment L5-S1. All spans
// here are view offsets; the pipeline maps them back to original offsets for output.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "context/assertion.h"
#include "lexicon/lexicon.h"
#include "match/matcher.h"
#include "text/sections.h"
#include "text/tokenizer.h"

namespace dxaudit::evidence {

inline constexpr uint16_t kNoSection = UINT16_MAX;

// How far (bytes) from a mention a side or level is looked for. Bounded so that a note
// without sentence breaks costs time in proportion to its length.
inline constexpr uint32_t kAttributeReach = 256;

struct Finding {
  uint16_t concept_id;            // index into Lexicon::concepts
  Span span;                      // view offsets
  uint16_t section = kNoSection;  // index into the note's sections
  context::Assertion assertion;
  lexicon::Laterality laterality = lexicon::Laterality::kNone;
  std::string level;  // "L4-L5", "S1", or empty
  // is_active(assertion, the concept's historical_counts), set by build_evidence: what
  // the audit's rules, the output, the store and the report all go by.
  bool active = false;
};

// Active as the contract defines it: not negated, not uncertain, not hypothetical, the
// patient's, and not historical unless `historical_counts` (the vocabulary flag of a
// concept whose past occurrence is itself the finding: a history of cancer). The one
// definition; nothing else decides it.
bool is_active(const context::Assertion& assertion, bool historical_counts);

struct ElementEvidence {
  bool present = false;
  std::vector<Span> evidence;  // view offsets
};

struct NoteEvidence {
  std::vector<Finding> findings;
  std::vector<ElementEvidence> elements;  // index = Lexicon::elements index
};

struct NoteText {
  std::string_view view;
  std::span<const text::Token> tokens;
  std::span<const Span> sentences;
  std::span<const text::Section> sections;
  std::span<const match::Hit> hits;
};

struct EvidenceScratch {
  std::vector<context::Mention> mentions;
  std::vector<uint16_t> mention_concepts;
  std::vector<uint32_t> concept_reach;         // per concept: furthest end of its mentions so far
  std::vector<uint32_t> concept_last_mention;  // per concept: index of its latest mention
  std::vector<context::Assertion> assertions;
  context::ContextScratch context;
};

// Fills *out (cleared first).
void build_evidence(const lexicon::Lexicon& lexicon, const NoteText& note, EvidenceScratch* scratch,
                    NoteEvidence* out);

// Canonical form of a level token ("l4-5" -> "L4-L5", "l5/s1" -> "L5-S1", "s1" -> "S1");
// empty when the token is not a spinal level.
std::string normalize_level(std::string_view token);

}  // namespace dxaudit::evidence
