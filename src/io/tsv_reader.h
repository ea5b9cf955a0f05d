// TsvReader: rows of a tab-separated file with a header row, as spreadsheets and the
// ConText evaluation kit write them (IANA text/tab-separated-values: no quoting; a field
// cannot hold a tab or a line break).
//
// Callers may rely on: column() finds header names exactly; next() returns rows in file
// order with their 1-based line numbers, skipping nothing but blank lines; a trailing '\r'
// (CRLF files) and a UTF-8 byte order mark before the header are removed. Fields are views
// into the reader's line buffer, valid until the next call to next().
#pragma once

#include <cstdint>
#include <fstream>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dxaudit::io {

class TsvReader {
 public:
  // Reads the header row from `in` (which must outlive the reader). `name` is used in
  // messages. Returns false with *error set when there is no header row.
  bool open(std::istream* in, std::string name, std::string* error);

  const std::vector<std::string>& header() const { return header_; }
  std::optional<size_t> column(std::string_view name) const;

  // The next non-blank row; false at the end of the input.
  bool next(std::vector<std::string_view>* fields, uint64_t* line);

  const std::string& name() const { return name_; }

 private:
  std::istream* in_ = nullptr;
  std::string name_;
  std::vector<std::string> header_;
  std::string line_;
  uint64_t line_number_ = 0;
};

// Splits `line` at tabs into *fields (cleared first).
void split_tabs(std::string_view line, std::vector<std::string_view>* fields);

}  // namespace dxaudit::io
