#include "io/csv_reader.h"

#include <nlohmann/json.hpp>

namespace dxaudit::io {

namespace {

int never_space(unsigned char) {
  return 0;
}

void restart(csv_parser* p) {
  csv_init(p, CSV_STRICT | CSV_STRICT_FINI);
  csv_set_space_func(p, never_space);
}

std::string trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e + 1 - b);
}

}  // namespace

CsvReader::CsvReader(std::unique_ptr<ByteStream> stream, std::string name, bool manifest)
    : stream_(std::move(stream)),
      lines_(stream_.get()),
      name_(std::move(name)),
      manifest_(manifest) {
  restart(&parser_);
}

CsvReader::~CsvReader() {
  csv_free(&parser_);
}

void CsvReader::on_field(void* s, size_t len, void* self) {
  auto* r = static_cast<CsvReader*>(self);
  r->fields_.emplace_back(static_cast<const char*>(s), len);
}

void CsvReader::on_record(int c, void* self) {
  auto* r = static_cast<CsvReader*>(self);
  if (c == CSV_CR) ++r->cr_records_;
  Row row;
  row.line = r->record_line_;
  row.fields.swap(r->fields_);
  r->fields_.clear();
  r->ready_.push_back(std::move(row));
  r->in_record_ = false;
}

void CsvReader::restart_parser() {
  csv_free(&parser_);
  restart(&parser_);
  fields_.clear();
  in_record_ = false;
}

bool CsvReader::fill_queue() {
  std::string_view line;
  while (ready_.empty()) {
    if (finished_) return false;
    if (!lines_.next(&line)) {
      finished_ = true;
      if (csv_fini(&parser_, on_field, on_record, this) != 0) {
        Row row;
        row.line = record_line_;
        row.error = "a quoted field is not closed before the end of the input: lines " +
                    std::to_string(record_line_) + " to " + std::to_string(lines_.line_number()) +
                    " were read as one unfinished record";
        ready_.push_back(std::move(row));
      }
      if (stream_->failed()) {
        Row row;
        row.line = 0;
        row.error = "reading stopped: " + stream_->error();
        ready_.push_back(std::move(row));
      }
      break;
    }
    if (lines_.line_number() == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (!in_record_) {
      std::string_view bare = line;
      if (!bare.empty() && bare.back() == '\r') bare.remove_suffix(1);
      if (bare.empty()) continue;  // a blank line between records holds no record
      in_record_ = true;
      record_line_ = lines_.line_number();
    }
    // libcsv ends a record at any carriage return outside quotes, but only the one before
    // the line feed (CRLF) ends a line: one in the middle would cut the line into records
    // that all claim its number, the first one's last field cut short. So the line goes in
    // without its line end, and a record a '\r' ended by then is an error.
    const size_t queued = ready_.size();
    std::string_view body = line;
    const bool crlf = !body.empty() && body.back() == '\r';
    if (crlf) body.remove_suffix(1);
    cr_records_ = 0;
    bool parsed =
        csv_parse(&parser_, body.data(), body.size(), on_field, on_record, this) == body.size();
    const bool mid_line_cr = cr_records_ > 0;
    if (parsed && !mid_line_cr) {
      std::string_view end = crlf ? "\r\n" : "\n";
      parsed = csv_parse(&parser_, end.data(), end.size(), on_field, on_record, this) == end.size();
    }
    // (Checked first: the line may also hold a stray quote after such a record.)
    if (mid_line_cr) {
      ready_.resize(queued);
      Row row;
      row.line = record_line_;
      row.error =
          "a carriage return in the middle of a line, outside quotes (quote the field; lines "
          "end with LF or CRLF)";
      ready_.push_back(std::move(row));
      restart_parser();
    } else if (!parsed) {
      Row row;
      row.line = record_line_;
      row.error = std::string("malformed CSV (") + csv_strerror(csv_error(&parser_)) +
                  "): a quote inside an unquoted field, or text after a closing quote";
      ready_.push_back(std::move(row));
      restart_parser();
    }
  }
  return !ready_.empty();
}

bool CsvReader::next(InputRecord* record) {
  for (;;) {
    if (!fill_queue()) return false;
    Row row = std::move(ready_.front());
    ready_.pop_front();
    if (!have_header_ && row.error.empty()) {
      have_header_ = true;
      header_.clear();
      for (const std::string& f : row.fields) header_.push_back(trimmed(f));
      continue;
    }
    *record = InputRecord{};
    record->where = {name_, row.line};
    to_record(row, record);
    return true;
  }
}

void CsvReader::to_record(Row& row, InputRecord* record) {
  if (!row.error.empty()) {
    record->error_kind = row.line == 0 ? ErrorKind::kReadError : ErrorKind::kMalformedCsv;
    record->error_message = row.error;
    return;
  }
  if (row.fields.size() != header_.size()) {
    record->error_kind = ErrorKind::kBadRow;
    record->error_message = "the record has " + std::to_string(row.fields.size()) +
                            " field(s); the header has " + std::to_string(header_.size());
    return;
  }
  Note& note = record->note;
  bool has_text = false;
  nlohmann::json meta = nlohmann::json::object();
  for (size_t i = 0; i < header_.size(); ++i) {
    const std::string& col = header_[i];
    std::string& v = row.fields[i];
    if (col == "note_id")
      note.note_id = std::move(v);
    else if (col == "text") {
      note.text = std::move(v);
      has_text = true;
    } else if (col == "patient_id")
      note.patient_id = std::move(v);
    else if (col == "encounter_id")
      note.encounter_id = std::move(v);
    else if (col == "encounter_date")
      note.encounter_date = std::move(v);
    else if (col == "provider")
      note.provider = std::move(v);
    else if (col == "codes")
      split_codes(v, &note.codes);
    else if (!v.empty())  // an empty cell is an absent field, as CSV has no null
      meta[col] = std::move(v);
  }
  if (note.note_id.empty()) {
    record->error_kind = ErrorKind::kMissingField;
    record->error_message = "the record has no 'note_id'";
    return;
  }
  if (!has_text && !manifest_) {
    record->error_kind = ErrorKind::kMissingField;
    record->error_message = "the CSV header has no 'text' column";
    return;
  }
  if (note.text.size() >= UINT32_MAX) {
    record->error_kind = ErrorKind::kTooLarge;
    record->error_message = "the note text is 4 GiB or more";
    return;
  }
  if (!meta.empty())
    note.meta_json = meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  record->ok = true;
}

}  // namespace dxaudit::io
