#include "audit/audit.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <optional>

#include "io/utf8.h"

namespace dxaudit::audit {

using lexicon::Laterality;
using lexicon::LineEntry;
using lexicon::LineFile;
using lexicon::LoadError;

namespace {

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t comma = s.find(',', pos);
    if (comma == std::string_view::npos) comma = s.size();
    if (comma > pos) out.emplace_back(s.substr(pos, comma - pos));
    pos = comma + 1;
  }
  return out;
}

struct ModelLoader {
  const lexicon::Lexicon& lex;
  const codes::CodeModel& codes;
  std::vector<LoadError>* errors;
  const LineFile* file = nullptr;
  int line = 0;

  void fail(std::string msg) { errors->push_back({file->path, line, std::move(msg)}); }

  bool condition(const std::string& item, Condition* out) {
    if (item.rfind("category:", 0) == 0) {
      std::string name = item.substr(9);
      auto it = std::find(lex.categories.begin(), lex.categories.end(), name);
      if (it == lex.categories.end()) {
        fail("unknown category '" + name + "'");
        return false;
      }
      *out = {true, static_cast<uint16_t>(it - lex.categories.begin())};
      return true;
    }
    auto c = lex.concept_index(item);
    if (!c) {
      fail("unknown concept '" + item + "' (or write category:NAME)");
      return false;
    }
    *out = {false, *c};
    return true;
  }

  bool code_list(const std::string& value, std::vector<std::string>* out) {
    for (const std::string& raw : split_list(value)) {
      auto code = codes::normalize_code(raw);
      if (!code) {
        fail("'" + raw + "' is not a well-formed code");
        return false;
      }
      if (!codes.find(*code)) {
        fail("code " + *code + " is not in the code model");
        return false;
      }
      out->push_back(*code);
    }
    return true;
  }

  bool element_list(const std::string& value, std::vector<uint16_t>* out) {
    for (const std::string& name : split_list(value)) {
      auto e = lex.element_index(name);
      if (!e) {
        fail("unknown element '" + name + "'");
        return false;
      }
      out->push_back(*e);
    }
    return true;
  }

  bool audited_code(const std::string& raw, std::string* out) {
    auto code = codes::normalize_code(raw);
    if (!code || !codes.find(*code)) {
      fail("'" + raw + "' is not a code of the code model");
      return false;
    }
    *out = *code;
    return true;
  }

  bool side_name(const std::string& side, Laterality* l) {
    if (side == "left")
      *l = Laterality::kLeft;
    else if (side == "right")
      *l = Laterality::kRight;
    else if (side == "bilateral")
      *l = Laterality::kBilateral;
    else if (side == "unsided")
      *l = Laterality::kNone;
    else {
      fail("a side is left, right, bilateral or unsided, not '" + side + "'");
      return false;
    }
    return true;
  }

  bool positive_int(const std::string& value, const std::string& key, int* out) {
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), *out);
    if (ec != std::errc() || end != value.data() + value.size() || *out <= 0) {
      fail(key + " must be a whole number above 0, not '" + value + "'");
      return false;
    }
    return true;
  }

  // Code patterns: a canonical-form code, optionally ending in '-' (the whole category).
  bool pattern_list(const std::string& value, const std::string& key,
                    std::vector<std::string>* out) {
    bool ok = true;
    for (const std::string& item : split_list(value)) {
      bool dash = item.back() == '-';
      std::string bare = dash ? item.substr(0, item.size() - 1) : item;
      if (!bare.empty() && bare.back() == '.') bare.pop_back();  // "M51.-"
      auto code = codes::normalize_code(bare);
      if (!code || *code != bare) {
        fail(key + ": '" + item + "' is not a code pattern (M54.50, M51.2-)");
        ok = false;
        continue;
      }
      out->push_back(dash ? bare + "-" : bare);
    }
    return ok;
  }

  bool conditions(const std::string& value, std::vector<Condition>* out) {
    bool ok = true;
    for (const std::string& item : split_list(value)) {
      Condition c;
      if (!condition(item, &c))
        ok = false;
      else
        out->push_back(c);
    }
    return ok;
  }

  void load_rule(const LineEntry& e, std::vector<Rule>* rules) {
    Rule r;
    r.id = e.id;
    r.file = file->path;
    r.line = e.line;
    bool ok = true;
    if (const std::string* kind = e.option("kind")) {
      if (std::optional<RuleKind> k = kRuleKindNames.find(*kind)) {
        r.kind = *k;
      } else {
        fail(
            "kind is findings, missing, excludes1, invalid, laterality, repeated or absent, not '" +
            *kind + "'");
        ok = false;
      }
    }
    bool every_code = r.kind == RuleKind::kExcludes1 || r.kind == RuleKind::kInvalid;
    if (every_code) {
      if (e.value != "*") {
        fail("a kind=excludes1 or kind=invalid rule audits every code: write * as its code");
        ok = false;
      }
      r.code = "*";
    } else {
      ok = audited_code(e.value, &r.code) && ok;
    }
    for (const lexicon::Option& o : e.options) {
      if (o.key == "kind") continue;
      if (o.key == "any" || o.key == "all") {
        ok = conditions(o.value, o.key == "any" ? &r.any : &r.all) && ok;
      } else if (o.key == "severity" || o.key == "unrelated_severity") {
        std::optional<Severity> severity = kSeverityNames.find(o.value);
        if (!severity) {
          fail(o.key + " is high, medium, low or info, not '" + o.value + "'");
          ok = false;
        } else {
          (o.key == "severity" ? r.severity : r.unrelated_severity) = *severity;
        }
      } else if (o.key == "verdict") {
        if (o.value != "unsupported") {
          fail("verdict=unsupported is the only verdict a rule can set");
          ok = false;
        }
        r.makes_unsupported = true;
      } else if (o.key == "suggest") {
        ok = code_list(o.value, &r.suggest) && ok;
      } else if (o.key.rfind("suggest.", 0) == 0) {
        Laterality l;
        if (!side_name(o.key.substr(8), &l)) {
          ok = false;
          continue;
        }
        r.by_side = true;
        ok = code_list(o.value, &r.suggest_by_side[static_cast<int>(l)]) && ok;
      } else if (o.key == "title") {
        r.title = o.value;
      } else if (o.key == "message") {
        r.message = o.value;
      } else if (o.key == "message_without_suggest") {
        r.message_without_suggest = o.value;
      } else if (o.key == "unrelated_message") {
        r.unrelated_message = o.value;
      } else if (o.key == "elements" && r.kind == RuleKind::kMissing) {
        ok = element_list(o.value, &r.elements) && ok;
      } else if (o.key == "sides" && r.kind == RuleKind::kLaterality) {
        for (const std::string& side : split_list(o.value)) {
          Laterality l;
          if (side_name(side, &l))
            r.on_side[static_cast<int>(l)] = true;
          else
            ok = false;
        }
      } else if (o.key == "sections" && r.kind == RuleKind::kFindings) {
        for (const std::string& name : split_list(o.value)) {
          const std::vector<std::string>& names = lex.section_names;
          auto it = std::find(names.begin(), names.end(), name);
          if (it == names.end()) {
            fail("sections= names '" + name + "', which no header in lexicons/ opens");
            ok = false;
            continue;
          }
          r.sections.push_back(static_cast<uint16_t>(it - names.begin()));
        }
      } else if (o.key == "quote" && r.kind == RuleKind::kAbsent) {
        ok = conditions(o.value, &r.quote) && ok;
      } else if (o.key == "message_without_evidence" && r.kind == RuleKind::kAbsent) {
        r.message_without_evidence = o.value;
      } else if (o.key == "regions" &&
                 (r.kind == RuleKind::kFindings || r.kind == RuleKind::kLaterality ||
                  r.kind == RuleKind::kAbsent)) {
        for (const std::string& name : split_list(o.value)) {
          auto region = lexicon::region_from_name(name);
          if (!region) {
            fail(
                "regions= lists cervical, thoracic, lumbar, lumbosacral, sacral or unknown, not '" +
                name + "'");
            ok = false;
            continue;
          }
          r.regions |= 1u << static_cast<unsigned>(*region);
        }
      } else if (o.key == "unrelated" && r.kind == RuleKind::kExcludes1) {
        for (const std::string& phrase : split_list(o.value)) {
          std::string folded;
          for (char c : phrase)
            folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          r.unrelated.push_back(folded);
        }
      } else if (o.key == "window_days" && r.kind == RuleKind::kRepeated) {
        ok = positive_int(o.value, o.key, &r.window_days) && ok;
      } else if (o.key == "min_count" && r.kind == RuleKind::kRepeated) {
        ok = positive_int(o.value, o.key, &r.min_count) && ok;
      } else if (o.key == "specific" && r.kind == RuleKind::kRepeated) {
        ok = pattern_list(o.value, o.key, &r.specific) && ok;
      } else if (o.key == "episode" && r.kind == RuleKind::kFindings) {
        ok = pattern_list(o.value, o.key, &r.episode_codes) && ok;
      } else if (o.key == "episode_days" && r.kind == RuleKind::kFindings) {
        ok = positive_int(o.value, o.key, &r.episode_days) && ok;
      } else {
        fail("unknown option '" + o.key + "' for a rule of this kind (see docs/models-format.md)");
        ok = false;
      }
    }
    auto given = [&](const char* key) {
      const std::string* value = e.option(key);
      return value != nullptr && !value->empty();
    };
    auto need = [&](bool cond, const std::string& what) {
      if (!cond) {
        fail("rule " + r.id + " needs " + what);
        ok = false;
      }
    };
    // Only when none was written: an unknown concept in one is already reported.
    if (r.kind == RuleKind::kFindings)
      need(e.option("any") || e.option("all"), "any= or all= findings");
    if (r.kind == RuleKind::kAbsent) need(e.option("any") != nullptr, "any= findings");
    if (r.kind == RuleKind::kLaterality) {
      need(e.option("any") || e.option("all"), "any= or all= findings");
      need(e.option("sides") != nullptr, "sides=");
    }
    if (r.kind == RuleKind::kMissing) need(e.option("elements") != nullptr, "elements=");
    need(given("title"), "title=\"...\" (what it means in plain language, for the worklist)");
    if (r.kind == RuleKind::kExcludes1 && !r.unrelated.empty()) {
      need(given("unrelated_severity"), "unrelated_severity= with unrelated=");
      need(!r.unrelated_message.empty(), "unrelated_message= with unrelated=");
    }
    if (r.kind == RuleKind::kRepeated) {
      need(r.window_days > 0, "window_days=");
      need(r.min_count > 0, "min_count=");
    }
    if (r.kind == RuleKind::kFindings && !r.episode_codes.empty())
      need(r.episode_days > 0, "episode_days= with episode=");
    need(given("severity"), "severity=");
    need(!r.message.empty(), "message=\"...\"");
    if (r.kind == RuleKind::kLaterality) {
      for (int s = 0; s < 4; ++s)
        if (r.on_side[s] && r.suggest_by_side[s].empty() && r.suggest.empty()) {
          fail("rule " + r.id + " fires on a side it gives no suggest.SIDE for");
          ok = false;
          break;
        }
    } else if (r.by_side) {
      for (int s = 0; s < 4; ++s)
        if (r.suggest_by_side[s].empty()) {
          fail("rule " + r.id +
               " gives suggestions by side but not for every side "
               "(left, right, bilateral, unsided)");
          ok = false;
          break;
        }
    }
    // One id may audit several codes (LATERALITY_MISMATCH for M54.40 and M54.30), but a
    // code only once.
    for (const Rule& other : *rules)
      if (other.id == r.id && other.code == r.code) {
        fail("rule " + r.id + " for " + r.code + " is already defined at " + other.file + ":" +
             std::to_string(other.line));
        ok = false;
      }
    if (ok) rules->push_back(std::move(r));
  }

  void load_clause(const LineEntry& e, const std::vector<Rule>& rules,
                   std::vector<SuggestClause>* clauses) {
    SuggestClause c;
    c.rule = e.id;
    c.file = file->path;
    c.line = e.line;
    bool ok = code_list(e.value, &c.codes);
    if (std::none_of(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == c.rule; })) {
      fail("no rule '" + c.rule + "' to add suggestions to (rule files load first)");
      ok = false;
    }
    for (const lexicon::Option& o : e.options) {
      if (o.key == "any")
        ok = conditions(o.value, &c.any) && ok;
      else if (o.key == "all")
        ok = conditions(o.value, &c.all) && ok;
      else if (o.key == "with")
        ok = conditions(o.value, &c.with) && ok;
      else if (o.key == "without")
        ok = conditions(o.value, &c.without) && ok;
      else if (o.key == "side") {
        for (const std::string& side : split_list(o.value)) {
          Laterality l;
          if (side_name(side, &l))
            c.side_mask |= 1 << static_cast<int>(l);
          else
            ok = false;
        }
      } else if (o.key == "level" || o.key == "not_level") {
        for (const std::string& lv : split_list(o.value)) {
          std::string canon = evidence::normalize_level(lv);
          if (canon.empty()) {
            fail("'" + lv + "' is not a spinal level (L4-L5, L5-S1, S1)");
            ok = false;
          } else {
            (o.key == "level" ? c.level : c.not_level).push_back(canon);
          }
        }
      } else if (o.key == "encounter") {
        if (o.value == "initial")
          c.encounter = 1;
        else if (o.value == "subsequent")
          c.encounter = 2;
        else {
          fail("encounter is initial or subsequent, not '" + o.value + "'");
          ok = false;
        }
      } else {
        fail("unknown option '" + o.key +
             "' for a suggestion (any, all, with, without, side, level, not_level, encounter)");
        ok = false;
      }
    }
    if (ok) clauses->push_back(std::move(c));
  }

  void load_verdict(const LineEntry& e, std::vector<VerdictPolicy>* verdicts) {
    VerdictPolicy v;
    bool ok = audited_code(e.id, &v.code);
    if (e.value != "verdict") {
      fail("a verdicts line is CODE<TAB>verdict<TAB>options");
      ok = false;
    }
    for (const lexicon::Option& o : e.options) {
      if (o.key == "required")
        ok = element_list(o.value, &v.required) && ok;
      else if (o.key == "exam")
        ok = element_list(o.value, &v.exam) && ok;
      else if (o.key == "exam_min") {
        auto [end, ec] =
            std::from_chars(o.value.data(), o.value.data() + o.value.size(), v.exam_min);
        if (ec != std::errc() || end != o.value.data() + o.value.size() || v.exam_min < 0) {
          fail("exam_min must be a whole number of elements, not '" + o.value + "'");
          ok = false;
        }
      } else {
        fail("unknown option '" + o.key + "' for a verdict (required, exam, exam_min)");
        ok = false;
      }
    }
    if (v.exam_min > static_cast<int>(v.exam.size())) {
      fail("exam_min is larger than the number of exam elements");
      ok = false;
    }
    for (const VerdictPolicy& other : *verdicts)
      if (ok && other.code == v.code) {
        fail("a verdict policy for " + v.code + " is already defined");
        ok = false;
      }
    if (ok) verdicts->push_back(std::move(v));
  }
};

bool matches(const lexicon::Lexicon& lex, const Condition& c, uint16_t concept_id) {
  return c.is_category ? lex.concepts[concept_id].category == c.index : concept_id == c.index;
}

bool matches_any(const lexicon::Lexicon& lex, const std::vector<Condition>& cs, uint16_t id) {
  return std::any_of(cs.begin(), cs.end(), [&](const Condition& c) { return matches(lex, c, id); });
}

Laterality side_of(bool left, bool right) {
  return left && right ? Laterality::kBilateral
         : left        ? Laterality::kLeft
         : right       ? Laterality::kRight
                       : Laterality::kNone;
}

void add_unique(std::vector<std::string>* to, const std::string& code) {
  if (std::find(to->begin(), to->end(), code) == to->end()) to->push_back(code);
}

std::string format_date(codes::Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

}  // namespace

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::string render_message(std::string_view tmpl,
                           const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{') {
      size_t close = tmpl.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view name = tmpl.substr(i + 1, close - i - 1);
        auto it = std::find_if(values.begin(), values.end(),
                               [&](const auto& v) { return v.first == name; });
        if (it != values.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out += tmpl[i];
  }
  return out;
}

std::unique_ptr<const AuditModel> AuditModel::load(const std::vector<LineFile>& files,
                                                   const lexicon::Lexicon& lexicon,
                                                   const codes::CodeModel& codes,
                                                   std::vector<LoadError>* errors) {
  auto model = std::unique_ptr<AuditModel>(new AuditModel());
  model->codes_ = &codes;
  size_t before = errors->size();
  ModelLoader loader{lexicon, codes, errors};
  for (const LineFile& f : files) {
    loader.file = &f;
    if (f.kind == "rules") {
      for (const LineEntry& e : f.entries) {
        loader.line = e.line;
        loader.load_rule(e, &model->rules_);
      }
    } else if (f.kind == "verdicts") {
      for (const LineEntry& e : f.entries) {
        loader.line = e.line;
        loader.load_verdict(e, &model->verdicts_);
      }
    }
  }
  // Suggestions name rules, so they load once every rule file has.
  for (const LineFile& f : files) {
    loader.file = &f;
    if (f.kind != "suggest") continue;
    for (const LineEntry& e : f.entries) {
      loader.line = e.line;
      loader.load_clause(e, model->rules_, &model->clauses_);
    }
  }
  if (errors->size() != before) return nullptr;
  return model;
}

std::vector<const Rule*> AuditModel::repeated_rules() const {
  std::vector<const Rule*> out;
  for (const Rule& r : rules_)
    if (r.kind == RuleKind::kRepeated) out.push_back(&r);
  return out;
}

const Rule* AuditModel::find_rule(std::string_view id) const {
  for (const Rule& r : rules_)
    if (r.id == id) return &r;
  return nullptr;
}

namespace {

// The per-note evaluation of every rule kind but `repeated`.
class NoteAudit {
 public:
  NoteAudit(const AuditModel& model, const lexicon::Lexicon& lex, const AuditInput& in,
            AuditResult* out)
      : model_(model), lex_(lex), in_(in), out_(out) {}

  void run() {
    for (const Rule& rule : model_.rules()) {
      regions_ = rule.regions;
      sections_ = &rule.sections;
      switch (rule.kind) {
        case RuleKind::kFindings:
          findings_rule(rule);
          break;
        case RuleKind::kMissing:
          missing_rule(rule);
          break;
        case RuleKind::kExcludes1:
          excludes1_rule(rule);
          break;
        case RuleKind::kInvalid:
          invalid_rule(rule);
          break;
        case RuleKind::kLaterality:
          laterality_rule(rule);
          break;
        case RuleKind::kAbsent:
          absent_rule(rule);
          break;
        case RuleKind::kRepeated:
          break;
      }
    }
    regions_ = 0;
    sections_ = nullptr;
    verdicts();
  }

 private:
  const AuditModel& model_;
  const lexicon::Lexicon& lex_;
  const AuditInput& in_;
  AuditResult* out_;
  unsigned regions_ = 0;  // the regions of the rule under evaluation (Rule::regions)
  const std::vector<uint16_t>* sections_ = nullptr;  // and its sections (Rule::sections)

  // Active findings matching `any`/`all`: whether the conditions hold, and the side.
  struct Match {
    bool met = false;
    std::vector<FlagEvidence> evidence;
    std::vector<const evidence::Finding*> findings;
    Laterality side = Laterality::kNone;
  };

  bool assigned(std::string_view code) const {
    return std::any_of(in_.codes.begin(), in_.codes.end(),
                       [&](const codes::AssignedCode& c) { return c.code == code; });
  }
  // Active, and in a region and a section the rule under evaluation considers
  // (`regions=`, `sections=`).
  bool active(const evidence::Finding& f) const {
    if (regions_ != 0 && lex_.concepts[f.concept_id].regional &&
        (regions_ & (1u << static_cast<unsigned>(f.region))) == 0)
      return false;
    if (sections_ != nullptr && !sections_->empty()) {
      if (f.section == evidence::kNoSection || f.section >= in_.sections.size()) return false;
      if (std::find(sections_->begin(), sections_->end(), in_.sections[f.section].name_index) ==
          sections_->end())
        return false;
    }
    return f.active;
  }
  bool any_active(const std::vector<Condition>& cs) const {
    for (const evidence::Finding& f : in_.evidence.findings)
      if (active(f) && matches_any(lex_, cs, f.concept_id)) return true;
    return false;
  }
  bool billable(const std::string& code) const {
    const codes::CodeInfo* info = model_.code_model().find(code);
    return info != nullptr && info->billable_on(in_.date);
  }

  std::string quote(Span view_span) const {
    std::string q = "'";
    io::append_repaired_utf8(view_span.size() == 0
                                 ? std::string_view()
                                 : in_.view.to_original(view_span).in(in_.original),
                             &q);
    q += "'";
    return q;
  }

  // Up to three distinct quotes of the findings, in note order; the others are counted,
  // not compared, so a note with thousands of mentions costs no more than three quotes.
  std::string quote_findings(const std::vector<FlagEvidence>& evidence) const {
    constexpr size_t kQuoted = 3;
    std::vector<std::string> quotes;
    for (const FlagEvidence& e : evidence) {
      if (quotes.size() == kQuoted) break;
      std::string q = quote(e.span);
      if (std::find(quotes.begin(), quotes.end(), q) == quotes.end()) quotes.push_back(q);
    }
    const size_t unquoted = evidence.size() - quotes.size();
    std::string joined = join_list(quotes);
    if (unquoted > 0)
      joined +=
          " (and " + std::to_string(unquoted) + " more mention" + (unquoted > 1 ? "s" : "") + ")";
    return joined;
  }

  Match match(const std::vector<Condition>& any, const std::vector<Condition>& all) const {
    Match m;
    bool any_met = any.empty();
    bool left = false, right = false;
    std::vector<bool> all_met(all.size(), false);
    for (const evidence::Finding& f : in_.evidence.findings) {
      if (!active(f)) continue;
      bool relevant = false;
      for (const Condition& c : any)
        if (matches(lex_, c, f.concept_id)) relevant = any_met = true;
      for (size_t i = 0; i < all.size(); ++i)
        if (matches(lex_, all[i], f.concept_id)) relevant = all_met[i] = true;
      if (!relevant) continue;
      m.findings.push_back(&f);
    }
    m.met = any_met && std::all_of(all_met.begin(), all_met.end(), [](bool b) { return b; });
    drop_treatments_beside_names(&m.findings);
    for (const evidence::Finding* f : m.findings) {
      FlagEvidence e;
      e.concept_id = f->concept_id;
      e.span = f->span;
      m.evidence.push_back(std::move(e));
      left |= f->laterality == Laterality::kLeft || f->laterality == Laterality::kBilateral;
      right |= f->laterality == Laterality::kRight || f->laterality == Laterality::kBilateral;
    }
    m.side = side_of(left, right);
    return m;
  }

  // A mention that names its concept only by a treatment ("chemotherapy") is left out of
  // the evidence when another mention names the concept ("colon cancer"): the name is what
  // a coder checks, and the treatment may have been given for something else. Alone it
  // stays. Conditions are met by concept, so the name left in meets what the treatment met.
  static void drop_treatments_beside_names(std::vector<const evidence::Finding*>* findings) {
    if (std::none_of(findings->begin(), findings->end(),
                     [](const evidence::Finding* f) { return f->by_treatment; }))
      return;
    std::vector<uint16_t> named;
    for (const evidence::Finding* f : *findings)
      if (!f->by_treatment) named.push_back(f->concept_id);
    std::erase_if(*findings, [&](const evidence::Finding* f) {
      return f->by_treatment && std::find(named.begin(), named.end(), f->concept_id) != named.end();
    });
  }

  bool clause_holds(const SuggestClause& c, const Match& rule_match, int encounter) const {
    if (c.encounter != 0 && c.encounter != encounter) return false;
    if (c.side_mask != 0 && !(c.side_mask & (1 << static_cast<int>(rule_match.side)))) return false;
    if (!c.with.empty() && !any_active(c.with)) return false;
    if (!c.without.empty() && any_active(c.without)) return false;
    Match own;
    const Match* about = &rule_match;
    if (!c.any.empty() || !c.all.empty()) {
      own = match(c.any, c.all);
      if (!own.met) return false;
      about = &own;
    }
    auto at = [](const evidence::Finding* f, const std::vector<std::string>& levels) {
      return std::find(levels.begin(), levels.end(), f->level) != levels.end();
    };
    if (!c.level.empty() &&
        std::none_of(about->findings.begin(), about->findings.end(),
                     [&](const evidence::Finding* f) { return at(f, c.level); }))
      return false;
    if (!c.not_level.empty() &&
        std::none_of(about->findings.begin(), about->findings.end(),
                     [&](const evidence::Finding* f) { return !at(f, c.not_level); }))
      return false;
    return true;
  }

  // The rule's suggestions for an encounter (1 initial, 2 subsequent): fixed, by side,
  // then the suggestion clauses in file order; only codes billable on the date of service.
  std::vector<std::string> suggestions(const Rule& rule, const Match& m, int encounter) const {
    std::vector<std::string> all = rule.suggest;
    if (rule.by_side)
      for (const std::string& c : rule.suggest_by_side[static_cast<int>(m.side)])
        add_unique(&all, c);
    for (const SuggestClause& c : model_.clauses())
      if (c.rule == rule.id && clause_holds(c, m, encounter))
        for (const std::string& code : c.codes) add_unique(&all, code);
    std::vector<std::string> out;
    for (const std::string& c : all)
      if (billable(c)) out.push_back(c);
    return out;
  }

  bool has_encounter_clauses(const Rule& rule) const {
    return std::any_of(
        model_.clauses().begin(), model_.clauses().end(),
        [&](const SuggestClause& c) { return c.rule == rule.id && c.encounter != 0; });
  }

  // The code is assigned, and nothing the note documents matches any= (in regions=):
  // "M54.50, but no low back pain is documented, only leg pain".
  void absent_rule(const Rule& rule) {
    if (!assigned(rule.code) || any_active(rule.any)) return;
    Match instead = rule.quote.empty() ? Match{} : match(rule.quote, {});
    Flag flag;
    flag.rule = rule.id;
    flag.severity = rule.severity;
    flag.code = rule.code;
    flag.suggest = suggestions(rule, instead, 1);
    const std::string& tmpl = instead.evidence.empty() && !rule.message_without_evidence.empty()
                                  ? rule.message_without_evidence
                                  : rule.message;
    flag.message = render_message(tmpl, {{"code", rule.code},
                                         {"evidence", quote_findings(instead.evidence)},
                                         {"suggest", join_list(flag.suggest)}});
    flag.evidence = std::move(instead.evidence);
    out_->flags.push_back(std::move(flag));
  }

  void findings_rule(const Rule& rule) {
    if (!assigned(rule.code)) return;
    Match m = match(rule.any, rule.all);
    if (!m.met) return;
    Flag flag;
    flag.rule = rule.id;
    flag.severity = rule.severity;
    flag.code = rule.code;
    flag.suggest = suggestions(rule, m, 1);
    std::string quoted = quote_findings(m.evidence);
    auto message = [&](const std::vector<std::string>& suggest) {
      const std::string& tmpl = suggest.empty() && !rule.message_without_suggest.empty()
                                    ? rule.message_without_suggest
                                    : rule.message;
      return render_message(
          tmpl, {{"code", rule.code}, {"evidence", quoted}, {"suggest", join_list(suggest)}});
    };
    flag.message = message(flag.suggest);
    if (has_encounter_clauses(rule)) {
      flag.episodic = true;
      flag.subsequent_suggest = suggestions(rule, m, 2);
      flag.subsequent_message = message(flag.subsequent_suggest);
    }
    flag.evidence = std::move(m.evidence);
    out_->flags.push_back(std::move(flag));
  }

  void laterality_rule(const Rule& rule) {
    if (!assigned(rule.code)) return;
    Match m = match(rule.any, rule.all);
    if (!m.met || !rule.on_side[static_cast<int>(m.side)]) return;
    Flag flag;
    flag.rule = rule.id;
    flag.severity = rule.severity;
    flag.code = rule.code;
    flag.suggest = suggestions(rule, m, 1);
    flag.message =
        render_message(rule.message, {{"code", rule.code},
                                      {"evidence", quote_findings(m.evidence)},
                                      {"side", std::string(lexicon::laterality_name(m.side))},
                                      {"suggest", join_list(flag.suggest)}});
    flag.evidence = std::move(m.evidence);
    out_->flags.push_back(std::move(flag));
  }

  void missing_rule(const Rule& rule) {
    if (!assigned(rule.code)) return;
    std::vector<std::string> missing;
    for (uint16_t e : rule.elements)
      if (!in_.evidence.elements[e].present) missing.push_back(lex_.elements[e]);
    if (missing.empty()) return;
    Flag flag;
    flag.rule = rule.id;
    flag.severity = rule.severity;
    flag.code = rule.code;
    flag.message =
        render_message(rule.message, {{"code", rule.code}, {"missing", join_list(missing)}});
    out_->flags.push_back(std::move(flag));
  }

  static void code_evidence(const codes::AssignedCode& c, std::vector<FlagEvidence>* out) {
    if (c.source != codes::CodeSource::kText) return;
    FlagEvidence e;
    e.code = c.code;
    e.span = {c.begin, c.end};
    out->push_back(std::move(e));
  }

  void excludes1_rule(const Rule& rule) {
    // The earliest "unrelated" phrase of the note, if any (view offsets), looked for once.
    bool looked = false;
    std::optional<FlagEvidence> unrelated;
    auto find_unrelated = [&] {
      if (looked) return;
      looked = true;
      for (const std::string& phrase : rule.unrelated) {
        size_t at = in_.view.text().find(phrase);
        if (at == std::string_view::npos) continue;
        if (unrelated && unrelated->span.begin <= at) continue;
        FlagEvidence e;
        e.phrase = phrase;
        e.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + phrase.size())};
        unrelated = std::move(e);
      }
    };
    for (size_t i = 0; i < in_.codes.size(); ++i) {
      const codes::AssignedCode& a = in_.codes[i];
      if (!a.well_formed) continue;
      for (size_t j = i + 1; j < in_.codes.size(); ++j) {
        const codes::AssignedCode& b = in_.codes[j];
        if (!b.well_formed || a.code == b.code) continue;
        std::string pattern = model_.code_model().excludes1_conflict(a.code, b.code);
        if (pattern.empty()) continue;
        find_unrelated();
        const bool excused = unrelated.has_value() && !rule.unrelated_message.empty();
        Flag flag;
        flag.rule = rule.id;
        flag.code = a.code;
        flag.severity = excused ? rule.unrelated_severity : rule.severity;
        std::vector<std::pair<std::string, std::string>> values{
            {"code", a.code},
            {"other", b.code},
            {"pattern", pattern},
            {"unrelated", excused ? quote(unrelated->span) : ""}};
        flag.message = render_message(excused ? rule.unrelated_message : rule.message, values);
        code_evidence(a, &flag.evidence);
        code_evidence(b, &flag.evidence);
        if (excused) flag.evidence.push_back(*unrelated);
        out_->flags.push_back(std::move(flag));
      }
    }
  }

  void invalid_rule(const Rule& rule) {
    for (const codes::AssignedCode& c : in_.codes) {
      if (c.valid) continue;
      std::string reason = "is not billable";
      std::vector<std::string> replace;
      if (!c.well_formed) {
        reason = "is not a well-formed ICD-10-CM code";
      } else if (c.info != nullptr) {
        replace = model_.code_model().replacements(c.code, in_.date);
        if (c.info->needs_7th)
          reason = "needs a 7th character";
        else if (c.info->header)
          reason = "is a category that needs more characters";
        else if (in_.date != 0 && in_.date < c.info->billable_from)
          reason = "took effect on " + format_date(c.info->billable_from) +
                   ", after the date of service " + format_date(in_.date);
        else if (c.info->billable_until != 0)
          reason = "is not billable after " + format_date(c.info->billable_until) +
                   (in_.date != 0 ? " (date of service " + format_date(in_.date) + ")" : "");
      }
      Flag flag;
      flag.rule = rule.id;
      flag.severity = rule.severity;
      flag.code = c.code;
      flag.suggest = replace;
      flag.message = render_message(
          replace.empty() && !rule.message_without_suggest.empty() ? rule.message_without_suggest
                                                                   : rule.message,
          {{"code", c.code}, {"reason", reason}, {"suggest", join_list(replace)}});
      code_evidence(c, &flag.evidence);
      out_->flags.push_back(std::move(flag));
    }
  }

  void verdicts() {
    for (const VerdictPolicy& policy : model_.verdicts()) {
      if (!assigned(policy.code)) continue;
      bool unsupported = false;
      for (const Flag& f : out_->flags)
        for (const Rule& r : model_.rules())
          if (r.id == f.rule && r.code == policy.code && r.makes_unsupported) unsupported = true;
      Verdict verdict = Verdict::kSupported;
      if (unsupported) {
        verdict = Verdict::kUnsupported;
      } else {
        auto present = [&](uint16_t e) { return in_.evidence.elements[e].present; };
        bool missing = !std::all_of(policy.required.begin(), policy.required.end(), present);
        int exam = static_cast<int>(std::count_if(policy.exam.begin(), policy.exam.end(), present));
        if (missing || exam < policy.exam_min) verdict = Verdict::kInsufficientDocumentation;
      }
      out_->verdicts.push_back({policy.code, verdict});
    }
  }
};

}  // namespace

void audit_note(const AuditModel& model, const lexicon::Lexicon& lex, const AuditInput& in,
                AuditResult* out) {
  out->flags.clear();
  out->verdicts.clear();
  NoteAudit(model, lex, in, out).run();
}

}  // namespace dxaudit::audit
