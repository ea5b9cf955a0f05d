// Typed tables (evidence/table_columns.h): a finding in a row takes the side or the visit
// of the header cell above its value, through the Analyzer with the shipped data
// (lexicons/table_columns.lex).
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "analysis_support.h"
#include "evidence/table_columns.h"

using dxaudit::testing::Analysis;
using dxaudit::testing::analyze_text;
using dxaudit::testing::AnalyzedFinding;

namespace {

// The finding of `concept_name` whose text is `text`, or null.
const AnalyzedFinding* find(const Analysis& a, std::string_view concept_name,
                            std::string_view text) {
  for (const AnalyzedFinding& f : a.findings)
    if (f.concept_name == concept_name && f.text == text) return &f;
  return nullptr;
}

bool has_cue(const AnalyzedFinding& f, std::string_view category, std::string_view text) {
  for (const auto& c : f.cues)
    if (c.category == category && c.text == text) return true;
  return false;
}

}  // namespace

TEST_CASE("table columns: a column a side gives the side of the value under it") {
  auto a = analyze_text(
      "PT EVAL\nMMT | R | L\nHip flex | 5/5 | 5/5\nAnkle DF | 5/5 | 4+/5\nEHL | 4/5 | 5/5\n"
      "Achilles | 2+ | 1+\n");
  // A normal report reads every value it covers: both sides.
  const AnalyzedFinding* hip = find(a, "motor_weakness", "Hip flex | 5/5 | 5/5");
  REQUIRE(hip != nullptr);
  CHECK(hip->negated);
  CHECK(hip->laterality == "bilateral");
  // A deficit is its last value's: the weak ankle is the left, the weak EHL the right.
  const AnalyzedFinding* ankle = find(a, "motor_weakness", "Ankle DF | 5/5 | 4+/5");
  REQUIRE(ankle != nullptr);
  CHECK(ankle->active);
  CHECK(ankle->laterality == "left");
  const AnalyzedFinding* ehl = find(a, "motor_weakness", "EHL | 4/5");
  REQUIRE(ehl != nullptr);
  CHECK(ehl->laterality == "right");
  const AnalyzedFinding* achilles = find(a, "reflex_deficit", "Achilles | 2+ | 1+");
  REQUIRE(achilles != nullptr);
  CHECK(achilles->laterality == "left");
}

TEST_CASE("table columns: an earlier visit's column is historical, a goal's hypothetical") {
  auto a = analyze_text(
      "PT RE-EVAL\n| Measure | IE (3/14) | Today | Goal |\n|---|---|---|---|\n"
      "| L EHL | 4/5 | 5/5 | 5/5 |\n| R Achilles | 1+ | 1+ | 2+ |\n"
      "| Numbness L foot | constant | intermittent | none |\n");
  // The initial visit's weakness is over; the header cell is the cue.
  const AnalyzedFinding* ehl = find(a, "motor_weakness", "EHL | 4/5");
  REQUIRE(ehl != nullptr);
  CHECK(ehl->historical);
  CHECK_FALSE(ehl->active);
  CHECK(ehl->laterality == "left");
  CHECK(has_cue(*ehl, "historical", "IE (3/14)"));
  // A low reflex in both visits: the second value is today's, with its label's side.
  const AnalyzedFinding* today = find(a, "reflex_deficit", "1+");
  REQUIRE(today != nullptr);
  CHECK(today->active);
  CHECK(today->laterality == "right");
  // The goal's "none" denies nothing of the numbness in the label.
  const AnalyzedFinding* numb = find(a, "leg_paresthesia", "Numbness L foot");
  REQUIRE(numb != nullptr);
  CHECK_FALSE(numb->negated);
  CHECK(numb->active);
}

TEST_CASE("table columns: without a header that names its columns, a row reads as before") {
  // The first line of a table is its header: a finding there, or in a table whose header
  // names no side or visit, keeps what its own words give.
  auto a = analyze_text("EXAM\nAnkle DF | 4/5 | 5/5\nKnee ext | 5/5 | 5/5\n");
  const AnalyzedFinding* ankle = find(a, "motor_weakness", "Ankle DF | 4/5");
  REQUIRE(ankle != nullptr);
  CHECK(ankle->active);
  CHECK(ankle->laterality == "");
  a = analyze_text("EXAM\n| Muscle | Grade | Comment |\n| L ankle DF | 4/5 | pain limited |\n");
  ankle = find(a, "motor_weakness", "ankle DF | 4/5");
  REQUIRE(ankle != nullptr);
  CHECK(ankle->active);
  CHECK(ankle->laterality == "left");
  // A header that is all rule says nothing.
  a = analyze_text("EXAM\n|---|---|---|\n| Ankle DF | 5/5 | 4/5 |\n");
  ankle = find(a, "motor_weakness", "Ankle DF | 5/5 | 4/5");
  REQUIRE(ankle != nullptr);
  CHECK(ankle->laterality == "");
  CHECK(ankle->active);
}

TEST_CASE("table columns: cells aligned with spaces are read by their position under the header") {
  auto a = analyze_text(
      "OBJECTIVE\n"
      "Neuro Screen                  R            L\n"
      "  Myotomes L2-S1              5/5          5/5\n"
      "  Ankle DF                    4/5          5/5\n"
      "\n"
      "                              Initial (06/02)        Re-exam (07/15)\n"
      "SLR                           (+) R at 50 deg        (-) bilat\n"
      "Sensation                     decreased L5           intact\n");
  // The weak value under R; a normal first value then a weak one under L is not read yet
  // (docs/eval.md, round twenty-one).
  const AnalyzedFinding* ankle = nullptr;
  for (const AnalyzedFinding& f : a.findings)
    if (f.concept_name == "motor_weakness" && f.text.rfind("Ankle DF", 0) == 0) ankle = &f;
  REQUIRE(ankle != nullptr);
  CHECK(ankle->active);
  CHECK(ankle->laterality == "right");
  // The initial visit's column: its decreased sensation is over, today's column intact.
  const AnalyzedFinding* sensation = nullptr;
  for (const AnalyzedFinding& f : a.findings)
    if (f.concept_name == "sensory_deficit" && !f.negated) sensation = &f;
  REQUIRE(sensation != nullptr);
  CHECK(sensation->historical);
  CHECK_FALSE(sensation->active);
  CHECK(has_cue(*sensation, "historical", "Initial (06/02)"));
  // A cell is placed by where it starts, though its text runs on to just before the next
  // header cell.
  a = analyze_text(
      "Objective\n"
      "                              Initial (06/02)        Re-exam (07/15)\n"
      "Lumbar flexion                40 deg, painful        75 deg, stiff\n"
      "Palpation                     R L4-5 paraspinal spasm  mild R hypertonicity\n");
  const AnalyzedFinding* spasm = nullptr;
  for (const AnalyzedFinding& f : a.findings)
    if (f.concept_name == "paraspinal_tenderness" && f.text == "paraspinal spasm") spasm = &f;
  REQUIRE(spasm != nullptr);
  CHECK(spasm->historical);
  // Prose with double spaces after its sentences, on one line, is no table.
  a = analyze_text("HPI\nShe has left leg weakness.  R  L  today.  Ankle DF 4/5.\n");
  ankle = find(a, "motor_weakness", "Ankle DF 4/5");
  REQUIRE(ankle != nullptr);
  CHECK(ankle->laterality == "");
}

TEST_CASE("table columns: a header cell is read whole or before a mark, in any case") {
  const dxaudit::lexicon::Lexicon& lex = dxaudit::testing::shipped_analyzer().lexicon();
  using dxaudit::lexicon::TableColumnKind;
  CHECK(lex.table_column_kind(" R ") == TableColumnKind::kRight);
  CHECK(lex.table_column_kind("Left") == TableColumnKind::kLeft);
  CHECK(lex.table_column_kind("IE (3/14)") == TableColumnKind::kEarlier);
  CHECK(lex.table_column_kind("Initial eval 03/01") == TableColumnKind::kEarlier);
  CHECK(lex.table_column_kind("Today 4/20") == TableColumnKind::kCurrent);
  CHECK(lex.table_column_kind("LTG") == TableColumnKind::kGoal);
  // Not a header that only begins the cell's word: "Lumbar", "Rt." is "rt" before a mark.
  CHECK(lex.table_column_kind("Lumbar") == TableColumnKind::kNone);
  CHECK(lex.table_column_kind("Rt.") == TableColumnKind::kRight);
  CHECK(lex.table_column_kind("Grade") == TableColumnKind::kNone);
  // A one-letter header is the whole cell: "R / L" in a template line is no side column.
  CHECK(lex.table_column_kind("R / L") == TableColumnKind::kNone);
  CHECK(lex.table_column_kind("L5") == TableColumnKind::kNone);
  CHECK(lex.table_column_kind("") == TableColumnKind::kNone);
}

TEST_CASE("table columns: a label read alone takes today's result from its row") {
  // A special test's row of a re-examination: positive at the initial visit, negative today,
  // the result far along the row. Today's "(-)" denies the sign; the initial "(+)" is no cue.
  auto a = analyze_text(
      "CHIRO RE-EXAM\nOrtho/neuro              IE                Re-exam\n"
      "SLR R                    (+) 45 deg        (-)\n"
      "Braggard's R             (+)               (-)\n"
      "Kemp's R                 (+) LBP           (+) local LBP only\n");
  const AnalyzedFinding* slr = find(a, "slr_sign", "SLR");
  REQUIRE(slr != nullptr);
  CHECK(slr->negated);
  CHECK_FALSE(slr->active);
  CHECK(has_cue(*slr, "negated", "(-)"));
  const AnalyzedFinding* braggard = find(a, "slr_sign", "Braggard's");
  REQUIRE(braggard != nullptr);
  CHECK(braggard->negated);
  // Reversed, the earlier visit's "(-)" denies nothing of today's positive sign.
  a = analyze_text(
      "PT RE-EVAL\nTest        IE         Today\nSLR L       (-)        (+) 40 deg\n"
      "Slump       (-)        (+) L\n");
  slr = find(a, "slr_sign", "SLR");
  REQUIRE(slr != nullptr);
  CHECK_FALSE(slr->negated);
  CHECK(slr->active);
  // A negation under a goal's column is no result of today's.
  a = analyze_text(
      "PT RE-EVAL\n| Measure | IE | Goal |\n|---|---|---|\n| Numbness L foot | constant | none "
      "|\n");
  const AnalyzedFinding* numb = find(a, "leg_paresthesia", "Numbness L foot");
  REQUIRE(numb != nullptr);
  CHECK_FALSE(numb->negated);
}

TEST_CASE("table columns: a questionnaire's grid answers its rows by the column of the mark") {
  auto a = analyze_text(
      "OCC HEALTH\nSymptom review                 Yes   No\n"
      "  Back pain                     X\n"
      "  Pain radiating to leg               X\n"
      "  Leg weakness                        X\n"
      "  Fever                               X\n");
  const AnalyzedFinding* radiating = find(a, "radiating_leg_pain", "Pain radiating to leg");
  REQUIRE(radiating != nullptr);
  CHECK(radiating->negated);
  CHECK(has_cue(*radiating, "negated", "No"));
  const AnalyzedFinding* fever = find(a, "fever", "Fever");
  REQUIRE(fever != nullptr);
  CHECK(fever->negated);
  // Letters under "Y" and "N" columns, and a mark under "Y": what it names.
  a = analyze_text(
      "RED FLAGS\nRed flag screen                Y    N\n"
      "  History of cancer                   N\n"
      "  Night pain / pain at rest      Y\n"
      "  Saddle anesthesia                   N\n");
  const AnalyzedFinding* saddle = find(a, "saddle_anesthesia", "Saddle anesthesia");
  REQUIRE(saddle != nullptr);
  CHECK(saddle->negated);
  const AnalyzedFinding* night = find(a, "night_pain", "Night pain");
  REQUIRE(night != nullptr);
  CHECK_FALSE(night->negated);
  CHECK(night->active);
  // A row left unanswered (its label alone) does not end the grid: the rows after it are read.
  a = analyze_text(
      "RED FLAGS\nRed flag screen                Y    N\n"
      "  History of cancer                   N\n"
      "  Fever / chills                      N\n"
      "  Progressive leg weakness\n"
      "  Osteoporosis / long-term steroids   N\n");
  const AnalyzedFinding* osteoporosis = find(a, "osteoporosis", "Osteoporosis");
  REQUIRE(osteoporosis != nullptr);
  CHECK(osteoporosis->negated);
  const AnalyzedFinding* weakness =
      find(a, "progressive_neuro_deficit", "Progressive leg weakness");
  REQUIRE(weakness != nullptr);
  CHECK_FALSE(weakness->negated);
  // A field list whose first line happens to answer "No" is no grid: its other rows stand.
  a = analyze_text(
      "SCREEN\nFever              No\nNight pain         Yes\nWeight loss        Yes\n");
  const AnalyzedFinding* loss = find(a, "weight_loss", "Weight loss");
  REQUIRE(loss != nullptr);
  CHECK_FALSE(loss->negated);
}
