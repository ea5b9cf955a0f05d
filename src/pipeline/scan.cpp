#include "pipeline/scan.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "io/jsonl_reader.h"
#include "pipeline/brat_writer.h"
#include "pipeline/record_writer.h"

namespace dxaudit::pipeline {

namespace {

constexpr size_t kFlushBytes = size_t{1} << 20;

bool flush(std::string* buffer, std::FILE* out) {
  if (buffer->empty()) return true;
  bool ok = std::fwrite(buffer->data(), 1, buffer->size(), out) == buffer->size();
  buffer->clear();
  return ok;
}

// Inputs this version cannot read, named before any work rather than reported as one
// malformed record per line.
std::string unsupported_input(const std::string& path) {
  if (path == "-") return "";
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return "is a directory; dxaudit scan reads JSONL files";
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".gz" || ext == ".zst" || ext == ".bz2" || ext == ".xz")
    return "compressed input is not read directly yet; decompress it and pipe it in "
           "(zcat FILE | dxaudit scan -)";
  if (ext == ".csv" || ext == ".tsv" || ext == ".txt")
    return "only JSON Lines input (one JSON object per line) is read in this version";
  return "";
}

bool write_whole_file(const std::filesystem::path& path, std::string_view content) {
  std::ofstream f(path, std::ios::binary);
  f.write(content.data(), static_cast<std::streamsize>(content.size()));
  return static_cast<bool>(f.flush());
}

// Writes NOTE.txt and NOTE.ann for one analysed note, under a stem not used before.
bool write_brat_note(const std::filesystem::path& dir, const io::Note& note,
                     const NoteResult& result, const Analyzer& analyzer,
                     const text::MatchView& view, std::set<std::string>* used_stems,
                     std::string* ann) {
  std::string base = brat_file_stem(note.note_id), stem = base;
  for (int n = 2; !used_stems->insert(stem).second; ++n) stem = base + "-" + std::to_string(n);
  ann->clear();
  append_brat_annotations(note, result, analyzer, view, ann);
  return write_whole_file(dir / (stem + ".txt"), note.text) &&
         write_whole_file(dir / (stem + ".ann"), *ann);
}

}  // namespace

ScanOutcome scan(const Analyzer& analyzer, const std::vector<std::string>& inputs, std::FILE* out,
                 report::Summary* summary, const ScanOptions& options) {
  ScanOutcome outcome;
  const bool brat = options.format == OutputFormat::kBrat;
  const std::filesystem::path brat_dir(options.brat_dir);
  if (brat) {
    std::error_code ec;
    std::filesystem::create_directories(brat_dir, ec);
    if (ec ||
        !write_whole_file(brat_dir / "annotation.conf", brat_annotation_conf(analyzer.lexicon()))) {
      outcome.error = options.brat_dir + ": cannot write the brat directory";
      return outcome;
    }
  }
  std::set<std::string> used_stems;
  std::string ann;
  // Open every input first, so that a typo in the last path fails before any work.
  struct CloseInput {
    void operator()(std::FILE* f) const {
      if (f != stdin) std::fclose(f);
    }
  };
  std::vector<std::unique_ptr<std::FILE, CloseInput>> files;
  for (const std::string& path : inputs) {
    if (std::string why = unsupported_input(path); !why.empty()) {
      outcome.error = path + ": " + why;
      return outcome;
    }
    std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (f == nullptr) {
      outcome.error = path + ": cannot open: " + std::strerror(errno);
      return outcome;
    }
    files.emplace_back(f);
  }

  Workspace ws;
  NoteResult result;
  io::InputRecord record;
  std::string buffer;
  bool write_ok = true;
  for (size_t i = 0; i < inputs.size(); ++i) {
    io::JsonlReader reader(files[i].get(), inputs[i]);
    while (reader.next(&record)) {
      if (!record.ok) {
        append_error_record(record, record.error_kind, record.error_message, &buffer);
        summary->add_error();
      } else {
        try {
          analyzer.analyze(record.note, &ws, &result);
        } catch (const std::exception& e) {
          // Nothing in analysis should throw on bad input; if something does (memory
          // exhaustion on a giant note), the note still gets its record.
          result.ok = false;
          result.error_kind = "analysis_failed";
          result.error_message = e.what();
        }
        if (brat && result.ok) {
          write_ok = write_brat_note(brat_dir, record.note, result, analyzer, ws.view, &used_stems,
                                     &ann) &&
                     write_ok;
        } else if (result.ok) {
          append_result_record(record.note, result, analyzer, ws.view, &buffer);
        } else {
          append_error_record(record, result.error_kind, result.error_message, &buffer);
        }
        summary->add(result, analyzer.lexicon());
      }
      // In brat mode only error records reach the buffer: they go to standard error.
      if (buffer.size() >= kFlushBytes || (brat && !buffer.empty()))
        write_ok = flush(&buffer, brat ? stderr : out) && write_ok;
    }
    if (reader.failed()) {
      // A read error mid-file: one error record says that this input broke off (line 0:
      // the line that could not be read is not known).
      record = io::InputRecord{};
      record.where = {inputs[i], 0};
      append_error_record(record, "read_error",
                          "reading stopped: " + std::string(std::strerror(errno)), &buffer);
      summary->add_error();
    }
    files[i].reset();
  }
  write_ok = flush(&buffer, brat ? stderr : out) && write_ok;
  if (!brat) write_ok = std::fflush(out) == 0 && write_ok;
  if (!write_ok) {
    outcome.error = std::string("writing the output failed: ") + std::strerror(errno);
    return outcome;
  }
  outcome.ok = true;
  return outcome;
}

}  // namespace dxaudit::pipeline
