// The demo report in a real browser: headless Chromium loads build/.../report.html with
// its scripts running, and the DOM it settles on must hold one worklist row per flagged
// note in the database, show the injected <script> note as text, and have run the
// report's own script (the "N of N shown" line it writes). A screenshot goes to
// build/report-screenshot.png for a person to look at. Chromium is installed by
// tools/deps.sh (tools/test.sh); if it is still missing this test fails, it does not skip.
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
// loaded anything) is started once more with another fresh profile; what it renders is
// never retried away.
CommandResult chromium(const std::string& profile, const std::string& args,
                       const std::string& log) {
  CommandResult r;
  for (int attempt = 1; attempt <= 2; ++attempt) {
    r = run_command(
        "timeout 120 chromium --headless --no-sandbox --disable-gpu "
        "--disable-background-networking --user-data-dir=" +
        shell_quote(profile + "-" + std::to_string(attempt)) + " " + args + " 2>" +
        shell_quote(log));
    if (r.exit_code >= 0 && r.exit_code < 128) break;
    MESSAGE("chromium exited " << r.exit_code << "; its standard error:\n" << read_file(log));
  }
  return r;
}

}  // namespace

TEST_CASE("the demo report renders in headless Chromium") {
  REQUIRE_MESSAGE(run_command("command -v chromium").exit_code == 0,
                  "chromium is not installed: run tools/deps.sh chromium (tools/test.sh does)");
  TempDir dir;
  std::string db = (dir / "audit.sqlite").string();
  std::string html = (dir / "report.html").string();
  REQUIRE(run_command(binary() + " scan -q " +
                      shell_quote(std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl") +
                      " --db " + shell_quote(db) + " -o " +
                      shell_quote((dir / "out.jsonl").string()) + " 2>&1")
              .exit_code == 0);
  REQUIRE(run_command(binary() + " report --db " + shell_quote(db) + " --html " +
                      shell_quote(html) + " 2>&1")
              .exit_code == 0);
  int64_t flagged = flagged_notes(db);
  REQUIRE(flagged >= 4);

  std::string log = (dir / "chromium.log").string();
  CommandResult dom =
      chromium((dir / "profile-dom").string(), "--dump-dom " + shell_quote("file://" + html), log);
  INFO("chromium's standard error:\n" << read_file(log));
  REQUIRE(dom.exit_code == 0);
  REQUIRE(dom.out.find("</html>") != std::string::npos);
  CHECK(occurrences(dom.out, "<tr class=\"wl-row") == static_cast<size_t>(flagged));
  // The note text is text: the DOM holds the escaped characters, never a script element.
  CHECK(dom.out.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(dom.out.find("<script>alert(1)") == std::string::npos);
  // The report's own script ran in the browser and filled in the worklist count.
  std::string shown =
      std::to_string(flagged) + " of " + std::to_string(flagged) + " flagged notes shown";
  CHECK(dom.out.find(shown) != std::string::npos);

  std::string shot = std::string(DXAUDIT_BUILD_DIR) + "/report-screenshot.png";
  std::remove(shot.c_str());
  CommandResult s = chromium((dir / "profile-shot").string(),
                             "--window-size=1280,2000 --screenshot=" + shell_quote(shot) + " " +
                                 shell_quote("file://" + html),
                             log);
  CHECK(s.exit_code == 0);
  CHECK(read_file(shot).rfind("\x89PNG", 0) == 0);
}

TEST_CASE("the worklist filters and sorts in the browser") {
  REQUIRE(run_command("command -v chromium").exit_code == 0);
  TempDir dir;
  std::string db = (dir / "audit.sqlite").string();
  std::string html = (dir / "report.html").string();
  REQUIRE(run_command(binary() + " scan -q " +
                      shell_quote(std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl") +
                      " --db " + shell_quote(db) + " -o " +
                      shell_quote((dir / "out.jsonl").string()) + " 2>&1")
              .exit_code == 0);
  REQUIRE(run_command(binary() + " report --db " + shell_quote(db) + " --html " +
                      shell_quote(html) + " 2>&1")
              .exit_code == 0);
  // A copy of the report with a script that uses the controls as a person would: pick a
  // provider, then clear it and sort by date descending (two clicks on the header), and
  // writes what the page then shows into the DOM.
  std::string page = read_file(html);
  std::string driver = R"(<script>
    var sel = document.getElementById('f-provider');
    sel.value = 'dr-baker'; sel.dispatchEvent(new Event('change'));
    var visible = Array.prototype.filter.call(document.querySelectorAll('tr.wl-row'),
        function (r) { return !r.classList.contains('hidden'); }).map(function (r) { return r.dataset.note; });
    sel.value = ''; sel.dispatchEvent(new Event('change'));
    var th = document.querySelector('th[data-key=date]'); th.click(); th.click();
    var order = Array.prototype.map.call(document.querySelectorAll('tr.wl-row'), function (r) { return r.dataset.note; });
    var out = document.createElement('div'); out.id = 'probe';
    out.textContent = 'visible=' + visible.join(',') + ';order=' + order.join(',') + ';';
    document.body.appendChild(out);
  </script></body>)";
  size_t end = page.rfind("</body>");
  REQUIRE(end != std::string::npos);
  page.replace(end, 7, driver);
  std::string probe = dir.write("probe.html", page);
  std::string log = (dir / "chromium.log").string();
  CommandResult dom =
      chromium((dir / "profile").string(), "--dump-dom " + shell_quote("file://" + probe), log);
  INFO("chromium's standard error:\n" << read_file(log));
  REQUIRE(dom.exit_code == 0);
  // Flagged notes of dr-baker: demo-02, -03 and -08; all eight flagged notes by date
  // descending: demo-09, -08, -07, -05, -04, -03, -02, -01 (demo-06 has no flag).
  CHECK(dom.out.find("visible=demo-02,demo-03,demo-08;") != std::string::npos);
  CHECK(dom.out.find("order=demo-09,demo-08,demo-07,demo-05,demo-04,demo-03,demo-02,demo-01;") !=
        std::string::npos);
}
