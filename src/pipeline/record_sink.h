// RecordSink: where finished records go. The scan runner (pipeline/scan.h) hands every
// record to each configured sink once, in input order, after the longitudinal review has
// seen every encounter; what the sink does with it -- JSON lines (output/jsonl.h), brat
// files (output/brat.h), SQLite rows (store/store.h), counts (report/summary.h) -- is its
// own business.
//
//   class Counter : public RecordSink {
//     bool write(const NoteRecord& r, std::string_view) override { n += r.ok; return true; }
//     size_t n = 0;
//   };
//
// The contract of each call is written beside it. A sink reports failure by returning
// false (the scan then stops and says error()); it never throws for any record.
//
// Checkpoints: where a scan keeps each analysed record, as it is analysed, so that a run
// killed midway can be resumed (--resume): the store implements it. The bytes are
// encode_record's (pipeline/record.h), the same the scan spools.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/record.h"

namespace dxaudit::pipeline {

class RecordSink {
 public:
  virtual ~RecordSink() = default;

  // What the sink needs beyond the record itself, asked once before the scan: the note
  // text (NoteRecord::text) and the note's content hash (NoteRecord::content_hash). A scan
  // keeps them only when some sink needs them.
  virtual bool needs_text() const { return false; }
  virtual bool needs_content_hash() const { return false; }

  // Work that depends on `record` alone (formatting it): called from any thread, for
  // several records at once, before write() is called with the same record. *out is this
  // sink's buffer for the record, reused from record to record; it goes to write().
  virtual void render(const NoteRecord& record, std::string* out) const {
    (void)record;
    out->clear();
  }
  // Called once per record, in input order, from one thread at a time, with what render()
  // made of it. False when the record could not be written.
  virtual bool write(const NoteRecord& record, std::string_view rendered) = 0;
  // After the last record: flushes, commits. False when that failed.
  virtual bool finish() { return true; }
  // Why write() or finish() failed: a sentence naming what could not be written.
  virtual std::string error() const { return {}; }
};

class Checkpoints {
 public:
  virtual ~Checkpoints() = default;
  // True, with the bytes in *bytes, when a record of `note_id` was saved with `hash`.
  // Called in input order from one thread, maybe while save() runs on another.
  virtual bool lookup(const std::string& note_id, const std::string& hash, std::string* bytes) = 0;
  // Keeps `bytes` (an encoded ok record) for `note_id` and `hash`, replacing what the
  // note_id had; drop() forgets it (the note_id's latest record is an error). Called in
  // input order from one thread. False on failure.
  virtual bool save(std::string_view note_id, std::string_view hash, std::string_view bytes) = 0;
  virtual bool drop(std::string_view note_id) = 0;
  // Makes every save and drop so far durable. False on failure.
  virtual bool commit() = 0;
  virtual std::string error() const = 0;
};

}  // namespace dxaudit::pipeline
