// Every input format, plain and compressed, gives the same records for the same notes:
// the demo corpus plus notes with CSV-hostile text is converted into JSONL, CSV, a .txt
// folder with a manifest and FHIR DocumentReference NDJSON, each also as .gz and .zst,
// and each is scanned by the real binary.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "compress_support.h"
#include "test_support.h"

using namespace dxaudit::testing;
using nlohmann::json;

using dxaudit::testing::gzip;
using dxaudit::testing::zstd;

namespace {

const std::string kSource = DXAUDIT_SOURCE_DIR;

std::vector<json> corpus() {
  std::vector<json> notes;
  std::istringstream in(read_file(kSource + "/corpora/demo/notes.jsonl"));
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) notes.push_back(json::parse(line));
  // Text a CSV writer must quote, with spaces at both ends, CRLF, a lone quote, commas.
  notes.push_back({{"note_id", "zz-csv-1"},
                   {"patient_id", "p-900"},
                   {"encounter_date", "2026-03-01"},
                   {"provider", "dr, \"quoted\""},
                   {"codes", {"M54.50", "M54.16"}},
                   {"text",
                    "  Low back pain, \"sharp\",\r\nradiating down the left leg;\n"
                    "denies fever.\n\nPlan: PT, 2x/week.  "}});
  notes.push_back({{"note_id", "zz-csv-2"},
                   {"text", "Caf\xC3\xA9 \xE2\x80\x94 midline tenderness at L4-5, \"\"\" ,,\n"}});
  return notes;
}

std::string csv_cell(const std::string& s) {
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q.push_back('"');
    q.push_back(c);
  }
  q.push_back('"');
  return q;
}

std::string codes_list(const json& note) {
  std::string out;
  if (note.contains("codes"))
    for (const json& c : note["codes"]) {
      if (!out.empty()) out.push_back(';');
      out += c.get<std::string>();
    }
  return out;
}

std::string field(const json& note, const char* key) {
  return note.contains(key) ? note[key].get<std::string>() : "";
}

const char* kFields[] = {"note_id", "patient_id", "encounter_id", "encounter_date", "provider"};

// CSV with a BOM and CRLF record ends, `text` first, the unknown `clinic` column kept.
std::string to_csv(const std::vector<json>& notes, bool with_text) {
  std::string out = "\xEF\xBB\xBF";
  out += with_text ? "text," : "";
  out += "note_id,patient_id,encounter_id,encounter_date,provider,codes,clinic\r\n";
  for (const json& n : notes) {
    if (with_text) out += csv_cell(n["text"]) + ",";
    for (const char* f : kFields) out += csv_cell(field(n, f)) + ",";
    out += codes_list(n) + ",";  // unquoted on purpose: libcsv must read both forms
    out += field(n, "clinic") + "\r\n";
  }
  return out;
}

std::string base64(const std::string& in) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v =
        (uint32_t(uint8_t(in[i])) << 16) | (uint32_t(uint8_t(in[i + 1])) << 8) | uint8_t(in[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out += t[(v >> s) & 63];
  }
  if (i + 1 == in.size()) {
    uint32_t v = uint32_t(uint8_t(in[i])) << 16;
    out += std::string{t[(v >> 18) & 63], t[(v >> 12) & 63], '=', '='};
  } else if (i + 2 == in.size()) {
    uint32_t v = (uint32_t(uint8_t(in[i])) << 16) | (uint32_t(uint8_t(in[i + 1])) << 8);
    out += std::string{t[(v >> 18) & 63], t[(v >> 12) & 63], t[(v >> 6) & 63], '='};
  }
  return out;
}

std::string to_fhir(const std::vector<json>& notes) {
  std::string out;
  for (const json& n : notes) {
    json d = {{"resourceType", "DocumentReference"}, {"id", n["note_id"]}, {"status", "current"}};
    if (n.contains("patient_id"))
      d["subject"] = {{"reference", "Patient/" + field(n, "patient_id")}};
    // One note dated by `date`, the others by context.period.start.
    if (n.contains("encounter_date")) {
      if (n["note_id"] == "demo-01")
        d["date"] = field(n, "encounter_date") + "T09:30:00Z";
      else
        d["context"]["period"]["start"] = field(n, "encounter_date") + "T10:00:00-05:00";
    }
    if (n.contains("encounter_id"))
      d["context"]["encounter"] = {{{"reference", "Encounter/" + field(n, "encounter_id")}}};
    if (n.contains("provider"))
      d["author"] = {{{"reference", "Practitioner/" + field(n, "provider")}}};
    if (n.contains("codes")) {
      json coding = json::array();
      for (const json& c : n["codes"])
        coding.push_back({{"system", "http://hl7.org/fhir/sid/icd-10-cm"}, {"code", c}});
      d["context"]["event"] = {{{"coding", coding}}};
    }
    d["content"] = {
        {{"attachment", {{"contentType", "application/pdf"}, {"data", base64("%PDF-1.4")}}}},
        {{"attachment",
          {{"contentType", "text/plain; charset=utf-8"}, {"data", base64(n["text"])}}}}};
    out += d.dump() + "\n";
  }
  return out;
}

std::vector<std::string> scan_lines(const std::string& input) {
  CommandResult r = run_command(binary() + " scan -j2 " + shell_quote(input));
  CHECK(r.exit_code == 0);
  std::vector<std::string> lines;
  std::istringstream in(r.out);
  std::string l;
  while (std::getline(in, l)) lines.push_back(l);
  return lines;
}

std::string without_meta(const std::string& line) {
  json r = json::parse(line);
  r.erase("meta");
  return r.dump();
}

}  // namespace

TEST_CASE("every input format, plain, gzip and zstd, yields the same records") {
  std::vector<json> notes = corpus();
  TempDir dir;
  std::string jsonl;
  for (const json& n : notes) jsonl += n.dump() + "\n";
  std::string csv = to_csv(notes, true);
  std::string fhir = to_fhir(notes);

  std::vector<std::string> reference = scan_lines(dir.write("notes.jsonl", jsonl));
  REQUIRE(reference.size() == notes.size());
  for (const std::string& l : reference) CHECK(json::parse(l)["status"] == "ok");
  // The notes are really analysed: the CSV-hostile note has its radicular finding.
  CHECK(reference[notes.size() - 2].find("radiating_leg_pain") != std::string::npos);

  // Same fields in the same order: byte-identical output.
  std::map<std::string, std::string> exact = {
      {"notes.csv", csv},
      {"notes.csv.gz", gzip(csv)},
      {"notes.csv.zst", zstd(csv)},
      {"notes.jsonl.gz", gzip(jsonl)},
      {"notes.jsonl.zst", zstd(jsonl)},
      // Two gzip members, as `cat a.gz b.gz` makes: one stream.
      {"two.jsonl.gz",
       gzip(jsonl.substr(0, jsonl.size() / 2)) + gzip(jsonl.substr(jsonl.size() / 2))},
  };
  for (const auto& [name, content] : exact) {
    CAPTURE(name);
    std::vector<std::string> got = scan_lines(dir.write(name, content));
    REQUIRE(got.size() == reference.size());
    for (size_t i = 0; i < got.size(); ++i) CHECK(got[i] == reference[i]);
  }

  // A folder of .txt notes (sorted by name: the corpus is already in that order), plain
  // and compressed files mixed, with the other fields from manifest.csv.
  std::string manifest = to_csv(notes, false);
  for (size_t i = 0; i < notes.size(); ++i) {
    std::string id = notes[i]["note_id"];
    std::string text = notes[i]["text"];
    if (i % 3 == 0)
      dir.write("folder/" + id + ".txt", text);
    else if (i % 3 == 1)
      dir.write("folder/" + id + ".txt.gz", gzip(text));
    else
      dir.write("folder/" + id + ".txt.zst", zstd(text));
  }
  dir.write("folder/manifest.csv", manifest);
  dir.write("folder/README.md", "not a note");
  {
    std::vector<std::string> got = scan_lines((dir / "folder").string());
    REQUIRE(got.size() == reference.size());
    for (size_t i = 0; i < got.size(); ++i) CHECK(got[i] == reference[i]);
  }

  // FHIR carries no unknown fields (no `meta`); everything else is the same.
  for (const auto& [name, content] :
       std::map<std::string, std::string>{{"docs.ndjson", fhir},
                                          {"docs.ndjson.gz", gzip(fhir)},
                                          {"docs.ndjson.zst", zstd(fhir)}}) {
    CAPTURE(name);
    std::vector<std::string> got = scan_lines(dir.write(name, content));
    REQUIRE(got.size() == reference.size());
    for (size_t i = 0; i < got.size(); ++i)
      CHECK(without_meta(got[i]) == without_meta(reference[i]));
  }
}
