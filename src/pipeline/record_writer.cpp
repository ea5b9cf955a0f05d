#include "pipeline/record_writer.h"

#include <nlohmann/json.hpp>

#include "io/json_writer.h"

namespace dxaudit::pipeline {

using io::JsonWriter;

namespace {

void write_span(JsonWriter& w, const text::MatchView& view, Span s) {
  Span o = view.to_original(s);
  w.key("begin").number(o.begin).key("end").number(o.end);
}

}  // namespace

void append_flag(const audit::Flag& f, const lexicon::Lexicon& lex, const text::MatchView& view,
                 std::string* out) {
  JsonWriter w(out);
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
    if (e.concept_id != audit::kNoConcept) {
      w.key("concept").string(lex.concepts[e.concept_id].name);
      write_span(w, view, e.span);
    } else if (!e.code.empty()) {
      w.key("code").string(e.code);  // a code written in the note: original offsets
      w.key("begin").number(e.span.begin).key("end").number(e.span.end);
    } else {
      w.key("phrase").string(e.phrase);
      write_span(w, view, e.span);
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void append_result_record(const io::Note& note, const NoteResult& r, const Analyzer& analyzer,
                          const text::MatchView& view, std::string* out) {
  RecordParts parts;
  write_result_parts(note, r, analyzer, view, &parts);
  *out += parts.prefix;
  for (size_t i = 0; i < parts.flags.size(); ++i) {
    if (i > 0) *out += ',';
    *out += parts.flags[i];
  }
  *out += parts.suffix;
}

void write_result_parts(const io::Note& note, const NoteResult& r, const Analyzer& analyzer,
                        const text::MatchView& view, RecordParts* parts) {
  std::string record;
  std::string* out = &record;
  const lexicon::Lexicon& lex = analyzer.lexicon();
  const std::vector<std::string>& section_names = analyzer.sections().names();
  JsonWriter w(out);
  w.begin_object();
  w.key("schema").string(kSchema);
  w.key("note_id").string(note.note_id);
  w.key("status").string(r.ok ? "ok" : "error");
  w.key("patient_id").string_or_null(note.patient_id);
  w.key("encounter_id").string_or_null(note.encounter_id);
  w.key("encounter_date").string_or_null(note.encounter_date);
  w.key("provider").string_or_null(note.provider);

  w.key("codes").begin_array();
  for (const codes::AssignedCode& c : r.codes) {
    w.begin_object();
    w.key("code").string(c.code);
    w.key("source").string(codes::kCodeSourceNames.name(c.source));
    w.key("known").boolean(c.known);
    w.key("valid").boolean(c.valid);
    w.key("title");
    if (c.info)
      w.string(c.info->title);
    else
      w.null();
    if (c.source == codes::CodeSource::kText)
      w.key("begin").number(c.begin).key("end").number(c.end);
    w.end_object();
  }
  w.end_array();

  w.key("sections").begin_array();
  for (const text::Section& s : r.sections) {
    w.begin_object();
    w.key("name").string(section_names[s.name_index]);
    write_span(w, view, s.whole());
    w.end_object();
  }
  w.end_array();

  w.key("findings").begin_array();
  for (const evidence::Finding& f : r.evidence.findings) {
    const lexicon::Concept& info = lex.concepts[f.concept_id];
    Span original = view.to_original(f.span);
    w.begin_object();
    w.key("concept").string(info.name);
    w.key("category").string(lex.categories[info.category]);
    w.key("text").string(original.in(note.text));
    w.key("begin").number(original.begin).key("end").number(original.end);
    w.key("section");
    if (f.section == evidence::kNoSection)
      w.null();
    else
      w.string(section_names[r.sections[f.section].name_index]);
    const context::Assertion& a = f.assertion;
    w.key("negated").boolean(a.negated);
    w.key("uncertain").boolean(a.uncertain);
    w.key("historical").boolean(a.historical);
    w.key("hypothetical").boolean(a.hypothetical);
    w.key("experiencer").string(context::experiencer_name(a.experiencer));
    w.key("laterality").string_or_null(lexicon::laterality_name(f.laterality));
    w.key("level").string_or_null(f.level);
    w.key("cues").begin_array();
    for (const context::AppliedCue& c : a.cues) {
      Span co = view.to_original(c.span);
      w.begin_object();
      w.key("category").string(lexicon::cue_category_name(c.category));
      w.key("text").string(co.in(note.text));
      w.key("begin").number(co.begin).key("end").number(co.end);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();

  w.key("elements").begin_object();
  for (size_t e = 0; e < lex.elements.size(); ++e) {
    const evidence::ElementEvidence& ev = r.evidence.elements[e];
    w.key(lex.elements[e]).begin_object();
    w.key("present").boolean(ev.present);
    if (ev.present) {
      w.key("evidence").begin_array();
      for (Span s : ev.evidence) {
        w.begin_object();
        write_span(w, view, s);
        w.end_object();
      }
      w.end_array();
    }
    w.end_object();
  }
  w.end_object();

  w.key("audit");
  const size_t cut = out->size();
  w.raw("[]");
  w.key("verdict").begin_object();
  for (const audit::CodeVerdict& v : r.audit.verdicts)
    w.key(v.code).string(audit::kVerdictNames.name(v.verdict));
  w.end_object();

  if (!r.warnings.empty()) {
    w.key("warnings").begin_array();
    for (const std::string& s : r.warnings) w.string(s);
    w.end_array();
  }
  if (!note.meta_json.empty()) w.key("meta").raw(note.meta_json);
  w.end_object();
  out->push_back('\n');

  parts->prefix.assign(record, 0, cut + 1);  // through '['
  parts->suffix.assign(record, cut + 1);     // from ']'
  parts->flags.clear();
  parts->subsequent.clear();
  parts->rules.clear();
  for (const audit::Flag& f : r.audit.flags) {
    std::string json;
    append_flag(f, lex, view, &json);
    parts->flags.push_back(std::move(json));
    std::string alt;
    if (f.episodic) {
      audit::Flag sub = f;
      sub.suggest = f.subsequent_suggest;
      sub.message = f.subsequent_message;
      append_flag(sub, lex, view, &alt);
    }
    parts->subsequent.push_back(std::move(alt));
    parts->rules.push_back(f.rule);
  }
}

void append_error_record(const io::InputRecord& record, io::ErrorKind kind,
                         std::string_view message, std::string* out) {
  JsonWriter w(out);
  w.begin_object();
  w.key("schema").string(kSchema);
  w.key("note_id").string_or_null(record.note.note_id);
  w.key("status").string("error");
  w.key("error").begin_object();
  w.key("kind").string(io::kErrorKindNames.name(kind));
  w.key("message").string(message);
  w.end_object();
  w.key("input").begin_object();
  w.key("file").string(record.where.file);
  w.key("line").number(record.where.line);
  w.end_object();
  w.end_object();
  out->push_back('\n');
}

std::string serialize_parts(const RecordParts& parts, const audit::EncounterSummary& summary) {
  nlohmann::json j = {{"prefix", parts.prefix},
                      {"flags", parts.flags},
                      {"subsequent", parts.subsequent},
                      {"rules", parts.rules},
                      {"suffix", parts.suffix},
                      {"patient_id", summary.patient_id},
                      {"date", summary.date},
                      {"codes", summary.codes},
                      {"episodic_rules", summary.episodic_rules}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool parse_parts(std::string_view json, RecordParts* parts, audit::EncounterSummary* summary) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  if (!j.is_object()) return false;
  try {
    parts->prefix = j.at("prefix").get<std::string>();
    parts->flags = j.at("flags").get<std::vector<std::string>>();
    parts->subsequent = j.at("subsequent").get<std::vector<std::string>>();
    parts->rules = j.at("rules").get<std::vector<std::string>>();
    parts->suffix = j.at("suffix").get<std::string>();
    summary->patient_id = j.at("patient_id").get<std::string>();
    summary->date = j.at("date").get<codes::Date>();
    summary->codes = j.at("codes").get<std::vector<std::string>>();
    summary->episodic_rules = j.at("episodic_rules").get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception&) {
    return false;  // another version's layout: the note is analysed again
  }
  return parts->flags.size() == parts->subsequent.size() &&
         parts->flags.size() == parts->rules.size();
}

}  // namespace dxaudit::pipeline
