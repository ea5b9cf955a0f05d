#include "audit/audit.h"

#include <algorithm>
#include <charconv>

#include "text/utf8.h"

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

  void load_rule(const LineEntry& e, std::vector<Rule>* rules) {
    Rule r;
    r.id = e.id;
    r.file = file->path;
    r.line = e.line;
    bool ok = audited_code(e.value, &r.code);
    for (const lexicon::Option& o : e.options) {
      if (o.key == "any" || o.key == "all") {
        for (const std::string& item : split_list(o.value)) {
          Condition c;
          if (!condition(item, &c))
            ok = false;
          else
            (o.key == "any" ? r.any : r.all).push_back(c);
        }
      } else if (o.key == "severity") {
        if (o.value != "high" && o.value != "medium" && o.value != "low" && o.value != "info") {
          fail("severity is high, medium, low or info, not '" + o.value + "'");
          ok = false;
        }
        r.severity = o.value;
      } else if (o.key == "verdict") {
        if (o.value != "unsupported") {
          fail("verdict=unsupported is the only verdict a rule can set");
          ok = false;
        }
        r.makes_unsupported = true;
      } else if (o.key == "suggest") {
        ok = code_list(o.value, &r.suggest) && ok;
      } else if (o.key.rfind("suggest.", 0) == 0) {
        std::string side = o.key.substr(8);
        Laterality l;
        if (side == "left")
          l = Laterality::kLeft;
        else if (side == "right")
          l = Laterality::kRight;
        else if (side == "bilateral")
          l = Laterality::kBilateral;
        else if (side == "unsided")
          l = Laterality::kNone;
        else {
          fail("suggest.SIDE takes left, right, bilateral or unsided, not '" + side + "'");
          ok = false;
          continue;
        }
        r.by_side = true;
        ok = code_list(o.value, &r.suggest_by_side[static_cast<int>(l)]) && ok;
      } else if (o.key == "message") {
        r.message = o.value;
      } else {
        fail("unknown option '" + o.key +
             "' for a rule (any, all, severity, verdict, suggest, suggest.SIDE, message)");
        ok = false;
      }
    }
    // Only when none was written: an unknown concept in one is already reported.
    if (!e.option("any") && !e.option("all")) {
      fail("rule " + r.id + " needs any= or all= findings");
      ok = false;
    }
    if (r.severity.empty()) {
      fail("rule " + r.id + " needs severity=");
      ok = false;
    }
    if (r.message.empty()) {
      fail("rule " + r.id + " needs message=\"...\"");
      ok = false;
    }
    if (r.by_side) {
      for (int s = 0; s < 4; ++s)
        if (r.suggest_by_side[s].empty()) {
          fail("rule " + r.id +
               " gives suggestions by side but not for every side "
               "(left, right, bilateral, unsided)");
          ok = false;
          break;
        }
    }
    for (const Rule& other : *rules)
      if (other.id == r.id) {
        fail("rule " + r.id + " is already defined at " + other.file + ":" +
             std::to_string(other.line));
        ok = false;
      }
    if (ok) rules->push_back(std::move(r));
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

std::string render(std::string_view tmpl, std::string_view code, const std::string& evidence,
                   const std::vector<std::string>& suggest) {
  std::string out;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{') {
      size_t close = tmpl.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view name = tmpl.substr(i + 1, close - i - 1);
        if (name == "code") {
          out += code;
          i = close;
          continue;
        }
        if (name == "evidence") {
          out += evidence;
          i = close;
          continue;
        }
        if (name == "suggest") {
          for (size_t s = 0; s < suggest.size(); ++s) {
            if (s > 0) out += s + 1 == suggest.size() ? " and " : ", ";
            out += suggest[s];
          }
          i = close;
          continue;
        }
      }
    }
    out += tmpl[i];
  }
  return out;
}

}  // namespace

std::unique_ptr<const AuditModel> AuditModel::load(const std::vector<LineFile>& files,
                                                   const lexicon::Lexicon& lexicon,
                                                   const codes::CodeModel& codes,
                                                   std::vector<LoadError>* errors) {
  auto model = std::unique_ptr<AuditModel>(new AuditModel());
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
  if (errors->size() != before) return nullptr;
  return model;
}

void audit_note(const AuditModel& model, const lexicon::Lexicon& lex, const AuditInput& in,
                AuditResult* out) {
  out->flags.clear();
  out->verdicts.clear();
  auto assigned = [&](std::string_view code) {
    return std::any_of(in.codes.begin(), in.codes.end(),
                       [&](const codes::AssignedCode& c) { return c.code == code; });
  };
  auto quote = [&](Span view_span) {
    std::string q = "'";
    text::append_repaired_utf8(
        view_span.size() == 0 ? std::string_view() : in.view.to_original(view_span).in(in.original),
        &q);
    q += "'";
    return q;
  };

  for (const Rule& rule : model.rules()) {
    if (!assigned(rule.code)) continue;
    std::vector<FlagEvidence> evidence;
    bool any_met = rule.any.empty();
    bool left = false, right = false;  // sides the evidence documents
    std::vector<bool> all_met(rule.all.size(), false);
    for (const evidence::Finding& f : in.evidence.findings) {
      if (!f.active(lex.concepts[f.concept_id].historical_counts)) continue;
      bool relevant = false;
      for (const Condition& c : rule.any)
        if (matches(lex, c, f.concept_id)) relevant = any_met = true;
      for (size_t i = 0; i < rule.all.size(); ++i)
        if (matches(lex, rule.all[i], f.concept_id)) relevant = all_met[i] = true;
      if (!relevant) continue;
      evidence.push_back({f.concept_id, f.span});
      left |= f.laterality == Laterality::kLeft || f.laterality == Laterality::kBilateral;
      right |= f.laterality == Laterality::kRight || f.laterality == Laterality::kBilateral;
    }
    bool fires = any_met && std::all_of(all_met.begin(), all_met.end(), [](bool b) { return b; });
    if (!fires) continue;

    Flag flag;
    flag.rule = rule.id;
    flag.severity = rule.severity;
    flag.code = rule.code;
    flag.suggest = rule.suggest;
    if (rule.by_side) {
      Laterality side = left && right ? Laterality::kBilateral
                        : left        ? Laterality::kLeft
                        : right       ? Laterality::kRight
                                      : Laterality::kNone;
      for (const std::string& c : rule.suggest_by_side[static_cast<int>(side)])
        if (std::find(flag.suggest.begin(), flag.suggest.end(), c) == flag.suggest.end())
          flag.suggest.push_back(c);
    }
    // Quote up to three distinct pieces of evidence, in note order; the others are counted,
    // not compared, so a note with thousands of mentions costs no more than three quotes.
    constexpr size_t kQuoted = 3;
    std::vector<std::string> quotes;
    for (const FlagEvidence& e : evidence) {
      if (quotes.size() == kQuoted) break;
      std::string q = quote(e.span);
      if (std::find(quotes.begin(), quotes.end(), q) == quotes.end()) quotes.push_back(q);
    }
    const size_t unquoted = evidence.size() - quotes.size();
    std::string joined;
    for (size_t i = 0; i < quotes.size(); ++i) {
      if (i > 0) joined += i + 1 == quotes.size() ? " and " : ", ";
      joined += quotes[i];
    }
    if (unquoted > 0)
      joined +=
          " (and " + std::to_string(unquoted) + " more mention" + (unquoted > 1 ? "s" : "") + ")";
    flag.message = render(rule.message, rule.code, joined, flag.suggest);
    flag.evidence = std::move(evidence);
    out->flags.push_back(std::move(flag));
  }

  for (const VerdictPolicy& policy : model.verdicts()) {
    if (!assigned(policy.code)) continue;
    bool unsupported = false;
    for (const Flag& f : out->flags)
      for (const Rule& r : model.rules())
        if (r.id == f.rule && r.code == policy.code && r.makes_unsupported) unsupported = true;
    std::string verdict = "supported";
    if (unsupported) {
      verdict = "unsupported";
    } else {
      auto present = [&](uint16_t e) { return in.evidence.elements[e].present; };
      bool missing = !std::all_of(policy.required.begin(), policy.required.end(), present);
      int exam = static_cast<int>(std::count_if(policy.exam.begin(), policy.exam.end(), present));
      if (missing || exam < policy.exam_min) verdict = "insufficient_documentation";
    }
    out->verdicts.push_back({policy.code, verdict});
  }
}

}  // namespace dxaudit::audit
