// Audit: holds the codes assigned to a note against what the note documents.
//
// Everything clinical here is data from models/ (see docs/models-format.md):
//   @kind rules     one rule per line: which code it audits, the active findings that make
//                   it fire (`any=` one of them, `all=` each of them; an item is a concept
//                   name or `category:NAME`), its severity, the codes it suggests (fixed,
//                   or by the side the evidence documents), whether it makes the code's
//                   verdict `unsupported`, and the message template.
//   @kind verdicts  per audited code: the elements that must be present and the minimum
//                   number of examination elements for `supported`.
// The engine (audit_note) knows only how to evaluate those; a new unspecified-code audit
// is a new line, not new C++.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "codes/codes.h"
#include "evidence/evidence.h"
#include "lexicon/lexicon.h"
#include "lexicon/line_file.h"
#include "text/match_view.h"
#include "text/span.h"

namespace dxaudit::audit {

// A finding condition: one concept, or every concept of a category.
struct Condition {
  bool is_category = false;
  uint16_t index = 0;  // concept or category index
};

struct Rule {
  std::string id;
  std::string code;  // canonical code audited
  std::vector<Condition> any;
  std::vector<Condition> all;
  std::string severity;
  bool makes_unsupported = false;
  std::vector<std::string> suggest;  // fixed suggestions
  // Suggestions by the side the evidence documents; index = Laterality (kNone = unsided).
  std::vector<std::string> suggest_by_side[4];
  bool by_side = false;
  std::string message;  // template: {code} {evidence} {suggest}
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
  const std::vector<VerdictPolicy>& verdicts() const { return verdicts_; }

 private:
  std::vector<Rule> rules_;
  std::vector<VerdictPolicy> verdicts_;
};

struct FlagEvidence {
  uint16_t concept_id;
  Span span;  // view offsets
};

struct Flag {
  std::string rule;
  std::string severity;
  std::string code;
  std::string message;
  std::vector<std::string> suggest;
  std::vector<FlagEvidence> evidence;
};

struct Verdict {
  std::string code;
  std::string verdict;  // "unsupported", "insufficient_documentation", "supported"
};

struct AuditResult {
  std::vector<Flag> flags;
  std::vector<Verdict> verdicts;
};

// What the audit reads of one note. The original text and its view are used only to
// quote evidence in messages.
struct AuditInput {
  std::span<const codes::AssignedCode> codes;
  const evidence::NoteEvidence& evidence;
  std::string_view original;
  const text::MatchView& view;
};

void audit_note(const AuditModel& model, const lexicon::Lexicon& lexicon, const AuditInput& input,
                AuditResult* out);

}  // namespace dxaudit::audit
