// Gold evaluation (eval/gold_eval.h) over small gold directories written by each test, with
// the shipped lexicons.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "analysis_support.h"
#include "eval/gold_eval.h"
#include "test_support.h"

using dxaudit::eval::evaluate_gold;
using dxaudit::eval::GoldEvalReport;
using dxaudit::testing::shipped_analyzer;
using dxaudit::testing::TempDir;

namespace {

// "Denies fever. Pain shooting down the left leg. Negative SLR."
//  0      7 12   15                                45  50
const char* const kNote = "Denies fever. Pain shooting down the left leg. Negative SLR.\n";

// What dxaudit finds in kNote, annotated by hand.
const char* const kGold =
    "T1\tfever 7 12\tfever\n"
    "A1\tNegated T1\n"
    "T2\tradiating_leg_pain 14 45\tPain shooting down the left leg\n"
    "A2\tLaterality T2 left\n"
    "T3\tslr_sign 56 59\tSLR\n"
    "A3\tNegated T3\n"
    "T4\tneuro_screen 56 59\tSLR\n"
    "T5\tred_flag_screen 0 12\tDenies fever\n"
    "T6\tradicular_screen 47 59\tNegative SLR\n";

GoldEvalReport evaluate(const std::string& ann) {
  TempDir dir;
  dir.write("n1.txt", kNote);
  dir.write("n1.ann", ann);
  return evaluate_gold(shipped_analyzer(), dir.str());
}

}  // namespace

TEST_CASE("gold eval: an annotation that agrees scores 1 everywhere") {
  GoldEvalReport r = evaluate(kGold);
  INFO(r.problems.size());
  REQUIRE(r.problems.empty());
  CHECK(r.notes == 1);
  CHECK(r.concepts_total().tp == 3);
  CHECK(r.concepts_total().f1() == doctest::Approx(1.0));
  CHECK(r.attributes.at("Negated").tp == 2);
  CHECK(r.laterality_total == 1);
  CHECK(r.laterality_accuracy() == doctest::Approx(1.0));
  CHECK(r.element_total == 15);
  CHECK(r.element_accuracy() == doctest::Approx(1.0));
  CHECK(r.disagreements.empty());
}

TEST_CASE("gold eval: misses, extras, wrong sides and wrong elements are counted") {
  std::string ann = kGold;
  // The SLR annotated as leg_paresthesia: one miss (slr_sign) and one extra (slr_sign found).
  ann.replace(ann.find("slr_sign 56"), 8, "leg_paresthesia");
  // The leg pain annotated on the right.
  ann.replace(ann.find("T2 left"), 7, "T2 right");
  // A gait element the note does not document.
  ann += "T7\tgait_posture 14 18\tPain\n";
  GoldEvalReport r = evaluate(ann);
  REQUIRE(r.problems.empty());
  CHECK(r.concepts.at("leg_paresthesia").fn == 1);
  CHECK(r.concepts.at("slr_sign").fp == 1);
  CHECK(r.concepts_total().tp == 2);
  CHECK(r.concepts_total().f1() == doctest::Approx(2.0 * 2 / (2 * 2 + 1 + 1)));
  CHECK(r.laterality_correct == 0);
  CHECK(r.laterality_total == 1);
  CHECK(r.elements.at("gait_posture").fn == 1);
  CHECK(r.element_accuracy() == doctest::Approx(14.0 / 15));
  std::ostringstream out;
  dxaudit::eval::print_report(r, out, true);
  CHECK(out.str().find("n1 14-45 'Pain shooting down the left leg': expected radiating_leg_pain "
                       "laterality right, found left") != std::string::npos);
}

TEST_CASE("gold eval: spans overlap to match; the text column must be the note's text") {
  std::string ann = kGold;
  // A shorter span of the same mention still matches.
  ann.replace(ann.find("radiating_leg_pain 14 45\tPain shooting down the left leg"), 56,
              "radiating_leg_pain 14 27\tPain shooting");
  GoldEvalReport r = evaluate(ann);
  REQUIRE(r.problems.empty());
  CHECK(r.concepts.at("radiating_leg_pain").tp == 1);

  r = evaluate("T1\tfever 7 12\tFEVER\nT2\tnot_a_concept 0 6\tDenies\nA1\tNegated T9\n");
  REQUIRE(r.problems.size() == 3);
  CHECK(r.problems[0].find("n1.ann:1: the text at 7-12 is 'fever', not 'FEVER'") !=
        std::string::npos);
  CHECK(r.problems[1].find(":2: 'not_a_concept' is neither a concept nor an element") !=
        std::string::npos);
  CHECK(r.problems[2].find(":3: attribute on 'T9'") != std::string::npos);
}

TEST_CASE("gold eval: a note without its .ann and an empty directory are problems") {
  TempDir dir;
  GoldEvalReport r = evaluate_gold(shipped_analyzer(), dir.str());
  CHECK(r.problems.size() == 1);
  dir.write("n1.txt", kNote);
  r = evaluate_gold(shipped_analyzer(), dir.str());
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].find("n1.ann: missing") != std::string::npos);
}
