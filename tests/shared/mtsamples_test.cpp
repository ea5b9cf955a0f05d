// Scans all of MTSamples (../shared/corpora/mtsamples.jsonl, beside the checkout) with the
// real binary and checks one ok record per note, in input order, every span consistent.
// Then scans it again on one thread and checks that the -j1 and -j2 outputs are
// byte-identical (the ordered pipeline, scan.h), and converts it to CSV (gzip) and FHIR
// NDJSON (base64 attachments), scans those, and checks that every record is the same as
// from JSONL (real clinical text through CSV quoting and base64).
// Exits 77 (ctest: skipped) when the corpus is not there, as on a user's fresh clone.
#include <zlib.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "output_checks.h"
#include "test_support.h"

using namespace dxaudit::testing;
using nlohmann::json;

namespace {

std::string csv_cell(const std::string& s) {
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q.push_back('"');
    q.push_back(c);
  }
  q.push_back('"');
  return q;
}

std::string base64(const std::string& in) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v =
        (uint32_t(uint8_t(in[i])) << 16) | (uint32_t(uint8_t(in[i + 1])) << 8) | uint8_t(in[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out.push_back(t[(v >> s) & 63]);
  }
  if (i + 1 == in.size()) {
    uint32_t v = uint32_t(uint8_t(in[i])) << 16;
    out.push_back(t[(v >> 18) & 63]);
    out.push_back(t[(v >> 12) & 63]);
    out += "==";
  } else if (i + 2 == in.size()) {
    uint32_t v = (uint32_t(uint8_t(in[i])) << 16) | (uint32_t(uint8_t(in[i + 1])) << 8);
    out.push_back(t[(v >> 18) & 63]);
    out.push_back(t[(v >> 12) & 63]);
    out.push_back(t[(v >> 6) & 63]);
    out.push_back('=');
  }
  return out;
}

// The records of `output` with `meta` removed, one JSON string each.
std::vector<std::string> without_meta(const std::string& output) {
  std::vector<std::string> out;
  std::istringstream in(output);
  std::string line;
  while (std::getline(in, line)) {
    json r = json::parse(line);
    r.erase("meta");
    out.push_back(r.dump());
  }
  return out;
}

}  // namespace

int main() {
  const std::filesystem::path corpus = dxaudit::testing::shared_mtsamples();
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

  // The same notes as gzip-compressed CSV and as FHIR NDJSON.
  std::string csv = "note_id,specialty,title,description,text\r\n";
  std::string fhir;
  {
    std::istringstream in(read_file(corpus));
    std::string line;
    while (std::getline(in, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      json note = json::parse(line);
      for (const char* k : {"note_id", "specialty", "title", "description"})
        csv += csv_cell(note.value(k, "")) + ",";
      csv += csv_cell(note["text"].get<std::string>()) + "\r\n";
      json d = {{"resourceType", "DocumentReference"},
                {"id", note["note_id"]},
                {"content",
                 {{{"attachment",
                    {{"contentType", "text/plain"},
                     {"data", base64(note["text"].get<std::string>())}}}}}}};
      fhir += d.dump() + "\n";
    }
  }
  gzFile gz = gzopen((dir / "notes.csv.gz").c_str(), "wb");
  gzwrite(gz, csv.data(), static_cast<unsigned>(csv.size()));
  gzclose(gz);
  write_file(dir / "notes.ndjson", fhir);
  std::vector<std::string> reference = without_meta(read_file(out));
  for (const char* name : {"notes.csv.gz", "notes.ndjson"}) {
    std::filesystem::path o = dir / (std::string(name) + ".out");
    CommandResult rf = run_command(binary() + " scan -j2 " + shell_quote((dir / name).string()) +
                                   " -o " + shell_quote(o.string()));
    std::vector<std::string> got = without_meta(read_file(o));
    size_t differing = 0;
    for (size_t i = 0; i < got.size() && i < reference.size(); ++i)
      if (got[i] != reference[i] && ++differing <= 3)
        std::cerr << "FAIL: " << name << " record " << i + 1 << " differs from JSONL\n";
    if (rf.exit_code != 0 || got.size() != reference.size() || differing > 0) {
      std::cerr << "FAIL: " << name << ": exit " << rf.exit_code << ", " << got.size()
                << " records, " << differing << " differ from JSONL\n";
      ++failures;
    } else {
      std::cout << name << ": the same " << got.size() << " records as from JSONL\n";
    }
  }
  if (n != 4966) std::cerr << "note: expected 4,966 MTSamples notes, read " << n << "\n";
  return failures == 0 && n == 4966 ? 0 : 1;
}
