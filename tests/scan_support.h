// pipeline::scan() as `dxaudit scan` wires it, for the tests that run it in-process: the
// JSONL sink into a temporary file, the summary, and a store (as sink and checkpoints)
// when one is given.
//
//   TestScan run;
//   run_test_scan({"notes.jsonl"}, &run);
//   CHECK(run.outcome.ok);  CHECK(run.summary.records() == 3);  use(run.output);
#pragma once

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "analysis_support.h"
#include "output/jsonl.h"
#include "pipeline/scan.h"
#include "report/summary.h"
#include "store/store.h"

namespace dxaudit::testing {

struct TestScan {
  pipeline::ScanOutcome outcome;
  std::string output;  // the JSONL
  report::Summary summary{shipped_analyzer()};
};

inline void run_test_scan(const std::vector<std::string>& inputs, TestScan* run,
                          pipeline::ScanOptions options = {}, store::Store* db = nullptr) {
  std::FILE* out = std::tmpfile();
  REQUIRE(out != nullptr);
  output::JsonlSink jsonl(out, shipped_analyzer());
  std::vector<pipeline::RecordSink*> sinks{&jsonl};
  if (db != nullptr) {
    sinks.push_back(db);
    options.checkpoints = db;
  }
  sinks.push_back(&run->summary);
  run->outcome = pipeline::scan(shipped_analyzer(), inputs, sinks, options);
  run->summary.add_duplicate_ids(run->outcome.duplicate_ids);
  std::rewind(out);
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, out)) > 0) run->output.append(buffer, n);
  std::fclose(out);
}

}  // namespace dxaudit::testing
