// pipeline::scan (pipeline/scan.h): one output record per input record, in order.
#include <doctest/doctest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "scan_support.h"
#include "test_support.h"

using dxaudit::testing::TempDir;
using nlohmann::json;

namespace {

struct ScanRun : dxaudit::testing::TestScan {
  std::vector<std::string> lines;
};

void run_scan(const std::vector<std::string>& inputs, ScanRun* run,
              const dxaudit::pipeline::ScanOptions& options = {}) {
  dxaudit::testing::run_test_scan(inputs, run, options);
  size_t pos = 0;
  while (pos < run->output.size()) {
    size_t nl = run->output.find('\n', pos);
    REQUIRE(nl != std::string::npos);  // every record ends with a newline
    run->lines.push_back(run->output.substr(pos, nl - pos));
    pos = nl + 1;
  }
}

}  // namespace

TEST_CASE("scan: a good note, a malformed line and a note without text give three records") {
  // "Café — " puts multi-byte characters before the finding: offsets are bytes of the text.
  const std::string good_text = "Caf\xC3\xA9 \xE2\x80\x94 pain shooting down the LEFT leg.";
  TempDir dir;
  const std::string input =
      dir.write("input.jsonl",
                "{\"note_id\":\"n-1\",\"text\":\"" + good_text +
                    "\",\"codes\":[\"M54.50\"],\"encounter_date\":\"2025-03-04\",\"site\":\"c3\"}\n"
                    "\n"
                    "{\"note_id\": \"n-2\", \"text\": oops}\n"
                    "{\"note_id\":\"n-3\"}\n");
  ScanRun run;
  run_scan({input}, &run);
  CHECK(run.outcome.ok);
  CHECK(run.outcome.error.empty());
  REQUIRE(run.lines.size() == 3);
  std::vector<json> records;
  for (const std::string& line : run.lines) {
    INFO(line);
    json j;
    REQUIRE_NOTHROW(j = json::parse(line));
    CHECK(j["schema"] == "dxaudit/1");
    records.push_back(j);
  }

  const json& ok = records[0];
  CHECK(ok["status"] == "ok");
  CHECK(ok["note_id"] == "n-1");
  CHECK(ok["encounter_date"] == "2025-03-04");
  CHECK(ok["meta"] == json{{"site", "c3"}});
  REQUIRE(ok["codes"].size() == 1);
  CHECK(ok["codes"][0]["code"] == "M54.50");
  CHECK(ok["codes"][0]["valid"] == true);
  REQUIRE(ok["findings"].size() == 1);
  const json& f = ok["findings"][0];
  CHECK(f["concept"] == "radiating_leg_pain");
  CHECK(f["category"] == "radicular");
  CHECK(f["text"] == "pain shooting down the LEFT leg");
  CHECK(f["laterality"] == "left");
  CHECK(f["negated"] == false);
  CHECK(f["experiencer"] == "patient");
  // "Café — " is 10 bytes (é and — take 2 and 3) though 7 characters.
  CHECK(f["begin"] == 10);
  CHECK(f["end"] == 10 + 31);
  CHECK(good_text.substr(10, 31) == "pain shooting down the LEFT leg");
  // The note documents leg pain and no back pain: M54.50 is unsupported twice over.
  REQUIRE(ok["audit"].size() == 4);
  CHECK(ok["audit"][0]["rule"] == "M5450_UNSUPPORTED_RADICULAR");
  CHECK(ok["audit"][1]["rule"] == "M5450_NO_LOW_BACK_PAIN");
  CHECK(ok["audit"][2]["rule"] == "MISSING_ELEMENTS");
  CHECK(ok["audit"][3]["rule"] == "MISSING_JUSTIFICATION");
  CHECK(ok["audit"][0]["suggest"] == json::array({"M54.42"}));
  CHECK(ok["audit"][0]["evidence"][0]["begin"] == 10);
  CHECK(ok["verdict"]["M54.50"] == "unsupported");

  const json& malformed = records[1];
  CHECK(malformed["status"] == "error");
  CHECK(malformed["note_id"].is_null());
  CHECK(malformed["error"]["kind"] == "malformed_json");
  CHECK(malformed["input"]["file"] == input);
  CHECK(malformed["input"]["line"] == 3);  // the blank line 2 is counted

  const json& no_text = records[2];
  CHECK(no_text["status"] == "error");
  CHECK(no_text["note_id"] == "n-3");
  CHECK(no_text["error"]["kind"] == "missing_field");
  CHECK(no_text["error"]["message"] == "the record has no 'text'");
  CHECK(no_text["input"]["file"] == input);
  CHECK(no_text["input"]["line"] == 4);

  CHECK(run.summary.records() == 3);
  CHECK(run.summary.errors() == 2);
}

TEST_CASE("scan: several inputs are read in order, each with its own line numbers") {
  TempDir dir;
  const std::string a = dir.write("a.jsonl", "{\"note_id\":\"a1\",\"text\":\"x\"}\n[1]\n");
  const std::string b = dir.write("b.jsonl", "{\"note_id\":\"b1\",\"text\":\"y\"}\n");
  ScanRun run;
  run_scan({a, b}, &run);
  CHECK(run.outcome.ok);
  REQUIRE(run.lines.size() == 3);
  CHECK(json::parse(run.lines[0])["note_id"] == "a1");
  json err = json::parse(run.lines[1]);
  CHECK(err["error"]["kind"] == "not_an_object");
  CHECK(err["input"]["file"] == a);
  CHECK(err["input"]["line"] == 2);
  CHECK(json::parse(run.lines[2])["note_id"] == "b1");
  CHECK(run.summary.records() == 3);
  CHECK(run.summary.errors() == 1);
}

TEST_CASE("scan: an input that cannot be opened fails before any output") {
  TempDir dir;
  const std::string a = dir.write("a.jsonl", "{\"note_id\":\"a1\",\"text\":\"x\"}\n");
  ScanRun run;
  run_scan({a, "/nonexistent/dxaudit/none.jsonl"}, &run);
  CHECK_FALSE(run.outcome.ok);
  CHECK(run.outcome.error.find("/nonexistent/dxaudit/none.jsonl") != std::string::npos);
  CHECK(run.output.empty());
  CHECK(run.summary.records() == 0);
}

TEST_CASE("scan: an empty input gives no records") {
  TempDir dir;
  ScanRun run;
  run_scan({dir.write("empty.jsonl", "")}, &run);
  CHECK(run.outcome.ok);
  CHECK(run.output.empty());
  CHECK(run.summary.records() == 0);
}

TEST_CASE("scan: longitudinal flags go to the right records, error records stay in place") {
  TempDir dir;
  auto n = [](const char* id, const char* date, const char* text) {
    return json{{"note_id", id},
                {"patient_id", "p"},
                {"encounter_date", date},
                {"codes", {"M54.50"}},
                {"text", text}}
        .dump();
  };
  std::string strain = "Pain began after lifting a box. Paraspinal spasm.";
  std::string input = n("c", "2025-03-01", strain.c_str()) + "\n" + "{not json\n" +
                      n("a", "2025-01-01", strain.c_str()) + "\n" +
                      n("b", "2025-02-01", "Low back pain.") + "\n";
  ScanRun run;
  run_scan({dir.write("in.jsonl", input)}, &run);
  REQUIRE(run.outcome.ok);
  REQUIRE(run.lines.size() == 4);
  std::vector<json> r;
  for (const std::string& l : run.lines) r.push_back(json::parse(l));
  CHECK(r[0]["note_id"] == "c");
  CHECK(r[1]["status"] == "error");
  CHECK(r[2]["note_id"] == "a");
  CHECK(r[3]["note_id"] == "b");
  auto suggest_of = [](const json& rec, const std::string& rule) {
    for (const json& a : rec["audit"])
      if (a["rule"] == rule) return a["suggest"];
    return json();
  };
  // "c" is the third M54.50 encounter by date, and a later encounter of a's strain.
  CHECK(suggest_of(r[0], "REPEATED_UNSPECIFIED") == json::array());
  CHECK(suggest_of(r[0], "M5450_UNSUPPORTED_STRAIN") == json::array({"S39.012D"}));
  CHECK(r[0]["audit"].back()["rule"] == "REPEATED_UNSPECIFIED");  // longitudinal flags last
  CHECK(suggest_of(r[2], "M5450_UNSUPPORTED_STRAIN") == json::array({"S39.012A"}));
  CHECK(suggest_of(r[2], "REPEATED_UNSPECIFIED").is_null());
  CHECK(suggest_of(r[3], "REPEATED_UNSPECIFIED").is_null());
  // The message follows the chosen suggestion.
  for (const json& a : r[0]["audit"])
    if (a["rule"] == "M5450_UNSUPPORTED_STRAIN")
      CHECK(a["message"].get<std::string>().find("consider S39.012D.") != std::string::npos);
}

TEST_CASE("scan: the output is byte-identical for any thread count and notes in flight") {
  // The demo corpus twice over plus bad lines, so that errors interleave with notes.
  TempDir dir;
  std::string demo =
      dxaudit::testing::read_file(std::string(DXAUDIT_SOURCE_DIR) + "/corpora/demo/notes.jsonl");
  std::string input = demo + "{not json\n" + demo + "{\"note_id\": \"x\"}\n";
  std::string path = dir.write("in.jsonl", input);
  ScanRun one, twice;
  dxaudit::pipeline::ScanOptions o1;
  o1.threads = 1;
  o1.in_flight = 1;
  run_scan({path}, &one, o1);
  REQUIRE(one.outcome.ok);
  CHECK(one.lines.size() > 10);
  // The same input twice over, one thread: the reference (the longitudinal review sees
  // every encounter twice, so it is not simply the single run repeated).
  run_scan({path, path}, &twice, o1);
  REQUIRE(twice.outcome.ok);
  for (int threads : {2, 4}) {
    for (size_t in_flight : {size_t{2}, size_t{3}, size_t{64}}) {
      ScanRun many;
      dxaudit::pipeline::ScanOptions o;
      o.threads = threads;
      o.in_flight = in_flight;
      run_scan({path, path}, &many, o);
      REQUIRE(many.outcome.ok);
      CAPTURE(threads);
      CAPTURE(in_flight);
      CHECK(many.output == twice.output);
      CHECK(many.summary.records() == 2 * one.summary.records());
      CHECK(many.summary.errors() == 2 * one.summary.errors());
    }
  }
}

namespace {

// A sink that keeps what it is given, to see what the runner hands over and when.
struct KeepingSink : dxaudit::pipeline::RecordSink {
  std::vector<std::string> ids;
  std::vector<size_t> flags;
  bool finished = false;
  bool write(const dxaudit::pipeline::NoteRecord& r, std::string_view rendered) override {
    CHECK(rendered == "rendered " + r.note_id);  // render() ran on the same record first
    CHECK_FALSE(finished);
    ids.push_back(r.note_id);
    flags.push_back(r.flags.size());
    return true;
  }
  void render(const dxaudit::pipeline::NoteRecord& r, std::string* out) const override {
    *out = "rendered " + r.note_id;
  }
  bool finish() override { return finished = true; }
};

// A sink that fails on its second record.
struct FailingSink : dxaudit::pipeline::RecordSink {
  int written = 0;
  bool write(const dxaudit::pipeline::NoteRecord&, std::string_view) override {
    return ++written < 2;
  }
  std::string error() const override { return "the failing sink failed"; }
};

}  // namespace

TEST_CASE("scan: every sink gets each record once, in order, after the longitudinal review") {
  TempDir dir;
  auto n = [](const char* id, const char* date) {
    return json{{"note_id", id},
                {"patient_id", "p"},
                {"encounter_date", date},
                {"codes", {"M54.50"}},
                {"text", "Low back pain."}}
               .dump() +
           "\n";
  };
  // The third M54.50 encounter by date is the first record: its REPEATED_UNSPECIFIED flag
  // is known only once the last record is read.
  const std::string input = dir.write(
      "in.jsonl", n("c", "2025-03-01") + "{oops\n" + n("a", "2025-01-01") + n("b", "2025-02-01"));
  KeepingSink one, two;
  std::vector<dxaudit::pipeline::RecordSink*> sinks{&one, &two};
  dxaudit::pipeline::ScanOptions o;
  o.threads = 2;
  o.in_flight = 2;
  auto outcome = dxaudit::pipeline::scan(dxaudit::testing::shipped_analyzer(), {input}, sinks, o);
  REQUIRE(outcome.ok);
  CHECK(outcome.written == 4);
  for (const KeepingSink* s : {&one, &two}) {
    CHECK(s->ids == std::vector<std::string>{"c", "", "a", "b"});
    CHECK(s->finished);
  }
  // "c" has the review's flag; "a" and "b" only their own.
  CHECK(one.flags[0] == one.flags[2] + 1);
  CHECK(one.flags[2] == one.flags[3]);

  FailingSink failing;
  std::vector<dxaudit::pipeline::RecordSink*> with_failing{&failing};
  outcome = dxaudit::pipeline::scan(dxaudit::testing::shipped_analyzer(), {input}, with_failing);
  CHECK_FALSE(outcome.ok);
  CHECK(outcome.error == "the failing sink failed");
  CHECK(failing.written == 2);  // nothing after the failure
}
