#include "match/matcher.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include <oneapi/tbb/parallel_for.h>

#include "io/utf8.h"
#include "match/leading_words.h"
#include "match/word_bytes.h"

namespace dxaudit::match {

namespace {

// Letters, digits and '_' (which RE2's \b also counts as a word character).
bool is_word_at(std::string_view s, size_t pos) {
  if (s[pos] == '_') return true;
  char32_t cp;
  io::decode_utf8(s, pos, &cp);
  return io::is_word_code_point(cp);
}

// Start of the code point that ends just before `pos` (the view is valid UTF-8).
size_t previous_code_point(std::string_view s, size_t pos) {
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return p;
}

// RE2's \s.
bool is_regex_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// Where the next word of a literal phrase may start after the one that ends at `i`: past
// the separator that pattern_to_regex puts between words -- a run of spaces, or a hyphen
// with optional spaces around it -- or npos when the text has none there.
size_t after_separator(std::string_view view, size_t i, size_t limit) {
  size_t j = i;
  while (j < limit && is_regex_space(view[j])) ++j;
  if (j < limit && view[j] == '-') {
    ++j;
    while (j < limit && is_regex_space(view[j])) ++j;
  } else if (j == i) {
    return std::string_view::npos;
  }
  return j;
}

// End of `words` spelled from `begin` (not past `limit`) with the separators that
// pattern_to_regex puts between words -- a run of spaces, or a hyphen with optional spaces
// around it -- or 0 when the text does not spell them there.
// `first` is the word to start with, at `begin` (0: the phrase's first word). The words are
// short: a byte loop is cheaper than a call to memcmp for each.
size_t match_literal_words(std::string_view view, size_t begin, size_t limit,
                           const std::vector<std::string>& words, size_t first = 0) {
  size_t i = begin;
  for (size_t w = first; w < words.size(); ++w) {
    if (w > first) {
      i = after_separator(view, i, limit);
      if (i == std::string_view::npos) return 0;
    }
    const std::string& word = words[w];
    if (limit - i < word.size()) return 0;
    for (size_t k = 0; k < word.size(); ++k)
      if (view[i + k] != word[k]) return 0;
    i += word.size();
  }
  return i;
}

size_t next_code_point(std::string_view s, size_t pos) {
  char32_t cp;
  return pos + io::decode_utf8(s, pos, &cp);
}

// is_word_at() with an ASCII fast path.
bool word_at(std::string_view s, size_t pos) {
  auto c = static_cast<unsigned char>(s[pos]);
  return c < 0x80 ? is_ascii_word_byte(c) : is_word_at(s, pos);
}

bool aligned(std::string_view s, size_t begin, size_t end) {
  if (begin > 0 && word_at(s, begin) && word_at(s, previous_code_point(s, begin))) return false;
  if (end < s.size() && word_at(s, end) && word_at(s, previous_code_point(s, end))) return false;
  return true;
}

// End of the run of word characters from `pos`.
size_t word_end(std::string_view s, size_t pos, size_t limit) {
  size_t i = pos;
  while (i < limit) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!is_ascii_word_byte(c)) break;
      ++i;
    } else {
      if (!is_word_at(s, i)) break;
      i = std::min(limit, next_code_point(s, i));
    }
  }
  return i;
}

// The first byte from `pos` that is not a space or a tab, as lower case; 256 when there is
// none before `limit` (leading_words.h: what MatchStart::next is about).
int byte_after_spaces(std::string_view s, size_t pos, size_t limit) {
  while (pos < limit && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  if (pos >= limit) return 256;
  const auto c = static_cast<unsigned char>(s[pos]);
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

// End of the index key that starts at `pos`: the run of word characters there, or the one
// other character there. A literal phrase is filed under the key at the start of its first
// word; an aligned match of it can only begin where the text has the same key (a phrase
// that starts with a letter starts a word of the text, and that word starts with the same
// run of letters).
size_t key_end(std::string_view s, size_t pos, size_t limit) {
  if (!word_at(s, pos)) return std::min(limit, next_code_point(s, pos));
  return word_end(s, pos, limit);
}

}  // namespace

void Matcher::find_pattern(std::string_view view, Span range, uint32_t pattern,
                           std::vector<Hit>* hits) const {
  const std::vector<std::string>& words = lexicon_.patterns[pattern].literal_words;
  if (!words.empty()) {
    // Literal phrases are most of the hits ("no", "left", "history of"): substring searches
    // and the alignment check find exactly what their regex would, at a fraction of the
    // cost of a regex call.
    std::string_view sentence = range.in(view);
    for (size_t at = sentence.find(words[0]); at != std::string_view::npos;
         at = sentence.find(words[0], at + 1)) {
      size_t begin = range.begin + at;
      size_t end = match_literal_words(view, begin, range.end, words);
      if (end == 0 || !aligned(view, begin, end)) continue;
      hits->push_back({pattern, Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}});
      at = end - range.begin - 1;
    }
    return;
  }
  const re2::RE2& re = *regexes_[pattern];
  size_t pos = range.begin;
  re2::StringPiece m;
  // The whole view is the context, so \b and alignment see the characters around the range.
  while (pos < range.end && re.Match(view, pos, range.end, re2::RE2::UNANCHORED, &m, 1)) {
    const auto begin = static_cast<size_t>(m.data() - view.data());
    pos = take_match(view, re, pattern, begin, begin + m.size(), hits);
  }
}

void Matcher::try_starts(std::string_view view, Span range, MatchScratch* scratch,
                         std::vector<Hit>* hits) const {
  // The same hits as find_pattern() for each pattern: its unanchored search goes from the
  // leftmost start of a match to the next, and a match that starts at none of the noted
  // starts is no aligned hit (leading_words.h), so it only ever moved the search on by one
  // character. The starts come in text order; each pattern's next try is past its last hit.
  std::vector<uint32_t>& from = scratch->pattern_end;
  re2::StringPiece m;
  for (const PatternStart& s : scratch->starts) {
    if (s.at < from[s.pattern]) continue;
    const re2::RE2& re = *regexes_[s.pattern];
    if (!re.Match(view, s.at, range.end, re2::RE2::ANCHOR_START, &m, 1)) continue;
    if (from[s.pattern] == 0) scratch->touched.push_back(s.pattern);
    from[s.pattern] =
        static_cast<uint32_t>(take_match(view, re, s.pattern, s.at, s.at + m.size(), hits));
  }
  for (uint32_t p : scratch->touched) from[p] = 0;
  scratch->touched.clear();
}

size_t Matcher::take_match(std::string_view view, const re2::RE2& re, uint32_t pattern,
                           size_t begin, size_t end, std::vector<Hit>* hits) const {
  re2::StringPiece m;
  // Shrink an unaligned match: a shorter alternative at the same start may be aligned.
  while (end > begin && !aligned(view, begin, end)) {
    if (!re.Match(view, begin, end - 1, re2::RE2::ANCHOR_START, &m, 1)) {
      end = begin;
      break;
    }
    end = begin + m.size();
  }
  // A capturing group marks the phrase; the rest of the match is context it needs
  // ("absent" followed by the end of the clause). The group must be aligned too.
  Span hit{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  if (end > begin && re.NumberOfCapturingGroups() > 0) {
    re2::StringPiece parts[2];
    hit.end = hit.begin;  // no phrase unless the group gives an aligned one
    if (re.Match(view, begin, end, re2::RE2::ANCHOR_BOTH, parts, 2) && !parts[1].empty()) {
      const auto phrase = static_cast<uint32_t>(parts[1].data() - view.data());
      const Span group{phrase, static_cast<uint32_t>(phrase + parts[1].size())};
      if (aligned(view, group.begin, group.end)) hit = group;
    }
  }
  if (hit.end > hit.begin) {
    hits->push_back({pattern, hit});
    return std::max<size_t>(hit.end, next_code_point(view, begin));
  }
  return next_code_point(view, begin);
}

namespace {

void sort_hits(std::vector<Hit>* hits) {
  std::sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.pattern < b.pattern;
  });
}

}  // namespace

Matcher::Matcher(const lexicon::Lexicon& lexicon, Scope scope, const CompiledExpressions* compiled)
    : lexicon_(lexicon), scope_(scope) {
  std::vector<bool> restricted(lexicon_.concepts.size(), false);
  for (const lexicon::Pattern& p : lexicon_.patterns) {
    for (uint16_t c : p.only_concepts) restricted[c] = true;
    for (uint16_t c : p.except_concepts) restricted[c] = true;
  }
  in_scope_.resize(lexicon_.patterns.size());
  for (uint32_t p = 0; p < lexicon_.patterns.size(); ++p) {
    const lexicon::Pattern& pattern = lexicon_.patterns[p];
    switch (scope_) {
      case Scope::kAll:
        in_scope_[p] = true;
        break;
      case Scope::kCues:
        in_scope_[p] = lexicon::in_assertion_set(pattern);
        break;
      case Scope::kRestrictedConcepts:
        in_scope_[p] = pattern.kind == lexicon::PatternKind::kFinding &&
                       pattern.cause == lexicon::Pattern::Cause::kNone &&
                       restricted[pattern.target];
        break;
    }
  }
  // Each `re:` pattern in scope, compiled once; literal phrases need no regex of their own.
  regexes_.resize(lexicon_.patterns.size());
  for (uint32_t p = 0; p < lexicon_.patterns.size(); ++p) {
    const lexicon::Pattern& pattern = lexicon_.patterns[p];
    if (!in_scope_[p] || !pattern.literal_words.empty()) continue;
    if (compiled != nullptr) regexes_[p] = compiled->regex(p);
    if (regexes_[p] != nullptr) continue;
    re2::RE2::Options options;
    options.set_log_errors(false);
    options.set_longest_match(true);
    regexes_[p] = std::make_shared<const re2::RE2>(lexicon_.regex_sources[p], options);
  }
  auto wanted = [&](uint32_t p) { return static_cast<bool>(in_scope_[p]); };
  literal_heads_.resize(lexicon_.patterns.size());
  for (uint32_t p = 0; p < lexicon_.patterns.size(); ++p) {
    if (!wanted(p)) continue;
    const std::vector<std::string>& words = lexicon_.patterns[p].literal_words;
    if (words.empty()) continue;
    const std::string& first = words[0];
    literal_index_.add(std::string_view(first).substr(0, key_end(first, 0, first.size())), p);
    literal_heads_[p] = {static_cast<uint32_t>(first.size()),
                         words.size() > 1 && !words[1].empty() ? words[1][0] : '\0'};
  }
  // An `re:` pattern that must begin with one of a few words is tried where they start
  // (try_starts), found on the literal phrases' pass over the sentence, unless the text
  // goes on there with a byte the pattern cannot read next. Most of these byte sets are
  // shared (a fifth are distinct), and are kept once each.
  has_leading_words_.resize(lexicon_.patterns.size());
  next_bytes_.assign(1, std::bitset<257>().set());
  std::unordered_map<std::string, uint32_t> next_index{{next_bytes_[0].to_string(), 0}};
  next_keys_.assign(1, {});
  std::map<std::vector<uint64_t>, uint32_t> keys_index;
  for (uint32_t p = 0; p < lexicon_.patterns.size(); ++p) {
    if (!wanted(p) || !lexicon_.patterns[p].literal_words.empty()) continue;
    std::optional<MatchStart> start = match_start(lexicon_.regex_sources[p], kMaxLeadingWords);
    if (!start) continue;
    for (size_t w = 0; w < start->words.size(); ++w) {
      const std::bitset<257> next = start->next[w].value_or(next_bytes_[0]);
      auto [at, added] = next_index.try_emplace(next.to_string(), next_bytes_.size());
      if (added) next_bytes_.push_back(next);
      uint32_t keys = 0;
      if (start->next_keys[w]) {
        std::vector<uint64_t> hashes;
        for (const std::string& key : *start->next_keys[w])
          hashes.push_back(LiteralIndex::hash(key));
        std::sort(hashes.begin(), hashes.end());
        auto [known, added_keys] =
            keys_index.try_emplace(hashes, static_cast<uint32_t>(next_keys_.size()));
        if (added_keys) next_keys_.push_back(std::move(hashes));
        keys = known->second;
      }
      literal_index_.add(start->words[w],
                         static_cast<uint32_t>(leading_words_.size()) | kStartsHere);
      leading_words_.push_back({p, at->second, false, keys});
    }
    has_leading_words_[p] = true;
  }
  literal_index_.finish();
  std::vector<std::string> sources;
  for (uint32_t p = 0; p < lexicon_.patterns.size(); ++p) {
    if (!wanted(p) || !lexicon_.patterns[p].literal_words.empty()) continue;
    regex_patterns_.push_back(p);
    sources.push_back(lexicon_.regex_sources[p]);
  }
  if (regex_patterns_.empty()) return;
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_longest_match(true);
  std::string error;  // the lexicon has checked the expressions with FilteredRE2 already
  std::vector<uint32_t> unfiltered;
  // Per pattern: tried wherever its leading words start, with no prefilter before.
  std::vector<bool> tried_at_starts(lexicon_.patterns.size());
  if (scope_ == Scope::kRestrictedConcepts) {
    // This matcher reads a target's own few words, where an expression's leading words
    // start once or not at all: each is tried there, with no prefilter, whose analysis cost
    // more at start-up than a 500,000-row assert run spends here on the tries
    // (docs/performance.md). The few without leading words go in the set.
    for (uint32_t e = 0; e < regex_patterns_.size(); ++e) {
      if (has_leading_words_[regex_patterns_[e]])
        tried_at_starts[regex_patterns_[e]] = true;
      else
        unfiltered.push_back(e);
    }
  } else {
    // An expression with neither atoms nor leading words is analysed again with shorter
    // atoms ("hx", "s1"): the set that holds the rest costs every sentence, and more in a
    // scan than its DFA alone would (its states compete for the cache with everything
    // else), where a short atom costs only the sentences that hold it (docs/performance.md).
    std::vector<int> retry(regex_patterns_.size(), 0);
    for (uint32_t e = 0; e < regex_patterns_.size(); ++e)
      if (!has_leading_words_[regex_patterns_[e]]) retry[e] = kShortestAtomLength;
    // The full scope's analyses are the load's, when it kept them with atoms of this
    // length (CompiledExpressions): made there, they cost no second compile.
    std::vector<const PrefilterAnalysis*> analyses;
    std::vector<PrefilterAnalysis> shorter(regex_patterns_.size());
    if (scope_ == Scope::kAll && compiled != nullptr && compiled->atom_length() == kMinAtomLength) {
      analyses.resize(regex_patterns_.size());
      tbb::parallel_for(size_t{0}, regex_patterns_.size(), [&](size_t e) {
        analyses[e] = compiled->analysis(regex_patterns_[e]);
        if (analyses[e] == nullptr || analyses[e]->refused || !analyses[e]->clauses.empty() ||
            retry[e] == 0)
          return;
        shorter[e] = RegexPrefilter::analyse(sources[e], options, retry[e]);
        if (!shorter[e].refused) analyses[e] = &shorter[e];
      });
      if (std::find(analyses.begin(), analyses.end(), nullptr) != analyses.end()) analyses.clear();
    }
    regex_prefilter_ =
        !analyses.empty()
            ? RegexPrefilter::build(analyses, sources, &error)
            : RegexPrefilter::build(sources, options,
                                    scope_ == Scope::kCues ? kCueMinAtomLength : kMinAtomLength,
                                    &error, retry);
    if (regex_prefilter_) {
      // Without atoms, an expression whose leading words say what it reads next is tried
      // where they start and the text goes on so: for most such words ("in", "for", ",")
      // that is a few places a sentence, cheaper than the set's pass over every sentence.
      for (uint32_t e : regex_prefilter_->unfiltered()) {
        if (has_leading_words_[regex_patterns_[e]])
          tried_at_starts[regex_patterns_[e]] = true;
        else
          unfiltered.push_back(e);
      }
    } else {
      for (uint32_t e = 0; e < regex_patterns_.size(); ++e) unfiltered.push_back(e);
    }
  }
  for (LeadingWord& leading : leading_words_)
    leading.tried_always = tried_at_starts[leading.pattern];
  // Expressions without atoms go through a set of their own.
  options.set_longest_match(false);
  options.set_max_mem(int64_t{64} << 20);
  auto set = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
  for (uint32_t e : unfiltered) {
    set->Add(sources[e], &error);  // accepted by the lexicon's set already
    unfiltered_patterns_.push_back(regex_patterns_[e]);
  }
  // A set too large to compile leaves unfiltered_set_ null: then each of its expressions
  // is searched in every sentence, slower but nothing lost.
  if (!unfiltered_patterns_.empty() && set->Compile()) unfiltered_set_ = std::move(set);
}

Matcher::~Matcher() = default;

void Matcher::find_literals(std::string_view view, Span sentence, MatchScratch* scratch,
                            std::vector<Hit>* hits) const {
  std::vector<uint32_t>& pattern_end = scratch->pattern_end;
  if (pattern_end.size() < lexicon_.patterns.size()) pattern_end.resize(lexicon_.patterns.size());
  const std::vector<uint32_t>& chosen = scratch->chosen;
  const uint32_t sentence_stamp = scratch->sentence;
  scratch->starts.clear();
  size_t i = sentence.begin;
  const size_t stop = sentence.end;
  while (i < stop) {
    const auto c = static_cast<unsigned char>(view[i]);
    // The key at i (key_end), and where the next one may start: after a word, or after
    // the one other character. An ASCII word is hashed as it is read.
    size_t end_of_key, next;
    uint64_t key_hash = 0;
    bool hashed = false;
    if (c < 0x80) {
      if (c == ' ' || c == '\n') {  // the view's only white space; no phrase starts with it
        ++i;
        continue;
      }
      if (is_ascii_word_byte(c)) {
        LiteralIndex::Hasher hasher;
        hasher.add(c);
        end_of_key = i + 1;
        while (end_of_key < stop) {
          const auto d = static_cast<unsigned char>(view[end_of_key]);
          if (!is_ascii_word_byte(d)) break;
          hasher.add(d);
          ++end_of_key;
        }
        if (end_of_key < stop && static_cast<unsigned char>(view[end_of_key]) >= 0x80) {
          end_of_key = word_end(view, end_of_key, stop);
        } else {
          key_hash = hasher.finish(end_of_key - i);
          hashed = true;
        }
        next = end_of_key;
      } else {
        end_of_key = next = i + 1;
      }
    } else {
      end_of_key = key_end(view, i, stop);
      next = is_word_at(view, i) ? end_of_key : next_code_point(view, i);
    }
    const std::string_view key = view.substr(i, end_of_key - i);
    // Where a second word would start after the key: the same for every phrase whose first
    // word is the key, so found once (npos: not yet looked for; stop: there is none).
    size_t second_word = std::string_view::npos;
    // The byte after the key and any spaces, folded (256: the sentence ends first), for
    // the `re:` patterns that start with the key; looked for once (-1: not yet).
    int next_byte = -1;
    // The hash of the key after this one and any white space, for the same patterns
    // (has_next_key false: the sentence ends first); looked for once.
    bool next_key_known = false;
    uint64_t next_key = 0;
    bool has_next_key = false;
    for (uint32_t p :
         hashed ? literal_index_.find_hashed(key, key_hash) : literal_index_.find(key)) {
      if ((p & kStartsHere) != 0) {
        const LeadingWord& leading = leading_words_[p & ~kStartsHere];
        if (!leading.tried_always && chosen[leading.pattern] != sentence_stamp) continue;
        if (next_byte < 0) next_byte = byte_after_spaces(view, end_of_key, stop);
        if (!next_bytes_[leading.next].test(static_cast<size_t>(next_byte))) continue;
        if (leading.next_keys != 0) {
          if (!next_key_known) {
            next_key_known = true;
            size_t at = end_of_key;
            while (at < stop && is_regex_space(view[at])) ++at;
            has_next_key = at < stop;
            if (has_next_key)
              next_key = LiteralIndex::hash(view.substr(at, key_end(view, at, stop) - at));
          }
          const std::vector<uint64_t>& keys = next_keys_[leading.next_keys];
          if (!has_next_key || !std::binary_search(keys.begin(), keys.end(), next_key)) continue;
        }
        scratch->starts.push_back({leading.pattern, static_cast<uint32_t>(i)});
        continue;
      }
      if (pattern_end[p] > i) continue;  // inside this pattern's previous hit
      const LiteralHead& head = literal_heads_[p];
      // A first word as long as the key is the key, which the index has compared already;
      // a phrase with a second word needs the text to go on with that word's first byte.
      const std::vector<std::string>& words = lexicon_.patterns[p].literal_words;
      size_t end;
      if (head.first_size == end_of_key - i && words.size() == 1) {
        end = end_of_key;  // a one-word phrase: the key itself
      } else if (head.first_size == end_of_key - i && head.second != '\0') {
        if (second_word == std::string_view::npos) {
          second_word = after_separator(view, end_of_key, stop);
          if (second_word == std::string_view::npos) second_word = stop;
        }
        if (second_word >= stop || view[second_word] != head.second) continue;
        end = match_literal_words(view, second_word, stop, words, 1);  // the key is word 0
      } else {
        end = match_literal_words(view, i, stop, words);
      }
      if (end == 0 || !aligned(view, i, end)) continue;
      if (pattern_end[p] == 0) scratch->touched.push_back(p);
      pattern_end[p] = static_cast<uint32_t>(end);
      hits->push_back({p, Span{static_cast<uint32_t>(i), static_cast<uint32_t>(end)}});
    }
    i = next;
  }
  for (uint32_t p : scratch->touched) pattern_end[p] = 0;
  scratch->touched.clear();
}

void Matcher::find_each_pattern(std::string_view view, std::span<const Span> sentences,
                                std::vector<Hit>* hits) const {
  hits->clear();
  for (Span sentence : sentences)
    for (uint32_t p = 0; p < lexicon_.patterns.size(); ++p)
      if (in_scope_[p]) find_pattern(view, sentence, p, hits);
  sort_hits(hits);
}

void Matcher::find(std::string_view view, std::span<const Span> sentences, MatchScratch* scratch,
                   std::vector<Hit>* hits) const {
  hits->clear();
  std::vector<uint32_t>& searched = scratch->patterns;
  std::vector<uint32_t>& chosen = scratch->chosen;
  if (chosen.size() < lexicon_.patterns.size()) chosen.resize(lexicon_.patterns.size(), 0);
  for (Span sentence : sentences) {
    std::string_view text = sentence.in(view);
    searched.clear();
    if (++scratch->sentence == 0) {  // the stamps wrapped around: start them afresh
      std::fill(chosen.begin(), chosen.end(), 0);
      scratch->sentence = 1;
    }
    // Expressions with leading words that may match here are tried where their words
    // start (find_literals notes where, for these only); the others are searched.
    auto choose = [&](uint32_t p) {
      if (has_leading_words_[p])
        chosen[p] = scratch->sentence;
      else
        searched.push_back(p);
    };
    if (!unfiltered_patterns_.empty()) {
      std::vector<int>& found = scratch->set_matches;
      found.clear();
      // A set whose DFA gives up (a huge or pathological sentence) says nothing: then every
      // pattern it covers is searched on its own, which is slower but exact. Most sentences
      // match none of these expressions. Asked only whether one matches, the set allocates
      // nothing; asked which, it allocates a set of matches on every call, which cost about
      // as much as the search on a sentence (docs/performance.md). So it is asked which
      // only when one does.
      re2::RE2::Set::ErrorInfo info{};
      if (unfiltered_set_ != nullptr && (unfiltered_set_->Match(text, nullptr, &info)
                                             ? unfiltered_set_->Match(text, &found, &info)
                                             : info.kind == re2::RE2::Set::kNoError)) {
        for (int i : found) choose(unfiltered_patterns_[static_cast<size_t>(i)]);
      } else {
        for (uint32_t p : unfiltered_patterns_) choose(p);
      }
    }
    if (regex_prefilter_) {
      std::vector<uint32_t>& candidates = scratch->regex_candidates;
      regex_prefilter_->candidates(text, &scratch->prefilter, &candidates);
      for (uint32_t e : candidates) choose(regex_patterns_[e]);
    }
    find_literals(view, sentence, scratch, hits);
    try_starts(view, sentence, scratch, hits);
    for (uint32_t p : searched) find_pattern(view, sentence, p, hits);
  }
  sort_hits(hits);
}

}  // namespace dxaudit::match
