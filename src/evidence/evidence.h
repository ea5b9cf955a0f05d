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
// The side, the level and the region belong to the finding's own words, never to another
// finding of the sentence: a side phrase (laterality.lex), a level token or a region
// phrase (regions.lex) inside the mention, else the nearest one attached to it -- up to
// kAttachedWordsAfter words after it for a level or a region, kSideWordsAfter for a side
// (a side phrase, "right greater than left", counting as one word; "5/5 to all the muscle
// groups of the right lower extremity"), or kAttachedWordsBefore words before it
// (kSideWordsBefore for a side: "Right leg muscle spasm/calf pain") -- a region phrase not
// past a comma after it ("back pain, neck pain from a cervical fusion" is a list of two
// complaints) nor before it past a coordinator that is no part of a side phrase
// (attachment.lex `before`: "Neck and back pain"), and the farthest side before it not past
// a coordinator or an `ends` word ("left ankle pain and low back pain") --
// without crossing another mention or a semicolon, nor a comma before it ("disc herniation at
// C5-C6", "L4-5 disc bulge", "positive on the left"; "SLR negative bilaterally, strength
// 5/5": the strength has no side; after the mention "and" ends them unless a second
// predicate of the statement follows, "2+ and equal bilaterally"). A side implied by a
// plural limb or a paired grade ("numbness in her feet", "2+/2+": bilateral) yields to one
// named outright, and to a word of no side ("2/2 throughout": none). "L5 on S1" (how a slip is
// written) is the segment L5-S1. A finding of a regional concept with no level of its own
// takes the level that opens its sentence, when no other level comes between ("C6-7
// degenerative disc disease with annular bulging": the bulging is at C6-7 too; "At L4-5,
// ..."); any finding still without one takes the level of the last level heading of a read
// before it ("L4-5: ... broad-based disc bulge"), in its section and within
// kLevelHeadingReach bytes. A finding of a `report_region` concept (what
// a read describes), or one whose mention holds a finding phrase marked `report_region` (a
// radicular phrase naming no limb, "radicular symptoms"), that still has no region takes the region
// of the last heading before it in its section ("CERVICAL SPINE:"), else of the one spine the note
// names ("MRI of the lumbar spine"), else of the region that nine in ten of the note's levels and
// region words name (an anterior cervical discectomy), or two in three when none of them is a
// lumbar, lumbosacral or sacral one (a cervical MRI that reads T1-T4 too). Levels give regions as
// coders read them: C cervical, T (and T12-L1) thoracic, L1 to L5 lumbar, L5-S1 and S1 lumbosacral,
// S2-S5 sacral; a range takes the region of its upper level, except that one running from a lumbar
// level to S1 is lumbar. All spans here are view offsets; the pipeline maps them back to original
// offsets for output.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "context/assertion.h"
#include "evidence/table_columns.h"
#include "lexicon/lexicon.h"
#include "match/matcher.h"
#include "text/sections.h"
#include "text/tokenizer.h"

namespace dxaudit::evidence {

inline constexpr uint16_t kNoSection = UINT16_MAX;

// How far (words) from a mention its own level and region are looked for, and its side:
// an exam can name the limb at the end of a longer phrase ("Motor is 5/5 to all the muscle
// groups of the right lower extremity"), where a level or a region word so far off belongs
// to something else ("increased T2 signal", "worse than the neck pain").
inline constexpr uint32_t kAttachedWordsAfter = 6;
inline constexpr uint32_t kSideWordsAfter = 12;
inline constexpr uint32_t kAttachedWordsBefore = 3;
inline constexpr uint32_t kSideWordsBefore = 4;

struct Finding {
  uint16_t concept_id;            // index into Lexicon::concepts
  Span span;                      // view offsets
  uint16_t section = kNoSection;  // index into the note's sections
  // As the context stage asserted the mention, and one addition: a cause phrase of the
  // concept marked `other_cause=hypothetical` makes a mention hypothetical with the cause
  // as its cue, wherever in the note the cause is ("dietary consultation" for "down 6
  // pounds" three sentences on). Cues stay sorted by begin.
  context::Assertion assertion;
  lexicon::Laterality laterality = lexicon::Laterality::kNone;
  std::string level;  // "L4-L5", "S1", or empty
  // For a `regional` concept: the spinal region of the finding's own words or level
  // (see the file comment); kUnknown otherwise or when nothing places it.
  lexicon::Region region = lexicon::Region::kUnknown;
  // Every phrase of the mention is marked `treatment` ("chemotherapy" for a cancer): it
  // names the concept only by what is done for it, and a flag quotes it only when it
  // cites no other mention of the concept (audit.cpp).
  bool by_treatment = false;
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

struct LevelHeading {
  Span span;          // the level token, view offsets
  std::string level;  // canonical ("L4-L5")
};

// How far (bytes) after a level heading ("L4-5:") a finding with no level of its own is
// taken to be at that level.
inline constexpr uint32_t kLevelHeadingReach = 600;

// A note that names no spine keeps to one region when at least this many of its levels and
// region words name one, and nine in ten of them name that region (two in three when none
// names the low back).
inline constexpr uint32_t kNoteRegionMinVotes = 3;

struct EvidenceScratch {
  std::vector<Span> region_nots;      // region `not` phrases of the note
  std::vector<match::Hit> kept_hits;  // the note's hits less those a region `not` drops
  std::vector<LevelHeading> level_headings;
  std::vector<match::Hit> exclusions;
  std::vector<context::Mention> mentions;
  // Per mention, what its phrases' flags say (evidence.cpp, kReportsRegion and
  // kByTreatment): one of them is marked `report_region` (a radicular phrase naming no
  // limb), so that it takes the region of the spine the note reads when it has none; every
  // one of them is marked `treatment` (Finding::by_treatment).
  std::vector<uint8_t> mention_flags;
  // Cause phrases (Pattern::cause), asserted after the mentions, and their patterns.
  std::vector<context::Mention> causes;
  std::vector<uint32_t> cause_patterns;
  std::vector<uint8_t> explained;       // per concept: its mentions are explained otherwise
  std::vector<uint32_t> explained_by;   // per concept: the cause (index into causes) of a goal
  std::vector<uint32_t> concept_reach;  // per concept: furthest end of its mentions so far
  std::vector<uint32_t> concept_last_mention;  // per concept: index of its latest mention
  std::vector<uint8_t> concept_named;  // per concept: the note has a phrase of it (note_names)
  std::vector<context::Assertion> assertions;
  std::vector<match::Hit> region_headings;
  context::ContextScratch context;
  std::vector<TableRun> tables;  // the note's typed tables (table_columns.h)
};

// Fills *out (cleared first).
void build_evidence(const lexicon::Lexicon& lexicon, const NoteText& note, EvidenceScratch* scratch,
                    NoteEvidence* out);

// Canonical form of a level token ("l4-5" -> "L4-L5", "l5/s1" -> "L5-S1", "s1" -> "S1");
// empty when the token is not a spinal level.
std::string normalize_level(std::string_view token);

// The region of a canonical level ("C5-C6" cervical, "L5-S1" lumbosacral, "T12-L1"
// thoracic); kUnknown for an empty or malformed one.
lexicon::Region region_of_level(std::string_view level);

}  // namespace dxaudit::evidence
