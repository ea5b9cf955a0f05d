#include "pipeline/scan.h"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <unordered_map>

#include "audit/longitudinal.h"
#include "pipeline/brat_writer.h"
#include "pipeline/record_writer.h"
#include "store/store.h"

namespace dxaudit::pipeline {

namespace {

constexpr size_t kFlushBytes = size_t{1} << 20;

bool flush(std::string* buffer, std::FILE* out) {
  if (buffer->empty()) return true;
  bool ok = std::fwrite(buffer->data(), 1, buffer->size(), out) == buffer->size();
  buffer->clear();
  return ok;
}

// The records of a run, waiting for the longitudinal review, in a temporary file: each
// record is written as length-prefixed pieces (its prefix, each flag with its
// subsequent-encounter version and rule, its suffix), so that memory holds nothing per
// record and the records are read back in order with sequential reads.
class Spool {
 public:
  bool open() {
    file_.reset(std::tmpfile());
    // Records go through in one pass each way; stdio's default 4 KiB buffer made that two
    // system calls per record (9,000 writes for 38 MB), on the pipeline's serial stage.
    // (glibc ignores the size unless it is given the buffer.)
    buffer_ = std::make_unique<char[]>(kBufferBytes);
    return file_ != nullptr && std::setvbuf(file_.get(), buffer_.get(), _IOFBF, kBufferBytes) == 0;
  }
  bool ok() const { return ok_; }
  uint64_t size() const { return records_; }

  void add_whole(const std::string& json) {
    put_count(kWhole);
    put(json);
    ++records_;
  }
  void add_result(const RecordParts& parts) {
    put_count(static_cast<uint32_t>(parts.flags.size()));
    put(parts.prefix);
    for (size_t i = 0; i < parts.flags.size(); ++i) {
      put(parts.flags[i]);
      put(parts.subsequent[i]);
      put(parts.rules[i]);
    }
    put(parts.suffix);
    ++records_;
  }

  // Appends the next record to *out: its flags, with the subsequent-encounter version of
  // the rules in `subsequent`, then `extra` flags. Records come back in the order added.
  bool assemble(const std::vector<std::string>& subsequent, const std::vector<std::string>& extra,
                std::string* out) {
    if (writing_) {
      writing_ = false;
      if (std::fflush(file_.get()) != 0 || std::fseek(file_.get(), 0, SEEK_SET) != 0) return false;
    }
    uint32_t flags = 0;
    if (!get_count(&flags) || !get(&piece_)) return false;
    *out += piece_;
    if (flags == kWhole) return true;
    bool first = true;
    for (uint32_t i = 0; i < flags; ++i) {
      if (!get(&piece_) || !get(&subsequent_) || !get(&rule_)) return false;
      if (!first) *out += ',';
      first = false;
      bool sub = !subsequent_.empty() &&
                 std::find(subsequent.begin(), subsequent.end(), rule_) != subsequent.end();
      *out += sub ? subsequent_ : piece_;
    }
    for (const std::string& x : extra) {
      if (!first) *out += ',';
      first = false;
      *out += x;
    }
    if (!get(&piece_)) return false;
    *out += piece_;
    return true;
  }

 private:
  static constexpr uint32_t kWhole = UINT32_MAX;  // an error record: one piece, no flags
  static constexpr size_t kBufferBytes = size_t{1} << 20;
  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };

  void put_count(uint32_t n) {
    if (std::fwrite(&n, sizeof n, 1, file_.get()) != 1) ok_ = false;
    writing_ = true;
  }
  void put(const std::string& bytes) {
    uint64_t n = bytes.size();
    if (std::fwrite(&n, sizeof n, 1, file_.get()) != 1) ok_ = false;
    if (n != 0 && std::fwrite(bytes.data(), 1, n, file_.get()) != n) ok_ = false;
    writing_ = true;
  }
  bool get_count(uint32_t* n) { return std::fread(n, sizeof *n, 1, file_.get()) == 1; }
  bool get(std::string* bytes) {
    uint64_t n = 0;
    if (std::fread(&n, sizeof n, 1, file_.get()) != 1) return false;
    bytes->resize(n);
    return n == 0 || std::fread(bytes->data(), 1, n, file_.get()) == n;
  }

  std::unique_ptr<char[]> buffer_;  // declared first: the file is closed before it goes
  std::unique_ptr<std::FILE, Close> file_;
  uint64_t records_ = 0;
  bool ok_ = true;
  bool writing_ = false;
  std::string piece_, subsequent_, rule_;
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

// The note_ids seen so far, as 64-bit hashes in an open-addressing table (24 bytes an
// entry, at most half full), so that checking a million notes for repeats costs tens of
// megabytes, not the hundred bytes a node of a map of strings would. Two different ids
// with the same hash (odds about n^2 / 2^65) would be reported as a repeat.
class FirstSeenIds {
 public:
  struct Entry {
    uint64_t hash = 0;  // 0: empty slot (a hash of 0 is stored as 1)
    uint64_t record = 0;
    uint32_t line = 0;  // saturated
    uint32_t source = 0;
  };

  // Inserts `id` first seen at `where` (hash ignored) and returns true; or returns false
  // with the first sighting in *first when the id was seen before.
  bool insert(std::string_view id, Entry where, Entry* first) {
    if (2 * (size_ + 1) > table_.size()) grow();
    uint64_t h = hash(id);
    for (size_t i = h & (table_.size() - 1);; i = (i + 1) & (table_.size() - 1)) {
      Entry& e = table_[i];
      if (e.hash == h) {
        *first = e;
        return false;
      }
      if (e.hash == 0) {
        e = where;
        e.hash = h;
        ++size_;
        return true;
      }
    }
  }

 private:
  static uint64_t hash(std::string_view id) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix
    for (char c : id) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h == 0 ? 1 : h;
  }
  void grow() {
    std::vector<Entry> old = std::move(table_);
    table_.assign(old.empty() ? 1024 : 2 * old.size(), Entry{});
    for (const Entry& e : old) {
      if (e.hash == 0) continue;
      size_t i = e.hash & (table_.size() - 1);
      while (table_[i].hash != 0) i = (i + 1) & (table_.size() - 1);
      table_[i] = e;
    }
  }
  std::vector<Entry> table_;
  size_t size_ = 0;
};

// One note in flight. Slots are reused round-robin: the pipeline never holds more tokens
// than slots, and the ordered writer finishes tokens in order, so slot k % n is free again
// by the time the reader takes token k.
struct Slot {
  io::InputRecord record;
  NoteResult result;
  uint64_t index = 0;  // input position, the output order
  RecordParts parts;   // an analysed (or resumed) note's record, cut where flags go
  audit::EncounterSummary summary;
  std::string error_json;         // the record of an input that could not be read or analysed
  std::string hash;               // with a store
  std::string base_record;        // with a store: the record before the longitudinal review
  std::string stored_parts;       // with a store: parts and summary, kept for --resume
  nlohmann::ordered_json parsed;  // base_record parsed for the store, in the parallel stage
  std::string ann;                // brat: the note's annotations
  bool resumed = false;
  uint64_t consumed = 0;  // input bytes consumed when the note was read, for progress
  uint32_t source = 0;    // which input the note came from
};

std::string joined(const RecordParts& parts) {
  std::string record = parts.prefix;
  for (size_t i = 0; i < parts.flags.size(); ++i) {
    if (i > 0) record.push_back(',');
    record += parts.flags[i];
  }
  return record + parts.suffix;
}

}  // namespace

ScanOutcome scan(const Analyzer& analyzer, const std::vector<std::string>& inputs, std::FILE* out,
                 report::Summary* summary, const ScanOptions& options) {
  ScanOutcome outcome;
  const bool brat = options.format == OutputFormat::kBrat;
  const std::filesystem::path brat_dir(options.brat_dir);
  // Open every input first, so that a typo in the last path fails before any work.
  std::vector<std::unique_ptr<io::NoteSource>> sources;
  uint64_t total_size = 0;
  for (const std::string& path : inputs) {
    io::OpenedSource s = io::open_source(path, options.input_format);
    if (!s.source) {
      outcome.error = s.error;
      return outcome;
    }
    total_size += s.source->size();
    // Records are parsed in the parallel stage below, not by the one reading thread.
    s.source->set_defer_parsing(true);
    sources.push_back(std::move(s.source));
  }
  bool size_known = true;
  for (const auto& s : sources) size_known = size_known && s->size() > 0;
  if (brat) {
    std::error_code ec;
    std::filesystem::create_directories(brat_dir, ec);
    if (ec ||
        !write_whole_file(brat_dir / "annotation.conf", brat_annotation_conf(analyzer.lexicon()))) {
      outcome.error = options.brat_dir + ": cannot write the brat directory";
      return outcome;
    }
  }
  Spool spool;
  if (!brat && !spool.open()) {
    outcome.error = std::string("cannot create a temporary spool file: ") + std::strerror(errno);
    return outcome;
  }
  audit::Longitudinal review(analyzer.audit_model());

  int threads = options.threads > 0 ? options.threads : tbb::info::default_concurrency();
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism,
                            static_cast<size_t>(threads));
  size_t in_flight = options.in_flight > 0 ? options.in_flight : 8 * static_cast<size_t>(threads);
  std::vector<Slot> slots(in_flight);
  tbb::enumerable_thread_specific<Workspace> workspaces;

  size_t current = 0;            // the source being read
  uint64_t consumed_before = 0;  // bytes of the sources already finished
  uint64_t token = 0;
  uint64_t written = 0;
  bool brat_ok = true;
  std::set<std::string> used_stems;
  std::atomic<bool> store_ok{true};  // written by the writer, read by the reader
  // Where each note_id first appeared (the contract says note_id is unique within a run; a
  // repeat gets a warning, see docs/output-schema.md). Read and written by the reader only.
  FirstSeenIds seen_ids;
  uint64_t duplicate_ids = 0;
  store::Store* db = brat ? nullptr : options.store;

  auto read = [&](tbb::flow_control& fc) -> Slot* {
    if (!store_ok) {  // the database broke: stop reading, the error is reported below
      fc.stop();
      return nullptr;
    }
    Slot* slot = &slots[token % in_flight];
    while (current < sources.size()) {
      if (sources[current]->next(&slot->record)) {
        slot->index = token++;
        slot->resumed = false;
        slot->consumed = consumed_before + sources[current]->consumed();
        slot->source = static_cast<uint32_t>(current);
        return slot;
      }
      consumed_before += sources[current]->consumed();
      sources[current].reset();
      ++current;
    }
    fc.stop();
    return nullptr;
  };

  auto parse = [&](Slot* slot) -> Slot* {
    io::complete_record(&slot->record);
    return slot;
  };

  // In input order, after parsing: what depends on the records before this one.
  auto admit = [&](Slot* slot) -> Slot* {
    if (!slot->record.note.note_id.empty()) {
      FirstSeenIds::Entry first;
      if (!seen_ids.insert(
              slot->record.note.note_id,
              {0, slot->index,
               static_cast<uint32_t>(std::min<uint64_t>(slot->record.where.line, UINT32_MAX)),
               slot->source},
              &first)) {
        ++duplicate_ids;
        // Added before the content hash, so that a stored note resumes only with the
        // same warning.
        slot->record.note.warnings.push_back("note_id is not unique in this run: record " +
                                             std::to_string(first.record + 1) + " (" +
                                             inputs[first.source] + " line " +
                                             std::to_string(first.line) + ") has the same note_id");
      }
    }
    if (slot->record.ok && options.claims != nullptr)
      slot->record.note.claim_codes =
          options.claims->codes_for(slot->record.note.note_id, slot->record.note.encounter_id);
    if (db != nullptr && slot->record.ok) {
      slot->hash = store::content_hash(slot->record.note);
      if (options.resume &&
          db->lookup(slot->record.note.note_id, slot->hash, &slot->stored_parts) &&
          parse_parts(slot->stored_parts, &slot->parts, &slot->summary))
        slot->resumed = true;
    }
    return slot;
  };

  auto analyse = [&](Slot* slot) -> Slot* {
    slot->error_json.clear();
    if (slot->resumed) {
      slot->summary.record = slot->index;
      return slot;
    }
    io::InputRecord& record = slot->record;
    NoteResult& result = slot->result;
    if (!record.ok) {
      append_error_record(record, record.error_kind, record.error_message, &slot->error_json);
      return slot;
    }
    Workspace& ws = workspaces.local();
    try {
      analyzer.analyze(record.note, &ws, &result);
      if (result.ok) {
        if (brat) {
          slot->ann.clear();
          append_brat_annotations(record.note, result, analyzer, ws.view, &slot->ann);
        } else {
          write_result_parts(record.note, result, analyzer, ws.view, &slot->parts);
          slot->summary = summarize(slot->index, record.note, result);
        }
      }
    } catch (const std::exception& e) {
      // Nothing in analysis should throw on bad input; if something does (memory
      // exhaustion on a giant note), the note still gets its record.
      result.ok = false;
      result.error_kind = io::ErrorKind::kAnalysisFailed;
      result.error_message = e.what();
    }
    if (!result.ok)
      append_error_record(record, result.error_kind, result.error_message, &slot->error_json);
    if (db != nullptr) {
      slot->base_record = slot->error_json.empty() ? joined(slot->parts) : slot->error_json;
      slot->parsed = store::parse_record(slot->base_record);
      slot->stored_parts =
          slot->error_json.empty() ? serialize_parts(slot->parts, slot->summary) : std::string();
    }
    return slot;
  };

  auto write = [&](Slot* slot) {
    const bool ok_record = slot->error_json.empty();
    if (slot->resumed) {
      ++outcome.resumed;
      summary->add_resumed();
    } else if (!slot->record.ok) {
      summary->add_error();
    } else {
      summary->add(slot->result, analyzer.lexicon());
    }
    if (ok_record)
      ++outcome.ok_records;
    else
      ++outcome.error_records;
    if (brat) {
      if (ok_record) {
        std::string stem = brat_file_stem(slot->record.note.note_id), base = stem;
        for (int n = 2; !used_stems.insert(stem).second; ++n) stem = base + "-" + std::to_string(n);
        brat_ok = write_whole_file(brat_dir / (stem + ".txt"), slot->record.note.text) &&
                  write_whole_file(brat_dir / (stem + ".ann"), slot->ann) && brat_ok;
        ++outcome.written;
      } else {
        // In brat mode the records are the files; error records go to standard error.
        brat_ok = std::fwrite(slot->error_json.data(), 1, slot->error_json.size(), stderr) ==
                      slot->error_json.size() &&
                  brat_ok;
        ++outcome.written;
      }
    } else if (ok_record) {
      spool.add_result(slot->parts);
      // Only an encounter with codes can take part in a longitudinal rule; the others are
      // not kept, so that memory grows with coded encounters only (a few dozen bytes each).
      if (!slot->summary.codes.empty()) review.add(slot->summary);
    } else {
      spool.add_whole(slot->error_json);
    }
    if (db != nullptr && store_ok && !slot->resumed && !slot->record.note.note_id.empty())
      store_ok = db->put(slot->record.note, slot->hash, slot->base_record, slot->parsed,
                         slot->stored_parts);
    slot->hash.clear();
    ++written;
    if (options.progress != nullptr)
      options.progress->update(written, slot->consumed, size_known ? total_size : 0);
  };

  tbb::parallel_pipeline(
      in_flight, tbb::make_filter<void, Slot*>(tbb::filter_mode::serial_in_order, read) &
                     tbb::make_filter<Slot*, Slot*>(tbb::filter_mode::parallel, parse) &
                     tbb::make_filter<Slot*, Slot*>(tbb::filter_mode::serial_in_order, admit) &
                     tbb::make_filter<Slot*, Slot*>(tbb::filter_mode::parallel, analyse) &
                     tbb::make_filter<Slot*, void>(tbb::filter_mode::serial_in_order, write));
  if (options.progress != nullptr) options.progress->finish();
  outcome.read = token;
  outcome.duplicate_ids = duplicate_ids;
  summary->add_duplicate_ids(outcome.duplicate_ids);

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
  std::string buffer, record;
  text::MatchView no_view;  // longitudinal flags quote no evidence spans
  size_t next_outcome = 0;
  for (uint64_t r = 0; r < spool.size() && write_ok; ++r) {
    const audit::LongitudinalOutcome* o = nullptr;
    if (next_outcome < outcomes.size() && outcomes[next_outcome].record == r)
      o = &outcomes[next_outcome++];
    std::vector<std::string> extra;
    if (o != nullptr)
      for (const audit::Flag& f : o->flags) {
        std::string json;
        append_flag(f, analyzer.lexicon(), no_view, &json);
        extra.push_back(std::move(json));
        summary->add_flag(f.rule);
      }
    size_t before = buffer.size();
    write_ok = spool.assemble(o ? o->subsequent_rules : std::vector<std::string>{}, extra, &buffer);
    if (write_ok) ++outcome.written;
    // The stored record gains what the review added.
    if (o != nullptr && db != nullptr && store_ok) {
      record.assign(buffer, before, std::string::npos);
      store_ok = db->update_record(record, store::parse_record(record));
    }
    if (buffer.size() >= kFlushBytes) write_ok = flush(&buffer, out) && write_ok;
  }
  write_ok = flush(&buffer, out) && write_ok;
  write_ok = std::fflush(out) == 0 && write_ok;
  if (db != nullptr && store_ok) store_ok = db->commit();
  if (!store_ok) {
    outcome.error = "the database: " + db->error();
    return outcome;
  }
  if (!write_ok) {
    outcome.error = std::string("writing the output failed: ") + std::strerror(errno);
    return outcome;
  }
  outcome.ok = true;
  return outcome;
}

}  // namespace dxaudit::pipeline
