#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "text/sections.h"
#include "text/sentences.h"
#include "text_support.h"

using dxaudit::Span;
using dxaudit::testing::make_detector;
using dxaudit::testing::text_layers;
using dxaudit::text::SectionDetector;
using dxaudit::text::split_sentences;

namespace {

const SectionDetector& detector() {
  static const std::unique_ptr<SectionDetector> d = make_detector({
      {"hpi", "hpi", false},
      {"hpi", "history of present illness", false},
      {"objective", "physical examination", false},
      {"assessment", "assessment", false},
      {"plan", "plan", false},
      {"medications", "medications", false},
      {"allergies", "allergies", false},
      // A sub-heading of the examination (SectionHeader::subheading).
      {"objective", "reflexes", false, false, "", true},
  });
  return *d;
}

using V = std::vector<std::string>;

// Sentences of `note` as original text. `with_case` picks the overload that reads letter
// case from the original.
V sentences(const std::string& note, bool with_case = true, bool with_sections = true) {
  const auto t = text_layers(note, with_sections ? &detector() : nullptr);
  std::vector<Span> out;
  if (with_case) {
    split_sentences(t.view, t.note, t.tokens, t.sections, &out);
  } else {
    split_sentences(t.view.text(), t.tokens, t.sections, &out);
  }
  V r;
  for (Span s : out) r.push_back(t.original(s));
  return r;
}

}  // namespace

TEST_CASE("sentences: terminators and abbreviations") {
  CHECK(sentences("Pt. reports LBP. Seen by Dr. Lee today! Any numbness? She denies it.") ==
        V{"Pt. reports LBP.", "Seen by Dr. Lee today!", "Any numbness?", "She denies it."});
  // A question answered on its line keeps its answer ("Numbness in groin? NO").
  CHECK(sentences("Any numbness? No.\nFever? YES\nWeakness? no one knows.") ==
        V{"Any numbness? No.", "Fever? YES", "Weakness?", "no one knows."});
  // A question mark set before what it doubts, apart from the word before it, ends nothing.
  CHECK(sentences("? weight loss, clothes looser. He has ? diminished reflexes. Fever? Yes.") ==
        V{"? weight loss, clothes looser.", "He has ? diminished reflexes.", "Fever? Yes."});
  // ... a level or an abbreviation after it too: "? L5 radiculopathy", "? DDD".
  CHECK(sentences("A: ? L5 radiculopathy. ? DDD L4-5. Numbness? L foot.") ==
        V{"A: ? L5 radiculopathy.", "? DDD L4-5.", "Numbness?", "L foot."});
  CHECK(sentences("Try NSAIDs, e.g. ibuprofen. Pain 7/10 vs. 4/10 last week.") ==
        V{"Try NSAIDs, e.g. ibuprofen.", "Pain 7/10 vs. 4/10 last week."});
  CHECK(sentences("Pain for approx. 3 weeks, i.e. since the move. Done.") ==
        V{"Pain for approx. 3 weeks, i.e. since the move.", "Done."});
  CHECK(sentences("He said \"it hurts.\" Then he left (finally.) OK.") ==
        V{"He said \"it hurts.\"", "Then he left (finally.)", "OK."});
  CHECK(sentences("Wait... then pain.") == V{"Wait...", "then pain."});
  // A dot leader set off from its label joins it to its answer ("Fever/chills ........
  // denies"), where an ellipsis glued to its word ends the sentence, as above.
  CHECK(sentences("Fever/chills ........ denies\nHx cancer ..... YES - breast") ==
        V{"Fever/chills ........ denies", "Hx cancer ..... YES - breast"});
  CHECK(sentences("Wt loss .. no. Saddle anesthesia ... no.") ==
        V{"Wt loss .. no.", "Saddle anesthesia ... no."});
}

TEST_CASE("sentences: abbreviations that may close a sentence") {
  CHECK(sentences("Naproxen 500 mg p.o. b.i.d. Follow up in 2 weeks.") ==
        V{"Naproxen 500 mg p.o. b.i.d.", "Follow up in 2 weeks."});
  CHECK(sentences("Stretching, walking, etc. daily.") == V{"Stretching, walking, etc. daily."});
  // Without the original the case is unknown: the abbreviation does not end the sentence.
  CHECK(sentences("Naproxen p.o. b.i.d. Follow up.", false) ==
        V{"Naproxen p.o. b.i.d. Follow up."});
}

TEST_CASE("sentences: decimals and numbered lists") {
  CHECK(sentences("Took 2.5 mg. Then 0.5 mg. Level 5. Next.") ==
        V{"Took 2.5 mg.", "Then 0.5 mg.", "Level 5.", "Next."});
  CHECK(sentences("1. Ice the back.\n2. Walk daily\n3) Return prn") ==
        V{"1. Ice the back.", "2. Walk daily", "3) Return prn"});
  CHECK(sentences("Plan options\n1. rest\n2. ice") == V{"Plan options", "1. rest", "2. ice"});
}

TEST_CASE("sentences: template fields and bullets end at the line break") {
  CHECK(sentences("Onset: 2 weeks ago\nLocation: low back\nSeverity: 6/10") ==
        V{"Onset: 2 weeks ago", "Location: low back", "Severity: 6/10"});
  CHECK(sentences("Findings:\nno deficit") == V{"Findings:", "no deficit"});
  CHECK(sentences("Denies:\n- fever\n- chills\n\xE2\x80\xA2 weight loss") ==
        V{"Denies:", "- fever", "- chills", "\xE2\x80\xA2 weight loss"});
  CHECK(sentences("No fever\nBack pain worse") == V{"No fever", "Back pain worse"});
}

TEST_CASE("sentences: wrapped prose continues, blank lines end") {
  CHECK(sentences("Patient denies any numbness or\ntingling in the legs.\n\nNew line") ==
        V{"Patient denies any numbness or\ntingling in the legs.", "New line"});
  CHECK(sentences("Short line\n\nnext part") == V{"Short line", "next part"});
  // CRLF notes split like LF notes.
  CHECK(sentences("No radiation;\r\nno weakness.\r\nGait normal.") ==
        V{"No radiation;\r\nno weakness.", "Gait normal."});
  // Semicolons do not end sentences.
  CHECK(sentences("No fever; no chills. Done") == V{"No fever; no chills.", "Done"});
}

TEST_CASE("sentences: the view-only overload keeps long wrapped lines together") {
  const std::string wrapped =
      "The patient reports pain in the low back that radiates\ninto the left leg.\nNo fever\n"
      "Back pain";
  CHECK(sentences(wrapped, false) ==
        V{"The patient reports pain in the low back that radiates\ninto the left leg.", "No fever",
          "Back pain"});
  CHECK(sentences("Onset: 2 weeks ago and getting worse without any relief\nsince then", false) ==
        V{"Onset: 2 weeks ago and getting worse without any relief", "since then"});
}

TEST_CASE("sentences: headers are sentences of their own") {
  CHECK(sentences("HPI: 45 yo male with LBP. Worse with sitting.\nAssessment: strain\nPlan: PT") ==
        V{"HPI:", "45 yo male with LBP.", "Worse with sitting.", "Assessment:", "strain",
          "Plan:", "PT"});
  CHECK(sentences("PLAN\nrest and ice") == V{"PLAN", "rest and ice"});
  // Without the header in the detector's output, the line break after ':' still splits.
  CHECK(sentences("HPI:\nback pain", true, false) == V{"HPI:", "back pain"});
  // A sentence never runs across a header even without a period.
  CHECK(sentences("Denies fever\nassessment: strain") ==
        V{"Denies fever", "assessment:", "strain"});
}

TEST_CASE("sentences: a sub-heading that opens its section runs on into its body") {
  // Outside the examination "Reflexes:" opens it (the note's own header was missed), and
  // the header is the subject of what follows: one sentence, so that "reflexes 2+ and
  // symmetric" can be read as the normal exam it is.
  CHECK(sentences("Assessment: back pain.\nReflexes: 2+ and symmetric. Gait normal.") ==
        V{"Assessment:", "back pain.", "Reflexes: 2+ and symmetric.", "Gait normal."});
  // Inside the examination it starts nothing at all.
  CHECK(sentences("Physical examination: Reflexes: 2+ and symmetric.") ==
        V{"Physical examination:", "Reflexes: 2+ and symmetric."});
}

TEST_CASE("sentences: MTSamples comma form") {
  const std::string note =
      "HISTORY OF PRESENT ILLNESS:, The patient is a 52-year-old roofer with back pain.  He "
      "fell from a ladder.,PHYSICAL EXAMINATION:, The patient walks slowly.,Vitals:  Normal.,"
      "ASSESSMENT:,  Lumbar strain.,PLAN:,1.  Ice packs.,2.  Follow up with Dr. Smith.,"
      "MEDICATIONS: , None,ALLERGIES:, None.";
  CHECK(sentences(note) ==
        V{"HISTORY OF PRESENT ILLNESS:", "The patient is a 52-year-old roofer with back pain.",
          "He fell from a ladder.", "PHYSICAL EXAMINATION:", "The patient walks slowly.",
          "Vitals:  Normal.", "ASSESSMENT:", "Lumbar strain.", "PLAN:", "1.  Ice packs.",
          "2.  Follow up with Dr. Smith.", "MEDICATIONS:", "None", "ALLERGIES:", "None."});
  // Without sections: the comma breaks still split, and ",  ," runs are no sentences.
  CHECK(sentences("Back pain.,  ,  Minimal,COMPLICATIONS:, None", true, false) ==
        V{"Back pain.", "Minimal", "COMPLICATIONS:, None"});
}

TEST_CASE("sentences: a line break flattened to a bare comma before a capitalised word") {
  CHECK(sentences("No loss of vision or weakness,She had mild fevers for weeks.") ==
        V{"No loss of vision or weakness", "She had mild fevers for weeks."});
  CHECK(sentences("Pain resolved (after PT),The rest is normal.") ==
        V{"Pain resolved (after PT)", "The rest is normal."});
  // Not a line: a capital before the comma, capitals after it, a space after it.
  CHECK(sentences("Wechsler Adult Scale,Wechsler Memory Scale.").size() == 1);
  CHECK(sentences("No pain,MRI was normal.").size() == 1);
  CHECK(sentences("No aspirin, Tylenol or NSAIDs.").size() == 1);
}

TEST_CASE("sentences: empty input and punctuation only") {
  CHECK(sentences("").empty());
  CHECK(sentences("  \n\n ,  , .").empty());
}
