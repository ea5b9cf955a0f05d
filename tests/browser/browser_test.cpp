// The report in a real browser: headless Chromium loads a report with its scripts
// running. Its script decompresses the embedded data and renders the worklist (one row
// per flag) and, on a click, a note; the DOM it settles on must show the injected
// <script> note as text, nest the highlights, filter, search and sort, and carry a review
// decision made by clicking through export, `dxaudit review import` and the next report.
// A screenshot goes to build/report-screenshot.png for a person to look at. Chromium is
// installed by tools/deps.sh (tools/test.sh); if it is still missing this test fails, it
// does not skip.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <string>

#include "test_support.h"

using namespace dxaudit::testing;

namespace {

size_t occurrences(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

int64_t flagged_notes(const std::string& db_path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT count(DISTINCT note_id) FROM flags", -1, &st, nullptr) ==
          SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  int64_t n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

// Runs headless Chromium with a fresh profile; its standard error goes to `log`. A browser
// that dies on a signal (exit 128+, seen once in a while in containers, before it has
// loaded anything) or hangs until `timeout` stops it (exit 124, seen once in a while on a
// loaded machine with --virtual-time-budget) is started again with another fresh profile,
// up to three times; what it renders is never retried away.
CommandResult chromium(const std::string& profile, const std::string& args,
                       const std::string& log) {
  CommandResult r;
  for (int attempt = 1; attempt <= 3; ++attempt) {
    r = run_command(
        "timeout 60 chromium --headless --no-sandbox --disable-gpu "
        "--disable-background-networking --user-data-dir=" +
        shell_quote(profile + "-" + std::to_string(attempt)) + " " + args + " 2>" +
        shell_quote(log));
    if (r.exit_code >= 0 && r.exit_code < 128 && r.exit_code != 124) break;
    MESSAGE("chromium exited " << r.exit_code << "; its standard error:\n" << read_file(log));
  }
  return r;
}

// Scans the demo corpus into DIR/audit.sqlite and writes its report to DIR/report.html.
void demo_report(const TempDir& dir, const std::string& extra = "") {
  REQUIRE(run_command(binary() + " scan -q " +
                      shell_quote(std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl") +
                      " --db " + shell_quote((dir / "audit.sqlite").string()) + " -o " +
                      shell_quote((dir / "out.jsonl").string()) + " 2>&1")
              .exit_code == 0);
  REQUIRE(run_command(binary() + " report --db " + shell_quote((dir / "audit.sqlite").string()) +
                      " --html " + shell_quote((dir / "report.html").string()) + extra + " 2>&1")
              .exit_code == 0);
}

// A copy of `html` whose extra script runs once the report has rendered its worklist
// (the "dxaudit-ready" event), using the page as a person would: element.click() on rows,
// buttons and radio buttons runs the report's own handlers. It writes what it saw into a
// <div id="probe">.
std::string with_driver(const TempDir& dir, const std::string& html, const std::string& body) {
  std::string page = read_file(html);
  const size_t end = page.rfind("</body>");
  REQUIRE(end != std::string::npos);
  page.replace(end, 7,
               "<script>document.addEventListener('dxaudit-ready', function () {\n"
               "  var out = document.createElement('div'); out.id = 'probe';\n"
               "  function probe(s) { out.textContent += s; }\n" +
                   body + "\n  document.body.appendChild(out);\n});</script></body>");
  return dir.write("probe.html", page);
}

// The DOM headless Chromium settles on for `file`, its scripts run (a virtual time budget
// lets the report decompress its data and render).
std::string dump_dom(const TempDir& dir, const std::string& file, const std::string& name) {
  std::string log = (dir / (name + ".log")).string();
  CommandResult dom =
      chromium((dir / name).string(),
               "--virtual-time-budget=20000 --dump-dom " + shell_quote("file://" + file), log);
  INFO("chromium's standard error:\n" << read_file(log));
  REQUIRE(dom.exit_code == 0);
  REQUIRE(dom.out.find("</html>") != std::string::npos);
  return dom.out;
}

}  // namespace

TEST_CASE("the demo report renders in headless Chromium") {
  REQUIRE_MESSAGE(run_command("command -v chromium").exit_code == 0,
                  "chromium is not installed: run tools/deps.sh chromium (tools/test.sh does)");
  TempDir dir;
  demo_report(dir);
  const std::string db = (dir / "audit.sqlite").string(), html = (dir / "report.html").string();
  const int64_t flagged = flagged_notes(db);
  REQUIRE(flagged >= 4);
  // The report's own script ran: it decompressed its data and rendered the worklist, one
  // row per flag (18 in the demo: tests/e2e/demo.expected.jsonl), on one page.
  std::string dom = dump_dom(dir, html, "profile-dom");
  CHECK(dom.find("data-ready=\"") != std::string::npos);
  CHECK(dom.find("data-ready=\"error\"") == std::string::npos);
  CHECK(occurrences(dom, "<tr class=\"wl-row\"") == 18);
  CHECK(dom.find("18 of 18 flags shown (" + std::to_string(flagged) + " flagged notes)") !=
        std::string::npos);
  // Opening demo-09 (a click on its row) shows its text as text: the DOM holds the escaped
  // characters, never a script element; the flag's evidence is marked around its finding.
  const std::string probe = with_driver(dir, html, R"(
    document.querySelector('tr.wl-row[data-note="demo-09"][data-rule="M5450_UNSUPPORTED_RADICULAR"]').click();
    var ev = document.querySelector('mark.ev.focus');
    probe('evidence=' + (ev ? ev.textContent : 'none') + ';');
    probe('scripts=' + document.querySelectorAll('script').length + ';');
  )");
  dom = dump_dom(dir, probe, "profile-note");
  CHECK(dom.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(dom.find("<script>alert(1)") == std::string::npos);
  CHECK(dom.find("evidence=numbness in the left foot;") != std::string::npos);
  CHECK(dom.find("scripts=3;") != std::string::npos);  // data, report, this test's driver
  CHECK(dom.find("<span class=\"sec-head\">Assessment:</span>") != std::string::npos);

  std::string shot = std::string(DXAUDIT_BUILD_DIR) + "/report-screenshot.png";
  std::remove(shot.c_str());
  std::string log = (dir / "shot.log").string();
  CommandResult s = chromium((dir / "profile-shot").string(),
                             "--virtual-time-budget=20000 --window-size=1280,2000 --screenshot=" +
                                 shell_quote(shot) + " " + shell_quote("file://" + html),
                             log);
  CHECK(s.exit_code == 0);
  CHECK(read_file(shot).rfind("\x89PNG", 0) == 0);
}

TEST_CASE("the worklist filters, searches and sorts in the browser") {
  REQUIRE(run_command("command -v chromium").exit_code == 0);
  TempDir dir;
  demo_report(dir);
  // Pick a provider; then clear it, search for a word one flag's message quotes (any case), clear
  // that and sort by date descending (two clicks on the header).
  const std::string probe = with_driver(dir, (dir / "report.html").string(), R"(
    function notes() {
      var seen = [];
      document.querySelectorAll('tr.wl-row').forEach(function (r) {
        if (seen.indexOf(r.dataset.note) < 0) seen.push(r.dataset.note);
      });
      return seen.join(',');
    }
    var sel = document.getElementById('f-provider');
    sel.value = 'dr-baker'; sel.dispatchEvent(new Event('change'));
    probe('visible=' + notes() + ';');
    sel.value = ''; sel.dispatchEvent(new Event('change'));
    var q = document.getElementById('f-search');
    q.value = 'NUMBNESS'; q.dispatchEvent(new Event('input'));
    probe('search=' + notes() + ';');
    q.value = ''; q.dispatchEvent(new Event('input'));
    var th = document.querySelector('th[data-key=date]'); th.click(); th.click();
    probe('order=' + notes() + ';');
  )");
  const std::string dom = dump_dom(dir, probe, "profile");
  INFO(dom.substr(dom.find("<div id=\"probe\">")));
  // Flagged notes of dr-baker: demo-02, -03 and -08 (in the report's order: the most
  // severe first); demo-09's message is the one quoting "numbness"; all eight flagged
  // notes by date descending: demo-09, -08, -07, -05, -04, -03, -02, -01.
  CHECK(dom.find("visible=demo-02,demo-03,demo-08;") != std::string::npos);
  CHECK(dom.find("search=demo-09;") != std::string::npos);
  CHECK(dom.find("order=demo-09,demo-08,demo-07,demo-05,demo-04,demo-03,demo-02,demo-01;") !=
        std::string::npos);
}

TEST_CASE("note text: nested and crossing findings nest as marks, text stays text") {
  REQUIRE(run_command("command -v chromium").exit_code == 0);
  TempDir dir;
  const std::string db = (dir / "audit.sqlite").string();
  // A store with one note (the schema from a scan of nothing), findings written by hand:
  // "a<b pain shooting down the left leg & more": [4,35) "pain ... leg" holds [9,17)
  // "shooting"; [27,40) "left leg & m" crosses its end and is cut there.
  const std::string empty = dir.write("empty.jsonl", "");
  run_command(binary() + " scan -q " + shell_quote(empty) + " --db " + shell_quote(db) +
              " -o /dev/null 2>&1");
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  const char* sql = R"sql(
    INSERT INTO notes VALUES('n1','h','ok','p1',NULL,'2026-01-01','dr',NULL,NULL,
      'a<b pain shooting down the left leg & more','{}');
    INSERT INTO findings VALUES('n1',0,'radiating_leg_pain','radicular','',4,35,NULL,0,0,0,0,'patient',NULL,NULL,1,NULL);
    INSERT INTO findings VALUES('n1',1,'inner','radicular','',9,17,NULL,1,0,0,0,'patient',NULL,NULL,0,NULL);
    INSERT INTO findings VALUES('n1',2,'crossing','red_flag','',27,40,NULL,0,0,0,0,'patient',NULL,NULL,1,NULL);
    INSERT INTO flags VALUES('n1',0,'RULE','high','M54.50','msg','','Title',NULL,NULL,NULL,NULL);
  )sql";
  REQUIRE(sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(h);
  const std::string html = (dir / "report.html").string();
  REQUIRE(run_command(binary() + " report --db " + shell_quote(db) + " --html " +
                      shell_quote(html) + " 2>&1")
              .exit_code == 0);
  // The note's text with every <mark> as [ and ]: a<b [pain [shooting] down the [left
  // leg]] & more.
  const std::string probe = with_driver(dir, html, R"(
    document.querySelector('tr.wl-row').click();
    var pre = document.querySelector('pre.note-text');
    function walk(n) {
      if (n.nodeType === 3) return n.data;
      var inner = Array.prototype.map.call(n.childNodes, walk).join('');
      return n.nodeName === 'MARK' ? '[' + inner + ']' : inner;
    }
    probe('text=' + walk(pre) + ';');
    probe('negated=' + document.querySelectorAll('pre mark.negated').length + ';');
    probe('title=' + document.querySelector('pre mark.cat-red_flag').title + ';');
  )");
  const std::string dom = dump_dom(dir, probe, "profile");
  CHECK(dom.find("text=a&lt;b [pain [shooting] down the [left leg]] &amp; more;") !=
        std::string::npos);
  CHECK(dom.find("negated=1;") != std::string::npos);
  CHECK(dom.find("title=crossing (red_flag) - affirmed;") != std::string::npos);
}

TEST_CASE("review round trip: decided in Chromium, exported, imported, in the next report") {
  REQUIRE(run_command("command -v chromium").exit_code == 0);
  TempDir dir;
  demo_report(dir);
  const std::string db = (dir / "audit.sqlite").string();
  // In the browser: open demo-09's radicular flag from the worklist, agree, comment; mark
  // demo-02's a false positive; export.
  const std::string probe = with_driver(dir, (dir / "report.html").string(), R"(
    document.getElementById('reviewer').value = 'ana';
    function decide(note, rule, decision, comment) {
      var row = document.querySelector('tr.wl-row[data-note="' + note + '"][data-rule="' + rule + '"]');
      row.click();
      var f = row.dataset.flag;
      var box = document.querySelector('input.comment[data-flag="' + f + '"]');
      box.value = comment;
      document.querySelector('input[name="dec-' + f + '"][value="' + decision + '"]').click();
    }
    decide('demo-09', 'M5450_UNSUPPORTED_RADICULAR', 'agree', 'numb foot, L5');
    decide('demo-02', 'M5450_UNSUPPORTED_RADICULAR', 'false_positive', '=no radicular sign');
    probe('review=' + document.querySelector('tr.wl-row[data-note="demo-09"][data-rule="M5450_UNSUPPORTED_RADICULAR"]').dataset.review + ';');
    document.getElementById('export-decisions').click();
    probe('csv=' + document.getElementById('review-csv').value + 'END');
  )");
  const std::string dom = dump_dom(dir, probe, "profile");
  CHECK(dom.find("review=agree;") != std::string::npos);
  const size_t begin = dom.find("csv=", dom.find("<div id=\"probe\">")),
               end = dom.find("END", begin);
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  // The DOM holds the CSV as text: entities back to characters.
  std::string csv = dom.substr(begin + 4, end - begin - 4);
  for (const auto& [entity, c] : {std::pair<std::string, std::string>{"&quot;", "\""},
                                  {"&lt;", "<"},
                                  {"&gt;", ">"},
                                  {"&amp;", "&"}})
    for (size_t at = csv.find(entity); at != std::string::npos; at = csv.find(entity, at + 1))
      csv.replace(at, entity.size(), c);
  INFO(csv);
  // (A textarea's value has LF line ends; the file the button downloads has CRLF. Both
  // import.)
  CHECK(csv.starts_with(
      "note_id,encounter_id,rule,code,evidence_begin,evidence_end,decision,reviewer,"
      "comment,decided_at\n"));
  CHECK(csv.find("demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,M54.50,105,130,agree,ana,\"numb "
                 "foot, L5\",") != std::string::npos);
  CHECK(csv.find(",false_positive,ana,'=no radicular sign,") != std::string::npos);
  const std::string decisions = dir.write("decisions.csv", csv);
  CommandResult in = run_command(binary() + " review import --db " + shell_quote(db) + " " +
                                 shell_quote(decisions) + " 2>&1");
  INFO(in.out);
  REQUIRE(in.exit_code == 0);
  CHECK(in.out.find("2 new, 0 changed, 0 as stored") != std::string::npos);
  // The next report: the rates count them (precision 1 / (1 + 1)), and a fresh browser (no
  // local decisions) shows the stored decision in the worklist.
  const std::string rates = (dir / "rates.csv").string();
  REQUIRE(run_command(binary() + " report --db " + shell_quote(db) + " --html " +
                      shell_quote((dir / "report.html").string()) + " --csv-rates " +
                      shell_quote(rates) + " 2>&1")
              .exit_code == 0);
  CHECK(read_file(rates).find("\r\nrule,M5450_UNSUPPORTED_RADICULAR,Nerve involvement "
                              "documented: unspecified low back pain code not supported,4,4,"
                              "1.0000,0,0.0000,4,1,1,0,0.5000\r\n") != std::string::npos);
  const std::string again = with_driver(dir, (dir / "report.html").string(), R"(
    var row = document.querySelector('tr.wl-row[data-note="demo-09"][data-rule="M5450_UNSUPPORTED_RADICULAR"]');
    probe('stored=' + row.dataset.review + ':' + row.lastChild.textContent + ';');
  )");
  const std::string dom2 = dump_dom(dir, again, "profile-again");
  CHECK(dom2.find("stored=agree:agree;") != std::string::npos);
  CHECK(dom2.find("id=\"rate-precision\">0.5000<") != std::string::npos);
}

TEST_CASE("a decision made in one store's report never shows in another's of the same name") {
  // January's and February's audit.sqlite, each in its folder, opened in one browser
  // profile (every file:// page shares its storage): the decision made in January's
  // report is January's alone.
  REQUIRE(run_command("command -v chromium").exit_code == 0);
  TempDir jan, feb;
  demo_report(jan);
  demo_report(feb);
  const std::string profile = (jan / "profile").string();
  const std::string decided = with_driver(jan, (jan / "report.html").string(), R"(
    document.getElementById('reviewer').value = 'ana';
    var row = document.querySelector('tr.wl-row[data-note="demo-09"][data-rule="M5450_UNSUPPORTED_RADICULAR"]');
    row.click();
    document.querySelector('input[name="dec-' + row.dataset.flag + '"][value="agree"]').click();
    row = document.querySelector('tr.wl-row[data-note="demo-09"][data-rule="M5450_UNSUPPORTED_RADICULAR"]');
    probe('jan=' + row.dataset.review + ';');
  )");
  CHECK(dump_dom(jan, decided, "profile").find("jan=agree;") != std::string::npos);
  auto look = [&](const TempDir& dir, const std::string& name) {
    const std::string page = with_driver(dir, (dir / "report.html").string(), R"(
      var row = document.querySelector('tr.wl-row[data-note="demo-09"][data-rule="M5450_UNSUPPORTED_RADICULAR"]');
      probe('seen=' + row.dataset.review + ';');
    )");
    // The same profile folder for both: January's, where the decision was made.
    const std::string copy = (jan / name).string();
    std::filesystem::copy_file(page, copy, std::filesystem::copy_options::overwrite_existing);
    return dump_dom(jan, copy, "profile");
  };
  const std::string again = look(jan, "jan-again.html"), other = look(feb, "feb.html");
  auto probed = [](const std::string& dom) {
    const size_t at = dom.find("<div id=\"probe\">");
    return at == std::string::npos ? std::string("(no probe)") : dom.substr(at, 80);
  };
  INFO("January again: " << probed(again) << "\nFebruary: " << probed(other));
  CHECK(again.find("seen=agree;") != std::string::npos);
  CHECK(other.find("seen=open;") != std::string::npos);  // no decision: open
}

TEST_CASE("two flags of one rule without evidence on one note are decided apart in the page") {
  // A note coded M54.5 and M54.1 in its metadata: two INVALID_CODE flags without evidence,
  // which differ by their code alone.
  REQUIRE(run_command("command -v chromium").exit_code == 0);
  TempDir dir;
  const std::string db = (dir / "audit.sqlite").string();
  const std::string invalid = dir.write(
      "invalid.jsonl",
      "{\"note_id\": \"inv-1\", \"patient_id\": \"p-9\", \"encounter_id\": \"e-9\", "
      "\"encounter_date\": \"2026-02-01\", \"provider\": \"dr-x\", \"codes\": [\"M54.5\", "
      "\"M54.1\"], \"text\": \"Low back pain for 2 weeks after lifting. No leg symptoms.\"}\n");
  REQUIRE(run_command(binary() + " scan -q " +
                      shell_quote(std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl") +
                      " " + shell_quote(invalid) + " --db " + shell_quote(db) +
                      " -o /dev/null 2>&1")
              .exit_code == 0);
  const std::string html = (dir / "report.html").string();
  REQUIRE(run_command(binary() + " report --db " + shell_quote(db) + " --html " +
                      shell_quote(html) + " 2>&1")
              .exit_code == 0);
  // Decisions a report of an earlier dxaudit kept in this browser, keyed without the code:
  // demo-09's is its radicular flag's; inv-1's fits both INVALID_CODE flags, and is neither's.
  const std::string earlier = with_driver(dir, html, R"(
    var d = document.getElementById('dx-data');
    var prefix = 'dxaudit-review:' + (d.getAttribute('data-db') || '') + ':' + (d.getAttribute('data-store') || '') + ':';
    var old = JSON.stringify({ decision: 'agree', comment: 'old page', reviewer: 'old', at: '2026-01-01T00:00:00Z' });
    localStorage.setItem(prefix + 'demo-09|M5450_UNSUPPORTED_RADICULAR|105|130', old);
    localStorage.setItem(prefix + 'inv-1|INVALID_CODE||', old);
    probe('stored;');
  )");
  CHECK(dump_dom(dir, earlier, "profile").find("stored;") != std::string::npos);
  const std::string probe = with_driver(dir, html, R"(
    function row(note, rule, code) {
      return Array.prototype.filter.call(document.querySelectorAll('tr.wl-row[data-note="' + note + '"][data-rule="' + rule + '"]'),
        function (r) { return r.querySelector('.code-cell').textContent === code; })[0];
    }
    function reviews() {
      return row('inv-1', 'INVALID_CODE', 'M54.5').dataset.review + ',' + row('inv-1', 'INVALID_CODE', 'M54.1').dataset.review;
    }
    probe('old09=' + row('demo-09', 'M5450_UNSUPPORTED_RADICULAR', 'M54.50').dataset.review + ';');
    probe('oldinv=' + reviews() + ';');
    document.getElementById('reviewer').value = 'ana';
    function decide(code, decision) {
      var r = row('inv-1', 'INVALID_CODE', code);
      r.click();
      document.querySelector('input[name="dec-' + r.dataset.flag + '"][value="' + decision + '"]').click();
    }
    decide('M54.5', 'false_positive');
    decide('M54.1', 'agree');
    probe('inv=' + reviews() + ';');
    document.getElementById('export-decisions').click();
    probe('csv=' + document.getElementById('review-csv').value + 'END');
  )");
  const std::string dom = dump_dom(dir, probe, "profile");
  INFO(dom.substr(dom.find("<div id=\"probe\">")));
  CHECK(dom.find("old09=agree;") != std::string::npos);
  CHECK(dom.find("oldinv=open,open;") != std::string::npos);
  CHECK(dom.find("inv=false_positive,agree;") != std::string::npos);
  const size_t begin = dom.find("csv=", dom.find("<div id=\"probe\">")),
               end = dom.find("END", begin);
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  const std::string csv = dom.substr(begin + 4, end - begin - 4);
  CHECK(
      csv.starts_with("note_id,encounter_id,rule,code,evidence_begin,evidence_end,decision,"
                      "reviewer,comment,decided_at\n"));
  CHECK(csv.find("demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,M54.50,105,130,agree,old,old page,"
                 "2026-01-01T00:00:00Z\n") != std::string::npos);
  CHECK(csv.find("inv-1,e-9,INVALID_CODE,M54.5,,,false_positive,ana,,") != std::string::npos);
  CHECK(csv.find("inv-1,e-9,INVALID_CODE,M54.1,,,agree,ana,,") != std::string::npos);
  CHECK(occurrences(csv, "\n") == 4);  // the header and three decisions
  // Imported: each flag its own decision.
  const std::string decisions = dir.write("decisions.csv", csv);
  CommandResult in = run_command(binary() + " review import --db " + shell_quote(db) + " " +
                                 shell_quote(decisions) + " 2>&1");
  INFO(in.out);
  REQUIRE(in.exit_code == 0);
  CHECK(in.out.find("3 new, 0 changed, 0 as stored") != std::string::npos);
}
