#include "pipeline/brat_writer.h"

#include "io/brat.h"

namespace dxaudit::pipeline {

void append_brat_annotations(const io::Note& note, const NoteResult& r, const Analyzer& analyzer,
                             const text::MatchView& view, std::string* out) {
  const lexicon::Lexicon& lex = analyzer.lexicon();
  io::CharByteMap chars(note.text);
  int entity = 0, attribute = 0;
  auto add_entity = [&](std::string_view type, Span view_span) {
    Span o = view.to_original(view_span);
    io::append_brat_entity(out, ++entity, type, chars.to_char(o.begin), chars.to_char(o.end),
                           o.in(note.text));
  };
  for (const evidence::Finding& f : r.evidence.findings) {
    add_entity(lex.concepts[f.concept_id].name, f.span);
    const context::Assertion& a = f.assertion;
    if (a.negated) io::append_brat_attribute(out, ++attribute, "Negated", entity, "");
    if (a.uncertain) io::append_brat_attribute(out, ++attribute, "Uncertain", entity, "");
    if (a.historical) io::append_brat_attribute(out, ++attribute, "Historical", entity, "");
    if (a.hypothetical) io::append_brat_attribute(out, ++attribute, "Hypothetical", entity, "");
    if (a.experiencer != context::Experiencer::kPatient)
      io::append_brat_attribute(out, ++attribute, "Experiencer_other", entity, "");
    if (f.laterality != lexicon::Laterality::kNone)
      io::append_brat_attribute(out, ++attribute, "Laterality", entity,
                                lexicon::laterality_name(f.laterality));
    if (f.region != lexicon::Region::kUnknown)
      io::append_brat_attribute(out, ++attribute, "Region", entity, lexicon::region_name(f.region));
  }
  for (size_t e = 0; e < lex.elements.size(); ++e)
    for (Span s : r.evidence.elements[e].evidence) add_entity(lex.elements[e], s);
}

std::string brat_file_stem(std::string_view note_id) {
  std::string stem;
  for (char c : note_id) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_' || c == '.';
    stem += keep ? c : '_';
  }
  if (stem.find_first_not_of('.') == std::string::npos) stem = "note";
  return stem;
}

std::string brat_annotation_conf(const lexicon::Lexicon& lex) {
  std::string conf = "[entities]\n";
  for (const lexicon::Concept& c : lex.concepts) conf += c.name + "\n";
  for (const std::string& e : lex.elements) conf += e + "\n";
  conf += "\n[relations]\n\n[events]\n\n[attributes]\n";
  for (const char* name :
       {"Negated", "Uncertain", "Historical", "Hypothetical", "Experiencer_other"})
    conf += std::string(name) + "\tArg:<ENTITY>\n";
  conf += "Laterality\tArg:<ENTITY>, Value:left|right|bilateral\n";
  conf += "Region\tArg:<ENTITY>, Value:cervical|thoracic|lumbar|lumbosacral|sacral\n";
  return conf;
}

}  // namespace dxaudit::pipeline
