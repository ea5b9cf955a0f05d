#include "context/assertion.h"

#include <algorithm>

namespace dxaudit::context {

using lexicon::CueCategory;
using lexicon::Direction;
using lexicon::PatternKind;

std::string_view experiencer_name(Experiencer e) {
  return e == Experiencer::kPatient ? "patient" : "other";
}

namespace {

CueCategory category_of(const lexicon::Lexicon& lex, const match::Hit& h) {
  return static_cast<CueCategory>(lex.patterns[h.pattern].target);
}

// Index of the first token that begins at or after `pos`.
size_t token_at_or_after(std::span<const text::Token> tokens, uint32_t pos) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                             [](const text::Token& t, uint32_t p) { return t.span.begin < p; });
  return static_cast<size_t>(it - tokens.begin());
}

// Word-like tokens in [from, to): what a cue's window counts.
size_t words_between(std::span<const text::Token> tokens, uint32_t from, uint32_t to) {
  size_t n = 0;
  for (size_t i = token_at_or_after(tokens, from); i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    if (t.span.begin >= to) break;
    if (t.kind != text::TokenKind::kPunct && t.kind != text::TokenKind::kNewline) ++n;
  }
  return n;
}

}  // namespace

void assert_mentions(const lexicon::Lexicon& lex, const NoteContext& note,
                     std::span<const Mention> mentions, ContextScratch* scratch,
                     std::vector<Assertion>* out) {
  out->clear();
  out->resize(mentions.size());

  // Keep the cues that are cues: not inside a pseudo phrase, and the longest of any
  // overlapping group (hits arrive ordered by begin, longer first).
  std::vector<match::Hit>& cues = scratch->cues;
  cues.clear();
  Span last_pseudo{0, 0};
  for (const match::Hit& h : note.hits) {
    if (lex.patterns[h.pattern].kind != PatternKind::kCue) continue;
    if (category_of(lex, h) == CueCategory::kPseudo) {
      if (h.span.end > last_pseudo.end) last_pseudo = h.span;
      continue;
    }
    if (last_pseudo.overlaps(h.span)) continue;
    if (!cues.empty() && cues.back().span.overlaps(h.span)) continue;
    cues.push_back(h);
  }
  // A pseudo phrase that starts after a cue it overlaps also cancels that cue.
  std::erase_if(cues, [&](const match::Hit& c) {
    for (const match::Hit& h : note.hits) {
      if (h.span.begin >= c.span.end) break;
      if (lex.patterns[h.pattern].kind == PatternKind::kCue &&
          category_of(lex, h) == CueCategory::kPseudo && h.span.overlaps(c.span))
        return true;
    }
    return false;
  });

  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& mention = mentions[m];
    Span sentence = note.sentences.empty() ? Span{0, UINT32_MAX} : note.sentences[mention.sentence];
    Assertion& a = (*out)[m];
    auto first = std::lower_bound(cues.begin(), cues.end(), sentence.begin,
                                  [](const match::Hit& h, uint32_t p) { return h.span.begin < p; });
    for (auto c = first; c != cues.end() && c->span.begin < sentence.end; ++c) {
      if (c->span.end > sentence.end || c->span.overlaps(mention.span)) continue;
      const lexicon::Pattern& cue = lex.patterns[c->pattern];
      CueCategory category = static_cast<CueCategory>(cue.target);
      if (category == CueCategory::kTerminate) continue;
      bool before = c->span.end <= mention.span.begin;
      if (before && cue.direction == Direction::kBackward) continue;
      if (!before && cue.direction == Direction::kForward) continue;
      Span gap =
          before ? Span{c->span.end, mention.span.begin} : Span{mention.span.end, c->span.begin};
      if (cue.window != 0 && words_between(note.tokens, gap.begin, gap.end) > cue.window) continue;
      bool terminated = false;
      for (auto t = first; t != cues.end() && t->span.begin < gap.end; ++t) {
        if (t->span.begin >= gap.begin && t->span.end <= gap.end &&
            category_of(lex, *t) == CueCategory::kTerminate) {
          terminated = true;
          break;
        }
      }
      if (terminated) continue;
      switch (category) {
        case CueCategory::kNegated:
          a.negated = true;
          break;
        case CueCategory::kUncertain:
          a.uncertain = true;
          break;
        case CueCategory::kHistorical:
          a.historical = true;
          break;
        case CueCategory::kHypothetical:
          a.hypothetical = true;
          break;
        case CueCategory::kExperiencer:
          a.experiencer = Experiencer::kOther;
          break;
        case CueCategory::kPseudo:
        case CueCategory::kTerminate:
          break;
      }
      a.cues.push_back({c->pattern, c->span});
    }
  }
}

}  // namespace dxaudit::context
