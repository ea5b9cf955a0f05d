// CsvReader: notes from CSV with a header row (RFC 4180), parsed by libcsv.
//
// The header names the columns; `note_id` and `text` are required, `patient_id`,
// `encounter_id`, `encounter_date`, `provider` and `codes` (';'-separated) are read like
// the JSONL fields, and any other column is carried to the output's `meta` as a string.
// Quoted fields may hold commas, doubled quotes and newlines; a UTF-8 byte order mark
// before the header is skipped; CRLF and LF line ends are both accepted; spaces inside
// fields are kept (a note's offsets count every byte). Each record's position is the
// line it starts on. A record that cannot be read (wrong number of fields, a stray
// quote, a missing note_id or text, a quoted field never closed, a carriage return in the
// middle of a line outside quotes) becomes an error record and reading goes on with the
// next line.
#pragma once

#include <csv.h>

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "io/byte_stream.h"
#include "io/source.h"

namespace dxaudit::io {

class CsvReader : public NoteSource {
 public:
  // `manifest`: the file is a text folder's manifest, whose rows need no `text` column.
  CsvReader(std::unique_ptr<ByteStream> stream, std::string name, bool manifest = false);
  ~CsvReader() override;
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  bool next(InputRecord* record) override;
  uint64_t consumed() const override { return stream_->consumed(); }

 private:
  struct Row {
    uint64_t line = 0;
    std::vector<std::string> fields;
    std::string error;  // non-empty: the record could not be parsed
  };
  static void on_field(void* s, size_t len, void* self);
  static void on_record(int c, void* self);
  void restart_parser();
  bool fill_queue();
  void to_record(Row& row, InputRecord* record);

  std::unique_ptr<ByteStream> stream_;
  LineReader lines_;
  std::string name_;
  csv_parser parser_;
  std::vector<std::string> fields_;  // of the record being parsed
  std::deque<Row> ready_;
  std::vector<std::string> header_;
  bool manifest_ = false;
  bool have_header_ = false;
  bool in_record_ = false;
  bool finished_ = false;
  uint64_t record_line_ = 0;
  size_t cr_records_ = 0;  // records of the current line that a '\r' ended
};

}  // namespace dxaudit::io
