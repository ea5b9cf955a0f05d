// Target assertion: the ConText verdict on one given phrase in one given sentence, the
// form in which assertion engines are measured (`dxaudit assert`, `dxaudit eval-assert`).
//
// Analyzer::assert_target() runs the same text, match and context stages as a note scan
// over the sentence (so section headers such as "FAMILY HISTORY:" count), finds the target
// in it whatever its case and spacing, and asserts that mention with every cue the
// lexicons hold. Callers may rely on: `found` is false when the target's words do not
// occur in order in the sentence, and then nothing else is set; spans are byte offsets
// into the sentence as given.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "context/assertion.h"
#include "text/span.h"

namespace dxaudit::pipeline {

struct TargetCue {
  lexicon::CueCategory category;
  Span span;  // offsets into the sentence
};

struct TargetAssertion {
  bool found = false;
  Span target;  // offsets into the sentence
  bool negated = false;
  bool uncertain = false;
  bool historical = false;
  bool hypothetical = false;
  context::Experiencer experiencer = context::Experiencer::kPatient;
  std::vector<TargetCue> cues;
};

// Where the words of `folded_target` (already case-folded) occur in `view`, in order, each
// separated by any run of white space: fills *occurrences (cleared first) with the
// occurrences at token boundaries, or when there are none with the others.
void find_target(std::string_view view, std::string_view folded_target,
                 std::vector<Span>* occurrences);

// Which of several occurrences (original offsets into `sentence`) is the target, by index:
// one spelled exactly as `target`, else one written in capitals (annotated sentence sets
// such as the ConText kit mark the target that way), else the first.
size_t choose_occurrence(std::string_view sentence, std::string_view target,
                         const std::vector<Span>& occurrences);

}  // namespace dxaudit::pipeline
