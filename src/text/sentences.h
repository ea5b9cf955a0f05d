// Sentence splitter for clinical text.
//
// Clinical notes are not prose: they mix dictated sentences, template fields, numbered
// lists, headers and the MTSamples export form in which line breaks became commas
// ("...pain.,PHYSICAL EXAMINATION:, The patient..."). A sentence ends at:
//   - '.', '!' or '?' followed by whitespace, a comma-run or the end, unless the period
//     belongs to an abbreviation (pt., Dr., e.g., i.e., vs., approx., etc. -- the list is
//     in sentences.cpp as it is orthography, not clinical knowledge), a decimal or a list
//     number ("1.", "2)"), or the '?' of a question answered on its line ("Numbness in
//     groin? NO", "Fever? yes."; the answer words, yes, no, unknown and the like, are
//     listed beside the abbreviations for the same reason), or the last period of a dot
//     leader, a run set off from the word before it that joins a template's label to its
//     answer ("Fever/chills ........ denies"; an ellipsis glued to its word, "weak...", ends);
//   - a line break that ends a list item, a template field ("Onset: 2 weeks") or a line
//     followed by a blank line, a bullet, a list number or a header; a line break inside
//     wrapped dictated prose (the next line starts in lower case) does not end a sentence;
//   - every section header boundary given by the caller: a header is a sentence of its own.
// Sentences never include leading or trailing whitespace or the ",," of the MTSamples
// form, and never span a section boundary.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "text/match_view.h"
#include "text/sections.h"
#include "text/span.h"
#include "text/tokenizer.h"

namespace dxaudit::text {

// Clears *out and fills it with sentence spans (view offsets) in text order. `tokens` are
// the tokens of `view`; `sections` those found by SectionDetector (may be empty).
// The view is case-folded, so this form cannot see the letter case that tells wrapped
// prose from a new line: it lets a line break continue a sentence only when the line before
// looks wrapped (at least 40 bytes long, ending in a word or ',') and the next line starts
// with a word. Prefer the form below, which reads case from the original text.
void split_sentences(std::string_view view, std::span<const Token> tokens,
                     std::span<const Section> sections, std::vector<Span>* out);

// As above, reading letter case from `original`, the note `view` was built from: a line
// break followed by a line that starts in lower case continues the sentence, and "etc."
// or "p.o." followed by a capitalised word ends one.
void split_sentences(const MatchView& view, std::string_view original,
                     std::span<const Token> tokens, std::span<const Section> sections,
                     std::vector<Span>* out);

// The index of the sentence holding `pos` (sentences sorted by begin, not overlapping): the
// last one that begins at or before it, or 0 when none does.
uint32_t sentence_of(std::span<const Span> sentences, uint32_t pos);

}  // namespace dxaudit::text
