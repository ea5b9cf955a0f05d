#include "pipeline/scan.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "audit/longitudinal.h"

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

// The records of a run, waiting for the longitudinal review: bytes in a temporary file,
// and per record only where its pieces are.
class Spool {
 public:
  bool open() {
    file_.reset(std::tmpfile());
    return file_ != nullptr;
  }
  bool ok() const { return ok_; }
  uint64_t size() const { return records_.size(); }

  void add_whole(const std::string& json) {
    Entry e;
    e.prefix = put(json);
    records_.push_back(std::move(e));
  }
  void add_result(const RecordParts& parts) {
    Entry e;
    e.has_flags = true;
    e.prefix = put(parts.prefix);
    for (size_t i = 0; i < parts.flags.size(); ++i)
      e.flags.push_back({put(parts.flags[i]), put(parts.subsequent[i]), parts.rules[i]});
    e.suffix = put(parts.suffix);
    records_.push_back(std::move(e));
  }

  // Appends record `r` to *out: its flags, with the subsequent-encounter version of the
  // rules in `subsequent`, then `extra` flags. Records must be assembled in order
  // (0, 1, 2...): each is read with one sequential read, without seeking.
  bool assemble(uint64_t r, const std::vector<std::string>& subsequent,
                const std::vector<std::string>& extra, std::string* out) {
    const Entry& e = records_[r];
    if (writing_) {
      writing_ = false;
      if (std::fflush(file_.get()) != 0 || std::fseek(file_.get(), 0, SEEK_SET) != 0) return false;
    }
    const uint64_t end =
        e.has_flags ? e.suffix.offset + e.suffix.size : e.prefix.offset + e.prefix.size;
    scratch_.resize(end - e.prefix.offset);
    if (!scratch_.empty() &&
        std::fread(scratch_.data(), 1, scratch_.size(), file_.get()) != scratch_.size())
      return false;
    auto piece = [&](Piece p) { out->append(scratch_, p.offset - e.prefix.offset, p.size); };
    piece(e.prefix);
    if (!e.has_flags) return true;
    bool first = true;
    for (const FlagPiece& f : e.flags) {
      if (!first) *out += ',';
      first = false;
      bool sub = f.subsequent.size != 0 &&
                 std::find(subsequent.begin(), subsequent.end(), f.rule) != subsequent.end();
      piece(sub ? f.subsequent : f.initial);
    }
    for (const std::string& x : extra) {
      if (!first) *out += ',';
      first = false;
      *out += x;
    }
    piece(e.suffix);
    return true;
  }

 private:
  struct Piece {
    uint64_t offset = 0, size = 0;
  };
  struct FlagPiece {
    Piece initial, subsequent;
    std::string rule;
  };
  struct Entry {
    Piece prefix, suffix;
    bool has_flags = false;
    std::vector<FlagPiece> flags;
  };
  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };

  Piece put(const std::string& bytes) {
    Piece p{end_, bytes.size()};
    if (bytes.empty()) return p;
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_.get()) != bytes.size()) ok_ = false;
    end_ += bytes.size();
    writing_ = true;
    return p;
  }

  std::unique_ptr<std::FILE, Close> file_;
  std::vector<Entry> records_;
  uint64_t end_ = 0;
  bool ok_ = true;
  bool writing_ = false;
  std::string scratch_;
};

audit::EncounterSummary summarize(uint64_t index, const io::Note& note, const NoteResult& r) {
  audit::EncounterSummary s;
  s.record = index;
  s.patient_id = note.patient_id;
  if (auto d = codes::parse_date(note.encounter_date)) s.date = *d;
  for (const codes::AssignedCode& c : r.codes)
    if (c.well_formed) s.codes.push_back(c.code);
  for (const audit::Flag& f : r.audit.flags)
    if (f.episodic) s.episodic_rules.push_back(f.rule);
  return s;
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
  Spool spool;
  if (!spool.open()) {
    outcome.error = std::string("cannot create a temporary spool file: ") + std::strerror(errno);
    return outcome;
  }
  audit::Longitudinal review(analyzer.audit_model());
  RecordParts parts;
  std::string error_json;
  bool brat_ok = true;
  uint64_t index = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    io::JsonlReader reader(files[i].get(), inputs[i]);
    while (reader.next(&record)) {
      error_json.clear();
      if (!record.ok) {
        append_error_record(record, record.error_kind, record.error_message, &error_json);
        summary->add_error();
      } else {
        if (options.claims != nullptr)
          record.note.claim_codes =
              options.claims->codes_for(record.note.note_id, record.note.encounter_id);
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
          brat_ok = write_brat_note(brat_dir, record.note, result, analyzer, ws.view, &used_stems,
                                    &ann) &&
                    brat_ok;
        } else if (result.ok) {
          write_result_parts(record.note, result, analyzer, ws.view, &parts);
          spool.add_result(parts);
          review.add(summarize(index, record.note, result));
        } else {
          append_error_record(record, result.error_kind, result.error_message, &error_json);
        }
        summary->add(result, analyzer.lexicon());
      }
      // In brat mode the records are the files; error records go to standard error.
      if (brat && !error_json.empty())
        brat_ok =
            std::fwrite(error_json.data(), 1, error_json.size(), stderr) == error_json.size() &&
            brat_ok;
      else if (!error_json.empty())
        spool.add_whole(error_json);
      ++index;
    }
    if (reader.failed()) {
      // A read error mid-file: one error record says that this input broke off (line 0:
      // the line that could not be read is not known).
      record = io::InputRecord{};
      record.where = {inputs[i], 0};
      error_json.clear();
      append_error_record(record, "read_error",
                          "reading stopped: " + std::string(std::strerror(errno)), &error_json);
      if (brat)
        std::fwrite(error_json.data(), 1, error_json.size(), stderr);
      else
        spool.add_whole(error_json);
      summary->add_error();
      ++index;
    }
    files[i].reset();
  }

  if (brat) {
    if (!brat_ok) {
      outcome.error = options.brat_dir + ": writing the brat files failed";
      return outcome;
    }
    outcome.ok = true;
    return outcome;
  }

  // Every encounter is known: add the longitudinal flags and write the records in order.
  std::vector<audit::LongitudinalOutcome> outcomes;
  review.resolve([&](const audit::LongitudinalOutcome& o) { outcomes.push_back(o); });
  bool write_ok = spool.ok();
  std::string buffer;
  size_t next_outcome = 0;
  for (uint64_t r = 0; r < spool.size() && write_ok; ++r) {
    const audit::LongitudinalOutcome* o = nullptr;
    if (next_outcome < outcomes.size() && outcomes[next_outcome].record == r)
      o = &outcomes[next_outcome++];
    std::vector<std::string> extra;
    if (o != nullptr)
      for (const audit::Flag& f : o->flags) {
        std::string json;
        append_flag(f, analyzer.lexicon(), ws.view, &json);  // no evidence spans to map
        extra.push_back(std::move(json));
        summary->add_flag(f.rule);
      }
    write_ok =
        spool.assemble(r, o ? o->subsequent_rules : std::vector<std::string>{}, extra, &buffer);
    if (buffer.size() >= kFlushBytes) write_ok = flush(&buffer, out) && write_ok;
  }
  write_ok = flush(&buffer, out) && write_ok;
  write_ok = std::fflush(out) == 0 && write_ok;
  if (!write_ok) {
    outcome.error = std::string("writing the output failed: ") + std::strerror(errno);
    return outcome;
  }
  outcome.ok = true;
  return outcome;
}

}  // namespace dxaudit::pipeline
