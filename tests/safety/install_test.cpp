// Point 5 of issue 14 (ctest test `install`): `cmake --install build --prefix P` gives
// P/bin/dxaudit, the lexicons and models under P/share/dxaudit and a man page, and the
// installed binary, run from another directory, finds its data relative to itself -- even
// once the whole prefix is moved -- in the documented order: --data, $DXAUDIT_DATA, the
// install's share directory, the build tree.
#include <doctest/doctest.h>

#include <filesystem>

#include "safety_support.h"

using namespace dxaudit::testing;
namespace fs = std::filesystem;

TEST_SUITE("install") {
  TEST_CASE("an install into a temporary prefix runs from anywhere with its own data") {
    TempDir dir;
    const fs::path prefix = dir / "prefix";
    CommandResult install = run_command(shell_quote(DXAUDIT_CMAKE_COMMAND) + " --install " +
                                        shell_quote(DXAUDIT_BUILD_DIR) + " --prefix " +
                                        shell_quote(prefix.string()) + " 2>&1");
    INFO(install.out);
    REQUIRE(install.exit_code == 0);
    CHECK(fs::is_regular_file(prefix / "bin/dxaudit"));
    CHECK(fs::is_regular_file(prefix / "share/man/man1/dxaudit.1"));
    for (const char* folder : {"lexicons", "models"})
      for (const auto& e : fs::recursive_directory_iterator(fs::path(DXAUDIT_SOURCE_DIR) / folder))
        if (e.is_regular_file()) {
          const fs::path installed = prefix / "share/dxaudit" / folder /
                                     fs::relative(e.path(), fs::path(DXAUDIT_SOURCE_DIR) / folder);
          CAPTURE(installed);
          CHECK(read_file(installed) == read_file(e.path()));
        }

    // Moved elsewhere, run from a directory of its own, without $DXAUDIT_DATA: the data
    // is found beside the binary, not in the build tree.
    const fs::path moved = dir / "moved";
    fs::rename(prefix, moved);
    const fs::path elsewhere = dir / "elsewhere";
    fs::create_directories(elsewhere);
    const std::string run = "cd " + shell_quote(elsewhere.string()) + " && env -u DXAUDIT_DATA " +
                            shell_quote((moved / "bin/dxaudit").string());
    const std::string share = (moved / "share/dxaudit").string();

    CommandResult version = run_command(run + " --version");
    CHECK(version.exit_code == 0);
    CHECK(version.out.find("data directory: " + share + " (the install's share directory)") !=
          std::string::npos);
    CHECK(version.out.find("1. --data DIR") != std::string::npos);
    CHECK(version.out.find("2. $DXAUDIT_DATA: (not set)") != std::string::npos);
    CHECK(version.out.find("3. the install's share directory: " + share) != std::string::npos);
    CHECK(version.out.find("4. the build tree: ") != std::string::npos);

    CommandResult lexicons = run_command(run + " lexicons check");
    CHECK(lexicons.exit_code == 0);
    CHECK(lexicons.out.find("checked data directory " + share +
                            " (the install's share directory)") != std::string::npos);
    CommandResult models = run_command(run + " models check");
    CHECK(models.exit_code == 0);
    CHECK(models.out.find("checked data directory " + share) != std::string::npos);

    const std::string notes = dir.write("elsewhere/notes.jsonl", read_file(demo_notes()));
    CommandResult scan = run_command(run + " scan -q notes.jsonl -o out.jsonl");
    CHECK(scan.exit_code == 0);
    CHECK(read_file(elsewhere / "out.jsonl") == read_file(demo_expected()));

    // The order: $DXAUDIT_DATA before the install, --data before both. A directory named
    // there is used even when it is wrong: the check says so, it never falls back.
    TempDir other;
    copy_shipped_data(other.path());
    CommandResult env = run_command(
        "cd " + shell_quote(elsewhere.string()) + " && DXAUDIT_DATA=" + shell_quote(other.str()) +
        " " + shell_quote((moved / "bin/dxaudit").string()) + " lexicons check");
    CHECK(env.exit_code == 0);
    CHECK(env.out.find("checked data directory " + other.str() + " (from $DXAUDIT_DATA)") !=
          std::string::npos);
    CommandResult flag =
        run_command("cd " + shell_quote(elsewhere.string()) + " && DXAUDIT_DATA=/nonexistent " +
                    shell_quote((moved / "bin/dxaudit").string()) + " lexicons check --data " +
                    shell_quote(other.str()));
    CHECK(flag.exit_code == 0);
    CHECK(flag.out.find("checked data directory " + other.str() + " (given with --data)") !=
          std::string::npos);
    CommandResult wrong =
        run_command("cd " + shell_quote(elsewhere.string()) + " && DXAUDIT_DATA=/nonexistent " +
                    shell_quote((moved / "bin/dxaudit").string()) + " lexicons check 2>&1");
    CHECK(wrong.exit_code == 2);
    CHECK(wrong.out.find("data directory /nonexistent (from $DXAUDIT_DATA)") != std::string::npos);
    CHECK(wrong.out.find("ok:") == std::string::npos);

    // The man page reads.
    if (run_command("command -v man >/dev/null").exit_code == 0) {
      CommandResult man =
          run_command("MANWIDTH=80 man -l " +
                      shell_quote((moved / "share/man/man1/dxaudit.1").string()) + " 2>/dev/null");
      CHECK(man.out.find("DATA DIRECTORY") != std::string::npos);
    }
  }
}
