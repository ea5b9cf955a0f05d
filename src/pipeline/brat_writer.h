// brat output of an analysed note (`dxaudit scan --format brat`): the .ann standoff that
// lets a reviewer open dxaudit's findings and elements in brat, beside the note's .txt.
//
// The annotation convention is the one corpora/gold/README.md defines for gold notes, so
// the same files can be read back by `dxaudit eval`:
//   - each finding is an entity whose type is its concept, with binary attributes
//     Negated, Uncertain, Historical, Hypothetical, Experiencer_other and a
//     `Laterality left|right|bilateral` attribute when a side was found;
//   - each piece of evidence of a present element is an entity whose type is the element.
// Offsets are characters (code points) of the note text, as brat counts them.
#pragma once

#include <string>

#include "io/note.h"
#include "pipeline/analyzer.h"

namespace dxaudit::pipeline {

// Appends the .ann content for `note` analysed into `result` with workspace view `view`.
void append_brat_annotations(const io::Note& note, const NoteResult& result,
                             const Analyzer& analyzer, const text::MatchView& view,
                             std::string* out);

// A file name for a note id: letters, digits, '-', '_' and '.' are kept, anything else
// becomes '_'; an empty or dot-only id becomes "note".
std::string brat_file_stem(std::string_view note_id);

// The annotation.conf that declares every concept, element and attribute of `lexicon`,
// so that brat shows the files without complaint.
std::string brat_annotation_conf(const lexicon::Lexicon& lexicon);

}  // namespace dxaudit::pipeline
