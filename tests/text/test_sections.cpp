#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/sections.h"
#include "text_support.h"

using dxaudit::testing::make_detector;
using dxaudit::testing::text_layers;
using dxaudit::text::Section;
using dxaudit::text::SectionDetector;
using dxaudit::text::SectionHeader;

namespace {

std::vector<SectionHeader> test_headers() {
  return {
      {"chief_complaint", "chief complaint", false},
      {"chief_complaint", "cc", false},
      {"hpi", "history of present illness", false},
      {"hpi", "HPI", false},
      {"hpi", "history", false},
      {"subjective", "subjective", false},
      {"subjective", "s", true},
      {"pmh", "past medical history", false},
      {"medications", "medications", false},
      {"allergies", "allergies", false},
      {"objective", "objective", false},
      {"objective", "o", true},
      {"objective", "physical examination", false},
      {"objective", "physical exam", false},
      {"assessment", "assessment", false},
      {"assessment", "assessment and plan", false},
      {"assessment", "a/p", false},
      {"assessment", "a", true},
      {"plan", "plan", false},
      {"plan", "p", true, true},
  };
}

const SectionDetector& detector() {
  static const std::unique_ptr<SectionDetector> d = make_detector(test_headers());
  return *d;
}

struct Found {
  std::string name;
  std::string header;  // original text
  std::string body;    // original text
};

std::vector<Found> sections(const std::string& note, const SectionDetector& d = detector()) {
  const auto t = text_layers(note, &d);
  std::vector<Found> r;
  for (const Section& s : t.sections)
    r.push_back({d.names()[s.name_index], t.original(s.header), t.original(s.body)});
  return r;
}

std::vector<std::string> names(const std::string& note) {
  std::vector<std::string> r;
  for (const Found& f : sections(note)) r.push_back(f.name + "=" + f.header);
  return r;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("sections: colon headers, longest phrase wins, bodies run to the next header") {
  const std::string note =
      "Intro line.\nHPI: 45 yo with LBP.\nHistory of Present Illness: worse after lifting.\n"
      "Assessment: lumbar strain.\nPlan: PT.";
  const auto s = sections(note);
  REQUIRE(s.size() == 4);
  CHECK(s[0].name == "hpi");
  CHECK(s[0].header == "HPI");
  CHECK(s[0].body == " 45 yo with LBP.\n");
  CHECK(s[1].name == "hpi");
  CHECK(s[1].header == "History of Present Illness");
  CHECK(s[2].name == "assessment");
  CHECK(s[2].body == " lumbar strain.\n");
  CHECK(s[3].name == "plan");
  CHECK(s[3].body == " PT.");
}

TEST_CASE("sections: SOAP letters at line starts only") {
  CHECK(names("S: back pain\nO: tender L4\n  A: strain\nP: ice") ==
        V{"subjective=S", "objective=O", "assessment=A", "plan=P"});
  // Not at a line start, or a vital sign.
  CHECK(names("Pain, A: none\nVitals\nP: 88\nBP 120/80, P: 72").empty());
  CHECK(names("A/P: strain, PT\nA/P:ok") == V{"assessment=A/P", "assessment=A/P"});
  // Only "P" doubles as a vital sign; "S: 52 yo" opens the subjective section.
  CHECK(names("S: 52 yo M c/o LBP\nO: 5/5 strength\nA: 2 problems") ==
        V{"subjective=S", "objective=O", "assessment=A"});
}

TEST_CASE("sections: capitals alone on a line") {
  const std::string note = "HPI: pain\nASSESSMENT AND PLAN\nLumbar strain.\nplan\nIce.\n";
  const auto s = sections(note);
  REQUIRE(s.size() == 2);  // "plan" alone in lower case is text
  CHECK(s[1].name == "assessment");
  CHECK(s[1].header == "ASSESSMENT AND PLAN");
  CHECK(s[1].body == "\nLumbar strain.\nplan\nIce.\n");
  // A heading in title case alone on its line, as EMR notes print them (2026-12-06).
  CHECK(names("HPI: back pain.\nObjective\nT 38.2 C") == V{"hpi=HPI", "objective=Objective"});
  // A short qualifier in brackets before the colon.
  CHECK(names("HPI (per patient): back pain\nPhysical exam (limited): normal") ==
        V{"hpi=HPI", "objective=Physical exam"});
  CHECK(names("HPI (this qualifier runs on for far too many words to be one): pain").empty());
  CHECK(names("PLAN  \nrest") == V{"plan=PLAN"});
  CHECK(names("PLAN for now\nrest").empty());
}

TEST_CASE("sections: flexible spacing and upper-case headers") {
  CHECK(names("PAST  MEDICAL\tHISTORY : HTN\nPHYSICAL EXAM: ok") ==
        V{"pmh=PAST  MEDICAL\tHISTORY", "objective=PHYSICAL EXAM"});
  CHECK(names("  Physical Examination:  normal") == V{"objective=Physical Examination"});
}

TEST_CASE("sections: MTSamples comma form") {
  const std::string note =
      "SUBJECTIVE:,  This 40-year-old man reports back pain after moving furniture.,"
      "MEDICATIONS: , Ibuprofen as needed.,ALLERGIES: , No known drug allergies.,"
      "OBJECTIVE:,HEENT:  Unremarkable.,Neck:  Supple.,ASSESSMENT:,  Lumbar strain.,"
      "PLAN:,1.  Ice and rest.,2.  Return in two weeks.";
  const auto s = sections(note);
  REQUIRE(s.size() == 6);
  CHECK(s[0].name == "subjective");
  CHECK(s[0].body == ",  This 40-year-old man reports back pain after moving furniture.,");
  CHECK(s[1].name == "medications");
  CHECK(s[1].header == "MEDICATIONS");
  CHECK(s[2].name == "allergies");
  CHECK(s[3].name == "objective");
  CHECK(s[3].body == ",HEENT:  Unremarkable.,Neck:  Supple.,");  // unknown headers stay inside
  CHECK(s[4].name == "assessment");
  CHECK(s[5].name == "plan");
  CHECK(s[5].body == ",1.  Ice and rest.,2.  Return in two weeks.");
}

TEST_CASE("sections: commas in prose do not make headers") {
  // A header word after a comma in prose, without a colon, or in lower case after a word.
  CHECK(names("Denies fever, history of trauma, and plan: none given.").empty());
  CHECK(names("Reports pain, assessment: deferred").empty());
  // Capitals after a plain comma, with a colon: an MTSamples field without a period.
  CHECK(names("HPI: Minimal,PLAN: rest") == V{"hpi=HPI", "plan=PLAN"});
  // Lower case after a strong comma ("., ").
  CHECK(names("Back pain.,Plan: rest") == V{"plan=Plan"});
  // One-letter headers never count after commas.
  CHECK(names("Back pain.,P: rest").empty());
}

TEST_CASE("sections: a header in capitals after a sentence, on the same line") {
  // Exams dictated as one paragraph: ". PHYSICAL EXAM: ... ASSESSMENT: ...".
  CHECK(names("Back pain for 3 days. PHYSICAL EXAM: tender L4. ASSESSMENT: strain.") ==
        V{"objective=PHYSICAL EXAM", "assessment=ASSESSMENT"});
  // A section's heading opening with a capital counts there too, as dictation run into one
  // paragraph writes it (round twenty-eight: blind-written notes and 26 dev-pool notes,
  // "... sinuses. Impression: diffuse ...", "... Respirations 15.  Exam:  Nontoxic."); an
  // exam's sub-heading in title case does not ("... supple. Neck: ..."), nor a header word
  // with no colon, nor one after a period with no space.
  CHECK(names("Pain improved. Plan: continue PT.") == V{"plan=Plan"});
  CHECK(names("No leg sx. SLR negative. Assessment: lumbar sprain. Plan: NSAIDs.") ==
        V{"assessment=Assessment", "plan=Plan"});
  CHECK(names("Gait normal. Neck: supple.").empty());
  CHECK(names("Pain improved. plan: continue PT.").empty());
  CHECK(names("Pain improved. PLAN for now is rest.").empty());
  CHECK(names("Dose 2.PLAN: rest").empty());
}

TEST_CASE("sections: phrases inside sentences are not headers") {
  CHECK(names("Assessment of the patient showed: no deficit.").empty());
  CHECK(names("History of smoking.\nThe history: unclear.").empty());
  CHECK(names("Planning: next week\nHistoryX: none").empty());
  CHECK(names("History: LBP") == V{"hpi=History"});
  CHECK(names("HEENT: normal\nNeck: supple").empty());
}

TEST_CASE("sections: no headers, empty text, empty lexicon") {
  CHECK(sections("").empty());
  CHECK(sections("just text without headers").empty());
  auto empty = make_detector({});
  CHECK(sections("HPI: pain", *empty).empty());
}

TEST_CASE("sections: invalid definitions are reported") {
  std::string error;
  CHECK(SectionDetector::create({{"", "hpi", false}}, &error) == nullptr);
  CHECK(error.find("empty section name") != std::string::npos);
  CHECK(SectionDetector::create({{"hpi", "  ", false}}, &error) == nullptr);
  CHECK(error.find("empty phrase") != std::string::npos);
  CHECK(SectionDetector::create({{"hpi", "hpi", false}, {"pmh", "HPI", false}}, &error) == nullptr);
  CHECK(error.find("already defined") != std::string::npos);
  CHECK(SectionDetector::create({{"hpi", "hpi:", false}}, &error) == nullptr);
  // Same phrase twice for the same section is harmless.
  auto d = make_detector({{"hpi", "hpi", false}, {"hpi", "HPI", false}});
  CHECK(d->names().size() == 1);
}

TEST_CASE("sections: the shipped lexicon compiles and finds common headers") {
  std::vector<dxaudit::lexicon::LoadError> errors;
  auto lexicon =
      dxaudit::lexicon::load_lexicon(std::string(DXAUDIT_SOURCE_DIR) + "/lexicons", &errors);
  REQUIRE(lexicon != nullptr);
  const std::vector<SectionHeader>& headers = lexicon->section_headers;
  CHECK(headers.size() > 100);
  auto d = make_detector(headers);
  const std::string note =
      "CHIEF COMPLAINT:, Low back pain.,HISTORY OF PRESENT ILLNESS:, Pain for 3 weeks.,"
      "PHYSICAL EXAMINATION:, Tender L4-L5.,MRI LUMBAR SPINE:, Disc bulge.,"
      "IMPRESSION:, Strain.,A/P:, PT.";
  const auto s = sections(note, *d);
  V got;
  for (const Found& f : s) got.push_back(f.name);
  CHECK(got == V{"chief_complaint", "hpi", "objective", "imaging", "impression", "assessment"});
  // The shipped "P" header is not a pulse reading: "Vitals:" (a sub-heading of the
  // examination) opens the examination, and only the second "P:" opens the plan.
  const auto vitals = sections("Vitals:\nP: 88\nP: ice and rest", *d);
  REQUIRE(vitals.size() == 2);
  CHECK(vitals[0].name == "objective");
  CHECK(vitals[1].name == "plan");
}

TEST_CASE("sections: non-ASCII phrases, phrases sharing words, a header ending the text") {
  auto d = make_detector({{"assessment", "évaluation", false},
                          {"exam", "examen", false},
                          {"exam", "examen physique", false},
                          {"plan", "plan", false},
                          {"plan", "p", true}});
  auto got = [&](const std::string& note) {
    V r;
    for (const Found& f : sections(note, *d)) r.push_back(f.name + "=" + f.header);
    return r;
  };
  CHECK(got("ÉVALUATION: ok\nExamen \t physique: normal\nExamen: x\nPlan:") ==
        V{"assessment=ÉVALUATION", "exam=Examen \t physique", "exam=Examen", "plan=Plan"});
  // The longest phrase decides: "examen physiques" does not fall back to "examen".
  CHECK(got("Examen physiques: normal").empty());
  CHECK(got("Examen phys: normal").empty());
  CHECK(got("rest\nP") == V{"plan=P"});
  CHECK(got("rest\nPé: x").empty());
}

TEST_CASE("sections: a header marked ends_with_line, written inline, is its line") {
  std::vector<SectionHeader> headers = test_headers();
  SectionHeader fh{"family_history", "fh", false};
  fh.ends_with_line = true;
  headers.push_back(fh);
  SectionHeader fhx{"family_history", "family history", false};
  fhx.ends_with_line = true;
  headers.push_back(fhx);
  auto d = make_detector(headers);
  // Inside a subjective part: the family history is its line; the next line is in no
  // section (it was the relative's), the next header opens as before.
  auto s = sections(
      "S: LBP after lifting. FH: father with DDD.\nPain radiates down the L leg.\n"
      "O: SLR positive on the left.",
      *d);
  REQUIRE(s.size() == 3);
  CHECK(s[1].name == "family_history");
  CHECK(s[1].body == " father with DDD.");
  CHECK(s[2].name == "objective");
  CHECK(s[2].body == " SLR positive on the left.");
  // A line wrapped from it (the next starts in lower case) goes on; a capital ends it.
  s = sections(
      "Family history: diabetes in her mother and\nbreast cancer in a sister.\n"
      "He reports pain into the right leg.",
      *d);
  REQUIRE(s.size() == 1);
  CHECK(s[0].body == " diabetes in her mother and\nbreast cancer in a sister.");
  // Alone on its line the header keeps the list under it, to the next header.
  s = sections("Family History:\nBreast cancer.\nDiabetes.\nMedications: none", *d);
  REQUIRE(s.size() == 2);
  CHECK(s[0].body == "\nBreast cancer.\nDiabetes.\n");
  // In the MTSamples form there are no line breaks: the next header ends it.
  s = sections("FAMILY HISTORY:, Mother had breast cancer.  Father had MI.,MEDICATIONS:, None.",
               *d);
  REQUIRE(s.size() == 2);
  CHECK(s[0].body == ", Mother had breast cancer.  Father had MI.,");
  // Without the mark, the same inline header runs to the next header.
  s = sections("S: LBP. Allergies: none.\nPain radiates down the L leg.\nO: SLR positive.", *d);
  REQUIRE(s.size() == 3);
  CHECK(s[1].body == " none.\nPain radiates down the L leg.\n");
}
