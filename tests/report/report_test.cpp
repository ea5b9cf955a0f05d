// report::write_report (report/report.h) on the demo corpus stored in SQLite, and the
// escaping that keeps note text inert in HTML and in spreadsheets.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include <sqlite3.h>

#include "report/report.h"
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

// Scans `input` into `db`.
void scan_to_db(const std::string& input, const std::string& db) {
  std::string error;
  auto store = dxaudit::store::Store::open(db, dxaudit::testing::shipped_analyzer(), &error);
  REQUIRE_MESSAGE(store, error);
  dxaudit::testing::TestScan run;
  dxaudit::testing::run_test_scan({input}, &run, {}, store.get());
  REQUIRE(run.outcome.ok);
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
  CHECK(occurrences(html, "<tr class=\"wl-row\"") == r.flagged_notes);
  CHECK(occurrences(html, "<article class=\"note\"") == r.flagged_notes);
  // demo-09's text is shown escaped; the only <script> elements are the report's own.
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(occurrences(html, "<script") == 1);
  // Self-contained: nothing fetched from anywhere.
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("href=\"http") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  // The finding in demo-09 is highlighted, with its category and its description.
  CHECK(html.find("<mark class=\"f cat-radicular active\" title=\"leg_paresthesia (radicular)") !=
        std::string::npos);
  // Every highlight is closed (nested findings nest; none is dropped).
  CHECK(occurrences(html, "<mark") == occurrences(html, "</mark>"));
  // One SVG chart per summary (five).
  CHECK(occurrences(html, "<svg") == 5);

  std::string csv = read_file(o.csv);
  CHECK(csv.rfind("note,patient,provider,date,code,rule,severity,message,suggestions\r\n", 0) == 0);
  CHECK(occurrences(csv, "\r\n") == r.flags + 1);  // messages here hold no line breaks
  CHECK(csv.find("demo-09,p-106,dr-chen,2026-02-10,M54.50,M5450_UNSUPPORTED_RADICULAR,high,") !=
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
  CHECK(occurrences(html2, "<tr class=\"wl-row\"") == 2);
  CHECK(occurrences(html2, "<article class=\"note\"") == 2);
  CHECK(html2.find("holds the 2 most severe of " + std::to_string(r.flagged_notes)) !=
        std::string::npos);
  CHECK(read_file(o.csv) == csv);
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

TEST_CASE("report: nested and crossing findings nest as marks; text between stays escaped") {
  TempDir dir;
  std::string path = (dir / "a.sqlite").string();
  {
    std::string error;
    // creates the schema
    REQUIRE(dxaudit::store::Store::open(path, dxaudit::testing::shipped_analyzer(), &error));
  }
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  // "a<b pain shooting down the left leg & more": [4,35) "pain ... leg" holds [9,17)
  // "shooting"; [27,40) "left leg & m" crosses its end and is cut there.
  const char* sql = R"sql(
    INSERT INTO notes VALUES('n1','h','ok','p1',NULL,'2026-01-01','dr',NULL,NULL,
      'a<b pain shooting down the left leg & more','{}');
    INSERT INTO findings VALUES('n1',0,'radiating_leg_pain','radicular','',4,35,NULL,0,0,0,0,'patient',NULL,NULL,1,NULL);
    INSERT INTO findings VALUES('n1',1,'inner','radicular','',9,17,NULL,1,0,0,0,'patient',NULL,NULL,0,NULL);
    INSERT INTO findings VALUES('n1',2,'crossing','red_flag','',27,40,NULL,0,0,0,0,'patient',NULL,NULL,1,NULL);
    INSERT INTO flags VALUES('n1',0,'RULE','high','M54.50','msg','');
  )sql";
  REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  dxaudit::report::ReportOptions o;
  o.db = path;
  o.html = (dir / "r.html").string();
  REQUIRE(dxaudit::report::write_report(o).ok);
  std::string html = read_file(o.html);
  size_t start = html.find("<pre class=\"note-text\">");
  REQUIRE(start != std::string::npos);
  std::string pre = html.substr(start, html.find("</pre>", start) - start);
  // Titles aside, the text reads: a&lt;b [pain [shooting] down the [left leg]] & more.
  std::string plain;
  for (size_t i = 0; i < pre.size();) {
    if (pre.compare(i, 5, "<mark") == 0) {
      plain += "[";
      i = pre.find('>', i) + 1;
    } else if (pre.compare(i, 7, "</mark>") == 0) {
      plain += "]";
      i += 7;
    } else {
      plain += pre[i++];
    }
  }
  CHECK(plain ==
        "<pre class=\"note-text\">a&lt;b [pain [shooting] down the [left leg]] &amp; more");
  CHECK(pre.find("<mark class=\"f cat-radicular negated\"") != std::string::npos);
  CHECK(pre.find("title=\"crossing (red_flag) - affirmed\"") != std::string::npos);
}
