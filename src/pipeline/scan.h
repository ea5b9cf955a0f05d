// scan(): reads notes from inputs, analyses each, and writes one output record per input
// record, in input order. This is what `dxaudit scan` runs; a program embedding dxaudit
// calls it the same way.
//
// The work runs as a oneTBB parallel_pipeline: an ordered reader, analysis in parallel
// (one Workspace per worker thread, reused note after note), an ordered writer. The output
// is byte-identical whatever the thread count. Memory is bounded by the notes in flight
// (ScanOptions::in_flight, each holding its note, result and output record), never by the
// input's size. Records wait, cut where flags go, in a temporary file (not in memory) until
// the whole input is read: the longitudinal review (audit/longitudinal.h) needs every
// encounter of a patient; then they are written in input order. Optionally every record is
// also stored in SQLite (store/store.h), and with `resume` a note already stored with the
// same content hash is not analysed again: its stored parts take its place.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "io/claims.h"
#include "io/source.h"
#include "pipeline/analyzer.h"
#include "pipeline/progress.h"
#include "report/summary.h"

namespace dxaudit::store {
class Store;
}

namespace dxaudit::pipeline {

enum class OutputFormat { kJsonl, kBrat };

struct ScanOptions {
  io::InputFormat input_format = io::InputFormat::kAuto;  // of every input
  int threads = 0;                                        // 0: every core
  size_t in_flight = 0;                                   // notes in flight; 0: 8 per thread
  store::Store* store = nullptr;                          // also store every record there
  bool resume = false;                                    // skip notes stored with the same hash
  Progress* progress = nullptr;                           // updated by the writer when set
  const io::ClaimsIndex* claims = nullptr;                // codes joined to notes, or none
  OutputFormat format = OutputFormat::kJsonl;
  // kBrat: the directory (created when missing) that receives NOTE.txt and NOTE.ann for
  // every analysed note, and annotation.conf. Records that cannot be analysed are then
  // reported on standard error, one line each, instead of as JSONL error records; no
  // store is written.
  std::string brat_dir;
};

struct ScanOutcome {
  bool ok = false;       // false: an input could not be opened or the output not written
  std::string error;     // why, when !ok
  uint64_t resumed = 0;  // notes taken from the store unchanged (with `resume`)
  // The reconciliation of the run, each counted where it happens: records the readers
  // yielded, records the writer stage received as analysed (ok, resumed included) or as
  // error records, and records written to the output (JSONL lines, or brat notes plus error
  // lines on standard error). A complete run has read == ok_records + error_records ==
  // written; `duplicate_ids` counts records whose note_id an earlier record of the run had.
  uint64_t read = 0;
  uint64_t ok_records = 0;
  uint64_t error_records = 0;
  uint64_t written = 0;
  uint64_t duplicate_ids = 0;
};

// `inputs` are paths (files or folders), "-" for standard input. Records go to `out` (JSONL)
// or, with OutputFormat::kBrat, to files in options.brat_dir. Every analysed record is also
// added to *summary.
ScanOutcome scan(const Analyzer& analyzer, const std::vector<std::string>& inputs, std::FILE* out,
                 report::Summary* summary, const ScanOptions& options = {});

}  // namespace dxaudit::pipeline
