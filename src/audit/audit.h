// Audit: holds the codes assigned to a note against what the note documents.
//
// Everything clinical here is data from models/ (see docs/models-format.md):
//   @kind rules     one rule per line: the code it audits, its kind (findings, laterality,
//                   missing elements, Excludes1, invalid code, repeated), the active
//                   findings that make it fire (`any=`/`all=`: a concept or
//                   `category:NAME`), its severity, fixed or per-side suggestions, whether
//                   it makes the code's verdict `unsupported`, and message templates.
//   @kind suggest   conditional suggestions of a rule: by side, level, co-occurring
//                   findings and encounter (initial/subsequent); every suggestion is
//                   filtered by the date of service.
//   @kind verdicts  per audited code: the elements that must be present and the minimum
//                   number of examination elements for `supported`.
// The engine (audit_note) knows only how to evaluate each kind; no code, concept or
// number of the M54.50 audit appears in C++, so a new unspecified-code audit is new lines.
//
// Callers may rely on: audit_note never throws for any evidence; flags come in rule-file
// order, one per firing rule line (one per code pair for Excludes1, one per code for
// INVALID_CODE); a flag's evidence lists findings in note order; `kind=repeated` rules are
// not evaluated here but by audit/longitudinal.h, and a flag with `episodic` set carries
// its subsequent-encounter version for that review to choose.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "codes/codes.h"
#include "evidence/evidence.h"
#include "io/names.h"
#include "lexicon/lexicon.h"
#include "lexicon/line_file.h"
#include "text/match_view.h"
#include "text/sections.h"
#include "text/span.h"

namespace dxaudit::audit {

// A finding condition: one concept, or every concept of a category.
struct Condition {
  bool is_category = false;
  uint16_t index = 0;  // concept or category index
};

// What a rule line checks (option `kind=`, default `findings`). Each kind is one generic
// check; which codes, findings, elements, phrases and numbers it uses is data.
enum class RuleKind : uint8_t {
  kFindings,    // active findings against an assigned code (any=, all=)
  kMissing,     // elements= absent on a note carrying the code
  kExcludes1,   // two assigned codes in an Excludes1 relation of the code model
  kInvalid,     // an assigned code not billable on the date of service, or malformed
  kLaterality,  // the side documented by active findings (any=) is one of sides=
  kRepeated,    // the longitudinal check (audit/longitudinal.h), not evaluated per note
  kAbsent,      // the code is assigned, and no active finding matches any= (in regions=)
};
inline constexpr io::NameTable<RuleKind, 7> kRuleKindNames{
    {"findings", "missing", "excludes1", "invalid", "laterality", "repeated", "absent"}};

// How much a flag matters (`severity=` of a rule, `audit[].severity` of the output), the
// most severe first: the order in which a worklist ranks flags.
enum class Severity : uint8_t { kHigh, kMedium, kLow, kInfo };
inline constexpr io::NameTable<Severity, 4> kSeverityNames{{"high", "medium", "low", "info"}};

// What the audit concludes about an audited code on a note (`verdict` of the output).
enum class Verdict : uint8_t { kSupported, kInsufficientDocumentation, kUnsupported };
inline constexpr io::NameTable<Verdict, 3> kVerdictNames{
    {"supported", "insufficient_documentation", "unsupported"}};

struct Rule {
  std::string id;
  // What the rule means in plain language (`title=`, required), for a worklist: "No low
  // back pain documented". Every line of one rule id may word it for its code.
  std::string title;
  std::string code;  // canonical code audited; "*" (excludes1, invalid): every code
  RuleKind kind = RuleKind::kFindings;
  std::vector<Condition> any;
  std::vector<Condition> all;
  Severity severity = Severity::kInfo;
  bool makes_unsupported = false;
  std::vector<std::string> suggest;  // fixed suggestions
  // Suggestions by the side the evidence documents; index = Laterality (kNone = unsided).
  std::vector<std::string> suggest_by_side[4];
  bool by_side = false;
  std::string message;  // template: {code} {evidence} {suggest} and the kind's own
  // A template used instead of `message` when the flag has no suggestion.
  std::string message_without_suggest;
  // kind=missing: the elements whose absence fires the rule.
  std::vector<uint16_t> elements;
  // kind=laterality: the documented sides (index = Laterality) on which the rule fires.
  bool on_side[4] = {false, false, false, false};
  // kind=findings and laterality (`regions=`): the spinal regions (bit per
  // lexicon::Region) of the findings the rule and its suggestions consider; a finding of a
  // concept without regions always counts. 0: every region.
  unsigned regions = 0;
  // kind=findings (`sections=`): only findings in these sections (indexes into
  // Lexicon::section_names) count; empty: every section. "The assessment names a more
  // specific diagnosis" is a finding of the assessment.
  std::vector<uint16_t> sections;
  // kind=absent (`quote=`): the active findings quoted as what the note documents instead;
  // `message_without_evidence` is used when there is none.
  std::vector<Condition> quote;
  std::string message_without_evidence;
  // kind=excludes1: phrases (case-folded) by which a note states that the conditions are
  // unrelated; the flag then takes unrelated_severity and unrelated_message.
  std::vector<std::string> unrelated;
  Severity unrelated_severity = Severity::kInfo;
  std::string unrelated_message;
  // kind=repeated: how many encounters within how many days, and the codes that count as
  // more specific (patterns, "M51.-" style).
  int window_days = 0;
  int min_count = 0;
  std::vector<std::string> specific;
  // kind=findings: the episode the rule's encounter-dependent suggestions refer to: an
  // earlier encounter of the same patient within episode_days on which this rule fired
  // or an episode code was assigned makes this one `subsequent`.
  std::vector<std::string> episode_codes;
  int episode_days = 0;
  std::string file;
  int line = 0;
};

// A conditional suggestion (`@kind suggest`): codes added to a firing rule's suggestions
// when the line's conditions hold. Codes not billable on the date of service are dropped.
struct SuggestClause {
  std::string rule;  // rule id
  std::vector<std::string> codes;
  std::vector<Condition> any, all;       // the findings the clause is about (levels)
  std::vector<Condition> with, without;  // other active findings required / excluded
  int side_mask = 0;                     // bit per Laterality; 0 = any side
  std::vector<std::string> level;        // some clause finding at one of these levels
  std::vector<std::string> not_level;    // some clause finding at none of these levels
  int encounter = 0;                     // 0 any, 1 initial, 2 subsequent
  std::string file;
  int line = 0;
};

struct VerdictPolicy {
  std::string code;
  std::vector<uint16_t> required;  // element indices
  std::vector<uint16_t> exam;      // element indices
  int exam_min = 0;
};

class AuditModel {
 public:
  static std::unique_ptr<const AuditModel> load(const std::vector<lexicon::LineFile>& files,
                                                const lexicon::Lexicon& lexicon,
                                                const codes::CodeModel& codes,
                                                std::vector<lexicon::LoadError>* errors);
  const std::vector<Rule>& rules() const { return rules_; }
  const std::vector<SuggestClause>& clauses() const { return clauses_; }
  const std::vector<VerdictPolicy>& verdicts() const { return verdicts_; }
  const codes::CodeModel& code_model() const { return *codes_; }
  // The kind=repeated rules (for the longitudinal review).
  std::vector<const Rule*> repeated_rules() const;
  const Rule* find_rule(std::string_view id) const;

 private:
  std::vector<Rule> rules_;
  std::vector<SuggestClause> clauses_;
  std::vector<VerdictPolicy> verdicts_;
  const codes::CodeModel* codes_ = nullptr;
};

inline constexpr uint16_t kNoConcept = UINT16_MAX;

// One piece of evidence a flag cites: a finding (concept_id, view span), a code written
// in the note (code, span in the original), or a phrase (phrase, view span).
struct FlagEvidence {
  uint16_t concept_id = kNoConcept;
  Span span;  // view offsets; original offsets when `code` is set
  std::string code;
  std::string phrase;
};

struct Flag {
  std::string rule;
  Severity severity = Severity::kInfo;
  std::string code;
  std::string message;
  std::vector<std::string> suggest;
  std::vector<FlagEvidence> evidence;
  // A flag whose suggestions depend on the encounter (S39.012A on the first encounter of
  // an episode, S39.012D on a later one) is written as for an initial encounter; these
  // hold the version for a subsequent one, which the longitudinal review may choose.
  bool episodic = false;
  std::vector<std::string> subsequent_suggest;
  std::string subsequent_message;
};

struct CodeVerdict {
  std::string code;
  Verdict verdict = Verdict::kSupported;
};

struct AuditResult {
  std::vector<Flag> flags;
  std::vector<CodeVerdict> verdicts;
};

// What the audit reads of one note. The original text and its view are used only to
// quote evidence in messages and to find the "unrelated" phrases.
struct AuditInput {
  std::span<const codes::AssignedCode> codes;
  const evidence::NoteEvidence& evidence;
  std::string_view original;
  const text::MatchView& view;
  codes::Date date = 0;  // date of service, 0 when unknown
  // The note's sections (Finding::section indexes them), for rules with sections=.
  std::span<const text::Section> sections = {};
};

// Fills a message template: {code} and the other `{name}`s from `values`; anything else
// is copied as is.
std::string render_message(std::string_view tmpl,
                           const std::vector<std::pair<std::string, std::string>>& values);

// "A", "A and B", "A, B and C".
std::string join_list(const std::vector<std::string>& items);

void audit_note(const AuditModel& model, const lexicon::Lexicon& lexicon, const AuditInput& input,
                AuditResult* out);

}  // namespace dxaudit::audit
