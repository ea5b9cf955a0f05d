// `dxaudit scan --format brat` and `dxaudit eval`, with the real binary.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "test_support.h"

using namespace dxaudit::testing;
using nlohmann::json;

namespace {

const char* const kText = "Pain shooting down the left leg. Denies fever.";

}  // namespace

TEST_CASE("scan --format brat writes NOTE.txt, NOTE.ann and annotation.conf") {
  TempDir dir;
  std::string input;
  input += json{{"note_id", "n/1"}, {"text", kText}}.dump() + "\n";
  input += json{{"note_id", "n/1"}, {"text", "No fever."}}.dump() + "\n";
  input += "not json\n";
  std::string in = dir.write("in.jsonl", input);
  std::string out = (dir / "review").string();
  CommandResult r = run_command(binary() + " scan " + shell_quote(in) + " --format brat -o " +
                                shell_quote(out) + " 2>&1");
  // The unreadable line is an error record, on standard error.
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("malformed") != std::string::npos);
  // '/' is not kept in a file name; the second note with the same id gets its own stem.
  CHECK(read_file(dir / "review" / "n_1.txt") == kText);
  CHECK(read_file(dir / "review" / "n_1.ann") ==
        "T1\tradiating_leg_pain 0 31\tPain shooting down the left leg\n"
        "A1\tLaterality T1 left\n"
        "T2\tfever 40 45\tfever\n"
        "A2\tNegated T2\n"
        "T3\tred_flag_screen 33 45\tDenies fever\n");
  CHECK(std::filesystem::exists(dir / "review" / "n_1-2.ann"));
  std::string conf = read_file(dir / "review" / "annotation.conf");
  CHECK(conf.find("\nradiating_leg_pain\n") != std::string::npos);
  CHECK(conf.find("Laterality\tArg:<ENTITY>, Value:left|right|bilateral") != std::string::npos);

  // The written files are a gold directory eval can read back: all figures are 1.
  std::filesystem::remove(dir / "review" / "n_1-2.txt");
  std::filesystem::remove(dir / "review" / "n_1-2.ann");
  r = run_command(binary() + " eval --gold " + shell_quote(out) +
                  " --min-concept-f1 1 --min-laterality-accuracy 1 --min-element-accuracy 1");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("ALL (micro)                     2    0    0   1.000   1.000   1.000") !=
        std::string::npos);
}

TEST_CASE("scan --format brat needs a directory; an unknown format is refused") {
  CommandResult r = run_command(binary() + " scan --format brat < /dev/null 2>&1");
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("--format brat needs -o DIR") != std::string::npos);
  // brat writes no store: a --db beside it is refused, not left an empty database.
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  r = run_command(binary() + " scan " +
                  shell_quote(std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl") +
                  " --format brat -o " + shell_quote((dir / "review").string()) + " --db " +
                  shell_quote(db) + " 2>&1");
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("--format brat writes no database") != std::string::npos);
  CHECK(!std::filesystem::exists(db));
  CHECK(!std::filesystem::exists(dir / "review"));
  r = run_command(binary() + " scan --format xml < /dev/null");
  CHECK(r.exit_code == 2);
}

TEST_CASE("eval exits 1 under a threshold, 2 on bad gold data, and lists errors on request") {
  TempDir dir;
  dir.write("a.txt", kText);
  // The leg pain annotated on the wrong side, and the fever missed.
  dir.write("a.ann",
            "T1\tradiating_leg_pain 0 31\tPain shooting down the left leg\n"
            "A1\tLaterality T1 right\n"
            "T2\tred_flag_screen 33 45\tDenies fever\n");
  CommandResult r = run_command(binary() + " eval --gold " + shell_quote(dir.str()) +
                                " --show-errors --min-laterality-accuracy 0.95 2>&1");
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("laterality accuracy 0 is below 0.95") != std::string::npos);
  CHECK(r.out.find("a 40-45 'fever': expected nothing, found fever") != std::string::npos);
  CHECK(r.out.find("a 0-31 'Pain shooting down the left leg': expected radiating_leg_pain "
                   "laterality right, found left") != std::string::npos);
  // Without thresholds the same figures pass.
  r = run_command(binary() + " eval --gold " + shell_quote(dir.str()));
  CHECK(r.exit_code == 0);

  dir.write("a.ann", "T1\tnot_a_concept 0 4\tPain\n");
  r = run_command(binary() + " eval --gold " + shell_quote(dir.str()) + " 2>&1");
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("a.ann:1: 'not_a_concept' is neither a concept nor an element") !=
        std::string::npos);

  r = run_command(binary() + " eval 2>&1");
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("--gold DIR is required") != std::string::npos);
}
