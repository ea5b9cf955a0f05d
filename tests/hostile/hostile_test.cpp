// Hostile inputs through the real binary: every case must end in ok or error records, one
// per input record, in order, with a reconciliation line that agrees (or, for broken
// lexicons and models, exit 2 with FILE:LINE). Never a crash, never a dropped record.
// Inputs are generated here at run time; the big ones take their size from the
// environment (DXAUDIT_HOSTILE_BIG_MB, DXAUDIT_HOSTILE_TINY_NOTES) so that the sanitizer
// build can run them smaller.
#include <doctest/doctest.h>

#include <chrono>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "compress_support.h"
#include "hostile_support.h"

using namespace dxaudit::testing;
using nlohmann::json;
using namespace std::string_literals;

using dxaudit::testing::gzip;
using dxaudit::testing::zstd;

namespace {

std::string note_line(const std::string& id, const std::string& text) {
  return json{{"note_id", id}, {"text", text}, {"codes", {"M54.50"}}}.dump() + "\n";
}

// Pseudo-random bytes, the same on every run.
std::string garbage(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng() & 0xFF);
  return s;
}

size_t count_lines_with_content(const std::string& s) {
  size_t n = 0, begin = 0;
  while (begin < s.size()) {
    size_t end = s.find('\n', begin);
    if (end == std::string::npos) end = s.size();
    std::string_view l(s.data() + begin, end - begin);
    while (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.find_first_not_of(" \t") != std::string_view::npos) ++n;
    begin = end + 1;
  }
  return n;
}

// prefix + n, written so that GCC 12 does not warn (-Wrestrict, a known false positive of
// const char* + std::string&&).
std::string numbered(const char* prefix, uint64_t n) {
  std::string s(prefix);
  s += std::to_string(n);
  return s;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

TEST_CASE("invalid UTF-8 in text, ids and keys is repaired, with a warning, offsets kept") {
  TempDir dir;
  std::string in = note_line("u1", "ok") +
                   "{\"note_id\":\"u2\",\"text\":\"back \xff\xfe pain\"}\n"         // bad bytes
                   "{\"note_id\":\"u3\xc3\",\"text\":\"overlong \xc0\xaf end\"}\n"  // cut, overlong
                   "{\"note_id\":\"u4\",\"text\":\"surrogate \xed\xa0\x80 x\"}\n"  // CESU surrogate
                   "{\"note_id\":\"u5\",\"te\x80xt\":\"key\"}\n"                   // in a key
                   "{\"note_id\":\"u6\",\"text\":\"\\ud800 lone escape\"}\n";  // escaped surrogate
  std::string path = dir.write("utf8.jsonl", in);
  ScanRun r = run_scan(dir, path);
  check_complete(r, 6, path);
  CHECK(kinds(r) ==
        std::vector<std::string>{"ok", "ok", "ok", "ok", "missing_field", "malformed_json"});
  CHECK(r.records[1]["warnings"][0].get<std::string>().find("2 invalid UTF-8 byte(s)") == 0);
  CHECK(r.records[2]["note_id"] == "u3A");  // 0xC3, read as Windows-1252: A with a tilde
  // One byte for one byte: "end" is still at the offset it had in the input.
  CHECK(r.records[1]["sections"].is_array());
}

TEST_CASE("a Windows-1252 byte in a JSONL note is read as the UTF-8 note is, flags and all") {
  // Repaired to '?', a plus-minus sign or a no-break space read as a question and left the
  // radicular findings uncertain: M54.50 lost its flag. Each note below reads as its
  // UTF-8 twin does.
  TempDir dir;
  auto coded = [](const std::string& id, const std::string& text) {
    return "{\"note_id\":\"" + id + "\",\"codes\":[\"M54.50\"],\"text\":\"" + text + "\"}\n";
  };
  const std::string in =
      coded("w1", "Low back pain with numbness \xb1 tingling in the left foot.") +
      coded("u1", "Low back pain with numbness \xc2\xb1 tingling in the left foot.") +
      coded("w2", "Low back pain radiating down the left leg.\xa0Positive SLR on the left.") +
      coded("u2", "Low back pain radiating down the left leg.\xc2\xa0Positive SLR on the left.");
  ScanRun r = run_scan(dir, dir.write("w.jsonl", in));
  REQUIRE(r.records.size() == 4);
  for (size_t i : {0, 2}) {
    CAPTURE(i);
    const auto& w = r.records[i];
    const auto& u = r.records[i + 1];
    CHECK(w["verdict"] == u["verdict"]);
    CHECK(w["verdict"]["M54.50"] == "unsupported");
    CHECK(w["audit"].size() == u["audit"].size());
    CHECK(w["findings"].size() == u["findings"].size());
    for (size_t f = 0; f < w["findings"].size(); ++f) {
      CHECK(w["findings"][f]["concept"] == u["findings"][f]["concept"]);
      CHECK(w["findings"][f]["active"] == u["findings"][f]["active"]);
      CHECK(w["findings"][f]["uncertain"] == false);
    }
  }
}

TEST_CASE("NUL bytes: raw in a line is malformed JSON; escaped in text is analysed") {
  TempDir dir;
  std::string in = note_line("z1", std::string("back\0pain", 9));  // \u0000 escape
  in += "{\"note_id\":\"z2\",\"text\":\"raw\0nul\"}\n"s;
  in += "\0\0\0\n"s;  // a line of NULs
  in += note_line("z4", "after");
  std::string path = dir.write("nul.jsonl", in);
  ScanRun r = run_scan(dir, path);
  check_complete(r, 4, path);
  CHECK(kinds(r) == std::vector<std::string>{"ok", "malformed_json", "malformed_json", "ok"});
  CHECK(r.records[1]["input"]["line"] == 2);
  CHECK(r.records[2]["input"]["line"] == 3);
}

TEST_CASE("a byte order mark and CRLF line ends, in JSONL and CSV") {
  TempDir dir;
  std::string first = note_line("b1", "low back pain");
  first.pop_back();
  std::string jsonl = "\xEF\xBB\xBF";
  jsonl += first;
  jsonl += "\r\n\r\n";  // CRLF, then a blank CRLF line (counted)
  jsonl += note_line("b2", "second");
  std::string path = dir.write("bom.jsonl", jsonl);
  ScanRun r = run_scan(dir, path);
  check_complete(r, 2, path);
  CHECK(kinds(r) == std::vector<std::string>{"ok", "ok"});
  CHECK(r.records[1]["note_id"] == "b2");

  std::string csv = "\xEF\xBB\xBFnote_id,text\r\nc1,\"line one\r\nline two\"\r\nc2,plain\r\n";
  std::string cpath = dir.write("bom.csv", csv);
  r = run_scan(dir, cpath);
  check_complete(r, 2, cpath);
  CHECK(kinds(r) == std::vector<std::string>{"ok", "ok"});
  CHECK(r.records[0]["note_id"] == "c1");  // the BOM is not part of the header
}

TEST_CASE("truncated lines, lines that are not objects, fields of the wrong type") {
  TempDir dir;
  std::vector<std::string> lines = {
      R"({"note_id":"t1","text":"back pa)",  // truncated inside a string
      R"({"note_id":"t2","text":"x"},)",     // trailing comma
      R"({"note_id":"t3","text":"x")",       // no closing brace
      R"([1,2,3])",                          // not an object
      R"("just a string")",
      R"(42)",
      R"(null)",
      R"(true)",
      R"({"note_id":"t9","text":42})",  // text not a string
      R"({"note_id":"t10","text":{"a":1}})",
      R"({"note_id":"t11","text":["x"]})",
      R"({"note_id":"t12","text":true})",
      R"({"note_id":1.5,"text":"x"})",  // id a float
      R"({"note_id":{"x":1},"text":"x"})",
      R"({"note_id":"t15","text":"x","codes":[1]})",
      R"({"note_id":"t16","text":"x","codes":{"a":"b"}})",
      R"({"note_id":"t17","text":"x","encounter_date":[]})",
      R"({"note_id":"t18","text":"x"} {"note_id":"t19","text":"y"})",  // two objects, one line
      R"({"note_id":"t20","text":"x","text":"y"})",                    // duplicate key
      R"({"note_id":"t21","text":"ok"})",
      R"({"note_id":"t22")",  // the last line, truncated, without a newline
  };
  std::string in;
  for (size_t i = 0; i < lines.size(); ++i) in += lines[i] + (i + 1 < lines.size() ? "\n" : "");
  std::string path = dir.write("bad.jsonl", in);
  ScanRun r = run_scan(dir, path);
  check_complete(r, lines.size(), path);
  CHECK(kinds(r) == std::vector<std::string>{"malformed_json",
                                             "malformed_json",
                                             "malformed_json",
                                             "not_an_object",
                                             "not_an_object",
                                             "not_an_object",
                                             "not_an_object",
                                             "not_an_object",
                                             "bad_field",
                                             "bad_field",
                                             "bad_field",
                                             "bad_field",
                                             "bad_field",
                                             "bad_field",
                                             "bad_field",
                                             "bad_field",
                                             "bad_field",
                                             "malformed_json",
                                             "ok",
                                             "ok",
                                             "malformed_json"});
  for (size_t i = 0; i < r.records.size(); ++i)
    if (r.records[i]["status"] == "error") CHECK(r.records[i]["input"]["line"] == i + 1);
}

TEST_CASE("deeply nested JSON: 100,000 arrays, as the record and inside a field") {
  TempDir dir;
  constexpr size_t kDepth = 100000;
  std::string deep = std::string(kDepth, '[') + std::string(kDepth, ']');
  std::string unclosed = std::string(kDepth, '{');
  std::string in = deep + "\n" + R"({"note_id":"d2","text":"x","extra":)" + deep + "}\n" +
                   R"({"note_id":"d3","text":)" + deep + "}\n" + unclosed + "\n" +
                   note_line("d5", "after the deep ones");
  std::string path = dir.write("deep.jsonl", in);
  ScanRun r = run_scan(dir, path);
  check_complete(r, 5, path);
  std::vector<std::string> k = kinds(r);
  CHECK(k[0] == "too_deep");
  CHECK(k[1] == "too_deep");
  CHECK(k[2] == "too_deep");
  CHECK(k[3] == "too_deep");
  CHECK(k[4] == "ok");
  CHECK(r.records[1]["error"]["message"].get<std::string>().find("nested more than") !=
        std::string::npos);
  // Nesting a real export can have is kept, under meta.
  std::string fine = R"({"note_id":"d6","text":"x","extra":)" + std::string(100, '[') +
                     std::string(100, ']') + "}\n";
  path = dir.write("fine.jsonl", fine);
  r = run_scan(dir, path);
  check_complete(r, 1, path);
  CHECK(r.records[0]["meta"]["extra"].is_array());

  // The same in FHIR NDJSON.
  std::string fhir =
      deep + "\n" + R"({"resourceType":"DocumentReference","id":"f1","x":)" + deep + "}\n";
  path = dir.write("deep.ndjson", fhir);
  r = run_scan(dir, path);
  check_complete(r, 2, path);
  CHECK(kinds(r) == std::vector<std::string>{"too_deep", "too_deep"});
}

TEST_CASE("duplicate note_ids: every record kept, each repeat warned, counted in the summary") {
  TempDir dir;
  std::string in = note_line("same", "first") + note_line("other", "x") +
                   note_line("same", "second") +
                   R"({"note_id":"same","text":5})"
                   "\n" +
                   note_line("same", "third");
  std::string path = dir.write("dup.jsonl", in);
  ScanRun r = run_scan(dir, path, "--summary");
  check_complete(r, 5, path);
  CHECK(kinds(r) == std::vector<std::string>{"ok", "ok", "ok", "bad_field", "ok"});
  CHECK(!r.records[0].contains("warnings"));
  CHECK(!r.records[1].contains("warnings"));
  const std::string expected =
      "note_id is not unique in this run: record 1 (" + path + " line 1) has the same note_id";
  CHECK(r.records[2]["warnings"] == json{expected});
  CHECK(r.records[4]["warnings"] == json{expected});
  CHECK(r.err.find("duplicate ids     3 record(s)") != std::string::npos);
  CHECK(r.err.find("(3 repeat an earlier record's note_id)") != std::string::npos);

  // Across two inputs, and in CSV.
  std::string csv = dir.write("dup.csv", "note_id,text\nsame,from csv\n");
  CommandResult two = run_command(binary() + " scan -q " + shell_quote(path) + " " +
                                  shell_quote(csv) + " 2>&1 >/dev/null");
  CHECK(two.exit_code == 1);
  CHECK(two.out.find("6 records read = 5 ok + 1 error (4 repeat") != std::string::npos);
}

TEST_CASE("an empty file, a file of blank lines, and no newline at the end") {
  // No record: exit 1, with the reason (a run that audited nothing is never "ok").
  TempDir dir;
  for (std::string content : {"", "\n\n  \n\t\n", "\r\n\r\n"}) {
    std::string path = dir.write("empty.jsonl", content);
    ScanRun r = run_scan(dir, path);
    check_complete(r, 0, path);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("0 records read = 0 ok + 0 error") != std::string::npos);
    CHECK(r.err.find(content.empty() ? path + " is empty" : path + " holds no record") !=
          std::string::npos);
  }
  std::string path = dir.write("empty.csv", "");
  ScanRun r = run_scan(dir, path);
  check_complete(r, 0, path);
  CHECK(r.err.find(path + " is empty") != std::string::npos);
  path = dir.write("header-only.csv", "note_id,text\n");
  r = run_scan(dir, path);
  check_complete(r, 0, path);
  CHECK(r.err.find(path + " holds no record") != std::string::npos);
}

TEST_CASE("CSV: unbalanced quotes, stray quotes, ragged rows") {
  TempDir dir;
  // A stray quote in an unquoted field: that row is an error, reading resumes on the next.
  std::string stray = "note_id,text\na1,back \"pain\" here\na2,fine\na3,\"ok\"x\na4,fine\n";
  std::string path = dir.write("stray.csv", stray);
  ScanRun r = run_scan(dir, path);
  check_complete(r, 4, path);
  CHECK(kinds(r) == std::vector<std::string>{"malformed_csv", "ok", "malformed_csv", "ok"});

  // A quote opened and never closed swallows the rest of the file into one field: one error
  // record that says which lines it took.
  std::string open = "note_id,text\nb1,fine\nb2,\"never closed\nb3,x\nb4,y\n";
  path = dir.write("open.csv", open);
  r = run_scan(dir, path);
  check_complete(r, 2, path);
  CHECK(kinds(r) == std::vector<std::string>{"ok", "malformed_csv"});
  CHECK(r.records[1]["input"]["line"] == 3);
  CHECK(r.records[1]["error"]["message"].get<std::string>().find("lines 3 to 5") !=
        std::string::npos);

  std::string ragged = "note_id,text\nc1\nc2,x,extra\nc3,ok\n";
  path = dir.write("ragged.csv", ragged);
  r = run_scan(dir, path);
  check_complete(r, 3, path);
  CHECK(kinds(r) == std::vector<std::string>{"bad_row", "bad_row", "ok"});
}

TEST_CASE("binary garbage as JSONL, CSV, FHIR, gzip and zstd") {
  TempDir dir;
  const std::string junk = garbage(1 << 20, 7);
  const size_t lines = count_lines_with_content(junk);
  REQUIRE(lines > 1000);
  for (const char* name : {"junk.jsonl", "junk.ndjson"}) {
    std::string path = dir.write(name, junk);
    ScanRun r = run_scan(dir, path);
    check_complete(r, lines, path);
    CHECK(r.error_records == lines);
  }
  // CSV: the first record is the header, and garbage names no column for the text: the
  // input is refused before any work (exit 2), at its first line, naming what it saw.
  std::string path = dir.write("junk.csv", junk);
  ScanRun r = run_scan(dir, path);
  CHECK(r.exit_code == 2);
  CHECK(r.records.empty());
  CHECK(r.err.find("junk.csv:1: ") != std::string::npos);
  // Not compressed data at all: one read_error record each.
  for (const char* name : {"junk.jsonl.gz", "junk.jsonl.zst"}) {
    path = dir.write(name, junk);
    r = run_scan(dir, path);
    check_complete(r, 1, path);
    CHECK(kinds(r) == std::vector<std::string>{"read_error"});
    CHECK(r.records[0]["error"]["message"].get<std::string>().find("corrupt") != std::string::npos);
  }
}

TEST_CASE("truncated gzip and zstd: every record before the damage, then a read_error") {
  TempDir dir;
  std::string plain;
  // Enough for several zstd blocks (128 KB each; a block is decoded whole or not at all):
  // 20,000 notes are about 1.3 MB; 5,000 (under the sanitizers) still about 330 KB.
  const uint64_t packed_notes = env_size("DXAUDIT_HOSTILE_PACKED_NOTES", 20000);
  for (uint64_t i = 0; i < packed_notes; ++i)
    plain += note_line(numbered("g", i),
                       numbered("Low back pain for ", i) + " days. Denies leg numbness.");
  for (auto [name, packed] : {std::pair<std::string, std::string>{"cut.jsonl.gz", gzip(plain)},
                              {"cut.jsonl.zst", zstd(plain)}}) {
    INFO(name);
    std::string path = dir.write(name, packed.substr(0, packed.size() / 2));
    ScanRun r = run_scan(dir, path);
    REQUIRE(r.records.size() > 2);
    CHECK(r.records.size() < packed_notes);
    check_complete(r, r.records.size(), path);
    CHECK(r.records.back()["error"]["kind"] == "read_error");
    CHECK(r.records.back()["error"]["message"].get<std::string>().find("truncated") !=
          std::string::npos);
    // Records in order, none skipped: g0, g1, ... up to where the data broke off (the
    // last decoded line may be cut, and then is malformed).
    for (size_t i = 0; i + 2 < r.records.size(); ++i)
      CHECK(r.records[i]["note_id"] == numbered("g", i));
    // The whole file reads completely.
    path = dir.write("whole-" + name, packed);
    r = run_scan(dir, path);
    check_complete(r, packed_notes, path);
    CHECK(r.exit_code == 0);
  }
}

TEST_CASE("a single 200 MB note is analysed whole, its last finding at the right offset") {
  TempDir dir;
  const uint64_t mb = env_size("DXAUDIT_HOSTILE_BIG_MB", 200);
  const std::string head = "HPI: Pain shooting down the left leg. ";
  const std::string filler = "The patient was seen today and the plan was discussed. ";
  const std::string tail = "Assessment: lumbar radiculopathy.";
  std::string text = head;
  text.reserve(mb << 20);
  while (text.size() + filler.size() + tail.size() < (mb << 20)) text += filler;
  text += tail;
  const size_t size = text.size();
  std::string path = dir.write("big.jsonl", note_line("big", text) + note_line("after", "x"));
  text.clear();
  text.shrink_to_fit();
  auto start = std::chrono::steady_clock::now();
  ScanRun r = run_scan(dir, path);
  MESSAGE("a " << mb << " MB note: " << seconds_since(start) << " s");
  check_complete(r, 2, path);
  REQUIRE(kinds(r) == std::vector<std::string>{"ok", "ok"});
  const json& f = r.records[0]["findings"];
  REQUIRE(f.size() == 2);
  CHECK(f[0]["begin"] == head.find("Pain"));
  // The last word of the note, at its byte offset: nothing was cut or shifted.
  CHECK(f[1]["text"] == "lumbar radiculopathy");
  CHECK(f[1]["end"] == size - 1);
  CHECK(r.records[0]["sections"].back()["end"] == size);
}

TEST_CASE("1,000,000 tiny notes: all of them out, in order") {
  TempDir dir;
  const uint64_t n = env_size("DXAUDIT_HOSTILE_TINY_NOTES", 1000000);
  std::string in;
  in.reserve(n * 32);
  for (uint64_t i = 0; i < n; ++i) in += numbered("{\"note_id\":\"", i) + "\",\"text\":\"x\"}\n";
  std::string path = dir.write("tiny.jsonl", in);
  in.clear();
  auto start = std::chrono::steady_clock::now();
  ScanRun r = run_scan(dir, path, "", /*parse=*/false);
  MESSAGE(n << " tiny notes: " << seconds_since(start) << " s");
  check_complete(r, n, path);
  CHECK(r.exit_code == 0);
  // In order: the k-th line is note k (checked on a sample of lines and the last).
  uint64_t k = 0;
  for (size_t b = 0; b < r.output.size(); ++k) {
    size_t e = r.output.find('\n', b);
    REQUIRE(e != std::string::npos);
    if (k % 9973 == 0 || k + 1 == n) {
      std::string id = numbered("\"note_id\":\"", k) + "\"";
      CHECK(std::string_view(r.output.data() + b, e - b).find(id) != std::string_view::npos);
    }
    b = e + 1;
  }
  CHECK(k == n);
}

TEST_CASE("broken lexicons and models stop the run with FILE:LINE, before any output") {
  struct Damage {
    std::string file;  // under the data folder
    std::string what;
    std::function<std::string(std::string)> change;
  };
  const std::vector<Damage> damages = {
      {"lexicons/cues.lex", "a regex that does not compile",
       [](std::string s) { return s + "negated\tre:(unclosed\twindow=3\n"; }},
      {"lexicons/cues.lex", "binary garbage appended",
       [](std::string s) { return s + garbage(4096, 11); }},
      {"lexicons/vocabulary.lex", "a NUL byte in a line",
       [](std::string s) { return s + std::string("bogus\0line\n", 11); }},
      {"lexicons/sections.lex", "a 1 MB line",
       [](std::string s) { return s + std::string(1 << 20, 'x') + "\n"; }},
      {"models/rules.model", "cut off in the middle of a rule line",
       [](std::string s) {
         return s.substr(0, s.find("severity=high", s.find("\nM5450_UNSUPPORTED_RADICULAR")) + 11);
       }},
      {"models/codes.model", "invalid UTF-8 and an unknown option",
       [](std::string s) { return s + "M54.50\t\xff\xfe\tnonsense=1\n"; }},
      {"models/verdicts.model", "a policy naming an element that does not exist",
       [](std::string s) { return s + "M54.50\tverdict\trequired=no_such_element\n"; }},
  };
  TempDir dir;
  std::string notes = dir.write("notes.jsonl", note_line("n1", "Low back pain."));
  for (const Damage& d : damages) {
    INFO(d.file << ": " << d.what);
    TempDir data;
    copy_shipped_data(data.path());
    write_file(data / d.file, d.change(read_file(data / d.file)));
    ScanRun r = run_scan(dir, notes, "--data " + shell_quote(data.str()));
    std::string name = std::filesystem::path(d.file).filename().string();
    check_config_error(r, name);
    CHECK(has_file_line(r.err, name));
    CHECK(!std::filesystem::exists(dir / "out.jsonl"));
  }
}
