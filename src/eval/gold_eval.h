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
  std::map<std::string, Counts> concepts;    // by concept name
  std::map<std::string, Counts> attributes;  // by attribute name
  uint64_t laterality_correct = 0, laterality_total = 0;
  std::map<std::string, Counts> elements;  // by element name
  uint64_t element_agreements = 0, element_total = 0;
  std::vector<Disagreement> disagreements;
  std::vector<std::string> problems;  // "FILE:LINE: message" about the gold data

  Counts concepts_total() const;
  double laterality_accuracy() const;  // 1 when no pair names a side
  double element_accuracy() const;     // 1 when there are no notes
};

// Evaluates every NAME.txt / NAME.ann pair directly in `dir` (sorted by name).
GoldEvalReport evaluate_gold(const pipeline::Analyzer& analyzer, const std::string& dir);

// Writes the figures as aligned tables; with `show_errors`, every disagreement too.
void print_report(const GoldEvalReport& report, std::ostream& out, bool show_errors);

}  // namespace dxaudit::eval
