#include "evidence/evidence.h"

#include <algorithm>
#include <cctype>

namespace dxaudit::evidence {

using lexicon::Laterality;
using lexicon::PatternKind;

bool is_active(const context::Assertion& a, bool historical_counts) {
  if (a.negated || a.uncertain || a.hypothetical) return false;
  if (a.experiencer != context::Experiencer::kPatient) return false;
  return historical_counts || !a.historical;
}

std::string normalize_level(std::string_view token) {
  // A level is a region letter and a number, optionally a range to another level or to a
  // bare number of the same region ("l4-5").
  std::string out;
  char region = 0;
  size_t i = 0;
  auto parse_one = [&](bool allow_bare) -> bool {
    char r = region;
    if (i < token.size() && std::isalpha(static_cast<unsigned char>(token[i]))) {
      r = static_cast<char>(std::toupper(static_cast<unsigned char>(token[i])));
      if (r != 'C' && r != 'T' && r != 'L' && r != 'S') return false;
      ++i;
    } else if (!allow_bare) {
      return false;
    }
    size_t digits = 0;
    std::string number;
    while (i < token.size() && std::isdigit(static_cast<unsigned char>(token[i])) && digits < 2) {
      number += token[i++];
      ++digits;
    }
    if (digits == 0) return false;
    region = r;
    out += r;
    out += number;
    return true;
  };
  if (!parse_one(false)) return "";
  if (i < token.size() && (token[i] == '-' || token[i] == '/')) {
    ++i;
    out += '-';
    if (!parse_one(true)) return "";
  }
  if (i != token.size()) return "";
  return out;
}

namespace {

uint16_t section_of(std::span<const text::Section> sections, uint32_t pos) {
  auto it =
      std::upper_bound(sections.begin(), sections.end(), pos,
                       [](uint32_t p, const text::Section& s) { return p < s.whole().begin; });
  if (it == sections.begin()) return kNoSection;
  --it;
  return pos < it->whole().end ? static_cast<uint16_t>(it - sections.begin()) : kNoSection;
}

uint32_t sentence_of(std::span<const Span> sentences, uint32_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Span& s) { return p < s.begin; });
  if (it == sentences.begin()) return 0;
  return static_cast<uint32_t>(it - sentences.begin() - 1);
}

uint32_t distance(Span a, Span b) {
  if (a.overlaps(b)) return 0;
  return a.end <= b.begin ? b.begin - a.end : a.begin - b.end;
}

// The part of the sentence in which a side or a level is looked for around a mention.
Span reach(Span mention, Span sentence) {
  uint32_t begin = mention.begin > sentence.begin + kAttributeReach
                       ? mention.begin - kAttributeReach
                       : sentence.begin;
  uint32_t end =
      sentence.end - mention.end > kAttributeReach ? mention.end + kAttributeReach : sentence.end;
  return {begin, end};
}

Laterality find_laterality(const lexicon::Lexicon& lex, const NoteText& note, Span mention,
                           Span sentence) {
  Laterality best = Laterality::kNone;
  uint32_t best_distance = UINT32_MAX;
  Span window = reach(mention, sentence);
  auto first =
      std::lower_bound(note.hits.begin(), note.hits.end(), window.begin,
                       [](const match::Hit& h, uint32_t pos) { return h.span.begin < pos; });
  for (auto it = first; it != note.hits.end() && it->span.begin < window.end; ++it) {
    const match::Hit& h = *it;
    const lexicon::Pattern& p = lex.patterns[h.pattern];
    if (p.kind != PatternKind::kLaterality || h.span.end > sentence.end) continue;
    // A side named inside the mention beats any side elsewhere in the sentence.
    uint32_t d = (h.span.begin >= mention.begin && h.span.end <= mention.end)
                     ? 0
                     : 1 + distance(h.span, mention);
    if (d < best_distance) {
      best_distance = d;
      best = static_cast<Laterality>(p.target);
    }
  }
  return best;
}

std::string find_level(const NoteText& note, Span mention, Span sentence) {
  std::string best;
  uint32_t best_distance = UINT32_MAX;
  Span window = reach(mention, sentence);
  auto first = std::lower_bound(note.tokens.begin(), note.tokens.end(), window.begin,
                                [](const text::Token& t, uint32_t p) { return t.span.begin < p; });
  for (auto t = first; t != note.tokens.end() && t->span.begin < window.end; ++t) {
    if (t->kind != text::TokenKind::kLevel || t->span.end > sentence.end) continue;
    uint32_t d = mention.overlaps(t->span) ? 0 : 1 + distance(t->span, mention);
    if (d >= best_distance) continue;
    std::string level = normalize_level(t->span.in(note.view));
    if (level.empty()) continue;
    // A slip is written "L5 on S1": the two single levels are the segment L5-S1.
    if (level.find('-') == std::string::npos && note.tokens.end() - t > 2 &&
        t[1].span.in(note.view) == "on" && t[2].kind == text::TokenKind::kLevel &&
        t[2].span.end <= sentence.end) {
      std::string lower = normalize_level(t[2].span.in(note.view));
      if (!lower.empty() && lower.find('-') == std::string::npos) level += "-" + lower;
    }
    best_distance = d;
    best = std::move(level);
  }
  return best;
}

}  // namespace

void build_evidence(const lexicon::Lexicon& lex, const NoteText& note, EvidenceScratch* scratch,
                    NoteEvidence* out) {
  out->findings.clear();
  out->elements.assign(lex.elements.size(), ElementEvidence{});

  // Mentions: finding hits, with overlapping hits of one concept merged into one mention
  // that spans them all.
  scratch->mentions.clear();
  scratch->mention_concepts.clear();
  scratch->concept_reach.assign(lex.concepts.size(), 0);
  scratch->concept_last_mention.assign(lex.concepts.size(), 0);
  for (const match::Hit& h : note.hits) {
    const lexicon::Pattern& p = lex.patterns[h.pattern];
    if (p.kind == PatternKind::kElement) {
      ElementEvidence& e = out->elements[p.target];
      e.present = true;
      if (e.evidence.empty() || !e.evidence.back().overlaps(h.span)) e.evidence.push_back(h.span);
      continue;
    }
    if (p.kind != PatternKind::kFinding) continue;
    // Hits come ordered by begin, so a hit overlaps an earlier mention of its concept
    // exactly when it starts before the furthest end reached by that concept so far.
    uint32_t& reach = scratch->concept_reach[p.target];
    if (h.span.begin < reach) {
      // The mention grows to cover every hit it merged ("after lifting" and "lifting a
      // heavy box" are one mention, "after lifting a heavy box").
      context::Mention& merged = scratch->mentions[scratch->concept_last_mention[p.target]];
      merged.span.end = std::max(merged.span.end, h.span.end);
      reach = std::max(reach, h.span.end);
      continue;
    }
    reach = h.span.end;
    scratch->concept_last_mention[p.target] = static_cast<uint32_t>(scratch->mentions.size());
    scratch->mentions.push_back({h.span, sentence_of(note.sentences, h.span.begin)});
    scratch->mention_concepts.push_back(p.target);
  }

  context::NoteContext ctx{note.view, note.tokens, note.sentences, note.hits, note.sections};
  context::assert_mentions(lex, ctx, scratch->mentions, &scratch->context, &scratch->assertions);

  for (size_t i = 0; i < scratch->mentions.size(); ++i) {
    const context::Mention& m = scratch->mentions[i];
    Span sentence = note.sentences.empty() ? Span{0, static_cast<uint32_t>(note.view.size())}
                                           : note.sentences[m.sentence];
    Finding f;
    f.concept_id = scratch->mention_concepts[i];
    f.span = m.span;
    f.section = section_of(note.sections, m.span.begin);
    f.assertion = std::move(scratch->assertions[i]);
    f.active = is_active(f.assertion, lex.concepts[f.concept_id].historical_counts);
    if (!lex.concepts[f.concept_id].unsided)
      f.laterality = find_laterality(lex, note, m.span, sentence);
    f.level = find_level(note, m.span, sentence);
    out->findings.push_back(std::move(f));
  }

  // Elements that findings document (vocabulary `findings=` / `negated_findings=`):
  // "denies saddle numbness" documents red_flag_screen.
  bool derived_any = false;
  for (const Finding& f : out->findings) {
    for (const lexicon::ElementLink& link : lex.concept_elements[f.concept_id]) {
      if (link.when == lexicon::LinkWhen::kNegated && !f.assertion.negated) continue;
      if (link.when == lexicon::LinkWhen::kAffirmed &&
          (f.assertion.negated || f.assertion.hypothetical))
        continue;
      ElementEvidence& e = out->elements[link.element];
      e.present = true;
      e.evidence.push_back(f.span);
      derived_any = true;
    }
  }
  if (!derived_any) return;
  // Keep each element's evidence ordered and free of overlaps, as phrase hits leave it.
  for (ElementEvidence& e : out->elements) {
    if (e.evidence.size() < 2) continue;
    std::sort(e.evidence.begin(), e.evidence.end(), [](Span a, Span b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    size_t kept = 0;
    for (size_t i = 1; i < e.evidence.size(); ++i) {
      if (e.evidence[kept].overlaps(e.evidence[i])) {
        e.evidence[kept].end = std::max(e.evidence[kept].end, e.evidence[i].end);
      } else {
        e.evidence[++kept] = e.evidence[i];
      }
    }
    e.evidence.resize(kept + 1);
  }
}

}  // namespace dxaudit::evidence
