#include "io/csv_reader.h"

#include <nlohmann/json.hpp>

#include "io/dates.h"
#include "io/utf8.h"

namespace dxaudit::io {

namespace {

int never_space(unsigned char) {
  return 0;
}

void restart(csv_parser* p, char delimiter) {
  csv_init(p, CSV_STRICT | CSV_STRICT_FINI);
  csv_set_space_func(p, never_space);
  csv_set_delim(p, static_cast<unsigned char>(delimiter));
}

std::string trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e + 1 - b);
}

// The delimiter a header line uses: the candidate it holds most often outside quotes.
char sniff_delimiter(std::string_view line) {
  static constexpr char kCandidates[] = {',', ';', '\t', '|'};
  size_t counts[4] = {};
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    for (size_t i = 0; i < 4; ++i)
      if (c == kCandidates[i]) ++counts[i];
  }
  size_t best = 0;
  for (size_t i = 1; i < 4; ++i)
    if (counts[i] > counts[best]) best = i;
  return kCandidates[best];
}

}  // namespace

std::string delimiter_name(char d) {
  switch (d) {
    case ',':
      return "comma";
    case ';':
      return "semicolon";
    case '\t':
      return "tab";
    case '|':
      return "pipe";
    default:
      return std::string("'") + d + "'";
  }
}

CsvRows::CsvRows(std::unique_ptr<ByteStream> stream, char delimiter)
    : stream_(std::move(stream)), lines_(stream_.get()), delimiter_(delimiter) {
  restart(&parser_, delimiter_ == 0 ? ',' : delimiter_);
}

CsvRows::~CsvRows() {
  csv_free(&parser_);
}

void CsvRows::on_field(void* s, size_t len, void* self) {
  auto* r = static_cast<CsvRows*>(self);
  r->fields_.emplace_back(static_cast<const char*>(s), len);
}

void CsvRows::on_record(int c, void* self) {
  auto* r = static_cast<CsvRows*>(self);
  if (c == CSV_CR) ++r->cr_records_;
  Row row;
  row.line = r->record_line_;
  row.fields.swap(r->fields_);
  r->fields_.clear();
  r->ready_.push_back(std::move(row));
  r->in_record_ = false;
}

void CsvRows::restart_parser() {
  csv_free(&parser_);
  restart(&parser_, delimiter_);
  fields_.clear();
  in_record_ = false;
}

bool CsvRows::fill_queue() {
  std::string_view line;
  while (ready_.empty()) {
    if (finished_) return false;
    if (!lines_.next(&line)) {
      finished_ = true;
      if (csv_fini(&parser_, on_field, on_record, this) != 0) {
        Row row;
        row.line = record_line_;
        const uint64_t last = lines_.line_number();
        row.error = "a quoted field is not closed before the end of the input: " +
                    (last > record_line_ ? "lines " + std::to_string(record_line_) + " to " +
                                               std::to_string(last) + " were"
                                         : "line " + std::to_string(record_line_) + " was") +
                    " read as one unfinished record";
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
      if (delimiter_ == 0) {  // the header line says which delimiter the file uses
        delimiter_ = sniff_delimiter(bare);
        csv_set_delim(&parser_, static_cast<unsigned char>(delimiter_));
      }
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
      // libcsv stops at a quote it cannot place (its CSV_EPARSE): say where, in our words.
      Row row;
      row.line = record_line_;
      row.error =
          "a quote in the middle of an unquoted field, or text after a closing quote "
          "(quote the whole field and double the quotes inside it: \"say \"\"no\"\"\"); "
          "the fields are separated by " +
          delimiter_name(delimiter_);
      ready_.push_back(std::move(row));
      restart_parser();
    }
  }
  return !ready_.empty();
}

bool CsvRows::read_header(std::vector<std::string>* header, uint64_t* line, std::string* error) {
  header->clear();
  if (!fill_queue()) {  // nothing but blank lines: no header, no records
    *line = 0;
    error->clear();
    return false;
  }
  Row row = std::move(ready_.front());
  ready_.pop_front();
  *line = row.line;
  if (!row.error.empty()) {
    *error = "the header row cannot be read: " + row.error;
    return false;
  }
  for (const std::string& f : row.fields) header->push_back(trimmed(f));
  return true;
}

bool CsvRows::next(Row* row) {
  if (!fill_queue()) return false;
  *row = std::move(ready_.front());
  ready_.pop_front();
  return true;
}

CsvReader::CsvReader(std::unique_ptr<ByteStream> stream, std::string name,
                     const ReadOptions& options, bool manifest)
    : rows_(std::move(stream), options.delimiter),
      name_(std::move(name)),
      options_(options),
      manifest_(manifest) {}

bool CsvReader::open(std::string* error) {
  if (opened_) {
    if (open_failed_) *error = open_error_;
    return !open_failed_;
  }
  opened_ = true;
  std::string why;
  bool ok = rows_.read_header(&header_, &header_line_, &why);
  if (!ok && why.empty()) {  // an empty input: no records
    map_ = FieldMap::canonical();
    return true;
  }
  if (ok && !resolve_fields(header_, options_, /*header=*/true, &map_, &why)) ok = false;
  if (ok && !manifest_ && map_.name(Field::kText).empty()) {
    std::string synonyms;
    for (std::string_view s : field_synonyms(Field::kText))
      synonyms += (synonyms.empty() ? "" : ", ") + std::string(s);
    why = "no column for the note text: the header has " + list_columns(header_) +
          " (separated by " + delimiter_name(rows_.delimiter()) +
          "); name the text column with --map text=COLUMN (read without it: " + synonyms + ")";
    ok = false;
  }
  if (!ok) {
    open_failed_ = true;
    open_error_ = name_ + ":" + std::to_string(header_line_) + ": " + why;
    *error = open_error_;
    return false;
  }
  field_of_column_.assign(header_.size(), -1);
  for (size_t f = 0; f < kFieldCount; ++f)
    for (size_t c = 0; c < header_.size(); ++c)
      if (!map_.names[f].empty() && header_[c] == map_.names[f] && field_of_column_[c] < 0) {
        field_of_column_[c] = static_cast<int>(f);
        break;
      }
  return true;
}

std::string CsvReader::field_mapping() const {
  std::string mapping = map_.describe();
  if (rows_.delimiter() == ',' || rows_.delimiter() == 0) return mapping;
  return "fields separated by " + delimiter_name(rows_.delimiter()) +
         (mapping.empty() ? "" : "; " + mapping);
}

bool CsvReader::read_record(InputRecord* record) {
  std::string error;
  if (!opened_ && !open(&error)) {
    // Read without open() (a caller that does not ask): the reason is the one record.
    record->clear();
    record->where = {name_, header_line_};
    record->error_kind = ErrorKind::kMissingField;
    record->error_message = open_error_.substr(open_error_.find(": ") + 2);
    open_error_.clear();
    return true;
  }
  if (open_failed_) return false;
  CsvRows::Row row;
  if (!rows_.next(&row)) return false;
  record->clear();
  record->where = {name_, row.line};
  to_record(row, record);
  return true;
}

void CsvReader::to_record(CsvRows::Row& row, InputRecord* record) const {
  if (!row.error.empty()) {
    record->error_kind = row.line == 0 ? ErrorKind::kReadError : ErrorKind::kMalformedCsv;
    record->error_message = row.error;
    return;
  }
  if (row.fields.size() != header_.size()) {
    record->error_kind = ErrorKind::kBadRow;
    record->error_message = "the record has " + std::to_string(row.fields.size()) +
                            " field(s); the header has " + std::to_string(header_.size()) +
                            " (fields are separated by " + delimiter_name(rows_.delimiter()) +
                            "; a field holding one is quoted)";
    return;
  }
  Note& note = record->note;
  nlohmann::json meta = nlohmann::json::object();
  // A name, a patient id or a meta value that is not UTF-8 (a CSV a Windows program wrote)
  // is read as Windows-1252, as the note text is for matching; no offset points into it.
  // (The note_id and encounter_id stay as they are: claims join on their bytes.)
  auto readable = [](std::string v) {
    return is_valid_utf8(v) ? v : invalid_bytes_as_windows_1252(v);
  };
  for (size_t i = 0; i < header_.size(); ++i) {
    std::string& v = row.fields[i];
    switch (field_of_column_[i]) {
      case static_cast<int>(Field::kNoteId):
        note.note_id = std::move(v);
        break;
      case static_cast<int>(Field::kText):
        note.text = std::move(v);
        break;
      case static_cast<int>(Field::kPatientId):
        note.patient_id = readable(std::move(v));
        break;
      case static_cast<int>(Field::kEncounterId):
        note.encounter_id = std::move(v);
        break;
      case static_cast<int>(Field::kEncounterDate):
        note.encounter_date = std::move(v);
        break;
      case static_cast<int>(Field::kProvider):
        note.provider = readable(std::move(v));
        break;
      case static_cast<int>(Field::kCodes):
        split_codes(v, &note.codes);
        break;
      default:
        if (!v.empty()) meta[header_[i]] = readable(std::move(v));  // empty: CSV has no null
        break;
    }
  }
  if (note.note_id.empty()) {
    record->error_kind = ErrorKind::kMissingField;
    record->error_message = map_.name(Field::kNoteId).empty()
                                ? "the header has no column for the note_id (" +
                                      list_columns(header_) + "); name it with --map note_id=COLUMN"
                                : "the record has no '" + map_.name(Field::kNoteId) + "'";
    return;
  }
  if (note.text.size() >= UINT32_MAX) {
    record->error_kind = ErrorKind::kTooLarge;
    record->error_message = "the note text is 4 GiB or more";
    return;
  }
  normalize_date(&note.encounter_date, map_.date_format);
  if (!meta.empty())
    note.meta_json = meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  record->ok = true;
}

}  // namespace dxaudit::io
