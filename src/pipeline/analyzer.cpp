#include "pipeline/analyzer.h"

#include "io/dates.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "text/sentences.h"

namespace dxaudit::pipeline {

namespace fs = std::filesystem;

namespace {

// FNV-1a over the names a NoteRecord's indices number, each followed by its length.
Vocabulary vocabulary_of(const lexicon::Lexicon& lex, const std::vector<std::string>& sections) {
  uint64_t h = 14695981039346656037ull;
  auto add = [&](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    for (size_t n = s.size(), i = 0; i < 8; ++i, n >>= 8) h = (h ^ (n & 0xFF)) * 1099511628211ull;
  };
  add("concepts");
  for (const lexicon::Concept& c : lex.concepts) {
    add(c.name);
    add(lex.categories[c.category]);
  }
  add("elements");
  for (const std::string& e : lex.elements) add(e);
  add("sections");
  for (const std::string& s : sections) add(s);
  return {h, lex.concepts.size(), sections.size(), lex.elements.size()};
}

}  // namespace

const char* version() {
  return DXAUDIT_VERSION;
}

std::string self_executable() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.string();
}

std::string install_data_dir(const std::string& executable) {
  if (executable.empty()) return {};
  return (fs::path(executable).parent_path() / DXAUDIT_INSTALL_DATA_RELATIVE)
      .lexically_normal()
      .string();
}

std::string build_data_dir() {
  return DXAUDIT_DEFAULT_DATA_DIR;
}

DataDir locate_data(const std::string& explicit_dir, const std::string& executable) {
  if (!explicit_dir.empty()) return {explicit_dir, "--data"};
  if (const char* env = std::getenv("DXAUDIT_DATA"); env != nullptr && *env != '\0')
    return {env, "$DXAUDIT_DATA"};
  std::error_code ec;
  std::string installed = install_data_dir(executable);
  if (!installed.empty() && fs::is_directory(fs::path(installed) / "lexicons", ec))
    return {installed, "install"};
  return {build_data_dir(), "build tree"};
}

std::string default_data_dir() {
  return locate_data("", self_executable()).path;
}

LoadResult Analyzer::load(const std::string& data_dir) {
  LoadResult r;
  auto analyzer = std::unique_ptr<Analyzer>(new Analyzer());
  // The expressions the lexicon's check compiled, for the matchers to share.
  auto compiled = std::make_unique<match::CompiledExpressions>(match::kMinAtomLength);
  analyzer->lexicon_ =
      lexicon::load_lexicon((fs::path(data_dir) / "lexicons").string(), &r.errors, compiled.get());

  std::vector<lexicon::LineFile> model_files =
      lexicon::read_line_files((fs::path(data_dir) / "models").string(), ".model", &r.errors);
  for (const lexicon::LineFile& f : model_files)
    if (!f.kind.empty() && f.kind != "codes" && f.kind != "rules" && f.kind != "verdicts" &&
        f.kind != "suggest" && f.kind != "text_codes")
      r.errors.push_back(
          {f.path, 0,
           "unknown @kind '" + f.kind + "' (codes, rules, suggest, verdicts, text_codes)"});
  analyzer->codes_ = codes::CodeModel::load(model_files, &r.errors);
  analyzer->text_cues_ = codes::TextCodeCues::load(model_files, &r.errors);
  if (analyzer->lexicon_ && analyzer->codes_)
    analyzer->audit_ =
        audit::AuditModel::load(model_files, *analyzer->lexicon_, *analyzer->codes_, &r.errors);
  if (analyzer->lexicon_) {
    std::string error;
    analyzer->sections_ =
        text::SectionDetector::create(analyzer->lexicon_->section_headers, &error);
    if (!analyzer->sections_) r.errors.push_back({data_dir + "/lexicons", 0, error});
    // Section defaults are indexed by name in the lexicon's numbering; the detector must
    // number names the same way.
    else if (analyzer->sections_->names() != analyzer->lexicon_->section_names)
      r.errors.push_back({data_dir + "/lexicons", 0, "internal: section names numbered twice"});
  }
  if (!r.errors.empty()) return r;
  analyzer->compiled_ = std::move(compiled);
  analyzer->vocabulary_ = vocabulary_of(*analyzer->lexicon_, analyzer->sections_->names());
  analyzer->data_dir_ = data_dir;
  {
    const std::string models_dir = (fs::path(data_dir) / "models").string();
    uint64_t h = analyzer->lexicon_->files_fingerprint;
    h = (h ^ lexicon::fingerprint_files(model_files, models_dir)) * 1099511628211ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    analyzer->data_fingerprint_ = hex;
  }
  r.analyzer = std::move(analyzer);
  return r;
}

const match::Matcher& Analyzer::built(const LazyMatcher& lazy) const {
  std::call_once(lazy.built, [&] {
    lazy.matcher = std::make_unique<match::Matcher>(*lexicon_, lazy.scope, compiled_.get());
  });
  return *lazy.matcher;
}

void Analyzer::run_stages(const io::Note& note, Workspace* ws) const {
  NoteResult* result = &ws->result;
  result->ok = true;
  result->error_kind = io::ErrorKind::kNone;
  result->error_message.clear();
  result->warnings = note.warnings;
  result->codes.clear();
  result->audit = {};

  if (note.text.size() >= UINT32_MAX) {
    result->ok = false;
    result->error_kind = io::ErrorKind::kTooLarge;
    result->error_message = "the note text is 4 GiB or more";
    return;
  }
  if (note.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
    result->warnings.emplace_back(kEmptyTextWarning);

  codes::Date date = 0;
  if (!note.encounter_date.empty()) {
    if (auto d = codes::parse_date(note.encounter_date)) {
      date = *d;
    } else {
      // The readers rewrite every date they can read as YYYY-MM-DD (io/dates.h): this one
      // they could not, or it is not a calendar date. Never a guess: a warning, no date.
      std::string iso, why;
      if (io::read_date(note.encounter_date, "", &iso, &why) == io::DateReading::kRead)
        why = "is not a date YYYY-MM-DD";
      result->warnings.push_back("encounter_date '" + note.encounter_date + "' " + why +
                                 "; codes were checked without it, and the repeated-code "
                                 "review does not count this encounter");
    }
  }
  auto add_code = [&](std::string_view raw, codes::CodeSource source, uint32_t begin,
                      uint32_t end) {
    codes::AssignedCode c = codes::resolve_code(*codes_, raw, source, date);
    // The metadata codes are kept as given (duplicates too); a claims or text code adds
    // only what is not there yet.
    if (c.source != codes::CodeSource::kMetadata)
      for (const codes::AssignedCode& have : result->codes)
        if (have.code == c.code) return;
    c.begin = begin;
    c.end = end;
    result->codes.push_back(std::move(c));
  };
  for (const std::string& raw : note.codes) add_code(raw, codes::CodeSource::kMetadata, 0, 0);
  for (const std::string& raw : note.claim_codes) add_code(raw, codes::CodeSource::kClaims, 0, 0);
  ws->text_codes.clear();
  codes::find_text_codes(note.text, *text_cues_, &ws->text_codes);
  for (const codes::TextCode& t : ws->text_codes)
    add_code(t.raw, codes::CodeSource::kText, t.begin, t.end);

  ws->view.build(note.text, &lexicon_->notation);
  if (const uint32_t n = ws->view.not_utf8_bytes(); n > 0)
    result->warnings.push_back(std::to_string(n) +
                               " byte(s) of the text are not UTF-8: read as Windows-1252 for "
                               "matching (byte 0x92 as an apostrophe); offsets are of the bytes as "
                               "received");
  if (const uint32_t n = ws->view.twice_encoded(); n > 0)
    result->warnings.push_back(
        std::to_string(n) +
        " quote(s) or dash(es) of the text are encoded twice (\"\u00e2\u20ac\u2122\" "
        "for an apostrophe): each read as the one meant (offsets unchanged)");
  if (const uint32_t n = ws->view.escaped_breaks(); n > 0)
    result->warnings.push_back("the text has no line break but " + std::to_string(n) +
                               " '\\n' escapes: each read as one (offsets unchanged)");
  std::string_view view = ws->view.text();
  text::tokenize(view, &ws->tokens);
  sections_->detect(ws->view, note.text, &ws->sections);
  text::split_sentences(ws->view, note.text, ws->tokens, ws->sections, &ws->sentences);
  matcher().find(view, ws->sentences, &ws->match, &ws->hits);

  evidence::NoteText nt{view, ws->tokens, ws->sentences, ws->sections, ws->hits};
  evidence::build_evidence(*lexicon_, nt, &ws->evidence, &result->evidence);
  result->sections = ws->sections;

  audit::AuditInput in{result->codes, result->evidence, note.text, ws->view,
                       date,          result->sections};
  audit::audit_note(*audit_, *lexicon_, in, &result->audit);
}

void Analyzer::analyze(const io::Note& note, Workspace* ws, NoteRecord* out) const {
  run_stages(note, ws);
  NoteResult& r = ws->result;
  out->clear();
  out->note_id = note.note_id;
  if (!r.ok) {
    out->ok = false;
    out->error_kind = r.error_kind;
    out->error_message = r.error_message;
    return;
  }
  const text::MatchView& view = ws->view;
  out->patient_id = note.patient_id;
  out->encounter_id = note.encounter_id;
  out->encounter_date = note.encounter_date;
  out->provider = note.provider;
  out->warnings = r.warnings;
  out->meta_json = note.meta_json;
  // The bytes a span of the note covers, kept in the record's quotes.
  auto quote = [&](Span original) {
    const auto begin = static_cast<uint32_t>(out->quotes.size());
    out->quotes.append(original.in(note.text));
    return Span{begin, static_cast<uint32_t>(out->quotes.size())};
  };

  for (const codes::AssignedCode& c : r.codes) {
    RecordCode& o = out->codes.emplace_back();
    o.code = c.code;
    o.source = c.source;
    o.span = {c.begin, c.end};
    o.well_formed = c.well_formed;
    o.known = c.known;
    o.valid = c.valid;
    o.has_title = c.info != nullptr;
    if (c.info != nullptr) o.title = c.info->title;
  }
  for (const text::Section& s : r.sections)
    out->sections.push_back({s.name_index, view.to_original(s.whole())});
  for (const evidence::Finding& f : r.evidence.findings) {
    RecordFinding& o = out->findings.emplace_back();
    o.concept_id = f.concept_id;
    o.span = view.to_original(f.span);
    o.text = quote(o.span);
    o.section = f.section;
    const context::Assertion& a = f.assertion;
    o.negated = a.negated;
    o.uncertain = a.uncertain;
    o.historical = a.historical;
    o.hypothetical = a.hypothetical;
    o.experiencer = a.experiencer;
    o.active = f.active;
    o.laterality = f.laterality;
    o.region = f.region;
    o.level = f.level;
    o.first_cue = static_cast<uint32_t>(out->cues.size());
    o.cue_count = static_cast<uint32_t>(a.cues.size());
    for (const context::AppliedCue& c : a.cues) {
      Span span = view.to_original(c.span);
      out->cues.push_back({c.category, span, quote(span)});
    }
  }
  for (const evidence::ElementEvidence& e : r.evidence.elements) {
    out->elements.push_back({e.present, static_cast<uint32_t>(out->element_evidence.size()),
                             static_cast<uint32_t>(e.evidence.size())});
    for (Span s : e.evidence) out->element_evidence.push_back(view.to_original(s));
  }
  out->flags.swap(r.audit.flags);  // the workspace keeps the record's old buffer
  for (audit::Flag& f : out->flags)
    for (audit::FlagEvidence& e : f.evidence)
      if (e.code.empty()) e.span = view.to_original(e.span);  // a code's span is original
  out->verdicts.swap(r.audit.verdicts);
}

void Analyzer::assert_target(std::string_view sentence, std::string_view target, Workspace* ws,
                             TargetAssertion* out, std::optional<Span> at) const {
  std::vector<TargetCue> cues = std::move(out->cues);  // keeps its buffer
  cues.clear();
  *out = {};
  out->cues = std::move(cues);
  if (sentence.size() >= UINT32_MAX || target.size() >= UINT32_MAX) return;
  ws->view.build(sentence, &lexicon_->notation);
  ws->target_view.build(target, &lexicon_->notation);
  std::string_view view = ws->view.text();
  std::vector<Span>& occurrences = ws->target_occurrences;
  find_target(view, ws->target_view.text(), &occurrences);
  if (occurrences.empty()) return;
  size_t chosen = 0;
  if (at) {
    chosen = occurrences.size();
    for (size_t i = 0; i < occurrences.size(); ++i)
      if (ws->view.to_original(occurrences[i]) == *at) chosen = i;
    if (chosen == occurrences.size()) return;
  } else if (occurrences.size() > 1) {
    std::vector<Span> original(occurrences.size());
    for (size_t i = 0; i < occurrences.size(); ++i)
      original[i] = ws->view.to_original(occurrences[i]);
    chosen = choose_occurrence(sentence, target, original);
  }
  const Span found = occurrences[chosen];

  text::tokenize(view, &ws->tokens);
  sections_->detect(ws->view, sentence, &ws->sections);
  text::split_sentences(ws->view, sentence, ws->tokens, ws->sections, &ws->sentences);
  // The target is one mention: when the splitter cut through it, the pieces it spans are
  // one sentence.
  std::vector<Span>& sentences = ws->sentences;
  auto first = std::upper_bound(sentences.begin(), sentences.end(), found.begin,
                                [](uint32_t p, const Span& s) { return p < s.end; });
  auto last = std::lower_bound(sentences.begin(), sentences.end(), found.end,
                               [](const Span& s, uint32_t p) { return s.end < p; });
  if (first == sentences.end()) {
    sentences.assign(1, Span{0, static_cast<uint32_t>(view.size())});
    first = sentences.begin();
  } else if (last != sentences.end() && last > first) {
    first->end = last->end;
    sentences.erase(first + 1, last + 1);
  }
  first->begin = std::min(first->begin, found.begin);
  first->end = std::max(first->end, found.end);
  // From the target's sentence on: a cue acts within the sentence of the mention it
  // asserts, from the next one when it speaks of the sentence before it, or from any later
  // one when it says a condition is over for the rest of the note (context/assertion.h),
  // so the sentences before the target's need no matching.
  built(cue_matcher_)
      .find(view, std::span<const Span>(first, sentences.end()), &ws->match, &ws->hits);
  // A cue restricted to some concepts ("or" offers no alternative to a leg symptom) needs
  // to know what the target mentions: then the phrases of the concepts such cues name are
  // matched over the target's own words, and the concept of the longest is the target's
  // (any other concept is, to those cues, what an unknown phrase is).
  // A finding phrase marked `negated` that holds the target and more ("straight leg raise"
  // in "straight leg raise normal") denies the sign it names, as a scan would. A target
  // that is the whole normal statement ("sensation intact") is that statement, affirmed;
  // but a phrase that names the target in a capturing group, its statement going on past
  // the group in words ("SLR" in "SLR, FABER and Patrick's tests are negative"), denies it.
  uint16_t target_concept = context::kUnknownConcept;
  uint32_t negated_by = context::kNoPattern;
  // Whether a restricted cue can reach the target: within its window of words, on its
  // side. (A window of 0 is the whole sentence.)
  auto words_between = [&](uint32_t from, uint32_t to) {
    auto next = std::lower_bound(ws->tokens.begin(), ws->tokens.end(), from,
                                 [](const text::Token& t, uint32_t p) { return t.span.begin < p; });
    uint32_t words = 0;
    for (auto t = next; t != ws->tokens.end() && t->span.end <= to; ++t)
      if (t->kind != text::TokenKind::kPunct && t->kind != text::TokenKind::kNewline) ++words;
    return words;
  };
  auto reaches = [&](const lexicon::Pattern& p, Span cue) {
    if (p.window == 0) return true;
    bool forward = p.direction != lexicon::Direction::kBackward && cue.end <= found.begin &&
                   words_between(cue.end, found.begin) < p.window;
    bool backward = p.direction != lexicon::Direction::kForward && found.end <= cue.begin &&
                    words_between(found.end, cue.begin) < p.window;
    return forward || backward || cue.overlaps(found);
  };
  // Whether hit `h`, a capturing group's, belongs to a match of its pattern in `sentence`
  // that holds a word outside the group.
  auto states_more = [&](const match::Hit& h, Span in) {
    const std::shared_ptr<const re2::RE2> re = compiled_->regex(h.pattern);
    if (re == nullptr || re->NumberOfCapturingGroups() == 0) return false;
    re2::StringPiece parts[2];
    for (size_t pos = in.begin; pos < in.end;) {
      if (!re->Match(view, pos, in.end, re2::RE2::UNANCHORED, parts, 2)) return false;
      const auto begin = static_cast<size_t>(parts[0].data() - view.data());
      // The group may be unset (an alternative without it): no pointer to measure then.
      const size_t group = parts[1].data() != nullptr
                               ? static_cast<size_t>(parts[1].data() - view.data())
                               : std::string_view::npos;
      if (group == h.span.begin && group + parts[1].size() == h.span.end) {
        auto has_word = [&](size_t from, size_t to) {
          for (size_t i = from; i < to; ++i)
            if (std::isalnum(static_cast<unsigned char>(view[i]))) return true;
          return false;
        };
        return has_word(begin, group) || has_word(h.span.end, begin + parts[0].size());
      }
      pos = std::max(begin + 1, pos + 1);
    }
    return false;
  };
  bool restricted = false;
  for (const match::Hit& h : ws->hits) {
    const lexicon::Pattern& p = lexicon_->patterns[h.pattern];
    restricted = restricted ||
                 ((!p.only_concepts.empty() || !p.except_concepts.empty()) && reaches(p, h.span));
    if (p.kind == lexicon::PatternKind::kFinding && h.span.begin <= found.begin &&
        found.end <= h.span.end && (!(h.span == found) || states_more(h, *first))) {
      negated_by = h.pattern;
      target_concept = p.target;
    }
  }
  if (restricted && target_concept == context::kUnknownConcept) {
    std::vector<match::Hit>& own = ws->target_hits;
    built(restricted_matcher_).find(view, std::span(&found, 1), &ws->match, &own);
    uint32_t best = 0;
    for (const match::Hit& h : own) {
      const lexicon::Pattern& p = lexicon_->patterns[h.pattern];
      // (Cause phrases are out of the restricted matcher's scope: they mention nothing.)
      if (p.kind != lexicon::PatternKind::kFinding || p.excludes) continue;
      if (h.span.end - h.span.begin > best) {
        best = h.span.end - h.span.begin;
        target_concept = p.target;
      }
    }
  }

  context::Mention mention{found, static_cast<uint32_t>(first - sentences.begin()), target_concept,
                           negated_by};
  context::NoteContext ctx{view, ws->tokens, sentences, ws->hits, ws->sections};
  std::vector<context::Assertion>& assertions = ws->evidence.assertions;
  context::assert_mentions(*lexicon_, ctx, std::span(&mention, 1), &ws->evidence.context,
                           &assertions);
  const context::Assertion& a = assertions[0];
  out->found = true;
  out->target = ws->view.to_original(found);
  out->negated = a.negated;
  out->uncertain = a.uncertain;
  out->historical = a.historical;
  out->hypothetical = a.hypothetical;
  out->experiencer = a.experiencer;
  for (const context::AppliedCue& c : a.cues)
    out->cues.push_back({c.category, ws->view.to_original(c.span)});
}

}  // namespace dxaudit::pipeline
