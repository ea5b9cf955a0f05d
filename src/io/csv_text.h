// CSV text: the cells dxaudit writes and the records it reads back, RFC 4180.
//
//   out += csv_cell(value) + ",";                    // quoted and formula-safe
//   split_csv(text, &records, &lines, &bad_line);    // fields of each record, by line
//
// csv_cell quotes a cell holding a comma, a quote, a line break or a leading or trailing
// space (quotes doubled), replaces invalid UTF-8 by U+FFFD, and prefixes "'" to a cell
// starting with '=', '+', '-', '@', a tab or a carriage return, so that a spreadsheet
// shows it as text and never evaluates it; csv_uncell takes that prefix off again when a
// file dxaudit wrote is read back. split_csv reads comma-separated records (CRLF or LF,
// quoted fields with "" and line breaks, a UTF-8 byte order mark skipped), with the line
// each record starts on; empty lines are skipped; an unterminated quote returns false with
// its line. Nothing throws.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dxaudit::io {

std::string csv_cell(std::string_view s);
std::string csv_uncell(std::string s);
bool split_csv(std::string_view s, std::vector<std::vector<std::string>>* records,
               std::vector<int>* lines, int* bad_line);

}  // namespace dxaudit::io
