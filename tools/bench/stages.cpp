// Per-stage cost of the analysis on one thread: where a scan's time goes.
//
//   build/tools/bench/bench_stages ../shared/corpora/mtsamples.jsonl [repeats]
//
// Reads the notes into memory first, then times each stage over all of them (best of
// `repeats` passes, default 3) and prints seconds and MB/s of note text per stage. Stages
// run in pipeline order on the same workspace, as Analyzer::analyze runs them; "evidence
// and audit" is the rest of analyze() after matching (the NoteRecord built included), and
// "output record" the record's JSON line.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "io/jsonl_reader.h"
#include "match/matcher.h"
#include "output/jsonl.h"
#include "pipeline/analyzer.h"
#include "text/sentences.h"

using namespace dxaudit;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_stages NOTES.jsonl [repeats]\n";
    return 2;
  }
  int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  pipeline::LoadResult loaded = pipeline::Analyzer::load(pipeline::default_data_dir());
  if (!loaded.analyzer) {
    for (const auto& e : loaded.errors) std::cerr << e.to_string() << "\n";
    return 2;
  }
  const pipeline::Analyzer& analyzer = *loaded.analyzer;
  match::Matcher matcher(analyzer.lexicon());

  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 2;
  }
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(std::move(line));

  constexpr int kStages = 9;
  const char* names[kStages] = {"json parsing",       "matching view", "tokenizer",
                                "sections",           "sentences",     "lexicon matching",
                                "evidence and audit", "output record", "total"};
  double best[kStages];
  std::fill(best, best + kStages, 1e30);
  size_t bytes = 0;
  pipeline::Workspace ws;
  pipeline::NoteRecord analysed;
  std::string out;
  for (int r = 0; r < repeats; ++r) {
    double t[kStages] = {0};
    bytes = 0;
    for (const std::string& line : lines) {
      auto t0 = Clock::now();
      io::InputRecord record;
      io::parse_note_json(line, &record);
      auto t1 = Clock::now();
      if (!record.ok) continue;
      const io::Note& note = record.note;
      bytes += note.text.size();
      ws.view.build(note.text);
      auto t2 = Clock::now();
      text::tokenize(ws.view.text(), &ws.tokens);
      auto t3 = Clock::now();
      analyzer.sections().detect(ws.view, note.text, &ws.sections);
      auto t4 = Clock::now();
      text::split_sentences(ws.view, note.text, ws.tokens, ws.sections, &ws.sentences);
      auto t5 = Clock::now();
      matcher.find(ws.view.text(), ws.sentences, &ws.match, &ws.hits);
      auto t6 = Clock::now();
      // The whole analysis once more; its cost minus the stages above is the rest.
      analyzer.analyze(note, &ws, &analysed);
      auto t7 = Clock::now();
      out.clear();
      output::append_record_json(analysed, analyzer, &out);
      auto t8 = Clock::now();
      auto s = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
      double upto_match = s(t1, t6);
      t[0] += s(t0, t1);
      t[1] += s(t1, t2);
      t[2] += s(t2, t3);
      t[3] += s(t3, t4);
      t[4] += s(t4, t5);
      t[5] += s(t5, t6);
      t[6] += std::max(0.0, s(t6, t7) - upto_match);
      t[7] += s(t7, t8);
    }
    t[8] = 0;
    for (int i = 0; i < 8; ++i) t[8] += t[i];
    for (int i = 0; i < kStages; ++i) best[i] = std::min(best[i], t[i]);
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("%zu notes, %.1f MB of note text, best of %d passes\n", lines.size(), mb, repeats);
  for (int i = 0; i < kStages; ++i)
    std::printf("  %-20s %8.4f s  %9.1f MB/s\n", names[i], best[i], mb / best[i]);
  return 0;
}
