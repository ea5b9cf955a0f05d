// The audit stage (audit/audit.h): rules and verdicts from the shipped models/, through
// the Analyzer; and AuditModel::load errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "analysis_support.h"
#include "audit/audit.h"
#include "lexicon/line_file.h"
#include "lexicon_support.h"

using dxaudit::audit::AuditModel;
using dxaudit::lexicon::LineFile;
using dxaudit::lexicon::LoadError;
using dxaudit::testing::Analysis;
using dxaudit::testing::analyze_text;
using dxaudit::testing::AnalyzedFlag;
using dxaudit::testing::describe_errors;
using dxaudit::testing::has_error;
using dxaudit::testing::shipped_analyzer;

namespace {

// `text` with `codes` assigned, on an encounter `date` after M54.50 took effect.
Analysis audit(const std::string& text, std::vector<std::string> codes = {"M54.50"},
               const std::string& date = "2025-03-04") {
  return analyze_text(text, std::move(codes), date);
}

const char* const kRadicular = "M5450_UNSUPPORTED_RADICULAR";

// A note that documents justification, a red-flag screen, a radicular screen and two
// examination elements (rom, palpation), with no radicular finding. Each phrase is one
// that lexicons/elements.lex recognises.
const char* const kSupportedNote =
    "Low back pain for two weeks without radiation. "
    "Denies bowel or bladder dysfunction. "
    "Range of motion limited by pain. "
    "Tenderness to palpation over the left lumbar paraspinals. "
    "Findings consistent with nonspecific low back pain.";

const char* const kRulesFile = "rules.model";

std::vector<LoadError> load_rules(const std::string& content,
                                  std::unique_ptr<const AuditModel>* model = nullptr) {
  std::vector<LoadError> errors;
  std::vector<LineFile> files{dxaudit::lexicon::parse_line_file(kRulesFile, content, &errors)};
  REQUIRE(errors.empty());
  auto m = AuditModel::load(files, shipped_analyzer().lexicon(), shipped_analyzer().code_model(),
                            &errors);
  CHECK((m == nullptr) == !errors.empty());
  if (model != nullptr) *model = std::move(m);
  return errors;
}

}  // namespace

TEST_CASE("audit: a left-sided radicular finding makes M54.50 unsupported, suggesting M54.42") {
  auto a = audit("Low back pain with pain shooting down the left leg.");
  const AnalyzedFlag* f = a.flag(kRadicular);
  REQUIRE(f != nullptr);
  CHECK(f->severity == "high");
  CHECK(f->code == "M54.50");
  CHECK(f->suggest == std::vector<std::string>{"M54.42"});
  REQUIRE(f->evidence.size() == 1);
  CHECK(f->evidence_concepts[0] == "radiating_leg_pain");
  CHECK(f->evidence == std::vector<std::string>{"pain shooting down the left leg"});
  CHECK(a.verdict("M54.50") == "unsupported");
  CHECK(a.verdicts.size() == 1);
}

TEST_CASE("audit: suggestions follow the side the evidence documents") {
  CHECK(audit("Pain shooting down the right leg.").flag(kRadicular)->suggest ==
        std::vector<std::string>{"M54.41"});
  // Both sides, from two findings.
  auto a = audit("Pain shooting down the left leg. Numbness in the right foot.");
  REQUIRE(a.flag(kRadicular) != nullptr);
  CHECK(a.flag(kRadicular)->suggest == std::vector<std::string>{"M54.41", "M54.42"});
  CHECK(a.flag(kRadicular)->evidence.size() == 2);
  // Both sides, from one bilateral finding.
  a = audit("Bilateral leg pain.");
  REQUIRE(a.flag(kRadicular) != nullptr);
  CHECK(a.flag(kRadicular)->suggest == std::vector<std::string>{"M54.41", "M54.42"});
  // No side documented.
  a = audit("Sciatica.");
  REQUIRE(a.flag(kRadicular) != nullptr);
  CHECK(a.flag(kRadicular)->suggest == std::vector<std::string>{"M54.40"});
}

TEST_CASE("audit: the message quotes the evidence as the note wrote it") {
  auto a = audit("LBP. Pain Shooting Down The LEFT Leg.");
  const AnalyzedFlag* f = a.flag(kRadicular);
  REQUIRE(f != nullptr);
  CHECK(f->message ==
        "M54.50 is assigned, but the note documents 'Pain Shooting Down The LEFT Leg': nerve "
        "involvement makes the unspecified code unsupported; consider M54.42.");

  a = audit("Pain shooting down the left leg. Numbness in the right foot.");
  f = a.flag(kRadicular);
  REQUIRE(f != nullptr);
  CHECK(f->message ==
        "M54.50 is assigned, but the note documents 'Pain shooting down the left leg' and "
        "'Numbness in the right foot': nerve involvement makes the unspecified code "
        "unsupported; consider M54.41 and M54.42.");
}

TEST_CASE("audit: a treatment is quoted for a cancer only when the note names none") {
  const char* const kRedFlag = "M5450_RED_FLAG";
  // Beside the cancer's name, its treatment is left out of the evidence, wherever it is.
  auto a = audit(
      "Low back pain. She received chemotherapy in 2019. History of colon cancer. "
      "Radiation therapy to the pelvis followed.");
  const AnalyzedFlag* f = a.flag(kRedFlag);
  REQUIRE(f != nullptr);
  CHECK(f->evidence == std::vector<std::string>{"colon cancer"});
  CHECK(f->message.find("chemotherapy") == std::string::npos);
  // The findings stay in the output: only the flag's quotes change.
  CHECK(std::count_if(a.findings.begin(), a.findings.end(),
                      [](const auto& x) { return x.concept_name == "cancer_history"; }) == 3);
  // Alone, the treatment is the evidence.
  a = audit("Low back pain. She received chemotherapy in 2019.");
  f = a.flag(kRedFlag);
  REQUIRE(f != nullptr);
  CHECK(f->evidence == std::vector<std::string>{"chemotherapy"});
}

TEST_CASE("audit: the message quotes non-ASCII text from the original bytes") {
  auto a = audit("Caf\xC3\xA9 \xE2\x80\x94 Sciatica \xE2\x80\x94 \xC3\x89TAT.");
  const AnalyzedFlag* f = a.flag(kRadicular);
  REQUIRE(f != nullptr);
  CHECK(f->evidence == std::vector<std::string>{"Sciatica"});
  CHECK(f->message.find("documents 'Sciatica':") != std::string::npos);
}

TEST_CASE("audit: the code may be written in any form") {
  auto a = audit("Sciatica.", {"m5450"});
  CHECK(a.flag(kRadicular) != nullptr);
  CHECK(a.verdict("M54.50") == "unsupported");
}

TEST_CASE("audit: without M54.50 there is no flag and no verdict") {
  auto a = audit("Pain shooting down the left leg.", {});
  CHECK(a.flags.empty());
  CHECK(a.verdicts.empty());
  a = audit("Pain shooting down the left leg.", {"M54.42"});
  CHECK(a.flags.empty());
  CHECK(a.verdicts.empty());
  a = audit("Pain shooting down the left leg.", {"M54.5"}, "2021-09-01");
  CHECK(a.flags.empty());
  CHECK(a.verdicts.empty());
}

TEST_CASE("audit: only active radicular findings fire the rule") {
  CHECK(audit("Denies radiating pain.").flag(kRadicular) == nullptr);
  CHECK(audit("Negative SLR.").flag(kRadicular) == nullptr);
  CHECK(audit("Possible radiculopathy.").flag(kRadicular) == nullptr);
  CHECK(audit("Remote history of sciatica.").flag(kRadicular) == nullptr);
  CHECK(audit("Sciatica in 2010, since resolved.").flag(kRadicular) == nullptr);
  CHECK(audit("Return if numbness in the legs.").flag(kRadicular) == nullptr);
  CHECK(audit("Her mother has sciatica.").flag(kRadicular) == nullptr);
  // The evidence lists active findings only.
  auto a = audit("Denies numbness in the legs. Sciatica on the right.");
  REQUIRE(a.flag(kRadicular) != nullptr);
  CHECK(a.flag(kRadicular)->evidence == std::vector<std::string>{"Sciatica"});
  CHECK(a.flag(kRadicular)->suggest == std::vector<std::string>{"M54.41"});
}

TEST_CASE("audit: verdict supported when every requirement is documented") {
  auto a = audit(kSupportedNote);
  // Only the elements the verdict does not need are reported missing.
  REQUIRE(a.flags.size() == 1);
  CHECK(a.flags[0].rule == "MISSING_ELEMENTS");
  CHECK(a.flags[0].message ==
        "M54.50 is assigned, but the note does not document: onset, quality, aggravating, "
        "relieving, functional_impact, strength, gait_posture and neuro_screen.");
  CHECK(a.verdict("M54.50") == "supported");
  // Check why, element by element.
  for (const char* e :
       {"justification", "red_flag_screen", "radicular_screen", "rom", "palpation"}) {
    INFO(e);
    CHECK(a.element(e).present);
  }
  for (const char* e : {"strength", "gait_posture", "neuro_screen"}) {
    INFO(e);
    CHECK_FALSE(a.element(e).present);
  }
}

TEST_CASE("audit: verdict insufficient_documentation when a requirement is missing") {
  CHECK(audit("Low back pain for two weeks.").verdict("M54.50") == "insufficient_documentation");
  // One exam element only (palpation): fewer than two.
  CHECK(audit("Low back pain for two weeks without radiation. "
              "Denies bowel or bladder dysfunction. "
              "Tenderness over the left lumbar paraspinals. "
              "Findings consistent with nonspecific low back pain.")
            .verdict("M54.50") == "insufficient_documentation");
  // No justification.
  CHECK(audit("Low back pain for two weeks without radiation. "
              "Denies bowel or bladder dysfunction. "
              "Range of motion limited by pain. "
              "Tenderness to palpation over the left lumbar paraspinals.")
            .verdict("M54.50") == "insufficient_documentation");
  // No radicular screen.
  CHECK(audit("Low back pain for two weeks. "
              "Denies bowel or bladder dysfunction. "
              "Range of motion limited by pain. "
              "Tenderness to palpation over the left lumbar paraspinals. "
              "Findings consistent with nonspecific low back pain.")
            .verdict("M54.50") == "insufficient_documentation");
  // No red-flag screen.
  CHECK(audit("Low back pain for two weeks without radiation. "
              "Range of motion limited by pain. "
              "Tenderness to palpation over the left lumbar paraspinals. "
              "Findings consistent with nonspecific low back pain.")
            .verdict("M54.50") == "insufficient_documentation");
}

TEST_CASE("audit: an unsupporting finding outweighs complete documentation") {
  auto a = audit(std::string(kSupportedNote) + " Sciatica on the left.");
  REQUIRE(a.flag(kRadicular) != nullptr);
  CHECK(a.verdict("M54.50") == "unsupported");
}

TEST_CASE("audit model: the shipped rule as data") {
  const AuditModel& m = shipped_analyzer().audit_model();
  REQUIRE(m.rules().size() >= 1);
  auto it = std::find_if(m.rules().begin(), m.rules().end(),
                         [](const auto& r) { return r.id == kRadicular; });
  REQUIRE(it != m.rules().end());
  CHECK(it->code == "M54.50");
  CHECK(it->severity == dxaudit::audit::Severity::kHigh);
  CHECK(it->makes_unsupported);
  // Suggestions by side are suggest.model lines, each naming the rule.
  std::vector<std::string> sided;
  for (const auto& c : m.clauses())
    if (c.rule == kRadicular && c.side_mask != 0)
      sided.insert(sided.end(), c.codes.begin(), c.codes.end());
  CHECK(sided == std::vector<std::string>{"M54.42", "M54.41", "M54.41", "M54.42", "M54.40"});
  REQUIRE(it->any.size() == 1);
  CHECK(it->any[0].is_category);
  CHECK(shipped_analyzer().lexicon().categories[it->any[0].index] == "radicular");
  REQUIRE(m.verdicts().size() == 1);
  CHECK(m.verdicts()[0].code == "M54.50");
  CHECK(m.verdicts()[0].required.size() == 3);
  CHECK(m.verdicts()[0].exam.size() == 5);
  CHECK(m.verdicts()[0].exam_min == 2);
}

TEST_CASE("audit model: a valid rule file loads") {
  std::unique_ptr<const AuditModel> m;
  auto errors = load_rules(
      "@kind rules\n"
      "R_STRAIN\tm5450\ttitle=t all=lifting_mechanism,paraspinal_tenderness severity=medium "
      "suggest=S39.012A message=\"{code}: {evidence}; consider {suggest}\"\n",
      &m);
  INFO(describe_errors(errors));
  REQUIRE(m != nullptr);
  REQUIRE(m->rules().size() == 1);
  CHECK(m->rules()[0].code == "M54.50");
  CHECK(m->rules()[0].all.size() == 2);
  CHECK_FALSE(m->rules()[0].makes_unsupported);
  CHECK_FALSE(m->rules()[0].by_side);
  CHECK(m->rules()[0].suggest == std::vector<std::string>{"S39.012A"});
  CHECK(m->rules()[0].line == 2);
}

TEST_CASE("audit model: every rule line has a plain-language title") {
  std::unique_ptr<const AuditModel> m;
  auto errors = load_rules(
      "@kind rules\n"
      "R1\tM54.50\ttitle=\"Nerve involvement documented\" any=radiculopathy severity=high "
      "message=\"x\"\n"                                               // 2
      "R2\tM54.50\tany=radiculopathy severity=high message=\"x\"\n",  // 3
      &m);
  INFO(describe_errors(errors));
  CHECK(has_error(errors, kRulesFile, 3, "rule R2 needs title=\"...\" (what it means in plain"));
  CHECK(errors.size() == 1);
  // The shipped rules all load, so each has one.
  for (const dxaudit::audit::Rule& r : dxaudit::testing::shipped_analyzer().audit_model().rules())
    CHECK_MESSAGE(!r.title.empty(), r.id);
}

TEST_CASE("audit model: errors are reported with file:line, all of them") {
  auto errors = load_rules(
      "@kind rules\n"
      "R1\tM54.50\ttitle=t any=no_such_concept severity=high message=\"x\"\n"                // 2
      "R2\tM54.50\ttitle=t any=category:radicular severity=high message=\"x\" colour=red\n"  // 3
      "R3\tM54.50\ttitle=t any=category:radicular message=\"x\"\n"                           // 4
      "R4\tM54.50\ttitle=t any=category:radicular severity=high suggest.left=M54.42 "
      "suggest.right=M54.41 message=\"x\"\n"                                                // 5
      "R5\tM54.50\ttitle=t any=category:no_such_category severity=high message=\"x\"\n"     // 6
      "R6\tM99.99\ttitle=t any=radiculopathy severity=high message=\"x\"\n"                 // 7
      "R7\tM54.50\ttitle=t any=radiculopathy severity=urgent message=\"x\"\n"               // 8
      "R8\tM54.50\ttitle=t any=radiculopathy severity=high suggest=Z99.99 message=\"x\"\n"  // 9
      "R9\tM54.50\ttitle=t any=radiculopathy severity=high\n"                               // 10
      "R10\tM54.50\ttitle=t severity=high message=\"x\"\n"                                  // 11
      "R11\tM54.50\ttitle=t any=radiculopathy severity=high message=\"x\"\n"                // 12
      "R11\tM54.50\ttitle=t any=radiculopathy severity=high message=\"x\"\n");              // 13
  INFO(describe_errors(errors));
  CHECK(has_error(errors, kRulesFile, 2, "unknown concept 'no_such_concept'"));
  CHECK(has_error(errors, kRulesFile, 3, "unknown option 'colour'"));
  CHECK(has_error(errors, kRulesFile, 4, "rule R3 needs severity="));
  CHECK(
      has_error(errors, kRulesFile, 5, "rule R4 gives suggestions by side but not for every side"));
  CHECK(has_error(errors, kRulesFile, 6, "unknown category 'no_such_category'"));
  CHECK(has_error(errors, kRulesFile, 7, "'M99.99' is not a code of the code model"));
  CHECK(has_error(errors, kRulesFile, 8, "severity is high, medium, low or info, not 'urgent'"));
  CHECK(has_error(errors, kRulesFile, 9, "code Z99.99 is not in the code model"));
  CHECK(has_error(errors, kRulesFile, 10, "rule R9 needs message="));
  CHECK(has_error(errors, kRulesFile, 11, "rule R10 needs any= or all= findings"));
  CHECK(has_error(errors, kRulesFile, 13,
                  "rule R11 for M54.50 is already defined at rules.model:12"));
  // One error per problem: an unknown concept is not also reported as a missing any=.
  CHECK_FALSE(has_error(errors, kRulesFile, 2, "needs any= or all="));
  CHECK_FALSE(has_error(errors, kRulesFile, 6, "needs any= or all="));
  CHECK(errors.size() == 11);
}

TEST_CASE("audit model: verdict policy errors") {
  auto errors = load_rules(
      "@kind verdicts\n"
      "M54.50\tverdict\trequired=justification,no_such_element exam=rom exam_min=1\n"  // 2
      "M54.50\tverdict\texam=rom,palpation exam_min=3\n"                               // 3
      "M54.50\tpolicy\trequired=justification\n"                                       // 4
      "M54.50\tverdict\texam=rom exam_min=one\n"                                       // 5
      "M54.50\tverdict\tcolour=red\n");                                                // 6
  INFO(describe_errors(errors));
  CHECK(has_error(errors, kRulesFile, 2, "unknown element 'no_such_element'"));
  CHECK(has_error(errors, kRulesFile, 3, "exam_min is larger than the number of exam elements"));
  CHECK(has_error(errors, kRulesFile, 4, "CODE<TAB>verdict<TAB>options"));
  CHECK(has_error(errors, kRulesFile, 5, "exam_min must be"));
  CHECK(has_error(errors, kRulesFile, 6, "unknown option 'colour'"));
  CHECK(errors.size() == 5);
}

TEST_CASE("audit model: errors in rule kinds and suggestion lines, with file:line") {
  auto errors = load_rules(
      "@kind rules\n"
      "A\tM54.50\ttitle=t kind=sideways severity=high message=\"x\"\n"         // 2
      "B\tM54.50\ttitle=t kind=excludes1 severity=high message=\"x\"\n"        // 3
      "C\t*\ttitle=t kind=invalid severity=high message=\"x\" elements=rom\n"  // 4
      "D\tM54.50\ttitle=t kind=missing elements=rom,no_such_element severity=low "
      "message=\"x\"\n"  // 5
      "E\tM54.50\ttitle=t kind=repeated window_days=0 min_count=3 severity=low "
      "message=\"x\"\n"  // 6
      "F\tM54.50\ttitle=t kind=repeated window_days=90 min_count=3 specific=M51.x- "
      "severity=low "
      "message=\"x\"\n"  // 7
      "G\tM54.40\ttitle=t kind=laterality sides=left,up any=radiculopathy severity=low "
      "suggest.left=M54.42 message=\"x\"\n");  // 8
  INFO(describe_errors(errors));
  CHECK(has_error(errors, kRulesFile, 2, "kind is findings, missing, excludes1"));
  CHECK(has_error(errors, kRulesFile, 3, "write * as its code"));
  CHECK(has_error(errors, kRulesFile, 4, "unknown option 'elements'"));
  CHECK(has_error(errors, kRulesFile, 5, "unknown element 'no_such_element'"));
  CHECK(has_error(errors, kRulesFile, 6, "window_days must be a whole number above 0"));
  CHECK(has_error(errors, kRulesFile, 7, "specific: 'M51.x-' is not a code pattern"));
  CHECK(has_error(errors, kRulesFile, 8, "a side is left, right, bilateral or unsided, not 'up'"));

  std::vector<LoadError> errs;
  std::vector<LineFile> files{
      dxaudit::lexicon::parse_line_file(
          kRulesFile,
          "@kind rules\n"
          "R\tM54.50\ttitle=t any=radiculopathy severity=high message=\"x\"\n",
          &errs),
      dxaudit::lexicon::parse_line_file("suggest.model",
                                        "@kind suggest\n"
                                        "R\tM54.42\tside=left\n"             // 2: fine
                                        "NO_RULE\tM54.42\tside=left\n"       // 3
                                        "R\tZ99.99\tside=left\n"             // 4
                                        "R\tM51.17\tlevel=L9-Q1\n"           // 5
                                        "R\tS39.012D\tencounter=later\n"     // 6
                                        "R\tM54.40\twith=no_such_concept\n"  // 7
                                        "R\tM54.40\tcolour=red\n",           // 8
                                        &errs)};
  REQUIRE(errs.empty());
  auto m =
      AuditModel::load(files, shipped_analyzer().lexicon(), shipped_analyzer().code_model(), &errs);
  INFO(describe_errors(errs));
  CHECK(m == nullptr);
  CHECK(has_error(errs, "suggest.model", 3, "no rule 'NO_RULE'"));
  CHECK(has_error(errs, "suggest.model", 4, "code Z99.99 is not in the code model"));
  CHECK(has_error(errs, "suggest.model", 5, "'L9-Q1' is not a spinal level"));
  CHECK(has_error(errs, "suggest.model", 6, "encounter is initial or subsequent"));
  CHECK(has_error(errs, "suggest.model", 7, "unknown concept 'no_such_concept'"));
  CHECK(has_error(errs, "suggest.model", 8, "unknown option 'colour'"));
  CHECK(errs.size() == 6);
}
