#include "pipeline/scan.h"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <memory>

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

// One note in flight. Slots are reused round-robin: the pipeline never holds more tokens
// than slots, and the ordered writer finishes tokens in order, so slot k % n is free again
// by the time the reader takes token k.
struct Slot {
  io::InputRecord record;
  NoteResult result;
  std::string hash;               // with a store
  std::string out;                // the output record
  nlohmann::ordered_json parsed;  // `out` parsed for the store, in the parallel stage
  bool resumed = false;
  uint64_t consumed = 0;  // input bytes consumed when the note was read, for progress
};

}  // namespace

ScanOutcome scan(const Analyzer& analyzer, const std::vector<std::string>& inputs, std::FILE* out,
                 report::Summary* summary, const ScanOptions& options) {
  ScanOutcome outcome;
  // Open every input first, so that a typo in the last path fails before any work.
  std::vector<std::unique_ptr<io::NoteSource>> sources;
  uint64_t total_size = 0;
  for (const std::string& path : inputs) {
    io::OpenedSource s = io::open_source(path, options.format);
    if (!s.source) {
      outcome.error = s.error;
      return outcome;
    }
    total_size += s.source->size();
    sources.push_back(std::move(s.source));
  }
  bool size_known = true;
  for (const auto& s : sources) size_known = size_known && s->size() > 0;

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
  std::string buffer;
  bool write_ok = true;
  std::atomic<bool> store_ok{true};  // written by the writer, read by the reader
  store::Store* db = options.store;

  auto read = [&](tbb::flow_control& fc) -> Slot* {
    if (!store_ok) {  // the database broke: stop reading, the error is reported below
      fc.stop();
      return nullptr;
    }
    Slot* slot = &slots[token % in_flight];
    while (current < sources.size()) {
      if (sources[current]->next(&slot->record)) {
        ++token;
        slot->resumed = false;
        slot->consumed = consumed_before + sources[current]->consumed();
        if (db != nullptr && slot->record.ok) {
          slot->hash = store::content_hash(slot->record.note);
          if (options.resume && db->lookup(slot->record.note.note_id, slot->hash, &slot->out)) {
            slot->out.push_back('\n');
            slot->resumed = true;
          }
        }
        return slot;
      }
      consumed_before += sources[current]->consumed();
      sources[current].reset();
      ++current;
    }
    fc.stop();
    return nullptr;
  };

  auto analyse = [&](Slot* slot) -> Slot* {
    if (slot->resumed) return slot;
    slot->out.clear();
    io::InputRecord& record = slot->record;
    NoteResult& result = slot->result;
    if (!record.ok) {
      append_error_record(record, record.error_kind, record.error_message, &slot->out);
      if (db != nullptr) slot->parsed = store::parse_record(slot->out);
      return slot;
    }
    Workspace& ws = workspaces.local();
    try {
      analyzer.analyze(record.note, &ws, &result);
      if (result.ok) append_result_record(record.note, result, analyzer, ws.view, &slot->out);
    } catch (const std::exception& e) {
      // Nothing in analysis should throw on bad input; if something does (memory
      // exhaustion on a giant note), the note still gets its record.
      result.ok = false;
      result.error_kind = "analysis_failed";
      result.error_message = e.what();
      slot->out.clear();
    }
    if (!result.ok)
      append_error_record(record, result.error_kind, result.error_message, &slot->out);
    if (db != nullptr) slot->parsed = store::parse_record(slot->out);
    return slot;
  };

  auto write = [&](Slot* slot) {
    buffer += slot->out;
    if (slot->resumed)
      ++outcome.resumed;
    else if (!slot->record.ok)
      summary->add_error();
    else
      summary->add(slot->result, analyzer.lexicon());
    if (db != nullptr && store_ok && !slot->resumed && !slot->record.note.note_id.empty())
      store_ok = db->put(slot->record.note,
                         slot->hash.empty() ? store::content_hash(slot->record.note) : slot->hash,
                         slot->out, slot->parsed);
    slot->hash.clear();
    if (buffer.size() >= kFlushBytes) write_ok = flush(&buffer, out) && write_ok;
    ++written;
    if (options.progress != nullptr)
      options.progress->update(written, slot->consumed, size_known ? total_size : 0);
  };

  tbb::parallel_pipeline(
      in_flight, tbb::make_filter<void, Slot*>(tbb::filter_mode::serial_in_order, read) &
                     tbb::make_filter<Slot*, Slot*>(tbb::filter_mode::parallel, analyse) &
                     tbb::make_filter<Slot*, void>(tbb::filter_mode::serial_in_order, write));

  if (options.progress != nullptr) options.progress->finish();
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
