// scan(): reads notes from inputs, analyses each, and writes one output record per input
// record, in input order. This is what `dxaudit scan` runs; a program embedding dxaudit
// calls it the same way.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

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
