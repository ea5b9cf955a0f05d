// What the `re:` prefilter's pass costs, alone: RegexPrefilter::candidates() over every
// sentence of a notes file, for the scan matcher and for the cue matcher of `dxaudit
// assert`, best of several passes, in nanoseconds per byte.
//
//   build/tools/bench/bench_prefilter ../shared/corpora/mtsamples.jsonl [passes]
//
// The sentences are prepared once (matching view, tokens, sections, sentences, as a scan
// does) and kept in memory, so that only the prefilter is timed. The pass is one chain of
// dependent loads a byte (a state of its automaton), which end-to-end runs on this VM
// measure within their noise; this tool measures it to a few per cent.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "io/jsonl_reader.h"
#include "match/matcher.h"
#include "pipeline/analyzer.h"
#include "text/sentences.h"

using namespace dxaudit;
using Clock = std::chrono::steady_clock;

namespace {

struct Prepared {
  std::string view;             // the matching views of every note, one after another
  std::vector<Span> sentences;  // offsets into `view`
};

// Best seconds of `passes` passes of `prefilter` over every sentence; *found: candidates.
double time_prefilter(const match::RegexPrefilter& prefilter, const Prepared& text, int passes,
                      uint64_t* found) {
  match::PrefilterScratch scratch;
  std::vector<uint32_t> candidates;
  double best = 1e300;
  for (int pass = 0; pass < passes; ++pass) {
    uint64_t count = 0;
    const auto start = Clock::now();
    for (Span sentence : text.sentences) {
      prefilter.candidates(sentence.in(text.view), &scratch, &candidates);
      count += candidates.size();
    }
    best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    *found = count;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_prefilter NOTES.jsonl [passes]\n";
    return 2;
  }
  const int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  pipeline::LoadResult loaded = pipeline::Analyzer::load(pipeline::default_data_dir());
  if (!loaded.analyzer) {
    for (const auto& e : loaded.errors) std::cerr << e.to_string() << "\n";
    return 2;
  }
  const pipeline::Analyzer& analyzer = *loaded.analyzer;
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 2;
  }
  Prepared text;
  pipeline::Workspace ws;
  for (std::string line; std::getline(in, line);) {
    io::InputRecord record;
    io::parse_note_json(line, &record);
    if (!record.ok) continue;
    ws.view.build(record.note.text);
    text::tokenize(ws.view.text(), &ws.tokens);
    analyzer.sections().detect(ws.view, record.note.text, &ws.sections);
    text::split_sentences(ws.view, record.note.text, ws.tokens, ws.sections, &ws.sentences);
    const auto base = static_cast<uint32_t>(text.view.size());
    text.view += ws.view.text();
    for (Span s : ws.sentences) text.sentences.push_back({base + s.begin, base + s.end});
  }
  uint64_t bytes = 0;
  for (Span s : text.sentences) bytes += s.end - s.begin;
  std::printf("%zu sentences, %.1f MB of sentence text, best of %d passes\n", text.sentences.size(),
              static_cast<double>(bytes) / 1e6, passes);
  const struct {
    const char* name;
    match::Matcher::Scope scope;
  } matchers[] = {{"scan (all patterns)", match::Matcher::Scope::kAll},
                  {"assert (cues)", match::Matcher::Scope::kCues}};
  for (const auto& m : matchers) {
    match::Matcher matcher(analyzer.lexicon(), m.scope);
    const match::RegexPrefilter* prefilter = matcher.regex_prefilter();
    if (prefilter == nullptr) continue;
    size_t longest = 0;
    for (const std::string& atom : prefilter->atoms()) longest = std::max(longest, atom.size());
    uint64_t found = 0;
    const double seconds = time_prefilter(*prefilter, text, passes, &found);
    std::printf(
        "  %-20s %7.3f s  %6.2f ns/byte  %6.1f MB/s  %.2f candidates a sentence  (%zu atoms, "
        "longest %zu bytes)\n",
        m.name, seconds, seconds * 1e9 / static_cast<double>(bytes),
        static_cast<double>(bytes) / seconds / 1e6,
        static_cast<double>(found) / static_cast<double>(text.sentences.size()),
        prefilter->atoms().size(), longest);
  }
  return 0;
}
