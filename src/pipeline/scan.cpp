#include "pipeline/scan.h"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>

#include <stdlib.h>  // mkstemp
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <string>

#include "audit/longitudinal.h"
#include "pipeline/review.h"

namespace dxaudit::pipeline {

namespace {

// The records of a run, waiting for the longitudinal review, in a temporary file, in the
// order added: each as a byte of flags, its encode_record bytes and, when the sinks need
// it, the note text, so that memory holds nothing per record and the records are read back
// with sequential reads.
class Spool {
 public:
  // In TMPDIR (else /tmp), unlinked at once: nothing is left of it however the run ends.
  bool open() {
    std::string name = spool_folder() + "/dxaudit-spool-XXXXXX";
    const int fd = mkstemp(name.data());
    if (fd < 0) {
      failed();
      return false;
    }
    unlink(name.c_str());
    file_.reset(fdopen(fd, "w+b"));
    if (file_ == nullptr) {
      failed();
      close(fd);
      return false;
    }
    // Records go through in one pass each way; stdio's default 4 KiB buffer made that two
    // system calls per record, on the pipeline's serial stage. (glibc ignores the size
    // unless it is given the buffer.)
    buffer_ = std::make_unique<char[]>(kBufferBytes);
    return std::setvbuf(file_.get(), buffer_.get(), _IOFBF, kBufferBytes) == 0;
  }
  static std::string spool_folder() {
    const char* tmpdir = std::getenv("TMPDIR");
    return tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
  }
  bool ok() const { return ok_; }
  // Why the first write failed (errno then).
  int error_number() const { return error_number_; }
  uint64_t size() const { return records_; }

  void add(std::string_view record, bool resumed, const std::string* text) {
    const unsigned char flags = (resumed ? kResumed : 0) | (text != nullptr ? kText : 0);
    if (std::fputc(flags, file_.get()) == EOF) failed();
    put(record);
    if (text != nullptr) put(*text);
    ++records_;
  }

  // The next record, in the order added. False at the end or when the file cannot be read.
  bool next(std::string* record, bool* resumed, bool* has_text, std::string* text) {
    if (!reading_) {
      reading_ = true;
      if (std::fflush(file_.get()) != 0 || std::fseek(file_.get(), 0, SEEK_SET) != 0) return false;
    }
    const int flags = std::fgetc(file_.get());
    if (flags == EOF || !get(record)) return false;
    *resumed = (flags & kResumed) != 0;
    *has_text = (flags & kText) != 0;
    return !*has_text || get(text);
  }

 private:
  static constexpr unsigned char kResumed = 1, kText = 2;
  static constexpr size_t kBufferBytes = size_t{1} << 20;
  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };

  void put(std::string_view bytes) {
    uint64_t n = bytes.size();
    if (std::fwrite(&n, sizeof n, 1, file_.get()) != 1) failed();
    if (n != 0 && std::fwrite(bytes.data(), 1, n, file_.get()) != n) failed();
  }
  void failed() {
    if (ok_) error_number_ = errno;
    ok_ = false;
  }
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
  int error_number_ = 0;
  bool reading_ = false;
};

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

// One note in flight in the first pipeline. Slots are reused round-robin: the pipeline
// never holds more tokens than slots, and its last, ordered stage finishes tokens in order,
// so slot k % n is free again by the time the reader takes token k.
struct Slot {
  io::InputRecord record;
  NoteRecord result;
  std::string encoded;  // `result` as encode_record wrote it, or as a checkpoint kept it
  audit::EncounterSummary encounter;
  std::string hash;    // when checkpoints or a sink need it
  uint64_t index = 0;  // input position, the output order
  bool resumed = false;
  uint64_t consumed = 0;  // input bytes consumed when the note was read, for progress
  uint32_t source = 0;    // which input the note came from
};

// One record in flight in the second pipeline.
struct OutSlot {
  NoteRecord record;
  std::string encoded;
  bool resumed = false, has_text = false, decoded = false;
  const audit::LongitudinalOutcome* outcome = nullptr;
  std::vector<std::string> rendered;  // per sink
};

}  // namespace

std::string ScanOutcome::why_nothing_read() const {
  std::string why;
  for (const Input& in : inputs) {
    if (in.records > 0) continue;
    if (!why.empty()) why += "; ";
    const std::string name = in.path == "-" ? "standard input" : in.path;
    if (in.folder && in.note_files == 0)
      why += name +
             " holds no file of a kind dxaudit reads (.txt, .jsonl, .json, .ndjson, .csv, .tsv; "
             ".gz or "
             ".zst too)";
    else if (in.folder)
      why += name + ": the files it reads hold no record";
    else if (in.bytes == 0)
      why += name + " is empty";
    else
      why += name + " holds no record (" + std::to_string(in.bytes) +
             " bytes: blank lines, or a CSV header alone)";
  }
  return why;
}

ScanOutcome scan(const Analyzer& analyzer, const std::vector<std::string>& inputs,
                 std::span<RecordSink* const> sinks, const ScanOptions& options) {
  ScanOutcome outcome;
  // Open every input first, so that a typo in the last path fails before any work.
  std::vector<std::unique_ptr<io::NoteSource>> sources;
  uint64_t total_size = 0;
  // Each mapping told once, however many files are read with it.
  std::vector<std::string> mappings_told;
  auto tell_mapping = [&](const std::string& path, const std::string& mapping) {
    if (mapping.empty() || !options.on_field_mapping ||
        std::find(mappings_told.begin(), mappings_told.end(), mapping) != mappings_told.end())
      return;
    options.on_field_mapping(path + ": reading " + mapping);
    mappings_told.push_back(mapping);
  };
  io::ReadOptions read_options = options.read;
  read_options.on_field_mapping = tell_mapping;  // the files of folder inputs, as they are opened
  for (const std::string& path : inputs) {
    io::OpenedSource s = io::open_source(path, options.input_format, read_options);
    if (!s.source) {
      outcome.error = s.error;
      return outcome;
    }
    tell_mapping(path, s.source->field_mapping());
    outcome.inputs.push_back({path, s.folder, 0, 0, s.note_files});
    outcome.skipped.insert(outcome.skipped.end(), s.skipped.begin(), s.skipped.end());
    total_size += s.source->size();
    // Records are parsed in the parallel stage below, not by the one reading thread.
    s.source->set_defer_parsing(true);
    sources.push_back(std::move(s.source));
  }
  bool size_known = true;
  for (const auto& s : sources) size_known = size_known && s->size() > 0;
  Spool spool;
  if (!spool.open()) {
    outcome.error = "cannot create the run's temporary spool in " + Spool::spool_folder() + ": " +
                    std::strerror(spool.error_number()) + " (TMPDIR names another folder)";
    return outcome;
  }
  bool keep_text = false, keep_hash = options.checkpoints != nullptr;
  for (const RecordSink* sink : sinks) {
    keep_text = keep_text || sink->needs_text();
    keep_hash = keep_hash || sink->needs_content_hash();
  }
  const Vocabulary& vocabulary = analyzer.vocabulary();
  Checkpoints* checkpoints = options.checkpoints;
  audit::Longitudinal review(analyzer.audit_model());

  int threads = options.threads > 0 ? options.threads : tbb::info::default_concurrency();
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism,
                            static_cast<size_t>(threads));
  size_t in_flight = options.in_flight > 0 ? options.in_flight : 8 * static_cast<size_t>(threads);
  tbb::enumerable_thread_specific<Workspace> workspaces;

  // ---- the first pipeline: read, analyse, spool -------------------------------------
  std::vector<Slot> slots(in_flight);
  size_t current = 0;            // the source being read
  uint64_t consumed_before = 0;  // bytes of the sources already finished
  uint64_t token = 0;
  uint64_t spooled = 0;
  std::atomic<bool> checkpoints_ok{true};  // written by the last stage, read by the reader
  // Where each note_id first appeared (the contract says note_id is unique within a run; a
  // repeat gets a warning, see docs/output-schema.md). Read and written by `admit` only.
  FirstSeenIds seen_ids;
  uint64_t duplicate_ids = 0;

  auto read = [&](tbb::flow_control& fc) -> Slot* {
    if (!checkpoints_ok) {  // the checkpoints broke: stop reading, the error is reported below
      fc.stop();
      return nullptr;
    }
    Slot* slot = &slots[token % in_flight];
    while (current < sources.size()) {
      if (sources[current]->next(&slot->record)) {
        ++outcome.inputs[current].records;
        slot->index = token++;
        slot->resumed = false;
        slot->consumed = consumed_before + sources[current]->consumed();
        slot->source = static_cast<uint32_t>(current);
        return slot;
      }
      outcome.inputs[current].bytes = sources[current]->consumed();
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
        slot->record.note.warnings.push_back(
            repeated_note_id_warning(first.record, inputs[first.source], first.line));
      }
    }
    if (slot->record.ok && options.claims != nullptr)
      slot->record.note.claim_codes =
          options.claims->codes_for(slot->record.note.note_id, slot->record.note.encounter_id);
    slot->hash.clear();
    if (keep_hash && slot->record.ok) {
      slot->hash = io::content_hash(slot->record.note);
      if (options.resume && checkpoints != nullptr &&
          checkpoints->lookup(slot->record.note.note_id, slot->hash, &slot->encoded))
        slot->resumed = true;
    }
    return slot;
  };

  auto analyse = [&](Slot* slot) -> Slot* {
    io::InputRecord& in = slot->record;
    NoteRecord& record = slot->result;
    // A checkpoint that does not decode (another version's layout or vocabulary): the
    // note is analysed again.
    if (slot->resumed && !decode_record(slot->encoded, vocabulary, &record)) slot->resumed = false;
    if (slot->resumed) {
      record.resumed = true;
    } else {
      if (!in.ok) {
        record.set_error(in, in.error_kind, in.error_message);
      } else {
        try {
          analyzer.analyze(in.note, &workspaces.local(), &record);
        } catch (const std::exception& e) {
          // Nothing in analysis should throw on bad input; if something does (memory
          // exhaustion on a giant note), the note still gets its record.
          record.set_error(in, io::ErrorKind::kAnalysisFailed, e.what());
        }
        if (!record.ok) record.input = in.where;
        record.content_hash = slot->hash;
      }
      encode_record(record, vocabulary.fingerprint, &slot->encoded);
    }
    if (keep_text) {
      record.text.swap(in.note.text);  // the note is done with
      record.has_text = true;
    }
    if (record.ok && options.longitudinal_review)
      slot->encounter = review_summary(slot->index, record);
    return slot;
  };

  auto spool_record = [&](Slot* slot) {
    const NoteRecord& record = slot->result;
    if (slot->resumed) ++outcome.resumed;
    if (record.ok)
      ++outcome.ok_records;
    else
      ++outcome.error_records;
    spool.add(slot->encoded, slot->resumed, keep_text ? &record.text : nullptr);
    // Only an encounter with codes can take part in a longitudinal rule; the others are
    // not kept, so that memory grows with coded encounters only (a few dozen bytes each).
    if (record.ok && options.longitudinal_review && !slot->encounter.codes.empty())
      review.add(std::move(slot->encounter));
    if (checkpoints != nullptr && checkpoints_ok && !slot->resumed && !record.note_id.empty())
      checkpoints_ok = record.ok ? checkpoints->save(record.note_id, slot->hash, slot->encoded)
                                 : checkpoints->drop(record.note_id);
    ++spooled;
    if (options.progress != nullptr)
      options.progress->update(spooled, slot->consumed, size_known ? total_size : 0);
  };

  tbb::parallel_pipeline(
      in_flight,
      tbb::make_filter<void, Slot*>(tbb::filter_mode::serial_in_order, read) &
          tbb::make_filter<Slot*, Slot*>(tbb::filter_mode::parallel, parse) &
          tbb::make_filter<Slot*, Slot*>(tbb::filter_mode::serial_in_order, admit) &
          tbb::make_filter<Slot*, Slot*>(tbb::filter_mode::parallel, analyse) &
          tbb::make_filter<Slot*, void>(tbb::filter_mode::serial_in_order, spool_record));
  slots.clear();
  if (options.progress != nullptr) options.progress->finish();
  outcome.read = token;
  outcome.duplicate_ids = duplicate_ids;
  if (checkpoints != nullptr && checkpoints_ok) checkpoints_ok = checkpoints->commit();
  if (!checkpoints_ok) {
    outcome.error = checkpoints->error();
    return outcome;
  }
  if (!spool.ok()) {
    outcome.error = "writing the run's temporary spool in " + Spool::spool_folder() +
                    " failed: " + std::strerror(spool.error_number()) +
                    " (TMPDIR names another folder)";
    return outcome;
  }

  // ---- the second pipeline: review, render, write ------------------------------------
  // Every encounter is known: the review's outcomes, in record order.
  std::vector<audit::LongitudinalOutcome> outcomes;
  if (options.longitudinal_review)
    review.resolve([&](const audit::LongitudinalOutcome& o) { outcomes.push_back(o); });
  std::vector<OutSlot> out_slots(in_flight);
  for (OutSlot& s : out_slots) s.rendered.resize(sinks.size());
  uint64_t next_record = 0;
  size_t next_outcome = 0;
  bool spool_ok = true;
  std::string error;
  std::atomic<bool> stop{false};  // set by the ordered writer, read by the reader

  auto take = [&](tbb::flow_control& fc) -> OutSlot* {
    OutSlot* slot = &out_slots[next_record % in_flight];
    if (stop || next_record == spool.size() ||
        !(spool_ok =
              spool.next(&slot->encoded, &slot->resumed, &slot->has_text, &slot->record.text))) {
      fc.stop();
      return nullptr;
    }
    slot->outcome = nullptr;
    if (next_outcome < outcomes.size() && outcomes[next_outcome].record == next_record)
      slot->outcome = &outcomes[next_outcome++];
    ++next_record;
    return slot;
  };

  auto render = [&](OutSlot* slot) -> OutSlot* {
    NoteRecord& record = slot->record;
    record.has_text = slot->has_text;
    slot->decoded = decode_record(slot->encoded, vocabulary, &record);
    if (!slot->decoded) return slot;
    record.resumed = slot->resumed;
    if (slot->outcome != nullptr) apply_review(*slot->outcome, &record);
    for (size_t i = 0; i < sinks.size(); ++i) sinks[i]->render(record, &slot->rendered[i]);
    return slot;
  };

  auto write = [&](OutSlot* slot) {
    if (stop) return;
    if (!slot->decoded) {
      error = "the spool holds a record that does not read back (internal error)";
      stop = true;
      return;
    }
    for (size_t i = 0; i < sinks.size(); ++i) {
      if (sinks[i]->write(slot->record, slot->rendered[i])) continue;
      error = sinks[i]->error();
      stop = true;
      return;
    }
    ++outcome.written;
  };

  tbb::parallel_pipeline(
      in_flight, tbb::make_filter<void, OutSlot*>(tbb::filter_mode::serial_in_order, take) &
                     tbb::make_filter<OutSlot*, OutSlot*>(tbb::filter_mode::parallel, render) &
                     tbb::make_filter<OutSlot*, void>(tbb::filter_mode::serial_in_order, write));
  if (!stop && !spool_ok) error = std::string("reading the spool failed: ") + std::strerror(errno);
  for (RecordSink* sink : sinks) {
    if (sink->finish() || !error.empty()) continue;
    error = sink->error();
  }
  outcome.error = error;
  outcome.ok = error.empty();
  return outcome;
}

}  // namespace dxaudit::pipeline
