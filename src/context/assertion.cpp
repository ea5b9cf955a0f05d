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

// Number of word-like tokens (not punctuation, not line breaks) before the first token that
// begins at or after `pos`: the difference of two ordinals counts the words between.
uint32_t word_ordinal(std::span<const text::Token> tokens, const std::vector<uint32_t>& ordinals,
                      uint32_t pos) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                             [](const text::Token& t, uint32_t p) { return t.span.begin < p; });
  return ordinals[static_cast<size_t>(it - tokens.begin())];
}

void apply(CueCategory category, Assertion* a) {
  switch (category) {
    case CueCategory::kNegated:
      a->negated = true;
      break;
    case CueCategory::kUncertain:
      a->uncertain = true;
      break;
    case CueCategory::kHistorical:
      a->historical = true;
      break;
    case CueCategory::kHypothetical:
      a->hypothetical = true;
      break;
    case CueCategory::kExperiencer:
      a->experiencer = Experiencer::kOther;
      break;
    case CueCategory::kPseudo:
    case CueCategory::kTerminate:
      break;
  }
}

}  // namespace

void assert_mentions(const lexicon::Lexicon& lex, const NoteContext& note,
                     std::span<const Mention> mentions, ContextScratch* scratch,
                     std::vector<Assertion>* out) {
  out->clear();
  out->resize(mentions.size());

  // Keep the cues that are cues: not inside a pseudo phrase, and the longest of any
  // overlapping group (hits arrive ordered by begin, longer first). Pseudo phrases are
  // collected first, since one may start after a cue it overlaps.
  std::vector<Span>& pseudo = scratch->pseudo;
  pseudo.clear();
  for (const match::Hit& h : note.hits)
    if (lex.patterns[h.pattern].kind == PatternKind::kCue &&
        category_of(lex, h) == CueCategory::kPseudo)
      pseudo.push_back(h.span);
  std::vector<match::Hit>& cues = scratch->cues;
  std::vector<Span>& terminators = scratch->terminators;
  cues.clear();
  terminators.clear();
  size_t next_pseudo = 0;
  for (const match::Hit& h : note.hits) {
    if (lex.patterns[h.pattern].kind != PatternKind::kCue) continue;
    CueCategory category = category_of(lex, h);
    if (category == CueCategory::kPseudo) continue;
    while (next_pseudo < pseudo.size() && pseudo[next_pseudo].end <= h.span.begin) ++next_pseudo;
    bool in_pseudo = false;
    for (size_t p = next_pseudo; p < pseudo.size() && pseudo[p].begin < h.span.end; ++p)
      if (pseudo[p].overlaps(h.span)) in_pseudo = true;
    if (in_pseudo) continue;
    if (!cues.empty() && cues.back().span.overlaps(h.span)) continue;
    cues.push_back(h);
    if (category == CueCategory::kTerminate) terminators.push_back(h.span);
  }

  std::vector<uint32_t>& ordinals = scratch->word_ordinals;
  ordinals.resize(note.tokens.size() + 1);
  uint32_t words = 0;
  for (size_t i = 0; i < note.tokens.size(); ++i) {
    ordinals[i] = words;
    text::TokenKind k = note.tokens[i].kind;
    if (k != text::TokenKind::kPunct && k != text::TokenKind::kNewline) ++words;
  }
  ordinals[note.tokens.size()] = words;

  auto terminated = [&](Span gap) {
    auto t = std::lower_bound(terminators.begin(), terminators.end(), gap.begin,
                              [](const Span& s, uint32_t p) { return s.begin < p; });
    return t != terminators.end() && t->end <= gap.end;
  };

  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& mention = mentions[m];
    Span sentence = note.sentences.empty() ? Span{0, UINT32_MAX} : note.sentences[mention.sentence];
    Assertion& a = (*out)[m];
    uint32_t mention_first_word = word_ordinal(note.tokens, ordinals, mention.span.begin);
    uint32_t mention_end_word = word_ordinal(note.tokens, ordinals, mention.span.end);

    // Consider one cue: returns false once cues further away in this direction are out of
    // every cue's reach.
    auto consider = [&](const match::Hit& c, bool before) {
      uint32_t distance =
          before ? mention_first_word - word_ordinal(note.tokens, ordinals, c.span.end)
                 : word_ordinal(note.tokens, ordinals, c.span.begin) - mention_end_word;
      if (distance > kMaxScopeWords) return false;
      const lexicon::Pattern& cue = lex.patterns[c.pattern];
      CueCategory category = static_cast<CueCategory>(cue.target);
      if (category == CueCategory::kTerminate) return true;
      if (before && cue.direction == Direction::kBackward) return true;
      if (!before && cue.direction == Direction::kForward) return true;
      if (cue.window != 0 && distance > cue.window) return true;
      Span gap =
          before ? Span{c.span.end, mention.span.begin} : Span{mention.span.end, c.span.begin};
      if (terminated(gap)) return true;
      apply(category, &a);
      a.cues.push_back({c.pattern, c.span});
      return true;
    };

    auto at = std::lower_bound(cues.begin(), cues.end(), mention.span.begin,
                               [](const match::Hit& h, uint32_t p) { return h.span.begin < p; });
    // Cues before the mention, nearest first.
    for (auto c = at; c != cues.begin();) {
      --c;
      if (c->span.begin < sentence.begin) break;
      if (c->span.overlaps(mention.span)) continue;
      if (!consider(*c, true)) break;
    }
    // Cues after it (a cue overlapping the mention never modifies it), nearest first.
    for (auto c = at; c != cues.end() && c->span.begin < sentence.end; ++c) {
      if (c->span.end > sentence.end) break;
      if (c->span.overlaps(mention.span) || c->span.begin < mention.span.end) continue;
      if (!consider(*c, false)) break;
    }
    std::sort(a.cues.begin(), a.cues.end(),
              [](const AppliedCue& x, const AppliedCue& y) { return x.span.begin < y.span.begin; });
  }
}

}  // namespace dxaudit::context
