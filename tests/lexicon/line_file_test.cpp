// parse_line_file: the line-oriented format of lexicons/ and models/ (lexicon/line_file.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lexicon/line_file.h"

using dxaudit::lexicon::LineFile;
using dxaudit::lexicon::LoadError;
using dxaudit::lexicon::parse_line_file;

namespace {

struct Parsed {
  LineFile file;
  std::vector<LoadError> errors;
};

Parsed parse(std::string_view content, std::string path = "t.lex") {
  Parsed p;
  p.file = parse_line_file(std::move(path), content, &p.errors);
  return p;
}

}  // namespace

TEST_CASE("line file: comments and blank lines are skipped, entries keep their line") {
  Parsed p = parse(
      "# a comment\n"
      "\n"
      "@kind findings\n"
      "   \n"
      "  # an indented comment\n"
      "radiculopathy\tsciatica\n"
      "\n"
      "slr_sign\tstraight leg raise\n");
  CHECK(p.errors.empty());
  CHECK(p.file.path == "t.lex");
  CHECK(p.file.kind == "findings");
  REQUIRE(p.file.entries.size() == 2);
  CHECK(p.file.entries[0].id == "radiculopathy");
  CHECK(p.file.entries[0].value == "sciatica");
  CHECK(p.file.entries[0].options.empty());
  CHECK(p.file.entries[0].line == 6);
  CHECK(p.file.entries[1].id == "slr_sign");
  CHECK(p.file.entries[1].value == "straight leg raise");
  CHECK(p.file.entries[1].line == 8);
}

TEST_CASE("line file: CRLF line endings and a last line without a newline") {
  Parsed p = parse("@kind cues\r\nnegated\tdenies\tdirection=forward window=10\r\nnegated\tno");
  CHECK(p.errors.empty());
  CHECK(p.file.kind == "cues");
  REQUIRE(p.file.entries.size() == 2);
  CHECK(p.file.entries[0].value == "denies");
  REQUIRE(p.file.entries[0].options.size() == 2);
  CHECK(p.file.entries[0].options[1].key == "window");
  CHECK(p.file.entries[0].options[1].value == "10");
  CHECK(p.file.entries[1].value == "no");
  CHECK(p.file.entries[1].line == 3);
}

TEST_CASE("line file: options, bare flags and quoted values") {
  Parsed p = parse(
      "@kind rules\n"
      "R1\tM54.50\tseverity=high verdict=unsupported flag message=\"a b \\\"c\\\"\" x=\"\\\\\"\n");
  REQUIRE(p.errors.empty());
  REQUIRE(p.file.entries.size() == 1);
  const auto& e = p.file.entries[0];
  REQUIRE(e.options.size() == 5);
  CHECK(e.options[0].key == "severity");
  CHECK(e.options[0].value == "high");
  CHECK(e.options[2].key == "flag");
  CHECK(e.options[2].value.empty());
  REQUIRE(e.option("message") != nullptr);
  CHECK(*e.option("message") == "a b \"c\"");
  REQUIRE(e.option("x") != nullptr);
  CHECK(*e.option("x") == "\\");
  CHECK(e.has_flag("flag"));
  CHECK(e.has_flag("severity"));
  CHECK_FALSE(e.has_flag("missing"));
  CHECK(e.option("missing") == nullptr);
}

TEST_CASE("line file: a file without @kind is an error of the whole file") {
  Parsed p = parse("# only a comment\n\n", "none.lex");
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].file == "none.lex");
  CHECK(p.errors[0].line == 0);
  CHECK(p.errors[0].message.find("@kind") != std::string::npos);
  CHECK(p.file.kind.empty());
}

TEST_CASE("line file: an entry before @kind is reported at its line") {
  Parsed p = parse("# header\nradiculopathy\tsciatica\n@kind findings\nslr_sign\tslr\n", "a.lex");
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].file == "a.lex");
  CHECK(p.errors[0].line == 2);
  CHECK(p.errors[0].message == "entry before the file's '@kind' line");
  CHECK(p.file.kind == "findings");
  REQUIRE(p.file.entries.size() == 1);
  CHECK(p.file.entries[0].id == "slr_sign");
}

TEST_CASE("line file: @kind declared twice keeps the first") {
  Parsed p = parse("@kind findings\n\n@kind cues\n", "b.lex");
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].line == 3);
  CHECK(p.errors[0].message == "@kind is declared twice");
  CHECK(p.file.kind == "findings");
}

TEST_CASE("line file: @kind without a name") {
  Parsed p = parse("@kind   \nx\ty\n", "c.lex");
  // "@kind   " is trimmed to "@kind": not "@kind NAME", so an unknown directive; then the
  // entry comes before any @kind. Both are reported, each at its line.
  REQUIRE(p.errors.size() == 2);
  CHECK(p.errors[0].line == 1);
  CHECK(p.errors[1].line == 2);
  CHECK(p.file.kind.empty());
}

TEST_CASE("line file: unknown directive") {
  Parsed p = parse("@kind findings\n@include other.lex\n", "d.lex");
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].file == "d.lex");
  CHECK(p.errors[0].line == 2);
  CHECK(p.errors[0].message == "unknown directive '@include other.lex' (@kind and @define exist)");
}

TEST_CASE("line file: @define names text that later values use as {NAME}") {
  Parsed p = parse(
      "@kind findings\n"
      "@define SIDE (?:left|right)\n"
      "@define LEG {SIDE}\\s+leg\n"  // a define may use an earlier one
      "radiating_leg_pain\tre:pain\\s+down\\s+the\\s+{LEG}\n"
      "slr_sign\tre:slr\\s+(?:\\d{2,3})\n",  // "{2,3}" is not a name: left alone
      "f.lex");
  REQUIRE(p.errors.empty());
  REQUIRE(p.file.entries.size() == 2);
  CHECK(p.file.entries[0].value == "re:pain\\s+down\\s+the\\s+(?:left|right)\\s+leg");
  CHECK(p.file.entries[1].value == "re:slr\\s+(?:\\d{2,3})");
}

TEST_CASE("line file: @define errors are reported at their lines") {
  Parsed p = parse(
      "@kind findings\n"
      "@define lower x\n"   // 2: not upper case
      "@define EMPTY\n"     // 3: no text
      "@define A one\n"     // 4: fine
      "@define A two\n"     // 5: twice
      "@define B {NOPE}\n"  // 6: undefined inside a define
      "x\tre:{MISSING}\n",  // 7: undefined in a value
      "g.lex");
  REQUIRE(p.errors.size() == 5);
  CHECK(p.errors[0].line == 2);
  CHECK(p.errors[0].message.find("upper-case NAME") != std::string::npos);
  CHECK(p.errors[1].line == 3);
  CHECK(p.errors[1].message == "@define EMPTY needs a text");
  CHECK(p.errors[2].line == 5);
  CHECK(p.errors[2].message == "@define A is defined twice");
  CHECK(p.errors[3].line == 6);
  CHECK(p.errors[3].message.find("{NOPE} is not defined") != std::string::npos);
  CHECK(p.errors[4].line == 7);
  CHECK(p.errors[4].message.find("{MISSING} is not defined") != std::string::npos);
  CHECK(p.file.entries.empty());
}

TEST_CASE("line file: a {NAME} used before any @define is an error, not literal text") {
  Parsed p = parse(
      "@kind cues\n"
      "negated\tre:(absent){LATER}\tdirection=backward\n"  // 2: used before its define
      "negated\tre:x{1,2}\n"                               // 3: a quantifier, fine
      "@define LATER \\s*[.,]\n",
      "h.lex");
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].line == 2);
  CHECK(p.errors[0].message.find("{LATER} is not defined") != std::string::npos);
  REQUIRE(p.file.entries.size() == 1);
  CHECK(p.file.entries[0].value == "re:x{1,2}");
}

TEST_CASE("line file: an entry line without a tab") {
  Parsed p = parse("@kind findings\nradiculopathy sciatica\n", "e.lex");
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].line == 2);
  CHECK(p.errors[0].message ==
        "expected '<id><TAB><value>', found no tab after 'radiculopathy sciatica'");
  CHECK(p.file.entries.empty());
}

TEST_CASE("line file: empty id and empty value") {
  Parsed p = parse(
      "@kind cues\n"
      "\tdenies\tdirection=forward\n"
      "negated\t\tdirection=forward\n"
      "negated\t  \twindow=3\n",
      "f.lex");
  REQUIRE(p.errors.size() == 3);
  CHECK(p.errors[0].line == 2);
  CHECK(p.errors[0].message == "empty id");
  CHECK(p.errors[1].line == 3);
  CHECK(p.errors[1].message == "empty value for 'negated'");
  CHECK(p.errors[2].line == 4);
  CHECK(p.errors[2].message == "empty value for 'negated'");
  CHECK(p.file.entries.empty());
}

TEST_CASE("line file: unterminated quote and empty option values") {
  Parsed p = parse(
      "@kind rules\n"
      "R1\tM54.50\tmessage=\"never closed\n"
      "R2\tM54.50\twindow=\n"
      "R3\tM54.50\tmessage=\"\"\n"
      "R4\tM54.50\t=value\n"
      "R5\tM54.50\tseverity=high\n",
      "g.model");
  REQUIRE(p.errors.size() == 4);
  CHECK(p.errors[0].line == 2);
  CHECK(p.errors[0].message == "option 'message' has an unterminated quoted value");
  CHECK(p.errors[1].line == 3);
  CHECK(p.errors[1].message == "option 'window' has an empty value");
  CHECK(p.errors[2].line == 4);
  CHECK(p.errors[2].message == "option 'message' has an empty value");
  CHECK(p.errors[3].line == 5);
  CHECK(p.errors[3].message == "an option has no name before '='");
  for (const LoadError& e : p.errors) CHECK(e.file == "g.model");
  // Lines with errors yield no entry; the good line does.
  REQUIRE(p.file.entries.size() == 1);
  CHECK(p.file.entries[0].id == "R5");
  CHECK(p.file.entries[0].line == 6);
}

TEST_CASE("line file: every problem is reported in one pass") {
  Parsed p = parse(
      "x\ty\n"             // 1: before @kind
      "@kind findings\n"   // 2
      "@kind cues\n"       // 3: twice
      "@weird\n"           // 4: unknown directive
      "no tab here\n"      // 5: no tab
      "ok\tfine\n"         // 6
      "a\tb\tk=\"open\n",  // 7: unterminated
      "h.lex");
  REQUIRE(p.errors.size() == 5);
  const int lines[] = {1, 3, 4, 5, 7};
  for (size_t i = 0; i < 5; ++i) {
    CHECK(p.errors[i].file == "h.lex");
    CHECK(p.errors[i].line == lines[i]);
  }
  REQUIRE(p.file.entries.size() == 1);
  CHECK(p.file.entries[0].line == 6);
}

TEST_CASE("line file: LoadError::to_string is file:line: message") {
  LoadError e{"lexicons/cues.lex", 12, "unknown cue category 'x'"};
  CHECK(e.to_string() == "lexicons/cues.lex:12: unknown cue category 'x'");
  Parsed p = parse("@kind findings\nno tab\n", "dir/f.lex");
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].to_string() ==
        "dir/f.lex:2: expected '<id><TAB><value>', found no tab after 'no tab'");
  // Line 0 (the whole file) has no line number.
  LoadError whole{"x.lex", 0, "cannot read file"};
  CHECK(whole.to_string() == "x.lex: cannot read file");
}

TEST_CASE("line file: read_line_file on a missing file is an error with line 0") {
  std::vector<LoadError> errors;
  LineFile f = dxaudit::lexicon::read_line_file("/nonexistent/dxaudit/never-there.lex", &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "/nonexistent/dxaudit/never-there.lex");
  CHECK(errors[0].line == 0);
  CHECK(f.entries.empty());
  CHECK(f.kind.empty());
}
