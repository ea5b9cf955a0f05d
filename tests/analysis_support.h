// The whole analysis of one note through the Analyzer, its NoteRecord as plain values with
// every span turned into the text it covers in the original note: what the context,
// evidence and audit tests check.
//
//   auto a = analyze_text("Negative SLR.", {"M54.50"}, "2025-03-04");
//   CHECK(a.findings[0].negated);
//   CHECK(a.element("location").present);
//   CHECK(a.verdict("M54.50") == "supported");
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lexicon_support.h"
#include "pipeline/analyzer.h"

namespace dxaudit::testing {

// The Analyzer over the shipped lexicons/ and models/ (DXAUDIT_SOURCE_DIR), loaded once.
inline const pipeline::Analyzer& shipped_analyzer() {
  static const pipeline::LoadResult r = pipeline::Analyzer::load(DXAUDIT_SOURCE_DIR);
  REQUIRE_MESSAGE(r.analyzer != nullptr, describe_errors(r.errors));
  return *r.analyzer;
}

struct AnalyzedCue {
  std::string category;  // "negated", "historical", ...
  std::string text;
};

// A finding as the output schema shows it.
struct AnalyzedFinding {
  std::string concept_name;
  std::string category;
  std::string text;
  uint32_t begin = 0, end = 0;  // of `text`, bytes into the note
  bool negated = false;
  bool uncertain = false;
  bool historical = false;
  bool hypothetical = false;
  std::string experiencer;  // "patient" or "other"
  std::string laterality;   // "" when none
  std::string level;        // "" when none
  std::string region;       // "" when unknown (or the concept has none)
  std::string section;      // the section's name, "" when the finding is in none
  std::vector<AnalyzedCue> cues;
  bool active = false;  // the record's: evidence::is_active's decision
};

struct AnalyzedElement {
  std::string name;
  bool present = false;
  std::vector<std::string> evidence;
};

struct AnalyzedFlag {
  std::string rule;
  std::string severity;
  std::string code;
  std::string message;
  std::vector<std::string> suggest;
  std::vector<std::string> evidence;           // the texts of the findings the flag cites
  std::vector<std::string> evidence_concepts;  // their concepts, index for index
};

struct AnalyzedVerdict {
  std::string code;
  std::string verdict;
};

struct Analysis {
  std::vector<AnalyzedFinding> findings;
  std::vector<AnalyzedElement> elements;  // every element of the lexicon, in its order
  std::vector<AnalyzedFlag> flags;
  std::vector<AnalyzedVerdict> verdicts;

  // The element called `name`, which the lexicon must define.
  const AnalyzedElement& element(std::string_view name) const {
    const AnalyzedElement* found = nullptr;
    for (const AnalyzedElement& e : elements)
      if (e.name == name) found = &e;
    REQUIRE_MESSAGE(found != nullptr, "no element '" << std::string(name) << "' in the lexicon");
    return *found;
  }
  // The flag of `rule`, or nullptr when it did not fire.
  const AnalyzedFlag* flag(std::string_view rule) const {
    for (const AnalyzedFlag& f : flags)
      if (f.rule == rule) return &f;
    return nullptr;
  }
  // The verdict for `code`, or "" when there is none.
  std::string verdict(std::string_view code) const {
    for (const AnalyzedVerdict& v : verdicts)
      if (v.code == code) return v.verdict;
    return "";
  }
};

// Analyses `text` (with the assigned `codes` and encounter `date`, both as a record would
// give them) through `analyzer` into its NoteRecord, read back as the values above; the
// analysis must succeed.
inline Analysis analyze_text(const pipeline::Analyzer& analyzer, const std::string& text,
                             std::vector<std::string> codes = {}, const std::string& date = "") {
  io::Note note;
  note.note_id = "t";
  note.text = text;
  note.codes = std::move(codes);
  note.encounter_date = date;
  pipeline::Workspace ws;
  pipeline::NoteRecord record;
  analyzer.analyze(note, &ws, &record);
  REQUIRE_MESSAGE(record.ok, io::kErrorKindNames.name(record.error_kind)
                                 << ": " << record.error_message);
  const lexicon::Lexicon& lex = analyzer.lexicon();
  auto quote = [&](Span original) { return std::string(original.in(text)); };

  Analysis a;
  for (const pipeline::RecordFinding& f : record.findings) {
    AnalyzedFinding o;
    o.concept_name = lex.concepts[f.concept_id].name;
    o.category = lex.categories[lex.concepts[f.concept_id].category];
    o.text = std::string(record.quote(f.text));
    o.begin = f.span.begin;
    o.end = f.span.end;
    o.negated = f.negated;
    o.uncertain = f.uncertain;
    o.historical = f.historical;
    o.hypothetical = f.hypothetical;
    o.experiencer = std::string(context::experiencer_name(f.experiencer));
    o.laterality = std::string(lexicon::laterality_name(f.laterality));
    o.level = f.level;
    o.region = std::string(lexicon::region_name(f.region));
    o.active = f.active;
    if (f.section != evidence::kNoSection)
      o.section = analyzer.sections().names()[record.sections[f.section].name];
    for (const pipeline::RecordCue& c : record.cues_of(f))
      o.cues.push_back(
          {std::string(lexicon::cue_category_name(c.category)), std::string(record.quote(c.text))});
    a.findings.push_back(std::move(o));
  }
  REQUIRE(record.elements.size() == lex.elements.size());
  for (size_t i = 0; i < lex.elements.size(); ++i) {
    const pipeline::RecordElement& e = record.elements[i];
    AnalyzedElement o{lex.elements[i], e.present, {}};
    for (Span s : record.evidence_of(e)) o.evidence.push_back(quote(s));
    a.elements.push_back(std::move(o));
  }
  for (const audit::Flag& f : record.flags) {
    AnalyzedFlag o{f.rule,    std::string(audit::kSeverityNames.name(f.severity)),
                   f.code,    f.message,
                   f.suggest, {},
                   {}};
    for (const audit::FlagEvidence& e : f.evidence) {
      o.evidence.push_back(quote(e.span));
      if (e.concept_id != audit::kNoConcept)
        o.evidence_concepts.push_back(lex.concepts[e.concept_id].name);
      else if (!e.code.empty())
        o.evidence_concepts.push_back("code:" + e.code);
      else
        o.evidence_concepts.push_back("phrase");
    }
    a.flags.push_back(std::move(o));
  }
  for (const audit::CodeVerdict& v : record.verdicts)
    a.verdicts.push_back({v.code, std::string(audit::kVerdictNames.name(v.verdict))});
  return a;
}

// The same through the shipped analyzer.
inline Analysis analyze_text(const std::string& text, std::vector<std::string> codes = {},
                             const std::string& date = "") {
  return analyze_text(shipped_analyzer(), text, std::move(codes), date);
}

}  // namespace dxaudit::testing
