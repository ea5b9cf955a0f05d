// Codes written in the note (codes/text_codes.h) and the claims CSV reader (io/claims.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "codes/text_codes.h"
#include "io/claims.h"
#include "lexicon/line_file.h"
#include "lexicon_support.h"

using dxaudit::codes::find_text_codes;
using dxaudit::codes::TextCode;
using dxaudit::codes::TextCodeCues;
using dxaudit::lexicon::LineFile;
using dxaudit::lexicon::LoadError;
using dxaudit::testing::describe_errors;
using dxaudit::testing::has_error;

namespace {

const TextCodeCues& shipped_cues() {
  static const std::unique_ptr<const TextCodeCues> cues = [] {
    std::vector<LoadError> errors;
    std::vector<LineFile> files{
        dxaudit::lexicon::read_line_file(DXAUDIT_SOURCE_DIR "/models/text_codes.model", &errors)};
    auto c = TextCodeCues::load(files, &errors);
    INFO(describe_errors(errors));
    CHECK(errors.empty());
    return c;
  }();
  REQUIRE(cues != nullptr);
  return *cues;
}

// "CODE@BEGIN" for each code found, checking the span covers the code as written.
std::vector<std::string> codes_in(const std::string& text) {
  std::vector<TextCode> found;
  find_text_codes(text, shipped_cues(), &found);
  std::vector<std::string> out;
  for (const TextCode& c : found) {
    CHECK(text.substr(c.begin, c.end - c.begin) == c.raw);
    out.push_back(c.raw + "@" + std::to_string(c.begin));
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("text codes: the written forms on assessment, impression, diagnosis lines") {
  CHECK(codes_in("Assessment: M54.50") == V{"M54.50@12"});
  CHECK(codes_in("ICD-10: M54.5") == V{"M54.5@8"});
  CHECK(codes_in("Impression: sciatica (M54.42)") == V{"M54.42@22"});
  CHECK(codes_in("Dx: S39.012A") == V{"S39.012A@4"});
  CHECK(codes_in("Assessment: M5450, m54.51; M54.59.") == V{"M5450@12", "m54.51@19", "M54.59@27"});
  // A header line, the codes below it, up to a blank line.
  CHECK(codes_in("ASSESSMENT:\n1. M54.50\n2. E11.9\n\nM54.42 in the plan") ==
        V{"M54.50@15", "E11.9@25"});
}

TEST_CASE("text codes: not on other lines, and not levels, vertebrae, or parts of words") {
  CHECK(codes_in("Patient has M54.50 per the referral.").empty());  // no cue on the line
  CHECK(codes_in("Assessment: L5-S1 disc, T12 fracture, S1 root").empty());
  CHECK(codes_in("Assessment: XM54.50 and M54.50X9Z9 and 3M54.50").empty());
  CHECK(codes_in("Assessment: (T12)") == V{"T12@13"});  // a bare category in parentheses
  CHECK(codes_in("Assessment: m5450").empty());         // lower case needs the dot
  CHECK(codes_in("").empty());
  CHECK(codes_in("Dx:").empty());
}

TEST_CASE("text codes: cue errors with file:line") {
  std::vector<LoadError> errors;
  std::vector<LineFile> files{dxaudit::lexicon::parse_line_file(
      "t.model", "@kind text_codes\ncue\tdx\tlines=x\nword\tdx\ncue\tdx\tcolour=red\n", &errors)};
  REQUIRE(errors.empty());
  CHECK(TextCodeCues::load(files, &errors) == nullptr);
  INFO(describe_errors(errors));
  CHECK(has_error(errors, "t.model", 2, "lines must be a whole number"));
  CHECK(has_error(errors, "t.model", 3, "a text_codes line is cue<TAB>PHRASE"));
  CHECK(has_error(errors, "t.model", 4, "unknown option 'colour'"));
}

TEST_CASE("claims: note_id and encounter_id columns, quoting, CRLF, BOM") {
  dxaudit::io::ClaimsIndex c;
  auto r = c.parse(
      "\xEF\xBB\xBFnote_id,encounter_id,code,other\r\n"
      "n1,,M5450,x\r\n"
      ",e2,\"M54.42\",\"a, \"\"quoted\"\"\nfield\"\r\n"
      "n1,,M54.50,\n"  // the same code twice, as written: kept once per spelling
      "n1,,M5450,\n"
      "\n",
      "c.csv");
  REQUIRE(r.ok);
  CHECK(c.rows() == 4);
  CHECK(c.codes_for("n1", "") == V{"M5450", "M54.50"});
  CHECK(c.codes_for("zz", "e2") == V{"M54.42"});
  CHECK(c.codes_for("n1", "e2") == V{"M5450", "M54.50", "M54.42"});
  CHECK(c.codes_for("none", "none").empty());
}

TEST_CASE("claims: errors name the file and line") {
  dxaudit::io::ClaimsIndex c;
  // "dx" is a code column (io/fields.h); "amount" is not.
  auto r = c.parse("note_id,amount\nn1,M54.50\n", "c.csv");
  CHECK_FALSE(r.ok);
  CHECK(r.error.starts_with(
      "c.csv:1: the header must name a code column and a note_id or encounter_id column; "));
  CHECK(r.error.find("amount") != std::string::npos);  // the columns it saw
  CHECK(c.parse("note_id,dx\nn1,M54.50\n", "c.csv").ok);
  r = c.parse("note_id,code\nn1,M54.50\nn2,\"M54.42\n", "c.csv");
  CHECK_FALSE(r.ok);
  CHECK(r.error.starts_with("c.csv:3: a quoted field is not closed before the end of the input"));
  r = c.parse("", "c.csv");
  CHECK_FALSE(r.ok);
  r = c.load("/nonexistent/claims.csv");
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("cannot open") != std::string::npos);
}
