// Output records of schema dxaudit/1 (docs/output-schema.md), one JSON line per input
// record. Offsets written are bytes of the note text as received.
#pragma once

#include <string>

#include "io/note.h"
#include "pipeline/analyzer.h"

namespace dxaudit::pipeline {

inline constexpr const char* kSchema = "dxaudit/1";

// Appends the record for an analysed note, ending with '\n'. `view` is the workspace view
// the note was analysed with.
void append_result_record(const io::Note& note, const NoteResult& result, const Analyzer& analyzer,
                          const text::MatchView& view, std::string* out);

// Appends the error record for an input record that could not be read or analysed.
void append_error_record(const io::InputRecord& record, std::string_view kind,
                         std::string_view message, std::string* out);

}  // namespace dxaudit::pipeline
