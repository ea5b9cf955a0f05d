// Lexicon: everything dxaudit knows about what words mean, loaded from lexicons/.
//
// load_lexicon() reads every `*.lex` file under a directory (sorted by path, so results
// never depend on directory order) and validates it: every `re:` expression is checked to
// compile and not to match the empty string, with file:line errors. The result is plain
// data -- names, patterns as written and as RE2 expressions, section headers and defaults
// -- immutable and shared by all workers. It holds nothing compiled: the matchers built
// from it live in src/match (match::Matcher), which is how a note is searched for its
// patterns.
//
// File kinds (see docs/lexicon-format.md for the full reference):
//   vocabulary  `concept<TAB>NAME<TAB>category=CAT [historical_counts]` and
//               (and `unsided`) and
//               `element<TAB>NAME[<TAB>findings=LIST negated_findings=LIST
//               affirmed_findings=LIST]`: the closed vocabulary of findings and
//               documentation elements (schema v1). LIST is comma-separated
//               `category:NAME` / `concept:NAME`: findings that also document the element
//               (any mention, negated mentions only, or affirmed mentions only).
//   findings    `CONCEPT<TAB>PATTERN`: a phrase that mentions a concept.
//   cues        `CATEGORY<TAB>PATTERN<TAB>direction=forward|backward|both window=N
//               [stop_at_comma] [ends=CATEGORY,...] [self]`: assertion cues (negated,
//               uncertain, historical, hypothetical, experiencer, pseudo, terminate).
//   section_context `SECTION<TAB>CATEGORY`: what a mention in that section is unless a
//               cue says otherwise (family history: another person's; past history:
//               historical).
//   elements    `ELEMENT<TAB>PATTERN`: a phrase that documents an element.
//   laterality  `left|right|bilateral<TAB>PATTERN`: a phrase naming a side.
//   sections    `SECTION<TAB>HEADER[<TAB>line_start not_before_number]`: headers.
// PATTERN is a literal phrase (matched case-insensitively, token-aligned, any run of
// spaces or a hyphen between words) or `re:` followed by an RE2 expression.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/line_file.h"
#include "text/sections.h"

namespace re2 {
class RE2;
}

namespace dxaudit::lexicon {

enum class PatternKind : uint8_t { kFinding, kCue, kElement, kLaterality };

// Assertion cue categories (schema values).
enum class CueCategory : uint8_t {
  kNegated,
  kUncertain,
  kHistorical,
  kHypothetical,
  kExperiencer,
  kPseudo,
  kTerminate,
};
inline constexpr int kCueCategoryCount = 7;
inline constexpr uint8_t kAllCueCategories = (1u << kCueCategoryCount) - 1;
inline constexpr uint8_t cue_bit(CueCategory c) {
  return static_cast<uint8_t>(1u << static_cast<unsigned>(c));
}
std::string_view cue_category_name(CueCategory c);
std::optional<CueCategory> cue_category_from_name(std::string_view name);

enum class Direction : uint8_t { kForward, kBackward, kBoth };

enum class Laterality : uint8_t { kNone, kLeft, kRight, kBilateral };
std::string_view laterality_name(Laterality l);  // "left", "right", "bilateral"; "" for none

// What a mention in one section is by default: for each CueCategory, how many sentences of
// the section (from its header) the default reaches; 0 = it does not apply, kWholeSection =
// all of them.
struct SectionDefaults {
  static constexpr uint16_t kWholeSection = UINT16_MAX;
  uint16_t reach[kCueCategoryCount] = {};
};

struct Concept {
  std::string name;
  uint16_t category;  // index into Lexicon::categories
  // A past occurrence is itself the finding (a history of cancer): historical mentions
  // stay active. Vocabulary flag `historical_counts`.
  bool historical_counts = false;
  // The concept has no side (fever, a lifting mechanism): no laterality is looked for.
  // Vocabulary flag `unsided`.
  bool unsided = false;
};

// One compiled pattern. `target` means, by kind: a concept index, a CueCategory, an
// element index, or a Laterality.
struct Pattern {
  PatternKind kind;
  uint16_t target;
  Direction direction = Direction::kForward;  // cues only
  uint16_t window = 0;                        // cues only: scope in tokens, 0 = sentence
  // Cues only. A scope that stops at the first comma (a cue that does not carry over a
  // list).
  bool stop_at_comma = false;
  // Terminate cues: the categories whose scopes they end, one bit per CueCategory.
  uint8_t ends = kAllCueCategories;
  // Experiencer cues: the phrase names the patient ("the patient", "she herself"): it ends
  // other-experiencer scopes and cancels a section's experiencer default in its sentence.
  bool self = false;
  std::string source;  // as written in the file, for messages
  // For a literal phrase: its case-folded words, which the matcher finds with substring
  // searches instead of a regex call (same matches). Empty for `re:` patterns.
  std::vector<std::string> literal_words;
  std::string file;
  int line = 0;
};

// Which mentions of a finding document an element.
enum class LinkWhen : uint8_t {
  kAny,       // `findings=`: every mention ("negative SLR" documents neuro_screen)
  kNegated,   // `negated_findings=`: "denies fever" documents red_flag_screen, "fever" not
  kAffirmed,  // `affirmed_findings=`: neither negated nor hypothetical ("after lifting a box"
              // documents onset, "no trauma" does not)
};

// A finding that documents an element by being mentioned.
struct ElementLink {
  uint16_t element;
  LinkWhen when;
};

struct Lexicon {
  std::vector<Concept> concepts;
  // Per concept (index for index with `concepts`): the elements its findings document,
  // from the vocabulary options `findings=` and `negated_findings=`.
  std::vector<std::vector<ElementLink>> concept_elements;
  std::vector<std::string> categories;
  std::vector<std::string> elements;
  std::vector<Pattern> patterns;
  std::vector<text::SectionHeader> section_headers;
  // Distinct section names in order of first appearance in section_headers: the order
  // text::SectionDetector numbers them in.
  std::vector<std::string> section_names;
  // Per section name (same index): the assertion categories a mention in that section
  // carries by default (section_context files).
  std::vector<SectionDefaults> section_defaults;

  // Index for index with `patterns`: the RE2 expression of each (pattern_to_regex),
  // known to compile and not to match the empty string.
  std::vector<std::string> regex_sources;

  std::optional<uint16_t> concept_index(std::string_view name) const;
  std::optional<uint16_t> element_index(std::string_view name) const;
};

// Loads and validates all `*.lex` files under `dir`. Returns nullptr when any error was
// found; *errors then holds every problem with its file and line.
//
// Checking a `re:` pattern compiles it. When `compiled` is given, it receives those
// compiled expressions (index = pattern; null for literal phrases) instead of their being
// thrown away, for match::Matcher to take over rather than compile them again: they are
// compiled as the matcher compiles them (RE2, longest match). They are not part of the
// Lexicon.
std::unique_ptr<const Lexicon> load_lexicon(
    const std::string& dir, std::vector<LoadError>* errors,
    std::vector<std::unique_ptr<re2::RE2>>* compiled = nullptr);

// The case-folded words of a literal phrase, split at spaces, tabs, line breaks and
// hyphens: what both its regex and the matcher's substring search are built from.
std::vector<std::string> literal_words(std::string_view pattern);

// The RE2 expression a lexicon pattern compiles to (exposed for tests and for the
// benchmark's term list). Literal phrases are case-folded; words are separated by
// `(?:\s+|\s*-\s*)`. Returns false with *error set for an empty or invalid pattern.
bool pattern_to_regex(std::string_view pattern, std::string* regex, std::string* error);

// True when `pattern` is a literal phrase (not `re:`).
bool is_literal_pattern(std::string_view pattern);

}  // namespace dxaudit::lexicon
