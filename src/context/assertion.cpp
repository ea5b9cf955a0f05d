#include "context/assertion.h"

#include <algorithm>

#include "text/sentences.h"

namespace dxaudit::context {

using lexicon::CueCategory;
using lexicon::Direction;
using lexicon::PatternKind;

std::string_view experiencer_name(Experiencer e) {
  return e == Experiencer::kPatient ? "patient" : "other";
}

namespace {

CueCategory category_of(const lexicon::Lexicon& lex, uint32_t pattern) {
  return static_cast<CueCategory>(lex.patterns[pattern].target);
}

// Number of word-like tokens (not punctuation, not line breaks) before the first token that
// begins at or after `pos`: the difference of two ordinals counts the words between.
uint32_t word_ordinal(std::span<const text::Token> tokens, const std::vector<uint32_t>& ordinals,
                      uint32_t pos) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                             [](const text::Token& t, uint32_t p) { return t.span.begin < p; });
  return ordinals[static_cast<size_t>(it - tokens.begin())];
}

// Whether `at` opens its sentence: no token of the sentence before it but punctuation
// (the sentence holding `at`; sentences are sorted and do not overlap).
bool opens_sentence(const NoteContext& note, uint32_t at) {
  uint32_t begin =
      note.sentences.empty() ? 0 : note.sentences[text::sentence_of(note.sentences, at)].begin;
  auto token =
      std::lower_bound(note.tokens.begin(), note.tokens.end(), begin,
                       [](const text::Token& t, uint32_t pos) { return t.span.begin < pos; });
  for (; token != note.tokens.end() && token->span.begin < at; ++token)
    if (token->kind != text::TokenKind::kPunct && token->kind != text::TokenKind::kNewline)
      return false;
  return true;
}

bool contains(const std::vector<uint16_t>& sorted, uint16_t value) {
  return std::binary_search(sorted.begin(), sorted.end(), value);
}

// Whether a cue may modify a mention of `concept_id` at all (`only=`, `except=`).
bool cue_applies_to(const lexicon::Pattern& cue, uint16_t concept_id) {
  if (!cue.only_concepts.empty() &&
      (concept_id == kUnknownConcept || !contains(cue.only_concepts, concept_id)))
    return false;
  return concept_id == kUnknownConcept || !contains(cue.except_concepts, concept_id);
}

// Keeps the cues that are cues -- not inside a pseudo phrase, not inside a longer cue
// (hits arrive ordered by begin, longer first) -- and collects where scopes end.
void collect_cues(const lexicon::Lexicon& lex, const NoteContext& note, ContextScratch* scratch) {
  std::vector<Span>& pseudo = scratch->pseudo;
  std::vector<ActiveCue>& cues = scratch->cues;
  std::vector<ScopeEnd>& ends = scratch->scope_ends;
  pseudo.clear();
  cues.clear();
  scratch->about_previous.clear();
  scratch->about_earlier.clear();
  ends.clear();
  // Pseudo phrases first, since one may start after a cue it overlaps.
  for (const match::Hit& h : note.hits)
    if (lex.patterns[h.pattern].kind == PatternKind::kCue &&
        category_of(lex, h.pattern) == CueCategory::kPseudo)
      pseudo.push_back(h.span);
  size_t next_pseudo = 0;
  uint32_t kept_reach = 0;                               // furthest end of the cues kept so far
  CueCategory reach_category = CueCategory::kTerminate;  // the category of the cue that ends there
  for (const match::Hit& h : note.hits) {
    const lexicon::Pattern& p = lex.patterns[h.pattern];
    if (p.kind != PatternKind::kCue) continue;
    CueCategory category = category_of(lex, h.pattern);
    if (category == CueCategory::kPseudo) {
      ends.push_back({h.span, lexicon::kAllCueCategories});
      continue;
    }
    while (next_pseudo < pseudo.size() && pseudo[next_pseudo].end <= h.span.begin) ++next_pseudo;
    bool in_pseudo = false;
    for (size_t q = next_pseudo; q < pseudo.size() && pseudo[q].begin < h.span.end; ++q)
      if (pseudo[q].overlaps(h.span)) in_pseudo = true;
    if (in_pseudo) continue;
    if (p.opens_sentence && !opens_sentence(note, h.span.begin)) continue;
    // A cue about the sentence before its own is kept apart: it has no scope in its own
    // sentence, and hides no cue there ("resolved" in "his fever resolved").
    if (p.previous_sentence) {
      scratch->about_previous.push_back({h.pattern, h.span});
      continue;
    }
    if (p.earlier_in_note) {
      scratch->about_earlier.push_back({h.pattern, h.span});
      continue;
    }
    // A cue inside a longer one is part of it ("no" in "no evidence of"), unless the same
    // phrase is a cue of two categories ("family history of") or of two directions (a
    // backward "absent" where the clause ends, beside the forward one). Cues that merely overlap
    // both stay: "is negative for" holds a backward and a forward cue. A relative named
    // inside a longer experiencer cue stays a cue too: the longer one never asserts a
    // mention it holds ("mother was diagnosed with colon cancer in her 50s, but she died
    // of ...": "mother" still claims the colon cancer).
    if (h.span.end <= kept_reach &&
        !(cues.back().span == h.span &&
          (category_of(lex, cues.back().pattern) != category ||
           lex.patterns[cues.back().pattern].direction != p.direction)) &&
        !(category == CueCategory::kExperiencer && reach_category == CueCategory::kExperiencer))
      continue;
    if (h.span.end > kept_reach) {
      kept_reach = h.span.end;
      reach_category = category;
    }
    cues.push_back({h.pattern, h.span});
    if (category == CueCategory::kTerminate)
      ends.push_back({h.span, p.ends});
    else if (p.self)
      ends.push_back({h.span, lexicon::cue_bit(CueCategory::kExperiencer)});
  }
  // Pseudo phrases were collected first; the rest arrived in text order.
  auto by_begin = [](const ScopeEnd& a, const ScopeEnd& b) { return a.span.begin < b.span.begin; };
  if (!std::is_sorted(ends.begin(), ends.end(), by_begin))
    std::sort(ends.begin(), ends.end(), by_begin);

  // One pass over the tokens: where the commas are, and how many words precede each token.
  std::vector<uint32_t>& commas = scratch->commas;
  commas.clear();
  std::vector<uint32_t>& ordinals = scratch->word_ordinals;
  ordinals.resize(note.tokens.size() + 1);
  uint32_t words = 0;
  for (size_t i = 0; i < note.tokens.size(); ++i) {
    ordinals[i] = words;
    const text::Token& t = note.tokens[i];
    if (t.kind == text::TokenKind::kPunct) {
      if (note.view[t.span.begin] == ',') commas.push_back(t.span.begin);
    } else if (t.kind != text::TokenKind::kNewline) {
      ++words;
    }
  }
  ordinals[note.tokens.size()] = words;
}

// The section whose header or body contains `pos`, or nullptr.
const text::Section* section_at(std::span<const text::Section> sections, uint32_t pos) {
  auto it = std::upper_bound(sections.begin(), sections.end(), pos,
                             [](uint32_t p, const text::Section& s) { return p < s.header.begin; });
  if (it == sections.begin()) return nullptr;
  --it;
  return pos < it->body.end ? &*it : nullptr;
}

// The first of `cues` (ordered by begin) that begins at or after `pos`.
std::vector<ActiveCue>::const_iterator first_cue_from(const std::vector<ActiveCue>& cues,
                                                      uint32_t pos) {
  return std::lower_bound(cues.begin(), cues.end(), pos,
                          [](const ActiveCue& c, uint32_t p) { return c.span.begin < p; });
}

}  // namespace

bool has_category(const Assertion& a, CueCategory category) {
  switch (category) {
    case CueCategory::kNegated:
      return a.negated;
    case CueCategory::kUncertain:
      return a.uncertain;
    case CueCategory::kHistorical:
      return a.historical;
    case CueCategory::kHypothetical:
      return a.hypothetical;
    case CueCategory::kExperiencer:
      return a.experiencer == Experiencer::kOther;
    case CueCategory::kPseudo:
    case CueCategory::kTerminate:
      break;
  }
  return false;
}

void set_category(Assertion* a, CueCategory category, bool asserted) {
  switch (category) {
    case CueCategory::kNegated:
      a->negated = asserted;
      break;
    case CueCategory::kUncertain:
      a->uncertain = asserted;
      break;
    case CueCategory::kHistorical:
      a->historical = asserted;
      break;
    case CueCategory::kHypothetical:
      a->hypothetical = asserted;
      break;
    case CueCategory::kExperiencer:
      a->experiencer = asserted ? Experiencer::kOther : Experiencer::kPatient;
      break;
    case CueCategory::kPseudo:
    case CueCategory::kTerminate:
      break;
  }
}

void assert_mentions(const lexicon::Lexicon& lex, const NoteContext& note,
                     std::span<const Mention> mentions, ContextScratch* scratch,
                     std::vector<Assertion>* out) {
  // Resized, not cleared, so that each assertion keeps its cue buffer from earlier notes.
  out->resize(mentions.size());
  for (Assertion& a : *out) {
    std::vector<AppliedCue> cues = std::move(a.cues);
    cues.clear();
    a = Assertion{};
    a.cues = std::move(cues);
  }
  collect_cues(lex, note, scratch);
  const std::vector<ActiveCue>& cues = scratch->cues;
  const std::vector<ScopeEnd>& scope_ends = scratch->scope_ends;
  const std::vector<uint32_t>& commas = scratch->commas;
  const std::vector<uint32_t>& ordinals = scratch->word_ordinals;

  // Whether something inside `gap` ends a scope of `category`.
  auto scope_ended = [&](Span gap, CueCategory category) {
    auto e = std::lower_bound(scope_ends.begin(), scope_ends.end(), gap.begin,
                              [](const ScopeEnd& s, uint32_t p) { return s.span.begin < p; });
    for (; e != scope_ends.end() && e->span.begin < gap.end; ++e)
      if (e->span.end <= gap.end && (e->ends & lexicon::cue_bit(category)) != 0) return true;
    return false;
  };
  auto comma_in = [&](Span gap) {
    auto c = std::lower_bound(commas.begin(), commas.end(), gap.begin);
    return c != commas.end() && *c < gap.end;
  };
  // Whether `gap` (a cue's end to a mention after it) runs on as a list of short items
  // up to the mention: at least kListCommas commas, no item longer than kListItemWords
  // words. Such a list carries a denial past the cue's window to its last item ("no
  // history of CAD, renal or liver disease, SOB, chest pain, fevers, chills, night sweats
  // or weight loss").
  constexpr size_t kListCommas = 3;
  constexpr uint32_t kListItemWords = 4;
  auto list_reaches = [&](Span gap) {
    auto first = std::lower_bound(commas.begin(), commas.end(), gap.begin);
    auto last = std::lower_bound(first, commas.end(), gap.end);
    if (static_cast<size_t>(last - first) < kListCommas) return false;
    uint32_t item_begin = word_ordinal(note.tokens, ordinals, *first);
    for (auto c = first + 1; c != last; ++c) {
      uint32_t at = word_ordinal(note.tokens, ordinals, *c);
      if (at - item_begin > kListItemWords) return false;
      item_begin = at;
    }
    return word_ordinal(note.tokens, ordinals, gap.end) - item_begin <= kListItemWords;
  };

  std::vector<ActiveCue>& deferred = scratch->deferred;
  std::vector<ActiveCue>& past_for_lasting = scratch->past_for_lasting;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& mention = mentions[m];
    deferred.clear();
    past_for_lasting.clear();
    Span sentence = note.sentences.empty() ? Span{0, UINT32_MAX} : note.sentences[mention.sentence];
    Assertion& a = (*out)[m];
    if (mention.negated_by != kNoPattern) {
      set_category(&a, CueCategory::kNegated, true);
      a.cues.push_back({CueCategory::kNegated, mention.negated_by, mention.span});
    }
    uint32_t mention_first_word = word_ordinal(note.tokens, ordinals, mention.span.begin);
    uint32_t mention_end_word = word_ordinal(note.tokens, ordinals, mention.span.end);
    bool names_patient = false;
    // Whether a relative is named between the mention and the cues before it seen so far:
    // then a `self` cue further back does not claim the mention for the patient ("She has
    // two daughters, ages 60 and 58, both with cancer").
    bool relative_nearer_before = false;
    // A lasting condition is not made historical by a cue or section that only says it
    // existed before.
    const bool lasting =
        mention.concept_id != kUnknownConcept && lex.concepts[mention.concept_id].lasting;

    // A cue that modifies the mention: applied now, or once every other cue has spoken when
    // it yields to some (`unless=`).
    auto take = [&](const ActiveCue& c) {
      const lexicon::Pattern& cue = lex.patterns[c.pattern];
      if (cue.unless != 0) {
        deferred.push_back(c);
        return;
      }
      auto category = static_cast<CueCategory>(cue.target);
      set_category(&a, category, true);
      a.cues.push_back({category, c.pattern, c.span});
    };

    // Considers one cue; returns false once cues further away in this direction are out of
    // every cue's reach.
    auto consider = [&](const ActiveCue& c, bool before) {
      uint32_t distance =
          before ? mention_first_word - word_ordinal(note.tokens, ordinals, c.span.end)
                 : word_ordinal(note.tokens, ordinals, c.span.begin) - mention_end_word;
      if (distance > kMaxScopeWords) return false;
      const lexicon::Pattern& cue = lex.patterns[c.pattern];
      CueCategory category = static_cast<CueCategory>(cue.target);
      if (category == CueCategory::kTerminate) return true;
      if (cue.self) {
        // A pronoun does not claim a family history's mention for the patient: there it
        // stands for the relative the section is about.
        if (!(before && relative_nearer_before) && !cue.pronoun) names_patient = true;
        return true;
      }
      if (before && category == CueCategory::kExperiencer) relative_nearer_before = true;
      if (before && cue.direction == Direction::kBackward) return true;
      if (!before && cue.direction == Direction::kForward) return true;
      Span gap =
          before ? Span{c.span.end, mention.span.begin} : Span{mention.span.end, c.span.begin};
      // Only a denial carries over a list: a hedge or a history cue inside one item speaks
      // of that item ("abdominal pain, some question of blood in his stool, nausea, ...").
      if (cue.window != 0 && distance > cue.window &&
          !(before && category == CueCategory::kNegated && list_reaches(gap)))
        return true;
      if (!cue_applies_to(cue, mention.concept_id)) return true;
      // A lasting condition is current whatever its history, unless it is denied: "no
      // history of osteoporosis" is the kit's negated and historical.
      if (cue.past && lasting) {
        past_for_lasting.push_back(c);
        return true;
      }
      if (scope_ended(gap, category)) return true;
      if (cue.stop_at_comma && comma_in(gap)) return true;
      take(c);
      return true;
    };

    auto at = first_cue_from(cues, mention.span.begin);
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

    // Cues of the next sentence that speak of this one ("Her symptoms resolved the following
    // day."), when no section begins between them.
    if (mention.sentence + 1 < note.sentences.size()) {
      const Span next = note.sentences[mention.sentence + 1];
      const text::Section* here = section_at(note.sections, mention.span.begin);
      const std::vector<ActiveCue>& about_previous = scratch->about_previous;
      for (auto c = first_cue_from(about_previous, next.begin);
           c != about_previous.end() && c->span.end <= next.end; ++c)
        if (cue_applies_to(lex.patterns[c->pattern], mention.concept_id) &&
            section_at(note.sections, c->span.begin) == here)
          take(*c);
    }

    // Cues that say a condition is over for the rest of the note ("She remained afebrile
    // for the remainder of the hospitalization."): every mention of theirs before them, in
    // any section (a discharge summary's hospital course speaks of the fever its history
    // of present illness told).
    for (auto c = first_cue_from(scratch->about_earlier, mention.span.end);
         c != scratch->about_earlier.end(); ++c)
      if (cue_applies_to(lex.patterns[c->pattern], mention.concept_id)) {
        take(*c);
        break;  // one is enough
      }

    if (const text::Section* s = section_at(note.sections, mention.span.begin);
        s != nullptr && !s->header.overlaps(mention.span) &&
        s->name_index < lex.section_defaults.size()) {
      const lexicon::SectionDefaults& defaults = lex.section_defaults[s->name_index];
      // Which sentence of the section the mention is in, counting from the header's.
      uint32_t nth = 0;
      if (!note.sentences.empty()) {
        auto first = std::upper_bound(note.sentences.begin(), note.sentences.end(), s->header.begin,
                                      [](uint32_t p, const Span& x) { return p < x.end; });
        nth = mention.sentence - static_cast<uint32_t>(first - note.sentences.begin());
      }
      for (int bit = 0; bit < lexicon::kCueCategoryCount; ++bit) {
        auto category = static_cast<CueCategory>(bit);
        uint16_t reach = defaults.reach[bit];
        if (reach == 0) continue;
        // The header's own sentence and the one after it are the first (a header may be split
        // off as a sentence of its own).
        if (reach != lexicon::SectionDefaults::kWholeSection && nth > reach) continue;
        if (category == CueCategory::kExperiencer && names_patient) continue;
        if (lasting && (defaults.past & lexicon::cue_bit(category)) != 0) continue;
        if (!defaults.only[bit].empty() && (mention.concept_id == kUnknownConcept ||
                                            !contains(defaults.only[bit], mention.concept_id)))
          continue;
        set_category(&a, category, true);
        a.cues.push_back({category, kSectionDefault, s->header});
      }
    }
    if (a.negated)
      for (const ActiveCue& c : past_for_lasting) {
        set_category(&a, CueCategory::kHistorical, true);
        a.cues.push_back({CueCategory::kHistorical, c.pattern, c.span});
      }
    // Cues that yield to other categories, now that every other cue has spoken.
    for (const ActiveCue& c : deferred) {
      const lexicon::Pattern& cue = lex.patterns[c.pattern];
      bool cancelled = false;
      for (int bit = 0; bit < lexicon::kCueCategoryCount; ++bit)
        if ((cue.unless & (1u << bit)) != 0 && has_category(a, static_cast<CueCategory>(bit)))
          cancelled = true;
      if (cancelled) continue;
      auto category = static_cast<CueCategory>(cue.target);
      set_category(&a, category, true);
      a.cues.push_back({category, c.pattern, c.span});
    }
    std::sort(a.cues.begin(), a.cues.end(),
              [](const AppliedCue& x, const AppliedCue& y) { return x.span.begin < y.span.begin; });
  }
}

}  // namespace dxaudit::context
