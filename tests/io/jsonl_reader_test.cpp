// parse_note_json and JsonlReader (io/jsonl_reader.h, io/note.h, docs/output-schema.md).
#include <doctest/doctest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/jsonl_reader.h"

using dxaudit::io::InputRecord;
using dxaudit::io::JsonlReader;
using dxaudit::io::parse_note_json;

namespace {

InputRecord parse(std::string_view line) {
  InputRecord r;
  parse_note_json(line, &r);
  return r;
}

// Reads every record of `content` through a FILE* over memory.
std::vector<InputRecord> read_all(const std::string& content, bool* failed = nullptr) {
  std::vector<InputRecord> out;
  // fmemopen refuses a zero-size buffer; an empty input is one NUL byte never read.
  std::string buffer = content.empty() ? std::string(1, '\0') : content;
  std::FILE* f = fmemopen(buffer.data(), content.empty() ? 1 : content.size(), "r");
  REQUIRE(f != nullptr);
  if (content.empty()) std::fgetc(f);
  {
    JsonlReader reader(f, "mem.jsonl");
    InputRecord r;
    while (reader.next(&r)) out.push_back(r);
    if (failed != nullptr) *failed = reader.failed();
  }
  std::fclose(f);
  return out;
}

}  // namespace

TEST_CASE("parse_note_json: a record with every field") {
  InputRecord r = parse(
      R"({"note_id":"n-001","text":"Low back pain.","patient_id":"p-1","encounter_id":"e-77",)"
      R"("encounter_date":"2025-03-04","provider":"dr-a","codes":["M54.50","m5442"]})");
  REQUIRE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kNone);
  CHECK(r.note.note_id == "n-001");
  CHECK(r.note.text == "Low back pain.");
  CHECK(r.note.patient_id == "p-1");
  CHECK(r.note.encounter_id == "e-77");
  CHECK(r.note.encounter_date == "2025-03-04");
  CHECK(r.note.provider == "dr-a");
  CHECK(r.note.codes == std::vector<std::string>{"M54.50", "m5442"});  // as written
  CHECK(r.note.meta_json.empty());
  CHECK(r.note.warnings.empty());
}

TEST_CASE("parse_note_json: escapes in the text are decoded") {
  InputRecord r = parse(R"({"note_id":"a","text":"line 1\nCaf\u00e9 \"q\""})");
  REQUIRE(r.ok);
  CHECK(r.note.text == "line 1\nCaf\xC3\xA9 \"q\"");
}

TEST_CASE("parse_note_json: unknown fields are kept in meta_json") {
  InputRecord r = parse(
      R"({"note_id":"a","text":"t","site":"clinic-3","score":7,"tags":["x"],"extra":{"k":null}})");
  REQUIRE(r.ok);
  REQUIRE_FALSE(r.note.meta_json.empty());
  auto meta = nlohmann::json::parse(r.note.meta_json);
  CHECK(meta ==
        nlohmann::json::parse(R"({"site":"clinic-3","score":7,"tags":["x"],"extra":{"k":null}})"));
  CHECK_FALSE(meta.contains("note_id"));
  CHECK_FALSE(meta.contains("text"));
}

TEST_CASE("parse_note_json: integer ids are read as strings; null means absent") {
  InputRecord r = parse(R"({"note_id":17,"text":"t","patient_id":4,"provider":null})");
  REQUIRE(r.ok);
  CHECK(r.note.note_id == "17");
  CHECK(r.note.patient_id == "4");
  CHECK(r.note.provider.empty());
  // An empty text is a note (with nothing in it).
  r = parse(R"({"note_id":"e","text":""})");
  CHECK(r.ok);
  CHECK(r.note.text.empty());
}

TEST_CASE("parse_note_json: codes as one string, split at separators") {
  InputRecord r = parse(R"({"note_id":"a","text":"t","codes":"M54.50; M54.5;;  ;m5442"})");
  REQUIRE(r.ok);
  // Empty items are skipped; items are kept as written, without the separators around them.
  REQUIRE(r.note.codes.size() == 3);
  CHECK(r.note.codes[0] == "M54.50");
  CHECK(r.note.codes[1] == "M54.5");
  CHECK(r.note.codes[2] == "m5442");
  r = parse(R"({"note_id":"a","text":"t","codes":[]})");
  CHECK(r.ok);
  CHECK(r.note.codes.empty());
}

TEST_CASE("parse_note_json: missing required fields") {
  InputRecord r = parse(R"({"text":"t"})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kMissingField);
  CHECK(r.error_message == "the record has no 'note_id'");
  CHECK(r.note.note_id.empty());

  r = parse(R"({"note_id":null,"text":"t"})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kMissingField);
  r = parse(R"({"note_id":"","text":"t"})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kMissingField);

  r = parse(R"({"note_id":"n-3"})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kMissingField);
  CHECK(r.error_message == "the record has no 'text'");
  CHECK(r.note.note_id == "n-3");  // the id is kept for the error record

  r = parse(R"({"note_id":"n-3","text":null})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kMissingField);
}

TEST_CASE("parse_note_json: fields of the wrong type") {
  InputRecord r = parse(R"({"note_id":"a","text":42})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kBadField);
  CHECK(r.error_message == "field 'text' must be a string, not number");

  r = parse(R"({"note_id":["a"],"text":"t"})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kBadField);

  r = parse(R"({"note_id":1.5,"text":"t"})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kBadField);

  r = parse(R"({"note_id":"a","text":"t","encounter_date":true})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kBadField);

  r = parse(R"({"note_id":"a","text":"t","codes":42})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kBadField);
  r = parse(R"({"note_id":"a","text":"t","codes":{"a":"M54.50"}})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kBadField);
  r = parse(R"({"note_id":"a","text":"t","codes":["M54.50",5]})");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kBadField);
  CHECK(r.error_message == "'codes' must hold strings, not number");
}

TEST_CASE("parse_note_json: a line that is not an object, and malformed JSON") {
  InputRecord r = parse(R"(["note_id","text"])");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kNotAnObject);
  CHECK(r.error_message == "a record must be a JSON object, not array");
  r = parse("42");
  CHECK_FALSE(r.ok);
  CHECK(r.error_kind == dxaudit::io::ErrorKind::kNotAnObject);

  for (const char* bad : {"no", R"({"note_id":"a","text":"t")", R"({"note_id":"a",})",
                          R"({"note_id":"a","text":"t"} trailing)", R"({"text":"\ud800"})"}) {
    INFO(bad);
    r = parse(bad);
    CHECK_FALSE(r.ok);
    CHECK(r.error_kind == dxaudit::io::ErrorKind::kMalformedJson);
    CHECK_FALSE(r.error_message.empty());
    CHECK(r.error_message.find("[json.exception") == std::string::npos);
  }
}

TEST_CASE("parse_note_json: invalid UTF-8 in a line is repaired with a warning") {
  // Each invalid byte becomes one ASCII byte, so offsets still count the bytes as received:
  // the byte read as Windows-1252, a letter without its accent, else a space.
  const std::string line = "{\"note_id\":\"u\",\"text\":\"pain \xFF in \xC3 leg\"}";
  InputRecord r = parse(line);
  REQUIRE(r.ok);
  CHECK(r.note.text == "pain y in A leg");
  CHECK(r.note.text.size() == std::string("pain \xFF in \xC3 leg").size());
  REQUIRE(r.note.warnings.size() == 1);
  CHECK(r.note.warnings[0].find("invalid UTF-8") != std::string::npos);
  // Invalid bytes in an unknown field are repaired the same way.
  r = parse("{\"note_id\":\"u\",\"text\":\"t\",\"site\":\"\x80\"}");
  REQUIRE(r.ok);
  CHECK(nlohmann::json::parse(r.note.meta_json)["site"] == " ");
  CHECK(r.note.warnings.size() == 1);
  // A Windows-1252 apostrophe or dash is its ASCII form: "doesn't" stays one word. Its
  // quote marks are '\'' (a '"' would end the string).
  r = parse("{\"note_id\":\"u\",\"text\":\"doesn\x92t \x93so\x94 \x96 ok\"}");
  REQUIRE(r.ok);
  CHECK(r.note.text == "doesn't 'so' - ok");
  // Never '?', which reads as a question: a plus-minus sign, a no-break space and a degree
  // sign are spaces, accented letters their letter ("M\xFCller", "caf\xE9").
  r = parse(
      "{\"note_id\":\"u\",\"text\":\"numbness \xB1 tingling\xA0left foot 90\xB0, "
      "Dr M\xFCller, caf\xE9\"}");
  REQUIRE(r.ok);
  CHECK(r.note.text == "numbness   tingling left foot 90 , Dr Muller, cafe");
  // Valid UTF-8 gives no warning.
  r = parse("{\"note_id\":\"u\",\"text\":\"caf\xC3\xA9\"}");
  REQUIRE(r.ok);
  CHECK(r.note.warnings.empty());
}

TEST_CASE("JsonlReader: blank lines are skipped but counted, CRLF is accepted") {
  const std::string input =
      "\n"
      "{\"note_id\":\"a\",\"text\":\"one\"}\r\n"
      "   \n"
      "\t\r\n"
      "{\"note_id\":\"b\",\"text\":\"two\\r\\n\"}\n"
      "not json\n"
      "{\"note_id\":\"c\",\"text\":\"three\"}";  // no newline at the end
  bool failed = true;
  auto records = read_all(input, &failed);
  CHECK_FALSE(failed);
  REQUIRE(records.size() == 4);
  CHECK(records[0].ok);
  CHECK(records[0].note.note_id == "a");
  CHECK(records[0].note.text == "one");
  CHECK(records[0].where.file == "mem.jsonl");
  CHECK(records[0].where.line == 2);
  CHECK(records[1].note.note_id == "b");
  CHECK(records[1].note.text == "two\r\n");  // escaped CRLF inside the text is kept
  CHECK(records[1].where.line == 5);
  CHECK_FALSE(records[2].ok);
  CHECK(records[2].error_kind == dxaudit::io::ErrorKind::kMalformedJson);
  CHECK(records[2].where.line == 6);
  CHECK(records[3].note.note_id == "c");
  CHECK(records[3].where.line == 7);
}

TEST_CASE("JsonlReader: records do not leak fields into the next one") {
  auto records = read_all(
      "{\"note_id\":\"a\",\"text\":\"x\",\"codes\":[\"M54.50\"],\"site\":1}\n"
      "{\"note_id\":\"b\",\"text\":\"y\"}\n");
  REQUIRE(records.size() == 2);
  CHECK(records[1].note.codes.empty());
  CHECK(records[1].note.meta_json.empty());
  CHECK(records[1].note.warnings.empty());
}

TEST_CASE("JsonlReader: an empty input has no records") {
  bool failed = true;
  CHECK(read_all("", &failed).empty());
  CHECK_FALSE(failed);
  CHECK(read_all("\n\n  \n").empty());
}

TEST_CASE("JsonlReader: a very long line is read whole") {
  std::string text(5 * 1024 * 1024, 'a');
  for (size_t i = 0; i < text.size(); i += 100) text[i] = ' ';
  text += " sciatica";
  std::string input = "{\"note_id\":\"short\",\"text\":\"x\"}\n{\"note_id\":\"long\",\"text\":\"" +
                      text + "\"}\n{\"note_id\":\"after\",\"text\":\"y\"}\n";
  auto records = read_all(input);
  REQUIRE(records.size() == 3);
  REQUIRE(records[1].ok);
  CHECK(records[1].note.note_id == "long");
  CHECK(records[1].note.text.size() == text.size());
  CHECK(records[1].note.text == text);
  CHECK(records[1].where.line == 2);
  CHECK(records[2].note.note_id == "after");
  CHECK(records[2].note.text == "y");
  CHECK(records[2].where.line == 3);
}

TEST_CASE("json_too_deep: 1000 levels pass, 1001 do not; brackets in strings do not count") {
  using dxaudit::io::json_too_deep;
  std::string error;
  const size_t max = dxaudit::io::kMaxJsonDepth;
  CHECK_FALSE(json_too_deep(std::string(max, '[') + std::string(max, ']'), &error));
  CHECK(json_too_deep(std::string(max + 1, '['), &error));
  CHECK(error ==
        "arrays and objects are nested more than 1000 levels deep (at byte 1001 of the "
        "line)");
  // Inside strings, with escaped quotes and backslashes around them.
  const std::string brackets(2 * max, '[');
  CHECK_FALSE(json_too_deep(R"({"text":")" + brackets + R"("})", &error));
  CHECK_FALSE(json_too_deep(R"({"text":"a \" )" + brackets + R"( \\\" b"})", &error));
  CHECK_FALSE(json_too_deep(R"({"t":"\\"})", &error));
  // After a string that ends in an escaped backslash, brackets count again.
  CHECK(json_too_deep(R"({"t":"\\",)" + brackets, &error));
  // An unterminated string is for the parser to report.
  CHECK_FALSE(json_too_deep(R"({"t":"[[[)", &error));
}
