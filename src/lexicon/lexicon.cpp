#include "lexicon/lexicon.h"

#include <oneapi/tbb/parallel_for.h>
#include <re2/re2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>
#include <map>

#include "io/utf8.h"
#include "text/match_view.h"

namespace dxaudit::lexicon {

std::string_view cue_category_name(CueCategory c) {
  switch (c) {
    case CueCategory::kNegated:
      return "negated";
    case CueCategory::kUncertain:
      return "uncertain";
    case CueCategory::kHistorical:
      return "historical";
    case CueCategory::kHypothetical:
      return "hypothetical";
    case CueCategory::kExperiencer:
      return "experiencer";
    case CueCategory::kPseudo:
      return "pseudo";
    case CueCategory::kTerminate:
      return "terminate";
  }
  return "";
}

std::optional<CueCategory> cue_category_from_name(std::string_view name) {
  for (int c = 0; c < kCueCategoryCount; ++c)
    if (cue_category_name(static_cast<CueCategory>(c)) == name) return static_cast<CueCategory>(c);
  return std::nullopt;
}

std::string_view region_name(Region r) {
  switch (r) {
    case Region::kCervical:
      return "cervical";
    case Region::kThoracic:
      return "thoracic";
    case Region::kLumbar:
      return "lumbar";
    case Region::kLumbosacral:
      return "lumbosacral";
    case Region::kSacral:
      return "sacral";
    case Region::kUnknown:
      break;
  }
  return "";
}

std::optional<Region> region_from_name(std::string_view name) {
  if (name == "unknown") return Region::kUnknown;
  for (int r = 1; r < kRegionCount; ++r)
    if (region_name(static_cast<Region>(r)) == name) return static_cast<Region>(r);
  return std::nullopt;
}

std::string_view laterality_name(Laterality l) {
  switch (l) {
    case Laterality::kLeft:
      return "left";
    case Laterality::kRight:
      return "right";
    case Laterality::kBilateral:
      return "bilateral";
    case Laterality::kNone:
      break;
  }
  return "";
}

std::optional<uint16_t> Lexicon::concept_index(std::string_view name) const {
  for (size_t i = 0; i < concepts.size(); ++i)
    if (concepts[i].name == name) return static_cast<uint16_t>(i);
  return std::nullopt;
}

bool Lexicon::ends_attachment(std::string_view word) const {
  return std::find(attachment_ends.begin(), attachment_ends.end(), word) != attachment_ends.end();
}

bool Lexicon::ends_attachment_before(std::string_view word) const {
  return std::find(attachment_ends_before.begin(), attachment_ends_before.end(), word) !=
         attachment_ends_before.end();
}

bool Lexicon::opens_item_marker(std::string_view text) const {
  return std::any_of(attachment_markers.begin(), attachment_markers.end(),
                     [&](const std::string& marker) { return text.starts_with(marker); });
}

TableColumnKind Lexicon::table_column_kind(std::string_view cell) const {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t')) cell.remove_prefix(1);
  while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t')) cell.remove_suffix(1);
  for (const TableColumn& c : table_columns) {
    if (cell.size() < c.header.size()) continue;
    bool same = true;
    for (size_t i = 0; same && i < c.header.size(); ++i) same = lower(cell[i]) == c.header[i];
    // A header of one letter ("R", "L") is the whole cell: "R / L" or "L5" is no side column.
    if (same &&
        (cell.size() == c.header.size() || (c.header.size() > 1 && !alnum(cell[c.header.size()]))))
      return c.kind;
  }
  return TableColumnKind::kNone;
}

bool Lexicon::continues_attachment(std::string_view word, std::string_view next) const {
  return std::any_of(attachment_continues.begin(), attachment_continues.end(),
                     [&](const auto& pair) { return pair.first == word && pair.second == next; });
}

std::optional<uint16_t> Lexicon::element_index(std::string_view name) const {
  for (size_t i = 0; i < elements.size(); ++i)
    if (elements[i] == name) return static_cast<uint16_t>(i);
  return std::nullopt;
}

bool in_assertion_set(const Pattern& p) {
  return p.kind == PatternKind::kCue || (p.kind == PatternKind::kFinding && p.negated);
}

bool is_literal_pattern(std::string_view pattern) {
  return pattern.substr(0, 3) != "re:";
}

std::vector<std::string> literal_words(std::string_view pattern) {
  text::MatchView folded;
  folded.build(pattern);
  std::string_view phrase = folded.text();
  std::vector<std::string> words;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find_first_of(" \t\n-", i);
    if (j == std::string_view::npos) j = phrase.size();
    if (j > i) words.emplace_back(phrase.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

namespace {

// Whether an expression ends by reading, after white space, one character that may be the
// first of a word ("\s+\S", "[ \t]*[a-z]"): the match then ends inside that word whenever
// the word has more than one letter, is never token-aligned (the matcher keeps aligned
// matches only), and the pattern silently finds nothing there. Written as text, not parsed:
// it looks at the expression's last atom after its closing parentheses.
bool ends_on_first_letter_of_a_word(std::string_view body) {
  while (!body.empty() && body.back() == ')') body.remove_suffix(1);
  size_t atom;  // where the last atom begins
  if (body.size() >= 2 && body[body.size() - 2] == '\\' &&
      (body.back() == 'S' || body.back() == 'w')) {
    atom = body.size() - 2;
  } else if (!body.empty() && body.back() == '.' &&
             (body.size() < 2 || body[body.size() - 2] != '\\')) {
    atom = body.size() - 1;
  } else if (!body.empty() && body.back() == ']') {
    atom = body.rfind('[');
    if (atom == std::string_view::npos) return false;
    std::string_view cls = body.substr(atom + 1, body.size() - atom - 2);
    const bool any_letter =
        cls.find("a-z") != std::string_view::npos || cls.find("\\w") != std::string_view::npos;
    if (!cls.empty() && cls.front() == '^' ? any_letter : !any_letter) return false;
  } else {
    return false;
  }
  // Before it, white space with a quantifier: "\s+", "\s*", "[ \t]*", " ?", "\s{1,3}".
  std::string_view before = body.substr(0, atom);
  if (!before.empty() && before.back() == '}') {
    size_t open = before.rfind('{');
    if (open == std::string_view::npos) return false;
    before = before.substr(0, open);
  } else if (!before.empty() &&
             (before.back() == '*' || before.back() == '+' || before.back() == '?')) {
    before.remove_suffix(1);
  } else {
    return false;
  }
  for (std::string_view space : {"\\s", "[ \\t]", "[\\t ]", " "})
    if (before.ends_with(space)) return true;
  return false;
}

// The RE2 expression of a pattern, without compiling it.
bool regex_of(std::string_view pattern, std::string* regex, std::string* error) {
  regex->clear();
  if (!is_literal_pattern(pattern)) {
    std::string_view body = pattern.substr(3);
    if (body.empty()) {
      *error = "empty regular expression after 're:'";
      return false;
    }
    if (ends_on_first_letter_of_a_word(body)) {
      *error =
          "the expression ends on one character after white space: a match would end inside "
          "the next word, never token-aligned, and find nothing; read the word whole "
          "('\\S+', '[a-z]\\w*') or end before it";
      return false;
    }
    // The view is case-folded, but authors may write capitals (L4, SLR): match either.
    *regex = "(?i:" + std::string(body) + ")";
    return true;
  }
  std::vector<std::string> words = literal_words(pattern);
  if (words.empty()) {
    *error = "empty phrase";
    return false;
  }
  for (size_t w = 0; w < words.size(); ++w) {
    if (w > 0) *regex += R"((?:\s+|\s*-\s*))";
    *regex += re2::RE2::QuoteMeta(words[w]);
  }
  // RE2's \b is ASCII-only, but it lets the DFA skip mid-word candidates ("r" in "for")
  // that the matcher's Unicode alignment check would reject one call at a time.
  auto ascii_word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (ascii_word(words.front().front())) regex->insert(0, "\\b");
  if (ascii_word(words.back().back())) regex->append("\\b");
  return true;
}

// What is wrong with a compiled pattern, or "".
std::string compiled_problem(const re2::RE2& re) {
  if (!re.ok()) return "invalid regular expression: " + re.error();
  if (re.Match("", 0, 0, re2::RE2::UNANCHORED, nullptr, 0))
    return "pattern matches the empty string";
  if (re.NumberOfCapturingGroups() > 1)
    return "more than one capturing group (one group marks the phrase; write the others "
           "as (?:...))";
  return "";
}

}  // namespace

bool pattern_to_regex(std::string_view pattern, std::string* regex, std::string* error) {
  if (!regex_of(pattern, regex, error)) return false;
  re2::RE2::Options options;
  options.set_log_errors(false);
  re2::RE2 check(*regex, options);
  *error = compiled_problem(check);
  return error->empty();
}

namespace {

struct Loader {
  Lexicon* lex;
  std::vector<LoadError>* errors;
  // The `re:` patterns (indices into lex->patterns) to compile once every file is read.
  std::vector<uint32_t> to_compile;
  // Pattern sources already seen, to report duplicates where they were written.
  std::map<std::pair<int, std::string>, std::string> seen;
  // Element derivations, resolved once every vocabulary file has declared its concepts.
  struct PendingLink {
    std::string file;
    int line;
    uint16_t element;
    std::string list;
    LinkWhen when;
  };
  std::vector<PendingLink> pending_links;
  // Element scopes, resolved once sites and sections are known.
  struct PendingScope {
    std::string file;
    int line;
    uint16_t element;
    std::string about;
    std::string except_sections;
    bool about_sentence;
    bool about_near;
  };
  std::vector<PendingScope> pending_scopes;

  void fail(const LineFile& f, int line, std::string message) {
    errors->push_back({f.path, line, std::move(message)});
  }

  void check_options(const LineFile& f, const LineEntry& e,
                     std::initializer_list<std::string_view> allowed) {
    for (const Option& o : e.options) {
      if (std::find(allowed.begin(), allowed.end(), o.key) == allowed.end())
        fail(f, e.line, "unknown option '" + o.key + "' for kind " + f.kind);
    }
  }

  void add_pattern(const LineFile& f, const LineEntry& e, Pattern p) {
    std::string regex, error;
    if (!regex_of(e.value, &regex, &error)) {
      fail(f, e.line, error + " in '" + e.value + "'");
      return;
    }
    // A literal phrase's expression is valid by construction (quoted, non-empty words);
    // a `re:` pattern is compiled to check it, with the options the matcher compiles it
    // with (match/matcher.h), once every file is read (compile_patterns()). The lexicon
    // keeps its source only.
    auto key = std::make_pair(static_cast<int>(p.kind) * 65536 + p.target, regex);
    auto [it, inserted] = seen.emplace(key, f.path + ":" + std::to_string(e.line));
    if (!inserted) {
      fail(f, e.line, "duplicate of the entry at " + it->second);
      return;
    }
    p.source = e.value;
    if (is_literal_pattern(e.value)) p.literal_words = literal_words(e.value);
    p.file = f.path;
    p.line = e.line;
    if (!is_literal_pattern(e.value))
      to_compile.push_back(static_cast<uint32_t>(lex->patterns.size()));
    lex->patterns.push_back(std::move(p));
    lex->regex_sources.push_back(std::move(regex));
  }

  // Compiles every `re:` pattern, in parallel (most of the start-up time), through
  // `compiler` when given, and reports those that fail in the order they were written.
  void compile_patterns(RegexCompiler* compiler) {
    std::vector<std::string> problems(to_compile.size());
    if (compiler != nullptr) compiler->prepare(lex->patterns.size());
    tbb::parallel_for(size_t{0}, to_compile.size(), [&](size_t i) {
      const uint32_t index = to_compile[i];
      re2::RE2::Options options;
      options.set_log_errors(false);
      options.set_longest_match(true);
      const std::string& source = lex->regex_sources[index];
      const re2::RE2* kept =
          compiler != nullptr ? compiler->compile(index, source, options) : nullptr;
      if (kept != nullptr) {
        problems[i] = compiled_problem(*kept);
      } else {
        const re2::RE2 re(source, options);
        problems[i] = compiled_problem(re);
        if (compiler != nullptr && problems[i].empty())  // the compiler refused what RE2 takes
          problems[i] = "internal: the expression did not compile for the matchers";
      }
    });
    for (size_t i = 0; i < to_compile.size(); ++i) {
      if (problems[i].empty()) continue;
      const Pattern& p = lex->patterns[to_compile[i]];
      errors->push_back({p.file, p.line, problems[i] + " in '" + p.source + "'"});
    }
  }

  void load_vocabulary(const LineFile& f) {
    for (const LineEntry& e : f.entries) {
      if (e.id == "concept") {
        check_options(
            f, e,
            {"category", "historical_counts", "unsided", "regional", "lasting", "report_region"});
        const std::string* cat = e.option("category");
        if (cat == nullptr) {
          fail(f, e.line, "concept '" + e.value + "' needs category=NAME");
          continue;
        }
        bool bad_flag = false;
        for (const char* name :
             {"historical_counts", "unsided", "regional", "lasting", "report_region"}) {
          const std::string* flag = e.option(name);
          if (flag == nullptr || flag->empty()) continue;
          fail(f, e.line, std::string(name) + " is a flag and takes no value");
          bad_flag = true;
        }
        if (bad_flag) continue;
        if (lex->concept_index(e.value)) {
          fail(f, e.line, "concept '" + e.value + "' is declared twice");
          continue;
        }
        auto c = std::find(lex->categories.begin(), lex->categories.end(), *cat);
        if (c == lex->categories.end()) {
          lex->categories.push_back(*cat);
          c = lex->categories.end() - 1;
        }
        lex->concepts.push_back({e.value, static_cast<uint16_t>(c - lex->categories.begin()),
                                 e.has_flag("historical_counts"), e.has_flag("unsided"),
                                 e.has_flag("regional"), e.has_flag("report_region"),
                                 e.has_flag("lasting")});
      } else if (e.id == "element") {
        check_options(f, e,
                      {"findings", "negated_findings", "affirmed_findings", "about",
                       "about_sentence", "about_near", "except_sections"});
        if (lex->element_index(e.value)) {
          fail(f, e.line, "element '" + e.value + "' is declared twice");
          continue;
        }
        lex->elements.push_back(e.value);
        auto element = static_cast<uint16_t>(lex->elements.size() - 1);
        const std::string* about = e.option("about");
        const std::string* except_sections = e.option("except_sections");
        const std::string* about_sentence = e.option("about_sentence");
        const std::string* about_near = e.option("about_near");
        if ((about != nullptr && about->empty()) ||
            (except_sections != nullptr && except_sections->empty()))
          fail(f, e.line, "options about= and except_sections= need a comma-separated list");
        else if (about_sentence != nullptr && !about_sentence->empty())
          fail(f, e.line, "about_sentence is a flag and takes no value");
        else if (about_sentence != nullptr && about == nullptr)
          fail(f, e.line, "about_sentence needs about= (the sites its sentence must name)");
        else if (about_near != nullptr && !about_near->empty())
          fail(f, e.line, "about_near is a flag and takes no value");
        else if (about_near != nullptr && about == nullptr)
          fail(f, e.line, "about_near needs about= (the sites named near the phrase)");
        else if (about_near != nullptr && about_sentence != nullptr)
          fail(f, e.line, "about_near and about_sentence cannot both be given");
        else if (about != nullptr || except_sections != nullptr)
          pending_scopes.push_back({f.path, e.line, element, about ? *about : "",
                                    except_sections ? *except_sections : "",
                                    about_sentence != nullptr, about_near != nullptr});
        const std::pair<const char*, LinkWhen> link_options[] = {
            {"findings", LinkWhen::kAny},
            {"negated_findings", LinkWhen::kNegated},
            {"affirmed_findings", LinkWhen::kAffirmed}};
        for (const auto& [name, when] : link_options) {
          const std::string* list = e.option(name);
          if (list == nullptr) continue;
          if (list->empty())
            fail(
                f, e.line,
                "option '" + std::string(name) + "' needs a list of category:NAME or concept:NAME");
          else
            pending_links.push_back({f.path, e.line, element, *list, when});
        }
      } else {
        fail(f, e.line, "vocabulary entries start with 'concept' or 'element', not '" + e.id + "'");
      }
    }
  }

  // Resolves a comma-separated list of `category:NAME` and `concept:NAME` items into
  // concept indexes (appended to *out, sorted and unique); every item that is malformed or
  // names nothing known is reported at file:line. Vocabulary files must be loaded first.
  bool resolve_concepts(const std::string& file, int line, const std::string& list,
                        std::vector<uint16_t>* out) {
    bool ok = true;
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      std::string item = list.substr(start, comma - start);
      start = comma + 1;
      size_t colon = item.find(':');
      std::string what = colon == std::string::npos ? "" : item.substr(0, colon);
      std::string name = colon == std::string::npos ? "" : item.substr(colon + 1);
      if (what != "concept" && what != "category") {
        errors->push_back({file, line, "'" + item + "' is not category:NAME or concept:NAME"});
        ok = false;
        continue;
      }
      bool matched = false;
      for (size_t c = 0; c < lex->concepts.size(); ++c) {
        const Concept& concept_info = lex->concepts[c];
        bool hit = what == "concept" ? concept_info.name == name
                                     : lex->categories[concept_info.category] == name;
        if (!hit) continue;
        out->push_back(static_cast<uint16_t>(c));
        matched = true;
      }
      if (!matched) {
        errors->push_back({file, line, "unknown " + what + " '" + name + "'"});
        ok = false;
      }
    }
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
    return ok;
  }

  // Resolves `findings=` / `negated_findings=` lists into Lexicon::concept_elements.
  void resolve_element_links() {
    lex->concept_elements.assign(lex->concepts.size(), {});
    std::vector<uint16_t> concepts;
    for (const PendingLink& link : pending_links) {
      concepts.clear();
      resolve_concepts(link.file, link.line, link.list, &concepts);
      for (uint16_t c : concepts) lex->concept_elements[c].push_back({link.element, link.when});
    }
  }

  // Resolves `about=` and `except_sections=` into Lexicon::element_scopes; sites and
  // section names must be known.
  void resolve_element_scopes() {
    lex->element_scopes.assign(lex->elements.size(), ElementScope{});
    auto split = [](const std::string& list) {
      std::vector<std::string> items;
      size_t start = 0;
      while (start <= list.size() && !list.empty()) {
        size_t comma = std::min(list.find(',', start), list.size());
        items.push_back(list.substr(start, comma - start));
        start = comma + 1;
      }
      return items;
    };
    for (const PendingScope& p : pending_scopes) {
      ElementScope& scope = lex->element_scopes[p.element];
      scope.about_sentence = p.about_sentence;
      scope.about_near = p.about_near;
      for (const std::string& site : split(p.about)) {
        auto it = std::find(lex->sites.begin(), lex->sites.end(), site);
        if (it == lex->sites.end())
          errors->push_back(
              {p.file, p.line, "about= names '" + site + "', which no sites file names"});
        else
          scope.about |= uint32_t{1} << (it - lex->sites.begin());
      }
      for (const std::string& section : split(p.except_sections)) {
        auto it = std::find(lex->section_names.begin(), lex->section_names.end(), section);
        if (it == lex->section_names.end())
          errors->push_back(
              {p.file, p.line,
               "except_sections= names '" + section + "', which no sections file opens"});
        else
          scope.except_sections.push_back(static_cast<uint16_t>(it - lex->section_names.begin()));
      }
      std::sort(scope.except_sections.begin(), scope.except_sections.end());
    }
  }

  // A comma-separated list of the categories a cue can set (negated, uncertain,
  // historical, hypothetical, experiencer), as cue_bit()s; reports what it cannot read.
  bool parse_categories(const LineFile& f, int line, std::string_view option,
                        const std::string& list, uint8_t* out) {
    *out = 0;
    bool ok = true;
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      std::string_view name = std::string_view(list).substr(start, comma - start);
      std::optional<CueCategory> category = cue_category_from_name(name);
      if (!category || *category == CueCategory::kPseudo || *category == CueCategory::kTerminate) {
        fail(f, line,
             std::string(option) +
                 "= lists negated, uncertain, historical, hypothetical or experiencer, not '" +
                 std::string(name) + "'");
        ok = false;
      } else {
        *out |= cue_bit(*category);
      }
      start = comma + 1;
    }
    return ok;
  }

  void load_findings(const LineFile& f) {
    for (const LineEntry& e : f.entries) {
      check_options(f, e,
                    {"negated", "not", "spine_note", "note_names", "other_cause", "own_cause",
                     "report_region", "treatment"});
      auto c = lex->concept_index(e.id);
      if (!c) {
        fail(f, e.line, "unknown concept '" + e.id + "' (declare it in a vocabulary file)");
        continue;
      }
      bool bad_flag = false;
      for (const char* name : {"negated", "not", "spine_note", "other_cause", "own_cause",
                               "report_region", "treatment"}) {
        const std::string* v = e.option(name);
        if (v == nullptr || v->empty()) continue;
        if (std::string_view(name) == "other_cause") {
          if (*v == "hypothetical") continue;
          fail(f, e.line, "other_cause takes no value, or 'hypothetical', not '" + *v + "'");
        } else {
          fail(f, e.line, std::string(name) + " is a flag and takes no value");
        }
        bad_flag = true;
      }
      if (bad_flag) continue;
      if (e.has_flag("negated") && e.has_flag("not")) {
        fail(f, e.line, "a phrase that is not the concept cannot also report it absent");
        continue;
      }
      if (e.has_flag("report_region") && e.has_flag("not")) {
        fail(f, e.line, "report_region applies to a phrase of the concept, not to a 'not' phrase");
        continue;
      }
      if (e.has_flag("spine_note") && e.has_flag("not")) {
        fail(f, e.line, "spine_note applies to a phrase of the concept, not to a 'not' phrase");
        continue;
      }
      if (e.has_flag("treatment") && (e.has_flag("not") || e.has_flag("negated"))) {
        fail(f, e.line,
             "treatment marks a phrase that names the concept by its treatment, not a '" +
                 std::string(e.has_flag("not") ? "not" : "negated") + "' phrase");
        continue;
      }
      const std::string* note_names = e.option("note_names");
      if (note_names != nullptr && note_names->empty()) {
        fail(f, e.line, "note_names needs a list of category:NAME or concept:NAME");
        continue;
      }
      if (note_names != nullptr && e.has_flag("not")) {
        fail(f, e.line, "note_names applies to a phrase of the concept, not to a 'not' phrase");
        continue;
      }
      const bool other_cause = e.has_flag("other_cause"), own_cause = e.has_flag("own_cause");
      if ((other_cause || own_cause) &&
          (other_cause + own_cause + e.has_flag("negated") + e.has_flag("not") +
           e.has_flag("spine_note") + e.has_flag("report_region") + e.has_flag("treatment") +
           (note_names != nullptr)) > 1) {
        fail(f, e.line,
             std::string(other_cause ? "other_cause" : "own_cause") +
                 " names a cause, not a mention: it takes no other flag");
        continue;
      }
      Pattern p{.kind = PatternKind::kFinding,
                .target = *c,
                .negated = e.has_flag("negated"),
                .excludes = e.has_flag("not"),
                .needs_spine_note = e.has_flag("spine_note"),
                .region_from_report = e.has_flag("report_region"),
                .names_by_treatment = e.has_flag("treatment"),
                .cause = other_cause ? (e.option("other_cause")->empty()
                                            ? Pattern::Cause::kOther
                                            : Pattern::Cause::kOtherHypothetical)
                         : own_cause ? Pattern::Cause::kOwn
                                     : Pattern::Cause::kNone};
      if (note_names != nullptr && !resolve_concepts(f.path, e.line, *note_names, &p.note_names))
        continue;
      add_pattern(f, e, std::move(p));
    }
  }

  void load_elements(const LineFile& f) {
    for (const LineEntry& e : f.entries) {
      check_options(f, e, {"not"});
      auto el = lex->element_index(e.id);
      if (!el) {
        fail(f, e.line, "unknown element '" + e.id + "' (declare it in a vocabulary file)");
        continue;
      }
      if (const std::string* v = e.option("not"); v != nullptr && !v->empty()) {
        fail(f, e.line, "not is a flag and takes no value");
        continue;
      }
      add_pattern(
          f, e,
          Pattern{.kind = PatternKind::kElement, .target = *el, .excludes = e.has_flag("not")});
    }
  }

  void load_laterality(const LineFile& f) {
    for (const LineEntry& e : f.entries) {
      check_options(f, e, {"implied", "not"});
      if (const std::string* v = e.option("implied"); v != nullptr && !v->empty()) {
        fail(f, e.line, "implied is a flag and takes no value");
        continue;
      }
      if (e.has_flag("not") && (e.id != "none" || e.has_flag("implied"))) {
        fail(f, e.line, "a 'not' phrase names no side: write it as 'none<TAB>PHRASE<TAB>not'");
        continue;
      }
      Laterality side;
      if (e.id == "left")
        side = Laterality::kLeft;
      else if (e.id == "right")
        side = Laterality::kRight;
      else if (e.id == "bilateral")
        side = Laterality::kBilateral;
      else if (e.id == "none")
        side = Laterality::kNone;
      else {
        fail(f, e.line, "laterality is left, right, bilateral or none, not '" + e.id + "'");
        continue;
      }
      if (side == Laterality::kNone && e.has_flag("implied")) {
        fail(f, e.line, "a 'none' phrase takes no implied flag: it already yields to named sides");
        continue;
      }
      add_pattern(f, e,
                  Pattern{.kind = PatternKind::kLaterality,
                          .target = static_cast<uint16_t>(side),
                          .implied = e.has_flag("implied"),
                          .excludes = e.has_flag("not")});
    }
  }

  void load_regions(const LineFile& f) {
    for (const LineEntry& e : f.entries) {
      check_options(f, e, {"heading", "note", "local", "not"});
      std::optional<Region> region = region_from_name(e.id);
      if (!region) {
        fail(f, e.line,
             "a region is cervical, thoracic, lumbar, lumbosacral, sacral or (for a local "
             "phrase) unknown, not '" +
                 e.id + "'");
        continue;
      }
      bool bad_flag = false;
      for (const char* name : {"heading", "note", "local", "not"}) {
        const std::string* v = e.option(name);
        if (v == nullptr || v->empty()) continue;
        fail(f, e.line, std::string(name) + " is a flag and takes no value");
        bad_flag = true;
      }
      if (bad_flag) continue;
      if (e.has_flag("not") &&
          (e.has_flag("heading") || e.has_flag("note") || e.has_flag("local"))) {
        fail(f, e.line, "a 'not' phrase names no region: it takes no other flag");
        continue;
      }
      if (e.has_flag("heading") && e.has_flag("note")) {
        fail(f, e.line, "a region phrase is a heading or names the note's spine, not both");
        continue;
      }
      if (e.has_flag("local") && (e.has_flag("heading") || e.has_flag("note"))) {
        fail(f, e.line, "local applies to a phrase that places its own finding only");
        continue;
      }
      if (*region == Region::kUnknown && !e.has_flag("local")) {
        fail(f, e.line,
             "an unknown region is a local phrase's only (a limb that belongs to no one "
             "region): mark it local");
        continue;
      }
      Pattern p{.kind = PatternKind::kRegion, .target = static_cast<uint16_t>(*region)};
      if (e.has_flag("heading")) p.region_scope = Pattern::RegionScope::kHeading;
      if (e.has_flag("note")) p.region_scope = Pattern::RegionScope::kNote;
      p.region_local = e.has_flag("local");
      p.excludes = e.has_flag("not");
      add_pattern(f, e, std::move(p));
    }
  }

  void load_attachment(const LineFile& f) {
    auto is_word = [](std::string_view w) {
      return !w.empty() &&
             std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    std::vector<const LineEntry*> continues;
    for (const LineEntry& e : f.entries) {
      check_options(f, e, {});
      if (e.id == "ends" || e.id == "before") {
        // A word, or an abbreviation of one letter and a slash ("w/": with).
        const bool abbreviation =
            e.value.size() == 2 && is_word(e.value.substr(0, 1)) && e.value[1] == '/';
        if (!is_word(e.value) && !abbreviation) {
          fail(f, e.line,
               (e.id == "ends" ? "an ends" : "a before") +
                   std::string(
                       " entry is one word of lower case letters or a letter and a slash, not '") +
                   e.value + "'");
          continue;
        }
        (e.id == "ends" ? lex->attachment_ends : lex->attachment_ends_before).push_back(e.value);
      } else if (e.id == "continues") {
        continues.push_back(&e);
      } else if (e.id == "marker") {
        // Punctuation only: a marker is found at a punctuation token of the folded view.
        const bool punctuation = !e.value.empty() && e.value.size() <= 8 &&
                                 std::none_of(e.value.begin(), e.value.end(), [](char c) {
                                   return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                          c == ' ' || static_cast<unsigned char>(c) >= 0x80;
                                 });
        if (!punctuation) {
          fail(f, e.line,
               "a marker is up to 8 ASCII punctuation marks, such as (-), not '" + e.value + "'");
          continue;
        }
        lex->attachment_markers.push_back(e.value);
      } else {
        fail(f, e.line, "attachment is ends, before, continues or marker, not '" + e.id + "'");
      }
    }
    // After the file's ends words, wherever they stand in it.
    for (const LineEntry* e : continues) {
      size_t space = e->value.find(' ');
      std::string word = space == std::string::npos ? e->value : e->value.substr(0, space);
      std::string next = space == std::string::npos ? "" : e->value.substr(space + 1);
      if (!is_word(word) || !is_word(next)) {
        fail(f, e->line,
             "a continues entry is two words of lower case letters, WORD NEXT, not '" + e->value +
                 "'");
        continue;
      }
      if (!lex->ends_attachment(word)) {
        fail(f, e->line, "'" + word + "' is no ends word: only an ends word can continue");
        continue;
      }
      lex->attachment_continues.emplace_back(std::move(word), std::move(next));
    }
  }

  void load_notation(const LineFile& f) {
    for (const LineEntry& e : f.entries) {
      check_options(f, e, {});
      const std::string& word = e.id;
      bool words = !word.empty() && word.size() <= 40 && word.front() != ' ' &&
                   word.back() != ' ' && word.find("  ") == std::string::npos;
      for (char c : word) words = words && ((c >= 'a' && c <= 'z') || c == ' ');
      if (!words) {
        fail(f, e.line,
             "a notation reads as lower case words (up to 40 bytes), not '" + word + "'");
        continue;
      }
      char32_t cp = io::kInvalidCodePoint;
      const size_t len = e.value.empty() ? 0 : io::decode_utf8(e.value, 0, &cp);
      const auto c = static_cast<UChar32>(cp);
      if (len != e.value.size() || cp == io::kInvalidCodePoint || cp < 0x80 || u_isalnum(c) ||
          u_isUWhiteSpace(c)) {
        fail(f, e.line,
             "a notation symbol is one character outside ASCII that is no letter, digit or "
             "space, not '" +
                 e.value + "'");
        continue;
      }
      if (const std::string* before = lex->notation.find(cp)) {
        fail(f, e.line, "symbol '" + e.value + "' already reads as '" + *before + "'");
        continue;
      }
      lex->notation.add(cp, word);
    }
  }

  void load_table_columns(const LineFile& f) {
    static const std::pair<std::string_view, TableColumnKind> kinds[] = {
        {"left", TableColumnKind::kLeft},       {"right", TableColumnKind::kRight},
        {"current", TableColumnKind::kCurrent}, {"earlier", TableColumnKind::kEarlier},
        {"goal", TableColumnKind::kGoal},       {"present", TableColumnKind::kPresent},
        {"absent", TableColumnKind::kAbsent}};
    for (const LineEntry& e : f.entries) {
      check_options(f, e, {});
      auto kind = std::find_if(std::begin(kinds), std::end(kinds),
                               [&](const auto& k) { return k.first == e.id; });
      if (kind == std::end(kinds)) {
        fail(f, e.line,
             "a table column is left, right, current, earlier, goal, present or absent, not '" +
                 e.id + "'");
        continue;
      }
      const bool header_chars = !e.value.empty() && e.value.size() <= 24 &&
                                e.value.front() != ' ' && e.value.back() != ' ' &&
                                std::all_of(e.value.begin(), e.value.end(), [](char c) {
                                  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                         c == ' ' || c == '/' || c == '-' || c == '.';
                                });
      if (!header_chars) {
        fail(f, e.line,
             "a table column header is up to 24 lower case letters, digits, spaces, '/', '-' "
             "or '.', not '" +
                 e.value + "'");
        continue;
      }
      auto same = std::find_if(lex->table_columns.begin(), lex->table_columns.end(),
                               [&](const TableColumn& c) { return c.header == e.value; });
      if (same != lex->table_columns.end()) {
        fail(f, e.line, "table column header '" + e.value + "' is given twice");
        continue;
      }
      lex->table_columns.push_back({e.value, kind->second});
    }
    // Longer headers first, so that "initial eval" is tried before "initial".
    std::stable_sort(lex->table_columns.begin(), lex->table_columns.end(),
                     [](const TableColumn& a, const TableColumn& b) {
                       return a.header.size() > b.header.size();
                     });
  }

  void load_sites(const LineFile& f) {
    for (const LineEntry& e : f.entries) {
      check_options(f, e, {});
      auto it = std::find(lex->sites.begin(), lex->sites.end(), e.id);
      if (it == lex->sites.end()) {
        if (lex->sites.size() == kMaxSites) {
          fail(f, e.line, "more than " + std::to_string(kMaxSites) + " body sites");
          continue;
        }
        lex->sites.push_back(e.id);
        it = lex->sites.end() - 1;
      }
      add_pattern(f, e,
                  Pattern{.kind = PatternKind::kSite,
                          .target = static_cast<uint16_t>(it - lex->sites.begin())});
    }
  }

  void load_cues(const LineFile& f) {
    for (const LineEntry& e : f.entries) {
      check_options(
          f, e,
          {"direction", "window", "stop_at_comma", "ends", "self", "pronoun", "past",
           "previous_sentence", "earlier_in_note", "opens_sentence", "only", "except", "unless"});
      std::optional<CueCategory> category = cue_category_from_name(e.id);
      if (!category) {
        fail(f, e.line,
             "unknown cue category '" + e.id +
                 "' (negated, uncertain, historical, hypothetical, experiencer, pseudo, "
                 "terminate)");
        continue;
      }
      Pattern p{.kind = PatternKind::kCue, .target = static_cast<uint16_t>(*category)};
      bool ok = true;
      if (const std::string* d = e.option("direction")) {
        if (*d == "forward")
          p.direction = Direction::kForward;
        else if (*d == "backward")
          p.direction = Direction::kBackward;
        else if (*d == "both")
          p.direction = Direction::kBoth;
        else {
          fail(f, e.line, "direction is forward, backward or both, not '" + *d + "'");
          ok = false;
        }
      }
      if (const std::string* w = e.option("window")) {
        unsigned value = 0;
        auto [end, ec] = std::from_chars(w->data(), w->data() + w->size(), value);
        if (ec != std::errc() || end != w->data() + w->size() || value > 1000) {
          fail(f, e.line, "window is a number of tokens from 0 to 1000, not '" + *w + "'");
          ok = false;
        }
        p.window = static_cast<uint16_t>(value);
      }
      for (const char* flag : {"stop_at_comma", "self", "pronoun", "past", "previous_sentence",
                               "earlier_in_note", "opens_sentence"}) {
        const std::string* v = e.option(flag);
        if (v != nullptr && !v->empty()) {
          fail(f, e.line, std::string(flag) + " is a flag and takes no value");
          ok = false;
        }
      }
      p.stop_at_comma = e.has_flag("stop_at_comma");
      p.self = e.has_flag("self");
      if (p.self && *category != CueCategory::kExperiencer) {
        fail(f, e.line, "self applies to experiencer cues only");
        ok = false;
      }
      p.pronoun = e.has_flag("pronoun");
      if (p.pronoun && !p.self) {
        fail(f, e.line, "pronoun applies to self cues only");
        ok = false;
      }
      p.past = e.has_flag("past");
      if (p.past && *category != CueCategory::kHistorical) {
        fail(f, e.line, "past applies to historical cues only");
        ok = false;
      }
      // Cues that speak of other sentences than their own: only the categories that
      // assert a mention.
      p.previous_sentence = e.has_flag("previous_sentence");
      p.earlier_in_note = e.has_flag("earlier_in_note");
      const bool asserts = *category != CueCategory::kPseudo &&
                           *category != CueCategory::kTerminate &&
                           *category != CueCategory::kExperiencer;
      for (const char* flag : {"previous_sentence", "earlier_in_note"}) {
        if (e.has_flag(flag) && !asserts) {
          fail(f, e.line,
               std::string(flag) +
                   " applies to negated, uncertain, historical and hypothetical cues only");
          ok = false;
        }
      }
      if (p.earlier_in_note && asserts) {
        // A cue that reaches back over the whole note must say what it is about.
        if (p.previous_sentence) {
          fail(f, e.line, "earlier_in_note and previous_sentence exclude each other");
          ok = false;
        } else if (e.option("only") == nullptr) {
          fail(f, e.line,
               "earlier_in_note needs only=: a cue over the whole note names the concepts it "
               "speaks of");
          ok = false;
        }
      }
      p.opens_sentence = e.has_flag("opens_sentence");
      if (p.opens_sentence && *category == CueCategory::kPseudo) {
        fail(f, e.line, "opens_sentence applies to cues, not to pseudo phrases");
        ok = false;
      }
      if (const std::string* ends = e.option("ends")) {
        if (*category != CueCategory::kTerminate) {
          fail(f, e.line, "ends= applies to terminate cues only");
          ok = false;
        }
        ok = parse_categories(f, e.line, "ends", *ends, &p.ends) && ok;
      }
      bool modifies = *category != CueCategory::kTerminate && *category != CueCategory::kPseudo;
      for (const char* name : {"only", "except", "unless"}) {
        const std::string* v = e.option(name);
        if (v == nullptr) continue;
        if (!modifies) {
          fail(f, e.line,
               std::string(name) + "= applies to cues that modify a mention, not to " + e.id +
                   " cues");
          ok = false;
        } else if (v->empty()) {
          fail(f, e.line, std::string(name) + "= needs a list");
          ok = false;
        } else if (std::string_view(name) == "unless") {
          ok = parse_categories(f, e.line, "unless", *v, &p.unless) && ok;
        } else {
          ok = resolve_concepts(
                   f.path, e.line, *v,
                   std::string_view(name) == "only" ? &p.only_concepts : &p.except_concepts) &&
               ok;
        }
      }
      if (ok) add_pattern(f, e, std::move(p));
    }
  }

  // Checked once every section file is loaded, since a default may name a section that a
  // later file declares.
  void load_section_context(const LineFile& f) {
    for (const LineEntry& e : f.entries) {
      check_options(f, e, {"sentences", "past", "only"});
      std::optional<CueCategory> category = cue_category_from_name(e.value);
      if (!category || *category == CueCategory::kPseudo || *category == CueCategory::kTerminate) {
        fail(f, e.line,
             "a section default is negated, uncertain, historical, hypothetical or experiencer, "
             "not '" +
                 e.value + "'");
        continue;
      }
      uint16_t reach = SectionDefaults::kWholeSection;
      if (const std::string* n = e.option("sentences")) {
        unsigned value = 0;
        auto [end, ec] = std::from_chars(n->data(), n->data() + n->size(), value);
        if (ec != std::errc() || end != n->data() + n->size() || value == 0 || value > 1000) {
          fail(f, e.line, "sentences is a number from 1 to 1000, not '" + *n + "'");
          continue;
        }
        reach = static_cast<uint16_t>(value);
      }
      auto name = std::find(lex->section_names.begin(), lex->section_names.end(), e.id);
      if (name == lex->section_names.end()) {
        fail(f, e.line, "unknown section '" + e.id + "' (declare its headers in a sections file)");
        continue;
      }
      if (const std::string* v = e.option("past"); v != nullptr && !v->empty()) {
        fail(f, e.line, "past is a flag and takes no value");
        continue;
      }
      if (e.has_flag("past") && *category != CueCategory::kHistorical) {
        fail(f, e.line, "past applies to a historical default only");
        continue;
      }
      std::vector<uint16_t> only;
      if (const std::string* list = e.option("only");
          list != nullptr && !resolve_concepts(f.path, e.line, *list, &only))
        continue;  // (resolve_concepts leaves the list sorted, each concept once)
      SectionDefaults& defaults =
          lex->section_defaults[static_cast<size_t>(name - lex->section_names.begin())];
      defaults.reach[static_cast<int>(*category)] = reach;
      defaults.only[static_cast<int>(*category)] = std::move(only);
      if (e.has_flag("past")) defaults.past |= cue_bit(*category);
    }
  }

  void load_sections(const LineFile& f) {
    for (const LineEntry& e : f.entries) {
      check_options(f, e,
                    {"line_start", "not_before_number", "subheading", "within", "ends_with_line"});
      for (const Option& o : e.options)
        if (!o.value.empty() && o.key != "within")
          fail(f, e.line, o.key + " is a flag and takes no value");
      text::MatchView folded;
      folded.build(e.value);
      text::SectionHeader header{e.id, std::string(folded.text()), e.has_flag("line_start"),
                                 e.has_flag("not_before_number"),
                                 f.path + ":" + std::to_string(e.line)};
      header.subheading = e.has_flag("subheading");
      header.ends_with_line = e.has_flag("ends_with_line");
      if (const std::string* within = e.option("within")) {
        if (!header.subheading || within->empty()) {
          fail(f, e.line, "within= lists sections, and applies to a subheading only");
          continue;
        }
        for (size_t start = 0; start <= within->size();) {
          size_t comma = within->find(',', start);
          if (comma == std::string::npos) comma = within->size();
          header.within.push_back(within->substr(start, comma - start));
          start = comma + 1;
        }
      }
      if (std::string problem = text::SectionDetector::check_header(header); !problem.empty()) {
        fail(f, e.line, problem + " in header '" + e.value + "'");
        continue;
      }
      // One phrase, one meaning: the same phrase again must say the same thing.
      auto conflict = std::find_if(
          lex->section_headers.begin(), lex->section_headers.end(),
          [&](const text::SectionHeader& other) {
            return other.phrase == header.phrase &&
                   (other.name != header.name || other.line_start != header.line_start ||
                    other.not_before_number != header.not_before_number ||
                    other.subheading != header.subheading || other.within != header.within ||
                    other.ends_with_line != header.ends_with_line);
          });
      if (conflict != lex->section_headers.end()) {
        fail(f, e.line,
             "header '" + e.value + "' is already defined differently at " + conflict->origin);
        continue;
      }
      lex->section_headers.push_back(std::move(header));
    }
  }
};

}  // namespace

std::unique_ptr<const Lexicon> load_lexicon(const std::string& dir, std::vector<LoadError>* errors,
                                            RegexCompiler* compiler) {
  size_t errors_before = errors->size();
  std::vector<LineFile> files = read_line_files(dir, ".lex", errors);
  if (errors->size() != errors_before && files.empty()) return nullptr;

  auto lex = std::make_unique<Lexicon>();
  lex->files_fingerprint = fingerprint_files(files, dir);
  Loader loader{.lex = lex.get(), .errors = errors};
  // Vocabulary first: the other kinds refer to it, whatever their file names.
  for (const LineFile& f : files)
    if (f.kind == "vocabulary") loader.load_vocabulary(f);
  loader.resolve_element_links();
  for (const LineFile& f : files) {
    if (f.kind == "vocabulary" || f.kind.empty()) continue;
    if (f.kind == "findings")
      loader.load_findings(f);
    else if (f.kind == "cues")
      loader.load_cues(f);
    else if (f.kind == "elements")
      loader.load_elements(f);
    else if (f.kind == "laterality")
      loader.load_laterality(f);
    else if (f.kind == "regions")
      loader.load_regions(f);
    else if (f.kind == "sites")
      loader.load_sites(f);
    else if (f.kind == "sections")
      loader.load_sections(f);
    else if (f.kind == "attachment")
      loader.load_attachment(f);
    else if (f.kind == "table_columns")
      loader.load_table_columns(f);
    else if (f.kind == "notation")
      loader.load_notation(f);
    else if (f.kind != "section_context")
      errors->push_back(
          {f.path, 0,
           "unknown @kind '" + f.kind +
               "' (vocabulary, findings, cues, elements, laterality, regions, "
               "sites, sections, section_context, attachment, table_columns, notation)"});
  }
  // Numbered as text::SectionDetector numbers them: each header's name, then the sections
  // its `within` names, in header order.
  auto add_name = [&](const std::string& name) {
    if (std::find(lex->section_names.begin(), lex->section_names.end(), name) ==
        lex->section_names.end())
      lex->section_names.push_back(name);
  };
  for (const text::SectionHeader& h : lex->section_headers) {
    add_name(h.name);
    for (const std::string& w : h.within) add_name(w);
  }
  for (const text::SectionHeader& h : lex->section_headers)
    for (const std::string& w : h.within)
      if (std::none_of(lex->section_headers.begin(), lex->section_headers.end(),
                       [&](const text::SectionHeader& x) { return x.name == w; }))
        errors->push_back({h.origin.substr(0, h.origin.rfind(':')),
                           std::stoi(h.origin.substr(h.origin.rfind(':') + 1)),
                           "within= names '" + w + "', which no header opens"});
  lex->section_defaults.assign(lex->section_names.size(), SectionDefaults{});
  loader.resolve_element_scopes();
  for (const LineFile& f : files)
    if (f.kind == "section_context") loader.load_section_context(f);
  loader.compile_patterns(compiler);
  if (lex->concepts.empty()) errors->push_back({dir, 0, "no concepts declared"});
  if (errors->size() != errors_before) return nullptr;
  return lex;
}

}  // namespace dxaudit::lexicon
