#include "eval/gold_eval.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <set>
#include <sstream>

#include "io/brat.h"

namespace dxaudit::eval {

namespace fs = std::filesystem;

double Counts::precision() const {
  return tp + fp == 0 ? 1.0 : double(tp) / double(tp + fp);
}
double Counts::recall() const {
  return tp + fn == 0 ? 1.0 : double(tp) / double(tp + fn);
}
double Counts::f1() const {
  double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Counts GoldEvalReport::concepts_total() const {
  Counts total;
  for (const auto& [name, c] : concepts) total.add(c);
  return total;
}
double GoldEvalReport::laterality_accuracy() const {
  return laterality_total == 0 ? 1.0 : double(laterality_correct) / double(laterality_total);
}
double GoldEvalReport::element_accuracy() const {
  return element_total == 0 ? 1.0 : double(element_agreements) / double(element_total);
}
double GoldEvalReport::negation_recall() const {
  return negations_total == 0 ? 1.0 : double(negations_found) / double(negations_total);
}
double GoldEvalReport::region_accuracy() const {
  return region_total == 0 ? 1.0 : double(region_correct) / double(region_total);
}
double GoldEvalReport::valid_evidence() const {
  return flags_total == 0 ? 1.0 : double(flags_valid) / double(flags_total);
}

namespace {

// The assertion attributes a finding can carry, in output order.
constexpr const char* kAssertionAttributes[] = {"Negated", "Uncertain", "Historical",
                                                "Hypothetical", "Experiencer_other"};

// A labelled span (gold entity or dxaudit finding) in character offsets.
struct Labelled {
  std::string type;
  uint32_t begin = 0, end = 0;
  std::set<std::string> flags;  // assertion attributes that are set
  std::string laterality;       // "" when none
  std::string region;           // "" when unknown
  bool active = false;          // the contract's definition, from the flags
};

// Active as the contract defines it, from brat attributes: what audit rules use.
bool active_from_flags(const std::set<std::string>& flags, bool historical_counts) {
  for (const char* attr : {"Negated", "Uncertain", "Hypothetical", "Experiencer_other"})
    if (flags.count(attr) > 0) return false;
  return historical_counts || flags.count("Historical") == 0;
}

// Pairs of a gold and a found item: spans overlap, types agree; the largest overlaps
// first, each side at most once. Only items `eligible` says yes to take part.
template <typename Eligible>
void match_spans(const std::vector<Labelled>& gold, const std::vector<Labelled>& found,
                 Eligible eligible, std::vector<long>* gold_match, std::vector<long>* found_match);

bool read_file(const fs::path& path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream s;
  s << f.rdbuf();
  *out = s.str();
  return true;
}

uint32_t overlap(const Labelled& a, const Labelled& b) {
  uint32_t lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

template <typename Eligible>
void match_spans(const std::vector<Labelled>& gold, const std::vector<Labelled>& found,
                 Eligible eligible, std::vector<long>* gold_match, std::vector<long>* found_match) {
  struct Candidate {
    uint32_t overlap;
    size_t gold, found;
  };
  std::vector<Candidate> candidates;
  for (size_t g = 0; g < gold.size(); ++g) {
    if (!eligible(gold[g])) continue;
    for (size_t f = 0; f < found.size(); ++f)
      if (eligible(found[f]) && gold[g].type == found[f].type && overlap(gold[g], found[f]) > 0)
        candidates.push_back({overlap(gold[g], found[f]), g, f});
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.overlap > b.overlap; });
  gold_match->assign(gold.size(), -1);
  found_match->assign(found.size(), -1);
  for (const Candidate& c : candidates) {
    if ((*gold_match)[c.gold] >= 0 || (*found_match)[c.found] >= 0) continue;
    (*gold_match)[c.gold] = static_cast<long>(c.found);
    (*found_match)[c.found] = static_cast<long>(c.gold);
  }
}

bool low_back_region(const std::string& region) {
  return region.empty() || region == "lumbar" || region == "lumbosacral";
}

std::string quote(const std::string& text, const io::CharByteMap& chars, uint32_t b, uint32_t e) {
  uint32_t bb = chars.to_byte(b), be = chars.to_byte(e);
  std::string s = text.substr(bb, be - bb);
  // As the brat writer shows it: line breaks and tabs are spaces in an .ann text column.
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

// What a gold directory annotates, from its annotation.conf (brat's declaration of entity
// types and attributes). Without one, every concept and attribute is taken as annotated.
struct GoldScheme {
  bool declared = false;
  std::set<std::string> entities;
  bool region = true;  // the Region attribute is annotated

  bool annotates(const std::string& type) const { return !declared || entities.count(type) > 0; }
};

GoldScheme read_scheme(const std::string& dir) {
  GoldScheme scheme;
  std::string conf;
  if (!read_file(fs::path(dir) / "annotation.conf", &conf)) return scheme;
  scheme.declared = true;
  scheme.region = false;
  std::istringstream in(conf);
  std::string line, section;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (line.front() == '[' && line.back() == ']') {
      section = line.substr(1, line.size() - 2);
    } else if (section == "entities") {
      scheme.entities.insert(line.substr(0, line.find_first_of(" \t")));
    } else if (section == "attributes" && line.rfind("Region", 0) == 0) {
      scheme.region = true;
    }
  }
  return scheme;
}

void evaluate_note(const pipeline::Analyzer& analyzer, const GoldScheme& scheme,
                   const std::string& name, const std::string& text, const std::string& ann_path,
                   const std::string& ann, GoldEvalReport* report) {
  const lexicon::Lexicon& lex = analyzer.lexicon();
  io::CharByteMap chars(text);
  auto problem = [&](int line, const std::string& message) {
    report->problems.push_back(ann_path + ":" + std::to_string(line) + ": " + message);
  };

  // Gold.
  std::vector<io::BratProblem> brat_problems;
  io::BratDocument doc = io::parse_brat(ann, &brat_problems);
  for (const io::BratProblem& p : brat_problems) problem(p.line, p.message);
  std::vector<Labelled> gold;
  std::map<std::string, size_t> gold_by_id;
  std::vector<bool> gold_elements(lex.elements.size(), false);
  std::vector<const io::BratEntity*> element_entity(lex.elements.size(), nullptr);
  for (const io::BratEntity& e : doc.entities) {
    if (e.end > chars.char_count()) {
      problem(e.line, "span " + std::to_string(e.begin) + "-" + std::to_string(e.end) +
                          " runs past the end of the note");
      continue;
    }
    std::string covered = quote(text, chars, e.begin, e.end);
    if (covered != e.text)
      problem(e.line, "the text at " + std::to_string(e.begin) + "-" + std::to_string(e.end) +
                          " is '" + covered + "', not '" + e.text + "'");
    if (auto element = lex.element_index(e.type)) {
      gold_elements[*element] = true;
      if (element_entity[*element] == nullptr) element_entity[*element] = &e;
    } else if (lex.concept_index(e.type)) {
      gold_by_id[e.id] = gold.size();
      Labelled entity;
      entity.type = e.type;
      entity.begin = e.begin;
      entity.end = e.end;
      gold.push_back(std::move(entity));
    } else {
      problem(e.line, "'" + e.type + "' is neither a concept nor an element");
    }
  }
  for (const io::BratAttribute& a : doc.attributes) {
    auto it = gold_by_id.find(a.target);
    if (it == gold_by_id.end()) {
      problem(a.line, "attribute on '" + a.target + "', which is not a concept entity");
      continue;
    }
    Labelled& g = gold[it->second];
    if (a.name == "Laterality") {
      if (a.value != "left" && a.value != "right" && a.value != "bilateral")
        problem(a.line, "Laterality is left, right or bilateral, not '" + a.value + "'");
      else
        g.laterality = a.value;
    } else if (a.name == "Region") {
      auto region = lexicon::region_from_name(a.value);
      if (!region || *region == lexicon::Region::kUnknown)
        problem(a.line, "Region is cervical, thoracic, lumbar, lumbosacral or sacral, not '" +
                            a.value + "'");
      else
        g.region = a.value;
    } else if (std::find(std::begin(kAssertionAttributes), std::end(kAssertionAttributes),
                         a.name) != std::end(kAssertionAttributes)) {
      g.flags.insert(a.name);
    } else {
      problem(a.line, "unknown attribute '" + a.name + "'");
    }
  }

  for (Labelled& g : gold)
    g.active =
        active_from_flags(g.flags, lex.concepts[*lex.concept_index(g.type)].historical_counts);

  // dxaudit, auditing the note as if M54.50 were assigned.
  io::Note note;
  note.note_id = name;
  note.text = text;
  note.codes = {"M54.50"};
  pipeline::Workspace ws;
  pipeline::NoteRecord record;
  analyzer.analyze(note, &ws, &record);
  if (!record.ok) {
    report->problems.push_back(name + ".txt: not analysed: " + record.error_message);
    return;
  }
  std::vector<Labelled> found;
  for (const pipeline::RecordFinding& f : record.findings) {
    const lexicon::Concept& concept_info = lex.concepts[f.concept_id];
    // A concept this gold does not annotate can be neither right nor wrong here.
    if (!scheme.annotates(concept_info.name)) {
      ++report->unannotated[concept_info.name];
      continue;
    }
    Labelled l;
    l.type = concept_info.name;
    l.begin = chars.to_char(f.span.begin);
    l.end = chars.to_char(f.span.end);
    l.laterality = std::string(lexicon::laterality_name(f.laterality));
    l.region = std::string(lexicon::region_name(f.region));
    l.active = f.active;
    if (f.negated) l.flags.insert("Negated");
    if (f.uncertain) l.flags.insert("Uncertain");
    if (f.historical) l.flags.insert("Historical");
    if (f.hypothetical) l.flags.insert("Hypothetical");
    if (f.experiencer != context::Experiencer::kPatient) l.flags.insert("Experiencer_other");
    found.push_back(std::move(l));
  }

  std::vector<long> gold_match, found_match;
  match_spans(
      gold, found, [](const Labelled&) { return true; }, &gold_match, &found_match);

  auto disagree = [&](const Labelled& at, std::string expected, std::string got) {
    report->disagreements.push_back({name, at.begin, at.end, quote(text, chars, at.begin, at.end),
                                     std::move(expected), std::move(got)});
  };
  for (size_t g = 0; g < gold.size(); ++g) {
    Counts& c = report->concepts[gold[g].type];
    if (gold_match[g] < 0) {
      ++c.fn;
      if (gold[g].flags.count("Negated") > 0) ++report->negations_total;
      disagree(gold[g], gold[g].type, "nothing");
      continue;
    }
    ++c.tp;
    const Labelled& f = found[static_cast<size_t>(gold_match[g])];
    for (const char* attr : kAssertionAttributes) {
      bool in_gold = gold[g].flags.count(attr) > 0, in_found = f.flags.count(attr) > 0;
      Counts& ac = report->attributes[attr];
      if (in_gold && in_found) ++ac.tp;
      if (!in_gold && in_found) ++ac.fp;
      if (in_gold && !in_found) ++ac.fn;
      if (in_gold != in_found)
        disagree(gold[g], gold[g].type + (in_gold ? " " : " not ") + attr,
                 in_found ? attr : std::string("not ") + attr);
    }
    if (gold[g].flags.count("Negated") > 0) {
      ++report->negations_total;
      if (f.flags.count("Negated") > 0) ++report->negations_found;
    }
    if (scheme.region && (!gold[g].region.empty() || !f.region.empty())) {
      ++report->region_total;
      if (gold[g].region == f.region)
        ++report->region_correct;
      else
        disagree(gold[g],
                 gold[g].type + " region " + (gold[g].region.empty() ? "unknown" : gold[g].region),
                 f.region.empty() ? "unknown" : f.region);
    }
    if (!gold[g].laterality.empty() || !f.laterality.empty()) {
      ++report->laterality_total;
      if (gold[g].laterality == f.laterality)
        ++report->laterality_correct;
      else
        disagree(gold[g],
                 gold[g].type + " laterality " +
                     (gold[g].laterality.empty() ? "none" : gold[g].laterality),
                 f.laterality.empty() ? "none" : f.laterality);
    }
  }
  for (size_t f = 0; f < found.size(); ++f) {
    if (found_match[f] >= 0) continue;
    ++report->concepts[found[f].type].fp;
    disagree(found[f], "nothing", found[f].type);
  }

  // Active concepts: what the audit rules see.
  std::vector<long> active_gold, active_found;
  match_spans(
      gold, found, [](const Labelled& l) { return l.active; }, &active_gold, &active_found);
  for (size_t g = 0; g < gold.size(); ++g) {
    if (!gold[g].active) continue;
    if (active_gold[g] >= 0) {
      ++report->active_concepts.tp;
    } else {
      ++report->active_concepts.fn;
      disagree(gold[g], gold[g].type + " active", "not active");
    }
  }
  for (size_t f = 0; f < found.size(); ++f) {
    if (!found[f].active || active_found[f] >= 0) continue;
    ++report->active_concepts.fp;
    disagree(found[f], "not active", found[f].type + " active");
  }

  // Evidence quality: every finding a flag quotes is an active low back finding in gold.
  for (const audit::Flag& flag : record.flags) {
    bool quotes_findings = false, valid = true;
    for (const audit::FlagEvidence& ev : flag.evidence) {
      if (ev.concept_id == audit::kNoConcept) continue;
      quotes_findings = true;
      Span o = ev.span;  // original offsets in a record
      Labelled quoted;
      quoted.type = lex.concepts[ev.concept_id].name;
      quoted.begin = chars.to_char(o.begin);
      quoted.end = chars.to_char(o.end);
      bool supported = false;
      for (const Labelled& g : gold)
        if (g.active && g.type == quoted.type && overlap(g, quoted) > 0 &&
            low_back_region(g.region))
          supported = true;
      if (!supported) {
        valid = false;
        disagree(quoted, "an active low back " + quoted.type + " for " + flag.rule,
                 "no such gold finding");
      }
    }
    if (!quotes_findings) continue;
    ++report->flags_total;
    if (valid) ++report->flags_valid;
  }

  for (size_t e = 0; e < lex.elements.size(); ++e) {
    bool in_gold = gold_elements[e], in_found = record.elements[e].present;
    Counts& c = report->elements[lex.elements[e]];
    ++report->element_total;
    if (in_gold == in_found) ++report->element_agreements;
    if (in_gold && in_found) ++c.tp;
    if (!in_gold && in_found) ++c.fp;
    if (in_gold && !in_found) ++c.fn;
    if (in_gold == in_found) continue;
    Labelled at;
    if (in_gold) {
      at.begin = element_entity[e]->begin;
      at.end = element_entity[e]->end;
    } else {
      Span o = record.evidence_of(record.elements[e]).front();
      at.begin = chars.to_char(o.begin);
      at.end = chars.to_char(o.end);
    }
    disagree(at, lex.elements[e] + (in_gold ? " present" : " absent"),
             in_found ? "present" : "absent");
  }
  ++report->notes;
}

}  // namespace

namespace {

// NOTE -> PART from DIR/parts.tsv; false when there is no such file.
bool read_parts(const std::string& dir, std::map<std::string, std::string>* parts,
                std::vector<std::string>* order) {
  std::ifstream in(fs::path(dir) / "parts.tsv", std::ios::binary);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    size_t end = line.find('\t', tab + 1);
    std::string part = line.substr(tab + 1, end == std::string::npos ? end : end - tab - 1);
    (*parts)[line.substr(0, tab)] = part;
    if (std::find(order->begin(), order->end(), part) == order->end()) order->push_back(part);
  }
  return true;
}

}  // namespace

std::vector<std::string> gold_parts(const std::string& dir) {
  std::map<std::string, std::string> parts;
  std::vector<std::string> order;
  read_parts(dir, &parts, &order);
  return order;
}

GoldEvalReport evaluate_gold(const pipeline::Analyzer& analyzer, const std::string& dir,
                             const std::string& part) {
  GoldEvalReport report;
  report.part = part;
  std::map<std::string, std::string> parts;
  std::vector<std::string> part_names;
  if (!part.empty() && !read_parts(dir, &parts, &part_names)) {
    report.problems.push_back(dir + "/parts.tsv: missing (needed for --part " + part + ")");
    return report;
  }
  std::error_code ec;
  std::vector<fs::path> texts;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".txt") texts.push_back(it->path());
  if (ec) {
    report.problems.push_back(dir + ": cannot list: " + ec.message());
    return report;
  }
  std::sort(texts.begin(), texts.end());
  const GoldScheme scheme = read_scheme(dir);
  if (!part.empty()) {
    std::erase_if(texts, [&](const fs::path& t) {
      auto it = parts.find(t.stem().string());
      return it == parts.end() || it->second != part;
    });
    if (texts.empty()) report.problems.push_back(dir + ": no note in part '" + part + "'");
  }
  if (texts.empty() && part.empty()) report.problems.push_back(dir + ": no .txt notes");
  for (const fs::path& txt : texts) {
    fs::path ann_path = txt;
    ann_path.replace_extension(".ann");
    std::string text, ann;
    if (!read_file(txt, &text)) {
      report.problems.push_back(txt.string() + ": cannot read");
      continue;
    }
    if (!read_file(ann_path, &ann)) {
      report.problems.push_back(ann_path.string() + ": missing (every note needs its .ann)");
      continue;
    }
    evaluate_note(analyzer, scheme, txt.stem().string(), text, ann_path.string(), ann, &report);
  }
  return report;
}

void print_report(const GoldEvalReport& r, std::ostream& out, bool show_errors) {
  auto row = [&](const std::string& name, const Counts& c) {
    out << "  " << std::left << std::setw(28) << name << std::right << std::setw(5) << c.tp
        << std::setw(5) << c.fp << std::setw(5) << c.fn << std::fixed << std::setprecision(3)
        << std::setw(8) << c.precision() << std::setw(8) << c.recall() << std::setw(8) << c.f1()
        << "\n";
  };
  auto header = [&](const std::string& title) {
    out << title << "\n  " << std::left << std::setw(28) << "" << std::right << std::setw(5) << "tp"
        << std::setw(5) << "fp" << std::setw(5) << "fn" << std::setw(8) << "P" << std::setw(8)
        << "R" << std::setw(8) << "F1"
        << "\n";
  };
  out << "notes: " << r.notes;
  if (!r.part.empty()) out << " (part " << r.part << ")";
  out << "\n\n";
  header("concepts (spans overlap, concept agrees)");
  for (const auto& [name, c] : r.concepts) row(name, c);
  row("ALL (micro)", r.concepts_total());
  row("ACTIVE (micro)", r.active_concepts);
  out << std::fixed << std::setprecision(3) << "\nexplicit negations found: " << r.negation_recall()
      << " (" << r.negations_found << "/" << r.negations_total
      << " gold Negated entities matched by a negated finding)\n";
  out << "region accuracy: " << r.region_accuracy() << " (" << r.region_correct << "/"
      << r.region_total << " matched findings with a region in gold or output)\n";
  out << "flags with valid evidence: " << r.valid_evidence() << " (" << r.flags_valid << "/"
      << r.flags_total
      << " flags, M54.50 assumed, every quoted finding active and low back in gold)\n";
  for (const auto& [name, n] : r.unannotated)
    out << "not annotated in this gold (left out): " << n << " " << name << " finding"
        << (n == 1 ? "" : "s") << "\n";
  out << "\n";
  header("assertion attributes (matched concepts)");
  for (const auto& [name, c] : r.attributes) row(name, c);
  out << std::fixed << std::setprecision(3) << "\nlaterality accuracy: " << r.laterality_accuracy()
      << " (" << r.laterality_correct << "/" << r.laterality_total
      << " matched findings with a side in gold or output)\n\n";
  header("elements (present per note)");
  for (const auto& [name, c] : r.elements) row(name, c);
  out << std::fixed << std::setprecision(3) << "\nelement accuracy: " << r.element_accuracy()
      << " (" << r.element_agreements << "/" << r.element_total << " note x element)\n";
  if (!show_errors) return;
  out << "\ndisagreements (" << r.disagreements.size() << "):\n";
  for (const Disagreement& d : r.disagreements)
    out << "  " << d.file << " " << d.begin << "-" << d.end << " '" << d.text << "': expected "
        << d.expected << ", found " << d.found << "\n";
}

}  // namespace dxaudit::eval
