// Table columns: what the header of a typed table says about a finding in one of its rows.
//
// Rehab notes and EHR exports type exams as tables: a column a side ("| Muscle | R | L |"
// over "| Hip flex | 5/5 | 4/5 |", or the same aligned with spaces under "R    L") or an
// earlier visit beside today's ("Initial Eval (01/21)    Today"). A row's values take their
// meaning from the header cells above them (lexicons/table_columns.lex), which no pattern of
// the row can read.
//
// find_tables() finds, once per note, the runs of table lines: two or more lines in a row
// that each have two '|' or more (cells between bars), or else three or more that each hold
// two cells or more set apart by runs of two spaces or more (cells aligned under the
// header's by position). A
// run's first line is its header, unless it is all rule ("|---|---|"); a run whose header
// names no column of table_columns.lex says nothing and is left out.
//
// read_table_columns() then says, for a mention on a later line of a run, which side
// columns its values stand under (the cells it covers after the row's first, its label) and
// what the column of its last value holds. A row's patterns read its label and a value,
// passing over normal values before it ("Ankle DF | 5/5 | 4+/5": the weakness is the
// left's), or read every value normal ("Hip flex | 5/5 | 5/5": both sides): the caller takes
// `last_side` for the one and `sides` for the other. A value read alone ("4+/5" after
// "| L EHL | 4/5 |") has its row's label, where a side may be written.
//
// Callers may rely on: `in_table` false, and every other field empty, for a mention outside
// the runs, not wholly on one line, or on its run's header; a mention that covers only the
// row's label has no side and no time; `sides` is kBilateral only when the mention covers
// both a left and a right column; spans are view offsets, header cells and the label
// without the spaces around them. find_tables() makes one pass over the note; neither
// function allocates beyond the `tables` vector it is given.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/span.h"

namespace dxaudit::evidence {

enum class TableLayout : uint8_t { kBars, kAligned };

// A run of table lines: `lines` from the header's first byte to the last row's end.
struct TableRun {
  Span lines;
  Span header;
  TableLayout layout;
  // The header has both a `present` and an `absent` column: a questionnaire's Yes/No grid.
  bool yes_no_grid = false;
};

// Fills *tables (cleared first) with the note's runs of table lines, in text order.
void find_tables(const lexicon::Lexicon& lex, std::string_view view, std::vector<TableRun>* tables);

struct ColumnReading {
  bool in_table = false;
  // The side columns the mention's values stand under: one side, or kBilateral for a left
  // and a right column; and the side of the column of its last value alone.
  lexicon::Laterality sides = lexicon::Laterality::kNone;
  lexicon::Laterality last_side = lexicon::Laterality::kNone;
  // kCurrent, kEarlier or kGoal: what the column of the mention's last value holds.
  lexicon::TableColumnKind time = lexicon::TableColumnKind::kNone;
  Span time_header;
  int last_column = 0;              // the column of the mention's last value (0: the label)
  Span label;                       // the row's first cell
  Span row;                         // the row's line
  const TableRun* table = nullptr;  // into the `tables` given: valid while it is unchanged
};

ColumnReading read_table_columns(const lexicon::Lexicon& lex, std::string_view view,
                                 const std::vector<TableRun>& tables, Span mention);

// Whether a cue at `cue` speaks of another visit than the mention read as `reading`: it is
// on the mention's row, in a column other than the mention's last value, under an earlier
// visit's or a goal's header ("| Numbness L foot | constant | intermittent | none |" under
// "| | IE | Today | Goal |": the goal's "none" denies nothing of today).
bool cue_in_other_visit(const lexicon::Lexicon& lex, std::string_view view,
                        const ColumnReading& reading, Span cue);

// Whether a cue at `cue` is today's result of a mention that covers only its row's label: on
// the row, under a `current` header ("SLR R   (+) 45 deg   (-)" under "   IE   Re-exam": the
// re-exam's "(-)", however far from "SLR" along the row).
bool cue_in_current_visit(const lexicon::Lexicon& lex, std::string_view view,
                          const ColumnReading& reading, Span cue);

// For a mention that covers only its row's label, in a table whose header has both a
// `present` and an `absent` column (a questionnaire's "Yes  No" or "Y  N"): the header cell of
// the `absent` column when the row's first mark after the label stands under it ("Leg
// weakness          X" under "Symptom review   Yes   No"), else an empty span. A mark under
// `present`, or none, answers nothing here.
Span absent_column_marked(const lexicon::Lexicon& lex, std::string_view view,
                          const ColumnReading& reading);

}  // namespace dxaudit::evidence
