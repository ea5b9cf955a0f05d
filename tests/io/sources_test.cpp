// The readers behind io/source.h: CSV, .txt folders, FHIR NDJSON, compressed streams, and
// what each does with a record it cannot read.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "compress_support.h"
#include "io/fhir_reader.h"
#include "io/source.h"
#include "test_support.h"

using dxaudit::io::InputFormat;
using dxaudit::io::InputRecord;
using dxaudit::testing::TempDir;

using dxaudit::testing::gzip;
using dxaudit::testing::zstd;

namespace {

std::vector<InputRecord> read_all(const std::string& path,
                                  InputFormat format = InputFormat::kAuto) {
  dxaudit::io::OpenedSource s = dxaudit::io::open_source(path, format);
  REQUIRE_MESSAGE(s.source, s.error);
  std::vector<InputRecord> out;
  InputRecord r;
  while (s.source->next(&r)) out.push_back(r);
  return out;
}

}  // namespace

TEST_CASE("csv: quoting, embedded newlines, BOM, and the line each record starts on") {
  TempDir dir;
  std::string path = dir.write("n.csv",
                               "\xEF\xBB\xBFnote_id,text,codes,site\r\n"
                               "a,\"line one\r\nline \"\"two\"\", with comma\",M54.50;M54.16,\r\n"
                               "\r\n"
                               "b,  spaced  ,,north\n"
                               "c,no newline at the end,,");
  std::vector<InputRecord> r = read_all(path);
  REQUIRE(r.size() == 3);
  CHECK(r[0].ok);
  CHECK(r[0].note.note_id == "a");  // the BOM is not part of the first column's name
  CHECK(r[0].note.text == "line one\r\nline \"two\", with comma");
  CHECK(r[0].note.codes == std::vector<std::string>{"M54.50", "M54.16"});
  CHECK(r[0].note.meta_json.empty());
  CHECK(r[0].where.line == 2);
  CHECK(r[1].note.text == "  spaced  ");  // spaces are bytes of the note
  CHECK(r[1].note.meta_json == R"({"site":"north"})");
  CHECK(r[1].where.line == 5);
  CHECK(r[2].ok);
  CHECK(r[2].note.text == "no newline at the end");
  CHECK(r[2].where.line == 6);
}

// Found by fuzz_csv (docs/fuzzing.md): libcsv ends a record at every carriage return
// outside quotes, so "a,pain\rb,more" on one line became two records, both claiming that
// line, the first with its text cut short; a line of header and rows split by bare CRs
// gave more records than lines.
TEST_CASE("csv: a carriage return in the middle of a line, outside quotes, is an error") {
  TempDir dir;
  std::string path = dir.write("n.csv",
                               "note_id,text\r\n"
                               "a,pain\rb,more\r\n"
                               "c,\"quoted\rstays\"\r\n"
                               "d,ok\n");
  std::vector<InputRecord> r = read_all(path);
  REQUIRE(r.size() == 3);
  CHECK(r[0].error_kind == dxaudit::io::ErrorKind::kMalformedCsv);
  CHECK(r[0].where.line == 2);
  CHECK(r[0].error_message.find("carriage return") != std::string::npos);
  CHECK(r[1].ok);
  CHECK(r[1].note.text == "quoted\rstays");
  CHECK(r[2].ok);
  CHECK(r[2].note.note_id == "d");
  CHECK(r[2].where.line == 4);

  // The minimized fuzz input: one line, no header, four records before the fix. Now its
  // header cannot be read, which stops the input, at line 1.
  dxaudit::io::OpenedSource m =
      dxaudit::io::open_source(dir.write("m.csv", "\r\x01\r\x01\r\x01\r\x01"), InputFormat::kAuto);
  CHECK_FALSE(m.source);
  CHECK(m.error.find("m.csv:1: the header row cannot be read: a carriage return") !=
        std::string::npos);
  // The second one: the line also holds a stray quote after the records a CR ended.
  dxaudit::io::OpenedSource q =
      dxaudit::io::open_source(dir.write("q.csv", "\xff\r\xf9\r`\rl\""), InputFormat::kAuto);
  CHECK_FALSE(q.source);
  CHECK(q.error.find("q.csv:1: the header row cannot be read") != std::string::npos);
  // A mid-line CR on a line that ends in CR inside an opened quote: still one error.
  std::vector<InputRecord> o =
      read_all(dir.write("o.csv", "note_id,text\na,b\rc,\"x\r\ny\"\r\nd,ok\n"));
  REQUIRE(o.size() == 3);
  CHECK(o[0].error_kind == dxaudit::io::ErrorKind::kMalformedCsv);
  CHECK(o[0].where.line == 2);
  CHECK(o[2].ok);
  CHECK(o[2].note.note_id == "d");
}

TEST_CASE("csv: a bad record becomes an error record and reading goes on") {
  TempDir dir;
  std::string path = dir.write("n.csv",
                               "note_id,text\n"
                               "a,one\n"
                               "b,two,extra\n"
                               "c,bad\"quote\n"
                               ",no id\n"
                               "d,fine\n"
                               "e,\"never closed\n");
  std::vector<InputRecord> r = read_all(path);
  REQUIRE(r.size() == 6);
  CHECK(r[0].ok);
  CHECK(r[1].error_kind == dxaudit::io::ErrorKind::kBadRow);
  CHECK(r[1].where.line == 3);
  CHECK(r[2].error_kind == dxaudit::io::ErrorKind::kMalformedCsv);
  CHECK(r[2].where.line == 4);
  CHECK(r[3].error_kind == dxaudit::io::ErrorKind::kMissingField);
  CHECK(r[4].ok);
  CHECK(r[4].note.note_id == "d");
  CHECK(r[4].where.line == 6);
  CHECK(r[5].error_kind == dxaudit::io::ErrorKind::kMalformedCsv);
  CHECK(r[5].error_message.find("not closed") != std::string::npos);
  CHECK(r[5].where.line == 7);

  // No column for the text: not an input (open_source says so, naming the columns).
  std::string no_text = dir.write("t.csv", "note_id,narrative\nx,hello\n");
  dxaudit::io::OpenedSource t = dxaudit::io::open_source(no_text, InputFormat::kAuto);
  CHECK_FALSE(t.source);
  CHECK(t.error.find("t.csv:1: no column for the note text") != std::string::npos);
  CHECK(t.error.find("'note_id', 'narrative'") != std::string::npos);
}

TEST_CASE("csv: names, patient ids and meta values that are not UTF-8 read as Windows-1252") {
  // Two providers of a CSV a Windows program wrote: repaired to U+FFFD they became one
  // name in the store and the rates. The ids claims join on keep their bytes.
  TempDir dir;
  const std::string path = dir.write("w.csv",
                                     "note_id,text,provider,patient_id,ward\n"
                                     "n\xe9"
                                     "1,Low back pain.,Dr M\xfcller,P\xf8ul,Stra\xdf"
                                     "e 3\n"
                                     "n2,Back pain.,Dr M\xf6ller,P2,\x80 5\n");
  std::vector<InputRecord> r = read_all(path);
  REQUIRE(r.size() == 2);
  CHECK(r[0].note.provider == "Dr M\xC3\xBCller");
  CHECK(r[1].note.provider == "Dr M\xC3\xB6ller");
  CHECK(r[0].note.patient_id == "P\xC3\xB8ul");
  CHECK(r[0].note.note_id ==
        "n\xe9"
        "1");  // as received
  CHECK(nlohmann::json::parse(r[0].note.meta_json)["ward"] ==
        "Stra\xC3\x9F"
        "e 3");
  CHECK(nlohmann::json::parse(r[1].note.meta_json)["ward"] == "\xE2\x82\xAC 5");  // euro sign
}

TEST_CASE("txt folder: sorted files, note_id from the name, manifest fields and problems") {
  TempDir dir;
  dir.write("f/b.txt", "second");
  dir.write("f/a.txt", "first\n");
  dir.write("f/c.TXT", "third");
  dir.write("f/notes.md", "ignored");
  dir.write("f/sub/d.txt", "a subfolder's note: read after the folder's own");
  dir.write("f/manifest.csv",
            "note_id,patient_id,codes,encounter_date\n"
            "a,p1,M54.50,2026-01-02\n"
            "zz,p2,,\n"
            "b,p3,too,many,fields\n");
  std::vector<InputRecord> r = read_all((dir / "f").string());
  REQUIRE(r.size() == 6);
  CHECK(r[0].error_kind == dxaudit::io::ErrorKind::kBadRow);  // manifest problems come first
  CHECK(r[0].where.line == 4);
  CHECK(r[1].note.note_id == "a");
  CHECK(r[1].note.text == "first\n");
  CHECK(r[1].note.patient_id == "p1");
  CHECK(r[1].note.encounter_date == "2026-01-02");
  CHECK(r[1].note.codes == std::vector<std::string>{"M54.50"});
  CHECK(r[2].note.note_id == "b");
  CHECK(r[2].note.patient_id.empty());
  CHECK(r[3].note.note_id == "c");
  CHECK(r[4].error_kind == dxaudit::io::ErrorKind::kMissingFile);
  CHECK(r[4].note.note_id == "zz");
  CHECK(r[4].where.line == 3);
  CHECK(r[5].note.note_id == "d");
  CHECK(r[5].where.file == (dir / "f" / "sub" / "d.txt").string());
}

TEST_CASE("txt folder: a .txt file that holds an export of many notes is no note") {
  // Read as one note, an export would merge every patient's notes and codes into one
  // record: it is a not_text error record instead. A note that only quotes JSON, or a
  // table of its own, is still a note.
  TempDir dir;
  dir.write("f/a_export.txt",
            "{\"note_id\": \"1\", \"text\": \"Low back pain.\"}\n"
            "{\"note_id\": \"2\", \"text\": \"Sciatica.\"}\n");
  dir.write("f/b_export.txt", "NoteID;Note Text;Dx\n1;Low back pain.;M54.50\n2;Sciatica.;M54.30\n");
  dir.write("f/c_note.txt", "Vitals,BP,HR\nToday,120/80,72\nPlan: HEP.\n");
  dir.write("f/d_note.txt", "{\"pain\": 5}\nLow back pain, worse with lifting.\n");
  dir.write("f/e_note.txt", "{\"only\": \"one line of JSON\"}\n");
  std::vector<InputRecord> r = read_all((dir / "f").string());
  REQUIRE(r.size() == 5);
  for (size_t i : {0, 1}) {
    CAPTURE(i);
    CHECK(!r[i].ok);
    CHECK(r[i].error_kind == dxaudit::io::ErrorKind::kNotText);
    CHECK(r[i].note.text.empty());
  }
  CHECK(r[0].error_message.find("holds JSON Lines") != std::string::npos);
  CHECK(r[1].error_message.find("holds a CSV export") != std::string::npos);
  for (size_t i : {2, 3, 4}) {
    CAPTURE(i);
    CHECK(r[i].ok);
  }
}

TEST_CASE("fhir: fields, and every resource that is not a text note says why") {
  auto parse = [](const std::string& line) {
    InputRecord r;
    dxaudit::io::parse_fhir_resource(line, &r);
    return r;
  };
  InputRecord ok =
      parse(R"({"resourceType":"DocumentReference","id":"d1","subject":{"reference":"Patient/p9"},)"
            R"("context":{"period":{"start":"2026-02-03T08:00:00Z"}},)"
            R"("content":[{"attachment":{"contentType":"text/plain","data":"YmFjayBwYWlu"}}]})");
  CHECK(ok.ok);
  CHECK(ok.note.note_id == "d1");
  CHECK(ok.note.text == "back pain");
  CHECK(ok.note.patient_id == "p9");
  CHECK(ok.note.encounter_date == "2026-02-03");

  InputRecord pdf =
      parse(R"({"resourceType":"DocumentReference","id":"d2","content":[{"attachment":)"
            R"({"contentType":"application/pdf","data":"JVBERi0="}}]})");
  CHECK_FALSE(pdf.ok);
  CHECK(pdf.note.note_id == "d2");
  CHECK(pdf.error_kind == dxaudit::io::ErrorKind::kNotText);
  CHECK(pdf.error_message.find("application/pdf") != std::string::npos);

  CHECK(parse(R"({"resourceType":"Patient","id":"p"})").error_kind ==
        dxaudit::io::ErrorKind::kNotDocumentReference);
  CHECK(parse(R"({"resourceType":"DocumentReference","content":[]})").error_kind ==
        dxaudit::io::ErrorKind::kMissingField);
  CHECK(parse(R"({"resourceType":"DocumentReference","id":"x","content":[{"attachment":)"
              R"({"contentType":"text/plain","data":"@@@"}}]})")
            .error_kind == dxaudit::io::ErrorKind::kBadBase64);
  CHECK(parse(R"({"resourceType":"DocumentReference","id":"x","content":[{"attachment":)"
              R"({"contentType":"text/plain","url":"http://example.org/n"}}]})")
            .error_kind == dxaudit::io::ErrorKind::kAttachmentNotInline);
  CHECK(parse("{oops").error_kind == dxaudit::io::ErrorKind::kMalformedJson);
}

TEST_CASE("base64 decodes with and without padding and refuses other bytes") {
  std::string out;
  CHECK(dxaudit::io::decode_base64("TWFu", &out));
  CHECK(out == "Man");
  CHECK(dxaudit::io::decode_base64("TWE=", &out));
  CHECK(out == "Ma");
  CHECK(dxaudit::io::decode_base64("TQ", &out));
  CHECK(out == "M");
  CHECK_FALSE(dxaudit::io::decode_base64("T", &out));
  CHECK_FALSE(dxaudit::io::decode_base64("TW-u", &out));
}

TEST_CASE("compressed input: a truncated or corrupt stream ends with a read_error record") {
  TempDir dir;
  std::string jsonl;
  for (int i = 0; i < 200; ++i)
    jsonl += R"({"note_id":"n)" + std::to_string(i) + R"(","text":"low back pain"})" + "\n";
  std::string gz = gzip(jsonl);
  std::vector<InputRecord> whole = read_all(dir.write("ok.jsonl.gz", gz));
  CHECK(whole.size() == 200);
  std::vector<InputRecord> cut = read_all(dir.write("cut.jsonl.gz", gz.substr(0, gz.size() / 2)));
  REQUIRE_FALSE(cut.empty());
  CHECK(cut.size() < 202);
  CHECK(cut.back().error_kind == dxaudit::io::ErrorKind::kReadError);
  CHECK(cut.back().error_message.find("truncated") != std::string::npos);
  std::vector<InputRecord> bad = read_all(dir.write("bad.jsonl.zst", "this is not zstd at all"));
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].error_kind == dxaudit::io::ErrorKind::kReadError);
  CHECK(bad[0].error_message.find("zstd") != std::string::npos);
}

TEST_CASE("open_source: the format comes from the name under the compression suffix") {
  InputFormat f;
  CHECK(dxaudit::io::parse_input_format("fhir", &f));
  CHECK(f == InputFormat::kFhir);
  CHECK_FALSE(dxaudit::io::parse_input_format("xml", &f));
  TempDir dir;
  std::string csv_named_txt = dir.write("export.data", "note_id,text\nq,pain\n");
  std::vector<InputRecord> r = read_all(csv_named_txt, InputFormat::kCsv);
  REQUIRE(r.size() == 1);
  CHECK(r[0].note.note_id == "q");
  CHECK_FALSE(dxaudit::io::open_source(dir.write("x.txt", ""), InputFormat::kAuto).source);
  // A .tsv file is CSV with tabs (its delimiter sniffed from the header line).
  std::vector<InputRecord> tsv = read_all(dir.write("x.tsv", "note_id\ttext\nq\tpain, back\n"));
  REQUIRE(tsv.size() == 1);
  CHECK(tsv[0].note.text == "pain, back");
  CHECK_FALSE(dxaudit::io::open_source("/nonexistent.jsonl", InputFormat::kAuto).source);
}
