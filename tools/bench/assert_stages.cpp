// Per-stage cost of `dxaudit assert` on one thread: where an assertion's time goes.
//
//   build/tools/bench/bench_assert_stages ../shared/benchmarks/context_dev.tsv [repeats]
//
// Reads the rows (id, target, sentence: the first three columns) into memory, then times
// each stage of Analyzer::assert_target over all of them (best of `repeats` passes,
// default 5) and prints microseconds per sentence and sentences per second per stage.
// Stages run in the order assert_target runs them, on the same workspace; "context rules"
// is the rest of assert_target (restricted concepts and assert_mentions), its whole cost
// minus the stages timed before it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "match/matcher.h"
#include "pipeline/analyzer.h"
#include "pipeline/target_assertion.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

using namespace dxaudit;
using Clock = std::chrono::steady_clock;

namespace {

struct Row {
  std::string target;
  std::string sentence;
};

std::vector<Row> read_rows(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<Row> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    size_t a = line.find('\t');
    size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) continue;
    size_t c = line.find('\t', b + 1);
    rows.push_back({line.substr(a + 1, b - a - 1),
                    line.substr(b + 1, c == std::string::npos ? c : c - b - 1)});
  }
  return rows;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_assert_stages ROWS.tsv [repeats]\n";
    return 2;
  }
  const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  pipeline::LoadResult loaded = pipeline::Analyzer::load(pipeline::default_data_dir());
  if (!loaded.analyzer) {
    for (const auto& e : loaded.errors) std::cerr << e.to_string() << "\n";
    return 2;
  }
  const pipeline::Analyzer& analyzer = *loaded.analyzer;
  match::Matcher cues(analyzer.lexicon(), match::Matcher::Scope::kCues);
  const std::vector<Row> rows = read_rows(argv[1]);
  if (rows.empty()) {
    std::cerr << "no rows in " << argv[1] << "\n";
    return 2;
  }

  constexpr int kStages = 8;
  const char* names[kStages] = {"matching views", "find target",  "tokenizer",     "sections",
                                "sentences",      "cue matching", "context rules", "total"};
  double best[kStages];
  std::fill(best, best + kStages, 1e30);
  pipeline::Workspace ws;
  pipeline::TargetAssertion assertion;
  std::vector<Span> occurrences;
  auto s = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
  for (int r = 0; r < repeats; ++r) {
    double t[kStages] = {0};
    for (const Row& row : rows) {
      auto t0 = Clock::now();
      ws.view.build(row.sentence);
      ws.target_view.build(row.target);
      auto t1 = Clock::now();
      pipeline::find_target(ws.view.text(), ws.target_view.text(), &occurrences);
      auto t2 = Clock::now();
      text::tokenize(ws.view.text(), &ws.tokens);
      auto t3 = Clock::now();
      analyzer.sections().detect(ws.view, row.sentence, &ws.sections);
      auto t4 = Clock::now();
      text::split_sentences(ws.view, row.sentence, ws.tokens, ws.sections, &ws.sentences);
      auto t5 = Clock::now();
      cues.find(ws.view.text(), ws.sentences, &ws.match, &ws.hits);
      auto t6 = Clock::now();
      analyzer.assert_target(row.sentence, row.target, &ws, &assertion);
      auto t7 = Clock::now();
      t[0] += s(t0, t1);
      t[1] += s(t1, t2);
      t[2] += s(t2, t3);
      t[3] += s(t3, t4);
      t[4] += s(t4, t5);
      t[5] += s(t5, t6);
      t[6] += std::max(0.0, s(t6, t7) - s(t0, t6));
    }
    t[7] = 0;
    for (int i = 0; i < 7; ++i) t[7] += t[i];
    for (int i = 0; i < kStages; ++i) best[i] = std::min(best[i], t[i]);
  }
  const double n = static_cast<double>(rows.size());
  std::printf("%zu rows, best of %d passes\n", rows.size(), repeats);
  for (int i = 0; i < kStages; ++i)
    std::printf("  %-16s %7.3f us/sentence  %10.0f sentences/s\n", names[i], best[i] / n * 1e6,
                n / best[i]);
  return 0;
}
