// Output records of schema dxaudit/1 (docs/output-schema.md), one JSON line per input
// record. Offsets written are bytes of the note text as received.
#pragma once

#include <string>
#include <vector>

#include "audit/longitudinal.h"
#include "io/note.h"
#include "pipeline/analyzer.h"

namespace dxaudit::pipeline {

inline constexpr const char* kSchema = "dxaudit/1";

// Appends the record for an analysed note, ending with '\n'. `view` is the workspace view
// the note was analysed with.
void append_result_record(const io::Note& note, const NoteResult& result, const Analyzer& analyzer,
                          const text::MatchView& view, std::string* out);

// A result record cut where flags go, so that flags known only later (the longitudinal
// review, audit/longitudinal.h) can be added, and an episodic flag's version chosen,
// before the record is written: prefix + flags joined by ',' + suffix is the record.
struct RecordParts {
  std::string prefix;                   // up to and including `"audit":[`
  std::vector<std::string> flags;       // each flag as a JSON object
  std::vector<std::string> subsequent;  // per flag: its subsequent-encounter version, or ""
  std::vector<std::string> rules;       // per flag: its rule id
  std::string suffix;                   // from the `]` closing "audit" to the '\n'
};
void write_result_parts(const io::Note& note, const NoteResult& result, const Analyzer& analyzer,
                        const text::MatchView& view, RecordParts* parts);

// A note's parts and its encounter summary as one JSON object, kept by the store so that
// `scan --resume` can put a stored note back into the longitudinal review without
// analysing it again; parse_parts() reads it back (false when it is not such an object).
std::string serialize_parts(const RecordParts& parts, const audit::EncounterSummary& summary);
bool parse_parts(std::string_view json, RecordParts* parts, audit::EncounterSummary* summary);

// One flag as a JSON object (evidence spans through `view`).
void append_flag(const audit::Flag& flag, const lexicon::Lexicon& lexicon,
                 const text::MatchView& view, std::string* out);

// Appends the error record for an input record that could not be read or analysed.
void append_error_record(const io::InputRecord& record, io::ErrorKind kind,
                         std::string_view message, std::string* out);

}  // namespace dxaudit::pipeline
