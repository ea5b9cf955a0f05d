// scan(): reads notes from inputs, analyses each, and writes one output record per input
// record, in input order. This is what `dxaudit scan` runs; a program embedding dxaudit
// calls it the same way.
//
// Longitudinal flags (REPEATED_UNSPECIFIED, S39.012A vs S39.012D) need every encounter of
// a patient, so no record is written before the whole input is read. Records wait in a
// temporary spool file (std::tmpfile), cut where their flags go; memory holds only each
// record's spool offsets and a small summary (audit/longitudinal.h). The trade-off: the
// first output line comes only at the end of the input, and the spool takes about as much
// disk as the output. Output order is input order whatever order records are analysed in.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "io/claims.h"
#include "pipeline/analyzer.h"
#include "report/summary.h"

namespace dxaudit::pipeline {

enum class OutputFormat { kJsonl, kBrat };

struct ScanOptions {
  OutputFormat format = OutputFormat::kJsonl;
  // kBrat: the directory (created when missing) that receives NOTE.txt and NOTE.ann for
  // every analysed note, and annotation.conf. Records that cannot be analysed are then
  // reported on standard error, one line each, instead of as JSONL error records.
  std::string brat_dir;
  const io::ClaimsIndex* claims = nullptr;  // codes joined to notes, or none
};

struct ScanOutcome {
  bool ok = false;    // false: an input could not be opened or the output not written
  std::string error;  // why, when !ok
};

// `inputs` are JSONL paths, "-" for standard input. Records go to `out` (JSONL) or, with
// OutputFormat::kBrat, to files in options.brat_dir. Every record is also added to
// *summary.
ScanOutcome scan(const Analyzer& analyzer, const std::vector<std::string>& inputs, std::FILE* out,
                 report::Summary* summary, const ScanOptions& options = {});

}  // namespace dxaudit::pipeline
