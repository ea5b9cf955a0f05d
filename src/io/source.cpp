#include "io/source.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "io/byte_stream.h"
#include "io/csv_reader.h"
#include "io/fhir_reader.h"
#include "io/folder_source.h"
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
  size_t pos = 0;
  while (pos <= all.size()) {
    size_t semi = all.find(';', pos);
    if (semi == std::string_view::npos) semi = all.size();
    std::string_view one = all.substr(pos, semi - pos);
    if (one.find_first_not_of(" \t") != std::string_view::npos) codes->emplace_back(one);
    pos = semi + 1;
  }
}

namespace {

// The format a file name says, or why it cannot be read.
bool format_of_name(const std::string& path, InputFormat* format, std::string* why) {
  std::string ext = fs::path(strip_compression(path)).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".csv") {
    *format = InputFormat::kCsv;
  } else if (ext == ".ndjson") {
    *format = InputFormat::kFhir;
  } else if (ext == ".bz2" || ext == ".xz") {
    *why = "bzip2 and xz are not read; decompress it and pipe it in (xzcat FILE | dxaudit scan -)";
    return false;
  } else if (ext == ".tsv" || ext == ".txt") {
    *why = "a single " + ext +
           " file is not an input; give a folder of .txt files, or "
           "JSONL, CSV or FHIR NDJSON (--input-format)";
    return false;
  } else {
    *format = InputFormat::kJsonl;
  }
  return true;
}

}  // namespace

OpenedSource open_source(const std::string& path, InputFormat format) {
  OpenedSource out;
  std::error_code ec;
  bool is_dir = path != "-" && fs::is_directory(path, ec);
  if (format == InputFormat::kAuto && !is_dir) {
    if (path == "-") {
      format = InputFormat::kJsonl;
    } else if (!format_of_name(path, &format, &out.error)) {
      out.error = path + ": " + out.error;
      return out;
    }
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
    out.source = std::make_unique<FolderSource>(std::move(plan));
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
  switch (format) {
    case InputFormat::kCsv:
      out.source = std::make_unique<CsvReader>(std::move(stream), path);
      break;
    case InputFormat::kFhir:
      out.source = std::make_unique<FhirReader>(std::move(stream), path);
      break;
    default:
      out.source = std::make_unique<JsonlReader>(std::move(stream), path);
      break;
  }
  out.source->set_size(size);
  return out;
}

}  // namespace dxaudit::io
