// report::write_report (report/report.h) on the demo corpus stored in SQLite, and the
// escaping that keeps note text inert in HTML and in spreadsheets.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <sqlite3.h>

#include "io/claims.h"
#include "report/rates.h"
#include "report/report.h"
#include "report/report_data.h"
#include "report/store_reader.h"
#include "scan_support.h"
#include "test_support.h"

using dxaudit::testing::read_file;
using dxaudit::testing::TempDir;

namespace {

size_t occurrences(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

// Scans `input` into `db` (with the codes of `claims`, a claims CSV, when given).
void scan_to_db(const std::string& input, const std::string& db, const std::string& claims = "") {
  std::string error;
  auto store = dxaudit::store::Store::open(db, dxaudit::testing::shipped_analyzer(), &error);
  REQUIRE_MESSAGE(store, error);
  dxaudit::io::ClaimsIndex index;
  dxaudit::pipeline::ScanOptions options;
  if (!claims.empty()) {
    dxaudit::io::ClaimsIndex::LoadOutcome loaded = index.load(claims);
    REQUIRE_MESSAGE(loaded.ok, loaded.error);
    options.claims = &index;
  }
  dxaudit::testing::TestScan run;
  dxaudit::testing::run_test_scan({input}, &run, options, store.get());
  REQUIRE(run.outcome.ok);
}

// The lines of a CSV file, without their CRLF.
std::vector<std::string> csv_lines(const std::string& csv) {
  std::vector<std::string> lines;
  for (size_t pos = 0; pos < csv.size();) {
    size_t end = csv.find("\r\n", pos);
    if (end == std::string::npos) end = csv.size();
    lines.push_back(csv.substr(pos, end - pos));
    pos = end + 2;
  }
  return lines;
}

bool has_line(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

}  // namespace

TEST_CASE("html_escape leaves no markup and repairs invalid UTF-8") {
  using dxaudit::report::html_escape;
  CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escape("a & \"b\" 'c'") == "a &amp; &quot;b&quot; &#39;c&#39;");
  CHECK(html_escape("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(html_escape("bad\xFF byte") == "bad\xEF\xBF\xBD byte");
}

TEST_CASE("csv_cell quotes what RFC 4180 needs and neutralises formulas") {
  using dxaudit::report::csv_cell;
  CHECK(csv_cell("plain") == "plain");
  CHECK(csv_cell("a,b") == "\"a,b\"");
  CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
  CHECK(csv_cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(csv_cell("+1") == "'+1");
  CHECK(csv_cell("-2") == "'-2");
  CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_cell("M54.50") == "M54.50");
  CHECK(csv_cell("") == "");
}

TEST_CASE("report: a worklist row per flagged note, a CSV row per flag, note text inert") {
  TempDir dir;
  std::string db = (dir / "a.sqlite").string();
  scan_to_db(std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl", db);
  dxaudit::report::ReportOptions o;
  o.db = db;
  o.html = (dir / "r.html").string();
  o.csv = (dir / "f.csv").string();
  dxaudit::report::ReportOutcome r = dxaudit::report::write_report(o);
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.notes == 9);
  CHECK(r.flagged_notes >= 4);  // demo-02, -03, -05 and -09 are unsupported M54.50
  std::string html = read_file(o.html);
  // The worklist and the notes are data the page renders (report/report_data.h): no note
  // text is in the HTML as HTML, and the only <script> elements are the report's own (its
  // data, compressed, and its code).
  CHECK(html.find("<table id=\"worklist\">") != std::string::npos);
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(html.find("alert(1)") == std::string::npos);
  CHECK(occurrences(html, "<script") == 2);
  // The store's name and its 16-hex-digit id, then base64 of a gzip header.
  const size_t data = html.find(
      "<script type=\"application/octet-stream\" id=\"dx-data\" data-db=\"a.sqlite\" "
      "data-store=\"");
  REQUIRE(data != std::string::npos);
  const size_t id = html.find("data-store=\"", data) + 12;
  CHECK(html.substr(id + 16, 6) == "\">H4sI");
  CHECK(html.substr(id, 16).find_first_not_of("0123456789abcdef") == std::string::npos);
  // Self-contained: nothing fetched from anywhere.
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("href=\"http") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  // One SVG chart per summary (five).
  CHECK(occurrences(html, "<svg") == 5);
  // The data: every flagged note and flag; demo-09's text as it is, its finding with its
  // category and description.
  {
    dxaudit::report::StoreReader reader;
    std::string error, json;
    REQUIRE(reader.open(db, &error));
    dxaudit::report::ReportDataStats stats;
    REQUIRE(dxaudit::report::read_report_data(reader, 0, &json, &stats, &error));
    CHECK(stats.notes == r.flagged_notes);
    CHECK(stats.flags == r.flags);
    CHECK(occurrences(json, "{\"id\":") == r.flagged_notes);
    CHECK(json.find("\\\"<script>alert(1)</script>\\\"") != std::string::npos);
    CHECK(json.find("\"f cat-radicular active\"") != std::string::npos);
    CHECK(json.find("\"leg_paresthesia (radicular) - affirmed; side: left; section: hpi\"") !=
          std::string::npos);
    // demo-09's radicular flag: review key 105-130 (bytes), highlighted at the same UTF-16
    // offsets (the note is ASCII).
    CHECK(json.find("\"r\":\"M5450_UNSUPPORTED_RADICULAR\",\"ti\":\"Nerve involvement "
                    "documented: unspecified low back pain code not supported\",\"s\":\"high\","
                    "\"c\":\"M54.50\",\"v\":\"unsupported\"") != std::string::npos);
    CHECK(json.find("\"b\":105,\"e\":130,\"sp\":[[105,130]],\"d\":\"\"") != std::string::npos);
  }

  std::string csv = read_file(o.csv);
  // The columns of earlier versions first, in their order, then the billing columns.
  CHECK(csv.rfind("note,patient,provider,date,code,rule,severity,message,suggestions,"
                  "encounter_id,code_source,verdict,rule_title,evidence,evidence_begin,"
                  "evidence_end,review_decision\r\n",
                  0) == 0);
  CHECK(occurrences(csv, "\r\n") == r.flags + 1);  // messages here hold no line breaks
  // demo-09's radicular flag: its evidence is bytes 105-130 of the note (read from
  // tests/e2e/demo.expected.jsonl), "numbness in the left foot".
  CHECK(csv.find("demo-09,p-106,dr-chen,2026-02-10,M54.50,M5450_UNSUPPORTED_RADICULAR,high,") !=
        std::string::npos);
  CHECK(csv.find(",M54.42,e-1009,metadata,unsupported,Nerve involvement documented: unspecified "
                 "low back pain code not supported,numbness in the left foot,105,130,\r\n") !=
        std::string::npos);
  // A flag without evidence has empty evidence cells.
  CHECK(csv.find(",e-1009,metadata,unsupported,Documentation elements missing,,,,\r\n") !=
        std::string::npos);

  CHECK(html.find("class=\"truncated\"") == std::string::npos);

  o.excel = true;
  o.html.clear();
  REQUIRE(dxaudit::report::write_report(o).ok);
  CHECK(read_file(o.csv) == "\xEF\xBB\xBF" + csv);

  // A worklist capped at two notes says so; the CSV still lists every flag.
  o.excel = false;
  o.html = (dir / "r2.html").string();
  o.max_notes = 2;
  dxaudit::report::ReportOutcome capped = dxaudit::report::write_report(o);
  REQUIRE(capped.ok);
  CHECK(capped.flagged_notes == r.flagged_notes);
  CHECK(capped.shown_notes == 2);
  std::string html2 = read_file(o.html);
  CHECK(html2.find("holds the flags of the 2 most severe of " + std::to_string(r.flagged_notes)) !=
        std::string::npos);
  CHECK(read_file(o.csv) == csv);
}

TEST_CASE("report: the billing columns of the CSV are formula-safe too") {
  TempDir dir;
  const std::string notes = dir.write(
      "n.jsonl",
      "{\"note_id\": \"n1\", \"patient_id\": \"p1\", \"encounter_id\": \"=HYPERLINK(\\\"x\\\")\", "
      "\"encounter_date\": \"2026-01-05\", \"provider\": \"@dr\", \"codes\": [\"M54.50\"], "
      "\"text\": \"Low back pain with sciatica down the left leg.\"}\n");
  const std::string db = (dir / "a.sqlite").string();
  scan_to_db(notes, db);
  dxaudit::report::ReportOptions o;
  o.db = db;
  o.csv = (dir / "f.csv").string();
  REQUIRE(dxaudit::report::write_report(o).ok);
  const std::string csv = read_file(o.csv);
  CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\")\"") != std::string::npos);
  CHECK(csv.find(",'@dr,") != std::string::npos);
  CHECK(csv.find(",=") == std::string::npos);
  CHECK(csv.find(",@") == std::string::npos);
}

TEST_CASE("report: a missing or foreign database is an error, not an empty report") {
  TempDir dir;
  dxaudit::report::ReportOptions o;
  o.db = (dir / "none.sqlite").string();
  o.csv = (dir / "f.csv").string();
  dxaudit::report::ReportOutcome r = dxaudit::report::write_report(o);
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("no such database") != std::string::npos);
  o.db = dir.write("other.sqlite", "not a database at all, just text");
  CHECK_FALSE(dxaudit::report::write_report(o).ok);
}

TEST_CASE("report data: offsets in UTF-16 units, evidence pieces, texts stored once") {
  TempDir dir;
  std::string path = (dir / "a.sqlite").string();
  {
    std::string error;
    // creates the schema
    REQUIRE(dxaudit::store::Store::open(path, dxaudit::testing::shipped_analyzer(), &error));
  }
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  // "\u00e9a<b pain ... \U0001F600 x": the e-acute is 2 bytes and 1 UTF-16 unit, the emoji 4
  // bytes and 2 units. Finding "pain" is bytes 6-10, units 5-9; the evidence pieces are
  // "pain" and "x" (bytes 50-51: 2 + 43 bytes before the emoji, 4 of it, a space).
  // Two notes share the text: it is stored once.
  const char* sql = R"sql(
    INSERT INTO notes VALUES('n1','h','ok','p1',NULL,'2026-01-01','dr',NULL,NULL,
      'éa<b pain shooting down the left leg & more 😀 x','{}');
    INSERT INTO notes VALUES('n2','h','ok','p1',NULL,'2026-01-02','dr',NULL,NULL,
      'éa<b pain shooting down the left leg & more 😀 x','{}');
    INSERT INTO findings VALUES('n1',0,'radiating_leg_pain','radicular','',6,10,NULL,0,0,0,0,'patient',NULL,NULL,1,NULL);
    INSERT INTO flags VALUES('n1',0,'RULE','high','M54.50','msg','','Title',6,51,'pain | x','6-10;50-51');
    INSERT INTO flags VALUES('n2',0,'RULE','high','M54.50','msg','','Title',NULL,NULL,NULL,NULL);
    INSERT INTO flags VALUES('n2',1,'RULE2','high','M54.50','msg','','Title',1,3,'x',
      '99999999999999999999-2;a-b;1-3');
  )sql";
  REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  dxaudit::report::StoreReader reader;
  std::string error, json;
  REQUIRE(reader.open(path, &error));
  dxaudit::report::ReportDataStats stats;
  REQUIRE(dxaudit::report::read_report_data(reader, 0, &json, &stats, &error));
  INFO(json);
  CHECK(stats.notes == 2);
  CHECK(stats.texts == 1);
  CHECK(json.find("\"marks\":[[[5,9,") != std::string::npos);
  // Before "x": 1 (e-acute) + 43 ASCII + 2 (emoji) + 1 space = 47 units.
  CHECK(json.find("\"b\":6,\"e\":51,\"sp\":[[5,9],[47,48]]") != std::string::npos);
  CHECK(json.find("\"b\":null,\"e\":null,\"sp\":[]") != std::string::npos);
  // Spans that are not two numbers (here written by hand) are left out, not thrown on;
  // byte 1 is inside the e-acute: it maps to the end of it, unit 1 (byte 3, unit 2).
  CHECK(json.find("\"b\":1,\"e\":3,\"sp\":[[1,2]]") != std::string::npos);
}

TEST_CASE("rates: per month and overall, as counted by hand on corpora/audit") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  const std::string corpus = std::string(DXAUDIT_SOURCE_DIR) + "/corpora/audit/";
  scan_to_db(corpus + "notes.jsonl", db, corpus + "claims.csv");
  dxaudit::report::ReportOptions o;
  o.db = db;
  o.csv_rates = (dir / "rates.csv").string();
  dxaudit::report::ReportOutcome r = dxaudit::report::write_report(o);
  REQUIRE_MESSAGE(r.ok, r.error);
  const std::vector<std::string> lines = csv_lines(read_file(o.csv_rates));
  INFO(read_file(o.csv_rates));
  CHECK(lines.at(0) == dxaudit::report::kRatesCsvHeader);
  // Counted by hand from corpora/audit/expected.jsonl, whose "verdict" field gives each
  // note's M54.50 verdict, and the encounter_date of the same note_id in notes.jsonl (a10-1
  // has M54.50 by a code in its text, a10-2 by the claims file; only a10-2 has an
  // encounter_id, e10-2, which no other note shares, so notes = encounters). By month:
  //   (no date) a12-4 S | 2021-09 a06-3 S | 2021-10 a06-4 S | 2023-01 a08-1 U |
  //   2023-05 a08-2 U | 2023-09 a08-3 U | 2024-01 a08-6 U | 2024-06 a07-2 U, a08-5 U |
  //   2025-01 a01-1 S, a02-1 S, a10-1 S, a12-1 S, a12-2 S, a12-3 S, a03-1 U, a07-1 U,
  //     a08-4 U, a09-1 U |
  //   2025-02 a01-2 S, a02-3 S, a02-4 S, a05-1 S, a13-2 S, a13-1 U, a11-1 I |
  //   2025-03 a01-3 S, a02-5 S, a04-1 U, a04-2 U, a14-1 U, a14-2 U | 2025-04 a01-4 S |
  //   2025-05 a03-2 U, a09-2 U, a10-2 I | 2025-06 a05-2 S, a07-3 U, a08-7 U |
  //   2025-08 a11-2 S | 2025-09 a09-3 S, a03-3 U, a04-3 U, a10-3 U | 2025-10 a07-4 U |
  //   2025-12 a04-4 S | 2026-01 a09-4 S, a10-4 I | 2026-02 a05-4 S
  // (S supported, U unsupported, I insufficient_documentation): 49 encounters (1+1+1+1+1+
  // 1+1+2+10+7+6+1+3+3+1+4+1+1+2+1), 23 U, 3 I; 23/49 = 0.4694, 3/49 = 0.0612. No note
  // has a provider. No decision is reviewed yet.
  CHECK(lines.at(1) == "all,,,49,23,0.4694,3,0.0612," + std::to_string(r.flags) + ",0,0,0,");
  CHECK(has_line(lines,
                 "provider,(none),,49,23,0.4694,3,0.0612," + std::to_string(r.flags) + ",0,0,0,"));
  bool month_2025_01 = false, month_2025_02 = false, month_2025_05 = false, none = false;
  for (const std::string& line : lines) {
    month_2025_01 |= line.starts_with("month,2025-01,,10,4,0.4000,0,0.0000,");
    month_2025_02 |= line.starts_with("month,2025-02,,7,1,0.1429,1,0.1429,");
    month_2025_05 |= line.starts_with("month,2025-05,,3,2,0.6667,1,0.3333,");
    none |= line.starts_with("month,(none),,1,0,0.0000,0,0.0000,");
  }
  CHECK(month_2025_01);
  CHECK(month_2025_02);
  CHECK(month_2025_05);
  CHECK(none);
}

TEST_CASE("rates: per provider on the demo corpus, as counted by hand") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  scan_to_db(std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl", db);
  dxaudit::report::ReportOptions o;
  o.db = db;
  o.csv_rates = (dir / "rates.csv").string();
  o.html = (dir / "r.html").string();
  REQUIRE(dxaudit::report::write_report(o).ok);
  const std::vector<std::string> lines = csv_lines(read_file(o.csv_rates));
  INFO(read_file(o.csv_rates));
  // From corpora/demo/notes.jsonl (provider) and tests/e2e/demo.expected.jsonl (verdict,
  // audit[]): dr-alvarez has demo-01 (supported; MISSING_ELEMENTS), demo-05 (unsupported;
  // 3 flags), demo-07 (insufficient; 2 flags): 3 encounters, 1 and 1, 6 flags.
  CHECK(has_line(lines, "provider,dr-alvarez,,3,1,0.3333,1,0.3333,6,0,0,0,"));
  // dr-baker: demo-02, demo-03 (unsupported; 3 flags each), demo-08 (insufficient; 2).
  CHECK(has_line(lines, "provider,dr-baker,,3,2,0.6667,1,0.3333,8,0,0,0,"));
  // dr-chen: demo-04 (supported; 1 flag), demo-09 (unsupported; 3); demo-06 has no M54.50.
  CHECK(has_line(lines, "provider,dr-chen,,2,1,0.5000,0,0.0000,4,0,0,0,"));
  // Per rule: M5450_UNSUPPORTED_RADICULAR fired on demo-02, -03, -05, -09.
  CHECK(has_line(lines,
                 "rule,M5450_UNSUPPORTED_RADICULAR,Nerve involvement documented: unspecified low "
                 "back pain code not supported,4,4,1.0000,0,0.0000,4,0,0,0,"));
  const std::string html = read_file(o.html);
  CHECK(html.find("<span class=\"big\" id=\"rate-encounters\">8</span>") != std::string::npos);
  CHECK(html.find("<tr data-key=\"dr-baker\"><td>dr-baker</td><td class=\"num\">3</td>") !=
        std::string::npos);
}

TEST_CASE("rates: two patients' encounters of one encounter_id are two encounters") {
  // Two sources may number encounters alike: "1" of patient a (radicular signs, M54.50
  // unsupported) and "1" of patient b (a plain low back pain) are two M54.50 encounters,
  // one of them unsupported; two notes of patient a's encounter "2" are one.
  TempDir dir;
  const std::string notes = dir.write(
      "n.jsonl",
      "{\"note_id\":\"n1\",\"patient_id\":\"a\",\"encounter_id\":\"1\",\"codes\":"
      "[\"M54.50\"],\"text\":\"Low back pain radiating down the left leg. Positive SLR on the "
      "left.\"}\n"
      "{\"note_id\":\"n2\",\"patient_id\":\"b\",\"encounter_id\":\"1\",\"codes\":"
      "[\"M54.50\"],\"text\":\"Low back pain.\"}\n"
      "{\"note_id\":\"n3\",\"patient_id\":\"a\",\"encounter_id\":\"2\",\"codes\":"
      "[\"M54.50\"],\"text\":\"Low back pain.\"}\n"
      "{\"note_id\":\"n4\",\"patient_id\":\"a\",\"encounter_id\":\"2\",\"codes\":"
      "[\"M54.50\"],\"text\":\"Low back pain, same visit.\"}\n");
  const std::string db = (dir / "a.sqlite").string();
  scan_to_db(notes, db);
  dxaudit::report::ReportOptions o;
  o.db = db;
  o.csv_rates = (dir / "rates.csv").string();
  REQUIRE(dxaudit::report::write_report(o).ok);
  const std::vector<std::string> lines = csv_lines(read_file(o.csv_rates));
  INFO(read_file(o.csv_rates));
  // all: 3 encounters (a/1, b/1, a/2), 1 unsupported.
  bool all = false;
  for (const std::string& line : lines)
    if (line.rfind("all,,,3,1,0.3333,", 0) == 0) all = true;
  CHECK(all);
}

TEST_CASE("a chart bar's class is one token, whatever the provider's name") {
  // A provider named like the report's own classes gets no colour of theirs.
  TempDir dir;
  const std::string notes = dir.write(
      "n.jsonl",
      "{\"note_id\":\"n1\",\"provider\":\"Dr Lee verdict-supported\",\"codes\":[\"M54.50\"],"
      "\"text\":\"Low back pain radiating down the left leg.\"}\n");
  const std::string db = (dir / "a.sqlite").string();
  scan_to_db(notes, db);
  dxaudit::report::ReportOptions o;
  o.db = db;
  o.html = (dir / "r.html").string();
  REQUIRE(dxaudit::report::write_report(o).ok);
  const std::string html = read_file(o.html);
  CHECK(html.find("class=\"bar providerDr_Lee_verdict-supported\"") != std::string::npos);
  CHECK(html.find("class=\"bar providerDr Lee") == std::string::npos);
}

TEST_CASE("report: records in error count and list those without a note_id, where they were") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  // An ok note, an error with a note_id (k1), and two without: a line that is no JSON (its
  // message quotes '<'), a record without a note_id.
  const std::string notes =
      dir.write("bad.jsonl",
                "{\"note_id\":\"n1\",\"codes\":[\"M54.50\"],\"text\":\"Low back pain.\"}\n"
                "{\"note_id\":\"k1\",\"codes\":[\"M54.50\"],\"text\":5}\n"
                "<b>x</b>\n"
                "{\"codes\":[\"M54.50\"],\"text\":\"no id\"}\n");
  scan_to_db(notes, db);
  dxaudit::report::ReportOptions o;
  o.db = db;
  o.html = (dir / "r.html").string();
  dxaudit::report::ReportOutcome r = dxaudit::report::write_report(o);
  REQUIRE_MESSAGE(r.ok, r.error);
  const std::string html = read_file(o.html);
  CHECK(html.find("<span class=\"big\" id=\"records-in-error\">3</span>") != std::string::npos);
  // The list: each where it was read, with its note (if any), kind and message, escaped.
  CHECK(html.find("<tr><td><code>" + notes +
                  ":2</code></td><td>k1</td><td>bad_field</td><td>field &#39;text&#39; must be "
                  "a string, not number</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><td><code>" + notes +
                  ":3</code></td><td></td><td>malformed_json</td><td>parse error at line 1, "
                  "column 1: syntax error while parsing value - invalid literal; last read: "
                  "&#39;&lt;&#39;</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><td><code>" + notes +
                  ":4</code></td><td></td><td>missing_field</td><td>the record has no "
                  "&#39;note_id&#39;</td></tr>") != std::string::npos);
  CHECK(html.find("last read: '<'") == std::string::npos);
  CHECK(occurrences(html, "<tr><td><code>") == 3);
}

TEST_CASE("report: a rescan of a file fixed takes its records in error out of the report") {
  TempDir dir;
  const std::string db = (dir / "a.sqlite").string(), html = (dir / "r.html").string();
  const std::string good =
      "{\"note_id\":\"n1\",\"codes\":[\"M54.50\"],\"text\":\"Low back pain.\"}\n";
  const std::string bad =
      dir.write("bad.jsonl", good + "not json\n{\"codes\":[\"M54.50\"],\"text\":\"no id\"}\n");
  const std::string other = dir.write("other.jsonl", "not json either\n");
  auto run = [&](const std::string& args) {
    return dxaudit::testing::run_command(dxaudit::testing::binary() + " " + args + " 2>&1");
  };
  auto report = [&]() {
    dxaudit::testing::CommandResult r = run("report --db " + dxaudit::testing::shell_quote(db) +
                                            " --html " + dxaudit::testing::shell_quote(html));
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    return read_file(html);
  };
  const std::string scan_bad = "scan -q " + dxaudit::testing::shell_quote(bad) + " --db " +
                               dxaudit::testing::shell_quote(db) + " -o /dev/null";
  REQUIRE(run(scan_bad).exit_code == 1);
  REQUIRE(run("scan -q " + dxaudit::testing::shell_quote(other) + " --db " +
              dxaudit::testing::shell_quote(db) + " -o /dev/null")
              .exit_code == 1);
  CHECK(report().find("id=\"records-in-error\">3<") != std::string::npos);
  // Scanned again: the same three, not six.
  REQUIRE(run(scan_bad).exit_code == 1);
  std::string page = report();
  CHECK(page.find("id=\"records-in-error\">3<") != std::string::npos);
  CHECK(occurrences(page, "<code>" + bad + ":") == 2);
  // Fixed and scanned again: other.jsonl's error is all that is left.
  dir.write("bad.jsonl", good);
  REQUIRE(run(scan_bad).exit_code == 0);
  page = report();
  CHECK(page.find("id=\"records-in-error\">1<") != std::string::npos);
  CHECK(occurrences(page, "<code>" + bad + ":") == 0);
  CHECK(page.find("<code>" + other + ":1</code>") != std::string::npos);
}
