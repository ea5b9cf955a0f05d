// Text codes: ICD-10-CM codes a clinician wrote in the note itself ("Assessment: M54.50",
// "ICD-10: M54.5", "(M54.42)", "Dx: S39.012A").
//
// What is a code line is data (`@kind text_codes` in models/, docs/models-format.md): a
// line holding a cue phrase (assessment, impression, dx, icd...) and the `lines=` lines
// after it, up to a blank line. On those lines, a code is a letter, two digits and up to
// four letters or digits, with or without the dot, standing alone (not inside a longer
// word or number). A bare three-character category ("T12") is taken only in parentheses,
// because a line such as "T12 compression fracture" names a vertebra, not a code. A code
// in lower case is taken only when written with its dot.
//
// Callers may rely on: spans are byte offsets into the text exactly as passed, in note
// order, each covering the code as written (without surrounding parentheses); nothing
// here throws on any input.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/line_file.h"

namespace dxaudit::codes {

struct TextCodeCue {
  std::string phrase;  // lower case
  int lines_after = 0;
};

class TextCodeCues {
 public:
  // The `@kind text_codes` files among `files`; problems go to *errors with file:line.
  static std::unique_ptr<const TextCodeCues> load(const std::vector<lexicon::LineFile>& files,
                                                  std::vector<lexicon::LoadError>* errors);
  const std::vector<TextCodeCue>& cues() const { return cues_; }

 private:
  std::vector<TextCodeCue> cues_;
};

struct TextCode {
  std::string raw;  // as written
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Appends the codes written on code lines of `text` to *out.
void find_text_codes(std::string_view text, const TextCodeCues& cues, std::vector<TextCode>* out);

}  // namespace dxaudit::codes
