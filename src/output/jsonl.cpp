#include "output/jsonl.h"

#include <cerrno>
#include <cstring>

#include "io/json_writer.h"

namespace dxaudit::output {

using io::JsonWriter;

namespace {

constexpr size_t kFlushBytes = size_t{1} << 20;

void write_span(JsonWriter& w, Span s) {
  w.key("begin").number(s.begin).key("end").number(s.end);
}

void write_flag(JsonWriter& w, const audit::Flag& f, const lexicon::Lexicon& lex) {
  w.begin_object();
  w.key("rule").string(f.rule);
  w.key("severity").string(audit::kSeverityNames.name(f.severity));
  w.key("code").string(f.code);
  w.key("message").string(f.message);
  w.key("suggest").begin_array();
  for (const std::string& s : f.suggest) w.string(s);
  w.end_array();
  w.key("evidence").begin_array();
  for (const audit::FlagEvidence& e : f.evidence) {
    w.begin_object();
    if (e.concept_id != audit::kNoConcept)
      w.key("concept").string(lex.concepts[e.concept_id].name);
    else if (!e.code.empty())
      w.key("code").string(e.code);  // a code written in the note
    else
      w.key("phrase").string(e.phrase);
    write_span(w, e.span);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void append_error_json(const pipeline::NoteRecord& r, std::string* out) {
  JsonWriter w(out);
  w.begin_object();
  w.key("schema").string(kSchema);
  w.key("note_id").string_or_null(r.note_id);
  w.key("status").string("error");
  w.key("error").begin_object();
  w.key("kind").string(io::kErrorKindNames.name(r.error_kind));
  w.key("message").string(r.error_message);
  w.end_object();
  w.key("input").begin_object();
  w.key("file").string(r.input.file);
  w.key("line").number(r.input.line);
  w.end_object();
  w.end_object();
  out->push_back('\n');
}

}  // namespace

void append_record_json(const pipeline::NoteRecord& r, const pipeline::Analyzer& analyzer,
                        std::string* out) {
  if (!r.ok) {
    append_error_json(r, out);
    return;
  }
  const lexicon::Lexicon& lex = analyzer.lexicon();
  const std::vector<std::string>& section_names = analyzer.sections().names();
  JsonWriter w(out);
  w.begin_object();
  w.key("schema").string(kSchema);
  w.key("note_id").string(r.note_id);
  w.key("status").string("ok");
  w.key("patient_id").string_or_null(r.patient_id);
  w.key("encounter_id").string_or_null(r.encounter_id);
  w.key("encounter_date").string_or_null(r.encounter_date);
  w.key("provider").string_or_null(r.provider);

  w.key("codes").begin_array();
  for (const pipeline::RecordCode& c : r.codes) {
    w.begin_object();
    w.key("code").string(c.code);
    w.key("source").string(codes::kCodeSourceNames.name(c.source));
    w.key("known").boolean(c.known);
    w.key("valid").boolean(c.valid);
    w.key("title");
    if (c.has_title)
      w.string(c.title);
    else
      w.null();
    if (c.source == codes::CodeSource::kText) write_span(w, c.span);
    w.end_object();
  }
  w.end_array();

  w.key("sections").begin_array();
  for (const pipeline::RecordSection& s : r.sections) {
    w.begin_object();
    w.key("name").string(section_names[s.name]);
    write_span(w, s.span);
    w.end_object();
  }
  w.end_array();

  w.key("findings").begin_array();
  for (const pipeline::RecordFinding& f : r.findings) {
    const lexicon::Concept& info = lex.concepts[f.concept_id];
    w.begin_object();
    w.key("concept").string(info.name);
    w.key("category").string(lex.categories[info.category]);
    w.key("text").string(r.quote(f.text));
    write_span(w, f.span);
    w.key("section");
    if (f.section == evidence::kNoSection)
      w.null();
    else
      w.string(section_names[r.sections[f.section].name]);
    w.key("negated").boolean(f.negated);
    w.key("uncertain").boolean(f.uncertain);
    w.key("historical").boolean(f.historical);
    w.key("hypothetical").boolean(f.hypothetical);
    w.key("experiencer").string(context::experiencer_name(f.experiencer));
    w.key("active").boolean(f.active);
    w.key("laterality").string_or_null(lexicon::laterality_name(f.laterality));
    w.key("level").string_or_null(f.level);
    w.key("region").string_or_null(lexicon::region_name(f.region));
    w.key("cues").begin_array();
    for (const pipeline::RecordCue& c : r.cues_of(f)) {
      w.begin_object();
      w.key("category").string(lexicon::cue_category_name(c.category));
      w.key("text").string(r.quote(c.text));
      write_span(w, c.span);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();

  w.key("elements").begin_object();
  for (size_t e = 0; e < r.elements.size(); ++e) {
    const pipeline::RecordElement& element = r.elements[e];
    w.key(lex.elements[e]).begin_object();
    w.key("present").boolean(element.present);
    if (element.present) {
      w.key("evidence").begin_array();
      for (Span s : r.evidence_of(element)) {
        w.begin_object();
        write_span(w, s);
        w.end_object();
      }
      w.end_array();
    }
    w.end_object();
  }
  w.end_object();

  w.key("audit").begin_array();
  for (const audit::Flag& f : r.flags) write_flag(w, f, lex);
  w.end_array();
  w.key("verdict").begin_object();
  for (const audit::CodeVerdict& v : r.verdicts)
    w.key(v.code).string(audit::kVerdictNames.name(v.verdict));
  w.end_object();

  if (!r.warnings.empty()) {
    w.key("warnings").begin_array();
    for (const std::string& s : r.warnings) w.string(s);
    w.end_array();
  }
  if (!r.meta_json.empty()) w.key("meta").raw(r.meta_json);
  w.end_object();
  out->push_back('\n');
}

void JsonlSink::render(const pipeline::NoteRecord& record, std::string* out) const {
  out->clear();
  append_record_json(record, analyzer_, out);
}

bool JsonlSink::write(const pipeline::NoteRecord&, std::string_view rendered) {
  buffer_.append(rendered);
  return buffer_.size() < kFlushBytes || flush();
}

bool JsonlSink::finish() {
  return flush() && (std::fflush(out_) == 0 || flush_failed());
}

bool JsonlSink::flush() {
  if (buffer_.empty()) return true;
  const bool ok = std::fwrite(buffer_.data(), 1, buffer_.size(), out_) == buffer_.size();
  buffer_.clear();
  return ok || flush_failed();
}

bool JsonlSink::flush_failed() {
  if (error_.empty()) error_ = name_ + ": cannot write: " + std::strerror(errno);
  return false;
}

}  // namespace dxaudit::output
