// brat standoff reading and writing (io/brat.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/brat.h"

using dxaudit::io::append_brat_attribute;
using dxaudit::io::append_brat_entity;
using dxaudit::io::BratDocument;
using dxaudit::io::BratProblem;
using dxaudit::io::CharByteMap;
using dxaudit::io::parse_brat;

TEST_CASE("brat: entities, fragments and attributes are read") {
  std::vector<BratProblem> problems;
  BratDocument doc = parse_brat(
      "T1\tslr_sign 10 13\tSLR\n"
      "T2\tradiating_leg_pain 20 25;26 30\tpain down\r\n"
      "A1\tNegated T1\n"
      "A2\tLaterality T2 left\n"
      "#1\tAnnotatorNotes T1\tchecked\n"
      "R1\tRel Arg1:T1 Arg2:T2\n"
      "\n",
      &problems);
  CHECK(problems.empty());
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].id == "T1");
  CHECK(doc.entities[0].type == "slr_sign");
  CHECK(doc.entities[0].begin == 10);
  CHECK(doc.entities[0].end == 13);
  CHECK(doc.entities[0].text == "SLR");
  CHECK(doc.entities[1].begin == 20);
  CHECK(doc.entities[1].end == 30);  // fragments joined
  CHECK(doc.entities[1].line == 2);
  REQUIRE(doc.attributes.size() == 2);
  CHECK(doc.attributes[0].name == "Negated");
  CHECK(doc.attributes[0].target == "T1");
  CHECK(doc.attributes[0].value.empty());
  CHECK(doc.attributes[1].value == "left");
}

TEST_CASE("brat: a bad line is a problem with its line number, the rest is still read") {
  std::vector<BratProblem> problems;
  BratDocument doc = parse_brat(
      "T1\tslr_sign 10\tSLR\n"
      "T2\tslr_sign 9 3\tSLR\n"
      "T3\tslr_sign 1 4\tabc\n"
      "A1\tNegated\n"
      "X1\tsomething\n"
      "\tslr_sign 1 2\tx\n",
      &problems);
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].id == "T3");
  CHECK(doc.attributes.empty());
  REQUIRE(problems.size() == 5);
  CHECK(problems[0].line == 1);
  CHECK(problems[1].line == 2);
  CHECK(problems[2].line == 4);
  CHECK(problems[3].line == 5);
  CHECK(problems[4].line == 6);
}

TEST_CASE("brat: characters and bytes") {
  // "é" is two bytes: character 3 starts at byte 4.
  CharByteMap map("caf\xc3\xa9 ok");
  CHECK(map.char_count() == 7);
  CHECK(map.to_byte(3) == 3);
  CHECK(map.to_byte(4) == 5);
  CHECK(map.to_byte(7) == 8);
  CHECK(map.to_byte(99) == 8);
  CHECK(map.to_char(5) == 4);
  CHECK(map.to_char(4) == 3);  // inside the sequence: its character
  CHECK(map.to_char(8) == 7);
  // An invalid byte counts as one character.
  CharByteMap bad(
      "a\xff"
      "b");
  CHECK(bad.char_count() == 3);
  CHECK(bad.to_byte(2) == 2);
}

TEST_CASE("brat: writing splits a span at line breaks, as brat requires") {
  std::string out;
  append_brat_entity(&out, 1, "slr_sign", 4, 7, "SLR");
  append_brat_entity(&out, 2, "radiating_leg_pain", 10, 27, "pain down\nthe leg");
  append_brat_attribute(&out, 1, "Negated", 1, "");
  append_brat_attribute(&out, 2, "Laterality", 2, "left");
  CHECK(out ==
        "T1\tslr_sign 4 7\tSLR\n"
        "T2\tradiating_leg_pain 10 19;20 27\tpain down the leg\n"
        "A1\tNegated T1\n"
        "A2\tLaterality T2 left\n");
  // What is written reads back.
  std::vector<BratProblem> problems;
  BratDocument doc = parse_brat(out, &problems);
  CHECK(problems.empty());
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[1].begin == 10);
  CHECK(doc.entities[1].end == 27);
}
