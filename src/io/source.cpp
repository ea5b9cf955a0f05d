#include "io/source.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "io/byte_stream.h"
#include "io/csv_reader.h"
#include "io/fhir_reader.h"
#include "io/folder_source.h"
#include "io/json_document.h"
#include "io/jsonl_reader.h"

namespace dxaudit::io {

namespace fs = std::filesystem;

bool parse_input_format(std::string_view name, InputFormat* format) {
  if (name == "auto")
    *format = InputFormat::kAuto;
  else if (name == "jsonl")
    *format = InputFormat::kJsonl;
  else if (name == "csv")
    *format = InputFormat::kCsv;
  else if (name == "txt")
    *format = InputFormat::kTxtFolder;
  else if (name == "fhir")
    *format = InputFormat::kFhir;
  else
    return false;
  return true;
}

void split_codes(std::string_view all, std::vector<std::string>* codes) {
  // No code holds any of these, so a list written with any of them splits the same.
  constexpr std::string_view kSeparators = ",;| \t\r\n";
  size_t pos = 0;
  while (pos < all.size()) {
    const size_t begin = all.find_first_not_of(kSeparators, pos);
    if (begin == std::string_view::npos) break;
    size_t end = all.find_first_of(kSeparators, begin);
    if (end == std::string_view::npos) end = all.size();
    codes->emplace_back(all.substr(begin, end - begin));
    pos = end;
  }
}

NameKind kind_of_name(const std::string& path) {
  std::string ext = fs::path(strip_compression(path)).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".csv" || ext == ".tsv") return NameKind::kCsv;
  if (ext == ".ndjson") return NameKind::kFhir;
  if (ext == ".jsonl" || ext == ".json") return NameKind::kJson;
  if (ext == ".txt") return NameKind::kText;
  if (ext == ".bz2" || ext == ".xz") return NameKind::kUnreadCompression;
  return NameKind::kOther;
}

namespace {

// The format a file name says, or why it cannot be read. A JSON name (or none) says
// kAuto: the content decides (open_json).
bool format_of_name(const std::string& path, InputFormat* format, std::string* why) {
  switch (kind_of_name(path)) {
    case NameKind::kCsv:
      *format = InputFormat::kCsv;
      return true;
    case NameKind::kFhir:
      *format = InputFormat::kFhir;
      return true;
    case NameKind::kUnreadCompression:
      *why =
          "bzip2 and xz are not read; decompress it and pipe it in (xzcat FILE | dxaudit scan -)";
      return false;
    case NameKind::kText:
      *why =
          "a single .txt file is not an input; give a folder of .txt files, or "
          "JSONL, CSV or FHIR NDJSON (--input-format)";
      return false;
    case NameKind::kJson:
    case NameKind::kOther:
      break;
  }
  *format = InputFormat::kAuto;
  return true;
}

// The first line of `bytes` that holds more than white space (a UTF-8 byte order mark
// before it skipped), trimmed; empty when there is none in them.
std::string_view first_content_line(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  while (!bytes.empty()) {
    const size_t nl = bytes.find('\n');
    std::string_view line = bytes.substr(0, nl);
    const size_t b = line.find_first_not_of(" \t\r");
    if (b != std::string_view::npos) {
      const size_t e = line.find_last_not_of(" \t\r");
      return line.substr(b, e + 1 - b);
    }
    if (nl == std::string_view::npos) break;
    bytes.remove_prefix(nl + 1);
  }
  return {};
}

// A JSON input's reader, by what its first bytes hold.
std::unique_ptr<NoteSource> open_json(std::unique_ptr<ByteStream> stream, const std::string& path,
                                      InputFormat format, const ReadOptions& options) {
  auto peekable = std::make_unique<PeekableStream>(std::move(stream));
  // Enough for the start of the first record, where a FHIR resource names its type.
  const std::string_view first = peekable->peek(size_t{1} << 16);
  const std::string_view line = first_content_line(first);
  if (line == "{" || line == "[")
    return std::make_unique<JsonDocumentReader>(std::move(peekable), path, options);
  if (format == InputFormat::kAuto)
    format = fhir_resource_type(line).empty() ? InputFormat::kJsonl : InputFormat::kFhir;
  if (format == InputFormat::kFhir)
    return std::make_unique<FhirReader>(std::move(peekable), path, options);
  return std::make_unique<JsonlReader>(std::move(peekable), path, options);
}

}  // namespace

OpenedSource open_source(const std::string& path, InputFormat format, const ReadOptions& options) {
  OpenedSource out;
  std::error_code ec;
  bool is_dir = path != "-" && fs::is_directory(path, ec);
  if (format == InputFormat::kAuto && !is_dir && path != "-" &&
      !format_of_name(path, &format, &out.error)) {
    out.error = path + ": " + out.error;
    return out;
  }
  if (format == InputFormat::kTxtFolder && !is_dir) {
    out.error = path + ": the txt format reads a folder, and this is not one";
    return out;
  }
  if (is_dir && (format == InputFormat::kAuto || format == InputFormat::kTxtFolder)) {
    FolderPlan plan = plan_folder(path, format);
    out.folder = true;
    out.note_files = plan.parts.size();
    out.skipped = plan.skipped;
    out.source = std::make_unique<FolderSource>(std::move(plan), options);
    return out;
  }
  if (is_dir) {
    out.error = path +
                ": is a directory (a folder is read by naming it alone, each file by its "
                "kind, or with --input-format txt for its .txt notes only)";
    return out;
  }
  std::string error;
  std::unique_ptr<ByteStream> stream = open_byte_stream(path, &error);
  if (!stream) {
    out.error = path + ": " + error;
    return out;
  }
  uint64_t size = 0;
  if (path != "-") {
    auto s = fs::file_size(path, ec);
    if (!ec) size = s;
  }
  const std::string converted(stream->converted_from());
  if (format == InputFormat::kCsv)
    out.source = std::make_unique<CsvReader>(std::move(stream), path, options);
  else
    out.source = open_json(std::move(stream), path, format, options);
  if (!converted.empty()) out.source->set_record_warning(converted_text_warning(converted));
  out.source->set_size(size);
  if (!out.source->open(&out.error)) out.source.reset();
  return out;
}

std::string converted_text_warning(std::string_view encoding) {
  return "the input is " + std::string(encoding) +
         ": its text was read converted to UTF-8, and this record's offsets are into the "
         "converted text";
}

}  // namespace dxaudit::io
