// Table columns: what the header of a typed table says about a finding in one of its rows.
//
// Rehab notes type their exams as tables with cells between '|': a column a side
// ("| Muscle | R | L |" over "| Hip flex | 5/5 | 4/5 |") or an earlier visit beside today's
// ("| Measure | IE | Today |"). A row's values take their meaning from the header cells
// above them (lexicons/table_columns.lex), which no pattern of the row can read.
//
// read_table_columns() finds the line holding a mention; when the line has two '|' or more
// it is a table row, its table the run of such lines around it, and the table's header the
// first line of the run. It says which side columns the mention's values stand under (the
// cells the mention covers after the row's first, its label) and what the column of its
// last value holds. A row's patterns read its label and a value, passing over normal values
// before it ("Ankle DF | 5/5 | 4+/5": the weakness is the left's), or read every value
// normal ("Hip flex | 5/5 | 5/5": both sides): the caller takes `last_side` for the one and
// `sides` for the other. A value read alone ("4+/5" after "| L EHL | 4/5 |") has its row's
// label, where a side may be written.
//
// Callers may rely on: `in_table` is false, and every other field empty, for a mention that
// is not wholly on one line of two '|' or more, that is on the first line of its run (the
// header itself), or under a header line that is all rule ("|---|---|"); a mention that
// covers only the row's label has no side and no time; `sides` is kBilateral only when
// the mention covers both a left and a right column; spans are view offsets, header cells
// and the label without the spaces around them. Looks at most kMaxTableLines lines up;
// allocates nothing.
#pragma once

#include <cstdint>
#include <string_view>

#include "lexicon/lexicon.h"
#include "text/span.h"

namespace dxaudit::evidence {

inline constexpr int kMaxTableLines = 60;

struct ColumnReading {
  bool in_table = false;
  // The side columns the mention's values stand under: one side, or kBilateral for a left
  // and a right column; and the side of the column of its last value alone.
  lexicon::Laterality sides = lexicon::Laterality::kNone;
  lexicon::Laterality last_side = lexicon::Laterality::kNone;
  // kCurrent, kEarlier or kGoal: what the column of the mention's last value holds.
  lexicon::TableColumnKind time = lexicon::TableColumnKind::kNone;
  Span time_header;
  int last_column = 0;  // the cell of the mention's last value (0: the label)
  Span label;           // the row's first cell
  Span row;             // the row's line
  Span header;          // the header's line
};

ColumnReading read_table_columns(const lexicon::Lexicon& lex, std::string_view view, Span mention);

// Whether a cue at `cue` speaks of another visit than the mention read as `reading`: it is
// on the mention's row, in a cell other than the mention's last value, under an earlier
// visit's or a goal's column ("| Numbness L foot | constant | intermittent | none |" under
// "| | IE | Today | Goal |": the goal's "none" denies nothing of today).
bool cue_in_other_visit(const lexicon::Lexicon& lex, std::string_view view,
                        const ColumnReading& reading, Span cue);

}  // namespace dxaudit::evidence
