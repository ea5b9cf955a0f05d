// scan(): reads notes from inputs, analyses each into a NoteRecord (pipeline/record.h),
// and hands every finished record, in input order, to the sinks it is given
// (pipeline/record_sink.h): JSONL, brat, the SQLite store, the summary. This is what
// `dxaudit scan` runs; a program embedding dxaudit calls it the same way with sinks of its
// own.
//
//   output::JsonlSink jsonl(stdout, analyzer);
//   report::Summary summary(analyzer);
//   std::vector<RecordSink*> sinks{&jsonl, &summary};
//   ScanOutcome o = scan(analyzer, {"notes.jsonl"}, sinks);
//
// The work runs as two oneTBB parallel_pipelines. The first reads in order, parses and
// analyses in parallel (one Workspace per worker thread, reused note after note), and in
// order encodes each record into a temporary spool file (and, with
// ScanOptions::checkpoints, saves it there too). The longitudinal review
// (audit/longitudinal.h) needs every encounter of a patient, so the records wait in the
// spool, not in memory, until the whole input is read. The second reads the spool in
// order, decodes each record, applies what the review decided for it and lets each sink
// render it, in parallel, then writes it to every sink in order. Output is byte-identical
// whatever the thread count; memory is bounded by the records in flight
// (ScanOptions::in_flight), never by the input's size. With `resume`, a note whose
// checkpoint has the same content hash is not analysed again: its record is taken from
// the checkpoint.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "io/claims.h"
#include "io/source.h"
#include "pipeline/analyzer.h"
#include "pipeline/progress.h"
#include "pipeline/record_sink.h"

namespace dxaudit::pipeline {

struct ScanOptions {
  io::InputFormat input_format = io::InputFormat::kAuto;  // of every input
  io::ReadOptions read;  // field names (--map), CSV delimiter, date format of every input
  // Told, once per distinct mapping, which fields an input reads from columns or keys of
  // another name ("export.csv: text <- NoteText, patient_id <- MRN"), as inputs are opened.
  std::function<void(const std::string&)> on_field_mapping;
  int threads = 0;       // 0: every core
  size_t in_flight = 0;  // records in flight; 0: 8 per thread
  // Where each analysed record is saved as it is analysed (a record with a note_id); with
  // `resume`, where a note's record is looked up before it is analysed.
  Checkpoints* checkpoints = nullptr;
  bool resume = false;
  Progress* progress = nullptr;             // updated as notes are analysed, when set
  const io::ClaimsIndex* claims = nullptr;  // codes joined to notes, or none
  // The longitudinal review (REPEATED_UNSPECIFIED, the encounter of an episode). Off, the
  // records go to the sinks as analysed: for sinks that show what a note documents
  // (brat), which the review never changes.
  bool longitudinal_review = true;
};

struct ScanOutcome {
  bool ok = false;       // false: an input could not be opened or the output not written
  std::string error;     // why, when !ok
  uint64_t resumed = 0;  // notes taken from the store unchanged (with `resume`)
  // The reconciliation of the run, each counted where it happens: records the readers
  // yielded, records the first pipeline's ordered stage received as analysed (ok, resumed
  // included) or as error records, and records every sink took. A complete run has
  // read == ok_records + error_records == written; `duplicate_ids` counts records whose
  // note_id an earlier record of the run had.
  uint64_t read = 0;
  uint64_t ok_records = 0;
  uint64_t error_records = 0;
  uint64_t written = 0;
  uint64_t duplicate_ids = 0;

  // Each input as it was read: its records and bytes (compressed bytes for a compressed
  // file), and for a folder how many note files its walk read; every file a folder's walk
  // did not read, with why (io/folder_source.h), in input order.
  struct Input {
    std::string path;
    bool folder = false;
    uint64_t records = 0;
    uint64_t bytes = 0;
    uint64_t note_files = 0;
  };
  std::vector<Input> inputs;
  std::vector<io::SkippedFile> skipped;

  // For a run that read no record: why, input by input ("notes.jsonl is empty; notes/
  // holds no file of a kind dxaudit reads").
  std::string why_nothing_read() const;
};

// `inputs` are paths (files or folders), "-" for standard input. Every record goes to every
// sink in `sinks`, in that order; a sink that fails stops the scan (ScanOutcome::error is
// its error()).
ScanOutcome scan(const Analyzer& analyzer, const std::vector<std::string>& inputs,
                 std::span<RecordSink* const> sinks, const ScanOptions& options = {});

}  // namespace dxaudit::pipeline
