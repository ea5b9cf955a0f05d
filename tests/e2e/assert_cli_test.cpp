// `dxaudit assert` and `dxaudit eval-assert` as users run them.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

using dxaudit::testing::binary;
using dxaudit::testing::run_command;
using dxaudit::testing::shell_quote;
using dxaudit::testing::TempDir;

namespace {

std::vector<nlohmann::json> lines_of(const std::string& out) {
  std::vector<nlohmann::json> records;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) records.push_back(nlohmann::json::parse(line));
  return records;
}

}  // namespace

TEST_CASE("assert: one record per row, in order, with cue offsets into the sentence") {
  TempDir dir;
  std::string tsv =
      dir.write("in.tsv",
                "id\ttarget\tsentence\textra\n"
                "a1\tleg  NUMBNESS\tShe denies leg numbness.\tignored\n"
                "a2\tsciatica\tNo sciatica; back pain only.\tx\n"
                "a3\tfoot drop\tGait is normal.\tx\n"
                "a4\tsaddle numbness\tReturn if she develops Saddle   numbness.\tx\n");
  auto r = run_command(binary() + " assert " + shell_quote(tsv));
  CHECK(r.exit_code == 0);
  auto records = lines_of(r.out);
  REQUIRE(records.size() == 4);
  CHECK(records[0]["id"] == "a1");
  CHECK(records[0]["found"] == true);
  CHECK(records[0]["negated"] == true);
  CHECK(records[0]["experiencer"] == "patient");
  REQUIRE(records[0]["cues"].size() == 1);
  CHECK(records[0]["cues"][0]["category"] == "negated");
  CHECK(records[0]["cues"][0]["text"] == "denies");
  CHECK(records[0]["cues"][0]["begin"] == 4);
  CHECK(records[0]["cues"][0]["end"] == 10);
  CHECK(records[0]["begin"] == 11);
  CHECK(records[0]["end"] == 23);
  CHECK(records[1]["negated"] == true);
  CHECK(records[2]["id"] == "a3");
  CHECK(records[2]["found"] == false);
  CHECK_FALSE(records[2].contains("negated"));
  CHECK(records[3]["hypothetical"] == true);
  CHECK(records[3]["negated"] == false);
}

TEST_CASE("assert: a short row becomes an error record in place; a bad header is refused") {
  TempDir dir;
  std::string tsv = dir.write("in.tsv", "id\ttarget\tsentence\nb1\tfever\n b2\tfever\tNo fever.\n");
  auto r = run_command(binary() + " assert " + shell_quote(tsv));
  CHECK(r.exit_code == 1);
  auto records = lines_of(r.out);
  REQUIRE(records.size() == 2);
  CHECK(records[0]["error"]["kind"] == "bad_row");
  CHECK(records[0]["error"]["message"].get<std::string>().find(tsv + ":2:") == 0);
  CHECK(records[1]["negated"] == true);

  std::string headless = dir.write("bad.tsv", "id\tphrase\ttext\n1\tx\ty\n");
  auto bad = run_command(binary() + " assert " + shell_quote(headless) + " 2>&1");
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.find("must name id, target and sentence") != std::string::npos);
}

TEST_CASE("eval-assert: scores, lists errors and exits 1 under a threshold") {
  TempDir dir;
  // The kit's layout; row 3 is annotated wrongly on purpose so the engine disagrees.
  std::string gold =
      dir.write("gold.tsv",
                "id\ttarget\tsentence\tnegation\ttemporality\texperiencer\n"
                "1\tfever\tDenies fever.\tNegated\tRecent\tPatient\n"
                "2\tcancer\tHistory of cancer.\tAffirmed\tHistorical\tPatient\n"
                "3\tleg pain\tLeg pain today.\tNegated\tRecent\tPatient\n"
                "4\tdiabetes\tMother with diabetes.\tAffirmed\tRecent\tFamily member\n");
  auto r = run_command(binary() + " eval-assert " + shell_quote(gold));
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("4 rows") != std::string::npos);
  // negated: gold 2, found 1, tp 1: precision 1, recall 0.5.
  CHECK(r.out.find(
            "negated            4      2      1      1     0     1      1.000   0.500  0.667") !=
        std::string::npos);
  CHECK(r.out.find("historical         4      1      1      1") != std::string::npos);
  CHECK(r.out.find("uncertain") == std::string::npos);  // the kit does not annotate it

  auto errors = run_command(binary() + " eval-assert " + shell_quote(gold) + " --errors negated");
  CHECK(errors.out.find("id 3") != std::string::npos);
  CHECK(errors.out.find("id 1 ") == std::string::npos);

  auto under = run_command(binary() + " eval-assert " + shell_quote(gold) +
                           " --min-negated-f1 0.9 --min-historical-f1 0.9");
  CHECK(under.exit_code == 1);
  CHECK(under.out.find("below 0.9") != std::string::npos);

  std::string broken = dir.write("broken.tsv",
                                 "id\ttarget\tsentence\tnegation\ttemporality\texperiencer\n"
                                 "1\tfever\tDenies fever.\tMaybe\tRecent\tPatient\n");
  auto bad = run_command(binary() + " eval-assert " + shell_quote(broken) + " 2>&1");
  CHECK(bad.exit_code == 1);
  CHECK(bad.out.find(broken + ":2: negation is Affirmed or Negated, not 'Maybe'") !=
        std::string::npos);
}

TEST_CASE("eval-assert: scores the label columns a file has, and skips blank cells") {
  TempDir dir;
  // BioScope's layout: negated and uncertain only; a blank cell labels nothing.
  std::string gold = dir.write("bio.tsv",
                               "id\ttarget\tsentence\tnegated\tuncertain\n"
                               "1\tpneumonia\tNo pneumonia.\t1\t0\n"
                               "2\tatelectasis\tFindings consistent with atelectasis.\t\t1\n"
                               "3\tfever\tFever and cough.\t0\t\n");
  auto r = run_command(binary() + " eval-assert " + shell_quote(gold));
  CHECK(r.exit_code == 0);
  // Each category counts only the rows that fill its cell: two each.
  CHECK(r.out.find("negated            2      1      1      1     0     0") != std::string::npos);
  CHECK(r.out.find("uncertain          2      1      1      1     0     0") != std::string::npos);
  CHECK(r.out.find("historical") == std::string::npos);
  // A threshold on a category the file does not label is a usage error.
  auto missing =
      run_command(binary() + " eval-assert " + shell_quote(gold) + " --min-historical-f1 0.5 2>&1");
  CHECK(missing.exit_code == 2);
  CHECK(missing.out.find("has no historical labels") != std::string::npos);
  // No label column at all.
  std::string none = dir.write("none.tsv", "id\ttarget\tsentence\nx\tfever\tFever.\n");
  auto bad = run_command(binary() + " eval-assert " + shell_quote(none) + " 2>&1");
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.find("no label columns") != std::string::npos);
}

TEST_CASE("assert: begin and end name the occurrence of the target") {
  TempDir dir;
  // The second "pain" is the one meant; the first is denied.
  std::string in = dir.write("at.tsv",
                             "id\ttarget\tsentence\tbegin\tend\n"
                             "1\tpain\tNo pain at rest, but pain with bending.\t21\t25\n"
                             "2\tpain\tNo pain at rest, but pain with bending.\t\t\n"
                             "3\tpain\tNo pain at rest, but pain with bending.\t5\t9\n"
                             "4\tpain\tNo pain.\t3\t99\n");
  auto r = run_command(binary() + " assert " + shell_quote(in));
  CHECK(r.exit_code == 1);  // row 4 is malformed
  std::vector<nlohmann::json> records = lines_of(r.out);
  REQUIRE(records.size() == 4);
  CHECK(records[0]["negated"] == false);
  CHECK(records[0]["begin"] == 21);
  CHECK(records[0]["end"] == 25);
  CHECK(records[1]["negated"] == true);  // without begin/end: the first occurrence
  CHECK(records[2]["found"] == false);   // no "pain" spans 5-9
  CHECK(records[3]["error"]["kind"] == "bad_row");
  CHECK(records[3]["error"]["message"].get<std::string>().find(
            "begin and end must be byte offsets") != std::string::npos);
}

TEST_CASE("-o onto a device or through a link writes there, never replacing it") {
  namespace fs = std::filesystem;
  REQUIRE(fs::is_character_file("/dev/null"));
  TempDir dir;
  std::string tsv = dir.write("in.tsv", "id\ttarget\tsentence\n1\tfever\tNo fever.\n");
  CHECK(run_command(binary() + " assert " + shell_quote(tsv) + " -o /dev/null").exit_code == 0);
  CHECK(fs::is_character_file("/dev/null"));
  std::string notes = dir.write("notes.jsonl", "{\"note_id\":\"n\",\"text\":\"No fever.\"}\n");
  CHECK(run_command(binary() + " scan " + shell_quote(notes) + " -o /dev/null").exit_code == 0);
  CHECK(fs::is_character_file("/dev/null"));

  // A link keeps pointing at the file, which holds the new output.
  std::string target = dir.write("real.jsonl", "old\n");
  fs::create_symlink(target, dir / "link.jsonl");
  CHECK(run_command(binary() + " assert " + shell_quote(tsv) + " -o " +
                    shell_quote((dir / "link.jsonl").string()))
            .exit_code == 0);
  CHECK(fs::is_symlink(dir / "link.jsonl"));
  CHECK(dxaudit::testing::read_file(target).find("\"id\":\"1\"") != std::string::npos);
}

TEST_CASE("assert -j: the same records in the same order for every number of threads") {
  // Rows go through in batches of a few hundred; 1,000 rows with malformed ones spread over
  // several batches check order, error records in place and their line numbers.
  TempDir dir;
  std::string rows = "id\ttarget\tsentence\n";
  const char* sentences[] = {"She denies leg numbness.", "No sciatica; back pain only.",
                             "Possible disc herniation at L4-L5.", "History of leg numbness.",
                             "Mother had back pain."};
  const char* targets[] = {"leg numbness", "sciatica", "disc herniation", "leg numbness",
                           "back pain"};
  auto id_of = [](int i) {
    std::string id = std::to_string(i);
    id.insert(id.begin(), 'r');
    return id;
  };
  for (int i = 0; i < 1000; ++i) {
    rows += id_of(i);
    if (i % 97 == 13) {
      rows += "\tfever\n";  // too few fields
      continue;
    }
    rows += '\t';
    rows += targets[i % 5];
    rows += '\t';
    rows += sentences[i % 5];
    rows += '\n';
  }
  std::string tsv = dir.write("many.tsv", rows);
  auto one = run_command(binary() + " assert -j 1 " + shell_quote(tsv));
  auto two = run_command(binary() + " assert -j 2 " + shell_quote(tsv));
  auto every = run_command(binary() + " assert " + shell_quote(tsv));
  CHECK(one.exit_code == 1);
  CHECK(two.exit_code == 1);
  CHECK(every.exit_code == 1);
  CHECK(one.out == two.out);
  CHECK(one.out == every.out);
  std::vector<nlohmann::json> records = lines_of(one.out);
  REQUIRE(records.size() == 1000);
  for (int i = 0; i < 1000; ++i) {
    CHECK(records[i]["id"] == id_of(i));
    if (i % 97 == 13) {
      // Line i + 2: the header is line 1.
      CHECK(records[i]["error"]["message"].get<std::string>().find(
                tsv + ":" + std::to_string(i + 2) + ":") == 0);
    } else {
      CHECK(records[i]["found"] == true);
    }
  }
  CHECK(records[0]["negated"] == true);
  CHECK(records[3]["historical"] == true);
  CHECK(records[4]["experiencer"] == "other");

  // A header and no rows: nothing written, and a run that asserted nothing says so.
  std::string empty = dir.write("empty.tsv", "id\ttarget\tsentence\n\n");
  auto none = run_command(binary() + " assert -j 2 " + shell_quote(empty) + " 2>&1");
  CHECK(none.exit_code == 1);
  CHECK(none.out.find("no row was read, nothing was asserted") != std::string::npos);
  // ... and an earlier -o FILE stays as it was, not replaced by an empty one.
  const std::string earlier = dir.write("earlier.jsonl", "{\"id\":\"1\",\"found\":false}\n");
  none = run_command(binary() + " assert " + shell_quote(empty) + " -o " + shell_quote(earlier) +
                     " 2>&1");
  CHECK(none.exit_code == 1);
  CHECK(dxaudit::testing::read_file(earlier) == "{\"id\":\"1\",\"found\":false}\n");

  auto negative = run_command(binary() + " assert -j -1 " + shell_quote(tsv) + " 2>&1");
  CHECK(negative.exit_code == 2);
  CHECK(negative.out.find("--jobs must be 0") != std::string::npos);
}

TEST_CASE("eval-assert: nothing to score never passes") {
  TempDir dir;
  // No rows at all: no figure, exit 1, even without a threshold.
  std::string empty = dir.write("empty.tsv", "id\ttarget\tsentence\tnegated\n");
  auto none = run_command(binary() + " eval-assert " + shell_quote(empty) + " 2>&1");
  CHECK(none.exit_code == 1);
  CHECK(none.out.find("no row was scored") != std::string::npos);
  // Rows, but every `uncertain` cell blank: that category has no score, and a threshold on
  // it is missed rather than met by a perfect score over nothing.
  std::string blank = dir.write("blank.tsv",
                                "id\ttarget\tsentence\tnegated\tuncertain\n"
                                "1\tfever\tNo fever.\t1\t\n"
                                "2\tcough\tShe has a cough.\t0\t\n");
  auto scored = run_command(binary() + " eval-assert " + shell_quote(blank));
  CHECK(scored.exit_code == 0);
  CHECK(scored.out.find("uncertain          0  no row labels it") != std::string::npos);
  auto gated =
      run_command(binary() + " eval-assert " + shell_quote(blank) + " --min-uncertain-f1 0.5");
  CHECK(gated.exit_code == 1);
  CHECK(gated.out.find("--min-uncertain-f1 not met") != std::string::npos);
  auto negated =
      run_command(binary() + " eval-assert " + shell_quote(blank) + " --min-negated-f1 0.9");
  CHECK(negated.exit_code == 0);
}
