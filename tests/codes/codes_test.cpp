// ICD-10-CM code syntax, dates and the code model (codes/codes.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "codes/codes.h"
#include "lexicon/line_file.h"
#include "lexicon_support.h"

namespace fs = std::filesystem;
using dxaudit::codes::AssignedCode;
using dxaudit::codes::CodeModel;
using dxaudit::codes::CodeSource;
using dxaudit::codes::kCodeSourceNames;
using dxaudit::codes::normalize_code;
using dxaudit::codes::parse_date;
using dxaudit::codes::resolve_code;
using dxaudit::lexicon::LineFile;
using dxaudit::lexicon::LoadError;
using dxaudit::testing::describe_errors;
using dxaudit::testing::has_error;

namespace {

// The shipped models/ as the Analyzer reads them.
const CodeModel& shipped() {
  static const std::unique_ptr<const CodeModel> model = [] {
    std::vector<LoadError> errors;
    std::vector<std::string> paths;
    for (const auto& entry : fs::directory_iterator(DXAUDIT_SOURCE_DIR "/models"))
      if (entry.path().extension() == ".model") paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    std::vector<LineFile> files;
    for (const std::string& p : paths)
      files.push_back(dxaudit::lexicon::read_line_file(p, &errors));
    auto m = CodeModel::load(files, &errors);
    INFO(describe_errors(errors));
    CHECK(errors.empty());
    return m;
  }();
  REQUIRE(model != nullptr);
  return *model;
}

constexpr dxaudit::codes::Date kSep30_2021 = 20210930;
constexpr dxaudit::codes::Date kOct01_2021 = 20211001;
constexpr dxaudit::codes::Date kSep30_2024 = 20240930;
constexpr dxaudit::codes::Date kOct01_2024 = 20241001;

}  // namespace

TEST_CASE("normalize_code: written forms of one code become its canonical form") {
  CHECK(normalize_code("M5450") == "M54.50");
  CHECK(normalize_code("m54.50") == "M54.50");
  CHECK(normalize_code(" M54.50 ") == "M54.50");
  CHECK(normalize_code("\tm5450\n") == "M54.50");
  CHECK(normalize_code("M54.50") == "M54.50");
  CHECK(normalize_code("S39.012A") == "S39.012A");
  CHECK(normalize_code("s39012a") == "S39.012A");
  CHECK(normalize_code("M54.5") == "M54.5");
  CHECK(normalize_code("I10") == "I10");
  CHECK(normalize_code("i10") == "I10");
  CHECK(normalize_code("M5A") == "M5A");  // third character may be a letter
}

TEST_CASE("normalize_code: malformed codes are refused") {
  CHECK_FALSE(normalize_code("").has_value());
  CHECK_FALSE(normalize_code("   ").has_value());
  CHECK_FALSE(normalize_code("54.50").has_value());
  CHECK_FALSE(normalize_code("M5").has_value());
  CHECK_FALSE(normalize_code("M54..50").has_value());
  CHECK_FALSE(normalize_code("M54.5.0").has_value());
  CHECK_FALSE(normalize_code("M54-50").has_value());
  CHECK_FALSE(normalize_code("M54.50000").has_value());
  CHECK_FALSE(normalize_code("M5.450").has_value());
  CHECK_FALSE(normalize_code("MM4.50").has_value());
  CHECK_FALSE(normalize_code("M54 50").has_value());
  CHECK_FALSE(normalize_code("M54.5\xC3\xA9").has_value());
}

TEST_CASE("parse_date: real calendar dates only") {
  CHECK(parse_date("2021-10-01") == 20211001u);
  CHECK(parse_date("2021-09-30") == 20210930u);
  CHECK(parse_date("2024-02-29") == 20240229u);  // leap year
  CHECK(parse_date("2000-02-29") == 20000229u);  // divisible by 400: leap
  CHECK_FALSE(parse_date("2021-02-29").has_value());
  CHECK_FALSE(parse_date("2100-02-29").has_value());  // divisible by 100: not leap
  CHECK(parse_date("2021-12-31") == 20211231u);
  CHECK_FALSE(parse_date("2021-04-31").has_value());
  CHECK_FALSE(parse_date("2021-13-01").has_value());
  CHECK_FALSE(parse_date("2021-00-10").has_value());
  CHECK_FALSE(parse_date("2021-01-00").has_value());
  CHECK_FALSE(parse_date("2021-01-32").has_value());
}

TEST_CASE("parse_date: other formats are refused") {
  CHECK_FALSE(parse_date("").has_value());
  CHECK_FALSE(parse_date("2021-9-30").has_value());
  CHECK_FALSE(parse_date("2021/09/30").has_value());
  CHECK_FALSE(parse_date("20210930").has_value());
  CHECK_FALSE(parse_date("09-30-2021").has_value());
  CHECK_FALSE(parse_date("2021-09-30 ").has_value());
  CHECK_FALSE(parse_date(" 2021-09-30").has_value());
  CHECK_FALSE(parse_date("2021-09-3a").has_value());
  CHECK_FALSE(parse_date("2021-09-30T00:00:00").has_value());
  CHECK_FALSE(parse_date("+021-09-30").has_value());
}

TEST_CASE("code model: M54.5 was replaced by M54.50 on 2021-10-01") {
  const CodeModel& m = shipped();
  const auto* m545 = m.find("M54.5");
  const auto* m5450 = m.find("M54.50");
  REQUIRE(m545 != nullptr);
  REQUIRE(m5450 != nullptr);
  CHECK(m545->title == "Low back pain");
  CHECK(m5450->title == "Low back pain, unspecified");
  CHECK(m545->billable_on(kSep30_2021));
  CHECK_FALSE(m545->billable_on(kOct01_2021));
  CHECK_FALSE(m5450->billable_on(kSep30_2021));
  CHECK(m5450->billable_on(kOct01_2021));
  CHECK(m5450->billable_on(20260105));
  // No date: billable today in the model.
  CHECK_FALSE(m545->billable_on(0));
  CHECK(m5450->billable_on(0));
  CHECK(m5450->billable_from == kOct01_2021);
  CHECK(m5450->billable_until == 0);
  CHECK(m545->billable_until == kSep30_2021);
}

TEST_CASE("code model: M51.36 was expanded to M51.360..M51.369 on 2024-10-01") {
  const CodeModel& m = shipped();
  const auto* m5136 = m.find("M51.36");
  const auto* m51360 = m.find("M51.360");
  REQUIRE(m5136 != nullptr);
  REQUIRE(m51360 != nullptr);
  CHECK(m5136->billable_on(kSep30_2024));
  CHECK_FALSE(m5136->billable_on(kOct01_2024));
  CHECK_FALSE(m51360->billable_on(kSep30_2024));
  CHECK(m51360->billable_on(kOct01_2024));
}

TEST_CASE("code model: a header is never billable") {
  const CodeModel& m = shipped();
  const auto* s39012 = m.find("S39.012");
  REQUIRE(s39012 != nullptr);
  CHECK(s39012->header);
  CHECK_FALSE(s39012->billable_on(0));
  CHECK_FALSE(s39012->billable_on(kOct01_2021));
  CHECK_FALSE(s39012->billable_on(20150101));
  CHECK_FALSE(s39012->billable_on(20300101));
  const auto* s39012a = m.find("S39.012A");
  REQUIRE(s39012a != nullptr);
  CHECK_FALSE(s39012a->header);
  CHECK(s39012a->billable_on(kOct01_2021));
}

TEST_CASE("code model: find takes canonical codes and children lists a header's codes") {
  const CodeModel& m = shipped();
  CHECK(m.find("m54.50") == nullptr);
  CHECK(m.find("M5450") == nullptr);
  CHECK(m.find("I10") == nullptr);
  auto kids = m.children("M54.4");
  REQUIRE(kids.size() == 3);
  CHECK(kids[0]->code == "M54.40");
  CHECK(kids[1]->code == "M54.41");
  CHECK(kids[2]->code == "M54.42");
  auto s39 = m.children("S39.012");
  REQUIRE(s39.size() == 3);
  CHECK(s39[0]->code == "S39.012A");
  CHECK(s39[1]->code == "S39.012D");
  CHECK(s39[2]->code == "S39.012S");
}

TEST_CASE("resolve_code: known, unknown and malformed codes") {
  const CodeModel& m = shipped();
  AssignedCode c = resolve_code(m, "m5450", CodeSource::kMetadata, kOct01_2021);
  CHECK(c.code == "M54.50");
  CHECK(c.source == CodeSource::kMetadata);
  CHECK(kCodeSourceNames.name(c.source) == "metadata");
  CHECK(c.well_formed);
  CHECK(c.known);
  CHECK(c.valid);
  REQUIRE(c.info != nullptr);
  CHECK(c.info->title == "Low back pain, unspecified");

  c = resolve_code(m, "M54.50", CodeSource::kMetadata, kSep30_2021);
  CHECK(c.known);
  CHECK_FALSE(c.valid);  // not yet billable

  c = resolve_code(m, "M54.5", CodeSource::kMetadata, 20220105);
  CHECK(c.known);
  CHECK_FALSE(c.valid);  // retired
  c = resolve_code(m, "M54.5", CodeSource::kMetadata, 0);
  CHECK_FALSE(c.valid);  // no date: retired in the model

  c = resolve_code(m, "S39.012", CodeSource::kMetadata, kOct01_2021);
  CHECK(c.known);
  CHECK_FALSE(c.valid);  // header

  c = resolve_code(m, "I10", CodeSource::kText, kOct01_2021);
  CHECK(c.code == "I10");
  CHECK(c.source == CodeSource::kText);
  CHECK(kCodeSourceNames.name(c.source) == "text");
  CHECK(c.well_formed);
  CHECK_FALSE(c.known);
  CHECK(c.valid);  // well-formed and outside the model
  CHECK(c.info == nullptr);

  c = resolve_code(m, "M54-50", CodeSource::kMetadata, kOct01_2021);
  CHECK(c.code == "M54-50");  // the raw text
  CHECK_FALSE(c.well_formed);
  CHECK_FALSE(c.known);
  CHECK_FALSE(c.valid);
  CHECK(c.info == nullptr);
}

TEST_CASE("code model: a valid model file") {
  std::vector<LoadError> errors;
  std::vector<LineFile> files{
      dxaudit::lexicon::parse_line_file("ok.model",
                                        "@kind codes\n"
                                        "A01.1\tFirst\tfrom=2015-10-01\n"
                                        "A01\tHeader\tfrom=2015-10-01 header\n"
                                        "A01.2\tRetired\tfrom=2015-10-01 until=2020-09-30\n",
                                        &errors)};
  // A file of another kind is ignored by the code model.
  files.push_back(
      dxaudit::lexicon::parse_line_file("rules.model", "@kind rules\nR\tA01.1\tx=y\n", &errors));
  REQUIRE(errors.empty());
  auto model = CodeModel::load(files, &errors);
  INFO(describe_errors(errors));
  REQUIRE(model != nullptr);
  CHECK(errors.empty());
  const auto* a011 = model->find("A01.1");
  REQUIRE(a011 != nullptr);
  CHECK(a011->file == "ok.model");
  CHECK(a011->line == 2);
  CHECK(model->find("A01")->header);
  CHECK(model->find("A01.2")->billable_until == 20200930u);
}

TEST_CASE("code model: errors in a model file are reported with file:line, all of them") {
  std::vector<LoadError> errors;
  std::vector<LineFile> files{dxaudit::lexicon::parse_line_file(
      "codes.model",
      "@kind codes\n"
      "M54.50\tLow back pain\tfrom=2021-13-01\n"                       // 2: bad date
      "M54.51\tVertebrogenic\tfrom=2021-10-01 until=2021-01-01\n"      // 3: until before from
      "M54.59\tOther\tfrom=2021-10-01\n"                               // 4
      "M54.59\tOther again\tfrom=2021-10-01\n"                         // 5: duplicate
      "m54.50\tLower case\tfrom=2021-10-01\n"                          // 6: not canonical
      "M54.9\tDorsalgia\tfrom=2015-10-01 color=red\n"                  // 7: unknown option
      "M54.89\tOther dorsalgia\tuntil=2021-01-01\n"                    // 8: no from
      "M5489\tNo dot\tfrom=2015-10-01\n"                               // 9: not canonical
      "M54.40\tUnspecified side\tfrom=2015-10-01 until=2015-10-01\n",  // 10: one day: fine
      &errors)};
  REQUIRE(errors.empty());
  auto model = CodeModel::load(files, &errors);
  INFO(describe_errors(errors));
  CHECK(model == nullptr);
  CHECK(has_error(errors, "codes.model", 2, "from must be a date YYYY-MM-DD, not '2021-13-01'"));
  CHECK(has_error(errors, "codes.model", 3, "billable until a date before it starts"));
  CHECK(has_error(errors, "codes.model", 5, "already defined at codes.model:4"));
  CHECK(has_error(errors, "codes.model", 6, "'m54.50' is not a code in canonical form"));
  CHECK(has_error(errors, "codes.model", 7, "unknown option 'color'"));
  CHECK(has_error(errors, "codes.model", 8, "needs from="));
  CHECK(has_error(errors, "codes.model", 9, "'M5489' is not a code in canonical form"));
  CHECK(errors.size() == 7);
}

TEST_CASE("code model: Excludes1 with dash semantics, inherited by children") {
  const CodeModel& m = shipped();
  // At M54.5 (and so M54.50): S39.012-, M51.2-, M54.4-.
  CHECK(m.excludes1_conflict("M54.50", "S39.012A") == "S39.012-");
  CHECK(m.excludes1_conflict("S39.012A", "M54.50") == "S39.012-");  // either order
  CHECK(m.excludes1_conflict("M54.50", "M51.26") == "M51.2-");
  CHECK(m.excludes1_conflict("M54.50", "M54.42") == "M54.4-");
  CHECK(m.excludes1_conflict("M54.50", "M54.4") == "M54.4-");  // the category itself
  // At M54 (every dorsalgia code): F45.41, without a dash: that code only.
  CHECK(m.excludes1_conflict("M54.16", "F45.41") == "F45.41");
  CHECK(m.excludes1_conflict("M54.16", "F45.4") == "");
  // M54.4- excludes M51.1-; M54.3- also M54.4- and G57.0- (outside the model).
  CHECK(m.excludes1_conflict("M54.41", "M51.17") == "M51.1-");
  CHECK(m.excludes1_conflict("M54.31", "M54.42") == "M54.4-");
  CHECK(m.excludes1_conflict("M54.32", "G57.01") == "G57.0-");
  // M54.8- excludes M54.5-; M54.1- excludes M47.2-.
  CHECK(m.excludes1_conflict("M54.89", "M54.59") == "M54.5-");
  CHECK(m.excludes1_conflict("M54.17", "M47.27") == "M47.2-");
  // No relation.
  CHECK(m.excludes1_conflict("M54.50", "M54.51") == "");
  CHECK(m.excludes1_conflict("M54.50", "I10") == "");
  CHECK(m.excludes1_conflict("M54.50", "M54.50") == "");
  CHECK(m.excludes1_conflict("I10", "E11.9") == "");
}

TEST_CASE("code model: parents, 7th characters and replacements on a date") {
  const CodeModel& m = shipped();
  REQUIRE(m.parent("M54.50") != nullptr);
  CHECK(m.parent("M54.50")->code == "M54.5");
  CHECK(m.parent("M54.5")->code == "M54");
  CHECK(m.parent("M54") == nullptr);
  CHECK(m.parent("S39.012A")->code == "S39.012");
  CHECK(m.find("S39.012")->needs_7th);
  CHECK_FALSE(m.find("M54.4")->needs_7th);
  CHECK(m.replacements("S39.012", kOct01_2021) ==
        std::vector<std::string>{"S39.012A", "S39.012D", "S39.012S"});
  CHECK(m.replacements("M54.5", kOct01_2021) ==
        std::vector<std::string>{"M54.50", "M54.51", "M54.59"});
  CHECK(m.replacements("M54.50", kSep30_2021) == std::vector<std::string>{"M54.5"});
  CHECK(m.replacements("M51.36", kOct01_2024) ==
        std::vector<std::string>{"M51.360", "M51.361", "M51.362", "M51.369"});
  CHECK(m.replacements("M51.36", kSep30_2024).empty());  // children not yet in effect
  CHECK(m.replacements("I10", kOct01_2024).empty());
}

TEST_CASE("code model: excludes1 and seventh errors with file:line") {
  std::vector<LoadError> errors;
  std::vector<LineFile> files{dxaudit::lexicon::parse_line_file(
      "x.model",
      "@kind codes\n"
      "A01\tA\tfrom=2015-10-01 header excludes1=B02-,b03.1\n"  // 2: not canonical
      "A02\tA\tfrom=2015-10-01 seventh=yes\n"                  // 3: a flag
      "A03\tA\tfrom=2015-10-01 excludes1=M51.2-,G57.0-\n",     // 4: fine
      &errors)};
  REQUIRE(errors.empty());
  auto model = CodeModel::load(files, &errors);
  INFO(describe_errors(errors));
  CHECK(model == nullptr);
  CHECK(has_error(errors, "x.model", 2, "excludes1: 'b03.1' is not a code in canonical form"));
  CHECK(has_error(errors, "x.model", 3, "seventh is a flag and takes no value"));
  CHECK(errors.size() == 2);
}
