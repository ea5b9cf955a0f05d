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
//   vocabulary  `concept<TAB>NAME<TAB>category=CAT [historical_counts] [unsided]
//               [regional] [report_region] [lasting]` and `element<TAB>NAME[<TAB>
//               findings=LIST negated_findings=LIST affirmed_findings=LIST about=SITES
//               about_sentence except_sections=SECTIONS]`: the closed vocabulary of
//               findings and documentation elements (schema v1). LIST is comma-separated
//               `category:NAME` / `concept:NAME`: findings that also document the element
//               (any mention, negated mentions only, or affirmed mentions only); `about=`
//               names the body sites (of `sites` files) the element's evidence must be
//               about (`about_sentence`: named in its own sentence only) and
//               `except_sections=` the sections where it never counts.
//   findings    `CONCEPT<TAB>PATTERN[<TAB>negated|not|spine_note|report_region|
//               note_names=LIST|other_cause[=hypothetical]|own_cause|treatment]`: a
//               phrase that mentions a concept (`negated`: a phrase that reports it absent,
//               as a normal exam does; `not`: a phrase that is not the concept, whose
//               overlapping hits are dropped; `spine_note`: a bare word that counts only in
//               a note about the spine; `report_region`: a phrase naming no limb or spine,
//               placed by its heading or the note's spine; `note_names=`: a phrase that
//               counts only in a note with a phrase of those concepts; `other_cause`/
//               `own_cause`: no mention, a cause the note names for the concept, see
//               Pattern::cause; `treatment`: a phrase naming the concept by its treatment,
//               which a flag quotes only beside no other mention, see
//               Pattern::names_by_treatment).
//   cues        `CATEGORY<TAB>PATTERN<TAB>direction=forward|backward|both window=N
//               [stop_at_comma] [ends=CATEGORY,...] [self] [past] [previous_sentence]
//               [earlier_in_note] [opens_sentence] [only=LIST] [except=LIST]
//               [unless=CATEGORY,...]`:
//               assertion cues (negated, uncertain, historical, hypothetical,
//               experiencer, pseudo, terminate).
//   section_context `SECTION<TAB>CATEGORY[<TAB>sentences=N past only=LIST]`: what a mention in that
//               section is unless a cue says otherwise (family history: another person's;
//               past history: historical, `past` leaving lasting conditions current).
//   elements    `ELEMENT<TAB>PATTERN`: a phrase that documents an element.
//   sites       `SITE<TAB>PATTERN`: a phrase naming a body site ("abdomen" other,
//               "lumbar" back), for what an element phrase is about.
//   laterality  `left|right|bilateral|none<TAB>PATTERN[<TAB>implied|not]`: a phrase naming
//               a side (`implied`: a plural limb or a paired grade, which yields to a side
//               named outright); `none`: a word that says the exam covers every limb
//               without a side ("throughout"), which yields to a side named
//               outright and beats an implied one; `none ... not`: words that hold a side
//               letter but name no side ("R/O"). A side phrase inside a longer one is that
//               one's words ("left" in "right greater than left leg pain").
//   regions     `cervical|thoracic|lumbar|lumbosacral|sacral<TAB>PATTERN[<TAB>heading|note]`:
//               a phrase naming a spinal region ("neck", "low back", "upper extremity" for
//               a root sign), a heading that places what follows, or the spine a note is
//               about.
//   sections    `SECTION<TAB>HEADER[<TAB>line_start not_before_number subheading
//               within=SECTION,... ends_with_line]`: headers, and sub-headings of a
//               section (`ends_with_line`: see text::SectionHeader).
//   attachment  `ends<TAB>WORD` | `continues<TAB>WORD NEXT` | `before<TAB>WORD` |
//               `marker<TAB>PUNCT`: a word after a finding that ends the words attached to
//               it (where its side, level and region are looked for: "and", "with", "but"),
//               a word that, before NEXT, does not ("and equal": a second predicate of the
//               finding's own statement), a word before a finding that ends them ("and" in
//               "left ankle pain and low back pain"), and a sign's marker that opens the next
//               item of a list past a comma. Lower case letters only, but for markers.
//   table_columns `left|right|current|earlier|goal<TAB>HEADER`: a header cell of a typed
//               table (cells between `|`) that says what the values under it are: a side
//               ("R", "Left"), today's visit ("Today", "Current"), an earlier one ("IE",
//               "Initial eval") or a goal ("Goal", "LTG"). Lower case letters, digits,
//               spaces, '/', '-' and '.'.
//   notation    `WORD<TAB>SYMBOL`: a symbol typed notes write for a word ("decreased" for
//               "↓"), read as the word by the matching view (text::Notation). One
//               character outside ASCII that is no letter, digit or space; lower case
//               words.
// PATTERN is a literal phrase (matched case-insensitively, token-aligned, any run of
// spaces or a hyphen between words) or `re:` followed by an RE2 expression.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "lexicon/line_file.h"
#include "text/notation.h"
#include "text/sections.h"

namespace dxaudit::lexicon {

enum class PatternKind : uint8_t { kFinding, kCue, kElement, kLaterality, kRegion, kSite };

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

// The spinal region a finding belongs to (schema values; "" for unknown). A low back code
// is audited against lumbar, lumbosacral and unknown findings only.
enum class Region : uint8_t { kUnknown, kCervical, kThoracic, kLumbar, kLumbosacral, kSacral };
inline constexpr int kRegionCount = 6;
std::string_view region_name(Region r);                         // "cervical", ...; "" for unknown
std::optional<Region> region_from_name(std::string_view name);  // "unknown" included

// What a typed table's column holds (table_columns files): the values of one side, of
// today's visit, of an earlier visit, or a goal; kNone for any other column.
// kPresent, kAbsent: the "Yes" and "No" columns of a questionnaire's grid, where a mark under
// one answers the row.
enum class TableColumnKind : uint8_t {
  kNone,
  kLeft,
  kRight,
  kCurrent,
  kEarlier,
  kGoal,
  kPresent,
  kAbsent
};
struct TableColumn {
  std::string header;  // lower case
  TableColumnKind kind;
};

// What a mention in one section is by default: for each CueCategory, how many sentences of
// the section (from its header) the default reaches; 0 = it does not apply, kWholeSection =
// all of them.
struct SectionDefaults {
  static constexpr uint16_t kWholeSection = UINT16_MAX;
  uint16_t reach[kCueCategoryCount] = {};
  // The categories whose default only says the condition existed before (`past`): they
  // leave a `lasting` concept current (a past medical history lists ongoing conditions).
  uint8_t past = 0;
  // Per category, the concepts its default applies to (`only=`, sorted; empty: every
  // concept). A records review's earlier exam signs are that visit's; its imaging is not.
  std::vector<uint16_t> only[kCueCategoryCount];
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
  // The concept belongs to a spinal region (a disc, a radicular sign, paraspinal
  // tenderness): its findings carry one. Vocabulary flag `regional`.
  bool regional = false;
  // What the report is about places the finding when its own words do not: a region
  // heading ("CERVICAL SPINE:") or the one spine the note names ("MRI of the lumbar
  // spine"). True of what a read describes (a disc, a stenosis); not of a leg symptom or
  // sign, which has no region without a level. Vocabulary flag `report_region`.
  bool region_from_report = false;
  // The condition lasts: that it existed before ("history of spinal stenosis", a past
  // medical history entry, "numbness since 2001") does not make it over. Only cues that
  // say it is over ("resolved", "remote", "s/p") make it historical. Vocabulary flag
  // `lasting`; events (a fall, a lifting injury, a fever) have it not.
  bool lasting = false;
};

// One compiled pattern. `target` means, by kind: a concept index, a CueCategory, an
// element index, a Laterality, a Region, or a body site (index into Lexicon::sites).
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
  // Self experiencer cues only (`pronoun`): "he", "she". A pronoun names the patient, but
  // not against a section's experiencer default: in a family history, "Father is
  // deceased. He had colon cancer" speaks of the father.
  bool pronoun = false;
  // Historical cues: the phrase says only that the condition existed before ("history of",
  // "years ago"), not that it is over; it leaves a `lasting` concept current (`past`).
  bool past = false;
  // Cues only (`previous_sentence`): the phrase speaks of the sentence before its own, in
  // the same section ("Her symptoms resolved the following day."), and modifies every
  // mention there (within only=/except=), none in its own sentence.
  bool previous_sentence = false;
  // Cues only (`earlier_in_note`, with only=): the phrase says a condition is over for
  // the rest of the note ("She remained afebrile for the remainder of the hospitalization.")
  // and modifies every mention of the note that ends before it (within only=/except=),
  // from any sentence and section, its own included.
  bool earlier_in_note = false;
  // Cues only (`opens_sentence`): the phrase is a cue only where it opens its sentence, no
  // word of the sentence before it. "This has resolved." speaks of the sentence before;
  // "..., but this has now resolved" of its own clause.
  bool opens_sentence = false;
  // Cues only: the concepts (sorted indexes into Lexicon::concepts) the cue modifies
  // (`only=`; empty: every mention) and never modifies (`except=`). A mention of no known
  // concept (a target phrase of `dxaudit assert`) is modified by an `only=` cue never, by
  // an `except=` cue always. "normal" negates an examined sign, not a disc on a scan.
  std::vector<uint16_t> only_concepts;
  std::vector<uint16_t> except_concepts;
  // Cues only: the categories (cue_bit) that, when another cue or a section sets them on
  // the mention, cancel this cue (`unless=`): "X or Y" offers alternatives, unless both
  // are denied ("no fever or chills").
  uint8_t unless = 0;
  // Regions only: how far the phrase names the region. kPhrase: the finding it is in or
  // attached to ("cervical disc"); kHeading (`heading`): every finding after it in its
  // section ("CERVICAL SPINE:"); kNote (`note`): the spine the note is about ("MRI of the
  // lumbar spine"), for findings nothing else places, when the note names one spine only.
  enum class RegionScope : uint8_t { kPhrase, kHeading, kNote };
  RegionScope region_scope = RegionScope::kPhrase;
  // Regions of kPhrase only (`local`): a body part rather than a spine ("neck", "arm"): it
  // places the finding it is in or attached to, but casts no vote for the region a note
  // keeps to (an H&P's "NECK: supple" does not make a hip note cervical).
  bool region_local = false;
  // Laterality only (`implied`): the side is implied by a plural limb ("pain in her legs"
  // is bilateral), and yields to a side the finding's own words name ("the toes of the
  // left foot").
  bool implied = false;
  // Findings only (`negated`): the phrase itself reports the finding absent, as a normal
  // examination does ("sensation intact", "reflexes 2+ and symmetric", "SLR limited by
  // hamstring tightness"): its mention is negated, the phrase being the cue.
  bool negated = false;
  // Findings and elements (`not`): the phrase is not the concept (the element) though it
  // holds words that are ("stress urinary incontinence" is no cauda equina sign,
  // "rheumatic fever" no fever, "gait not tested" no gait exam): every hit of the same
  // concept (element) that overlaps it is dropped. A region phrase marked `not` ("cervical
  // lymphadenopathy", "thoracic surgery") names no spine: every region phrase overlapping
  // it is dropped, whatever its region. A laterality phrase marked `not` ("r/o": rule out)
  // names no side: the side phrases inside it are not sides, and it is none itself.
  bool excludes = false;
  // Findings only (`spine_note`): a bare word that is the concept only in a note about the
  // spine ("stenosis", "herniated"): the note names a range of spinal levels ("L4-5") or a
  // region phrase not marked `local` (evidence.cpp). In a cardiac catheterization's "LAD
  // stenosis" or a blepharoplasty's "herniated orbital fat" it is not found.
  bool needs_spine_note = false;
  // Findings only (`report_region`): a phrase that names no limb or spine of its own
  // ("radicular symptoms", "radiating pain") is placed as a `report_region` concept's
  // finding is, by its heading or the spine the note is about, when its words give no region:
  // in a note about the neck it is the neck's.
  bool region_from_report = false;
  // Findings only (`note_names=LIST`, concept indexes, sorted): a phrase that names no sign
  // of its own ("symptoms progressed", "worsening of deficits") is the concept only in a
  // note that has a phrase of one of these concepts -- a finding phrase not marked
  // `negated` or `not`, not a cause, and not itself so conditioned (evidence.cpp). In a note
  // about a cough or an infected foot the symptoms that progress are not a deficit's.
  std::vector<uint16_t> note_names;
  // Findings only (`treatment`): the phrase names the concept only by what is done for it
  // ("chemotherapy", "radiation therapy" for a cancer). Its mention is a finding like any
  // other, but a flag quotes it only when it cites no other mention of the concept
  // (audit.cpp): beside "colon cancer" it adds nothing a coder needs, and a
  // treatment also given for another disease (CHOP for Castleman's) is the weaker quote.
  bool names_by_treatment = false;
  // Findings only (`other_cause`, `own_cause`): the phrase is no mention of its concept but
  // a cause the note may give for it. When the note affirms an `other_cause` phrase of a
  // concept (a stroke for weakness, a diet plan for weight loss) and no `own_cause` phrase
  // of it (a radiculopathy, "unintentional"), the note's mentions of the concept that are
  // not negated are explained otherwise and are no findings (evidence.cpp). "Affirms": the
  // phrase, asserted as a mention is, is not negated, uncertain or hypothetical and is the
  // patient's; a past stroke still explains weakness. `other_cause=hypothetical`: the
  // mentions stay, hypothetical, the cause their cue (weight lost in a diet program is a
  // goal, which the guideline annotates as such, not a mention of nothing).
  enum class Cause : uint8_t { kNone, kOther, kOtherHypothetical, kOwn };
  Cause cause = Cause::kNone;
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

// Where a phrase or a linked finding documents an element (vocabulary options `about=`
// and `except_sections=`): the documentation elements are about the back complaint, and
// "tongue protrudes in the midline" documents no location.
struct ElementScope {
  // The body sites (bit i: Lexicon::sites[i]) the element's evidence must be about; 0 =
  // any, with or without a site. With sites given, evidence that nothing near it places
  // takes the note's topic, the sites of its first sentence that names one ("diabetes for 5
  // years" in a note about a knee does not count); in a note that names no site at all, it
  // counts.
  uint32_t about = 0;
  // `about_sentence`: only the phrase's own sentence decides; a sentence that names no site
  // counts ("Motor: 5/5 throughout" in a general exam covers the legs).
  bool about_sentence = false;
  // `about_near`: one of the sites must be named near the phrase: in it, in its sentence,
  // in the two sentences before it or the one after it, in its section. The note's topic
  // stands in only for a sentence that opens with a heading (a templated "Onset: 1 week
  // ago"), so "Hematuria began yesterday" in a note that opens with back pain documents no
  // onset of the back pain; in a note that names no site at all, the phrase counts.
  bool about_near = false;
  // Sections (indexes into Lexicon::section_names, sorted) where it never counts: an
  // operative narrative's "left side down" is no location of a complaint.
  std::vector<uint16_t> except_sections;
};
inline constexpr int kMaxSites = 32;

struct Lexicon {
  std::vector<Concept> concepts;
  // Per concept (index for index with `concepts`): the elements its findings document,
  // from the vocabulary options `findings=` and `negated_findings=`.
  std::vector<std::vector<ElementLink>> concept_elements;
  std::vector<std::string> categories;
  std::vector<std::string> elements;
  // Index for index with `elements`: where each one counts.
  std::vector<ElementScope> element_scopes;
  // Body sites named by `sites` files, in order of first appearance ("back", "leg", ...).
  std::vector<std::string> sites;
  std::vector<Pattern> patterns;
  std::vector<text::SectionHeader> section_headers;
  // Distinct section names in order of first appearance in section_headers: the order
  // text::SectionDetector numbers them in.
  std::vector<std::string> section_names;
  // Per section name (same index): the assertion categories a mention in that section
  // carries by default (section_context files).
  std::vector<SectionDefaults> section_defaults;
  // Attachment files: the words after a finding that end its attached words, the
  // (word, next word) pairs where such a word does not, and the item markers that end them
  // past a comma ("(-)": the next sign of a list).
  std::vector<std::string> attachment_ends;
  std::vector<std::string> attachment_ends_before;
  std::vector<std::pair<std::string, std::string>> attachment_continues;
  std::vector<std::string> attachment_markers;
  // Table column files: header cells and what the values under them are.
  std::vector<TableColumn> table_columns;
  // Notation files: symbols the matching view reads as words.
  text::Notation notation;

  // Index for index with `patterns`: the RE2 expression of each (pattern_to_regex),
  // known to compile and not to match the empty string.
  std::vector<std::string> regex_sources;

  // The files it was loaded from (fingerprint_files, line_file.h).
  uint64_t files_fingerprint = 0;

  std::optional<uint16_t> concept_index(std::string_view name) const;
  std::optional<uint16_t> element_index(std::string_view name) const;
  // Whether `word` (lower case) after a finding ends its attached words, and whether it does
  // not before `next` (attachment files).
  bool ends_attachment(std::string_view word) const;
  // Whether `word`, before a finding, ends the words attached to it (attachment `before`).
  bool ends_attachment_before(std::string_view word) const;
  bool continues_attachment(std::string_view word, std::string_view next) const;
  // Whether the text at a punctuation mark opens an item marker (attachment `marker`).
  bool opens_item_marker(std::string_view text) const;
  // What a table's header cell (its text, any case, spaces around it allowed) says of the
  // values under it: the entry equal to the cell, or, for a header of two letters or more,
  // whose header the cell begins with before a character that is no letter or digit ("IE
  // (3/14)", "Today 4/20"; "R" only alone); kNone when no entry does.
  TableColumnKind table_column_kind(std::string_view cell) const;
};

// How a load compiles the `re:` patterns it checks. The check needs each one compiled;
// a caller that keeps what was compiled for its matchers (match::CompiledExpressions, so
// that no expression is compiled twice) passes a compiler of its own to load_lexicon().
// prepare() is called once, then compile() once for each `re:` pattern, from several
// threads at once, each call with its own pattern index.
class RegexCompiler {
 public:
  virtual ~RegexCompiler() = default;
  // `patterns`: how many patterns the lexicon holds (literal phrases included).
  virtual void prepare(size_t patterns) = 0;
  // Compiles `regex`, the expression of pattern `pattern`, with `options`, keeps it, and
  // returns it for the load's check; null when RE2 refuses it (the load then compiles it
  // once more, to say why).
  virtual const re2::RE2* compile(uint32_t pattern, const std::string& regex,
                                  const re2::RE2::Options& options) = 0;
};

// Loads and validates all `*.lex` files under `dir`. Returns nullptr when any error was
// found; *errors then holds every problem with its file and line.
//
// Checking a `re:` pattern compiles it, with the options the matchers compile it with
// (RE2, longest match). When `compiler` is given, it compiles them and keeps them (see
// RegexCompiler); otherwise they are thrown away after the check. What is compiled is
// not part of the Lexicon.
std::unique_ptr<const Lexicon> load_lexicon(const std::string& dir, std::vector<LoadError>* errors,
                                            RegexCompiler* compiler = nullptr);

// The case-folded words of a literal phrase, split at spaces, tabs, line breaks and
// hyphens: what both its regex and the matcher's substring search are built from.
std::vector<std::string> literal_words(std::string_view pattern);

// The RE2 expression a lexicon pattern compiles to (exposed for tests and for the
// benchmark's term list). Literal phrases are case-folded; words are separated by
// `(?:\s+|\s*-\s*)`. Returns false with *error set for an empty or invalid pattern.
bool pattern_to_regex(std::string_view pattern, std::string* regex, std::string* error);

// Whether a pattern asserts by itself: a cue, or a finding phrase marked `negated`. These
// are what asserting a given target phrase needs (Matcher::Scope::kCues).
bool in_assertion_set(const Pattern& p);

// True when `pattern` is a literal phrase (not `re:`).
bool is_literal_pattern(std::string_view pattern);

}  // namespace dxaudit::lexicon
