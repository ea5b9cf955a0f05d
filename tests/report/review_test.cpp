// Review decisions (store/reviews.h) through the CLI: `dxaudit review import` and
// `export`, their audit trail, the rates they feed, the flags CSV column, errors with
// FILE:LINE, and what a rescan keeps.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "compress_support.h"
#include "test_support.h"

using dxaudit::testing::binary;
using dxaudit::testing::CommandResult;
using dxaudit::testing::gzip;
using dxaudit::testing::read_file;
using dxaudit::testing::run_command;
using dxaudit::testing::shell_quote;
using dxaudit::testing::TempDir;

namespace {

CommandResult dxaudit_cmd(const std::string& args) {
  return run_command(binary() + " " + args + " 2>&1");
}

// One value of a query on `db` (the first column of the first row), "" when none.
std::string query_one(const std::string& db, const std::string& sql) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
  std::string v;
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != nullptr)
    v = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(h);
  return v;
}

const std::string kDemo = std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl";

// The demo's radicular flags (evidence offsets from tests/e2e/demo.expected.jsonl):
// demo-09 "numbness in the left foot" at 105-130, demo-02 at 26-60; and demo-01's
// MISSING_ELEMENTS, a flag without evidence. Without a code column, as an earlier dxaudit
// wrote the file: each of these flags is the one of its note, rule and evidence.
const char* kDecisions =
    "note_id,encounter_id,rule,evidence_begin,evidence_end,decision,reviewer,comment,"
    "decided_at\r\n"
    "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,105,130,agree,ana,\"numb foot, L5\","
    "2026-03-01T10:00:00Z\r\n"
    "demo-02,e-1002,M5450_UNSUPPORTED_RADICULAR,DEMO02_BEGIN,DEMO02_END,false_positive,ana,"
    "'=not radicular,2026-03-01T10:05:00Z\r\n"
    "demo-01,e-1001,MISSING_ELEMENTS,,,needs_query,ben,,2026-03-02T09:00:00Z\r\n";

std::string decisions_for(const std::string& db) {
  std::string csv = kDecisions;
  const std::string begin =
      query_one(db,
                "SELECT evidence_begin FROM flags WHERE note_id = 'demo-02' AND rule = "
                "'M5450_UNSUPPORTED_RADICULAR'");
  const std::string end =
      query_one(db,
                "SELECT evidence_end FROM flags WHERE note_id = 'demo-02' AND rule = "
                "'M5450_UNSUPPORTED_RADICULAR'");
  REQUIRE_FALSE(begin.empty());
  csv.replace(csv.find("DEMO02_BEGIN"), 12, begin);
  csv.replace(csv.find("DEMO02_END"), 10, end);
  return csv;
}

}  // namespace

TEST_CASE("review: import, export, audit trail, rates and the flags CSV") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  REQUIRE(dxaudit_cmd("scan " + shell_quote(kDemo) + " --db " + shell_quote(db) + " -o /dev/null")
              .exit_code == 0);
  CHECK(query_one(db,
                  "SELECT evidence FROM flags WHERE note_id = 'demo-09' AND rule = "
                  "'M5450_UNSUPPORTED_RADICULAR'") == "numbness in the left foot");
  const std::string decisions = dir.write("d.csv", decisions_for(db));
  CommandResult in =
      dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(decisions));
  INFO(in.out);
  REQUIRE(in.exit_code == 0);
  CHECK(in.out.find("3 decisions read from " + decisions + ": 3 new, 0 changed, 0 as stored") !=
        std::string::npos);
  // A file of the header alone imports nothing, and says so: exit 1, as a scan that read
  // no note.
  const std::string header_only =
      dir.write("h.csv", decisions_for(db).substr(0, decisions_for(db).find('\n') + 1));
  CommandResult none =
      dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(header_only));
  CHECK(none.exit_code == 1);
  CHECK(none.out.find("no decision was read, nothing was imported: " + header_only +
                      " holds a header and no row") != std::string::npos);
  // The same file again changes nothing.
  in = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(decisions));
  CHECK(in.out.find("0 new, 0 changed, 3 as stored") != std::string::npos);
  CHECK(query_one(db, "SELECT count(*) FROM review_history") == "3");

  // Export: the same decisions, the comment's formula made safe again.
  const std::string out = (dir / "out.csv").string();
  CommandResult ex =
      dxaudit_cmd("review export --db " + shell_quote(db) + " -o " + shell_quote(out));
  INFO(ex.out);
  REQUIRE(ex.exit_code == 0);
  const std::string exported = read_file(out);
  CHECK(exported.starts_with(
      "note_id,encounter_id,rule,code,evidence_begin,evidence_end,decision,reviewer,comment,"
      "decided_at,status\r\n"));
  CHECK(exported.find("demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,M54.50,105,130,agree,ana,"
                      "\"numb foot, L5\",2026-03-01T10:00:00Z,current\r\n") != std::string::npos);
  CHECK(exported.find(",false_positive,ana,'=not radicular,") != std::string::npos);
  CHECK(exported.find("demo-01,e-1001,MISSING_ELEMENTS,M54.50,,,needs_query,ben,,") !=
        std::string::npos);
  CHECK(query_one(db, "SELECT comment FROM reviews WHERE note_id = 'demo-02'") == "=not radicular");
  // The export imports back as it is.
  in = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(out));
  CHECK(in.out.find("0 new, 0 changed, 3 as stored") != std::string::npos);

  // A changed decision: the history keeps who decided what before.
  std::string changed = decisions_for(db);
  changed.replace(changed.find("agree,ana"), 9, "false_positive,cy");
  const std::string decisions2 = dir.write("d2.csv", changed);
  in = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(decisions2));
  CHECK(in.out.find("0 new, 1 changed, 2 as stored") != std::string::npos);
  CHECK(query_one(db,
                  "SELECT decision || ' by ' || reviewer || ' was ' || previous_decision || "
                  "' by ' || previous_reviewer || ' from ' || source FROM review_history "
                  "WHERE note_id = 'demo-09' ORDER BY rowid DESC LIMIT 1") ==
        "false_positive by cy was agree by ana from " + decisions2 + ":2");
  // Back to agree, for the figures below.
  in = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(decisions));
  CHECK(in.out.find("0 new, 1 changed, 2 as stored") != std::string::npos);

  // Rates: M5450_UNSUPPORTED_RADICULAR has 1 agree (demo-09) and 1 false positive
  // (demo-02): precision 1 / (1 + 1); MISSING_ELEMENTS 1 needs query, no precision.
  const std::string rates = (dir / "rates.csv").string();
  const std::string flags = (dir / "flags.csv").string();
  REQUIRE(dxaudit_cmd("report --db " + shell_quote(db) + " --csv-rates " + shell_quote(rates) +
                      " --csv " + shell_quote(flags))
              .exit_code == 0);
  const std::string r = read_file(rates);
  INFO(r);
  CHECK(r.find("\r\nrule,M5450_UNSUPPORTED_RADICULAR,Nerve involvement documented: unspecified "
               "low back pain code not supported,4,4,1.0000,0,0.0000,4,1,1,0,0.5000\r\n") !=
        std::string::npos);
  CHECK(r.find("\r\nrule,MISSING_ELEMENTS,Documentation elements missing,8,4,0.5000,2,0.2500,8,"
               "0,0,1,\r\n") != std::string::npos);
  CHECK(r.find("\r\nall,,,8,4,0.5000,2,0.2500,18,1,1,1,0.5000\r\n") != std::string::npos);
  CHECK(r.find("\r\nprovider,dr-chen,,2,1,0.5000,0,0.0000,4,1,0,0,1.0000\r\n") !=
        std::string::npos);
  const std::string f = read_file(flags);
  CHECK(f.find("numbness in the left foot,105,130,agree\r\n") != std::string::npos);
}

TEST_CASE("review: a bad CSV is refused with FILE:LINE for each problem, nothing imported") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  REQUIRE(dxaudit_cmd("scan " + shell_quote(kDemo) + " --db " + shell_quote(db) + " -o /dev/null")
              .exit_code == 0);
  const std::string bad =
      dir.write("bad.csv",
                "note_id,encounter_id,rule,evidence_begin,evidence_end,decision,reviewer,comment,"
                "decided_at\n"
                "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,105,130,agree,ana,,\n"        // 2: fine
                "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,105,130,maybe,ana,,\n"        // 3
                "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,105,131,agree,ana,,\n"        // 4
                "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,x,130,agree,ana,,\n"          // 5
                "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,105,130,agree,ana\n"          // 6
                "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,105,130,agree,ana,\"open,\n"  // 7
      );
  CommandResult in = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(bad));
  INFO(in.out);
  CHECK(in.exit_code == 2);
  // An unclosed quote takes in the rest of the file, and is reported at the line it opens
  // on, with the other problems.
  CHECK(in.out.find(bad +
                    ":7: a quoted field is not closed before the end of the input: line 7 was "
                    "read as one unfinished record") != std::string::npos);
  CHECK(in.out.find(bad + ":3: decision 'maybe'") != std::string::npos);
  CHECK(in.out.find("nothing was imported") != std::string::npos);
  const std::string fixed =
      dir.write("bad2.csv", read_file(bad).substr(0, read_file(bad).rfind("demo-09")));
  in = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(fixed));
  CHECK(in.exit_code == 2);
  CHECK(in.out.find(fixed + ":3: decision 'maybe' is none of agree, false_positive, needs_query") !=
        std::string::npos);
  CHECK(in.out.find(fixed +
                    ":4: no flag M5450_UNSUPPORTED_RADICULAR on note demo-09 at bytes "
                    "105-131 in " +
                    db) != std::string::npos);
  CHECK(in.out.find(fixed + ":5: evidence_begin and evidence_end are byte offsets") !=
        std::string::npos);
  CHECK(in.out.find(fixed + ":6: 7 fields where the header has 9") != std::string::npos);
  CHECK(in.out.find("nothing was imported") != std::string::npos);
  CHECK(query_one(db, "SELECT count(*) FROM reviews") == "0");
  CHECK(query_one(db, "SELECT count(*) FROM review_history") == "0");
  const std::string no_header = dir.write("h.csv", "note,rule\nx,y\n");
  in = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(no_header));
  CHECK(in.out.find(no_header + ":1: the header has no note_id, evidence_begin, evidence_end, "
                                "decision column") != std::string::npos);
  // Not a store: refused, nothing written.
  in = dxaudit_cmd("review import --db " + shell_quote(no_header) + " " + shell_quote(fixed));
  CHECK(in.exit_code == 2);
  CHECK(read_file(no_header) == "note,rule\nx,y\n");
}

// `s` with every CRLF made LF.
std::string lf(std::string s) {
  for (size_t at; (at = s.find("\r\n")) != std::string::npos;) s.erase(at, 1);
  return s;
}

// The source FILE:LINE that the latest history row of `note` names.
std::string source_of(const std::string& db, const std::string& note) {
  return query_one(db, "SELECT source FROM review_history WHERE note_id = '" + note +
                           "' ORDER BY rowid DESC LIMIT 1");
}

TEST_CASE("review: the CSV as spreadsheets save it: line breaks in a cell, semicolons, BOM") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  REQUIRE(dxaudit_cmd("scan " + shell_quote(kDemo) + " --db " + shell_quote(db) + " -o /dev/null")
              .exit_code == 0);
  const std::string import = "review import --db " + shell_quote(db) + " ";
  const std::string decisions = decisions_for(db);  // CRLF, commas
  std::string begin02 = decisions.substr(decisions.find("RADICULAR,", decisions.find("demo-02")));
  begin02 = begin02.substr(10, begin02.find(",false_positive") - 10);  // "BEGIN,END"
  REQUIRE(begin02.find(',') != std::string::npos);

  // A comment holding a line break (LF, and CRLF) inside its quotes: each record's
  // FILE:LINE, in the audit trail and in an error, is the line it starts on.
  std::string multiline = decisions;
  multiline.replace(multiline.find("\"numb foot, L5\""), 15, "\"numb foot,\nL5 and\r\nL4\"");
  const std::string multi = dir.write("multi.csv", multiline);
  CommandResult in = dxaudit_cmd(import + shell_quote(multi));
  INFO(in.out);
  REQUIRE(in.exit_code == 0);
  CHECK(in.out.find("3 decisions read from " + multi + ": 3 new, 0 changed, 0 as stored") !=
        std::string::npos);
  CHECK(query_one(db, "SELECT comment FROM reviews WHERE note_id = 'demo-09'") ==
        "numb foot,\nL5 and\r\nL4");
  CHECK(source_of(db, "demo-09") == multi + ":2");
  CHECK(source_of(db, "demo-02") == multi + ":5");
  CHECK(source_of(db, "demo-01") == multi + ":6");
  std::string bad_after = multiline;
  bad_after.replace(bad_after.find(",false_positive,"), 16, ",maybe,");
  bad_after.replace(bad_after.find(",ben,"), 5, ",b\"en,");
  const std::string bad_multi = dir.write("bad_multi.csv", bad_after);
  in = dxaudit_cmd(import + shell_quote(bad_multi));
  CHECK(in.exit_code == 2);
  CHECK(in.out.find(bad_multi + ":5: decision 'maybe' is none of") != std::string::npos);
  CHECK(in.out.find(bad_multi + ":6: a quote in the middle of an unquoted field") !=
        std::string::npos);

  // An export re-saved by a spreadsheet whose list separator is a semicolon (Excel's
  // "CSV UTF-8" in most of Europe): a byte order mark, semicolons, CRLF, and a cell
  // quoted only when it holds a semicolon. The delimiter is sniffed from the header.
  std::string begin02_semi = begin02;
  begin02_semi[begin02_semi.find(',')] = ';';
  const std::string excel = dir.write(
      "excel.csv",
      "\xEF\xBB\xBFnote_id;encounter_id;rule;evidence_begin;evidence_end;decision;reviewer;"
      "comment;decided_at\r\n"
      "demo-09;e-1009;M5450_UNSUPPORTED_RADICULAR;105;130;agree;ana;\"numb foot; L5\";"
      "2026-03-01T10:00:00Z\r\n"
      "demo-02;e-1002;M5450_UNSUPPORTED_RADICULAR;" +
          begin02_semi +
          ";false_positive;ana;'=not radicular, L4;2026-03-01T10:05:00Z\r\n"
          "demo-01;e-1001;MISSING_ELEMENTS;;;needs_query;ben;;2026-03-02T09:00:00Z\r\n");
  in = dxaudit_cmd(import + shell_quote(excel));
  REQUIRE(in.exit_code == 0);
  CHECK(in.out.find("3 decisions read from " + excel + ": 0 new, 2 changed, 1 as stored") !=
        std::string::npos);
  CHECK(query_one(db, "SELECT comment FROM reviews WHERE note_id = 'demo-09'") == "numb foot; L5");
  CHECK(query_one(db, "SELECT comment FROM reviews WHERE note_id = 'demo-02'") ==
        "=not radicular, L4");
  CHECK(source_of(db, "demo-02") == excel + ":3");
  // Its errors name the delimiter.
  std::string short_row = read_file(excel);
  short_row.replace(short_row.find(";ben;;"), 6, ";ben;");
  const std::string bad_excel = dir.write("bad_excel.csv", short_row);
  in = dxaudit_cmd(import + shell_quote(bad_excel));
  CHECK(in.exit_code == 2);
  CHECK(in.out.find(bad_excel +
                    ":4: 8 fields where the header has 9 (quote a field that holds a semicolon)") !=
        std::string::npos);
  const std::string bad_header = dir.write("h.csv", "\xEF\xBB\xBFnote;rule\r\nx;y\r\n");
  in = dxaudit_cmd(import + shell_quote(bad_header));
  CHECK(in.exit_code == 2);
  CHECK(in.out.find(bad_header +
                    ":1: the header has no note_id, evidence_begin, evidence_end, decision "
                    "column (a review CSV has note_id,encounter_id,rule,code,evidence_begin,"
                    "evidence_end,decision,reviewer,comment,decided_at; this one's fields are "
                    "separated by semicolon)") != std::string::npos);

  // A byte order mark before a comma header, with LF line ends: the first column is
  // note_id, and the original comments come back.
  const std::string bom = dir.write("bom.csv", "\xEF\xBB\xBF" + lf(decisions));
  in = dxaudit_cmd(import + shell_quote(bom));
  REQUIRE(in.exit_code == 0);
  CHECK(in.out.find("3 decisions read from " + bom + ": 0 new, 2 changed, 1 as stored") !=
        std::string::npos);
  CHECK(query_one(db, "SELECT comment FROM reviews WHERE note_id = 'demo-09'") == "numb foot, L5");
  CHECK(source_of(db, "demo-09") == bom + ":2");
  // The same file gzip-compressed, told by its first bytes: nothing new.
  const std::string gz = dir.write("bom.csv.gz", gzip(read_file(bom)));
  in = dxaudit_cmd(import + shell_quote(gz));
  CHECK(in.exit_code == 0);
  CHECK(in.out.find("3 decisions read from " + gz + ": 0 new, 0 changed, 3 as stored") !=
        std::string::npos);
}

TEST_CASE("review: a rescan keeps decisions on unchanged evidence, marks the others") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  REQUIRE(dxaudit_cmd("scan " + shell_quote(kDemo) + " --db " + shell_quote(db) + " -o /dev/null")
              .exit_code == 0);
  const std::string decisions = dir.write("d.csv", decisions_for(db));
  REQUIRE(dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(decisions))
              .exit_code == 0);
  // demo-09 now documents its numbness elsewhere in the text; every other note is as it was.
  std::string notes = read_file(kDemo);
  const size_t at = notes.find("Low back pain for 2 weeks with numbness in the left foot.");
  REQUIRE(at != std::string::npos);
  notes.replace(at, 0, "Seen today. ");
  const std::string edited = dir.write("notes.jsonl", notes);
  CommandResult scan =
      dxaudit_cmd("scan " + shell_quote(edited) + " --db " + shell_quote(db) + " -o /dev/null");
  INFO(scan.out);
  REQUIRE(scan.exit_code == 0);
  CHECK(query_one(db, "SELECT status FROM reviews WHERE note_id = 'demo-09'") ==
        "evidence changed");
  CHECK(query_one(db, "SELECT status FROM reviews WHERE note_id = 'demo-02'") == "current");
  CHECK(query_one(db, "SELECT status FROM reviews WHERE note_id = 'demo-01'") == "current");
  const std::string out = (dir / "out.csv").string();
  CommandResult ex =
      dxaudit_cmd("review export --db " + shell_quote(db) + " -o " + shell_quote(out));
  CHECK(ex.out.find("3 decisions to " + out + " (1 marked evidence changed)") != std::string::npos);
  CHECK(read_file(out).find(",agree,ana,\"numb foot, L5\",2026-03-01T10:00:00Z,evidence "
                            "changed\r\n") != std::string::npos);
  // A changed decision no longer counts: the radicular rule has its false positive only.
  const std::string rates = (dir / "rates.csv").string();
  REQUIRE(dxaudit_cmd("report --db " + shell_quote(db) + " --csv-rates " + shell_quote(rates))
              .exit_code == 0);
  CHECK(read_file(rates).find("M5450_UNSUPPORTED_RADICULAR,Nerve involvement documented: "
                              "unspecified low back pain code not supported,4,4,1.0000,0,0.0000,"
                              "4,0,1,0,0.0000\r\n") != std::string::npos);
  // The export imported again: its marked decision stays marked (nobody took it again on
  // the new evidence, and its flag moved), the others are as stored.
  CommandResult again =
      dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(out));
  INFO(again.out);
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("0 new, 0 changed, 2 as stored") != std::string::npos);
  CHECK(again.out.find("1 decision(s) the file marks 'evidence changed' were left as the "
                       "database keeps them") != std::string::npos);
  CHECK(query_one(db, "SELECT status FROM reviews WHERE note_id = 'demo-09'") ==
        "evidence changed");
}

TEST_CASE("review: two different decisions for one flag, or a time that is none, are refused") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  REQUIRE(dxaudit_cmd("scan " + shell_quote(kDemo) + " --db " + shell_quote(db) + " -o /dev/null")
              .exit_code == 0);
  const std::string header =
      "note_id,encounter_id,rule,evidence_begin,evidence_end,decision,reviewer,comment,"
      "decided_at\n";
  const std::string agree =
      "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,105,130,agree,ana,,2026-03-01T10:00:00Z\n";
  const std::string conflicting = dir.write(
      "two.csv", header + agree +
                     "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,105,130,false_positive,ben,,"
                     "2026-03-01T09:00:00Z\n" +
                     "demo-01,e-1001,MISSING_ELEMENTS,,,needs_query,ben,,yesterday\n");
  CommandResult r =
      dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(conflicting));
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find(conflicting +
                   ":3: a second, different decision for the flag of line 2: keep one of them") !=
        std::string::npos);
  CHECK(r.out.find(conflicting + ":4: decided_at 'yesterday' is no date and time") !=
        std::string::npos);
  CHECK(query_one(db, "SELECT count(*) FROM reviews") == "0");
  // The same row twice is one decision; dates as spreadsheets write them are times.
  const std::string same = dir.write(
      "same.csv", header + agree + agree +
                      "demo-01,e-1001,MISSING_ELEMENTS,,,needs_query,ben,,2026-03-02 09:00\n");
  CommandResult ok = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(same));
  INFO(ok.out);
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("3 decisions read from " + same + ": 2 new, 0 changed, 0 as stored") !=
        std::string::npos);
}

namespace {

// A note coded with two invalid codes from its metadata: two INVALID_CODE flags without
// evidence, which differ by their code alone (M54.5 is not billable after 2021-09-30, M54.1
// is a category).
const char* kTwoInvalidCodes =
    "{\"note_id\": \"inv-1\", \"patient_id\": \"p-9\", \"encounter_id\": \"e-9\", "
    "\"encounter_date\": \"2026-02-01\", \"provider\": \"dr-x\", \"codes\": [\"M54.5\", "
    "\"M54.1\"], \"text\": \"Low back pain for 2 weeks after lifting. No leg symptoms. Exam: "
    "lumbar tenderness. Plan: PT.\"}\n";

// Scans the demo and the note of two invalid codes into DIR/a.sqlite; its path.
std::string scan_with_invalid_codes(const TempDir& dir) {
  const std::string db = (dir / "a.sqlite").string();
  const std::string invalid = dir.write("invalid.jsonl", kTwoInvalidCodes);
  CommandResult scan = dxaudit_cmd("scan " + shell_quote(kDemo) + " " + shell_quote(invalid) +
                                   " --db " + shell_quote(db) + " -o /dev/null");
  INFO(scan.out);
  REQUIRE(scan.exit_code == 0);
  REQUIRE(query_one(db,
                    "SELECT group_concat(code, ' ') FROM (SELECT code FROM flags WHERE note_id "
                    "= 'inv-1' AND rule = 'INVALID_CODE' AND evidence_begin IS NULL ORDER BY "
                    "flag)") == "M54.5 M54.1");
  return db;
}

void exec_sql(const std::string& db, const std::string& sql) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &error);
  INFO(sql << ": " << (error != nullptr ? error : ""));
  sqlite3_free(error);
  sqlite3_close(h);
  REQUIRE(rc == SQLITE_OK);
}

// `db` made a store of schema 5, as the dxaudit before the code column wrote it: its
// tables without reviews.code and review_history.code, schema_version 5.
void make_schema_5(const std::string& db) {
  for (const char* table : {"reviews", "review_history"})
    if (query_one(db, std::string("SELECT count(*) FROM pragma_table_info('") + table +
                          "') WHERE name = 'code'") == "1")
      exec_sql(db, std::string("ALTER TABLE ") + table + " DROP COLUMN code");
  exec_sql(db,
           "DROP TABLE IF EXISTS unkeyed_errors; UPDATE dxaudit_meta SET value = '5' WHERE key = "
           "'schema_version'");
}

// The line of `csv` that starts with `start` (without its line end), "" when none.
std::string line_starting(const std::string& csv, const std::string& start) {
  for (size_t at = 0; at < csv.size();) {
    size_t end = csv.find('\n', at);
    if (end == std::string::npos) end = csv.size();
    std::string line = csv.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.starts_with(start)) return line;
    at = end + 1;
  }
  return "";
}

const std::string kCodeHeader =
    "note_id,encounter_id,rule,code,evidence_begin,evidence_end,decision,reviewer,comment,"
    "decided_at\r\n";

// A store of scan_with_invalid_codes() whose decisions, `rows` of a CSV with a code column,
// were imported, then made a store of schema 5 (make_schema_5).
std::string schema_5_store(const TempDir& dir, const std::string& rows) {
  const std::string db = scan_with_invalid_codes(dir);
  const std::string decisions = dir.write("d.csv", kCodeHeader + rows);
  REQUIRE(dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(decisions))
              .exit_code == 0);
  make_schema_5(db);
  return db;
}

}  // namespace

TEST_CASE("review: two flags of one rule without evidence on one note are decided apart") {
  TempDir dir;
  const std::string db = scan_with_invalid_codes(dir);
  const std::string decisions =
      dir.write("d.csv", kCodeHeader +
                             "inv-1,e-9,INVALID_CODE,M54.5,,,false_positive,ana,retired code,"
                             "2026-03-01T10:00:00Z\r\n"
                             "inv-1,e-9,INVALID_CODE,M54.1,,,agree,ana,,2026-03-01T10:01:00Z\r\n");
  CommandResult in =
      dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(decisions));
  INFO(in.out);
  REQUIRE(in.exit_code == 0);
  CHECK(in.out.find("2 decisions read from " + decisions + ": 2 new, 0 changed, 0 as stored") !=
        std::string::npos);
  CHECK(query_one(db,
                  "SELECT group_concat(code || ':' || decision || ':' || status, ' ') FROM "
                  "(SELECT * FROM reviews ORDER BY code)") ==
        "M54.1:agree:current M54.5:false_positive:current");
  CHECK(query_one(db,
                  "SELECT group_concat(code, ' ') FROM (SELECT code FROM review_history "
                  "ORDER BY rowid)") == "M54.5 M54.1");
  // Each flag shows its own decision in the flags CSV, and a rescan keeps both.
  auto flags_csv = [&]() {
    const std::string flags = (dir / "flags.csv").string();
    CommandResult r =
        dxaudit_cmd("report --db " + shell_quote(db) + " --csv " + shell_quote(flags));
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    return read_file(flags);
  };
  std::string flags = flags_csv();
  CHECK(line_starting(flags, "inv-1,p-9,dr-x,2026-02-01,M54.5,INVALID_CODE,")
            .ends_with(",,,,false_positive"));
  CHECK(
      line_starting(flags, "inv-1,p-9,dr-x,2026-02-01,M54.1,INVALID_CODE,").ends_with(",,,,agree"));
  REQUIRE(dxaudit_cmd("scan " + shell_quote(kDemo) + " " +
                      shell_quote((dir / "invalid.jsonl").string()) + " --db " + shell_quote(db) +
                      " -o /dev/null")
              .exit_code == 0);
  CHECK(query_one(db, "SELECT count(*) FROM reviews WHERE status = 'current'") == "2");
  flags = flags_csv();
  CHECK(line_starting(flags, "inv-1,p-9,dr-x,2026-02-01,M54.5,INVALID_CODE,")
            .ends_with(",,,,false_positive"));
  CHECK(
      line_starting(flags, "inv-1,p-9,dr-x,2026-02-01,M54.1,INVALID_CODE,").ends_with(",,,,agree"));
  // The export names each flag's code, and imports back as it is.
  const std::string out = (dir / "out.csv").string();
  REQUIRE(
      dxaudit_cmd("review export --db " + shell_quote(db) + " -o " + shell_quote(out)).exit_code ==
      0);
  const std::string exported = read_file(out);
  CHECK(
      exported.find("inv-1,e-9,INVALID_CODE,M54.1,,,agree,ana,,2026-03-01T10:01:00Z,current\r\n") !=
      std::string::npos);
  CHECK(exported.find("inv-1,e-9,INVALID_CODE,M54.5,,,false_positive,ana,retired code,"
                      "2026-03-01T10:00:00Z,current\r\n") != std::string::npos);
  in = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(out));
  CHECK(in.out.find("0 new, 0 changed, 2 as stored") != std::string::npos);
  // A code that is not the flag's is refused, naming the codes there.
  const std::string wrong =
      dir.write("wrong.csv", kCodeHeader + "inv-1,e-9,INVALID_CODE,M54.9,,,agree,ana,,\r\n");
  in = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(wrong));
  CHECK(in.exit_code == 2);
  CHECK(in.out.find(wrong +
                    ":2: no flag INVALID_CODE for code 'M54.9' on note inv-1 without "
                    "evidence in " +
                    db +
                    " (decisions are imported into the database the report was made from; the "
                    "note's INVALID_CODE flags without evidence are for codes 'M54.5' and "
                    "'M54.1')") != std::string::npos);
}

TEST_CASE("review: a CSV without a code column imports; a row that fits two codes is refused") {
  TempDir dir;
  const std::string db = scan_with_invalid_codes(dir);
  // The file of an earlier dxaudit: each row the one flag of its note, rule and evidence,
  // which gives the decision its code.
  const std::string old_file = dir.write("old.csv", decisions_for(db));
  CommandResult in =
      dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(old_file));
  INFO(in.out);
  REQUIRE(in.exit_code == 0);
  CHECK(in.out.find("3 new, 0 changed, 0 as stored") != std::string::npos);
  CHECK(query_one(db, "SELECT group_concat(DISTINCT code) FROM reviews") == "M54.50");
  CHECK(query_one(db, "SELECT group_concat(DISTINCT code) FROM review_history") == "M54.50");
  // A row for the flags of two codes says too little: refused with its FILE:LINE, and
  // nothing of the file is imported.
  std::string two = decisions_for(db);
  two.replace(two.find("demo-01,"), std::string::npos,
              "inv-1,e-9,INVALID_CODE,,,false_positive,ana,,2026-03-02T09:00:00Z\r\n"
              "demo-01,e-1001,MISSING_ELEMENTS,,,agree,ben,,2026-03-02T09:00:00Z\r\n");
  const std::string ambiguous = dir.write("ambiguous.csv", two);
  in = dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(ambiguous));
  CHECK(in.exit_code == 2);
  CHECK(in.out.find(ambiguous +
                    ":4: the flags INVALID_CODE on note inv-1 without evidence are for codes "
                    "'M54.5' and 'M54.1', and this file has no code column to tell which one "
                    "the decision is on: add a column code (after rule) with the flag's code") !=
        std::string::npos);
  CHECK(in.out.find("nothing was imported") != std::string::npos);
  CHECK(query_one(db, "SELECT count(*) FROM reviews WHERE note_id = 'inv-1'") == "0");
  CHECK(query_one(db, "SELECT decision FROM reviews WHERE note_id = 'demo-01'") == "needs_query");
  CHECK(query_one(db, "SELECT count(*) FROM review_history") == "3");
}

TEST_CASE("review: a store of schema 5 is updated by the scan or import that writes it") {
  TempDir dir;
  // Decisions as the dxaudit before the code column kept them: demo-09's and demo-01's each
  // on one flag; inv-1's on one of its two INVALID_CODE flags, which the store did not say.
  const std::string db =
      schema_5_store(dir,
                     "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,M54.50,105,130,agree,"
                     "ana,,2026-03-01T10:00:00Z\r\n"
                     "demo-01,e-1001,MISSING_ELEMENTS,M54.50,,,needs_query,ben,,\r\n"
                     "inv-1,e-9,INVALID_CODE,M54.5,,,false_positive,ana,,\r\n");
  const std::string copy = (dir / "b.sqlite").string();
  std::filesystem::copy_file(db, copy);

  // A scan into it: updated, every decision kept, inv-1's no flag's now.
  CommandResult scan = dxaudit_cmd("scan " + shell_quote(kDemo) + " " +
                                   shell_quote((dir / "invalid.jsonl").string()) + " --db " +
                                   shell_quote(db) + " -o /dev/null");
  INFO(scan.out);
  REQUIRE(scan.exit_code == 0);
  CHECK(scan.out.find("dxaudit scan: " + db +
                      " was updated from database schema 5 to 6 (a review decision is keyed on "
                      "its flag's code too): 3 decision(s) kept") != std::string::npos);
  CHECK(scan.out.find("dxaudit scan: 1 of them could not be tied to one flag") !=
        std::string::npos);
  CHECK(query_one(db, "SELECT value FROM dxaudit_meta WHERE key = 'schema_version'") == "6");
  const std::string decided =
      "SELECT group_concat(note_id || ':' || coalesce(code, 'NULL') || ':' || decision || ':' "
      "|| status, ' ') FROM (SELECT * FROM reviews ORDER BY note_id)";
  CHECK(query_one(db, decided) ==
        "demo-01:M54.50:needs_query:current demo-09:M54.50:agree:current "
        "inv-1:NULL:false_positive:evidence changed");
  CHECK(query_one(db,
                  "SELECT group_concat(note_id || ':' || coalesce(code, 'NULL'), ' ') FROM "
                  "(SELECT * FROM review_history ORDER BY note_id)") ==
        "demo-01:M54.50 demo-09:M54.50 inv-1:NULL");
  // The flags CSV: the decision shows on neither INVALID_CODE flag, demo-09's on its own.
  const std::string flags = (dir / "flags.csv").string();
  REQUIRE(
      dxaudit_cmd("report --db " + shell_quote(db) + " --csv " + shell_quote(flags)).exit_code ==
      0);
  CHECK(read_file(flags).find(",numbness in the left foot,105,130,agree\r\n") != std::string::npos);
  CHECK(line_starting(read_file(flags), "inv-1,p-9,dr-x,2026-02-01,M54.5,INVALID_CODE,")
            .ends_with(",,,,"));
  CHECK(line_starting(read_file(flags), "inv-1,p-9,dr-x,2026-02-01,M54.1,INVALID_CODE,")
            .ends_with(",,,,"));
  // Opened again: nothing more to update.
  scan =
      dxaudit_cmd("scan -q " + shell_quote(kDemo) + " --db " + shell_quote(db) + " -o /dev/null");
  CHECK(scan.exit_code == 0);
  CHECK(scan.out.find("updated") == std::string::npos);

  // An import into the copy: updated in the transaction that stores its decision.
  const std::string again = dir.write(
      "again.csv", kCodeHeader + "inv-1,e-9,INVALID_CODE,M54.5,,,agree,cy,,2026-03-05\r\n");
  CommandResult in =
      dxaudit_cmd("review import --db " + shell_quote(copy) + " " + shell_quote(again));
  INFO(in.out);
  REQUIRE(in.exit_code == 0);
  CHECK(in.out.find("dxaudit review import: " + copy +
                    " was updated from database schema 5 to 6") != std::string::npos);
  CHECK(in.out.find("1 decisions read from " + again + ": 1 new, 0 changed, 0 as stored") !=
        std::string::npos);
  CHECK(query_one(copy, "SELECT value FROM dxaudit_meta WHERE key = 'schema_version'") == "6");
  // Schema 6's table of error records without a note_id, made by the update too.
  CHECK(query_one(copy, "SELECT count(*) FROM sqlite_master WHERE name = 'unkeyed_errors'") == "1");
  CHECK(query_one(copy, decided) ==
        "demo-01:M54.50:needs_query:current demo-09:M54.50:agree:current "
        "inv-1:NULL:false_positive:evidence changed inv-1:M54.5:agree:current");
}

TEST_CASE("review: report and export read a store of schema 5 and leave it as it was") {
  TempDir dir;
  const std::string db = schema_5_store(dir,
                                        "demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,M54.50,105,130,"
                                        "agree,ana,,2026-03-01T10:00:00Z\r\n"
                                        "inv-1,e-9,INVALID_CODE,M54.1,,,agree,ana,,\r\n");
  const auto old = std::filesystem::file_time_type::clock::now() - std::chrono::hours(48);
  std::filesystem::last_write_time(db, old);
  const std::string bytes = read_file(db);

  const std::string flags = (dir / "flags.csv").string(), rates = (dir / "rates.csv").string(),
                    html = (dir / "report.html").string();
  CommandResult r =
      dxaudit_cmd("report --db " + shell_quote(db) + " --csv " + shell_quote(flags) +
                  " --csv-rates " + shell_quote(rates) + " --html " + shell_quote(html));
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("updated") == std::string::npos);
  // Read as updated: demo-09's decision on its flag, inv-1's on neither of its flags and not
  // counted (the radicular rule's 1 agree is all the rates count).
  CHECK(read_file(flags).find(",numbness in the left foot,105,130,agree\r\n") != std::string::npos);
  CHECK(line_starting(read_file(flags), "inv-1,p-9,dr-x,2026-02-01,M54.5,INVALID_CODE,")
            .ends_with(",,,,"));
  CHECK(line_starting(read_file(flags), "inv-1,p-9,dr-x,2026-02-01,M54.1,INVALID_CODE,")
            .ends_with(",,,,"));
  CHECK(read_file(rates).find("\r\nall,,,") != std::string::npos);
  CHECK(line_starting(read_file(rates), "all,,,").ends_with(",1,0,0,1.0000"));
  const std::string out = (dir / "out.csv").string();
  CommandResult ex =
      dxaudit_cmd("review export --db " + shell_quote(db) + " -o " + shell_quote(out));
  INFO(ex.out);
  REQUIRE(ex.exit_code == 0);
  CHECK(ex.out.find("2 decisions to " + out + " (1 marked evidence changed)") != std::string::npos);
  CHECK(read_file(out).find("demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,M54.50,105,130,agree,ana,,"
                            "2026-03-01T10:00:00Z,current\r\n") != std::string::npos);
  CHECK(read_file(out).find("inv-1,e-9,INVALID_CODE,,,,agree,ana,,,evidence changed\r\n") !=
        std::string::npos);
  // Not a byte of the store changed, nor its time; it is of schema 5 still.
  CHECK(read_file(db) == bytes);
  CHECK(std::filesystem::last_write_time(db) == old);
  CHECK(query_one(db, "SELECT value FROM dxaudit_meta WHERE key = 'schema_version'") == "5");
  // An import refused, or with nothing to store, leaves it so too.
  const std::string refused =
      dir.write("refused.csv", kCodeHeader + "inv-1,e-9,INVALID_CODE,M54.1,,,maybe,ana,,\r\n");
  CHECK(
      dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(refused)).exit_code ==
      2);
  const std::string header_only = dir.write("header.csv", kCodeHeader);
  CHECK(dxaudit_cmd("review import --db " + shell_quote(db) + " " + shell_quote(header_only))
            .exit_code == 1);
  CHECK(read_file(db) == bytes);
  CHECK(std::filesystem::last_write_time(db) == old);
}
