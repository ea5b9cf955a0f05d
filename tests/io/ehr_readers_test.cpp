// Real EHR exports as they come (issue 15): column and key names by synonym or --map,
// CSV dialects, dates, code lists, FHIR Bundles with HTML and RTF attachments, compression
// told by the first bytes. The fixtures are in tests/io/fixtures/ehr/, written for these
// tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compress_support.h"
#include "io/byte_stream.h"
#include "io/claims.h"
#include "io/dates.h"
#include "io/fhir_reader.h"
#include "io/fields.h"
#include "io/jsonl_reader.h"
#include "io/markup.h"
#include "io/source.h"
#include "io/utf8.h"
#include "test_support.h"

using dxaudit::io::DateReading;
using dxaudit::io::ErrorKind;
using dxaudit::io::InputFormat;
using dxaudit::io::InputRecord;
using dxaudit::io::ReadOptions;
using dxaudit::testing::read_file;
using dxaudit::testing::TempDir;

namespace {

const std::string kFixtures = std::string(DXAUDIT_SOURCE_DIR) + "/tests/io/fixtures/ehr/";

struct Read {
  std::vector<InputRecord> records;
  std::string mapping;
};

Read read_all(const std::string& path, const ReadOptions& options = {},
              InputFormat format = InputFormat::kAuto) {
  dxaudit::io::OpenedSource s = dxaudit::io::open_source(path, format, options);
  REQUIRE_MESSAGE(s.source, s.error);
  Read out;
  out.mapping = s.source->field_mapping();
  InputRecord r;
  while (s.source->next(&r)) {
    dxaudit::io::complete_record(&r);
    out.records.push_back(r);
  }
  return out;
}

std::string open_error(const std::string& path, const ReadOptions& options = {}) {
  dxaudit::io::OpenedSource s = dxaudit::io::open_source(path, InputFormat::kAuto, options);
  CHECK_FALSE(s.source);
  return s.error;
}

using Codes = std::vector<std::string>;

}  // namespace

TEST_CASE("csv: EHR column names, MM/DD/YYYY dates and a code list in one cell") {
  Read r = read_all(kFixtures + "names.csv");
  CHECK(r.mapping ==
        "note_id <- Document ID, text <- NoteText, patient_id <- MRN, encounter_date <- DOS, "
        "provider <- Author, codes <- Dx");
  REQUIRE(r.records.size() == 2);
  const dxaudit::io::Note& a = r.records[0].note;
  CHECK(r.records[0].ok);
  CHECK(a.note_id == "doc-1");
  CHECK(a.patient_id == "MRN001");
  CHECK(a.encounter_date == "2025-01-05");
  CHECK(a.provider == "Dr. Ames");
  CHECK(a.codes == Codes{"M54.50", "M54.41"});
  CHECK(a.text.starts_with("Low back pain for 3 weeks"));
  CHECK(a.meta_json == R"({"Clinic":"north"})");
  CHECK(r.records[1].ok);
  CHECK(r.records[1].note.encounter_date == "2025-02-03");  // M/D/YY
  CHECK(r.records[1].note.codes == Codes{"M5450"});         // dotless, as written
  CHECK(r.records[1].note.meta_json.empty());               // an empty cell is no field
}

TEST_CASE("csv dialects: semicolon, tab and pipe sniffed from the header line") {
  Read semi = read_all(kFixtures + "semicolon.csv");
  CHECK(semi.mapping == "fields separated by semicolon");
  REQUIRE(semi.records.size() == 6);
  for (const InputRecord& rec : semi.records) CHECK_MESSAGE(rec.ok, rec.error_message);
  CHECK(semi.records[0].note.text == "Low back pain, 3 weeks; worse with sitting.");
  CHECK(semi.records[3].note.text == "Pain; \"sharp\", lumbar.");
  CHECK(semi.records[3].note.codes == Codes{"M54.50", "M51.36"});
  CHECK(semi.records[5].note.codes.empty());
  CHECK(semi.records[5].where.line == 7);

  Read tabs = read_all(kFixtures + "tabs.tsv");
  REQUIRE(tabs.records.size() == 2);
  CHECK(tabs.records[0].note.note_id == "t-1");
  CHECK(tabs.records[0].note.patient_id == "p-7");
  CHECK(tabs.records[0].note.encounter_date == "2025-01-05");  // YYYYMMDD
  CHECK(tabs.records[0].note.codes == Codes{"M54.50", "M54.16"});
  CHECK(tabs.records[1].note.encounter_date == "2025-01-20");  // a date-time
  CHECK(tabs.records[1].note.codes == Codes{"M54.50", "M54.42"});

  Read pipes = read_all(kFixtures + "pipes.csv");
  REQUIRE(pipes.records.size() == 1);
  CHECK(pipes.records[0].ok);
  CHECK(pipes.records[0].note.provider == "Dr. Cole");
  CHECK(pipes.records[0].note.encounter_date == "2025-03-14");

  // --delimiter wins over sniffing: read as commas, the semicolon file has one column.
  ReadOptions comma;
  comma.delimiter = ',';
  CHECK(open_error(kFixtures + "semicolon.csv", comma).find("no column for the note text") !=
        std::string::npos);
  ReadOptions semicolon;
  semicolon.delimiter = ';';
  CHECK(read_all(kFixtures + "semicolon.csv", semicolon).records.size() == 6);
}

TEST_CASE("csv: errors in dxaudit's words, with the line; no text column stops the input") {
  TempDir dir;
  Read r = read_all(dir.write("bad.csv",
                              "note_id;text\n"
                              "a;one; two\n"
                              "b;say \"no\" here\n"
                              "c;fine\n"));
  REQUIRE(r.records.size() == 3);
  CHECK(r.records[0].error_kind == ErrorKind::kBadRow);
  CHECK(r.records[0].error_message.find("separated by semicolon") != std::string::npos);
  CHECK(r.records[1].error_kind == ErrorKind::kMalformedCsv);
  CHECK(r.records[1].where.line == 3);
  CHECK(r.records[1].error_message.find("a quote in the middle of an unquoted field") == 0);
  CHECK(r.records[1].error_message.find("csv_") == std::string::npos);  // not libcsv's terms
  CHECK(r.records[2].ok);

  const std::string path = dir.write("no_text.csv", "\n\nMRN,DOS,Narrative\n1,01/02/2025,x\n");
  const std::string error = open_error(path);
  CHECK(error.find(path + ":3: no column for the note text") == 0);
  CHECK(error.find("'MRN', 'DOS', 'Narrative'") != std::string::npos);
  CHECK(error.find("--map text=COLUMN") != std::string::npos);

  // --map names the column; a --map naming a column the header lacks stops the input.
  ReadOptions mapped;
  mapped.columns = {{dxaudit::io::Field::kText, "Narrative"}, {dxaudit::io::Field::kNoteId, "mrn"}};
  Read m = read_all(path, mapped);
  CHECK(m.mapping == "note_id <- MRN, text <- Narrative, encounter_date <- DOS");
  REQUIRE(m.records.size() == 1);
  CHECK(m.records[0].note.note_id == "1");
  CHECK(m.records[0].note.text == "x");
  ReadOptions typo;
  typo.columns = {{dxaudit::io::Field::kProvider, "Autor"}};
  CHECK(open_error(dir.write("p.csv", "id,text,Author\n1,x,y\n"), typo).find("no column 'Autor'") !=
        std::string::npos);
}

TEST_CASE("jsonl: keys by synonym in any letter case, decided by the first record") {
  Read r = read_all(kFixtures + "note_text.jsonl");
  CHECK(r.mapping ==
        "note_id <- doc_id, text <- Note_Text, patient_id <- MRN, encounter_date <- "
        "Service_Date, codes <- ICD10");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].ok);
  CHECK(r.records[0].note.note_id == "j-1");
  CHECK(r.records[0].note.encounter_date == "2025-01-05");  // M/D/YY
  CHECK(r.records[0].note.codes == Codes{"M54.50", "M54.41"});
  CHECK(r.records[0].note.meta_json == R"({"clinic":"east"})");
  CHECK(r.records[1].note.encounter_date == "2025-02-05");  // ISO date-time with an offset

  TempDir dir;
  const std::string path = dir.write("x.jsonl", "\n{\"id\":\"1\",\"narrative\":\"pain\"}\n");
  CHECK(open_error(path).find(path + ":2: the first record has no field for the note text: its "
                                     "keys are 'id', 'narrative'") == 0);
  ReadOptions mapped;
  mapped.columns = {{dxaudit::io::Field::kText, "narrative"}};
  Read m = read_all(path, mapped);
  REQUIRE(m.records.size() == 1);
  CHECK(m.records[0].ok);
  CHECK(m.records[0].note.text == "pain");
}

TEST_CASE("jsonl: a later range of an input read under the names its first record gave") {
  // The second line, read alone, would decide patient_id is "patient_id" (it has no MRN),
  // and read the third line's MRN into meta; under the input's map it is the patient_id.
  const std::string input =
      "{\"doc_id\":\"a\",\"note_text\":\"pain\",\"MRN\":\"p1\",\"DOS\":\"05.01.2025\"}\n";
  const std::string later =
      "{\"doc_id\":\"b\",\"note_text\":\"pain\"}\n"
      "{\"doc_id\":\"c\",\"note_text\":\"pain\",\"MRN\":\"p2\",\"DOS\":\"13.01.2025\"}\n";
  ReadOptions options;
  options.date_format = "%d.%m.%Y";
  // memory_stream() does not copy: every input below is a named string that outlives it.
  const std::string both = input + later, untexted_line = "{\"doc_id\":\"d\"}\n";
  auto reader = [&](const std::string& bytes) {
    return dxaudit::io::JsonlReader(dxaudit::io::memory_stream(bytes), "x.jsonl", options);
  };
  dxaudit::io::JsonlReader whole = reader(both);
  std::string error;
  REQUIRE(whole.open(&error));
  const dxaudit::io::FieldMap map = whole.fields();
  CHECK(map.describe() ==
        "note_id <- doc_id, text <- note_text, patient_id <- MRN, "
        "encounter_date <- DOS");

  dxaudit::io::JsonlReader range = reader(later);
  range.read_fields_as(map);
  std::vector<InputRecord> records;
  for (InputRecord r; range.next(&r);) {
    dxaudit::io::complete_record(&r);
    records.push_back(r);
  }
  REQUIRE(records.size() == 2);
  CHECK(records[0].ok);
  CHECK(records[1].note.patient_id == "p2");
  CHECK(records[1].note.encounter_date == "2025-01-13");
  CHECK(records[1].note.meta_json.empty());
  // Deciding by itself, the range reads it otherwise: what read_fields_as() is for.
  dxaudit::io::JsonlReader alone = reader(later);
  REQUIRE(alone.open(&error));
  CHECK(alone.fields().name(dxaudit::io::Field::kPatientId) == "patient_id");
  // A range whose first record has no text field is not refused: that is the input's
  // first record's call.
  dxaudit::io::JsonlReader untexted = reader(untexted_line);
  untexted.read_fields_as(map);
  CHECK(untexted.open(&error));
}

TEST_CASE("read options: what dxaudit scan and the Python module refuse, in one set of words") {
  ReadOptions options;
  std::string error;
  const std::string maps[] = {"text=Narrative", "provider=Attending Name"};
  const std::string delimiter = "semicolon", date_format = "%d.%m.%Y";
  REQUIRE(dxaudit::io::parse_read_options(maps, &delimiter, &date_format, &options, &error));
  REQUIRE(options.columns.size() == 2);
  CHECK(options.columns[1].first == dxaudit::io::Field::kProvider);
  CHECK(options.columns[1].second == "Attending Name");
  CHECK(options.delimiter == ';');
  CHECK(options.date_format == "%d.%m.%Y");

  ReadOptions none;
  REQUIRE(dxaudit::io::parse_read_options({}, nullptr, nullptr, &none, &error));
  CHECK(none.delimiter == 0);
  CHECK(none.date_format.empty());

  const std::string bad_map[] = {"txt=Narrative"};
  CHECK_FALSE(dxaudit::io::parse_read_options(bad_map, nullptr, nullptr, &none, &error));
  CHECK(error ==
        "--map takes FIELD=COLUMN with FIELD one of note_id, text, patient_id, encounter_id, "
        "encounter_date, provider, codes, not 'txt=Narrative'");
  const std::string two = "ab";
  CHECK_FALSE(dxaudit::io::parse_read_options({}, &two, nullptr, &none, &error));
  CHECK(error == "--delimiter is one character (, ; |) or tab, not 'ab'");
  const std::string no_conversion = "DD.MM.YYYY";
  CHECK_FALSE(dxaudit::io::parse_read_options({}, nullptr, &no_conversion, &none, &error));
  CHECK(error == "--date-format is a strptime format such as %d.%m.%Y, not 'DD.MM.YYYY'");
}

TEST_CASE("jsonl: the fast path reads mapped keys exactly as the reference reader") {
  auto fields = std::make_shared<dxaudit::io::FieldMap>(dxaudit::io::FieldMap::canonical());
  fields->names[dxaudit::io::field_index(dxaudit::io::Field::kText)] = "Note_Text";
  fields->names[dxaudit::io::field_index(dxaudit::io::Field::kEncounterDate)] = "DOS";
  for (std::string line : {R"({"note_id":"a","Note_Text":"pain","DOS":"03/04/2025","text":"x"})",
                           R"({"note_id":"b","Note_Text":"pain","DOS":"13/04/2025","n":1})",
                           R"({"note_id":"c","text":"no mapped text"})"}) {
    InputRecord fast, reference;
    fast.fields = reference.fields = fields;
    dxaudit::io::parse_note_json(line, &fast);
    dxaudit::io::parse_note_json_reference(line, &reference);
    CHECK(fast.ok == reference.ok);
    CHECK(fast.error_message == reference.error_message);
    CHECK(fast.note.text == reference.note.text);
    CHECK(fast.note.encounter_date == reference.note.encounter_date);
    CHECK(fast.note.meta_json == reference.note.meta_json);
  }
  InputRecord a;
  a.fields = fields;
  dxaudit::io::parse_note_json(
      R"({"note_id":"a","Note_Text":"pain","DOS":"03/04/2025","text":"x"})", &a);
  CHECK(a.note.text == "pain");
  CHECK(a.note.encounter_date == "2025-03-04");
  CHECK(a.note.meta_json == R"({"text":"x"})");  // "text" is not the text here
}

TEST_CASE("dates: the built-in formats, --date-format, and what is never guessed") {
  auto read = [](std::string_view text, std::string_view format = "") {
    std::string iso, why;
    DateReading r = dxaudit::io::read_date(text, format, &iso, &why);
    return r == DateReading::kRead ? iso : r == DateReading::kAmbiguous ? "ambiguous: " + why : "?";
  };
  CHECK(read("2025-01-05") == "2025-01-05");
  CHECK(read("2025/1/5") == "2025-01-05");
  CHECK(read("01/05/2025") == "2025-01-05");
  CHECK(read("1/5/25") == "2025-01-05");
  CHECK(read("1/5/69") == "1969-01-05");
  CHECK(read("01-05-2025") == "2025-01-05");
  CHECK(read("20250105") == "2025-01-05");
  CHECK(read("202501051030") == "2025-01-05");    // HL7 date-time
  CHECK(read("20250105103000") == "2025-01-05");  // with seconds: 14 digits, no overflow
  CHECK(read("99999999999999") == "?");
  CHECK(read("123456789012345678901234") == "?");  // a long run of digits is no date
  CHECK(read("2025-01-05T10:30:00Z") == "2025-01-05");
  CHECK(read("2025-01-05T10:30:00.123+05:30") == "2025-01-05");
  CHECK(read("2025-01-05 10:30:00") == "2025-01-05");
  CHECK(read("01/05/2025 10:30 AM") == "2025-01-05");
  CHECK(read(" 2025-01-05 ") == "2025-01-05");
  CHECK(read("13/04/2025").starts_with("ambiguous: "));
  CHECK(read("13/04/2025").find("2025-04-13") != std::string::npos);
  CHECK(read("05.01.2025").starts_with("ambiguous: "));
  CHECK(read("02/30/2025") == "?");
  CHECK(read("2025-13-01") == "?");
  CHECK(read("2025-02") == "?");
  CHECK(read("yesterday") == "?");
  CHECK(read("01/05/2025 noon") == "?");
  CHECK(read("05.01.2025", "%d.%m.%Y") == "2025-01-05");
  CHECK(read("05 Jan 2025", "%d %b %Y") == "2025-01-05");
  CHECK(read("2025-01-05", "%d.%m.%Y") == "2025-01-05");  // ISO is always read
  CHECK(read("01/05/2025", "%d.%m.%Y") == "?");           // with a format, slashes are its
  std::string date = "3/4/2025";
  dxaudit::io::normalize_date(&date, "");
  CHECK(date == "2025-03-04");
  date = "13/04/2025";
  dxaudit::io::normalize_date(&date, "");
  CHECK(date == "13/04/2025");  // left as given: the analysis warns
}

TEST_CASE("codes in one string split at commas, semicolons, pipes and white space") {
  Codes codes;
  dxaudit::io::split_codes(" M54.50, M54.41;M5416 | S39.012A\tM51.26 ;; ", &codes);
  CHECK(codes == Codes{"M54.50", "M54.41", "M5416", "S39.012A", "M51.26"});
}

TEST_CASE("fhir: a Bundle document with HTML and RTF attachments, other resources passed over") {
  Read r = read_all(kFixtures + "bundle.json");
  REQUIRE(r.records.size() == 2);
  const InputRecord& html = r.records[0];
  REQUIRE_MESSAGE(html.ok, html.error_message);
  CHECK(html.note.note_id == "dr-html");
  CHECK(html.note.patient_id == "pt-1");
  CHECK(html.note.encounter_id == "enc-1");
  CHECK(html.note.encounter_date == "2025-01-05");
  CHECK(html.note.provider == "Dr. Ames");
  CHECK(html.note.codes == Codes{"M54.50"});
  CHECK(html.note.meta_json == R"({"text_converted_from":"text/html"})");
  CHECK(html.note.text ==
        "HPI:\nLow back pain for 3 weeks after lifting a heavy box. Pain radiates down the left "
        "leg.\nDenies bowel & bladder changes.\nAssessment:\nLumbar radiculopathy, left.");
  CHECK(html.where.line == 1);
  const InputRecord& rtf = r.records[1];
  REQUIRE_MESSAGE(rtf.ok, rtf.error_message);
  CHECK(rtf.note.note_id == "rep-rtf");
  CHECK(rtf.note.encounter_id == "enc-2");
  CHECK(rtf.note.encounter_date == "2025-02-10");
  CHECK(rtf.note.provider == "pr-9");
  CHECK(rtf.note.codes == Codes{"M54.50"});
  CHECK(rtf.note.meta_json == R"({"text_converted_from":"application/rtf"})");
  CHECK(rtf.note.text ==
        "HPI: Low back pain for 2 months.\nNegative straight leg raise bilaterally. Caf\xC3\xA9 "
        "worker.\nAssessment: Chronic low back pain \xE2\x80\x94 no radicular signs.");
}

TEST_CASE("fhir: NDJSON of Bundles (searchset, transaction), a resource, a Bundle of no notes") {
  Read r = read_all(kFixtures + "bundles.ndjson");
  REQUIRE(r.records.size() == 4);
  CHECK(r.records[0].ok);
  CHECK(r.records[0].note.note_id == "ss-1");
  CHECK(r.records[0].note.text == "Low back pain. Negative SLR on the right.");
  CHECK(r.records[0].where.line == 1);
  CHECK(r.records[1].ok);
  CHECK(r.records[1].note.note_id == "tx-1");
  CHECK(r.records[1].note.encounter_date == "2025-03-02");
  CHECK(r.records[1].note.text == "Low back pain.\nNo fever.");
  CHECK(r.records[1].where.line == 2);
  CHECK(r.records[2].ok);
  CHECK(r.records[2].note.note_id == "line-3");
  CHECK_FALSE(r.records[3].ok);
  CHECK(r.records[3].error_kind == ErrorKind::kNotDocumentReference);
  CHECK(r.records[3].error_message.find("1 Patient") != std::string::npos);
  CHECK(r.records[3].where.line == 4);
  // The same lines named .jsonl: told FHIR by their first record.
  TempDir dir;
  CHECK(read_all(dir.write("b.jsonl", read_file(kFixtures + "bundles.ndjson"))).records.size() ==
        4);
}

TEST_CASE("a line's keys and resourceType are read past a member as deep as a record may be") {
  using dxaudit::io::fhir_resource_type;
  const size_t max = dxaudit::io::kMaxJsonDepth;
  // The object is one level; its first member nests arrays to the deepest level a record
  // may have (json_too_deep lets it pass), or one level more.
  const std::string deepest = R"({"deep":)" + std::string(max - 1, '[') + std::string(max - 1, ']');
  const std::string deeper = R"({"deep":)" + std::string(max, '[') + std::string(max, ']');
  std::string unused;
  REQUIRE_FALSE(dxaudit::io::json_too_deep(deepest + "}", &unused));
  REQUIRE(dxaudit::io::json_too_deep(deeper + "}", &unused));
  CHECK(fhir_resource_type(deepest + R"(,"resourceType":"Bundle"})") == "Bundle");
  CHECK(fhir_resource_type(deeper + R"(,"resourceType":"Bundle"})").empty());
  CHECK(fhir_resource_type(R"({"a":{"b":{"c":[]}},"resourceType":"DocumentReference")") ==
        "DocumentReference");  // read no further than the value
  CHECK(fhir_resource_type(R"({"a":{"resourceType":"Bundle"},"b":1})").empty());
  CHECK(fhir_resource_type(R"({"resourceType":1,"x":"Bundle"})").empty());
  // A string inside an array or object given as the value is not the type.
  CHECK(fhir_resource_type(R"({"resourceType":["Bundle"]})").empty());
  CHECK(fhir_resource_type(R"({"resourceType":{"type":"Bundle"}})").empty());
  CHECK(fhir_resource_type(R"(["resourceType","Bundle"])").empty());
  CHECK(fhir_resource_type(R"("Bundle")").empty());

  // FHIR NDJSON: a Bundle whose type comes after such a member is read as a Bundle.
  TempDir dir;
  const std::string entry =
      R"(,"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":)"
      R"("DocumentReference","id":"d-1","content":[{"attachment":{"contentType":)"
      R"("text/plain","data":"QmFjayBwYWluLg=="}}]}}]})";
  Read bundle = read_all(dir.write("deep.ndjson", deepest + entry + "\n"));
  REQUIRE(bundle.records.size() == 1);
  CHECK(bundle.records[0].ok);
  CHECK(bundle.records[0].note.note_id == "d-1");
  CHECK(bundle.records[0].note.text == "Back pain.");
  Read too_deep = read_all(dir.write("deeper.ndjson", deeper + entry + "\n"));
  REQUIRE(too_deep.records.size() == 1);
  CHECK(too_deep.records[0].error_kind == ErrorKind::kTooDeep);

  // JSON Lines: the first record's keys, after the deepest member; one level more and the
  // line is no record to take keys from (it is a too_deep error record of its own).
  const std::string keys = dir.write("deep.jsonl", deepest + R"(,"narrative":"pain"})" + "\n");
  CHECK(open_error(keys).find(keys + ":1: the first record has no field for the note text: its "
                                     "keys are 'deep', 'narrative'") == 0);
  Read deeper_keys = read_all(dir.write("deeper.jsonl", deeper + R"(,"narrative":"pain"})" + "\n"));
  REQUIRE(deeper_keys.records.size() == 1);
  CHECK(deeper_keys.records[0].error_kind == ErrorKind::kTooDeep);
  // A first line that is an array or a scalar has no keys either: an error record.
  Read array = read_all(dir.write("array.jsonl", "[{\"note_id\":\"a\",\"text\":\"t\"}]\n"));
  REQUIRE(array.records.size() == 1);
  CHECK_FALSE(array.records[0].ok);
}

TEST_CASE("a JSON or CSV note's text written in HTML or RTF is read converted, and says so") {
  using dxaudit::io::Markup;
  using dxaudit::io::markup_of;
  CHECK(markup_of("<html><body><p>Low back pain.</p></body></html>") == Markup::kHtml);
  CHECK(markup_of("\xEF\xBB\xBF  <!DOCTYPE HTML><p>x") == Markup::kHtml);
  CHECK(markup_of("<P CLASS=a>Low back pain.") == Markup::kHtml);
  CHECK(markup_of("<div>x") == Markup::kHtml);
  CHECK(markup_of("Low back pain.<br>Denies fever.<BR/>Exam:") == Markup::kHtml);
  CHECK(markup_of("Low back pain.</p>x</div>") == Markup::kHtml);
  CHECK(markup_of("  {\\rtf1\\ansi Low back pain.\\par}") == Markup::kRtf);
  // Prose with '<' is plain: a pain below a grade, a tag-like word, one stray <br>.
  CHECK(markup_of("Pain <5/10, strength <4/5 and <pain> noted.") == Markup::kPlain);
  CHECK(markup_of("<pain> at night") == Markup::kPlain);
  CHECK(markup_of("One line.<br>Two lines.") == Markup::kPlain);
  CHECK(markup_of("") == Markup::kPlain);

  TempDir dir;
  const std::string jsonl = dir.write(
      "n.jsonl",
      "{\"note_id\":\"h\",\"text\":\"<p>Low back pain.</p><p>FAMILY HISTORY: mother, cancer.</p>\","
      "\"ward\":\"7\"}\n"
      "{\"note_id\":\"p\",\"text\":\"Pain <5/10.\"}\n");
  Read r = read_all(jsonl);
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].note.text == "Low back pain.\nFAMILY HISTORY: mother, cancer.");
  CHECK(r.records[0].note.meta_json == R"({"text_converted_from":"text/html","ward":"7"})");
  CHECK(r.records[1].note.text == "Pain <5/10.");
  CHECK(r.records[1].note.meta_json.empty());
  const std::string csv = dir.write(
      "n.csv",
      "note_id,text\nr,\"{\\rtf1{\\fonttbl x;}Low back pain.\\par Doesn\\'92t radiate.}\"\n");
  Read c = read_all(csv);
  REQUIRE(c.records.size() == 1);
  CHECK(c.records[0].note.text == "Low back pain.\nDoesn\xE2\x80\x99t radiate.");
  CHECK(c.records[0].note.meta_json == R"({"text_converted_from":"application/rtf"})");
  // Converted once: a second pass changes nothing.
  dxaudit::io::InputRecord again = c.records[0];
  dxaudit::io::complete_record(&again);
  CHECK(again.note.text == c.records[0].note.text);
  CHECK(again.note.meta_json == c.records[0].note.meta_json);
}

TEST_CASE("html and rtf to text: blocks, cells, pre, entities; RTF groups, \\u and \\'hh") {
  std::string text, error;
  REQUIRE(dxaudit::io::html_to_text(
      "<table><tr><th>Test</th><td>Result</td></tr><tr><td>SLR</td><td>negative</td></tr></table>"
      "<pre>a  b\n c</pre><ul><li>one</li><li>two&#x2014;three</li></ul>x<br><br><br>y",
      "", &text, &error));
  CHECK(text == "Test\tResult\nSLR\tnegative\na  b\n c\none\ntwo\xE2\x80\x94three\nx\n\ny");
  REQUIRE(dxaudit::io::html_to_text("<p>caf\xE9</p>", "iso-8859-1", &text, &error));
  CHECK(text == "caf\xC3\xA9");
  REQUIRE(dxaudit::io::rtf_to_text(
      R"({\rtf1{\*\bogus hidden}{\info{\title t}}A\tab B\line C\{\}\\ \u-3913?\'93q\'94})", &text,
      &error));
  CHECK(text == "A\tB\nC{}\\ \xEF\x82\xB7\xE2\x80\x9Cq\xE2\x80\x9D");
  CHECK_FALSE(dxaudit::io::rtf_to_text("plain text", &text, &error));
}

TEST_CASE("compression told by the first bytes, on any name; bzip2 and xz refused") {
  TempDir dir;
  const std::string jsonl = read_file(kFixtures + "note_text.jsonl");
  for (std::string name : {"export", "export.jsonl", "export.json.zst", "export.gz"}) {
    const std::string bytes = name.ends_with(".zst") || name == "export.jsonl"
                                  ? dxaudit::testing::zstd(jsonl)
                                  : dxaudit::testing::gzip(jsonl);
    Read r = read_all(dir.write(name, bytes));
    REQUIRE_MESSAGE(r.records.size() == 2, name);
    CHECK(r.records[0].ok);
    CHECK(r.records[0].note.note_id == "j-1");
  }
  const std::string csv = read_file(kFixtures + "semicolon.csv");
  CHECK(read_all(dir.write("notes.csv", dxaudit::testing::gzip(csv))).records.size() == 6);
  CHECK(open_error(dir.write("old.jsonl", "BZh91AY&SY...")).find("bzip2") != std::string::npos);
  // The advice fits whatever command reads the file (notes, claims, a review CSV): no
  // "dxaudit scan -".
  const std::string xz_magic = std::string(1, '\xFD') + "7zXZ" + std::string(1, '\0');
  const std::string xz = open_error(dir.write("old.csv", xz_magic + "..."));
  CHECK(xz.find("xz -dk FILE") != std::string::npos);
  CHECK(xz.find("dxaudit scan") == std::string::npos);
}

namespace {

// `utf8` encoded as UTF-16, little- or big-endian, with or without a byte order mark
// (written here rather than by iconv, so that the test needs nothing but itself).
std::string utf16(std::string_view utf8, bool big_endian, bool mark) {
  std::u32string cps;
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp;
    i += dxaudit::io::decode_utf8(utf8, i, &cp);
    cps.push_back(cp);
  }
  std::string out;
  auto unit = [&](char32_t u) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  };
  if (mark) unit(0xFEFF);
  for (char32_t cp : cps) {
    if (cp < 0x10000) {
      unit(cp);
    } else {
      unit(0xD800 + ((cp - 0x10000) >> 10));
      unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
    }
  }
  return out;
}

std::string read_stream(const std::string& path) {
  std::string error;
  std::unique_ptr<dxaudit::io::ByteStream> s = dxaudit::io::open_byte_stream(path, &error);
  REQUIRE_MESSAGE(s, error);
  std::string out;
  char chunk[7];  // odd and small: units and surrogate pairs split between reads
  for (size_t n; (n = s->read(chunk, sizeof chunk)) > 0;) out.append(chunk, n);
  return out;
}

}  // namespace

TEST_CASE("UTF-16 text (a Windows 'Unicode' export) is read converted to UTF-8, and said so") {
  TempDir dir;
  const std::string text = "Low back pain, caf\xC3\xA9 \xF0\x9F\x98\x80, left L5 numbness.";
  for (bool big_endian : {false, true})
    for (bool mark : {true, false}) {
      CAPTURE(big_endian);
      CAPTURE(mark);
      const std::string path = dir.write("t.txt", utf16(text, big_endian, mark));
      CHECK(read_stream(path) == text);
      std::string error;
      auto s = dxaudit::io::open_byte_stream(path, &error);
      CHECK(s->converted_from() == (big_endian ? "UTF-16BE" : "UTF-16LE"));
    }
  // Compressed UTF-16 too; a surrogate without its pair and a last odd byte become U+FFFD.
  CHECK(read_stream(dir.write("t.gz", dxaudit::testing::gzip(utf16(text, false, true)))) == text);
  const std::string broken = utf16("ab", false, true) + std::string("\x00\xD8", 2) + "c";
  CHECK(read_stream(dir.write("b.txt", broken)) == "ab\xEF\xBF\xBD\xEF\xBF\xBD");
  // UTF-8, and text that merely starts with a zero byte or two, are read as they are.
  CHECK(read_stream(dir.write("u8.txt", text)) == text);
  const std::string zeros("\0\0abc", 5);
  CHECK(read_stream(dir.write("z.bin", zeros)) == zeros);
  std::string error;
  CHECK(
      dxaudit::io::open_byte_stream(dir.write("u8b.txt", text), &error)->converted_from().empty());

  // Every record of a converted CSV (Excel's "Unicode Text": tab-separated UTF-16LE) or a
  // .txt note says its offsets are into the converted text.
  const std::string tsv = "note_id\ttext\r\nn1\tLow back pain.\r\nn2\tLeft leg pain.\r\n";
  Read r = read_all(dir.write("export.txt.tsv", utf16(tsv, false, true)));
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[1].note.text == "Left leg pain.");
  const std::string said =
      "the input is UTF-16LE: its text was read converted to UTF-8, and this record's offsets "
      "are into the converted text";
  for (const InputRecord& rec : r.records) CHECK(rec.note.warnings == std::vector{said});
  dir.write("notes/a.txt", utf16("Sciatica.", true, true));
  dir.write("notes/b.txt", "Sciatica.");
  Read folder = read_all((dir / "notes").string());
  REQUIRE(folder.records.size() == 2);
  CHECK(folder.records[0].note.text == "Sciatica.");
  CHECK(folder.records[0].note.warnings ==
        std::vector<std::string>{"the input is UTF-16BE: its text was read converted to UTF-8, "
                                 "and this record's offsets are into the converted text"});
  CHECK(folder.records[1].note.warnings.empty());
}

TEST_CASE("claims: read as notes are, a semicolon CSV, gzip-compressed, codes listed in a cell") {
  TempDir dir;
  const std::string path =
      dir.write("claims.csv", dxaudit::testing::gzip(read_file(kFixtures + "claims.csv")));
  dxaudit::io::ClaimsIndex claims;
  dxaudit::io::ClaimsIndex::LoadOutcome o = claims.load(path);
  REQUIRE_MESSAGE(o.ok, o.error);
  CHECK(claims.codes_for("", "enc-77") == Codes{"M54.16", "M54.41", "M51.26"});
  CHECK(claims.codes_for("c-1", "") == Codes{});  // "Claim ID" is not a note id
  dxaudit::io::ClaimsIndex bad;
  // The rows no note asked for: a row counts as joined when either of its ids was asked.
  dxaudit::io::ClaimsIndex keyed;
  REQUIRE(keyed
              .parse("note_id,encounter_id,code\nn1,e1,M54.50\nn2,e2,M54.16\n,e3,M51.26\n"
                     "n4,,\nn5,,M54.41\n",
                     "k.csv")
              .ok);
  CHECK(keyed.unmatched().rows == 4);  // the row without a code is no claim
  CHECK(keyed.codes_for("n1", "") == Codes{"M54.50"});
  CHECK(keyed.codes_for("x", "e2") == Codes{"M54.16"});
  const dxaudit::io::ClaimsIndex::Unmatched left = keyed.unmatched();
  CHECK(left.rows == 2);
  CHECK(left.first_line == 4);
  CHECK(left.first_key == "e3");
  CHECK(keyed.codes_for("n9", "e9") == Codes{});  // ids in no row change nothing
  CHECK(keyed.unmatched().rows == 2);
  o = bad.parse("Claim;Amount\nx;1\n", "c.csv");
  CHECK_FALSE(o.ok);
  CHECK(o.error.find("c.csv:1: the header must name a code column") == 0);
  CHECK(o.error.find("'Claim', 'Amount'") != std::string::npos);
}
