// Every rule of the shipped models/ on hand-built evidence: a positive and a negative
// case each, independent of the finding lexicons (which another branch rewrites). The
// evidence (findings with their assertion, side and level; elements present) is written
// here; audit_note() runs the shipped rules, suggestions and verdict policy on it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis_support.h"
#include "audit/audit.h"
#include "codes/codes.h"

using dxaudit::audit::AuditInput;
using dxaudit::audit::AuditResult;
using dxaudit::audit::Flag;
using dxaudit::lexicon::Laterality;
using dxaudit::testing::shipped_analyzer;
namespace codes = dxaudit::codes;
namespace evidence = dxaudit::evidence;

namespace {

// A note's evidence, built by hand over `text`.
struct Note {
  std::string text;
  std::vector<std::string> assigned{"M54.50"};
  std::string date = "2025-03-04";
  evidence::NoteEvidence ev;
  std::vector<codes::AssignedCode> text_codes;  // already resolved, source "text"
  // The note documents its low back pain (an active low_back_pain finding is added when
  // audited), as the notes of these tests do unless one says otherwise.
  bool back_pain = true;

  explicit Note(std::string t) : text(std::move(t)) {
    ev.elements.resize(shipped_analyzer().lexicon().elements.size());
  }
  // Adds a finding of `concept_name` on the first occurrence of `phrase`.
  evidence::Finding& finding(const std::string& concept_name, const std::string& phrase,
                             Laterality side = Laterality::kNone, std::string level = "") {
    auto id = shipped_analyzer().lexicon().concept_index(concept_name);
    REQUIRE(id.has_value());
    size_t at = text.find(phrase);
    REQUIRE(at != std::string::npos);
    evidence::Finding f;
    f.concept_id = *id;
    f.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + phrase.size())};
    f.laterality = side;
    f.level = std::move(level);
    ev.findings.push_back(std::move(f));
    return ev.findings.back();
  }
  void present(std::initializer_list<const char*> elements) {
    for (const char* e : elements) {
      auto i = shipped_analyzer().lexicon().element_index(e);
      REQUIRE(i.has_value());
      ev.elements[*i].present = true;
    }
  }
  // Every element present: the documentation is complete.
  void complete() {
    for (auto& e : ev.elements) e.present = true;
  }

  AuditResult audit() const {
    const auto& an = shipped_analyzer();
    codes::Date d = date.empty() ? 0 : *codes::parse_date(date);
    std::vector<codes::AssignedCode> cs;
    for (const std::string& c : assigned)
      cs.push_back(codes::resolve_code(an.code_model(), c, codes::CodeSource::kMetadata, d));
    cs.insert(cs.end(), text_codes.begin(), text_codes.end());
    dxaudit::text::MatchView view;
    view.build(text);
    // Active as build_evidence decides it, from the assertions written above.
    evidence::NoteEvidence decided = ev;
    for (evidence::Finding& f : decided.findings)
      f.active =
          evidence::is_active(f.assertion, an.lexicon().concepts[f.concept_id].historical_counts);
    if (back_pain) {
      evidence::Finding f;
      f.concept_id = *an.lexicon().concept_index("low_back_pain");
      f.active = true;
      decided.findings.push_back(std::move(f));
    }
    AuditResult r;
    dxaudit::audit::audit_note(an.audit_model(), an.lexicon(),
                               AuditInput{cs, decided, text, view, d}, &r);
    return r;
  }
};

const Flag* flag(const AuditResult& r, const std::string& rule) {
  for (const Flag& f : r.flags)
    if (f.rule == rule) return &f;
  return nullptr;
}
std::vector<std::string> rules(const AuditResult& r) {
  std::vector<std::string> out;
  for (const Flag& f : r.flags) out.push_back(f.rule);
  return out;
}
std::string verdict(const AuditResult& r) {
  for (const auto& v : r.verdicts)
    if (v.code == "M54.50") return std::string(dxaudit::audit::kVerdictNames.name(v.verdict));
  return "";
}
using V = std::vector<std::string>;

}  // namespace

TEST_CASE("rules: radicular, by side; with a disc finding the disc code by level") {
  Note n("Pain shooting down the left leg. +SLR on the left.");
  n.complete();
  n.finding("radiating_leg_pain", "Pain shooting down the left leg", Laterality::kLeft);
  n.finding("slr_sign", "+SLR", Laterality::kLeft);
  auto r = n.audit();
  REQUIRE(flag(r, "M5450_UNSUPPORTED_RADICULAR") != nullptr);
  CHECK(flag(r, "M5450_UNSUPPORTED_RADICULAR")->suggest == V{"M54.42"});
  CHECK(flag(r, "M5450_UNSUPPORTED_RADICULAR")->message ==
        "M54.50 is assigned, but the note documents 'Pain shooting down the left leg' and "
        "'+SLR': nerve involvement makes the unspecified code unsupported; consider M54.42.");
  CHECK(rules(r) == V{"M5450_UNSUPPORTED_RADICULAR"});
  CHECK(verdict(r) == "unsupported");

  Note both("Pain down the left leg. Pain down the right leg. Disc herniation at L5-S1.");
  both.complete();
  both.finding("radiating_leg_pain", "Pain down the left leg", Laterality::kLeft);
  both.finding("radiating_leg_pain", "Pain down the right leg", Laterality::kRight);
  CHECK(flag(both.audit(), "M5450_UNSUPPORTED_RADICULAR")->suggest == V{"M54.41", "M54.42"});
  both.finding("disc_herniation", "Disc herniation", Laterality::kNone, "L5-S1");
  auto rb = both.audit();
  CHECK(flag(rb, "M5450_UNSUPPORTED_RADICULAR")->suggest == V{"M51.17"});
  CHECK(flag(rb, "M5450_UNSUPPORTED_DISC")->suggest == V{"M51.17"});

  Note unsided("Radicular pain.");
  unsided.finding("radiating_leg_pain", "Radicular pain");
  CHECK(flag(unsided.audit(), "M5450_UNSUPPORTED_RADICULAR")->suggest == V{"M54.40"});
}

TEST_CASE("rules: radicular negative: negated, uncertain, historical, another person's") {
  Note n("Denies pain down the leg. Possible sciatica. Sciatica in 2010. Mother: sciatica.");
  n.complete();
  n.finding("radiating_leg_pain", "pain down the leg").assertion.negated = true;
  n.finding("radiculopathy", "Possible sciatica").assertion.uncertain = true;
  n.finding("radiculopathy", "Sciatica in 2010").assertion.historical = true;
  n.finding("radiculopathy", "Mother: sciatica").assertion.experiencer =
      dxaudit::context::Experiencer::kOther;
  auto r = n.audit();
  CHECK(r.flags.empty());
  CHECK(verdict(r) == "supported");
}

TEST_CASE("rules: strain needs both a lifting mechanism and paraspinal tenderness") {
  Note n("Pain began after lifting. Paraspinal spasm.");
  n.complete();
  n.finding("lifting_mechanism", "after lifting");
  CHECK(flag(n.audit(), "M5450_UNSUPPORTED_STRAIN") == nullptr);
  n.finding("paraspinal_tenderness", "Paraspinal spasm");
  auto r = n.audit();
  const Flag* f = flag(r, "M5450_UNSUPPORTED_STRAIN");
  REQUIRE(f != nullptr);
  CHECK(f->suggest == V{"S39.012A"});
  CHECK(f->episodic);
  CHECK(f->subsequent_suggest == V{"S39.012D"});
  CHECK(f->subsequent_message.find("consider S39.012D.") != std::string::npos);
  CHECK(verdict(r) == "unsupported");
}

TEST_CASE("rules: vertebrogenic, psychogenic, multifidus, structural: positive and negative") {
  struct Case {
    const char* concept_name;
    const char* rule;
    V suggest;
  };
  for (const Case& c :
       {Case{"modic_change", "M5450_UNSUPPORTED_VERTEBROGENIC", {"M54.51"}},
        Case{"psychogenic_pain", "M5450_UNSUPPORTED_PSYCHOGENIC", {"F45.41"}},
        Case{"multifidus_dysfunction", "M5450_UNSUPPORTED_MULTIFIDUS", {"M62.85"}},
        Case{"spinal_stenosis", "M5450_UNSUPPORTED_STRUCTURAL", {"M48.061", "M48.062"}},
        Case{"vertebral_fracture", "M5450_UNSUPPORTED_STRUCTURAL", {}}}) {
    INFO(c.concept_name);
    Note n("The finding X.");
    n.complete();
    n.finding(c.concept_name, "finding X");
    auto r = n.audit();
    REQUIRE(flag(r, c.rule) != nullptr);
    CHECK(flag(r, c.rule)->suggest == c.suggest);
    CHECK(flag(r, c.rule)->message.find("'finding X'") != std::string::npos);
    CHECK(verdict(r) == "unsupported");
    Note neg("The finding X.");
    neg.complete();
    neg.finding(c.concept_name, "finding X").assertion.negated = true;
    CHECK(neg.audit().flags.empty());
    // Not assigned M54.50: nothing to audit.
    n.assigned = {"M54.59"};
    CHECK(n.audit().flags.empty());
  }
  // Spondylolisthesis by level; M62.85 only from 2024-10-01.
  Note s("Spondylolisthesis at L4-L5.");
  s.finding("spondylolisthesis", "Spondylolisthesis", Laterality::kNone, "L4-L5");
  CHECK(flag(s.audit(), "M5450_UNSUPPORTED_STRUCTURAL")->suggest == V{"M43.16"});
  s.ev.findings[0].level = "L5-S1";
  CHECK(flag(s.audit(), "M5450_UNSUPPORTED_STRUCTURAL")->suggest == V{"M43.17"});
  Note m("Multifidus atrophy.");
  m.finding("multifidus_dysfunction", "Multifidus atrophy");
  m.date = "2024-09-30";
  CHECK(flag(m.audit(), "M5450_UNSUPPORTED_MULTIFIDUS")->suggest.empty());
  m.date = "2024-10-01";
  CHECK(flag(m.audit(), "M5450_UNSUPPORTED_MULTIFIDUS")->suggest == V{"M62.85"});
}

TEST_CASE("rules: disc degeneration by level, pain pattern and the 2024-10-01 expansion") {
  Note n("Degenerative disc disease. Leg pain.");
  n.complete();
  n.finding("disc_degeneration", "Degenerative disc disease", Laterality::kNone, "L4-L5");
  n.date = "2024-09-30";
  CHECK(flag(n.audit(), "M5450_UNSUPPORTED_DISC")->suggest == V{"M51.36"});
  n.date = "2024-10-01";
  CHECK(flag(n.audit(), "M5450_UNSUPPORTED_DISC")->suggest == V{"M51.360"});
  n.ev.findings[0].level = "L5-S1";
  CHECK(flag(n.audit(), "M5450_UNSUPPORTED_DISC")->suggest == V{"M51.370"});
  n.finding("radiating_leg_pain", "Leg pain");
  CHECK(flag(n.audit(), "M5450_UNSUPPORTED_DISC")->suggest == V{"M51.372"});
  // Herniation without radiculopathy: displacement codes.
  Note h("Disc protrusion.");
  h.finding("disc_herniation", "Disc protrusion", Laterality::kNone, "L3-L4");
  CHECK(flag(h.audit(), "M5450_UNSUPPORTED_DISC")->suggest == V{"M51.26"});
  h.ev.findings[0].assertion.negated = true;
  CHECK(flag(h.audit(), "M5450_UNSUPPORTED_DISC") == nullptr);
}

TEST_CASE("rules: red flags, with a past cancer active when historical") {
  Note n("History of breast cancer.");
  n.complete();
  n.finding("cancer_history", "breast cancer").assertion.historical = true;
  auto r = n.audit();
  REQUIRE(flag(r, "M5450_RED_FLAG") != nullptr);
  CHECK(flag(r, "M5450_RED_FLAG")->severity == dxaudit::audit::Severity::kHigh);
  CHECK(verdict(r) == "unsupported");
  Note h("Fever in 2019.");
  h.complete();
  h.finding("fever", "Fever").assertion.historical = true;  // a past fever is not active
  CHECK(flag(h.audit(), "M5450_RED_FLAG") == nullptr);
}

TEST_CASE("rules: MISSING_ELEMENTS lists the absent elements; MISSING_JUSTIFICATION") {
  Note n("Low back pain.");
  n.complete();
  CHECK(n.audit().flags.empty());
  n.ev.elements[*shipped_analyzer().lexicon().element_index("onset")].present = false;
  n.ev.elements[*shipped_analyzer().lexicon().element_index("rom")].present = false;
  auto r = n.audit();
  REQUIRE(rules(r) == V{"MISSING_ELEMENTS"});
  CHECK(r.flags[0].message == "M54.50 is assigned, but the note does not document: onset and rom.");
  CHECK(verdict(r) == "supported");  // rom is one exam element of five; four remain
  n.ev.elements[*shipped_analyzer().lexicon().element_index("justification")].present = false;
  r = n.audit();
  CHECK(rules(r) == V{"MISSING_ELEMENTS", "MISSING_JUSTIFICATION"});
  CHECK(verdict(r) == "insufficient_documentation");
}

TEST_CASE("rules: no low back pain documented, only another complaint") {
  Note n("Pain shooting down the left leg.");
  n.complete();
  n.back_pain = false;
  n.finding("radiating_leg_pain", "Pain shooting down the left leg", Laterality::kLeft);
  auto r = n.audit();
  const Flag* f = flag(r, "M5450_NO_LOW_BACK_PAIN");
  REQUIRE(f != nullptr);
  CHECK(f->severity == dxaudit::audit::Severity::kMedium);
  CHECK(f->message ==
        "M54.50 is assigned, but the note documents no low back pain, only 'Pain shooting down "
        "the left leg': code the complaint the note documents.");
  REQUIRE(f->evidence.size() == 1);
  CHECK(verdict(r) == "unsupported");
  // Nothing else documented either: the message without evidence.
  Note e("Neck pain.");
  e.complete();
  e.back_pain = false;
  AuditResult nothing_else = e.audit();
  const Flag* g = flag(nothing_else, "M5450_NO_LOW_BACK_PAIN");
  REQUIRE(g != nullptr);
  CHECK(g->evidence.empty());
  CHECK(g->message.find("documents no low back pain: code the complaint") != std::string::npos);
  // Back pain documented: no flag; a denied back pain is none.
  n.back_pain = true;
  CHECK(flag(n.audit(), "M5450_NO_LOW_BACK_PAIN") == nullptr);
}

TEST_CASE("rules: the assessment names a more specific diagnosis") {
  // Through the whole analysis: the section decides.
  auto a = dxaudit::testing::analyze_text(
      "HPI: Low back pain after lifting.\nASSESSMENT: Acute lumbar strain.", {"M54.50"},
      "2025-03-04");
  const auto* f = a.flag("M5450_SPECIFIC_DX_DOCUMENTED");
  REQUIRE(f != nullptr);
  CHECK(f->suggest == V{"S39.012A"});
  CHECK(a.verdict("M54.50") == "unsupported");
  // The same words in the history are not the clinician's assessment.
  auto h = dxaudit::testing::analyze_text(
      "HPI: Low back pain; a lumbar strain was diagnosed in 2015 and healed.", {"M54.50"},
      "2025-03-04");
  CHECK(h.flag("M5450_SPECIFIC_DX_DOCUMENTED") == nullptr);
  // A level decides the code: L5-S1 is lumbosacral.
  auto d = dxaudit::testing::analyze_text(
      "HPI: Low back pain.\nIMPRESSION: Degenerative disc disease at L5-S1.", {"M54.50"},
      "2025-03-04");
  REQUIRE(d.flag("M5450_SPECIFIC_DX_DOCUMENTED") != nullptr);
  CHECK(d.flag("M5450_SPECIFIC_DX_DOCUMENTED")->suggest == V{"M51.370"});
  // A cervical diagnosis is not held against a low back code.
  auto c = dxaudit::testing::analyze_text(
      "HPI: Low back pain and neck pain.\nIMPRESSION: C5-C6 disc herniation.", {"M54.50"},
      "2025-03-04");
  CHECK(c.flag("M5450_SPECIFIC_DX_DOCUMENTED") == nullptr);
  CHECK(c.flag("M5450_UNSUPPORTED_DISC") == nullptr);
}

TEST_CASE("verdict: exactly the contract's definition") {
  Note n("x");
  n.present({"justification", "red_flag_screen", "radicular_screen", "rom"});
  CHECK(verdict(n.audit()) == "insufficient_documentation");  // one exam element
  n.present({"gait_posture"});
  CHECK(verdict(n.audit()) == "supported");  // two
  n.assigned = {"M54.59"};
  CHECK(n.audit().verdicts.empty());  // no M54.50: no verdict
}

TEST_CASE("rules: EXCLUDES1_CONFLICT, dash semantics, and the 'unrelated' exception") {
  Note n("Low back pain.");
  n.complete();
  n.assigned = {"M54.50", "S39.012A"};
  auto r = n.audit();
  REQUIRE(rules(r) == V{"EXCLUDES1_CONFLICT"});
  CHECK(r.flags[0].severity == dxaudit::audit::Severity::kHigh);
  CHECK(r.flags[0].message.find("(S39.012-)") != std::string::npos);
  n.assigned = {"M54.50", "M54.51"};  // siblings: no Excludes1
  CHECK(n.audit().flags.empty());
  n.assigned = {"M54.89", "M54.50"};  // at M54.8-: M54.5-
  CHECK(rules(n.audit()) == V{"EXCLUDES1_CONFLICT"});
  n.assigned = {"M54.50", "F45.41"};  // at M54 (all of dorsalgia)
  CHECK(rules(n.audit()) == V{"EXCLUDES1_CONFLICT"});
  n.assigned = {"M54.50", "I10"};
  CHECK(n.audit().flags.empty());

  Note u("Strain today, unrelated to her chronic low back pain.");
  u.complete();
  u.assigned = {"M54.50", "S39.012A"};
  r = u.audit();
  REQUIRE(rules(r) == V{"EXCLUDES1_CONFLICT"});
  CHECK(r.flags[0].severity == dxaudit::audit::Severity::kInfo);
  CHECK(r.flags[0].message.find("'unrelated to'") != std::string::npos);
  REQUIRE(r.flags[0].evidence.size() == 1);
  CHECK(r.flags[0].evidence[0].phrase == "unrelated to");
}

TEST_CASE("rules: INVALID_CODE on the date-of-service boundaries") {
  Note n("x");
  n.complete();
  n.assigned = {"M54.5"};
  n.date = "2021-09-30";
  CHECK(n.audit().flags.empty());
  n.date = "2021-10-01";
  auto r = n.audit();
  REQUIRE(rules(r) == V{"INVALID_CODE"});
  CHECK(r.flags[0].suggest == V{"M54.50", "M54.51", "M54.59"});
  n.assigned = {"M54.50"};
  n.date = "2021-09-30";
  r = n.audit();
  REQUIRE(flag(r, "INVALID_CODE") != nullptr);
  CHECK(flag(r, "INVALID_CODE")->suggest == V{"M54.5"});
  n.date = "2021-10-01";
  CHECK(flag(n.audit(), "INVALID_CODE") == nullptr);
  n.assigned = {"M51.37"};
  n.date = "2024-09-30";
  CHECK(n.audit().flags.empty());
  n.date = "2024-10-01";
  CHECK(flag(n.audit(), "INVALID_CODE")->suggest == V{"M51.370", "M51.371", "M51.372", "M51.379"});
  n.assigned = {"S39.012"};
  r = n.audit();
  CHECK(r.flags[0].message ==
        "S39.012 needs a 7th character; consider S39.012A, S39.012D and S39.012S.");
  n.assigned = {"M54.5$"};
  r = n.audit();
  REQUIRE(rules(r) == V{"INVALID_CODE"});
  CHECK(r.flags[0].message == "M54.5$ is not a well-formed ICD-10-CM code.");
  n.assigned = {"I10", "m5450"};  // outside the model, well-formed: valid
  n.date = "2025-01-01";
  CHECK(n.audit().flags.empty());
}

TEST_CASE("rules: LATERALITY_MISMATCH for unsided and sided codes") {
  struct Case {
    const char* code;
    Laterality side;
    V suggest;  // empty: no flag
  };
  for (const Case& c :
       {Case{"M54.40", Laterality::kLeft, {"M54.42"}},
        Case{"M54.40", Laterality::kBilateral, {"M54.41", "M54.42"}},
        Case{"M54.40", Laterality::kNone, {}}, Case{"M54.30", Laterality::kRight, {"M54.31"}},
        Case{"M54.30", Laterality::kNone, {}}, Case{"M54.41", Laterality::kLeft, {"M54.42"}},
        Case{"M54.41", Laterality::kRight, {}}, Case{"M54.41", Laterality::kBilateral, {}},
        Case{"M54.42", Laterality::kRight, {"M54.41"}}, Case{"M54.42", Laterality::kLeft, {}},
        Case{"M54.31", Laterality::kLeft, {"M54.32"}},
        Case{"M54.32", Laterality::kRight, {"M54.31"}}, Case{"M54.32", Laterality::kLeft, {}}}) {
    INFO(c.code << " side " << static_cast<int>(c.side));
    Note n("Leg pain.");
    n.assigned = {c.code};
    n.finding("radiating_leg_pain", "Leg pain", c.side);
    auto r = n.audit();
    if (c.suggest.empty()) {
      CHECK(r.flags.empty());
    } else {
      REQUIRE(rules(r) == V{"LATERALITY_MISMATCH"});
      CHECK(r.flags[0].suggest == c.suggest);
      CHECK(r.flags[0].code == c.code);
    }
  }
}

TEST_CASE("rules: the laterality checks are data lines, not C++") {
  const auto& m = shipped_analyzer().audit_model();
  V codes;
  for (const auto& r : m.rules())
    if (r.id == "LATERALITY_MISMATCH") {
      CHECK(r.kind == dxaudit::audit::RuleKind::kLaterality);
      CHECK(r.file.find("rules.model") != std::string::npos);
      codes.push_back(r.code);
    }
  std::sort(codes.begin(), codes.end());
  CHECK(codes == V{"M54.30", "M54.31", "M54.32", "M54.40", "M54.41", "M54.42"});
}
