// The fast path of parse_note_json (io/json_fast_path.h) against the nlohmann reader it
// stands in for (parse_note_json_reference): the same record, field for field, for
// hand-written edge cases, a few thousand generated and mutated lines, and every line of
// the shipped corpora and of MTSamples. The fast path must also really be taken, or a fast
// path that always falls back would pass.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "io/json_fast_path.h"
#include "io/jsonl_reader.h"
#include "io/utf8.h"
#include "test_support.h"

using dxaudit::io::InputRecord;
using dxaudit::io::parse_note_json;
using dxaudit::io::parse_note_json_reference;
using dxaudit::io::try_parse_note_json_fast;

namespace {

// `s` quoted for messages: a backslash doubled, every byte outside printable ASCII as \xHH.
std::string printable(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\\') {
      out += "\\\\";
    } else if (c >= 0x20 && c < 0x7F) {
      out.push_back(ch);
    } else {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out + "\"";
}

std::string printable(const std::vector<std::string>& list) {
  std::string out = "[";
  for (const std::string& s : list) out += (out.size() > 1 ? ", " : "") + printable(s);
  return out + "]";
}

// Every field of the two records that differs, one line each; empty when they are the same.
std::string record_difference(const InputRecord& got, const InputRecord& want) {
  std::ostringstream diff;
  auto field = [&](const char* name, const auto& a, const auto& b) {
    if (a != b)
      diff << "  " << name << ": " << printable(a) << "\n    want " << printable(b) << "\n";
  };
  field("where.file", got.where.file, want.where.file);
  if (got.where.line != want.where.line)
    diff << "  where.line: " << got.where.line << ", want " << want.where.line << "\n";
  if (got.ok != want.ok) diff << "  ok: " << got.ok << ", want " << want.ok << "\n";
  field("error_kind", std::string(dxaudit::io::kErrorKindNames.name(got.error_kind)),
        std::string(dxaudit::io::kErrorKindNames.name(want.error_kind)));
  field("error_message", got.error_message, want.error_message);
  field("note_id", got.note.note_id, want.note.note_id);
  field("text", got.note.text, want.note.text);
  field("patient_id", got.note.patient_id, want.note.patient_id);
  field("encounter_id", got.note.encounter_id, want.note.encounter_id);
  field("encounter_date", got.note.encounter_date, want.note.encounter_date);
  field("provider", got.note.provider, want.note.provider);
  field("codes", got.note.codes, want.note.codes);
  field("claim_codes", got.note.claim_codes, want.note.claim_codes);
  field("meta_json", got.note.meta_json, want.note.meta_json);
  field("warnings", got.note.warnings, want.note.warnings);
  return diff.str();
}

struct Tally {
  size_t lines = 0;
  size_t ok = 0;    // records the reference reads as notes
  size_t fast = 0;  // lines the fast path took
};

// Checks that parse_note_json gives the reference's record for `line`, and, for valid
// UTF-8 (the fast path's precondition), that the fast path on its own either gives that
// record or declines and leaves a fresh record fresh. Returns whether the fast path took it.
bool check_line(std::string_view line, Tally* tally) {
  InputRecord want;
  parse_note_json_reference(line, &want);
  InputRecord got;
  parse_note_json(line, &got);
  std::string diff;
  if (std::string d = record_difference(got, want); !d.empty())
    diff += " parse_note_json differs from the reference:\n" + d;
  bool fast = false;
  if (dxaudit::io::is_valid_utf8(line)) {
    InputRecord alone;
    fast = try_parse_note_json_fast(line, &alone);
    if (std::string d = record_difference(alone, fast ? want : InputRecord{}); !d.empty()) {
      diff += fast ? " try_parse_note_json_fast took it and differs from the reference:\n"
                   : " try_parse_note_json_fast declined it but changed the record:\n";
      diff += d;
    }
  }
  if (!diff.empty()) {
    const std::string message = "line " + printable(line) + "\n" + diff;
    FAIL_CHECK(message);
  }
  ++tally->lines;
  if (want.ok) ++tally->ok;
  if (fast) ++tally->fast;
  return fast;
}

struct Case {
  std::string line;
  bool fast;  // the fast path must take it (true) or leave it to nlohmann (false)
};

// Each case on its own, and the path it must take.
void check_cases(const std::vector<Case>& cases) {
  Tally tally;
  for (const Case& c : cases) {
    INFO("line: " << printable(c.line));
    CHECK(check_line(c.line, &tally) == c.fast);
  }
}

// A pseudo-random number generator with the same sequence on every platform (the standard
// distributions are not specified exactly, so only the raw engine is used).
class Random {
 public:
  explicit Random(uint32_t seed) : engine_(seed) {}
  size_t below(size_t n) { return engine_() % n; }
  bool chance(size_t percent) { return below(100) < percent; }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::mt19937 engine_;
};

// Pieces of string content: plain runs, every escape, surrogate pairs, raw UTF-8, DEL...
const std::vector<std::string> kStringPieces = {"low back pain",
                                                "M54.50",
                                                " ",
                                                "a",
                                                "",
                                                "/",
                                                "Caf\xC3\xA9",
                                                "\xE6\x97\xA5\xE6\x9C\xAC",
                                                "\xF0\x9F\x98\x80",
                                                "\x7F",
                                                R"(\")",
                                                R"(\\)",
                                                R"(\/)",
                                                R"(\b)",
                                                R"(\f)",
                                                R"(\n)",
                                                R"(\r)",
                                                R"(\t)",
                                                R"(\u0000)",
                                                R"(\u001f)",
                                                R"(\u001F)",
                                                R"(\u0041)",
                                                R"(\u00e9)",
                                                R"(\u00E9)",
                                                R"(\u20ac)",
                                                R"(\u2028)",
                                                R"(\uD83D\uDE00)",
                                                R"(\ud83d\ude00)",
                                                R"(\uDBFF\uDFFF)",
                                                "{[,:]}",
                                                "12",
                                                "null",
                                                ";"};
// ... and, now and then, what no JSON string may hold: lone surrogates, bad escapes, raw
// control bytes.
const std::vector<std::string> kBrokenPieces = {
    R"(\uD800)", R"(\uDC00)", R"(\uD800\u0041)", R"(\u12)", R"(\x)", "\x01", "\t", "\x1F"};

std::string random_string(Random& random) {
  std::string s = "\"";
  const size_t pieces = random.below(5);
  for (size_t i = 0; i < pieces; ++i)
    s += random.chance(3) ? random.pick(kBrokenPieces) : random.pick(kStringPieces);
  return s + "\"";
}

const std::vector<std::string> kWhitespace = {"", "", "", " ", "\t", "\r\n", "  ", "\n"};

std::string random_value(Random& random, int depth) {
  const size_t roll = random.below(100);
  if (roll < 50) return random_string(random);
  if (roll < 60) return "null";
  if (roll < 68) return random.chance(50) ? "true" : "false";
  if (roll < 75) {
    return random.pick(std::vector<std::string>{"0", "17", "-3", "1.5", "1e5", "-0", "01",
                                                "18446744073709551616", "1E+2", "-"});
  }
  if (roll < 90) {
    // Mostly arrays of strings, the shape of `codes`.
    std::string array = "[" + random.pick(kWhitespace);
    const size_t items = random.below(4);
    for (size_t i = 0; i < items; ++i) {
      if (i > 0) array += random.pick(kWhitespace) + "," + random.pick(kWhitespace);
      array += random.chance(85) ? random_string(random) : random_value(random, depth + 1);
    }
    return array + random.pick(kWhitespace) + "]";
  }
  if (roll < 93 || depth > 0)
    return random.pick(std::vector<std::string>{"nul", "True", "nulll", "fals", "[", "]"});
  std::string object = "{";
  const size_t members = random.below(3);
  for (size_t i = 0; i < members; ++i) {
    if (i > 0) object += ",";
    object += random_string(random) + ":" + random_value(random, depth + 1);
  }
  return object + "}";
}

const std::vector<std::string> kKeys = {"note_id",
                                        "text",
                                        "patient_id",
                                        "encounter_id",
                                        "encounter_date",
                                        "provider",
                                        "codes",
                                        "site",
                                        "a",
                                        "B",
                                        "",
                                        "\xC3\xA9",
                                        "z z",
                                        R"(a\"b)",
                                        R"(\u0041)",
                                        R"(note\u005fid)",
                                        "~",
                                        "Text"};

// A record from the grammar of the fast path's input (plus what it leaves alone); a
// note_id and a text most of the time, so that many lines are notes.
std::string random_record(Random& random) {
  std::vector<std::string> members;
  if (random.chance(90)) members.push_back("note_id");
  if (random.chance(90)) members.push_back("text");
  const size_t more = random.below(5);
  for (size_t i = 0; i < more; ++i) members.push_back(random.pick(kKeys));
  std::shuffle(members.begin(), members.end(),
               std::mt19937(static_cast<uint32_t>(random.below(1000))));
  std::string line = random.pick(kWhitespace) + "{";
  for (size_t i = 0; i < members.size(); ++i) {
    if (i > 0) line += random.pick(kWhitespace) + ",";
    line += random.pick(kWhitespace) + "\"" + members[i] + "\"" + random.pick(kWhitespace) + ":" +
            random.pick(kWhitespace);
    const bool id_or_text = members[i] == "note_id" || members[i] == "text";
    line += id_or_text && random.chance(85) ? random_string(random) : random_value(random, 0);
  }
  line += random.pick(kWhitespace) + "}" + random.pick(kWhitespace);
  return line;
}

// A few random byte edits: deletions, insertions and replacements with bytes that matter
// to a JSON parser or to UTF-8, and cuts.
void mutate(Random& random, std::string* line) {
  static const std::string kBytes = "\"\\,:{}[]u0 \t\x01\x7F\xFF\xC3\xA9\xED\xA0";
  const size_t edits = 1 + random.below(3);
  for (size_t i = 0; i < edits && !line->empty(); ++i) {
    const size_t at = random.below(line->size());
    const char byte = random.chance(80) ? kBytes[random.below(kBytes.size())]
                                        : static_cast<char>(random.below(256));
    switch (random.below(4)) {
      case 0:
        line->erase(at, 1);
        break;
      case 1:
        line->insert(at, 1, byte);
        break;
      case 2:
        (*line)[at] = byte;
        break;
      default:
        line->resize(at);
    }
  }
}

std::vector<std::string> read_lines(const std::filesystem::path& path) {
  std::vector<std::string> lines;
  std::ifstream in(path, std::ios::binary);
  for (std::string line; std::getline(in, line);) {
    // As JsonlReader hands them over: no '\r' at the end, blank lines skipped.
    while (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) lines.push_back(line);
  }
  return lines;
}

}  // namespace

TEST_CASE("fast path: records it takes, read as nlohmann reads them") {
  check_cases({
      {R"({"note_id":"a","text":"t"})", true},
      {R"({"text":"t","note_id":"a"})", true},
      {R"({"note_id":"a","text":""})", true},
      {R"({"note_id":"n-001","text":"Low back pain.","patient_id":"p-1","encounter_id":"e-77",)"
       R"("encounter_date":"2025-03-04","provider":"dr-a","codes":["M54.50","m5442"]})",
       true},
      {R"({"note_id":"a","text":"t","patient_id":null,"encounter_id":null,)"
       R"("encounter_date":null,"provider":null,"codes":null})",
       true},
      // Every escape, in the text and in a known field.
      {R"({"note_id":"\"\\\/\b\f\n\r\t","text":"\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u00E9 )"
       R"(\u20AC \u2028 \uD83D\uDE00 \ud83d\ude00 \uDBFF\uDFFF \u0000 \u001f \u007f"})",
       true},
      // ... and in unknown fields, which go through nlohmann's dump: \b and \f stay short,
      // other control characters become \u00xx in lower case, '/' and DEL are not escaped.
      {R"({"note_id":"a","text":"t","m":"\" \\ \/ \b \f \n \r \t \u0001 \u001F \u007f )"
       R"(\u00e9 \uD83D\uDE00 \u0000 / \u002F"})",
       true},
      {R"({"note_id":"a","text":"t","m":"\u0022\u005c\u0008\u000C\u000a\u000D\u0009\u000b"})",
       true},
      // Raw UTF-8 and DEL, as they are.
      {"{\"note_id\":\"a\",\"text\":\"Caf\xC3\xA9 \xF0\x9F\x98\x80 "
       "\x7F\",\"m\":\"\xE6\x97\xA5\x7F\"}",
       true},
      // Whitespace everywhere JSON allows it.
      {" \t{ \"note_id\" : \"a\" ,\r\n\"text\"\t:\"t\" , \"codes\" : [ \"x\" , \"y\" ] ,"
       " \"m\" :\nnull } \r\n\t ",
       true},
      {"\n\r{\"note_id\":\"a\",\"text\":\"t\"}\n", true},
      // codes: empty arrays, a ';'-separated string, empty strings in an array.
      {R"({"note_id":"a","text":"t","codes":[]})", true},
      {R"({"note_id":"a","text":"t","codes":[ ]})", true},
      {R"({"note_id":"a","text":"t","codes":["",""]})", true},
      {R"({"note_id":"a","text":"t","codes":"M54.50; M54.5;;  ;m5442"})", true},
      {R"({"note_id":"a","text":"t","codes":"A\u003bB"})", true},
      {R"({"note_id":"a","text":"t","codes":""})", true},
      // Unknown fields of every type the fast path takes, in byte order in meta_json.
      {R"({"z":"1","note_id":"a","b":null,"text":"t","a":true,"B":false,"":"empty",)"
       "\"\xC3\xA9\":\"x\",\"~\":\"\",\"a b\":\"s\",\"Text\":\"T\",\"note_id \":\"n\"}",
       true},
      {R"({"note_id":"a","text":"t","site":"clinic-3"})", true},
  });
}

TEST_CASE("fast path: records it leaves to nlohmann, read the same") {
  check_cases({
      // Errors of every kind: the reader's wording comes from the reader.
      {"", false},
      {" ", false},
      {"{}", false},
      {"{ }", false},
      {"[]", false},
      {"42", false},
      {R"("a string")", false},
      {"null", false},
      {R"({"text":"t"})", false},
      {R"({"note_id":"","text":"t"})", false},
      {R"({"note_id":null,"text":"t"})", false},
      {R"({"note_id":true,"text":"t"})", false},
      {R"({"note_id":"a"})", false},
      {R"({"note_id":"a","text":null})", false},
      {R"({"note_id":"a","text":42})", false},
      {R"({"note_id":"a","text":true})", false},
      {R"({"note_id":"a","text":false})", false},
      {R"({"note_id":"a","text":["t"]})", false},
      {R"({"note_id":"a","text":{"t":"u"}})", false},
      {R"({"note_id":"a","text":"t","provider":true})", false},
      {R"({"note_id":"a","text":"t","encounter_date":false})", false},
      {R"({"note_id":"a","text":"t","codes":42})", false},
      {R"({"note_id":"a","text":"t","codes":true})", false},
      {R"({"note_id":"a","text":"t","codes":{"a":"M54.50"}})", false},
      {R"({"note_id":"a","text":"t","codes":["M54.50",5]})", false},
      {R"({"note_id":"a","text":"t","codes":["M54.50",null]})", false},
      {R"({"note_id":"a","text":"t","codes":[["M54.50"]]})", false},
      {R"({"note_id":"a","text":"t","codes":["a",]})", false},
      {R"({"note_id":"a","text":"t","codes":[,"a"]})", false},
      {R"({"note_id":"a","text":"t","codes":["a" "b"]})", false},
      {R"({"note_id":"a","text":"t","codes":["a")", false},
      // Numbers anywhere: ids as numbers are dumped by nlohmann.
      {R"({"note_id":17,"text":"t","patient_id":4})", false},
      {R"({"note_id":"a","text":"t","patient_id":-4})", false},
      {R"({"note_id":1.5,"text":"t"})", false},
      {R"({"note_id":"a","text":"t","score":7})", false},
      {R"({"note_id":"a","text":"t","score":1e5})", false},
      {R"({"note_id":"a","text":"t","score":-0.0})", false},
      // Nested unknown fields.
      {R"({"note_id":"a","text":"t","tags":["x"]})", false},
      {R"({"note_id":"a","text":"t","tags":[]})", false},
      {R"({"note_id":"a","text":"t","extra":{"k":null}})", false},
      {R"({"note_id":"a","text":"t","extra":{}})", false},
      // Duplicate keys, known and unknown.
      {R"({"note_id":"a","note_id":"b","text":"t"})", false},
      {R"({"note_id":"a","text":"t","text":"u"})", false},
      {R"({"note_id":"a","text":"t","codes":["x"],"codes":["y"]})", false},
      {R"({"note_id":"a","text":"t","m":"1","n":null,"m":"2"})", false},
      {R"({"note_id":"a","text":"t","provider":null,"provider":"p"})", false},
      // Keys with escapes, even when they decode to a known key.
      {R"({"note_id":"a","text":"t","a\"b":"x"})", false},
      {R"({"note_id":"a","text":"t","a\\b":"x"})", false},
      {R"({"note_id":"a","text":"t","\u0041":"x"})", false},
      {R"({"note\u005fid":"a","text":"t"})", false},
      {R"({"note_id":"a","text":"t","tab\tkey":"x"})", false},
      // Raw control bytes in strings, and bad escapes.
      {"{\"note_id\":\"a\",\"text\":\"a\tb\"}", false},
      {"{\"note_id\":\"a\",\"text\":\"t\",\"k\x01\":\"x\"}", false},
      {"{\"note_id\":\"a\",\"text\":\"t\",\"m\":\"\x1F\"}", false},
      {std::string(R"({"note_id":"a","text":"a)") + '\0' + R"(b"})", false},
      {R"({"note_id":"a","text":"\x41"})", false},
      {R"({"note_id":"a","text":"\U0041"})", false},
      {R"({"note_id":"a","text":"\u00G1"})", false},
      {R"({"note_id":"a","text":"\u12"})", false},
      {R"({"note_id":"a","text":"\u12"}")", false},
      {R"({"note_id":"a","text":"\)", false},
      {R"({"note_id":"a","text":"\"})", false},
      // Lone surrogates, high and low, at the end and before other text.
      {R"({"note_id":"a","text":"\ud800"})", false},
      {R"({"note_id":"a","text":"\udc00"})", false},
      {R"({"note_id":"a","text":"\uDFFF\uD800"})", false},
      {R"({"note_id":"a","text":"\ud800\u0041"})", false},
      {R"({"note_id":"a","text":"\ud800\ud800"})", false},
      {R"({"note_id":"a","text":"\ud800x"})", false},
      {R"({"note_id":"a","text":"\ud800\n"})", false},
      {R"({"note_id":"a","text":"\ud800\u"})", false},
      {R"({"note_id":"a","text":"t","m":"\ud800"})", false},
      // Trailing garbage, missing pieces, and what JSON does not allow.
      {R"({"note_id":"a","text":"t"} x)", false},
      {R"({"note_id":"a","text":"t"}})", false},
      {R"({"note_id":"a","text":"t"},)", false},
      {R"({"note_id":"a","text":"t"}{})", false},
      {R"({"note_id":"a","text":"t"} "")", false},
      {R"({"note_id":"a","text":"t",})", false},
      {R"({"note_id":"a",,"text":"t"})", false},
      {R"({"note_id":"a" "text":"t"})", false},
      {R"({"note_id" "a","text":"t"})", false},
      {R"({"note_id":"a";"text":"t"})", false},
      {R"({"note_id":"a","text":"t")", false},
      {R"({note_id:"a","text":"t"})", false},
      {R"({'note_id':'a','text':'t'})", false},
      {R"({"note_id":"a","text":"t","m":nul})", false},
      {R"({"note_id":"a","text":"t","m":nulll})", false},
      {R"({"note_id":"a","text":"t","m":True})", false},
      {R"({"note_id":"a","text":"t","m":NULL})", false},
      {R"({"note_id":"a","text":"t","m":tru})", false},
      {R"({"note_id":"a","text":"t","m":falsey})", false},
      {R"({"note_id":"a","text":"t"/* c */})", false},
      {"{\"note_id\":\"a\",\"text\":\"t\"}\v", false},
      {"\f{\"note_id\":\"a\",\"text\":\"t\"}", false},
      {"{\"note_id\":\"a\",\xC2\xA0\"text\":\"t\"}", false},
      // A byte-order mark, which nlohmann skips.
      {"\xEF\xBB\xBF{\"note_id\":\"a\",\"text\":\"t\"}", false},
      // Too deep for the reader.
      {R"({"note_id":"a","text":"t","deep":)" + std::string(1001, '[') + std::string(1001, ']') +
           "}",
       false},
  });
}

TEST_CASE("fast path: invalid UTF-8 is repaired before either path reads the line") {
  Tally tally;
  for (const char* line : {
           "{\"note_id\":\"u\",\"text\":\"pain \xFF in \xC3 leg\"}",
           "{\"note_id\":\"u\",\"text\":\"t\",\"site\":\"\x80\"}",
           "{\"note_id\":\"u\",\"text\":\"t\",\"\xC3\":\"x\"}",
           "{\"note_id\":\"u\xED\xA0\x80\",\"text\":\"t\"}",
           "{\"note_id\":\"u\",\"text\":\"\xC0\xAF \xF4\x90\x80\x80 \xE6\x97\"}",
           "{\"note_id\":\"u\",\"text\":\"t\"}\xFF",
           "\xFF{\"note_id\":\"u\",\"text\":\"t\"}",
       }) {
    check_line(line, &tally);
  }
  // The fast path reads the repaired line: the record keeps its warning.
  InputRecord r;
  parse_note_json("{\"note_id\":\"u\",\"text\":\"pain \xFF leg\"}", &r);
  CHECK(r.ok);
  CHECK(r.note.text == "pain y leg");  // 0xFF read as Windows-1252: y with a diaeresis
  CHECK(r.note.warnings.size() == 1);
}

TEST_CASE("fast path: every cut of a record is read as nlohmann reads it") {
  const std::string line =
      " {\"note_id\":\"n\\u00e9\",\"text\":\"a\\\"b\\uD83D\\uDE00c\\n\", \"codes\":[\"x\",\"y\"],"
      "\"m\":null,\"t\":true,\"f\":false,\"s\":\"\\/\\b\"} ";
  Tally tally;
  for (size_t length = 0; length <= line.size(); ++length)
    check_line(line.substr(0, length), &tally);
  // Only the whole line (with or without its last space) is a record.
  CHECK(tally.fast == 2);
  CHECK(tally.ok == 2);
}

TEST_CASE("fast path: only a fresh record is filled, and one it declines is left as it was") {
  const std::string line = R"({"note_id":"a","text":"t","codes":["x"],"m":"y"})";
  InputRecord used;
  used.note.note_id = "earlier";
  InputRecord before = used;
  CHECK_FALSE(try_parse_note_json_fast(line, &used));
  CHECK(record_difference(used, before).empty());
  used = InputRecord{};
  used.note.codes = {"Z00"};
  before = used;
  CHECK_FALSE(try_parse_note_json_fast(line, &used));
  CHECK(record_difference(used, before).empty());
  // Where, warnings and claim codes are the caller's: the fast path leaves them alone.
  InputRecord fresh;
  fresh.where = {"in.jsonl", 7};
  fresh.note.warnings = {"a warning"};
  fresh.note.claim_codes = {"M54.50"};
  REQUIRE(try_parse_note_json_fast(line, &fresh));
  CHECK(fresh.ok);
  CHECK(fresh.where.file == "in.jsonl");
  CHECK(fresh.where.line == 7);
  CHECK(fresh.note.warnings == std::vector<std::string>{"a warning"});
  CHECK(fresh.note.claim_codes == std::vector<std::string>{"M54.50"});
  CHECK(fresh.note.meta_json == R"({"m":"y"})");
}

TEST_CASE("fast path: generated and mutated records are read as nlohmann reads them") {
  Random random(20250604);
  Tally tally;
  size_t mutated = 0;
  for (int i = 0; i < 10000; ++i) {
    std::string line = random_record(random);
    if (random.chance(25)) {
      mutate(random, &line);
      ++mutated;
    }
    check_line(line, &tally);
  }
  MESSAGE(tally.lines << " generated lines (" << mutated << " mutated): " << tally.ok << " notes, "
                      << tally.fast << " taken by the fast path");
  // The generator must reach both paths often, or it tests little.
  CHECK(tally.fast > tally.lines / 10);
  CHECK(tally.ok - tally.fast > tally.lines / 20);
  CHECK(tally.lines - tally.ok > tally.lines / 10);
}

TEST_CASE("fast path: every line of the shipped corpora is read as nlohmann reads it") {
  const std::filesystem::path corpora = std::filesystem::path(DXAUDIT_SOURCE_DIR) / "corpora";
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpora)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".jsonl") continue;
    ++files;
    Tally tally;
    for (const std::string& line : read_lines(entry.path())) check_line(line, &tally);
    const std::string name = std::filesystem::relative(entry.path(), corpora).string();
    MESSAGE(name << ": " << tally.lines << " lines, " << tally.ok << " notes, " << tally.fast
                 << " taken by the fast path");
    // These notes are strings and arrays of strings only: every one takes the fast path.
    if (name == "demo/notes.jsonl" || name == "audit/notes.jsonl") {
      CHECK(tally.ok == tally.lines);
      CHECK(tally.fast == tally.lines);
    }
  }
  CHECK(files >= 3);
}

TEST_CASE("fast path: every MTSamples note is read as nlohmann reads it, by the fast path") {
  const std::filesystem::path corpus = dxaudit::testing::shared_mtsamples();
  if (!std::filesystem::exists(corpus)) {
    MESSAGE("skipped: " << corpus << " is not there");
    return;
  }
  Tally tally;
  for (const std::string& line : read_lines(corpus)) check_line(line, &tally);
  MESSAGE(tally.lines << " MTSamples lines, " << tally.fast << " taken by the fast path");
  CHECK(tally.lines == 4966);
  CHECK(tally.fast == tally.lines);
}
