// CSV text: the cells dxaudit writes, RFC 4180, and the same cells read back.
//
//   out += csv_cell(value) + ",";                    // quoted and formula-safe
//   value = csv_uncell(field);                       // a field CsvRows read back
//
// csv_cell quotes a cell holding a comma, a quote, a line break or a leading or trailing
// space (quotes doubled), replaces invalid UTF-8 by U+FFFD, and prefixes "'" to a cell
// starting with '=', '+', '-', '@', a tab or a carriage return, so that a spreadsheet
// shows it as text and never evaluates it; csv_uncell takes that prefix off again when a
// file dxaudit wrote is read back. Reading CSV is io/csv_reader.h's (CsvRows), for every
// CSV dxaudit takes in. Nothing throws.
#pragma once

#include <string>
#include <string_view>

namespace dxaudit::io {

std::string csv_cell(std::string_view s);
std::string csv_uncell(std::string s);

}  // namespace dxaudit::io
