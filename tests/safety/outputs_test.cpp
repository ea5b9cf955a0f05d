// Point 1 of issue 14 through the binary (ctest test `safe_outputs`): every output -- -o,
// --csv, --html, brat files, assert -o, --db -- goes through one writer that never writes
// over an input, writes through devices and FIFOs, never replaces a symbolic link, and
// takes - as standard output.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "safety_support.h"

using namespace dxaudit::testing;
namespace fs = std::filesystem;

namespace {

// The demo corpus scanned into a store at `db` (default DIR/a.sqlite); its path.
std::string demo_store(const TempDir& dir, std::string db = "") {
  if (db.empty()) db = (dir / "a.sqlite").string();
  REQUIRE(run_command(binary() + " scan -q " + shell_quote(demo_notes()) + " --db " +
                      shell_quote(db) + " -o /dev/null")
              .exit_code == 0);
  return db;
}

}  // namespace

TEST_SUITE("safe_outputs") {
  TEST_CASE("an output that is an input is refused, exit 2, the input untouched") {
    TempDir dir;
    const std::string notes = (dir / "notes.jsonl").string();
    fs::copy_file(demo_notes(), notes);
    age(notes);
    const Snapshot before = snapshot(notes);
    fs::create_hard_link(notes, dir / "hard.jsonl");
    fs::create_symlink("notes.jsonl", dir / "soft.jsonl");
    for (const std::string out : {"notes.jsonl", "hard.jsonl", "soft.jsonl"}) {
      CAPTURE(out);
      Run r = run_split(dir, binary() + " scan " + shell_quote(notes) + " -o " +
                                 shell_quote((dir / out).string()));
      CHECK(r.exit_code == 2);
      CHECK(r.err.find("is the input " + notes) != std::string::npos);
      CHECK(r.out.empty());
      CHECK(snapshot(notes) == before);
    }
    // Standard output appended onto the input: refused too (reading while appending to
    // it would never end).
    Run appended =
        run_split(dir, binary() + " scan " + shell_quote(notes) + " >> " + shell_quote(notes));
    CHECK(appended.exit_code == 2);
    CHECK(appended.err.find("is the input") != std::string::npos);
    CHECK(snapshot(notes) == before);
    // The claims file, and every file a folder input reads.
    const std::string claims = dir.write("claims.csv", "note_id,code\nd1,M54.50\n");
    Run over_claims = run_split(dir, binary() + " scan " + shell_quote(notes) + " --claims " +
                                         shell_quote(claims) + " -o " + shell_quote(claims));
    CHECK(over_claims.exit_code == 2);
    CHECK(read_file(claims) == "note_id,code\nd1,M54.50\n");
    const std::string inner = dir.write("folder/sub/n1.txt", "Low back pain.");
    Run over_folder = run_split(dir, binary() + " scan " + shell_quote((dir / "folder").string()) +
                                         " -o " + shell_quote(inner));
    CHECK(over_folder.exit_code == 2);
    CHECK(read_file(inner) == "Low back pain.");
    // brat files: a folder holding the input notes (their NOTE.txt would land on them).
    const std::string n2 = dir.write("txt/n2.txt", "Low back pain, left leg.");
    Run brat = run_split(dir, binary() + " scan " + shell_quote((dir / "txt").string()) +
                                  " --format brat -o " + shell_quote((dir / "txt").string()));
    CHECK(brat.exit_code == 2);
    CHECK(brat.err.find("holds the input " + (dir / "txt").string() + "/n2.txt") !=
          std::string::npos);
    CHECK(read_file(n2) == "Low back pain, left leg.");
    CHECK(fs::directory_entry(dir / "txt").exists());
    CHECK(std::distance(fs::directory_iterator(dir / "txt"), fs::directory_iterator()) == 1);
    // assert -o onto its TSV.
    const std::string tsv = dir.write("s.tsv", "id\ttarget\tsentence\n1\tpain\tno pain\n");
    Run assert_run =
        run_split(dir, binary() + " assert " + shell_quote(tsv) + " -o " + shell_quote(tsv));
    CHECK(assert_run.exit_code == 2);
    CHECK(read_file(tsv) == "id\ttarget\tsentence\n1\tpain\tno pain\n");
  }

  TEST_CASE("report: never over its database; --html and --csv never one file") {
    TempDir dir;
    const std::string db = demo_store(dir);
    const Snapshot before = snapshot(db);
    Run over_db =
        run_split(dir, binary() + " report --db " + shell_quote(db) + " --csv " + shell_quote(db));
    CHECK(over_db.exit_code == 2);
    CHECK(over_db.err.find("is the input") != std::string::npos);
    CHECK(snapshot(db) == before);
    const std::string same = (dir / "same.out").string();
    Run both = run_split(dir, binary() + " report --db " + shell_quote(db) + " --html " +
                                  shell_quote(same) + " --csv " + shell_quote(same));
    CHECK(both.exit_code == 2);
    CHECK(!fs::exists(same));
    // scan: -o and --db one file.
    const std::string one = (dir / "one.sqlite").string();
    Run scan_both = run_split(dir, binary() + " scan " + shell_quote(demo_notes()) + " --db " +
                                       shell_quote(one) + " -o " + shell_quote(one));
    CHECK(scan_both.exit_code == 2);
    CHECK(!fs::exists(one));
  }

  TEST_CASE("the files SQLite keeps beside a database are never an output") {
    // NAME-wal holds every transaction not yet copied into NAME: replacing it loses them.
    // Refused whether the file exists or not, for every output of every command.
    TempDir dir;
    const std::string db = demo_store(dir);
    const Snapshot before = snapshot(db);
    for (const std::string suffix : {"-wal", "-shm", "-journal"}) {
      CAPTURE(suffix);
      const std::string beside = db + suffix;
      Run report = run_split(
          dir, binary() + " report --db " + shell_quote(db) + " --csv " + shell_quote(beside));
      CHECK(report.exit_code == 2);
      CHECK(report.err.find("is where SQLite keeps part of the database " + db) !=
            std::string::npos);
      Run exported = run_split(
          dir, binary() + " review export --db " + shell_quote(db) + " -o " + shell_quote(beside));
      CHECK(exported.exit_code == 2);
      // (A reader of a WAL database may leave NAME-wal and NAME-shm behind, empty.)
      const bool existed = fs::exists(beside);
      const uintmax_t size = existed ? fs::file_size(beside) : 0;
      Run scan = run_split(dir, binary() + " scan " + shell_quote(demo_notes()) + " --db " +
                                    shell_quote(db) + " -o " + shell_quote(beside));
      CHECK(scan.exit_code == 2);
      CHECK(fs::exists(beside) == existed);
      if (existed) CHECK(fs::file_size(beside) == size);
    }
    // Through a link to the database, and a new database's own -wal.
    fs::create_symlink(db, dir / "link.sqlite");
    Run linked =
        run_split(dir, binary() + " report --db " + shell_quote((dir / "link.sqlite").string()) +
                           " --csv " + shell_quote(db + "-wal"));
    CHECK(linked.exit_code == 2);
    const std::string fresh = (dir / "fresh.sqlite").string();
    Run new_db = run_split(dir, binary() + " scan " + shell_quote(demo_notes()) + " --db " +
                                    shell_quote(fresh) + " -o " + shell_quote(fresh + "-wal"));
    CHECK(new_db.exit_code == 2);
    CHECK(!fs::exists(fresh));
    CHECK(snapshot(db) == before);
    // Standard output appended onto the database (the shell creates it empty first).
    const std::string appended = (dir / "appended.sqlite").string();
    Run onto_db = run_split(dir, binary() + " scan " + shell_quote(demo_notes()) + " --db " +
                                     shell_quote(appended) + " >> " + shell_quote(appended));
    CHECK(onto_db.exit_code == 2);
    CHECK(onto_db.err.find("is the input") != std::string::npos);
    CHECK(fs::file_size(appended) == 0);
  }

  TEST_CASE("no command prints onto a file it reads: lexicons, models, golds, its input") {
    TempDir dir;
    fs::create_directories(dir / "data");
    fs::copy(fs::path(DXAUDIT_SOURCE_DIR) / "lexicons", dir / "data" / "lexicons",
             fs::copy_options::recursive);
    fs::copy(fs::path(DXAUDIT_SOURCE_DIR) / "models", dir / "data" / "models",
             fs::copy_options::recursive);
    fs::copy(fs::path(DXAUDIT_SOURCE_DIR) / "corpora" / "gold", dir / "gold",
             fs::copy_options::recursive);
    const std::string data = (dir / "data").string();
    const std::string cues = (dir / "data" / "lexicons" / "cues.lex").string();
    const std::string codes = (dir / "data" / "models" / "codes.model").string();
    const std::string ann = (dir / "gold" / "g01_pt_eval.ann").string();
    const std::string tsv =
        dir.write("s.tsv", "id\ttarget\tsentence\tnegated\n1\tpain\tno pain\ttrue\n");
    const Snapshot cues_before = snapshot(cues), codes_before = snapshot(codes),
                   ann_before = snapshot(ann), tsv_before = snapshot(tsv);
    const std::string with_data = " --data " + shell_quote(data);
    const std::vector<std::string> commands = {
        " assert" + with_data + " " + shell_quote(tsv) + " -o " + shell_quote(cues),
        " assert" + with_data + " " + shell_quote(tsv) + " >> " + shell_quote(cues),
        " lexicons terms" + with_data + " >> " + shell_quote(cues),
        " lexicons check" + with_data + " >> " + shell_quote(codes),
        " models check" + with_data + " >> " + shell_quote(codes),
        " eval --gold " + shell_quote((dir / "gold").string()) + with_data + " >> " +
            shell_quote(ann),
        " eval-assert" + with_data + " " + shell_quote(tsv) + " >> " + shell_quote(tsv),
    };
    for (const std::string& command : commands) {
      CAPTURE(command);
      Run r = run_split(dir, binary() + command);
      CHECK(r.exit_code == 2);
      CHECK(r.err.find("is the input") != std::string::npos);
    }
    CHECK(snapshot(cues) == cues_before);
    CHECK(snapshot(codes) == codes_before);
    CHECK(snapshot(ann) == ann_before);
    CHECK(snapshot(tsv) == tsv_before);
  }

  TEST_CASE("a closed standard output is never taken by a file the run opens") {
    // With descriptor 1 closed, the first file opened would become it: what is printed
    // would land in an input or in the output. Printing fails instead, and -o is written.
    TempDir dir;
    const std::string tsv = dir.write("s.tsv", "id\ttarget\tsentence\n1\tpain\tno pain\n");
    Run closed = run_split(dir, binary() + " assert " + shell_quote(tsv) + " >&-");
    CHECK(closed.exit_code == 2);
    CHECK(closed.err.find("is the input") == std::string::npos);
    CHECK(closed.err.find("cannot write") != std::string::npos);
    CHECK(read_file(tsv) == "id\ttarget\tsentence\n1\tpain\tno pain\n");
    const std::string out = (dir / "out.jsonl").string();
    Run scan = run_split(dir, binary() + " scan -q " + shell_quote(demo_notes()) + " -o " +
                                  shell_quote(out) + " >&-");
    CHECK(scan.exit_code == 0);
    CHECK(read_file(out) == read_file(demo_expected()));
  }

  TEST_CASE("report: an output that fails leaves every other output as it was") {
    TempDir dir;
    const std::string db = demo_store(dir);
    const std::string csv = dir.write("keep.csv", "OLD\n");
    const std::string html = dir.write("keep.html", "OLD\n");
    Run full_html = run_split(dir, binary() + " report --db " + shell_quote(db) + " --csv " +
                                       shell_quote(csv) + " --html /dev/full");
    CHECK(full_html.exit_code == 2);
    CHECK(read_file(csv) == "OLD\n");
    Run full_csv = run_split(dir, binary() + " report --db " + shell_quote(db) + " --html " +
                                      shell_quote(html) + " --csv-rates /dev/full");
    CHECK(full_csv.exit_code == 2);
    CHECK(read_file(html) == "OLD\n");
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(dir.path()))
      if (entry.path().filename().string().find(".tmp.") != std::string::npos)
        left.push_back(entry.path().string());
    CHECK(left.empty());
    Run fine = run_split(dir, binary() + " report --db " + shell_quote(db) + " --csv " +
                                  shell_quote(csv) + " --html " + shell_quote(html));
    CHECK(fine.exit_code == 0);
    CHECK(read_file(csv) != "OLD\n");
    CHECK(read_file(html) != "OLD\n");
  }

  TEST_CASE("a run stopped by SIGINT or SIGTERM removes its temporary file or folder") {
    // The run reads notes from a pipe kept open, so that it is still running, its
    // temporary created, when the signal comes; it then ends by that signal (128 + N), the
    // previous output as it was and nothing of its own left beside it.
    TempDir dir;
    const std::string out = dir.write("out/out.jsonl", "PREV\n");
    const std::string listing = (dir / "listing").string();
    struct Case {
      const char* signal;
      int status;
      std::string output;
    };
    for (const Case& c :
         {Case{"INT", 130, " -o " + shell_quote(out)}, Case{"TERM", 143, " -o " + shell_quote(out)},
          Case{"INT", 130, " --format brat -o " + shell_quote((dir / "out" / "brat").string())}}) {
      CAPTURE(c.output);
      CAPTURE(c.signal);
      const std::string script = "(cat " + shell_quote(demo_notes()) + "; sleep 1; ls -A " +
                                 shell_quote((dir / "out").string()) + " > " +
                                 shell_quote(listing) +
                                 "; sleep 2) | timeout --preserve-status -s " + c.signal + " 1.5 " +
                                 binary() + " scan -q -" + c.output + "; echo status=$?";
      Run r = run_split(dir, "sh -c " + shell_quote(script));
      // While it ran, its temporary was there...
      const std::string during = read_file(listing);
      CHECK((during.find("out.jsonl.tmp.") != std::string::npos ||
             during.find(".brat.dxaudit-") != std::string::npos));
      CHECK(r.out.find("status=" + std::to_string(c.status)) != std::string::npos);
      // ...and once it ended, only the previous output is.
      std::vector<std::string> left;
      for (const auto& entry : fs::directory_iterator(dir / "out"))
        left.push_back(entry.path().filename().string());
      CHECK(left == std::vector<std::string>{"out.jsonl"});
      CHECK(read_file(out) == "PREV\n");
    }
  }

  TEST_CASE("a symbolic link is never replaced: its target is written") {
    TempDir dir;
    const std::string target = dir.write("real/out.jsonl", "old\n");
    fs::create_symlink("real/out.jsonl", dir / "link.jsonl");
    Run r = run_split(dir, binary() + " scan -q " + shell_quote(demo_notes()) + " -o " +
                               shell_quote((dir / "link.jsonl").string()));
    CHECK(r.exit_code == 0);
    CHECK(fs::is_symlink(dir / "link.jsonl"));
    CHECK(read_file(target) == read_file(demo_expected()));
    // The report's CSV and HTML through links too, one of them dangling.
    const std::string db = demo_store(dir);
    dir.write("real/flags.csv", "old\n");
    fs::create_symlink("real/flags.csv", dir / "flags.csv");
    fs::create_symlink("real/report.html", dir / "report.html");  // dangling
    Run report = run_split(dir, binary() + " report --db " + shell_quote(db) + " --csv " +
                                    shell_quote((dir / "flags.csv").string()) + " --html " +
                                    shell_quote((dir / "report.html").string()));
    CHECK(report.exit_code == 0);
    CHECK(fs::is_symlink(dir / "flags.csv"));
    CHECK(fs::is_symlink(dir / "report.html"));
    CHECK(read_file(dir / "real/flags.csv").starts_with("note,patient,provider"));
    CHECK(read_file(dir / "real/report.html").find("<!DOCTYPE html>") == 0);
    // --db through a link: the store is the link's target.
    fs::create_symlink("real/store.sqlite", dir / "store.sqlite");
    demo_store(dir, (dir / "store.sqlite").string());
    CHECK(fs::is_symlink(dir / "store.sqlite"));
    CHECK(fs::is_regular_file(fs::symlink_status(dir / "real/store.sqlite")));
  }

  TEST_CASE("brat output goes into a new or empty folder, put in place when the run completes") {
    TempDir dir;
    const std::string notes =
        dir.write("n.jsonl", "{\"note_id\":\"n1\",\"text\":\"Low back pain.\"}\n");
    const auto brat_into = [&](const std::string& out) {
      return run_split(dir, binary() + " scan -q " + shell_quote(notes) + " --format brat -o " +
                                shell_quote(out));
    };
    const auto entries = [](const fs::path& folder) {
      return std::distance(fs::directory_iterator(folder), fs::directory_iterator());
    };
    // A reviewer's corrected annotations from an earlier run: refused, left as they were
    // (the old writer put annotation.conf there at once and then each NOTE.ann over theirs).
    const std::string mine = dir.write("review/n1.ann", "T1\tslr_sign 0 3\tLow\n");
    dir.write("review/annotation.conf", "[entities]\nslr_sign\n");
    Run busy = brat_into((dir / "review").string());
    CHECK(busy.exit_code == 2);
    CHECK(busy.err.find("is not empty") != std::string::npos);
    CHECK(read_file(mine) == "T1\tslr_sign 0 3\tLow\n");
    CHECK(read_file(dir / "review/annotation.conf") == "[entities]\nslr_sign\n");
    CHECK(entries(dir / "review") == 2);
    // A file is not a folder.
    Run file = brat_into(notes);
    CHECK(file.exit_code == 2);
    CHECK(file.err.find("is not a folder") != std::string::npos);
    // A new folder (and the folders it is in) is made; an empty one is filled and keeps its
    // permission bits; a link to an empty folder stays a link and its target is filled.
    CHECK(brat_into((dir / "new/deeper").string()).exit_code == 0);
    CHECK(read_file(dir / "new/deeper/n1.txt") == "Low back pain.");
    CHECK(fs::exists(dir / "new/deeper/n1.ann"));
    CHECK(fs::exists(dir / "new/deeper/annotation.conf"));
    fs::create_directory(dir / "empty");
    fs::permissions(dir / "empty",
                    fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec);
    CHECK(brat_into((dir / "empty").string() + "/").exit_code == 0);
    CHECK(entries(dir / "empty") == 3);
    CHECK((fs::status(dir / "empty").permissions() & fs::perms::all) ==
          (fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec));
    fs::create_directory(dir / "real");
    fs::create_directory_symlink("real", dir / "link");
    CHECK(brat_into((dir / "link").string()).exit_code == 0);
    CHECK(fs::is_symlink(dir / "link"));
    CHECK(read_file(dir / "real/n1.txt") == "Low back pain.");
    // A run that reads nothing leaves no folder, and an empty one empty.
    const std::string nothing = dir.write("nothing.jsonl", "");
    CHECK(run_split(dir, binary() + " scan -q " + shell_quote(nothing) + " --format brat -o " +
                             shell_quote((dir / "none").string()))
              .exit_code == 1);
    CHECK(!fs::exists(dir / "none"));
    fs::create_directory(dir / "still_empty");
    CHECK(run_split(dir, binary() + " scan -q " + shell_quote(nothing) + " --format brat -o " +
                             shell_quote((dir / "still_empty").string()))
              .exit_code == 1);
    CHECK(entries(dir / "still_empty") == 0);
    // No hidden folder is left beside any of them.
    for (const fs::directory_entry& e : fs::directory_iterator(dir.path()))
      CHECK(e.path().filename().string().find(".dxaudit-") == std::string::npos);
  }

  TEST_CASE("a FIFO and a character device are written through, never replaced") {
    TempDir dir;
    const std::string fifo = (dir / "pipe").string();
    const std::string copy = (dir / "copy.csv").string();
    const std::string db = demo_store(dir);
    REQUIRE(run_command("mkfifo " + shell_quote(fifo)).exit_code == 0);
    // The reader in the background, the report writing its CSV into the FIFO.
    CommandResult r =
        run_command("(cat " + shell_quote(fifo) + " > " + shell_quote(copy) + " &) ; " + binary() +
                    " report --db " + shell_quote(db) + " --csv " + shell_quote(fifo) +
                    " 2>/dev/null; s=$?; sleep 0.3; exit $s");
    CHECK(r.exit_code == 0);
    CHECK(fs::is_fifo(fifo));
    CHECK(read_file(copy).starts_with("note,patient,provider"));
    // /dev/null stays the device; the run succeeds.
    Run null_out =
        run_split(dir, binary() + " scan -q " + shell_quote(demo_notes()) + " -o /dev/null");
    CHECK(null_out.exit_code == 0);
    CHECK(fs::is_character_file("/dev/null"));
    // A device is no place for a database.
    Run db_device = run_split(
        dir, binary() + " scan -q " + shell_quote(demo_notes()) + " --db /dev/null -o /dev/null");
    CHECK(db_device.exit_code == 2);
    CHECK(db_device.err.find("a database must be a file") != std::string::npos);
  }

  TEST_CASE("/dev/stdout and - are standard output, for every output option") {
    TempDir dir;
    const std::string db = demo_store(dir);
    const std::string csv_file = (dir / "flags.csv").string();
    REQUIRE(run_command(binary() + " report --db " + shell_quote(db) + " --csv " +
                        shell_quote(csv_file) + " 2>/dev/null")
                .exit_code == 0);
    const std::string csv = read_file(csv_file);
    REQUIRE(csv.starts_with("note,patient,provider"));
    const bool stdout_link = fs::is_symlink("/dev/stdout");
    Run dev = run_split(dir, binary() + " report --db " + shell_quote(db) + " --csv /dev/stdout");
    CHECK(dev.exit_code == 0);
    CHECK(dev.out == csv);
    CHECK(fs::is_symlink("/dev/stdout") == stdout_link);  // not replaced by a file
    // Into a file the shell opened for it, and appended to: the descriptor, as it is.
    const std::string appended = dir.write("appended.csv", "first line\n");
    REQUIRE(run_command(binary() + " report --db " + shell_quote(db) +
                        " --csv /dev/stdout 2>/dev/null >> " + shell_quote(appended))
                .exit_code == 0);
    CHECK(read_file(appended) == "first line\n" + csv);

    Run dash_csv = run_split(dir, binary() + " report --db " + shell_quote(db) + " --csv -");
    CHECK(dash_csv.exit_code == 0);
    CHECK(dash_csv.out == csv);
    CHECK(!fs::exists(dir / "-"));
    Run dash_html = run_split(dir, "cd " + dir.str() + " && " + binary() + " report --db " +
                                       shell_quote(db) + " --html -");
    CHECK(dash_html.exit_code == 0);
    CHECK(dash_html.out.find("<!DOCTYPE html>") == 0);
    CHECK(!fs::exists(dir / "-"));
    Run dash_scan = run_split(dir, "cd " + dir.str() + " && " + binary() + " scan -q " +
                                       shell_quote(demo_notes()) + " -o -");
    CHECK(dash_scan.exit_code == 0);
    CHECK(dash_scan.out == read_file(demo_expected()));
    CHECK(!fs::exists(dir / "-"));
    const std::string tsv = dir.write("s.tsv", "id\ttarget\tsentence\n1\tpain\tno pain\n");
    Run dash_assert = run_split(
        dir, "cd " + dir.str() + " && " + binary() + " assert " + shell_quote(tsv) + " -o -");
    CHECK(dash_assert.exit_code == 0);
    CHECK(dash_assert.out.find("\"id\":\"1\"") != std::string::npos);
    CHECK(!fs::exists(dir / "-"));
    // A database cannot be a stream: refused, with why.
    Run dash_db = run_split(dir, binary() + " scan -q " + shell_quote(demo_notes()) + " --db -");
    CHECK(dash_db.exit_code == 2);
    CHECK(dash_db.err.find("a database must be a file") != std::string::npos);
  }

  TEST_CASE("a new output file gets the usual permissions; an old one keeps its own") {
    TempDir dir;
    const std::string fresh = (dir / "fresh.jsonl").string();
    REQUIRE(run_command("umask 022 && " + binary() + " scan -q " + shell_quote(demo_notes()) +
                        " -o " + shell_quote(fresh))
                .exit_code == 0);
    CHECK((fs::status(fresh).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
           fs::perms::others_read));
    fs::permissions(fresh, fs::perms::owner_read | fs::perms::owner_write);
    REQUIRE(run_command(binary() + " scan -q " + shell_quote(demo_notes()) + " -o " +
                        shell_quote(fresh))
                .exit_code == 0);
    CHECK((fs::status(fresh).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
  }
}
