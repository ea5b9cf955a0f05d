#include "evidence/evidence.h"

#include <algorithm>
#include <cctype>

#include "text/sentences.h"

namespace dxaudit::evidence {

using lexicon::Laterality;
using lexicon::PatternKind;
using text::sentence_of;

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
  } else if (i < token.size() && std::isalpha(static_cast<unsigned char>(token[i]))) {
    out += '-';  // written without a separator: "L5S1", "L4L5"
    if (!parse_one(false)) return "";
  }
  if (i != token.size()) return "";
  return out;
}

lexicon::Region region_of_level(std::string_view level) {
  using lexicon::Region;
  // "L4" or "L4-L5": the region letter and number of each end.
  auto parse = [](std::string_view s, char* letter, int* number) {
    if (s.size() < 2) return false;
    *letter = s[0];
    *number = 0;
    for (size_t i = 1; i < s.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
      *number = *number * 10 + (s[i] - '0');
    }
    return true;
  };
  char upper = 0, lower = 0;
  int upper_n = 0, lower_n = 0;
  size_t dash = level.find('-');
  if (!parse(level.substr(0, dash), &upper, &upper_n)) return Region::kUnknown;
  if (dash == std::string_view::npos) {
    lower = upper;
    lower_n = upper_n;
  } else if (!parse(level.substr(dash + 1), &lower, &lower_n)) {
    return Region::kUnknown;
  }
  auto single = [](char letter, int n) {
    switch (letter) {
      case 'C':
        return Region::kCervical;
      case 'T':
        return Region::kThoracic;
      case 'L':
        return Region::kLumbar;
      case 'S':
        // The S1 root and body belong to the lumbosacral junction; below it, the sacrum.
        return n == 1 ? Region::kLumbosacral : Region::kSacral;
      default:
        return Region::kUnknown;
    }
  };
  // One level, or a segment within a region.
  if (upper == lower) return single(upper, upper_n);
  // L5-S1 (and L5 on S1) is the lumbosacral segment; a longer run down to S1 is lumbar.
  if (upper == 'L' && lower == 'S') return upper_n == 5 ? Region::kLumbosacral : Region::kLumbar;
  // Across the thoracolumbar or cervicothoracic junction: the region with more of the
  // levels ("T12-L2" lumbar), the upper one on a tie ("T12-L1" thoracic, "C7-T1" cervical).
  auto last_of = [](char letter) { return letter == 'C' ? 7 : letter == 'T' ? 12 : 5; };
  // A root below the region's last vertebra (C8, between C7 and T1) is one level of it:
  // "C8/T1" is a tie, so cervical.
  int in_upper = std::max(last_of(upper), upper_n) - upper_n + 1;
  int in_lower = lower_n;
  return in_lower > in_upper ? single(lower, lower_n) : single(upper, upper_n);
}

namespace {

// Adds a cue to an assertion, keeping its cues sorted by begin.
void add_cue(context::Assertion* a, const context::AppliedCue& cue) {
  auto at = std::upper_bound(a->cues.begin(), a->cues.end(), cue,
                             [](const context::AppliedCue& x, const context::AppliedCue& y) {
                               return x.span.begin < y.span.begin;
                             });
  a->cues.insert(at, cue);
}

// Takes from an assertion the cues that another visit's cells of its table row give
// (cue_in_other_visit); a category left with none of its cues is no longer asserted.
void drop_other_visit_cues(const lexicon::Lexicon& lex, std::string_view view,
                           const ColumnReading& columns, context::Assertion* a) {
  uint8_t dropped = 0, kept = 0;
  auto other = [&](const context::AppliedCue& c) {
    const bool drop =
        c.pattern != context::kSectionDefault && cue_in_other_visit(lex, view, columns, c.span);
    (drop ? dropped : kept) |= lexicon::cue_bit(c.category);
    return drop;
  };
  a->cues.erase(std::remove_if(a->cues.begin(), a->cues.end(), other), a->cues.end());
  for (lexicon::CueCategory c :
       {lexicon::CueCategory::kNegated, lexicon::CueCategory::kUncertain,
        lexicon::CueCategory::kHistorical, lexicon::CueCategory::kHypothetical,
        lexicon::CueCategory::kExperiencer})
    if ((dropped & lexicon::cue_bit(c)) != 0 && (kept & lexicon::cue_bit(c)) == 0)
      context::set_category(a, c, false);
}

// Exclusion phrases ("stress urinary incontinence") are short: one that ends more than this
// many bytes before a hit begins cannot overlap it or any later hit.
constexpr uint32_t kMaxExclusionBytes = 512;
// EvidenceScratch::mention_flags.
constexpr uint8_t kReportsRegion = 1, kByTreatment = 2;

// How far before a mention's window a side phrase that ends inside it may begin.
constexpr uint32_t kSidePhraseLookBack = 48;

// The first hit of the note that begins at or after view offset `pos` (hits are ordered by
// begin).
std::span<const match::Hit>::iterator first_hit_from(const NoteText& note, uint32_t pos) {
  return std::lower_bound(note.hits.begin(), note.hits.end(), pos,
                          [](const match::Hit& h, uint32_t p) { return h.span.begin < p; });
}

// A finding that covers only its row's label takes the answer its row gives, however far
// along the row: the mark under a questionnaire grid's "No" column ("Leg weakness     X" under
// "Symptom review   Yes   No"), or a negation cue under the current visit's column ("SLR R
// (+) 45 deg   (-)" under "   IE   Re-exam"). The grid's header cell, or the cue, is the cue.
// (Not checked: a negation cue's only=/except= lists; no cue of a table's cells has one.)
void take_row_answer(const lexicon::Lexicon& lex, const NoteText& note,
                     const ColumnReading& columns, context::Assertion* a) {
  if (columns.last_column != 0 || a->negated) return;
  if (const Span no = absent_column_marked(lex, note.view, columns); !no.empty()) {
    context::set_category(a, lexicon::CueCategory::kNegated, true);
    add_cue(a, {lexicon::CueCategory::kNegated, context::kSectionDefault, no});
    return;
  }
  for (auto h = first_hit_from(note, columns.label.end);
       h != note.hits.end() && h->span.begin < columns.row.end; ++h) {
    const lexicon::Pattern& p = lex.patterns[h->pattern];
    if (p.kind != lexicon::PatternKind::kCue ||
        p.target != static_cast<uint16_t>(lexicon::CueCategory::kNegated) ||
        !cue_in_current_visit(lex, note.view, columns, h->span))
      continue;
    context::set_category(a, lexicon::CueCategory::kNegated, true);
    add_cue(a, {lexicon::CueCategory::kNegated, h->pattern, h->span});
    return;
  }
}

uint16_t section_of(std::span<const text::Section> sections, uint32_t pos) {
  auto it =
      std::upper_bound(sections.begin(), sections.end(), pos,
                       [](uint32_t p, const text::Section& s) { return p < s.whole().begin; });
  if (it == sections.begin()) return kNoSection;
  --it;
  return pos < it->whole().end ? static_cast<uint16_t>(it - sections.begin()) : kNoSection;
}

uint32_t distance(Span a, Span b) {
  if (a.overlaps(b)) return 0;
  return a.end <= b.begin ? b.begin - a.end : a.begin - b.end;
}

// The side of the mention's own words: a side named inside it, else the nearest one in
// its attached window; else no side when a word says the exam covers every limb
// ("reflexes 2/2 throughout": decision 13 of corpora/gold-mtsamples); a side
// implied by a plural limb or a paired grade ("numbness in her feet", "2+/2+") only when
// neither is there.
Laterality find_laterality(const lexicon::Lexicon& lex, const NoteText& note, Span mention,
                           Span window) {
  Laterality best = Laterality::kNone;
  uint32_t best_rank = UINT32_MAX;
  // A side phrase may begin before the window and end in it ("right greater than left
  // radiculopathy"): hits are looked for from a little earlier.
  uint32_t from = window.begin > kSidePhraseLookBack ? window.begin - kSidePhraseLookBack : 0;
  auto first = first_hit_from(note, from);
  auto is_side = [&](const match::Hit& h) {
    return lex.patterns[h.pattern].kind == PatternKind::kLaterality;
  };
  // A side phrase inside a longer one is that one's words: "left" in "right greater than
  // left leg pain" or "R" in "L>R leg pain" (both sides), "R" in "R/O" (no side).
  auto inside_longer = [&](const match::Hit& h) {
    for (auto it = first; it != note.hits.end() && it->span.begin <= h.span.begin; ++it)
      if (is_side(*it) && it->span.begin <= h.span.begin && h.span.end <= it->span.end &&
          it->span.end - it->span.begin > h.span.end - h.span.begin)
        return true;
    return false;
  };
  for (auto it = first; it != note.hits.end() && it->span.begin < window.end; ++it) {
    const match::Hit& h = *it;
    const lexicon::Pattern& p = lex.patterns[h.pattern];
    if (!is_side(h) || p.excludes || h.span.end > window.end || h.span.end <= window.begin ||
        inside_longer(h))
      continue;
    uint32_t d = (h.span.begin >= mention.begin && h.span.end <= mention.end)
                     ? 0
                     : 1 + distance(h.span, mention);
    // Named sides rank first, then the words of no side, then implied sides; then distance.
    const auto said = static_cast<Laterality>(p.target);
    uint32_t rank = (p.implied                   ? UINT32_MAX / 2
                     : said == Laterality::kNone ? UINT32_MAX / 4
                                                 : 0) +
                    d;
    if (rank < best_rank) {
      best_rank = rank;
      best = said;
    }
  }
  return best;
}

// The first token of the note that begins at or after view offset `pos` (tokens are in
// text order).
std::span<const text::Token>::iterator first_token_from(const NoteText& note, uint32_t pos) {
  return std::lower_bound(note.tokens.begin(), note.tokens.end(), pos,
                          [](const text::Token& t, uint32_t p) { return t.span.begin < p; });
}

// The words around a mention where its own side, level and region are written: the
// mention, kAttachedWordsBefore words before it and, after it, kAttachedWordsAfter words
// for a level (`own`), the same but not past a comma for a region phrase (`region`:
// "chronic back pain, neck pain from a cervical fusion" is a list, where a level or a side
// after a comma is still the finding's own: "herniation at L4-5, left greater than right"),
// and kSideWordsAfter for a side (`side`); all within its sentence, stopping at another
// mention or a semicolon, at a word that ends attachment (attachment.lex) after it unless
// the next word continues the statement ("2+ and equal bilaterally"), and before it at a
// comma. The three share their begin and are found in one pass.
struct AttachedWords {
  Span own;
  uint32_t region_begin;
  uint32_t region_end;
  uint32_t side_begin;
  uint32_t side_end;
  Span region() const { return {region_begin, region_end}; }
  Span side() const { return {side_begin, side_end}; }
};

// Whether `word` lies inside a side phrase of the note ("left and right", "upper and lower
// extremities"), where a coordinator joins sides rather than findings. Side phrases are
// short: only hits begun up to kSidePhraseLookBack bytes before the word are looked at.
bool inside_side_phrase(const lexicon::Lexicon& lex, const NoteText& note, Span word) {
  const uint32_t from = word.begin > kSidePhraseLookBack ? word.begin - kSidePhraseLookBack : 0;
  for (auto h = first_hit_from(note, from); h != note.hits.end() && h->span.begin < word.begin;
       ++h) {
    const lexicon::Pattern& pattern = lex.patterns[h->pattern];
    if (h->span.end >= word.end && pattern.kind == PatternKind::kLaterality && !pattern.excludes)
      return true;
  }
  return false;
}

AttachedWords attached_words(const lexicon::Lexicon& lex, const NoteText& note, Span mention,
                             Span sentence, Span free) {
  static_assert(kSideWordsAfter >= kAttachedWordsAfter);
  auto at = first_token_from(note, mention.end);
  // A side phrase after the mention counts as one word, however many it is written in
  // ("decreased in the right greater than left C6 distribution": C6 is the fourth word).
  auto side = first_hit_from(note, mention.end);
  Span side_phrase{0, 0};  // the latest side phrase begun at or before the token
  uint32_t end = mention.end, region_end = mention.end, side_end = mention.end;
  // When the next mention is in the sentence, the words between the last comma before it
  // and it lead into it and are its own: "nontender paraspinals, ROM full, L SLR negative"
  // (the L is the SLR's). Not when a word that ends attachment stands between: then what
  // precedes that word is still this mention's ("C5-6 greater than C6-7, left greater than
  // C4-5 right with left radiculopathy").
  uint32_t next_item = UINT32_MAX;
  if (free.end < sentence.end)
    for (auto t = at; t != note.tokens.end() && t->span.end <= free.end; ++t) {
      if (t->kind == text::TokenKind::kPunct && note.view[t->span.begin] == ';') {
        next_item = UINT32_MAX;  // the words end there anyway: "radiculopathy, left; fever"
        break;
      }
      if (t->kind == text::TokenKind::kPunct && note.view[t->span.begin] == ',')
        next_item = t->span.begin;
      else if ((t->kind == text::TokenKind::kWord || t->kind == text::TokenKind::kAbbrev) &&
               lex.ends_attachment(t->span.in(note.view)))
        next_item = UINT32_MAX;
    }
  bool past_comma = false;
  uint32_t words = 0;
  for (auto t = at; t != note.tokens.end(); ++t) {
    if (t->span.end > sentence.end || t->span.end > free.end || t->span.begin >= next_item) break;
    if (t->kind == text::TokenKind::kPunct) {
      if (note.view[t->span.begin] == ';') break;
      // Past a comma, an item marker (attachment.lex) opens the next of a list of signs: its
      // side is its own ("SLR (+) L reproducing posterior thigh pain, (-) R"). Before a comma
      // the marker is the mention's ("SLR (-) B").
      if (past_comma && lex.opens_item_marker(note.view.substr(t->span.begin))) break;
      if (note.view[t->span.begin] == ',') past_comma = true;
    }
    for (; side != note.hits.end() && side->span.begin <= t->span.begin; ++side)
      if (lex.patterns[side->pattern].kind == PatternKind::kLaterality &&
          !lex.patterns[side->pattern].excludes && side->span.end > side_phrase.end)
        side_phrase = side->span;
    const bool later_word_of_side =
        side_phrase.begin < t->span.begin && t->span.end <= side_phrase.end;
    // After the mention, a coordinator or a clause boundary starts what is not its own:
    // "disc protrusion ... and right foraminal narrowing", "5/5 throughout except for the
    // right hand", "herniation with left radiculopathy". Not inside a side phrase: "upper
    // and lower extremities", "left and right".
    if ((t->kind == text::TokenKind::kWord || t->kind == text::TokenKind::kAbbrev) &&
        !later_word_of_side && lex.ends_attachment(t->span.in(note.view)) &&
        !(t + 1 != note.tokens.end() && t[1].kind == text::TokenKind::kWord &&
          lex.continues_attachment(t->span.in(note.view), t[1].span.in(note.view))))
      break;
    if (t->kind != text::TokenKind::kPunct && t->kind != text::TokenKind::kNewline &&
        !later_word_of_side && ++words > kSideWordsAfter)
      break;
    side_end = t->span.end;
    if (words <= kAttachedWordsAfter) {
      end = t->span.end;
      if (!past_comma) region_end = t->span.end;
    }
  }
  auto from = first_token_from(note, mention.begin);
  uint32_t begin = mention.begin, region_begin = mention.begin, side_begin = mention.begin;
  // A coordinator before the mention (attachment.lex `before`, not inside a side phrase) may
  // join two modifiers of one finding ("left paracentral and foraminal disc protrusion",
  // "right EHL and ankle dorsiflexion weakness") or two findings ("left ankle pain and low
  // back pain", "Neck and back pain"): a level and a side within kAttachedWordsBefore words
  // are taken across it, a region phrase is not. A side further off is taken only from one
  // phrase with the mention, across no coordinator nor any word that ends attachment after
  // a mention ("pain R > L with secondary lumbar muscle guarding").
  bool past_coordinator = false, past_joint = false;
  words = 0;
  for (auto t = from; t != note.tokens.begin();) {
    --t;
    if (t->span.begin < sentence.begin || t->span.begin < free.begin) break;
    // Before the mention a comma closes the previous item of a list ("SLR negative
    // bilaterally, strength 5/5"): what precedes it is that item's.
    if (t->kind == text::TokenKind::kPunct &&
        (note.view[t->span.begin] == ';' || note.view[t->span.begin] == ','))
      break;
    if (t->kind == text::TokenKind::kWord || t->kind == text::TokenKind::kAbbrev) {
      const std::string_view word = t->span.in(note.view);
      const bool coordinator = lex.ends_attachment_before(word);
      if ((coordinator || lex.ends_attachment(word)) && !inside_side_phrase(lex, note, t->span)) {
        past_joint = true;
        past_coordinator = past_coordinator || coordinator;
      }
    }
    if (t->kind != text::TokenKind::kPunct && t->kind != text::TokenKind::kNewline &&
        ++words > kSideWordsBefore)
      break;
    if (words <= kAttachedWordsBefore) {
      begin = side_begin = t->span.begin;
      if (!past_coordinator) region_begin = t->span.begin;
    } else if (!past_joint) {
      side_begin = t->span.begin;
    }
  }
  return {{begin, end}, region_begin, region_end, side_begin, side_end};
}

// The level token inside the mention, else the nearest one in `window`.
std::string find_level(const NoteText& note, Span mention, Span window, Span sentence) {
  std::string best;
  uint32_t best_distance = UINT32_MAX;
  auto first = first_token_from(note, window.begin);
  for (auto t = first; t != note.tokens.end() && t->span.begin < window.end; ++t) {
    // A level token that overlaps the mention counts even when it runs past the window
    // ("large disc at C3-C4" matched up to "C3").
    if (t->kind != text::TokenKind::kLevel ||
        (t->span.end > window.end && !mention.overlaps(t->span)))
      continue;
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

// The level that opens the mention's sentence, when one does and no other level comes
// between it and the mention: a read's list item ("C6-7 degenerative disc disease with
// annular bulging and foraminal compromise", "At L4-5, a broad-based bulge") places every
// finding it names at its level, not only the one beside it. Empty otherwise.
std::string sentence_opening_level(const NoteText& note, Span mention, Span sentence) {
  auto t = first_token_from(note, sentence.begin);
  while (t != note.tokens.end() && t->span.begin < mention.begin &&
         (t->kind == text::TokenKind::kPunct || t->kind == text::TokenKind::kNewline))
    ++t;
  if (t != note.tokens.end() && t->kind == text::TokenKind::kWord && t->span.in(note.view) == "at")
    ++t;
  if (t == note.tokens.end() || t->kind != text::TokenKind::kLevel || t->span.end > mention.begin)
    return {};
  for (auto u = t + 1; u != note.tokens.end() && u->span.begin < mention.begin; ++u)
    if (u->kind == text::TokenKind::kLevel) return {};
  return normalize_level(t->span.in(note.view));
}

// The mention's clause: from its attached words to a semicolon, the sentence's end, the
// next mention, or a comma that opens an item with a value of its own ("Reflexes: 2+/2+
// in BUE, 3+/3+ patellae": the arms' item ends there).
Span clause_of(const NoteText& note, Span mention, Span window, Span sentence, Span free) {
  Span clause{window.begin, std::min(sentence.end, free.end)};
  for (auto t = first_token_from(note, mention.end);
       t != note.tokens.end() && t->span.begin < clause.end; ++t) {
    if (t->kind != text::TokenKind::kPunct) continue;
    const char c = note.view[t->span.begin];
    if (c == ';' ||
        (c == ',' && t + 1 != note.tokens.end() && t[1].kind == text::TokenKind::kNumber)) {
      clause.end = t->span.begin;
      break;
    }
  }
  return clause;
}

// The region of the mention's own words: its level's, else the nearest region phrase.
// A region a limb gave (a `local` phrase: "BUE", "biceps") does not hold when the mention's
// clause, to the next mention, also names a limb of another region or of none (the
// `unknown` local phrases: the legs): "Reflexes: 2/2 and symmetric throughout BUE and
// patellae" is an exam of arms and legs, no one region's.
lexicon::Region find_region(const lexicon::Lexicon& lex, const NoteText& note, Span mention,
                            Span window, Span clause, const std::string& level) {
  // A level says it most exactly ("lumbar disc herniation at L5-S1" is lumbosacral).
  if (!level.empty() && region_of_level(level) != lexicon::Region::kUnknown)
    return region_of_level(level);
  lexicon::Region best = lexicon::Region::kUnknown;
  bool best_local = false;
  uint32_t best_distance = UINT32_MAX;
  auto first = first_hit_from(note, window.begin);
  // A region phrase that begins among the attached words counts, however far it runs (a
  // list: "intact in the radial, median, and ulnar nerve distributions").
  for (auto it = first; it != note.hits.end() && it->span.begin < window.end; ++it) {
    const lexicon::Pattern& p = lex.patterns[it->pattern];
    if (p.kind != PatternKind::kRegion) continue;
    if (static_cast<lexicon::Region>(p.target) == lexicon::Region::kUnknown) continue;
    uint32_t d = mention.overlaps(it->span) ? 0 : 1 + distance(it->span, mention);
    if (d < best_distance) {
      best_distance = d;
      best = static_cast<lexicon::Region>(p.target);
      best_local = p.region_local;
    }
  }
  if (!best_local) return best;
  for (auto it = first; it != note.hits.end() && it->span.begin < clause.end; ++it) {
    const lexicon::Pattern& p = lex.patterns[it->pattern];
    if (p.kind == PatternKind::kRegion && p.region_local && it->span.end <= clause.end &&
        static_cast<lexicon::Region>(p.target) != best)
      return lexicon::Region::kUnknown;
  }
  return best;
}

// The body sites that decide what an element phrase is about (bits of Lexicon::sites):
// the site of the longest site phrase overlapping it ("S1" is the heart's in "S1 and S2");
// else those named a few words before it in its own clause ("right knee pain for 6 months
// and now also low back pain": the months are the knee's); else those named in its own
// clause, between the commas, semicolons or colons around it ("knee pain worse with
// stairs" after "c/o LBP and R knee pain;"); else those named before
// it in its sentence or after it to its clause's end ("tender over the lumbar spine",
// "Abdomen: soft, nontender"); else those of the nearest of the
// kAboutSentencesBack sentences before it in its section that names one ("Her low back
// pain began in May. It is constant."); else the note's topic, the sites of the first
// sentence that names one ("Chief complaint: low back pain"); 0 when nothing names one.
// With own_sentence_only, the phrase's own sentence alone.
constexpr uint32_t kAboutSentencesBack = 2;
// The sites at most this many words before a phrase of its clause are the phrase's own
// ("right knee pain for 6 months and now also low back pain": the months are the knee's).
constexpr uint32_t kOwnSiteWordsBefore = 3;
constexpr uint32_t kMaxHeadingBytes = 40;

// Whether a sentence opens with a heading: a few words and a colon ("ABDOMEN:",
// "Motor exam:").
bool starts_with_heading(std::string_view view, Span sentence) {
  uint32_t i = sentence.begin;
  while (i < sentence.end && (view[i] == ' ' || view[i] == ',' || view[i] == '\n')) ++i;
  const uint32_t start = i;
  while (i < sentence.end && i - start <= kMaxHeadingBytes) {
    char c = view[i];
    if (c == ':') return i > start;
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != ' ' && c != '/' && c != '&' &&
        c != '-')
      return false;
    ++i;
  }
  return false;
}

// The words of `span` (punctuation and line breaks are not words).
uint32_t words_in(const NoteText& note, Span span) {
  uint32_t words = 0;
  for (auto t = first_token_from(note, span.begin);
       t != note.tokens.end() && t->span.end <= span.end; ++t)
    if (t->kind != text::TokenKind::kPunct && t->kind != text::TokenKind::kNewline) ++words;
  return words;
}

uint32_t sites_about(const lexicon::Lexicon& lex, const NoteText& note, Span phrase,
                     uint32_t note_topic, bool own_sentence_only) {
  Span sentence{0, static_cast<uint32_t>(note.view.size())};
  uint32_t from = 0;
  if (!note.sentences.empty()) {
    uint32_t s = sentence_of(note.sentences, phrase.begin);
    sentence = note.sentences[s];
    // Back over at most kAboutSentencesBack sentences, and not past a heading
    // ("Musculoskeletal: normal strength" is about what its heading says).
    uint32_t first = s;
    while (!own_sentence_only && first > 0 && s - first < kAboutSentencesBack &&
           !starts_with_heading(note.view, note.sentences[first]))
      --first;
    from = note.sentences[first].begin;
  }
  uint16_t section = section_of(note.sections, phrase.begin);
  if (section != kNoSection) from = std::max(from, note.sections[section].whole().begin);
  auto clause_mark = [&](uint32_t i) {
    return note.view[i] == ',' || note.view[i] == ';' || note.view[i] == ':';
  };
  uint32_t clause_end = phrase.end;
  while (clause_end < sentence.end && !clause_mark(clause_end)) ++clause_end;
  uint32_t clause_begin = phrase.begin;
  while (clause_begin > sentence.begin && !clause_mark(clause_begin - 1)) --clause_begin;
  uint32_t clause = 0, own = 0, earlier = 0, earlier_sentence = 0, inside = 0, inside_length = 0;
  uint32_t just_before = 0;  // the clause's sites a few words before the phrase
  Span last_site{0, 0};
  auto first = first_hit_from(note, from);
  for (auto it = first; it != note.hits.end() && it->span.begin < clause_end; ++it) {
    const lexicon::Pattern& p = lex.patterns[it->pattern];
    if (p.kind != PatternKind::kSite) continue;
    // A site phrase inside a longer one is that one's ("extremities" in "upper
    // extremities").
    if (it->span.end <= last_site.end && it->span.begin >= last_site.begin) continue;
    last_site = it->span;
    uint32_t bit = uint32_t{1} << p.target;
    if (it->span.overlaps(phrase) && it->span.end - it->span.begin > inside_length) {
      inside = bit;
      inside_length = it->span.end - it->span.begin;
    }
    if (it->span.begin >= sentence.begin) {
      own |= bit;
      if (it->span.begin >= clause_begin) clause |= bit;
      if (it->span.begin >= clause_begin && it->span.end <= phrase.begin &&
          words_in(note, Span{it->span.end, phrase.begin}) <= kOwnSiteWordsBefore)
        just_before |= bit;
      continue;
    }
    // Hits come in text order: a later sentence replaces what an earlier one named.
    uint32_t s = sentence_of(note.sentences, it->span.begin);
    if (s != earlier_sentence) earlier = 0;
    earlier_sentence = s;
    earlier |= bit;
  }
  if (inside != 0) return inside;
  // The phrase's own clause first: "c/o LBP and R knee pain; knee pain worse with stairs" is
  // the knee's, "Low back pain, worse with sitting" (a clause that names none) the back's;
  // within it, the sites just before the phrase ("left shoulder pain that is relieved by
  // ice", "without spine or CVA tenderness").
  if (just_before != 0) return just_before;
  if (clause != 0) return clause;
  if (own != 0 || own_sentence_only) return own;
  if (earlier != 0) return earlier;
  return note_topic;
}

// The sites named in the sentence after the one holding `phrase`, within its section: what
// a short sentence speaks of can be named just after it ("Worker injured lifting a box on
// 3/2. Low back pain on the right since then.").
uint32_t sites_of_next_sentence(const lexicon::Lexicon& lex, const NoteText& note, Span phrase) {
  if (note.sentences.empty()) return 0;
  uint32_t s = sentence_of(note.sentences, phrase.begin);
  if (s + 1 >= note.sentences.size()) return 0;
  const Span next = note.sentences[s + 1];
  uint16_t section = section_of(note.sections, phrase.begin);
  if (section != kNoSection && next.begin >= note.sections[section].whole().end) return 0;
  if (starts_with_heading(note.view, next)) return 0;
  uint32_t sites = 0;
  auto first = first_hit_from(note, next.begin);
  for (auto it = first; it != note.hits.end() && it->span.begin < next.end; ++it) {
    const lexicon::Pattern& p = lex.patterns[it->pattern];
    if (p.kind == PatternKind::kSite) sites |= uint32_t{1} << p.target;
  }
  return sites;
}

// The sites of the first sentence of the note that names one.
uint32_t note_topic(const lexicon::Lexicon& lex, const NoteText& note) {
  uint32_t topic = 0;
  Span sentence{0, 0};
  for (const match::Hit& h : note.hits) {
    const lexicon::Pattern& p = lex.patterns[h.pattern];
    if (p.kind != PatternKind::kSite) continue;
    if (topic == 0) {
      sentence = note.sentences.empty() ? Span{0, static_cast<uint32_t>(note.view.size())}
                                        : note.sentences[sentence_of(note.sentences, h.span.begin)];
    } else if (h.span.begin >= sentence.end) {
      break;
    }
    topic |= uint32_t{1} << p.target;
  }
  return topic;
}

// Whether evidence at `span` counts for an element, by the element's scope: not in an
// excluded section, and about one of its sites when it names sites (what names no site at
// all counts).
bool counts_for(const lexicon::Lexicon& lex, const NoteText& note, uint16_t element, Span span,
                uint32_t topic) {
  if (lex.element_scopes.empty()) return true;
  const lexicon::ElementScope& scope = lex.element_scopes[element];
  if (!scope.except_sections.empty()) {
    uint16_t section = section_of(note.sections, span.begin);
    if (section != kNoSection &&
        std::binary_search(scope.except_sections.begin(), scope.except_sections.end(),
                           note.sections[section].name_index))
      return false;
  }
  if (scope.about == 0) return true;
  if (scope.about_near) {
    uint32_t sites = sites_about(lex, note, span, 0, false);
    if (sites == 0) sites = sites_of_next_sentence(lex, note, span);
    // A templated field ("Onset: 1 week ago", "Functional impact: ...") is about the
    // complaint the template opened with.
    if (sites == 0 && !note.sentences.empty() &&
        starts_with_heading(note.view, note.sentences[sentence_of(note.sentences, span.begin)]))
      sites = topic;
    // A note that names no site at all says nothing to the contrary ("Pain began three
    // weeks ago.").
    if (sites == 0 && topic == 0) return true;
    return (sites & scope.about) != 0;
  }
  uint32_t sites = sites_about(lex, note, span, topic, scope.about_sentence);
  return sites == 0 || (sites & scope.about) != 0;
}

// The note's hits without the region phrases a region `not` phrase overlaps, nor the `not`
// phrases themselves ("cervical" in "cervical lymphadenopathy" names no spine). Returns
// `hits` itself when it holds no region `not` phrase, as nearly every note does.
std::span<const match::Hit> drop_regions_named_not(const lexicon::Lexicon& lex,
                                                   std::span<const match::Hit> hits,
                                                   std::vector<Span>* nots,
                                                   std::vector<match::Hit>* kept) {
  nots->clear();
  for (const match::Hit& h : hits) {
    const lexicon::Pattern& p = lex.patterns[h.pattern];
    if (p.kind == PatternKind::kRegion && p.excludes) nots->push_back(h.span);
  }
  if (nots->empty()) return hits;
  kept->clear();
  for (const match::Hit& h : hits) {
    const lexicon::Pattern& p = lex.patterns[h.pattern];
    if (p.kind == PatternKind::kRegion &&
        (p.excludes ||
         std::any_of(nots->begin(), nots->end(), [&](Span n) { return n.overlaps(h.span); })))
      continue;
    kept->push_back(h);
  }
  return *kept;
}

}  // namespace

void build_evidence(const lexicon::Lexicon& lex, const NoteText& given, EvidenceScratch* scratch,
                    NoteEvidence* out) {
  NoteText note = given;
  note.hits = drop_regions_named_not(lex, given.hits, &scratch->region_nots, &scratch->kept_hits);
  out->findings.clear();
  out->elements.assign(lex.elements.size(), ElementEvidence{});
  const uint32_t topic = note_topic(lex, note);

  // Mentions: finding hits, with overlapping hits of one concept merged into one mention
  // that spans them all.
  scratch->mentions.clear();
  scratch->mention_flags.clear();
  scratch->causes.clear();
  scratch->cause_patterns.clear();
  scratch->concept_reach.assign(lex.concepts.size(), 0);
  scratch->concept_last_mention.assign(lex.concepts.size(), 0);
  // Phrases that are not their concept ("stress urinary incontinence"), in text order.
  std::vector<match::Hit>& exclusions = scratch->exclusions;
  exclusions.clear();
  for (const match::Hit& h : note.hits)
    if (lex.patterns[h.pattern].excludes) exclusions.push_back(h);
  auto excluded = [&](const match::Hit& h, const lexicon::Pattern& of) {
    // An exclusion overlapping h begins before h ends; hits are not longer than a
    // sentence, so looking back over the exclusions that begin before h ends is enough.
    auto it =
        std::lower_bound(exclusions.begin(), exclusions.end(), h.span.end,
                         [](const match::Hit& x, uint32_t pos) { return x.span.begin < pos; });
    while (it != exclusions.begin()) {
      --it;
      const lexicon::Pattern& x = lex.patterns[it->pattern];
      if (it->span.overlaps(h.span) && x.kind == of.kind && x.target == of.target) return true;
      if (h.span.begin > it->span.end + kMaxExclusionBytes) break;
    }
    return false;
  };
  // Whether the note is about a spine at all: bare words marked `spine_note` ("stenosis",
  // "herniated") are findings only then. A region phrase not marked `local` says so, and so
  // does a range of levels ("L4-5", "C5/6"); a single level does not, being as often a
  // heart sound ("S1, S2") or an MRI weighting ("T2 signal").
  bool names_spine = false;
  for (const text::Token& t : note.tokens) {
    if (t.kind != text::TokenKind::kLevel) continue;
    std::string_view level = t.span.in(note.view);
    if (level.find_first_of("-/") != std::string_view::npos) {
      names_spine = true;
      break;
    }
  }
  for (size_t i = 0; !names_spine && i < note.hits.size(); ++i) {
    const lexicon::Pattern& p = lex.patterns[note.hits[i].pattern];
    names_spine = p.kind == PatternKind::kRegion && !p.region_local;
  }
  // Whether a hit of a finding phrase (not a cause) stands as a mention of its concept: not
  // a `not` phrase nor overlapped by one, and, for a bare word that needs it, in a note about
  // the spine. (`note_names` is checked apart, against the concepts that stand.)
  auto stands = [&](const match::Hit& h, const lexicon::Pattern& p) {
    return !p.excludes && (exclusions.empty() || !excluded(h, p)) &&
           (!p.needs_spine_note || names_spine);
  };
  // The concepts the note has a phrase of, for phrases that count only beside one
  // (`note_names`): a phrase that stands, that does not report its concept absent and is not
  // itself so conditioned. Found when the first such phrase needs it: most notes have none.
  std::vector<uint8_t>& named = scratch->concept_named;
  bool named_known = false;
  auto note_names_one = [&](const lexicon::Pattern& p) {
    if (!named_known) {
      named.assign(lex.concepts.size(), 0);
      for (const match::Hit& h : note.hits) {
        const lexicon::Pattern& q = lex.patterns[h.pattern];
        if (q.kind == PatternKind::kFinding && q.cause == lexicon::Pattern::Cause::kNone &&
            !q.negated && q.note_names.empty() && stands(h, q))
          named[q.target] = 1;
      }
      named_known = true;
    }
    for (uint16_t c : p.note_names)
      if (named[c] != 0) return true;
    return false;
  };
  for (const match::Hit& h : note.hits) {
    const lexicon::Pattern& p = lex.patterns[h.pattern];
    if (p.kind == PatternKind::kElement) {
      if (p.excludes || (!exclusions.empty() && excluded(h, p))) continue;
      if (!counts_for(lex, note, p.target, h.span, topic)) continue;
      ElementEvidence& e = out->elements[p.target];
      e.present = true;
      if (e.evidence.empty() || !e.evidence.back().overlaps(h.span)) e.evidence.push_back(h.span);
      continue;
    }
    if (p.kind != PatternKind::kFinding || !stands(h, p)) continue;
    if (p.cause != lexicon::Pattern::Cause::kNone) {
      // Asserted as an unknown phrase: "only=" cues of its concept speak of mentions of it.
      scratch->causes.push_back({h.span, sentence_of(note.sentences, h.span.begin),
                                 context::kUnknownConcept, context::kNoPattern});
      scratch->cause_patterns.push_back(h.pattern);
      continue;
    }
    if (!p.note_names.empty() && !note_names_one(p)) continue;
    // Hits come ordered by begin, so a hit overlaps an earlier mention of its concept
    // exactly when it starts before the furthest end reached by that concept so far.
    uint32_t& reach = scratch->concept_reach[p.target];
    if (h.span.begin < reach) {
      // The mention grows to cover every hit it merged ("after lifting" and "lifting a
      // heavy box" are one mention, "after lifting a heavy box").
      const uint32_t last = scratch->concept_last_mention[p.target];
      context::Mention& merged = scratch->mentions[last];
      merged.span.end = std::max(merged.span.end, h.span.end);
      if (p.negated) merged.negated_by = h.pattern;
      if (p.region_from_report) scratch->mention_flags[last] |= kReportsRegion;
      if (!p.names_by_treatment) scratch->mention_flags[last] &= ~kByTreatment;
      reach = std::max(reach, h.span.end);
      continue;
    }
    reach = h.span.end;
    scratch->concept_last_mention[p.target] = static_cast<uint32_t>(scratch->mentions.size());
    scratch->mentions.push_back({h.span, sentence_of(note.sentences, h.span.begin), p.target,
                                 p.negated ? h.pattern : context::kNoPattern});
    scratch->mention_flags.push_back(static_cast<uint8_t>(
        (p.region_from_report ? kReportsRegion : 0) | (p.names_by_treatment ? kByTreatment : 0)));
  }

  // Cause phrases go through the context stage with the mentions, after them.
  const size_t mention_count = scratch->mentions.size();
  scratch->mentions.insert(scratch->mentions.end(), scratch->causes.begin(), scratch->causes.end());
  context::NoteContext ctx{note.view, note.tokens, note.sentences, note.hits, note.sections};
  context::assert_mentions(lex, ctx, scratch->mentions, &scratch->context, &scratch->assertions);
  scratch->mentions.resize(mention_count);
  // A concept whose mentions the note explains by another cause, and not by its own.
  // A cause that makes them a goal (`other_cause=hypothetical`) is kept for the cue.
  scratch->explained.assign(lex.concepts.size(), 0);
  scratch->explained_by.assign(lex.concepts.size(), UINT32_MAX);
  constexpr uint8_t kOtherCause = 1, kOwnCause = 2, kGoalCause = 4;
  for (size_t c = 0; c < scratch->causes.size(); ++c) {
    const context::Assertion& a = scratch->assertions[mention_count + c];
    const lexicon::Pattern& p = lex.patterns[scratch->cause_patterns[c]];
    // A cause the note affirms or weighs ("may be due to prostate enlargement") explains;
    // one only planned or warned of does not, except a goal ("evaluation for gastric
    // bypass"). A concept's own cause holds even when only weighed or warned of ("rule
    // out cauda equina"), so that a doubt never hides a red flag.
    if (a.negated || a.experiencer != context::Experiencer::kPatient) continue;
    if (a.hypothetical && p.cause == lexicon::Pattern::Cause::kOther) continue;
    switch (p.cause) {
      case lexicon::Pattern::Cause::kOther:
        scratch->explained[p.target] |= kOtherCause;
        break;
      case lexicon::Pattern::Cause::kOtherHypothetical:
        scratch->explained[p.target] |= kGoalCause;
        if (scratch->explained_by[p.target] == UINT32_MAX)
          scratch->explained_by[p.target] = static_cast<uint32_t>(c);
        break;
      default:
        scratch->explained[p.target] |= kOwnCause;
    }
  }

  // Region headings ("CERVICAL SPINE:") in text order, and the one spine the note names.
  std::vector<match::Hit>& headings = scratch->region_headings;
  headings.clear();
  lexicon::Region note_region = lexicon::Region::kUnknown;
  bool note_regions_differ = false;
  for (const match::Hit& h : note.hits) {
    const lexicon::Pattern& p = lex.patterns[h.pattern];
    if (p.kind != PatternKind::kRegion) continue;
    if (p.region_scope == lexicon::Pattern::RegionScope::kHeading) headings.push_back(h);
    if (p.region_scope != lexicon::Pattern::RegionScope::kNote) continue;
    auto r = static_cast<lexicon::Region>(p.target);
    if (note_region != lexicon::Region::kUnknown && note_region != r) note_regions_differ = true;
    note_region = r;
  }
  if (note_regions_differ) note_region = lexicon::Region::kUnknown;
  // Without one spine named, the region the note's levels and region words keep to: an
  // anterior cervical discectomy names C5-C6 and "cervical" throughout, and may name
  // another spine in passing ("MRI of the thoracic spine was unremarkable"). One region
  // must hold nearly every vote (lumbar and lumbosacral count as one low back), or none.
  if (note_region == lexicon::Region::kUnknown) {
    uint32_t votes[lexicon::kRegionCount] = {};
    for (const text::Token& t : note.tokens)
      if (t.kind == text::TokenKind::kLevel)
        ++votes[static_cast<int>(region_of_level(normalize_level(t.span.in(note.view))))];
    // One vote per region mention: "thoracic spine" is a region word and a spine named.
    uint32_t counted_to = 0;
    for (const match::Hit& h : note.hits) {
      const lexicon::Pattern& p = lex.patterns[h.pattern];
      if (p.kind != PatternKind::kRegion || p.region_local || h.span.begin < counted_to) continue;
      ++votes[p.target];
      counted_to = h.span.end;
    }
    votes[static_cast<int>(lexicon::Region::kUnknown)] = 0;
    const auto lumbar = static_cast<int>(lexicon::Region::kLumbar);
    const auto lumbosacral = static_cast<int>(lexicon::Region::kLumbosacral);
    uint32_t total = 0, best = 0;
    int best_region = 0;
    for (int r = 1; r < lexicon::kRegionCount; ++r) {
      total += votes[r];
      uint32_t family =
          (r == lumbar || r == lumbosacral) ? votes[lumbar] + votes[lumbosacral] : votes[r];
      if (family > best || (family == best && votes[r] > votes[best_region])) {
        best = family;
        best_region = r;
      }
    }
    if (best_region == lumbosacral && votes[lumbar] >= votes[lumbosacral]) best_region = lumbar;
    // A note whose levels and region words all name the neck and the chest (a cervical
    // MRI that reads T1-T4 too) is no low back note: its majority holds when it has two
    // votes in three.
    const uint32_t low_back =
        votes[lumbar] + votes[lumbosacral] + votes[static_cast<int>(lexicon::Region::kSacral)];
    if (total >= kNoteRegionMinVotes &&
        (best * 10 >= total * 9 || (low_back == 0 && best * 3 >= total * 2)))
      note_region = static_cast<lexicon::Region>(best_region);
  }
  // The note's typed tables: most notes have none, and then no finding looks for its line.
  find_tables(lex, note.view, &scratch->tables);
  // Level headings of a read ("L4-5: There is a broad-based disc bulge."): a level that
  // starts a line or sentence and is followed by ':' places what follows it.
  std::vector<LevelHeading>& level_headings = scratch->level_headings;
  level_headings.clear();
  for (size_t t = 0; t + 1 < note.tokens.size(); ++t) {
    const text::Token& tok = note.tokens[t];
    if (tok.kind != text::TokenKind::kLevel || note.view[note.tokens[t + 1].span.begin] != ':')
      continue;
    if (t > 0 && note.tokens[t - 1].kind != text::TokenKind::kPunct &&
        note.tokens[t - 1].kind != text::TokenKind::kNewline)
      continue;
    std::string level = normalize_level(tok.span.in(note.view));
    if (!level.empty()) level_headings.push_back({tok.span, std::move(level)});
  }

  const std::vector<context::Mention>& mentions = scratch->mentions;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const context::Mention& m = mentions[i];
    Span sentence = note.sentences.empty() ? Span{0, static_cast<uint32_t>(note.view.size())}
                                           : note.sentences[m.sentence];
    const uint8_t explained = scratch->explained[m.concept_id];
    const bool by_own_cause = (explained & kOwnCause) != 0;
    if (!by_own_cause && (explained & kOtherCause) != 0 && !scratch->assertions[i].negated)
      continue;
    Finding f;
    f.concept_id = m.concept_id;
    f.span = m.span;
    f.section = section_of(note.sections, m.span.begin);
    f.by_treatment = (scratch->mention_flags[i] & kByTreatment) != 0;
    f.assertion = std::move(scratch->assertions[i]);
    if (!by_own_cause && (explained & kGoalCause) != 0 && !f.assertion.negated &&
        !f.assertion.hypothetical) {
      // The cause is the cue: "dietary consultation" for "down 6 pounds".
      const uint32_t c = scratch->explained_by[m.concept_id];
      f.assertion.hypothetical = true;
      add_cue(&f.assertion, {lexicon::CueCategory::kHypothetical, scratch->cause_patterns[c],
                             scratch->causes[c].span});
    }
    // A value under an earlier visit's column of a typed table is that visit's, under a
    // goal's a goal; the header cell is the cue ("| L EHL | 4/5 | 5/5 |" under "| | IE |
    // Today |"). What another visit's cells say is not said of this one.
    const ColumnReading columns = read_table_columns(lex, note.view, scratch->tables, m.span);
    if (columns.in_table) drop_other_visit_cues(lex, note.view, columns, &f.assertion);
    if (columns.in_table) take_row_answer(lex, note, columns, &f.assertion);
    if (columns.time == lexicon::TableColumnKind::kEarlier ||
        columns.time == lexicon::TableColumnKind::kGoal) {
      const lexicon::CueCategory category = columns.time == lexicon::TableColumnKind::kEarlier
                                                ? lexicon::CueCategory::kHistorical
                                                : lexicon::CueCategory::kHypothetical;
      if (!context::has_category(f.assertion, category)) {
        context::set_category(&f.assertion, category, true);
        add_cue(&f.assertion, {category, context::kSectionDefault, columns.time_header});
      }
    }
    const lexicon::Concept& concept_info = lex.concepts[f.concept_id];
    f.active = is_active(f.assertion, concept_info.historical_counts);
    // The text between this mention and its neighbours: its own words can be no further.
    // Mentions come ordered by begin; a few of the earlier ones are enough to find the
    // nearest end before it (they rarely nest).
    Span free{0, static_cast<uint32_t>(note.view.size())};
    for (size_t j = i + 1; j < mentions.size(); ++j)
      if (mentions[j].span.begin >= m.span.end) {
        free.end = mentions[j].span.begin;
        break;
      }
    for (size_t j = i, looked = 0; j > 0 && looked < 8; --j, ++looked)
      if (mentions[j - 1].span.end <= m.span.begin)
        free.begin = std::max(free.begin, mentions[j - 1].span.end);
    const AttachedWords attached = attached_words(lex, note, m.span, sentence, free);
    const Span window = attached.own;
    // The side of a table's column beats the words around: the header names it for the
    // values under it. A normal report reads every value it covers ("| Hip flex | 5/5 |
    // 5/5 |" under "| | R | L |": both sides), a deficit its last ("| Ankle DF | 5/5 |
    // 4+/5 |": the left).
    const Laterality column_side =
        m.negated_by != context::kNoPattern ? columns.sides : columns.last_side;
    if (!concept_info.unsided) {
      f.laterality = column_side != Laterality::kNone
                         ? column_side
                         : find_laterality(lex, note, m.span, attached.side());
      // A value read alone has the side its row's label names ("| L EHL | 4/5 | 4+/5 |").
      if (f.laterality == Laterality::kNone && columns.in_table &&
          m.span.begin >= columns.label.end)
        f.laterality = find_laterality(lex, note, columns.label, columns.label);
    }
    f.level = find_level(note, m.span, window, sentence);
    if (f.level.empty() && concept_info.regional)
      f.level = sentence_opening_level(note, m.span, sentence);
    if (f.level.empty()) {
      // The last level heading before the mention, in its section and within reach.
      auto h =
          std::lower_bound(level_headings.begin(), level_headings.end(), m.span.begin,
                           [](const LevelHeading& x, uint32_t pos) { return x.span.begin < pos; });
      if (h != level_headings.begin()) {
        --h;
        if (m.span.begin - h->span.end <= kLevelHeadingReach &&
            section_of(note.sections, h->span.begin) == f.section)
          f.level = h->level;
      }
    }
    if (concept_info.regional) {
      const Span clause = clause_of(note, m.span, window, sentence, free);
      f.region = find_region(lex, note, m.span, attached.region(), clause, f.level);
      const bool region_from_report =
          concept_info.region_from_report || (scratch->mention_flags[i] & kReportsRegion) != 0;
      if (f.region == lexicon::Region::kUnknown && region_from_report) {
        auto h =
            std::lower_bound(headings.begin(), headings.end(), m.span.begin,
                             [](const match::Hit& x, uint32_t pos) { return x.span.begin < pos; });
        if (h != headings.begin() &&
            section_of(note.sections, std::prev(h)->span.begin) == f.section)
          f.region = static_cast<lexicon::Region>(lex.patterns[std::prev(h)->pattern].target);
      }
      if (f.region == lexicon::Region::kUnknown && region_from_report) f.region = note_region;
    }
    out->findings.push_back(std::move(f));
  }

  // Elements that findings document (vocabulary `findings=` / `negated_findings=`):
  // "denies saddle numbness" documents red_flag_screen. A relative's finding documents
  // nothing of the patient's evaluation: "no family history of colon cancer" is no cancer
  // screen of the patient.
  bool derived_any = false;
  for (const Finding& f : out->findings) {
    if (f.assertion.experiencer != context::Experiencer::kPatient) continue;
    for (const lexicon::ElementLink& link : lex.concept_elements[f.concept_id]) {
      if (link.when == lexicon::LinkWhen::kNegated && !f.assertion.negated) continue;
      if (link.when == lexicon::LinkWhen::kAffirmed &&
          (f.assertion.negated || f.assertion.hypothetical))
        continue;
      if (!counts_for(lex, note, link.element, f.span, topic)) continue;
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
