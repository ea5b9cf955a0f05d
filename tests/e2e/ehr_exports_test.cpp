// The binary on real-looking EHR exports (issue 15): the fixtures of tests/io/fixtures/ehr
// scanned as a new user would scan them, with what is said on standard error and the exit
// status.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "compress_support.h"
#include "test_support.h"

using namespace dxaudit::testing;
using nlohmann::json;

namespace {

const std::string kFixtures = std::string(DXAUDIT_SOURCE_DIR) + "/tests/io/fixtures/ehr/";

struct Scan {
  int exit_code = -1;
  std::vector<json> records;
  std::string err;
};

// Runs `dxaudit scan ARGS` with standard error kept in a file.
Scan scan(const TempDir& dir, const std::string& args, const std::string& stdin_from = "") {
  const std::string err = (dir / "err.txt").string();
  std::string command = binary() + " scan " + args + " 2>" + shell_quote(err);
  if (!stdin_from.empty()) command = "cat " + shell_quote(stdin_from) + " | " + command;
  CommandResult r = run_command(command);
  Scan s;
  s.exit_code = r.exit_code;
  s.err = read_file(err);
  std::istringstream lines(r.out);
  std::string line;
  while (std::getline(lines, line))
    if (!line.empty()) s.records.push_back(json::parse(line));
  return s;
}

std::vector<std::string> rules(const json& record) {
  std::vector<std::string> out;
  for (const json& f : record["audit"]) out.push_back(f["rule"]);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("EHR column names: ok records, the mapping printed once on standard error") {
  TempDir dir;
  const std::string names = kFixtures + "names.csv";
  // The same file twice: the same mapping, told once.
  Scan s = scan(dir, shell_quote(names) + " " + shell_quote(names));
  CHECK(s.exit_code == 0);
  REQUIRE(s.records.size() == 4);
  CHECK(s.records[0]["status"] == "ok");
  CHECK(s.records[0]["note_id"] == "doc-1");
  CHECK(s.records[0]["patient_id"] == "MRN001");
  CHECK(s.records[0]["encounter_date"] == "2025-01-05");
  CHECK(s.records[0]["codes"].size() == 2);
  CHECK(s.records[0]["codes"][1]["code"] == "M54.41");
  CHECK(count(s.err, "text <- NoteText") == 1);
  CHECK(s.err.find(names + ": reading note_id <- Document ID, text <- NoteText, patient_id <- "
                           "MRN, encounter_date <- DOS, provider <- Author, codes <- Dx") !=
        std::string::npos);
  // --quiet says nothing of it.
  CHECK(scan(dir, "-q " + shell_quote(names)).err.empty());
}

TEST_CASE("a folder's files: read with synonyms too, each mapping told once with its file") {
  TempDir dir;
  const std::string csv = read_file(kFixtures + "names.csv");
  dir.write("exports/a/names.csv", csv);
  dir.write("exports/b/names.csv", csv);
  Scan s = scan(dir, shell_quote((dir / "exports").string()));
  CHECK(s.exit_code == 0);
  REQUIRE(s.records.size() == 4);
  CHECK(s.records[2]["note_id"] == "doc-1");
  CHECK(s.records[2]["patient_id"] == "MRN001");
  CHECK(count(s.err, "text <- NoteText") == 1);
  CHECK(s.err.find((dir / "exports").string() + "/a/names.csv: reading note_id <- Document ID") !=
        std::string::npos);
}

TEST_CASE("a file with no text column stops with exit 2, naming its columns; --map reads it") {
  TempDir dir;
  const std::string path = dir.write("export.csv", "MRN,DOS,Narrative\n7,01/02/2025,Back pain.\n");
  Scan s = scan(dir, shell_quote(path) + " -o " + shell_quote((dir / "out.jsonl").string()));
  CHECK(s.exit_code == 2);
  CHECK(s.err.find("export.csv:1: no column for the note text: the header has 'MRN', 'DOS', "
                   "'Narrative'") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "out.jsonl"));
  Scan mapped = scan(dir, shell_quote(path) + " --map text=Narrative --map note_id=MRN");
  CHECK(mapped.exit_code == 0);
  REQUIRE(mapped.records.size() == 1);
  CHECK(mapped.records[0]["note_id"] == "7");
  CHECK(scan(dir, shell_quote(path) + " --map txt=Narrative").exit_code == 2);
}

TEST_CASE("MM/DD/YYYY visits: the repeated-code rule fires; an ambiguous date is counted") {
  TempDir dir;
  Scan s = scan(dir, shell_quote(kFixtures + "visits.csv") + " --summary");
  CHECK(s.exit_code == 0);
  REQUIRE(s.records.size() == 4);
  CHECK(s.records[0]["encounter_date"] == "2025-01-06");
  CHECK_FALSE(has(rules(s.records[1]), "REPEATED_UNSPECIFIED"));
  CHECK(has(rules(s.records[2]), "REPEATED_UNSPECIFIED"));  // the third visit in 90 days
  CHECK(s.records[3]["encounter_date"] == "13/04/2025");    // as given, never guessed
  REQUIRE(s.records[3].contains("warnings"));
  CHECK(s.records[3]["warnings"][0].get<std::string>().find("is ambiguous") != std::string::npos);
  CHECK(s.err.find("unreadable dates  1 record(s)") != std::string::npos);

  // A day-first export, said so: every date read, no warning.
  const std::string dotted =
      dir.write("d.csv", "id,text,dos\na,Low back pain.,05.01.2025\nb,Low back pain.,13.04.2025\n");
  Scan d = scan(dir, shell_quote(dotted) + " --date-format %d.%m.%Y --summary");
  REQUIRE(d.records.size() == 2);
  CHECK(d.records[0]["encounter_date"] == "2025-01-05");
  CHECK(d.records[1]["encounter_date"] == "2025-04-13");
  CHECK(d.err.find("unreadable dates") == std::string::npos);
}

TEST_CASE("FHIR Bundle document: offsets are into the converted text, and the record says so") {
  TempDir dir;
  const std::string bundle = kFixtures + "bundle.json";
  Scan s = scan(dir, shell_quote(bundle));
  CHECK(s.exit_code == 0);
  REQUIRE(s.records.size() == 2);
  // brat output writes the text the offsets are into, NOTE.txt.
  const std::string brat = (dir / "brat").string();
  CHECK(run_command(binary() + " scan -q " + shell_quote(bundle) + " --format brat -o " +
                    shell_quote(brat))
            .exit_code == 0);
  for (const json& r : s.records) {
    INFO(r["note_id"]);
    CHECK(r["meta"]["text_converted_from"].is_string());
    const std::string text = read_file(dir / "brat" / (r["note_id"].get<std::string>() + ".txt"));
    REQUIRE_FALSE(r["findings"].empty());
    for (const json& f : r["findings"])
      CHECK(text.substr(f["begin"].get<size_t>(),
                        f["end"].get<size_t>() - f["begin"].get<size_t>()) ==
            f["text"].get<std::string>());
  }
  CHECK(s.records[0]["meta"]["text_converted_from"] == "text/html");
  CHECK(s.records[1]["meta"]["text_converted_from"] == "application/rtf");
}

TEST_CASE("compressed standard input and a compressed semicolon claims file") {
  TempDir dir;
  const std::string gz = dir.write("notes", gzip(read_file(kFixtures + "note_text.jsonl")));
  const std::string zst = dir.write("notes.zst", zstd(read_file(kFixtures + "semicolon.csv")));
  Scan g = scan(dir, "", gz);
  CHECK(g.exit_code == 0);
  REQUIRE(g.records.size() == 2);
  CHECK(g.records[0]["note_id"] == "j-1");
  Scan z = scan(dir, "--input-format csv -", zst);
  CHECK(z.exit_code == 0);
  CHECK(z.records.size() == 6);

  const std::string notes =
      dir.write("n.jsonl", R"({"note_id":"n1","encounter_id":"enc-77","text":"Low back pain."})"
                           "\n");
  const std::string claims = dir.write("claims.csv.gz", gzip(read_file(kFixtures + "claims.csv")));
  Scan c = scan(dir, shell_quote(notes) + " --claims " + shell_quote(claims));
  CHECK(c.exit_code == 0);
  REQUIRE(c.records.size() == 1);
  std::vector<std::string> codes;
  for (const json& code : c.records[0]["codes"])
    codes.push_back(code["code"].get<std::string>() + "/" + code["source"].get<std::string>());
  CHECK(codes == std::vector<std::string>{"M54.16/claims", "M54.41/claims", "M51.26/claims"});
}

TEST_CASE("a CSV export that kept the notes' HTML and RTF: read as the note reads, and said so") {
  TempDir dir;
  // Without conversion the <p> blocks were one line: no section was found, and the family
  // history's "Mother" made the patient's own back pain another person's.
  const std::string csv = dir.write(
      "export.csv",
      "note_id,text,codes\n"
      "h,\"<html><body><p><b>HISTORY:</b> Low back pain.</p><p><b>FAMILY HISTORY:</b> Mother "
      "had breast cancer.</p></body></html>\",M54.50\n"
      "r,\"{\\rtf1\\ansi{\\fonttbl\\f0 Arial;}\\f0 HISTORY: Low back pain.\\par FAMILY HISTORY: "
      "Mother had breast cancer.\\par}\",M54.50\n");
  Scan s = scan(dir, "-q " + shell_quote(csv));
  CHECK(s.exit_code == 0);
  REQUIRE(s.records.size() == 2);
  for (const json& r : s.records) {
    CAPTURE(r["note_id"]);
    CHECK(r["meta"]["text_converted_from"] ==
          (r["note_id"] == "h" ? "text/html" : "application/rtf"));
    REQUIRE(r["findings"].size() == 2);
    CHECK(r["findings"][0]["concept"] == "low_back_pain");
    CHECK(r["findings"][0]["experiencer"] == "patient");
    CHECK(r["findings"][0]["section"] == "hpi");
    CHECK(r["findings"][1]["experiencer"] == "other");
    CHECK(r["findings"][1]["section"] == "family_history");
  }
}

TEST_CASE("an export that wrote line breaks as \\n escapes: its headings are read, and said so") {
  TempDir dir;
  // Read as one line, the family history's "Mother" made every finding after it hers, the
  // exam's positive SLR included.
  const std::string csv =
      dir.write("export.csv",
                "note_id,text,codes\n"
                "e,HISTORY: Low back pain.\\nFAMILY HISTORY: Mother had breast cancer.\\nEXAM: SLR "
                "positive on the left.,M54.50\n");
  Scan s = scan(dir, "-q " + shell_quote(csv));
  REQUIRE(s.records.size() == 1);
  const json& r = s.records[0];
  CHECK(r["warnings"] ==
        json::array({"the text has no line break but 2 '\\n' escapes: each read as one (offsets "
                     "unchanged)"}));
  REQUIRE(r["findings"].size() == 3);
  CHECK(r["findings"][0]["experiencer"] == "patient");
  CHECK(r["findings"][1]["experiencer"] == "other");
  CHECK(r["findings"][2]["concept"] == "slr_sign");
  CHECK(r["findings"][2]["experiencer"] == "patient");
  CHECK(r["findings"][2]["section"] == "objective");
  CHECK(r["findings"][2]["begin"] == 74);
}

TEST_CASE("a typed note's one-line family history: the lines after it are the patient's") {
  TempDir dir;
  // A family history written inline ran to the next heading, or to the end of the note:
  // the patient's radiating pain (and, with no later heading, the denied red flag) became
  // the father's or the mother's, and left the findings a coder reads.
  const std::string notes = dir.write(
      "notes.jsonl",
      "{\"note_id\":\"soap\",\"text\":\"S: 45 yo M c/o LBP after lifting. PMH: HTN. FH: father "
      "with DDD.\\nPain radiates down the L leg to the foot.\\nO: SLR positive on the left.\"}\n"
      "{\"note_id\":\"lines\",\"text\":\"Chief complaint: low back pain.\\nFamily history: "
      "Mother had breast cancer and\\nosteoporosis.\\nHe reports pain radiating into the right "
      "leg.\"}\n");
  Scan s = scan(dir, "-q " + shell_quote(notes));
  REQUIRE(s.records.size() == 2);
  auto finding = [](const json& r, const std::string& name) {
    for (const json& f : r["findings"])
      if (f["concept"] == name) return f;
    return json();
  };
  const json& soap = s.records[0];
  CHECK(finding(soap, "disc_degeneration")["experiencer"] == "other");
  CHECK(finding(soap, "disc_degeneration")["section"] == "family_history");
  CHECK(finding(soap, "radiating_leg_pain")["experiencer"] == "patient");
  CHECK(finding(soap, "radiating_leg_pain")["active"] == true);
  CHECK(finding(soap, "radiating_leg_pain")["section"] == nullptr);
  const json& lines = s.records[1];
  // The line wrapped from the family history (in lower case) is still the mother's.
  CHECK(finding(lines, "cancer_history")["experiencer"] == "other");
  CHECK(finding(lines, "osteoporosis")["experiencer"] == "other");
  CHECK(finding(lines, "radiating_leg_pain")["experiencer"] == "patient");
  CHECK(finding(lines, "radiating_leg_pain")["active"] == true);
}
