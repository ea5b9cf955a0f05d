// output::JsonlSink (output/jsonl.h): lines go out in order, and a write that fails is
// reported, not lost.
#include <doctest/doctest.h>

#include <cerrno>
#include <cstring>

#include <cstdio>
#include <string>

#include "output/jsonl.h"
#include "scan_support.h"

using dxaudit::pipeline::NoteRecord;

TEST_CASE("jsonl: the sink writes what render() made, in order, and flushes at the end") {
  std::FILE* out = std::tmpfile();
  REQUIRE(out != nullptr);
  dxaudit::output::JsonlSink sink(out, dxaudit::testing::shipped_analyzer());
  dxaudit::io::InputRecord in;
  in.where = {"-", 1};
  NoteRecord a, b;
  a.set_error(in, dxaudit::io::ErrorKind::kMalformedJson, "one");
  in.where.line = 2;
  b.set_error(in, dxaudit::io::ErrorKind::kNotAnObject, "two");
  std::string ra, rb;
  sink.render(a, &ra);
  sink.render(b, &rb);
  CHECK(ra.back() == '\n');
  REQUIRE(sink.write(a, ra));
  REQUIRE(sink.write(b, rb));
  REQUIRE(sink.finish());
  std::rewind(out);
  char buffer[1024];
  std::string got(buffer, std::fread(buffer, 1, sizeof buffer, out));
  std::fclose(out);
  CHECK(got == ra + rb);
}

TEST_CASE("jsonl: a full disk is an error naming the output, with its reason") {
  std::FILE* full = std::fopen("/dev/full", "w");
  if (full == nullptr) return;  // not on this system
  dxaudit::output::JsonlSink sink(full, dxaudit::testing::shipped_analyzer(), "/dev/full");
  dxaudit::io::InputRecord in;
  NoteRecord r;
  r.set_error(in, dxaudit::io::ErrorKind::kMalformedJson, "x");
  std::string line;
  sink.render(r, &line);
  CHECK(sink.write(r, line));  // buffered
  CHECK_FALSE(sink.finish());
  CHECK(sink.error() == "/dev/full: cannot write: " + std::string(std::strerror(ENOSPC)));
  std::fclose(full);
}
