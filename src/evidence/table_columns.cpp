#include "evidence/table_columns.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace dxaudit::evidence {
namespace {

using lexicon::Laterality;
using lexicon::TableColumnKind;

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

bool is_row(std::string_view line) {
  return std::count(line.begin(), line.end(), '|') >= 2;
}

// Whether the line opens with a '|' (after spaces): then its first cell begins after it.
bool opens_with_bar(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  return i != std::string_view::npos && line[i] == '|';
}

// The cell of the line that holds `pos` (0: the first cell).
int column_of(std::string_view view, Span line, uint32_t pos) {
  std::string_view before = view.substr(line.begin, pos - line.begin);
  int bars = static_cast<int>(std::count(before.begin(), before.end(), '|'));
  return bars - (opens_with_bar(line.in(view)) ? 1 : 0);
}

// Cell number `column` of the line, as a view span without the spaces around its text;
// nullopt when the line has fewer cells.
std::optional<Span> cell_of(std::string_view view, Span line, int column) {
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
  while (at < end && (text[at] == ' ' || text[at] == '\t')) ++at;
  while (end > at && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return Span{static_cast<uint32_t>(line.begin + at), static_cast<uint32_t>(line.begin + end)};
}

Laterality side_of(TableColumnKind kind) {
  return kind == TableColumnKind::kLeft    ? Laterality::kLeft
         : kind == TableColumnKind::kRight ? Laterality::kRight
                                           : Laterality::kNone;
}

}  // namespace

ColumnReading read_table_columns(const lexicon::Lexicon& lex, std::string_view view, Span mention) {
  ColumnReading reading;
  if (lex.table_columns.empty() || mention.empty() || mention.end > view.size()) return reading;
  const Span row{line_begin(view, mention.begin), line_end(view, mention.begin)};
  if (mention.end > row.end || !is_row(row.in(view))) return reading;
  Span header = row;
  for (int looked = 0; looked < kMaxTableLines && header.begin > 0; ++looked) {
    const Span above{line_begin(view, header.begin - 1), header.begin - 1};
    if (!is_row(above.in(view))) break;
    header = above;
  }
  if (header.begin == row.begin) return reading;
  if (header.in(view).find_first_not_of("|-: \t") == std::string_view::npos) return reading;
  reading.in_table = true;
  reading.row = row;
  reading.header = header;
  reading.label = cell_of(view, row, 0).value_or(Span{});
  const int first = std::max(1, column_of(view, row, mention.begin));
  const int last = column_of(view, row, mention.end - 1);
  reading.last_column = last;
  bool left = false, right = false;
  for (int c = first; c <= last; ++c) {
    const std::optional<Span> cell = cell_of(view, header, c);
    if (!cell) break;
    const TableColumnKind kind = lex.table_column_kind(cell->in(view));
    left = left || kind == TableColumnKind::kLeft;
    right = right || kind == TableColumnKind::kRight;
    if (c != last) continue;
    reading.last_side = side_of(kind);
    if (kind == TableColumnKind::kCurrent || kind == TableColumnKind::kEarlier ||
        kind == TableColumnKind::kGoal) {
      reading.time = kind;
      reading.time_header = *cell;
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
  const int column = column_of(view, reading.row, cue.begin);
  if (column == reading.last_column || column < 1) return false;
  const std::optional<Span> cell = cell_of(view, reading.header, column);
  if (!cell) return false;
  const TableColumnKind kind = lex.table_column_kind(cell->in(view));
  return kind == TableColumnKind::kEarlier || kind == TableColumnKind::kGoal;
}

}  // namespace dxaudit::evidence
