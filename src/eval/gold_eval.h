// Gold evaluation: dxaudit's findings and elements measured against hand-annotated notes
// (`dxaudit eval --gold DIR`).
//
// A gold directory holds NAME.txt (a note) beside NAME.ann (brat standoff), annotated as
// corpora/gold/README.md says. evaluate_gold() analyses every NAME.txt with the given
// Analyzer and compares:
//   - concepts: a gold entity and a finding match when their spans overlap and their
//     concepts agree; each is matched at most once (the largest overlap first). Unmatched
//     gold entities are false negatives, unmatched findings false positives.
//   - attributes, on matched pairs only: Negated, Uncertain, Historical, Hypothetical and
//     Experiencer_other as binary labels (precision/recall/F1); laterality as accuracy
//     over the matched pairs where the gold or the finding names a side.
//   - elements: per note and element, present in gold (an entity of the element's type)
//     against present in dxaudit's output; accuracy over notes x elements, and
//     precision/recall/F1 per element.
//   - active concepts: the same matching over active gold entities and active findings
//     only (the contract's "active": not negated, uncertain, hypothetical or another
//     person's, and not historical unless the concept's past counts) -- what rules use.
//   - explicit negations: of the gold entities marked Negated, the share matched by a
//     finding that dxaudit also negated.
//   - region: on matched pairs where the gold (attribute Region) or the finding names a
//     spinal region, the share that agree (no Region = unknown).
//   - evidence quality: every note is audited as if M54.50 were assigned (an auditor's
//     question: would this note support the unspecified code?); a flag's evidence is valid
//     when every quoted finding overlaps an active gold entity of its concept whose region
//     is lumbar, lumbosacral or unknown. The figure is the share of flags whose evidence
//     is all valid.
// A gold directory's annotation.conf (brat's), when there is one, says what it annotates:
// findings of concepts it does not declare are left out (counted, not scored), and region
// is scored only when it declares the Region attribute.
// A gold directory may hold parts.tsv (`NOTE<TAB>PART...`, '#' comments): then only the
// notes of the requested part are evaluated (corpora/gold-mtsamples: dev and test).
// Problems in the gold data (an unknown type, an attribute on a missing entity, a span
// whose text differs from the .ann text, a .txt without .ann) are collected with
// file:line, never thrown; callers should refuse to report figures when there are any.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/analyzer.h"

namespace dxaudit::eval {

struct Counts {
  uint64_t tp = 0, fp = 0, fn = 0;
  double precision() const;  // 1 when nothing was predicted
  double recall() const;     // 1 when nothing was expected
  double f1() const;
  void add(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
};

// One disagreement, for --show-errors. Offsets are characters, as in the .ann file.
struct Disagreement {
  std::string file;  // NAME (without extension)
  uint32_t begin = 0, end = 0;
  std::string text;
  std::string expected;  // e.g. "radiating_leg_pain", "Negated", "left", "present"
  std::string found;
};

struct GoldEvalReport {
  size_t notes = 0;
  std::string part;                        // the part evaluated, "" for every note
  std::map<std::string, Counts> concepts;  // by concept name
  Counts active_concepts;                  // active gold entities vs active findings
  uint64_t negations_found = 0, negations_total = 0;
  uint64_t region_correct = 0, region_total = 0;
  uint64_t flags_valid = 0, flags_total = 0;  // flags quoting findings, with M54.50 assigned
  // Findings of concepts the gold's annotation.conf does not declare: not scored.
  std::map<std::string, uint64_t> unannotated;
  std::map<std::string, Counts> attributes;  // by attribute name
  uint64_t laterality_correct = 0, laterality_total = 0;
  std::map<std::string, Counts> elements;  // by element name
  uint64_t element_agreements = 0, element_total = 0;
  std::vector<Disagreement> disagreements;
  std::vector<std::string> problems;  // "FILE:LINE: message" about the gold data

  Counts concepts_total() const;
  double laterality_accuracy() const;  // 1 when no pair names a side
  double element_accuracy() const;     // 1 when there are no notes
  double negation_recall() const;      // 1 when gold negates nothing
  double region_accuracy() const;      // 1 when no pair names a region
  double valid_evidence() const;       // 1 when no flag quotes a finding
};

// Evaluates every NAME.txt / NAME.ann pair directly in `dir` (sorted by name); with a
// `part`, only the notes DIR/parts.tsv puts in that part (a problem when there is no
// parts.tsv or no note in the part).
GoldEvalReport evaluate_gold(const pipeline::Analyzer& analyzer, const std::string& dir,
                             const std::string& part = "");

// The parts DIR/parts.tsv names, in order of first appearance; empty without the file.
std::vector<std::string> gold_parts(const std::string& dir);

// Writes the figures as aligned tables; with `show_errors`, every disagreement too.
void print_report(const GoldEvalReport& report, std::ostream& out, bool show_errors);

}  // namespace dxaudit::eval
