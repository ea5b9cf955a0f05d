// CsvRows and CsvReader: CSV with a header row (RFC 4180, parsed by libcsv), as rows of
// fields (CsvRows: notes, a text folder's manifest, a claims file, review decisions) and
// as notes (CsvReader). Every CSV dxaudit takes in is read by CsvRows.
//
//   CsvReader csv(std::move(stream), "export.csv", options);
//   std::string error;
//   if (!csv.open(&error)) fail(error);      // "export.csv:1: no column for the note text ..."
//   InputRecord r;
//   while (csv.next(&r)) { ... }
//
// The delimiter is ReadOptions::delimiter, or sniffed from the header line: the one of
// comma, semicolon, tab and pipe that it holds most often outside quotes (comma on a tie or
// when it holds none). The header names the columns; io/fields.h matches them to the note
// fields (synonyms, letter case, --map), and any other column goes to the output's `meta` as
// a string. Quoted fields may hold delimiters, doubled quotes and newlines; a UTF-8 byte
// order mark before the header is skipped; CRLF and LF line ends are both accepted; spaces
// inside fields are kept (a note's offsets count every byte). Each record's position is the
// line it starts on. A record that cannot be read (wrong number of fields, a stray quote, a
// missing note_id, a quoted field never closed, a carriage return in the middle of a line
// outside quotes) becomes an error record, worded in dxaudit's terms, and reading goes on
// with the next line. A header without a column for the text is not an input: open() says
// so, naming the columns it has.
#pragma once

#include <csv.h>

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "io/byte_stream.h"
#include "io/fields.h"
#include "io/source.h"

namespace dxaudit::io {

class CsvRows {
 public:
  struct Row {
    uint64_t line = 0;  // where the row starts; 0 for a read error of the whole input
    std::vector<std::string> fields;
    std::string error;  // non-empty: the row could not be parsed (line 0: reading stopped)
  };

  // `delimiter`: 0 to sniff it from the header line.
  CsvRows(std::unique_ptr<ByteStream> stream, char delimiter);
  ~CsvRows();
  CsvRows(const CsvRows&) = delete;
  CsvRows& operator=(const CsvRows&) = delete;

  // Reads the header row (names trimmed of spaces and tabs). False, with *error (and its
  // line in *line), when its first row cannot be parsed; false with *error empty when the
  // input holds nothing but blank lines.
  bool read_header(std::vector<std::string>* header, uint64_t* line, std::string* error);
  // The next row after the header; false at the end.
  bool next(Row* row);
  char delimiter() const { return delimiter_; }
  uint64_t consumed() const { return stream_->consumed(); }

 private:
  static void on_field(void* s, size_t len, void* self);
  static void on_record(int c, void* self);
  void restart_parser();
  bool fill_queue();

  std::unique_ptr<ByteStream> stream_;
  LineReader lines_;
  csv_parser parser_;
  char delimiter_ = 0;
  std::vector<std::string> fields_;  // of the record being parsed
  std::deque<Row> ready_;
  bool in_record_ = false;
  bool finished_ = false;
  uint64_t record_line_ = 0;
  size_t cr_records_ = 0;  // records of the current line that a '\r' ended
};

// A delimiter as messages name it: "comma", "semicolon", "tab", "pipe", or the character
// itself in quotes.
std::string delimiter_name(char delimiter);

class CsvReader : public NoteSource {
 public:
  // `manifest`: the file is a text folder's manifest, whose rows need no `text` column.
  CsvReader(std::unique_ptr<ByteStream> stream, std::string name, const ReadOptions& options = {},
            bool manifest = false);

  bool open(std::string* error) override;
  bool read_record(InputRecord* record) override;
  uint64_t consumed() const override { return rows_.consumed(); }
  std::string field_mapping() const override;

 private:
  void to_record(CsvRows::Row& row, InputRecord* record) const;

  CsvRows rows_;
  std::string name_;
  ReadOptions options_;
  bool manifest_ = false;
  bool opened_ = false;
  bool open_failed_ = false;
  std::string open_error_;
  uint64_t header_line_ = 0;
  std::vector<std::string> header_;
  std::vector<int> field_of_column_;  // the Field index each column is read as, or -1
  FieldMap map_;
};

}  // namespace dxaudit::io
