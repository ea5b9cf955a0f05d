// io::OutputFile and resolve_output (io/output_file.h): where an output path leads, and
// what is written there, in-process. The same guarantees through the binary are in
// tests/safety/outputs_test.cpp.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "io/folder_source.h"
#include "io/output_file.h"
#include "test_support.h"

using namespace dxaudit;
using namespace dxaudit::testing;
namespace fs = std::filesystem;

TEST_CASE("resolve_output: files, links, devices, descriptors and standard output") {
  TempDir dir;
  io::InputFiles none;
  io::OutputTarget t;
  std::string error;

  REQUIRE(io::resolve_output("-", none, &t, &error));
  CHECK(t.kind == io::OutputTarget::Kind::kStandardOutput);

  const std::string fresh = (dir / "new.jsonl").string();
  REQUIRE(io::resolve_output(fresh, none, &t, &error));
  CHECK(t.kind == io::OutputTarget::Kind::kRegularFile);
  CHECK(!t.exists);
  CHECK(t.path == fresh);

  // A chain of links, relative and absolute, leads to the file at its end.
  const std::string target = dir.write("real/target.jsonl", "old\n");
  fs::create_symlink("real/target.jsonl", dir / "one");
  fs::create_symlink(dir / "one", dir / "two");
  REQUIRE(io::resolve_output((dir / "two").string(), none, &t, &error));
  CHECK(t.kind == io::OutputTarget::Kind::kRegularFile);
  CHECK(t.exists);
  CHECK(fs::equivalent(t.path, target));
  // A dangling link: its target is created, the link kept.
  fs::create_symlink("later.jsonl", dir / "dangling");
  REQUIRE(io::resolve_output((dir / "dangling").string(), none, &t, &error));
  CHECK(t.path == (dir / "later.jsonl").string());
  // A loop is an error, not a hang.
  fs::create_symlink("loop-b", dir / "loop-a");
  fs::create_symlink("loop-a", dir / "loop-b");
  CHECK(!io::resolve_output((dir / "loop-a").string(), none, &t, &error));
  CHECK(error.find("symbolic links") != std::string::npos);

  REQUIRE(io::resolve_output("/dev/null", none, &t, &error));
  CHECK(t.kind == io::OutputTarget::Kind::kStream);
  REQUIRE(io::resolve_output("/dev/stdout", none, &t, &error));
  CHECK(t.kind == io::OutputTarget::Kind::kDescriptor);
  CHECK(t.fd == 1);
  REQUIRE(io::resolve_output("/dev/fd/2", none, &t, &error));
  CHECK(t.kind == io::OutputTarget::Kind::kDescriptor);
  CHECK(t.fd == 2);

  CHECK(!io::resolve_output(dir.str(), none, &t, &error));
  CHECK(error.find("is a directory") != std::string::npos);
  CHECK(!io::resolve_output("", none, &t, &error));
}

TEST_CASE("an input is never an output: by path, hard link or symbolic link") {
  TempDir dir;
  const std::string input = dir.write("notes.jsonl", "{}\n");
  fs::create_hard_link(input, dir / "hard.jsonl");
  fs::create_symlink("notes.jsonl", dir / "soft.jsonl");
  io::InputFiles inputs;
  inputs.add(input);
  io::OutputTarget t;
  std::string error;
  for (const std::string name : {"notes.jsonl", "hard.jsonl", "soft.jsonl"}) {
    CAPTURE(name);
    CHECK(!io::resolve_output((dir / name).string(), inputs, &t, &error));
    CHECK(error.find("is the input " + input) != std::string::npos);
    io::OutputFile out;
    CHECK(!out.open((dir / name).string(), inputs, &error));
  }
  CHECK(read_file(input) == "{}\n");
  // A folder input protects every file its walk reads, not the others.
  dir.write("folder/a.txt", "back pain");
  dir.write("folder/sub/b.csv", "note_id,text\n");
  dir.write("folder/c.pdf", "x");
  io::InputFiles folder;
  folder.add_input((dir / "folder").string(), io::InputFormat::kAuto);
  CHECK(!io::resolve_output((dir / "folder/a.txt").string(), folder, &t, &error));
  CHECK(!io::resolve_output((dir / "folder/sub/b.csv").string(), folder, &t, &error));
  CHECK(io::resolve_output((dir / "folder/c.pdf").string(), folder, &t, &error));
}

TEST_CASE("OutputFile: the old file stays until commit; commit replaces it whole") {
  TempDir dir;
  const std::string path = dir.write("out.jsonl", "previous\n");
  ::chmod(path.c_str(), 0640);
  io::InputFiles none;
  std::string error;
  {
    io::OutputFile out;
    REQUIRE(out.open(path, none, &error));
    out.write("half");
    CHECK(read_file(path) == "previous\n");  // written beside it, not into it
    size_t temps = 0;
    for (const auto& e : fs::directory_iterator(dir.path()))
      temps += e.path().filename().string().starts_with("out.jsonl.tmp.") ? 1 : 0;
    CHECK(temps == 1);
  }  // no commit: discarded
  CHECK(read_file(path) == "previous\n");
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);

  io::OutputFile out;
  REQUIRE(out.open(path, none, &error));
  out.write("new\n");
  REQUIRE(out.commit(&error));
  CHECK(read_file(path) == "new\n");
  CHECK((fs::status(path).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));

  // Through a link: the target gets the content, the link stays a link.
  fs::create_symlink("out.jsonl", dir / "link.jsonl");
  REQUIRE(io::OutputFile::write_whole((dir / "link.jsonl").string(), "via link\n", none, &error));
  CHECK(fs::is_symlink(dir / "link.jsonl"));
  CHECK(read_file(path) == "via link\n");
}
