// Point 4 of issue 14 (ctest test `run_summary`): every scan ends with an honest account on
// standard error -- error records by kind with the first FILE:LINE, the notes that carried
// no code -- a run that read nothing exits 1 and says why, and folders are read
// recursively, each file by its kind, every other file listed as skipped.
#include <doctest/doctest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "compress_support.h"
#include "safety_support.h"

using namespace dxaudit::testing;
using nlohmann::json;

namespace {

std::string note(const std::string& id, const std::string& text, bool coded = true) {
  json j{{"note_id", id}, {"text", text}};
  if (coded) j["codes"] = {"M54.50"};
  return j.dump() + "\n";
}

std::vector<std::string> ids_of(const std::string& jsonl) {
  std::vector<std::string> ids;
  size_t begin = 0;
  while (begin < jsonl.size()) {
    size_t end = jsonl.find('\n', begin);
    json j = json::parse(jsonl.substr(begin, end - begin));
    ids.push_back(j["note_id"].is_string() ? j["note_id"].get<std::string>() : "(error)");
    begin = end + 1;
  }
  return ids;
}

}  // namespace

TEST_SUITE("run_summary") {
  TEST_CASE("error records by kind, each with its count and the first FILE:LINE") {
    TempDir dir;
    const std::string in =
        dir.write("in.jsonl", note("a", "Low back pain.") + "{broken\n" + note("b", "Back pain.") +
                                  "[1]\n" + "{\"note_id\":\"c\"}\n" + "{also broken\n");
    Run r = run_split(dir, binary() + " scan -q " + shell_quote(in) + " -o /dev/null");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("dxaudit scan: 6 records read = 2 ok + 4 error\n") != std::string::npos);
    CHECK(r.err.find("dxaudit scan: 2 malformed_json error records, the first at " + in + ":2: ") !=
          std::string::npos);
    CHECK(r.err.find("dxaudit scan: 1 not_an_object error record, the first at " + in + ":4: ") !=
          std::string::npos);
    CHECK(r.err.find("dxaudit scan: 1 missing_field error record, the first at " + in + ":5: ") !=
          std::string::npos);
    CHECK(count_occurrences(r.err, " error record") == 3);
  }

  TEST_CASE("notes that carried no code are counted: nothing was audited for them") {
    TempDir dir;
    const std::string in =
        dir.write("in.jsonl", note("a", "Low back pain.") + note("b", "Back pain.", false) +
                                  note("c", "Sciatica.", false));
    Run r = run_split(dir, binary() + " scan " + shell_quote(in) + " -o /dev/null");
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("dxaudit scan: 2 notes carried no code: nothing was audited for them\n") !=
          std::string::npos);
    // Codes from a claims file or the text count: then nothing is said.
    const std::string claims = dir.write("claims.csv", "note_id,code\nb,M54.50\n");
    const std::string in2 = dir.write(
        "in2.jsonl", note("b", "Back pain.", false) + note("t", "Assessment: M54.50", false));
    Run coded = run_split(dir, binary() + " scan " + shell_quote(in2) + " --claims " +
                                   shell_quote(claims) + " -o /dev/null");
    CHECK(coded.exit_code == 0);
    CHECK(coded.err.find("carried no code") == std::string::npos);
    CHECK(coded.err.find("matched no note") == std::string::npos);
    // Claims keyed by ids no note has are codes never audited: said, with the first row.
    const std::string other_ids =
        dir.write("other.csv", "note_id,code\nb,M54.50\nclaim-7,M54.16\nclaim-8,M51.26\n");
    Run unjoined = run_split(dir, binary() + " scan -q " + shell_quote(in2) + " --claims " +
                                      shell_quote(other_ids) + " -o /dev/null");
    CHECK(unjoined.exit_code == 0);
    CHECK(unjoined.err ==
          "dxaudit scan: 2 of 3 claim rows matched no note read, so their codes were not audited "
          "(the first, for 'claim-7', at " +
              other_ids + ":3; notes join by note_id or encounter_id)\n");
    // Even with --quiet: a run that audited nothing must say so.
    Run quiet = run_split(dir, binary() + " scan -q " + shell_quote(in) + " -o /dev/null");
    CHECK(quiet.err == "dxaudit scan: 2 notes carried no code: nothing was audited for them\n");
  }

  TEST_CASE("codes under a field name no synonym knows: the run names the field and the --map") {
    TempDir dir;
    // A CSV column and a JSON key whose every value is codes (a list, or written with the
    // dot, or a code the model knows written without it).
    const std::string csv = dir.write(
        "export.csv",
        "note_id,text,ICD10 Dx,Room\nn1,\"Low back pain, left leg, +SLR.\",M54.50;M54.16,A12\n"
        "n2,Low back pain.,m5450,B07\n");
    Run r = run_split(dir, binary() + " scan -q " + shell_quote(csv) + " -o /dev/null");
    CHECK(r.exit_code == 0);
    CHECK(r.err ==
          "dxaudit scan: 2 notes carried no code: nothing was audited for them\n"
          "dxaudit scan: their field 'ICD10 Dx' holds ICD-10-CM codes: to audit them, read it "
          "as the codes with --map codes='ICD10 Dx'\n");
    Run mapped = run_split(
        dir, binary() + " scan -q " + shell_quote(csv) + " --map 'codes=ICD10 Dx' -o /dev/null");
    CHECK(mapped.err.empty());
    const std::string json =
        dir.write("in.jsonl",
                  "{\"note_id\":\"a\",\"text\":\"Low back pain.\",\"diagnoses\":[\"M54.50\"]}\n"
                  "{\"note_id\":\"b\",\"text\":\"Back pain.\",\"diagnoses\":[\"M54.50\"]}\n");
    Run keyed = run_split(dir, binary() + " scan -q " + shell_quote(json) + " -o /dev/null");
    CHECK(keyed.err.find("their field 'diagnoses' holds ICD-10-CM codes") != std::string::npos);
    // Ids, rooms and words are no codes; a field that holds codes in under half the notes
    // is not named.
    const std::string ids =
        dir.write("ids.csv",
                  "note_id,text,Room,Ward\nn1,Low back pain.,A12,M54.50\nn2,Back pain.,B07,\n"
                  "n3,Back pain.,C01,none\n");
    Run none = run_split(dir, binary() + " scan -q " + shell_quote(ids) + " -o /dev/null");
    CHECK(none.err == "dxaudit scan: 3 notes carried no code: nothing was audited for them\n");
    // The common names of a codes column are read as codes.
    const std::string named =
        dir.write("named.csv", "note_id,text,ICD-10 Codes\nn1,Low back pain.,M54.50\n");
    Run synonym = run_split(dir, binary() + " scan " + shell_quote(named) + " -o /dev/null");
    CHECK(synonym.err.find("codes <- ICD-10 Codes") != std::string::npos);
    CHECK(synonym.err.find("carried no code") == std::string::npos);
  }

  TEST_CASE("a stored note replaced by another patient's of the same id is said, exit 1") {
    TempDir dir;
    const std::string db = (dir / "a.sqlite").string();
    const std::string site_a =
        dir.write("a.jsonl",
                  "{\"note_id\":\"1\",\"patient_id\":\"A-p1\",\"codes\":[\"M54.50\"],"
                  "\"text\":\"Low back pain down the left leg, positive SLR.\"}\n");
    const std::string site_b =
        dir.write("b.jsonl",
                  "{\"note_id\":\"1\",\"patient_id\":\"B-p9\",\"codes\":[\"M54.50\"],"
                  "\"text\":\"Low back pain.\"}\n");
    const std::string scan = binary() + " scan -q --db " + shell_quote(db) + " -o /dev/null ";
    CHECK(run_split(dir, scan + shell_quote(site_a)).exit_code == 0);
    Run b = run_split(dir, scan + shell_quote(site_b));
    CHECK(b.exit_code == 1);
    CHECK(b.err ==
          "dxaudit scan: 1 note replaced a note of another patient stored under the same "
          "note_id (the first, '1': patient 'A-p1', now 'B-p9'); the earlier notes are gone "
          "from the database: note ids must be unique across everything scanned into one "
          "database\n");
    // The same patient's note scanned again (an edited text) replaces it silently.
    CHECK(run_split(dir, scan + shell_quote(site_b)).exit_code == 0);
    const std::string edited =
        dir.write("b2.jsonl",
                  "{\"note_id\":\"1\",\"patient_id\":\"B-p9\",\"codes\":[\"M54.50\"],"
                  "\"text\":\"Low back pain, better.\"}\n");
    Run again = run_split(dir, scan + shell_quote(edited));
    CHECK(again.exit_code == 0);
    CHECK(again.err.empty());
  }

  TEST_CASE("the run's temporary spool goes in TMPDIR, and a failure there names it") {
    TempDir dir;
    const std::string out = dir.write("out.jsonl", "PREV\n");
    Run r = run_split(dir, "TMPDIR=" + shell_quote((dir / "missing").string()) + " " + binary() +
                               " scan -q " + shell_quote(demo_notes()) + " -o " + shell_quote(out));
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("cannot create the run's temporary spool in " + (dir / "missing").string() +
                     ": No such file or directory (TMPDIR names another folder)") !=
          std::string::npos);
    CHECK(read_file(out) == "PREV\n");
    std::filesystem::create_directories(dir / "spool");
    Run fine =
        run_split(dir, "TMPDIR=" + shell_quote((dir / "spool").string()) + " " + binary() +
                           " scan -q " + shell_quote(demo_notes()) + " -o " + shell_quote(out));
    CHECK(fine.exit_code == 0);
    CHECK(read_file(out) == read_file(demo_expected()));
    CHECK(std::filesystem::is_empty(dir / "spool"));  // unlinked at once
  }

  TEST_CASE("a note whose text is empty is analysed, and its record and the run say so") {
    TempDir dir;
    const std::string in =
        dir.write("in.jsonl", note("a", "Low back pain.") + note("b", "") + note("c", " \r\n\t "));
    Run r = run_split(dir, binary() + " scan -q " + shell_quote(in));
    CHECK(r.exit_code == 0);
    CHECK(r.err ==
          "dxaudit scan: 2 notes had an empty text: their flags rest on text that is "
          "not there (check the export)\n");
    CHECK(count_occurrences(r.out,
                            "\"warnings\":[\"the note text is empty: nothing was read "
                            "from it, so its flags rest on text that is not there (check "
                            "the export)\"]") == 2);
    CHECK(count_occurrences(r.out, "\"status\":\"ok\"") == 3);
    Run summary = run_split(dir, binary() + " scan --summary " + shell_quote(in) + " -o /dev/null");
    CHECK(summary.err.find("  empty texts       2 record(s) whose text is empty or white space "
                           "(each has a warning)\n") != std::string::npos);
  }

  TEST_CASE("a Windows-1252 note keeps its negations, and its record says how it was read") {
    TempDir dir;
    // An export's "smart" apostrophe (0x92): "doesn't" must stay one word, or the pain
    // would be quoted as radiating.
    dir.write("notes/a.txt", "Low back pain. The pain doesn\x92t radiate to the legs.");
    Run r = run_split(dir, binary() + " scan -q " + shell_quote((dir / "notes").string()));
    const json record = json::parse(r.out);
    REQUIRE(record["findings"].size() == 2);
    CHECK(record["findings"][1]["concept"] == "radiating_leg_pain");
    CHECK(record["findings"][1]["negated"] == true);
    CHECK(record["findings"][1]["begin"] == 24);  // offsets of the bytes as received
    CHECK(record["warnings"] ==
          json::array({"1 byte(s) of the text are not UTF-8: read as Windows-1252 for matching "
                       "(byte 0x92 as an apostrophe); offsets are of the bytes as received"}));
  }

  TEST_CASE("a report of a database that holds no note says so and exits 1") {
    TempDir dir;
    const std::string empty = dir.write("empty.jsonl", "");
    const std::string db = (dir / "a.sqlite").string();
    CHECK(run_split(dir, binary() + " scan -q " + shell_quote(empty) + " --db " + shell_quote(db) +
                             " -o /dev/null")
              .exit_code == 1);
    const std::string html = (dir / "r.html").string();
    Run r = run_split(
        dir, binary() + " report --db " + shell_quote(db) + " --html " + shell_quote(html));
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("dxaudit report: 0 notes, 0 flagged, 0 flags; HTML " + html) !=
          std::string::npos);
    CHECK(r.err.find("dxaudit report: the database holds no note: the report shows nothing\n") !=
          std::string::npos);
    CHECK(
        std::filesystem::exists(html));  // written all the same: it shows the run that read nothing
  }

  TEST_CASE("a report of a database that holds only unreadable lines says what it holds") {
    TempDir dir;
    const std::string bad = dir.write("bad.jsonl", "not json\n{\"text\": \"no id\"}\n");
    const std::string db = (dir / "a.sqlite").string();
    CHECK(run_split(dir, binary() + " scan -q " + shell_quote(bad) + " --db " + shell_quote(db) +
                             " -o /dev/null")
              .exit_code != 0);
    const std::string html = (dir / "r.html").string();
    Run r = run_split(
        dir, binary() + " report --db " + shell_quote(db) + " --html " + shell_quote(html));
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("dxaudit report: 0 notes, 0 flagged, 0 flags, 2 record(s) in error; HTML " +
                     html) != std::string::npos);
    CHECK(r.err.find("dxaudit report: the database holds no note, only 2 record(s) in error "
                     "without a note_id") != std::string::npos);
    CHECK(r.err.find("the report shows nothing") == std::string::npos);
  }

  TEST_CASE("a run that read no record exits 1 and says why; -o is not replaced") {
    TempDir dir;
    const std::string out = dir.write("out.jsonl", "previous\n");
    auto check_nothing = [&](const std::string& input, const std::string& why) {
      CAPTURE(input);
      Run r = run_split(dir, binary() + " scan " + input + " -o " + shell_quote(out));
      CHECK(r.exit_code == 1);
      CHECK(r.err.find("0 records read = 0 ok + 0 error") != std::string::npos);
      CHECK(r.err.find("dxaudit scan: no record was read, nothing was audited: " + why) !=
            std::string::npos);
      CHECK(read_file(out) == "previous\n");
    };
    const std::string empty = dir.write("empty.jsonl", "");
    check_nothing(shell_quote(empty), empty + " is empty");
    const std::string blank = dir.write("blank.jsonl", "\n \n\r\n");
    check_nothing(shell_quote(blank), blank + " holds no record (5 bytes");
    const std::string header = dir.write("header.csv", "note_id,text\n");
    check_nothing(shell_quote(header), header + " holds no record");
    check_nothing("- < /dev/null", "standard input is empty");
    // A folder with nothing of a readable kind: said, and what was skipped is listed.
    dir.write("folder/scan.pdf", "%PDF");
    dir.write("folder/sub/notes.docx", "PK");
    const std::string folder = (dir / "folder").string();
    Run r = run_split(dir, binary() + " scan " + shell_quote(folder) + " -o " + shell_quote(out));
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("skipped " + folder + "/scan.pdf: ") != std::string::npos);
    CHECK(r.err.find("skipped " + folder + "/sub/notes.docx: ") != std::string::npos);
    CHECK(r.err.find(folder + " holds no file of a kind dxaudit reads") != std::string::npos);
    // Two inputs, one empty: records were read, the run is fine.
    const std::string one = dir.write("one.jsonl", note("a", "Low back pain."));
    Run two = run_split(dir, binary() + " scan " + shell_quote(one) + " " + shell_quote(empty) +
                                 " -o " + shell_quote(out));
    CHECK(two.exit_code == 0);
  }

  TEST_CASE("folders are read recursively, each file by its kind; others are listed") {
    TempDir dir;
    dir.write("f/a.txt", "Low back pain, a.");
    dir.write("f/b.jsonl", note("b1", "Back pain.") + note("b2", "Back pain."));
    dir.write("f/c.csv", "note_id,text,codes\nc1,Low back pain,M54.50\n");
    dir.write(
        "f/sub/d.ndjson",
        json{{"resourceType", "DocumentReference"},
             {"id", "d1"},
             {"content",
              {{{"attachment", {{"contentType", "text/plain"}, {"data", "QmFjayBwYWluLg=="}}}}}}}
                .dump() +
            "\n");
    write_file(dir / "f/sub/e.jsonl.gz", gzip(note("e1", "Gzipped back pain.")));
    write_file(dir / "f/sub/deeper/g.csv.zst", zstd("note_id,text\ng1,Zstd back pain\n"));
    dir.write("f/sub/h.txt", "Low back pain, h.");
    dir.write("f/readme.md", "not notes");
    dir.write("f/.hidden.jsonl", note("x", "hidden"));
    dir.write("f/sub/scan.pdf", "%PDF");
    const std::string f = (dir / "f").string();
    const std::string out = (dir / "out.jsonl").string();
    Run r = run_split(dir, binary() + " scan " + shell_quote(f) + " -o " + shell_quote(out));
    INFO(r.err);
    CHECK(r.exit_code == 0);
    // Each folder: its .txt notes, its other files, then its subfolders; by name.
    CHECK(ids_of(read_file(out)) ==
          std::vector<std::string>{"a", "b1", "b2", "c1", "h", "d1", "e1", "g1"});
    CHECK(r.err.find("dxaudit scan: skipped " + f + "/.hidden.jsonl: hidden, not read\n") !=
          std::string::npos);
    CHECK(r.err.find("dxaudit scan: skipped " + f + "/readme.md: not a kind of note file") !=
          std::string::npos);
    CHECK(r.err.find("dxaudit scan: skipped " + f + "/sub/scan.pdf: ") != std::string::npos);
    CHECK(count_occurrences(r.err, "skipped ") == 3);
    CHECK(r.err.find("8 records read = 8 ok + 0 error") != std::string::npos);
    // --quiet: one line counts them, never silence.
    Run quiet = run_split(dir, binary() + " scan -q " + shell_quote(f) + " -o " + shell_quote(out));
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.err.find("skipped 3 file(s) of a kind dxaudit does not read") != std::string::npos);
    // --input-format txt: the .txt notes only, the rest listed.
    Run txt = run_split(
        dir, binary() + " scan --input-format txt " + shell_quote(f) + " -o " + shell_quote(out));
    CHECK(txt.exit_code == 0);
    CHECK(ids_of(read_file(out)) == std::vector<std::string>{"a", "h"});
    CHECK(txt.err.find("skipped " + f + "/b.jsonl: not a .txt note") != std::string::npos);
  }
}
