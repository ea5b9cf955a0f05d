#include "io/text_folder_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string_view>
#include <vector>

#include "io/byte_stream.h"
#include "io/csv_reader.h"
#include "io/fields.h"

namespace dxaudit::io {

namespace fs = std::filesystem;

namespace {

// The note_id of a file name, or empty when the file is not a note.
std::string note_id_of(const std::string& name) {
  std::string bare = strip_compression(name);
  if (bare.size() <= 4) return "";
  std::string ext = bare.substr(bare.size() - 4);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext != ".txt") return "";
  return bare.substr(0, bare.size() - 4);
}

// When a .txt file holds an export of many notes rather than one note's text (JSON Lines,
// or a CSV whose header names the text column), what it holds; else empty. Read as one
// note, it would merge every patient's notes, and their codes, into one record.
std::string export_in(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t at = 0; at < text.size() && lines.size() < 50;) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
      line.remove_suffix(1);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())))
      line.remove_prefix(1);
    if (!line.empty()) lines.push_back(line);
    at = end + 1;
  }
  if (lines.size() < 2) return "";
  if (std::all_of(lines.begin(), lines.end(), [](std::string_view l) {
        return l.size() >= 2 && l.front() == '{' && l.back() == '}' && l[1] == '"';
      }))
    return "JSON Lines, a note a line";
  // A CSV export: its first line, read as the CSV reader reads a header (its delimiter
  // sniffed), names a note id column and a text column by the synonyms a CSV input is read by.
  CsvRows header_row(memory_stream(lines.front()), 0);
  std::vector<std::string> header;
  uint64_t line = 0;
  std::string error;
  if (header_row.read_header(&header, &line, &error)) {
    const std::vector<bool> none(header.size(), false);
    if (find_column(header, field_synonyms(Field::kText), none) >= 0 &&
        find_column(header, field_synonyms(Field::kNoteId), none) >= 0)
      return "a CSV export, a note a row";
  }
  return "";
}

}  // namespace

TextFolderReader::TextFolderReader(std::string folder, const ReadOptions& options)
    : folder_(std::move(folder)) {
  std::error_code ec;
  // The error_code forms throughout: a folder that cannot be listed (wholly or from some
  // entry on) yields a read_error record, never an exception.
  fs::directory_iterator it(folder_, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& e = *it;
    std::error_code ec2;
    if (!e.is_regular_file(ec2)) continue;
    std::string name = e.path().filename().string();
    std::string id = note_id_of(name);
    if (id.empty()) continue;
    uint64_t size = e.file_size(ec2);
    files_.push_back({name, id, ec2 ? 0 : size});
    size_ += ec2 ? 0 : size;
  }
  if (ec) {
    InputRecord r;
    r.where = {folder_, 0};
    r.error_kind = ErrorKind::kReadError;
    r.error_message = "the folder could not be listed: " + ec.message();
    manifest_errors_.push_back(std::move(r));
    ec.clear();
  }
  std::sort(files_.begin(), files_.end(),
            [](const Entry& a, const Entry& b) { return a.file_name < b.file_name; });

  std::string manifest_path = (fs::path(folder_) / "manifest.csv").string();
  if (!fs::exists(manifest_path, ec)) return;
  std::string error;
  std::unique_ptr<ByteStream> stream = open_byte_stream(manifest_path, &error);
  if (!stream) {
    InputRecord r;
    r.where = {manifest_path, 0};
    r.error_kind = ErrorKind::kReadError;
    r.error_message = "the manifest cannot be read: " + error;
    manifest_errors_.push_back(std::move(r));
    return;
  }
  CsvReader reader(std::move(stream), manifest_path, options, /*manifest=*/true);
  InputRecord r;
  while (reader.next(&r)) {
    if (!r.ok) {
      manifest_errors_.push_back(std::move(r));
    } else if (manifest_.count(r.note.note_id) != 0) {
      r.ok = false;
      r.error_kind = ErrorKind::kDuplicateNoteId;
      r.error_message = "the manifest names note '" + r.note.note_id + "' more than once";
      manifest_errors_.push_back(std::move(r));
    } else {
      std::string id = r.note.note_id;
      manifest_.emplace(std::move(id), std::move(r));
    }
  }
  std::set<std::string> ids;
  for (const Entry& f : files_) ids.insert(f.note_id);
  for (const auto& [id, row] : manifest_)
    if (ids.count(id) == 0) unmatched_.push_back(id);
}

bool TextFolderReader::read_record(InputRecord* record) {
  if (next_error_ < manifest_errors_.size()) {
    *record = std::move(manifest_errors_[next_error_++]);
    return true;
  }
  if (next_file_ < files_.size()) {
    const Entry& f = files_[next_file_++];
    std::string path = (fs::path(folder_) / f.file_name).string();
    *record = InputRecord{};
    record->where = {path, 1};
    auto m = manifest_.find(f.note_id);
    if (m != manifest_.end()) record->note = std::move(m->second.note);
    record->note.note_id = f.note_id;
    std::string error;
    std::unique_ptr<ByteStream> stream = open_byte_stream(path, &error);
    consumed_ += f.size;
    if (!stream) {
      record->error_kind = ErrorKind::kReadError;
      record->error_message = error;
      return true;
    }
    std::string& text = record->note.text;
    char chunk[65536];
    size_t n;
    while ((n = stream->read(chunk, sizeof chunk)) > 0) {
      text.append(chunk, n);
      if (text.size() >= UINT32_MAX) {
        record->error_kind = ErrorKind::kTooLarge;
        record->error_message = "the note text is 4 GiB or more";
        return true;
      }
    }
    if (stream->failed()) {
      record->error_kind = ErrorKind::kReadError;
      record->error_message = stream->error();
      return true;
    }
    if (const std::string holds = export_in(text); !holds.empty()) {
      record->error_kind = ErrorKind::kNotText;
      record->error_message = "this .txt file holds " + holds +
                              ", not one note's text; read as one note it would merge them: "
                              "name it .jsonl or .csv, or scan it on its own with --input-format";
      text.clear();
      return true;
    }
    if (!stream->converted_from().empty())
      record->note.warnings.push_back(converted_text_warning(stream->converted_from()));
    record->ok = true;
    return true;
  }
  if (next_unmatched_ < unmatched_.size()) {
    *record = InputRecord{};
    const std::string& id = unmatched_[next_unmatched_++];
    record->where = manifest_[id].where;
    record->note.note_id = id;
    record->error_kind = ErrorKind::kMissingFile;
    record->error_message =
        "the manifest names note '" + id + "' but the folder has no " + id + ".txt";
    return true;
  }
  return false;
}

}  // namespace dxaudit::io
