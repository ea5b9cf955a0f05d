#include "evidence/table_columns.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace dxaudit::evidence {
namespace {

using lexicon::Laterality;
using lexicon::TableColumnKind;

// A value aligned under a header cell may start this many columns before it (a grade
// right-aligned under a wider header word).
constexpr uint32_t kAlignSlack = 2;

uint32_t line_begin(std::string_view view, uint32_t pos) {
  if (pos == 0) return 0;
  const void* nl = memrchr(view.data(), '\n', pos);
  return nl == nullptr ? 0 : static_cast<uint32_t>(static_cast<const char*>(nl) - view.data()) + 1;
}

uint32_t line_end(std::string_view view, uint32_t pos) {
  const void* nl = std::memchr(view.data() + pos, '\n', view.size() - pos);
  return nl == nullptr ? static_cast<uint32_t>(view.size())
                       : static_cast<uint32_t>(static_cast<const char*>(nl) - view.data());
}

bool blank(char c) {
  return c == ' ' || c == '\t';
}

bool has_bars(std::string_view line) {
  return std::count(line.begin(), line.end(), '|') >= 2;
}

// Whether the line opens with a '|' (after spaces): then its first cell begins after it.
bool opens_with_bar(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  return i != std::string_view::npos && line[i] == '|';
}

// Calls f(begin, end) for each cell of an aligned line: text set apart by runs of two blanks
// or more (offsets in the line, without the blanks around the cell's text). Stops early
// when f returns false.
template <typename F>
void for_each_aligned_cell(std::string_view line, F f) {
  size_t i = 0;
  const size_t n = line.size();
  while (i < n && blank(line[i])) ++i;
  while (i < n) {
    size_t end = i;
    while (end < n && !(blank(line[end]) && end + 1 < n && blank(line[end + 1]))) ++end;
    size_t text_end = end;
    while (text_end > i && blank(line[text_end - 1])) --text_end;
    if (!f(i, text_end)) return;
    i = end;
    while (i < n && blank(line[i])) ++i;
  }
}

size_t aligned_cells(std::string_view line) {
  size_t cells = 0;
  for_each_aligned_cell(line, [&](size_t, size_t) { return ++cells < 3; });
  return cells;
}

// Cell number `column` of a barred line, as a view span without the blanks around its text;
// nullopt when the line has fewer cells.
std::optional<Span> bar_cell(std::string_view view, Span line, int column) {
  std::string_view text = line.in(view);
  size_t at = 0;
  if (opens_with_bar(text)) at = text.find('|') + 1;
  for (int c = 0; c < column; ++c) {
    size_t bar = text.find('|', at);
    if (bar == std::string_view::npos) return std::nullopt;
    at = bar + 1;
  }
  size_t end = text.find('|', at);
  if (end == std::string_view::npos) end = text.size();
  while (at < end && blank(text[at])) ++at;
  while (end > at && blank(text[end - 1])) --end;
  return Span{static_cast<uint32_t>(line.begin + at), static_cast<uint32_t>(line.begin + end)};
}

// The header of an aligned table gives its columns by position: column 0 is the row labels
// (the header's first cell when it starts the line, else an empty slot before it), then
// one column per header cell. Returns the column of line offset `x`, and in *cell the
// header cell over it (empty for a label slot).
int aligned_column(std::string_view view, Span header, uint32_t x, Span* cell) {
  std::string_view text = header.in(view);
  int column = -1, index = 0;
  bool first = true;
  *cell = Span{};
  for_each_aligned_cell(text, [&](size_t b, size_t e) {
    if (first && b > 0) ++index;  // an empty label slot before the first header cell
    first = false;
    if (b > x + kAlignSlack) return false;
    column = index++;
    *cell = Span{static_cast<uint32_t>(header.begin + b), static_cast<uint32_t>(header.begin + e)};
    return true;
  });
  if (column < 0) *cell = Span{};
  return std::max(column, 0);
}

// The header cell of column `column` of an aligned table (as aligned_column numbers them);
// empty for the label slot or past the last cell.
Span aligned_header_cell(std::string_view view, Span header, int column) {
  Span found;
  int index = 0;
  bool first = true;
  for_each_aligned_cell(header.in(view), [&](size_t b, size_t e) {
    if (first && b > 0) ++index;
    first = false;
    if (index++ != column) return true;
    found = Span{static_cast<uint32_t>(header.begin + b), static_cast<uint32_t>(header.begin + e)};
    return false;
  });
  return found;
}

int bar_column(std::string_view view, Span line, uint32_t pos) {
  std::string_view before = view.substr(line.begin, pos - line.begin);
  int bars = static_cast<int>(std::count(before.begin(), before.end(), '|'));
  return bars - (opens_with_bar(line.in(view)) ? 1 : 0);
}

// The column of view offset `pos` on `line` of `table`, and the header cell over it.
int column_at(std::string_view view, const TableRun& table, Span line, uint32_t pos,
              Span* header_cell) {
  if (table.layout == TableLayout::kBars) {
    const int column = bar_column(view, line, pos);
    *header_cell = bar_cell(view, table.header, column).value_or(Span{});
    return column;
  }
  // An aligned row's cell is placed by where it starts: its text may run on to a little
  // before the next header cell ("R L4-5 paraspinal spasm +3, R QL trigger point" under
  // "Initial").
  uint32_t start = pos - line.begin;
  for_each_aligned_cell(line.in(view), [&](size_t b, size_t e) {
    if (b > pos - line.begin) return false;
    if (pos - line.begin < e || b == pos - line.begin) start = static_cast<uint32_t>(b);
    return true;
  });
  return aligned_column(view, table.header, start, header_cell);
}

Laterality side_of(TableColumnKind kind) {
  return kind == TableColumnKind::kLeft    ? Laterality::kLeft
         : kind == TableColumnKind::kRight ? Laterality::kRight
                                           : Laterality::kNone;
}

// Whether any cell of the header is a column table_columns.lex names.
constexpr unsigned kind_bit(TableColumnKind kind) {
  return 1u << static_cast<unsigned>(kind);
}

// The kinds of column the header's cells name, one bit each (kind_bit), kNone left out.
unsigned header_kinds(const lexicon::Lexicon& lex, std::string_view view, Span header,
                      TableLayout layout) {
  unsigned kinds = 0;
  auto add = [&](std::string_view cell) { kinds |= kind_bit(lex.table_column_kind(cell)); };
  if (layout == TableLayout::kBars) {
    for (int c = 0;; ++c) {
      const std::optional<Span> cell = bar_cell(view, header, c);
      if (!cell) break;
      add(cell->in(view));
    }
  } else {
    const std::string_view text = header.in(view);
    for_each_aligned_cell(text, [&](size_t b, size_t e) {
      add(text.substr(b, e - b));
      return true;
    });
  }
  return kinds & ~kind_bit(TableColumnKind::kNone);
}

}  // namespace

void find_tables(const lexicon::Lexicon& lex, std::string_view view,
                 std::vector<TableRun>* tables) {
  tables->clear();
  if (lex.table_columns.empty() || view.find('\n') == std::string_view::npos) return;
  // Lines in order; a run grows while its layout holds.
  std::optional<TableRun> run;
  size_t lines_in_run = 0;
  // An aligned table has a header and two rows at least: two lines with a double space each
  // are as often a template's lines as a table.
  auto close = [&]() {
    if (run && lines_in_run >= (run->layout == TableLayout::kBars ? 2u : 3u) &&
        run->header.in(view).find_first_not_of("|-: \t") != std::string_view::npos) {
      const unsigned kinds = header_kinds(lex, view, run->header, run->layout);
      const unsigned grid =
          kind_bit(TableColumnKind::kPresent) | kind_bit(TableColumnKind::kAbsent);
      run->yes_no_grid = (kinds & grid) == grid;
      if (kinds != 0) tables->push_back(*run);
    }
    run.reset();
    lines_in_run = 0;
  };
  for (uint32_t b = 0; b < view.size();) {
    const Span line{b, line_end(view, b)};
    const std::string_view text = line.in(view);
    const bool bars = has_bars(text);
    const size_t cells = bars ? 0 : aligned_cells(text);
    const bool aligned = cells >= 2;
    // A row of an aligned table left unanswered is its label alone ("Progressive leg weakness"
    // in a Y/N screen): it stays in the run when the table goes on after it.
    bool blank_row = false;
    if (run && run->layout == TableLayout::kAligned && cells == 1 && lines_in_run >= 2 &&
        line.end < view.size()) {
      const uint32_t next_begin = line.end + 1;
      const std::string_view next = Span{next_begin, line_end(view, next_begin)}.in(view);
      blank_row = !has_bars(next) && aligned_cells(next) >= 2;
    }
    if (run && ((run->layout == TableLayout::kBars && bars) ||
                (run->layout == TableLayout::kAligned && (aligned || blank_row)))) {
      run->lines.end = line.end;
      ++lines_in_run;
    } else {
      close();
      if (bars || aligned) {
        run = TableRun{line, line, bars ? TableLayout::kBars : TableLayout::kAligned};
        lines_in_run = 1;
      }
    }
    b = line.end + 1;
  }
  close();
}

ColumnReading read_table_columns(const lexicon::Lexicon& lex, std::string_view view,
                                 const std::vector<TableRun>& tables, Span mention) {
  ColumnReading reading;
  if (tables.empty() || mention.empty() || mention.end > view.size()) return reading;
  auto after =
      std::upper_bound(tables.begin(), tables.end(), mention.begin,
                       [](uint32_t pos, const TableRun& t) { return pos < t.lines.begin; });
  if (after == tables.begin()) return reading;
  const TableRun& table = *std::prev(after);
  if (mention.end > table.lines.end) return reading;
  const Span row{line_begin(view, mention.begin), line_end(view, mention.begin)};
  if (mention.end > row.end || row.begin == table.header.begin) return reading;
  reading.in_table = true;
  reading.table = &table;
  reading.row = row;
  if (table.layout == TableLayout::kBars) {
    reading.label = bar_cell(view, row, 0).value_or(Span{});
  } else {
    for_each_aligned_cell(row.in(view), [&](size_t b, size_t e) {
      reading.label =
          Span{static_cast<uint32_t>(row.begin + b), static_cast<uint32_t>(row.begin + e)};
      return false;
    });
  }
  Span cell;
  const int first = std::max(1, column_at(view, table, row, mention.begin, &cell));
  const int last = column_at(view, table, row, mention.end - 1, &cell);
  reading.last_column = last;
  bool left = false, right = false;
  for (int c = first; c <= last; ++c) {
    const Span over = c == last ? cell
                      : table.layout == TableLayout::kBars
                          ? bar_cell(view, table.header, c).value_or(Span{})
                          : aligned_header_cell(view, table.header, c);
    if (over.empty()) continue;
    const TableColumnKind kind = lex.table_column_kind(over.in(view));
    left = left || kind == TableColumnKind::kLeft;
    right = right || kind == TableColumnKind::kRight;
    if (c != last) continue;
    reading.last_side = side_of(kind);
    if (kind == TableColumnKind::kCurrent || kind == TableColumnKind::kEarlier ||
        kind == TableColumnKind::kGoal) {
      reading.time = kind;
      reading.time_header = over;
    }
  }
  reading.sides = left && right ? Laterality::kBilateral
                  : left        ? Laterality::kLeft
                  : right       ? Laterality::kRight
                                : Laterality::kNone;
  return reading;
}

bool cue_in_other_visit(const lexicon::Lexicon& lex, std::string_view view,
                        const ColumnReading& reading, Span cue) {
  if (!reading.in_table || cue.begin < reading.row.begin || cue.end > reading.row.end) return false;
  Span over;
  const int column = column_at(view, *reading.table, reading.row, cue.begin, &over);
  if (column == reading.last_column || column < 1 || over.empty()) return false;
  const TableColumnKind kind = lex.table_column_kind(over.in(view));
  return kind == TableColumnKind::kEarlier || kind == TableColumnKind::kGoal;
}

Span absent_column_marked(const lexicon::Lexicon& lex, std::string_view view,
                          const ColumnReading& reading) {
  if (!reading.in_table || reading.last_column != 0 || reading.table == nullptr ||
      !reading.table->yes_no_grid)
    return {};
  const TableRun& table = *reading.table;
  // The row's first mark after its label.
  for (uint32_t p = reading.label.end; p < reading.row.end; ++p) {
    const char c = view[p];
    if (c == ' ' || c == '\t' || c == '|') continue;
    Span over;
    const int column = column_at(view, table, reading.row, p, &over);
    if (column < 1 || over.empty()) return {};
    return lex.table_column_kind(over.in(view)) == TableColumnKind::kAbsent ? over : Span{};
  }
  return {};
}

bool cue_in_current_visit(const lexicon::Lexicon& lex, std::string_view view,
                          const ColumnReading& reading, Span cue) {
  if (!reading.in_table || reading.last_column != 0 || cue.begin < reading.label.end ||
      cue.end > reading.row.end)
    return false;
  Span over;
  const int column = column_at(view, *reading.table, reading.row, cue.begin, &over);
  return column >= 1 && !over.empty() &&
         lex.table_column_kind(over.in(view)) == TableColumnKind::kCurrent;
}

}  // namespace dxaudit::evidence
