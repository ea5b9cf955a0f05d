// Cost of each `re:` pattern in a scan: which expressions the regex time goes to.
//
//   build/tools/bench/bench_patterns ../shared/corpora/mtsamples.jsonl [top]
//
// Reads the notes, prepares each one as a scan does (matching view, tokens, sections,
// sentences), then, sentence by sentence, asks the scan matcher's prefilter which `re:`
// expressions may match and searches each of them as the matcher does: unanchored over
// the sentence, leftmost-longest, again after each match. Expressions without atoms go,
// as in the matcher, through one RE2::Set per sentence (its cost is printed on a line of
// its own) and are searched only where the set says they match. Prints the `top` costliest (default
// 30) with their share of the time, calls, matches, nanoseconds per call and per byte searched, and
// file:line, so that a lexicon author sees what an expression costs on real text. The
// alignment checks and literal phrases are not timed (bench_stages has the whole stage).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "io/jsonl_reader.h"
#include "match/matcher.h"
#include "pipeline/analyzer.h"
#include "text/sentences.h"

using namespace dxaudit;
using Clock = std::chrono::steady_clock;

namespace {

struct Cost {
  double seconds = 0;
  uint64_t calls = 0;
  uint64_t matches = 0;
  uint64_t bytes = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_patterns NOTES.jsonl [top]\n";
    return 2;
  }
  const size_t top = argc > 2 ? static_cast<size_t>(std::max(1, std::atoi(argv[2]))) : 30;
  pipeline::LoadResult loaded = pipeline::Analyzer::load(pipeline::default_data_dir());
  if (!loaded.analyzer) {
    for (const auto& e : loaded.errors) std::cerr << e.to_string() << "\n";
    return 2;
  }
  const pipeline::Analyzer& analyzer = *loaded.analyzer;
  const lexicon::Lexicon& lex = analyzer.lexicon();
  match::Matcher matcher(lex);
  const match::RegexPrefilter* prefilter = matcher.regex_prefilter();
  if (prefilter == nullptr) {
    std::cerr << "no prefilter: the lexicons have no `re:` pattern, or FilteredRE2 refused one\n";
    return 2;
  }
  // Each expression compiled as the matcher compiles it.
  std::vector<std::unique_ptr<re2::RE2>> regexes;
  size_t expressions = 0;
  for (uint32_t p = 0; p < lex.patterns.size(); ++p)
    if (lex.patterns[p].literal_words.empty()) ++expressions;
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_longest_match(true);
  for (size_t e = 0; e < expressions; ++e)
    regexes.push_back(std::make_unique<re2::RE2>(
        lex.regex_sources[matcher.regex_pattern(static_cast<uint32_t>(e))], options));

  // The expressions without atoms, in one set as the matcher builds it.
  re2::RE2::Options set_options = options;
  set_options.set_longest_match(false);
  set_options.set_max_mem(int64_t{64} << 20);
  re2::RE2::Set unfiltered_set(set_options, re2::RE2::UNANCHORED);
  const std::vector<uint32_t>& unfiltered = prefilter->unfiltered();
  for (uint32_t e : unfiltered) {
    std::string error;
    unfiltered_set.Add(lex.regex_sources[matcher.regex_pattern(e)], &error);
  }
  const bool have_set = !unfiltered.empty() && unfiltered_set.Compile();
  double set_seconds = 0;
  std::vector<int> set_matches;

  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 2;
  }
  std::vector<Cost> costs(expressions);
  pipeline::Workspace ws;
  match::PrefilterScratch scratch;
  std::vector<uint32_t> candidates;
  size_t notes = 0, sentences = 0;
  uint64_t text_bytes = 0;
  for (std::string line; std::getline(in, line);) {
    io::InputRecord record;
    io::parse_note_json(line, &record);
    if (!record.ok) continue;
    const io::Note& note = record.note;
    ++notes;
    text_bytes += note.text.size();
    ws.view.build(note.text);
    text::tokenize(ws.view.text(), &ws.tokens);
    analyzer.sections().detect(ws.view, note.text, &ws.sections);
    text::split_sentences(ws.view, note.text, ws.tokens, ws.sections, &ws.sentences);
    const std::string_view view = ws.view.text();
    for (Span sentence : ws.sentences) {
      ++sentences;
      prefilter->candidates(sentence.in(view), &scratch, &candidates);
      auto s0 = Clock::now();
      set_matches.clear();
      if (have_set && unfiltered_set.Match(sentence.in(view), &set_matches)) {
        for (int i : set_matches) candidates.push_back(unfiltered[static_cast<size_t>(i)]);
      } else if (!have_set) {
        candidates.insert(candidates.end(), unfiltered.begin(), unfiltered.end());
      }
      set_seconds += std::chrono::duration<double>(Clock::now() - s0).count();
      for (uint32_t e : candidates) {
        const re2::RE2& re = *regexes[e];
        Cost& cost = costs[e];
        auto t0 = Clock::now();
        size_t pos = sentence.begin;
        re2::StringPiece m;
        while (pos < sentence.end &&
               re.Match(view, pos, sentence.end, re2::RE2::UNANCHORED, &m, 1)) {
          ++cost.matches;
          size_t end = static_cast<size_t>(m.data() - view.data()) + m.size();
          pos = std::max(end, pos + 1);
        }
        cost.seconds += std::chrono::duration<double>(Clock::now() - t0).count();
        ++cost.calls;
        cost.bytes += sentence.end - sentence.begin;
      }
    }
  }
  double total = 0;
  for (const Cost& c : costs) total += c.seconds;
  std::vector<size_t> order(expressions);
  for (size_t e = 0; e < expressions; ++e) order[e] = e;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return costs[a].seconds > costs[b].seconds; });
  std::printf("%zu notes, %.1f MB, %zu sentences, %zu `re:` expressions: %.3f s searching them\n",
              notes, static_cast<double>(text_bytes) / 1e6, sentences, expressions, total);
  std::printf("the set of the %zu expressions without atoms: %.3f s (%.0f ns per sentence)\n",
              unfiltered.size(), set_seconds,
              1e9 * set_seconds / static_cast<double>(std::max<size_t>(sentences, 1)));
  // Which expressions the set holds: each is tried on every sentence, so an expression
  // that loses its atoms (a new one whose words are all under the atom length) shows here.
  auto where = [](const lexicon::Pattern& p) {
    return p.file.substr(p.file.rfind('/') + 1) + ":" + std::to_string(p.line);
  };
  for (uint32_t e : unfiltered) {
    const lexicon::Pattern& p = lex.patterns[matcher.regex_pattern(e)];
    std::printf("  without atoms: %s %.70s\n", where(p).c_str(), p.source.c_str());
  }
  std::printf("%6s %9s %8s %9s %8s  %s\n", "share", "calls", "matches", "ns/call", "ns/byte",
              "pattern");
  for (size_t k = 0; k < std::min(top, order.size()); ++k) {
    const size_t e = order[k];
    const Cost& c = costs[e];
    if (c.calls == 0) break;
    const lexicon::Pattern& p = lex.patterns[matcher.regex_pattern(static_cast<uint32_t>(e))];
    std::printf("%5.1f%% %9llu %8llu %9.0f %8.2f  %s %.70s\n", 100.0 * c.seconds / total,
                static_cast<unsigned long long>(c.calls),
                static_cast<unsigned long long>(c.matches),
                1e9 * c.seconds / static_cast<double>(c.calls),
                1e9 * c.seconds / static_cast<double>(std::max<uint64_t>(c.bytes, 1)),
                where(p).c_str(), p.source.c_str());
  }
  return 0;
}
