#include "output/brat.h"

#include <cstdio>

#include "io/brat.h"
#include "output/jsonl.h"

namespace dxaudit::output {

void append_brat_annotations(const pipeline::NoteRecord& r, const pipeline::Analyzer& analyzer,
                             std::string* out) {
  const lexicon::Lexicon& lex = analyzer.lexicon();
  io::CharByteMap chars(r.text);
  int entity = 0, attribute = 0;
  auto add_entity = [&](std::string_view type, Span s) {
    io::append_brat_entity(out, ++entity, type, chars.to_char(s.begin), chars.to_char(s.end),
                           s.in(r.text));
  };
  for (const pipeline::RecordFinding& f : r.findings) {
    add_entity(lex.concepts[f.concept_id].name, f.span);
    if (f.negated) io::append_brat_attribute(out, ++attribute, "Negated", entity, "");
    if (f.uncertain) io::append_brat_attribute(out, ++attribute, "Uncertain", entity, "");
    if (f.historical) io::append_brat_attribute(out, ++attribute, "Historical", entity, "");
    if (f.hypothetical) io::append_brat_attribute(out, ++attribute, "Hypothetical", entity, "");
    if (f.experiencer != context::Experiencer::kPatient)
      io::append_brat_attribute(out, ++attribute, "Experiencer_other", entity, "");
    if (f.laterality != lexicon::Laterality::kNone)
      io::append_brat_attribute(out, ++attribute, "Laterality", entity,
                                lexicon::laterality_name(f.laterality));
    if (f.region != lexicon::Region::kUnknown)
      io::append_brat_attribute(out, ++attribute, "Region", entity, lexicon::region_name(f.region));
  }
  for (size_t e = 0; e < r.elements.size(); ++e)
    for (Span s : r.evidence_of(r.elements[e])) add_entity(lex.elements[e], s);
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

bool BratSink::open() {
  return out_.open(dir_, inputs_, &error_) &&
         write_file("annotation.conf", brat_annotation_conf(analyzer_.lexicon()));
}

bool BratSink::commit() {
  return error_.empty() && out_.commit(&error_);
}

bool BratSink::write_file(const std::string& name, std::string_view content) {
  return io::OutputFile::write_whole(out_.file_path(name), content, inputs_, &error_);
}

void BratSink::render(const pipeline::NoteRecord& record, std::string* out) const {
  out->clear();
  if (record.ok)
    append_brat_annotations(record, analyzer_, out);
  else
    append_record_json(record, analyzer_, out);  // the error line for standard error
}

bool BratSink::write(const pipeline::NoteRecord& record, std::string_view rendered) {
  if (!record.ok) {
    // In brat output the records are the files; error records go to standard error.
    if (std::fwrite(rendered.data(), 1, rendered.size(), stderr) != rendered.size() &&
        error_.empty())
      error_ = "standard error: cannot write";
    return true;
  }
  std::string stem = brat_file_stem(record.note_id), base = stem;
  for (int n = 2; !used_stems_.insert(stem).second; ++n) stem = base + "-" + std::to_string(n);
  return write_file(stem + ".txt", record.text) && write_file(stem + ".ann", rendered);
}

}  // namespace dxaudit::output
