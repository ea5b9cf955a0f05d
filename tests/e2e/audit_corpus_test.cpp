// The audit corpus (corpora/audit/): every rule fires where corpora/audit/expected.jsonl
// says and nowhere else, with the expected severity, suggestions and verdict; and
// `dxaudit models check` on shipped and broken models.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <vector>

#include "codes/codes.h"
#include "output_checks.h"
#include "test_support.h"

using namespace dxaudit::testing;
using nlohmann::json;

namespace {

const std::string kSource = DXAUDIT_SOURCE_DIR;

std::vector<json> json_lines(const std::string& s) {
  std::vector<json> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(json::parse(line));
  return out;
}

// A flag as expected.jsonl writes it: "RULE CODE SEVERITY SUGGEST,SUGGEST" ("-": none).
std::string describe_flag(const json& a) {
  std::vector<std::string> suggest = a["suggest"].get<std::vector<std::string>>();
  std::string out = a["rule"].get<std::string>();
  out += ' ';
  out += a["code"].get<std::string>();
  out += ' ';
  out += a["severity"].get<std::string>();
  out += ' ';
  if (suggest.empty()) out += '-';
  for (size_t i = 0; i < suggest.size(); ++i) {
    if (i > 0) out += ',';
    out += suggest[i];
  }
  return out;
}

std::vector<json> scan_corpus() {
  TempDir dir;
  std::string out = (dir / "out.jsonl").string();
  CommandResult r = run_command(
      binary() + " scan " + shell_quote(kSource + "/corpora/audit/notes.jsonl") + " --claims " +
      shell_quote(kSource + "/corpora/audit/claims.csv") + " -o " + shell_quote(out));
  REQUIRE(r.exit_code == 0);
  return json_lines(read_file(out));
}

}  // namespace

TEST_CASE("audit corpus: rules fire where expected.jsonl says and nowhere else") {
  std::vector<json> got = scan_corpus();
  std::vector<json> expected = json_lines(read_file(kSource + "/corpora/audit/expected.jsonl"));
  std::vector<json> notes = json_lines(read_file(kSource + "/corpora/audit/notes.jsonl"));
  REQUIRE(notes.size() >= 40);
  REQUIRE(got.size() == notes.size());
  REQUIRE(expected.size() == notes.size());
  std::set<std::string> patients;
  std::set<std::string> rules_seen;
  for (size_t i = 0; i < got.size(); ++i) {
    const json& rec = got[i];
    const json& exp = expected[i];
    INFO("record " << i + 1 << " (" << exp["note_id"].get<std::string>() << ")");
    // Output order is input order, though the longitudinal review works in date order.
    REQUIRE(rec["note_id"] == notes[i]["note_id"]);
    REQUIRE(rec["note_id"] == exp["note_id"]);
    REQUIRE(rec["status"] == "ok");
    patients.insert(notes[i]["patient_id"].get<std::string>());
    std::vector<std::string> codes;
    for (const json& c : rec["codes"])
      codes.push_back(c["code"].get<std::string>() + "/" + c["source"].get<std::string>());
    CHECK(codes == exp["codes"].get<std::vector<std::string>>());
    std::multiset<std::string> flags, want;
    for (const json& a : rec["audit"]) {
      flags.insert(describe_flag(a));
      rules_seen.insert(a["rule"].get<std::string>());
    }
    for (const json& f : exp["flags"]) want.insert(f.get<std::string>());
    CHECK(flags == want);
    CHECK(rec["verdict"] == exp["verdict"]);
    const std::string text = notes[i]["text"];
    CHECK(check_record_spans(rec, text) == "");
    // A code found in the text points at the code as written there.
    for (const json& c : rec["codes"])
      if (c["source"] == "text") {
        size_t b = c["begin"], e = c["end"];
        REQUIRE(e <= text.size());
        CHECK(dxaudit::codes::normalize_code(text.substr(b, e - b)) == c["code"]);
      }
    // Every flag from findings quotes its evidence in the message.
    for (const json& a : rec["audit"])
      for (const json& ev : a["evidence"])
        if (ev.contains("concept")) {
          size_t b = ev["begin"], e = ev["end"];
          std::string quoted(1, '\'');
          quoted.append(text, b, e - b);
          quoted.push_back('\'');
          CHECK(a["message"].get<std::string>().find(quoted) != std::string::npos);
        }
  }
  CHECK(patients.size() >= 10);
  // Every rule of the contract fires somewhere in the corpus.
  for (const char* rule :
       {"M5450_UNSUPPORTED_RADICULAR", "M5450_UNSUPPORTED_STRAIN",
        "M5450_UNSUPPORTED_VERTEBROGENIC", "M5450_UNSUPPORTED_DISC", "M5450_UNSUPPORTED_STRUCTURAL",
        "M5450_UNSUPPORTED_PSYCHOGENIC", "M5450_UNSUPPORTED_MULTIFIDUS", "M5450_RED_FLAG",
        "EXCLUDES1_CONFLICT", "MISSING_ELEMENTS", "MISSING_JUSTIFICATION", "INVALID_CODE",
        "LATERALITY_MISMATCH", "REPEATED_UNSPECIFIED", "M5450_SPECIFIC_DX_DOCUMENTED",
        "M5450_NO_LOW_BACK_PAIN"}) {
    INFO(rule);
    CHECK(rules_seen.count(rule) == 1);
  }
}

TEST_CASE("audit corpus: the verdict follows the contract from the flags and elements") {
  // Recomputed here from the output alone, as docs/contract.md defines it.
  for (const json& rec : scan_corpus()) {
    if (!rec["verdict"].contains("M54.50")) continue;
    INFO(rec["note_id"].get<std::string>());
    bool unsupported = false;
    for (const json& a : rec["audit"]) {
      std::string rule = a["rule"];
      // The contract's findings rules, and the two that read the note against the code
      // itself (docs/output-schema.md).
      if (rule.rfind("M5450_UNSUPPORTED_", 0) == 0 || rule == "M5450_RED_FLAG" ||
          rule == "M5450_SPECIFIC_DX_DOCUMENTED" || rule == "M5450_NO_LOW_BACK_PAIN")
        unsupported = true;
    }
    const json& el = rec["elements"];
    int exam = 0;
    for (const char* e : {"rom", "palpation", "strength", "gait_posture", "neuro_screen"})
      exam += el[e]["present"].get<bool>() ? 1 : 0;
    bool insufficient = !el["justification"]["present"].get<bool>() ||
                        !el["red_flag_screen"]["present"].get<bool>() ||
                        !el["radicular_screen"]["present"].get<bool>() || exam < 2;
    std::string want = unsupported    ? "unsupported"
                       : insufficient ? "insufficient_documentation"
                                      : "supported";
    CHECK(rec["verdict"]["M54.50"] == want);
  }
}

TEST_CASE("models check: the shipped models pass; a broken one is named with file and line") {
  CommandResult ok = run_command(binary() + " models check --data " + shell_quote(kSource));
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("ok: ") == 0);

  TempDir dir;
  copy_shipped_data(dir.path());
  write_file(
      dir / "models" / "broken.model",
      "@kind rules\n"
      "R1\tM54.50\ttitle=t any=no_such_concept severity=high message=\"x\"\n"
      "R2\t*\ttitle=t kind=excludes1 severity=high message=\"x\" unrelated=\"unrelated to\"\n"
      "R3\tM54.40\ttitle=t kind=laterality any=category:radicular sides=left severity=high "
      "message=\"x\"\n");
  write_file(dir / "models" / "broken_codes.model",
             "@kind codes\nX99.9\tBad\tfrom=2015-10-01 excludes1=M51.2x-\n");
  CommandResult bad =
      run_command(binary() + " models check --data " + shell_quote(dir.str()) + " 2>&1");
  CHECK(bad.exit_code == 2);
  INFO(bad.out);
  CHECK(bad.out.find("broken_codes.model:2: excludes1: 'M51.2x-'") != std::string::npos);
  // Rules are checked once the codes load: fix the code file and look again, all at once.
  write_file(dir / "models" / "broken_codes.model", "@kind codes\n");
  bad = run_command(binary() + " models check --data " + shell_quote(dir.str()) + " 2>&1");
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.find("broken.model:2: unknown concept 'no_such_concept'") != std::string::npos);
  CHECK(bad.out.find("broken.model:3: rule R2 needs unrelated_severity=") != std::string::npos);
  CHECK(bad.out.find("broken.model:4: rule R3 fires on a side it gives no suggest.SIDE for") !=
        std::string::npos);
}

TEST_CASE("scan --claims: a claims file without the columns is a usage error") {
  TempDir dir;
  std::string notes = dir.write("n.jsonl", "{\"note_id\":\"a\",\"text\":\"x\"}\n");
  std::string claims = dir.write("c.csv", "id,dx\na,M54.50\n");
  CommandResult r = run_command(binary() + " scan " + shell_quote(notes) + " --claims " +
                                shell_quote(claims) + " 2>&1");
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("c.csv:1: the header must name a code column") != std::string::npos);
}
