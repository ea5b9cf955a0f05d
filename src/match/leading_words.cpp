#include "match/leading_words.h"

#include <algorithm>
#include <bitset>
#include <cstdint>

#include "match/word_bytes.h"

namespace dxaudit::match {

namespace {

// A byte of a literal-index key run (word_bytes.h).
bool is_key_byte(char c) {
  return is_ascii_word_byte(static_cast<unsigned char>(c));
}

bool is_space_byte(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

char fold(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Adds the bytes that \s, \d or \w reads to *bytes; false for any other escape letter.
bool add_escape_bytes(char e, std::bitset<256>* bytes) {
  if (e == 's') {
    for (char b : {' ', '\t', '\n', '\f', '\r'}) bytes->set(static_cast<unsigned char>(b));
    return true;
  }
  if (e != 'd' && e != 'w') return false;
  for (int b = 0; b < 128; ++b)
    if ((b >= '0' && b <= '9') || (e == 'w' && is_key_byte(static_cast<char>(b))))
      bytes->set(static_cast<size_t>(b));
  return true;
}

// One item of an expression, with its repetition.
struct Node {
  enum class Kind : uint8_t {
    kChar,      // one ASCII byte, folded
    kSpace,     // \s
    kBoundary,  // \b, or a group that only sets flags: consumes nothing
    kGroup,     // (...), (?:...), (?flags:...), (?P<name>...)
    kClass,     // [...] of ASCII bytes outside the key runs: `members`, \s when `space`
    kLineEnd,   // $: the end of the text (or, multi-line, of a line)
    kOther,     // anything else: a class that may hold a word byte, ".", ^, a non-ASCII
                // character, \d, \w, ...
  };
  Kind kind = Kind::kOther;
  char c = 0;
  std::string members;  // kClass
  bool space = false;   // kClass
  // For a class (kClass, or kOther from [...], \d or \w): every byte it may read, letters
  // as lower case, when `bytes_known` (ASCII members only; a negated class holds every
  // byte it does not name, non-ASCII lead bytes included).
  std::bitset<256> bytes;
  bool bytes_known = false;
  std::vector<std::vector<Node>> alternatives;  // kGroup
  int min = 1;
  int max = 1;  // -1: unbounded
};

using Sequence = std::vector<Node>;

// Reads the RE2 syntax the lexicons use into Nodes. Never throws; on anything it cannot
// read, parse() returns false.
class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  bool parse(std::vector<Sequence>* alternatives) {
    *alternatives = alternation(0);
    return ok_ && pos_ == s_.size();
  }

 private:
  bool at(char c) const { return pos_ < s_.size() && s_[pos_] == c; }

  // Moves past the next `end` (a named group's '>', a \x{...}'s '}'); a missing one makes
  // the expression unreadable.
  bool skip_past(std::string_view end) {
    const size_t found = s_.find(end, pos_);
    if (found == std::string_view::npos) return ok_ = false;
    pos_ = found + end.size();
    return true;
  }

  std::vector<Sequence> alternation(int depth) {
    std::vector<Sequence> alternatives(1);
    while (ok_ && pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == ')') break;
      if (c == '|') {
        ++pos_;
        alternatives.emplace_back();
        continue;
      }
      Node node = atom(depth);
      if (!ok_) break;
      repetition(&node);
      alternatives.back().push_back(std::move(node));
    }
    return alternatives;
  }

  Node atom(int depth) {
    Node node;
    const char c = s_[pos_++];
    switch (c) {
      case '(': {
        if (depth > 200) {
          ok_ = false;
          return node;
        }
        if (at('?')) {
          ++pos_;
          if (at('P') || at('<')) {  // a named group
            if (!skip_past(">")) return node;
          } else {
            while (pos_ < s_.size() &&
                   std::string_view("imsU-").find(s_[pos_]) != std::string_view::npos)
              ++pos_;
            if (at(')')) {  // "(?i)": sets flags, consumes nothing
              ++pos_;
              node.kind = Node::Kind::kBoundary;
              return node;
            }
            if (!at(':')) {
              ok_ = false;
              return node;
            }
            ++pos_;
          }
        }
        node.kind = Node::Kind::kGroup;
        node.alternatives = alternation(depth + 1);
        if (!ok_ || !at(')')) {
          ok_ = false;
          return node;
        }
        ++pos_;
        return node;
      }
      case '[':
        return char_class();
      case '\\':
        return escape();
      case '$':
        node.kind = Node::Kind::kLineEnd;
        return node;
      case '.':
      case '^':
        return node;
      case '*':
      case '+':
      case '?':
      case '|':
      case ')':
        ok_ = false;
        return node;
      default:
        break;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {  // one character of several bytes
      while (pos_ < s_.size() && (static_cast<unsigned char>(s_[pos_]) & 0xC0) == 0x80) ++pos_;
      return node;
    }
    node.kind = Node::Kind::kChar;
    node.c = fold(c);
    return node;
  }

  // A class stays kClass when every member is one ASCII byte outside the key runs (written
  // as itself or escaped) or \s; a range, a negation, a named class or anything else makes
  // it kOther. Either way the parser moves past it.
  Node char_class() {
    Node node;
    bool plain = true;
    bool negated = false;
    bool known = true;  // every member is one ASCII byte, a range of them, \s, \d or \w
    std::bitset<256> bytes;
    if (at('^')) {
      plain = false;
      negated = true;
      ++pos_;
    }
    bool first = true;
    int previous = -1;  // the member before, while a '-' after it may make a range
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == ']' && !first) {
        ++pos_;
        if (plain && (!node.members.empty() || node.space)) node.kind = Node::Kind::kClass;
        if (known) {
          if (negated) bytes.flip();
          for (int b = 'A'; b <= 'Z'; ++b)
            if (bytes.test(b)) bytes.set(b - 'A' + 'a');
          node.bytes = bytes;
          node.bytes_known = true;
        }
        return node;
      }
      first = false;
      char member = c;
      int single = -1;  // the one byte this member is, when it is one
      if (c == '\\') {
        if (pos_ + 1 >= s_.size()) break;
        member = s_[pos_ + 1];
        pos_ += 2;
        if (add_escape_bytes(member, &bytes)) {
          if (member == 's')
            node.space = true;
          else
            plain = false;  // \d, \w: word bytes
          previous = -1;
          continue;
        }
        const size_t control = std::string_view("tnrfv").find(member);
        if (control != std::string_view::npos) {
          plain = false;  // a control character: not a plain byte to the leading words
          single = static_cast<unsigned char>("\t\n\r\f\v"[control]);
        } else if (is_key_byte(fold(member)) || static_cast<unsigned char>(member) >= 0x80 ||
                   static_cast<unsigned char>(member) <= 0x20) {
          plain = false;  // \x.., \p..: not one plain byte
          known = false;
        } else {
          single = static_cast<unsigned char>(member);
        }
      } else if (c == '[' && pos_ + 1 < s_.size() && s_[pos_ + 1] == ':') {
        const size_t close = s_.find(":]", pos_ + 2);
        if (close == std::string_view::npos) break;
        pos_ = close + 2;
        plain = false;
        known = false;
        previous = -1;
        continue;
      } else {
        ++pos_;
        if (static_cast<unsigned char>(c) < 0x80) {
          single = static_cast<unsigned char>(c);
        } else {
          known = false;
        }
      }
      if (single >= 0) {
        if (previous >= 0 && single == '-' && pos_ < s_.size() && s_[pos_] != ']') {
          // "a-z": the range from the byte before to the next one
          const char to = s_[pos_];
          if (to == '\\' || static_cast<unsigned char>(to) >= 0x80) {
            known = false;
          } else {
            ++pos_;
            for (int b = previous; b <= static_cast<unsigned char>(to); ++b)
              bytes.set(static_cast<size_t>(b));
          }
          plain = false;
          previous = -1;
          continue;
        }
        bytes.set(static_cast<size_t>(single));
        previous = single;
      } else {
        previous = -1;
      }
      // "a-z": a range (a '-' first or last is itself)
      if (pos_ + 1 < s_.size() && s_[pos_] == '-' && s_[pos_ + 1] != ']') plain = false;
      const auto u = static_cast<unsigned char>(member);
      if (u >= 0x80 || is_key_byte(fold(member))) {
        plain = false;
      } else if (is_space_byte(member)) {
        node.space = true;
      } else {
        node.members.push_back(member);
      }
    }
    ok_ = false;
    return node;
  }

  Node escape() {
    Node node;
    if (pos_ >= s_.size()) {
      ok_ = false;
      return node;
    }
    const char e = s_[pos_++];
    switch (e) {
      case 'b':
        node.kind = Node::Kind::kBoundary;
        return node;
      case 's':
        node.kind = Node::Kind::kSpace;
        return node;
      case 'n':
      case 't':
      case 'r':
      case 'f':
      case 'v':
        node.kind = Node::Kind::kChar;
        node.c = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'f' ? '\f' : '\v';
        return node;
      case 'x':
      case 'p':
      case 'P':
        if (at('{')) {
          skip_past("}");
        } else {
          pos_ = std::min(s_.size(), pos_ + (e == 'x' ? 2 : 1));
        }
        return node;
      case 'Q': {  // a quoted run up to \E
        const size_t close = s_.find("\\E", pos_);
        pos_ = close == std::string_view::npos ? s_.size() : close + 2;
        return node;
      }
      default:
        break;
    }
    if (e >= '0' && e <= '7') {  // an octal code: up to three digits
      for (int i = 0; i < 2 && pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '7'; ++i) ++pos_;
      return node;
    }
    const auto u = static_cast<unsigned char>(e);
    if (u < 0x80 && !is_key_byte(fold(e)) && !is_space_byte(e) && u > 0x20) {
      node.kind = Node::Kind::kChar;  // an escaped punctuation byte: itself
      node.c = e;
    }
    // \d and \w stay kOther (they hold word bytes), with their bytes named.
    node.bytes_known = add_escape_bytes(e, &node.bytes);
    return node;  // \d \w \S \B \A \z \C ...: a class or an assertion
  }

  // {n}, {n,} or {n,m}; a '{' that is none of those is a literal (RE2's rule).
  bool counted(int* min, int* max) {
    size_t p = pos_ + 1;
    auto number = [&](int* out) {
      const size_t start = p;
      long v = 0;
      while (p < s_.size() && s_[p] >= '0' && s_[p] <= '9' && v < 100000)
        v = v * 10 + (s_[p++] - '0');
      *out = static_cast<int>(v);
      return p > start;
    };
    if (!number(min)) return false;
    *max = *min;
    if (p < s_.size() && s_[p] == ',') {
      ++p;
      if (!number(max)) *max = -1;
    }
    if (p >= s_.size() || s_[p] != '}') return false;
    pos_ = p + 1;
    return true;
  }

  void repetition(Node* node) {
    if (pos_ >= s_.size()) return;
    const char c = s_[pos_];
    if (c == '*') {
      node->min = 0, node->max = -1, ++pos_;
    } else if (c == '+') {
      node->min = 1, node->max = -1, ++pos_;
    } else if (c == '?') {
      node->min = 0, node->max = 1, ++pos_;
    } else if (c != '{' || !counted(&node->min, &node->max)) {
      return;
    }
    if (at('?')) ++pos_;  // non-greedy: the same strings
  }

  std::string_view s_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// Walks every way a match can begin, collecting the word it begins with and, from where
// each word ends, what the match may read next (follow()).
class Walker {
 public:
  // `keys_after`: also find, for each word, the keys the match may read next (Next::keys).
  // A walk for those keys themselves passes false, and skips the spaces a match may read
  // first (`skip_spaces`), as a caller skips white space in the text.
  explicit Walker(size_t max_words, bool keys_after = true, bool skip_spaces = false,
                  size_t max_steps = kMaxSteps)
      : max_words_(max_words),
        keys_after_(keys_after),
        skip_spaces_(skip_spaces),
        max_steps_(max_steps) {}

  // Where the walk goes on: items [next, end) of a sequence, or a mark left after an item
  // that may repeat (reaching it with the word still open means a repetition may continue
  // it; past the word, the item may come again).
  struct Frame {
    const Sequence* sequence;
    size_t next;
    size_t end;
    bool mark = false;  // a mark: (*sequence)[next] is the item that may repeat
  };

  // What a match may read after a word, spaces and tabs skipped (MatchStart::next).
  struct Next {
    std::bitset<257> bytes;
    bool open = false;  // it may end there, or read what the analysis cannot name
    // The keys the match may read next, white space skipped (MatchStart::next_keys), unless
    // `keys_open`: some way on reads something else first, or could not be walked.
    std::vector<std::string> keys;
    bool keys_open = false;
  };

  bool walk(std::vector<Frame> frames, std::string word) {
    while (true) {
      if (++steps_ > max_steps_) return false;
      if (frames.empty()) {  // aligned: the word ends, and so may the match
        if (word.empty()) return false;
        const size_t w = add(word);
        if (w == kFull) return false;
        nexts_[w].open = true;
        nexts_[w].keys_open = true;
        return true;
      }
      Frame& f = frames.back();
      if (f.mark) {
        // A space item that may repeat, before the first key: the caller skips all of it.
        if (skip_spaces_ && word.empty() && is_space_item((*f.sequence)[f.next])) {
          frames.pop_back();
          continue;
        }
        return false;
      }
      if (f.next == f.end) {
        frames.pop_back();
        continue;
      }
      const Sequence* sequence = f.sequence;
      const size_t at = f.next++;
      const Node& n = (*sequence)[at];
      if (n.max == 0) continue;
      // White space before the first key, however much of it: the caller skips it in the
      // text.
      if (skip_spaces_ && word.empty() && is_space_item(n)) continue;
      if (n.min == 0 && !walk(frames, word)) return false;  // the item left out
      if (n.max != 1) frames.push_back({sequence, at, at + 1, true});
      // The word ends before this item: what the match reads next begins with it.
      auto ends_here = [&](std::vector<Frame> rest) {
        const size_t w = add(word);
        if (w == kFull) return false;
        if (!keys_after_) return true;  // a walk for keys wants the keys only
        rest.push_back({sequence, at, at + 1});
        add_keys_after(rest, &nexts_[w]);
        follow(std::move(rest), &nexts_[w]);
        return true;
      };
      // A word of one character: what the match reads next is the rest.
      auto one_character = [&](char c, std::vector<Frame> rest) {
        const size_t w = add(std::string(1, c));
        if (w == kFull) return false;
        if (!keys_after_) return true;
        add_keys_after(rest, &nexts_[w]);
        follow(std::move(rest), &nexts_[w]);
        return true;
      };
      switch (n.kind) {
        case Node::Kind::kBoundary:
          continue;
        case Node::Kind::kChar:
          if (is_key_byte(n.c)) {
            word.push_back(n.c);
            continue;
          }
          if (!word.empty()) return ends_here(std::move(frames));
          if (is_space_byte(n.c)) return false;
          return one_character(n.c, std::move(frames));
        case Node::Kind::kSpace:
        case Node::Kind::kLineEnd:
          return word.empty() ? false : ends_here(std::move(frames));
        case Node::Kind::kClass:
          if (!word.empty()) return ends_here(std::move(frames));
          if (n.space) return false;
          for (char member : n.members)
            if (!one_character(member, frames)) return false;
          return true;
        case Node::Kind::kGroup:
          for (const Sequence& alternative : n.alternatives) {
            std::vector<Frame> branch = frames;
            branch.push_back({&alternative, 0, alternative.size()});
            if (!walk(std::move(branch), word)) return false;
          }
          return true;
        case Node::Kind::kOther: {
          // A class of a few word bytes read once ("l[1-5]", "[ls]", a lone \d) is each of
          // them in turn: the word goes on with that byte. Anything else may start or
          // continue a word in ways the words could not list.
          std::string members;
          if (!few_key_bytes(n, &members)) return false;
          for (char member : members)
            if (!walk(frames, word + member)) return false;
          return true;
        }
      }
    }
  }

  // The words found, sorted, each with what may follow it.
  MatchStart take() {
    std::vector<size_t> order(words_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return words_[a] < words_[b]; });
    MatchStart start;
    for (size_t i : order) {
      start.words.push_back(words_[i]);
      Next& n = nexts_[i];
      start.next.push_back(n.open || n.bytes.none() ? std::nullopt
                                                    : std::optional<std::bitset<257>>(n.bytes));
      std::sort(n.keys.begin(), n.keys.end());
      start.next_keys.push_back(n.keys_open || n.keys.empty() || !keys_after_
                                    ? std::nullopt
                                    : std::optional<std::vector<std::string>>(std::move(n.keys)));
    }
    return start;
  }

 private:
  static constexpr size_t kMaxSteps = 100000;
  static constexpr size_t kFull = SIZE_MAX;
  // A class read as each of its members in turn has at most this many (the ten digits).
  static constexpr size_t kMaxClassMembers = 10;

  // The bytes of a class or \d that holds only word bytes, lower case, when they are few;
  // false otherwise. Upper-case letters are left out: the class holds their lower case
  // too (char_class), and the text searched is folded.
  static bool few_key_bytes(const Node& n, std::string* members) {
    if (!n.bytes_known) return false;
    for (size_t b = 0; b < 256; ++b) {
      if (!n.bytes.test(b) || (b >= 'A' && b <= 'Z')) continue;
      if (!is_key_byte(static_cast<char>(b)) || members->size() == kMaxClassMembers) return false;
      members->push_back(static_cast<char>(b));
    }
    return !members->empty();
  }

  // Adds to *next the bytes other than ' ' and '\t' that the rest of a match, `frames`
  // (innermost last), may read first; marks it open when the rest may end (or read only
  // spaces and tabs) or may first read something the analysis cannot name. Spaces and
  // tabs are skipped because a caller skips them in the text; every other byte an item
  // may read, a newline included, is added. A `$` adds a newline and the end of the text.
  // An item that may repeat is followed once more: a second pass adds nothing a first
  // pass that read only spaces had not added.
  void follow(std::vector<Frame> frames, Next* next) {
    while (!next->open) {
      if (++follow_steps_ > kMaxSteps || frames.empty()) {
        next->open = true;
        return;
      }
      Frame& f = frames.back();
      if (f.mark) {
        const Frame again{f.sequence, f.next, f.next + 1};
        frames.pop_back();
        std::vector<Frame> branch = frames;
        branch.push_back(again);
        follow(std::move(branch), next);
        continue;
      }
      if (f.next == f.end) {
        frames.pop_back();
        continue;
      }
      const Node& n = (*f.sequence)[f.next++];
      if (n.max == 0) continue;
      std::bitset<256> reads;  // the bytes this item may read first
      switch (n.kind) {
        case Node::Kind::kBoundary:
          continue;
        case Node::Kind::kLineEnd:
          next->bytes.set('\n');
          next->bytes.set(256);
          if (n.min == 0) continue;
          return;
        case Node::Kind::kGroup:
          for (const Sequence& alternative : n.alternatives) {
            std::vector<Frame> branch = frames;
            branch.push_back({&alternative, 0, alternative.size()});
            follow(std::move(branch), next);
          }
          if (n.min == 0) continue;
          return;
        case Node::Kind::kSpace:
          add_escape_bytes('s', &reads);
          break;
        case Node::Kind::kChar:
          reads.set(static_cast<unsigned char>(n.c));
          break;
        case Node::Kind::kClass:
        case Node::Kind::kOther:
          if (!n.bytes_known) {
            next->open = true;
            return;
          }
          reads = n.bytes;
          break;
      }
      const bool skippable = reads.test(' ') || reads.test('\t');
      reads.reset(' ');
      reads.reset('\t');
      for (size_t b = 0; b < 256; ++b)
        if (reads.test(b)) next->bytes.set(b);
      if (skippable || n.min == 0) continue;
      return;
    }
  }

  // Adds to next->keys the keys the rest of a match, `rest`, may read first after any white
  // space: the leading words of the rest, walked with its spaces skipped; or marks them
  // open when the rest may end there, or starts with what the walk cannot list.
  static void add_keys_after(const std::vector<Frame>& rest, Next* next) {
    if (next->keys_open) return;
    Walker keys(kMaxKeysAfter, false, true, kMaxKeysAfterSteps);
    if (!keys.walk(rest, "")) {
      next->keys_open = true;
      return;
    }
    for (std::string& key : keys.words_)
      if (std::find(next->keys.begin(), next->keys.end(), key) == next->keys.end())
        next->keys.push_back(std::move(key));
    if (next->keys.size() > kMaxKeysAfter) next->keys_open = true;
  }

  // The index of `word` among the words found, added if new; kFull past max_words.
  size_t add(const std::string& word) {
    const auto known = std::find(words_.begin(), words_.end(), word);
    if (known != words_.end()) return static_cast<size_t>(known - words_.begin());
    if (words_.size() >= max_words_) return kFull;
    words_.push_back(word);
    nexts_.emplace_back();
    return words_.size() - 1;
  }
  // \s, a space written as itself, or a class of white space only ("[ \t]"): bytes the
  // caller skips before a key.
  static bool is_space_item(const Node& n) {
    if (n.kind == Node::Kind::kSpace) return true;
    std::bitset<256> space;  // what the caller skips: \s
    add_escape_bytes('s', &space);
    if (n.kind == Node::Kind::kChar) return space.test(static_cast<unsigned char>(n.c));
    if ((n.kind != Node::Kind::kClass && n.kind != Node::Kind::kOther) || !n.bytes_known ||
        n.bytes.none())
      return false;
    return (n.bytes & ~space).none();
  }

  // The keys after a word are listed when they are this few, found within this many steps.
  static constexpr size_t kMaxKeysAfter = 64;
  static constexpr size_t kMaxKeysAfterSteps = 4000;
  size_t max_words_;
  bool keys_after_;
  bool skip_spaces_;
  size_t max_steps_;
  size_t steps_ = 0;
  size_t follow_steps_ = 0;
  std::vector<std::string> words_;
  std::vector<Next> nexts_;  // parallel to words_
};

}  // namespace

std::optional<MatchStart> match_start(std::string_view expression, size_t max_words) {
  std::vector<Sequence> alternatives;
  if (!Parser(expression).parse(&alternatives)) return std::nullopt;
  Node whole;
  whole.kind = Node::Kind::kGroup;
  whole.alternatives = std::move(alternatives);
  const Sequence top{std::move(whole)};
  Walker walker(max_words);
  if (!walker.walk({{&top, 0, top.size()}}, "")) return std::nullopt;
  MatchStart start = walker.take();
  if (start.words.empty()) return std::nullopt;
  return start;
}

std::optional<std::vector<std::string>> leading_words(std::string_view expression,
                                                      size_t max_words) {
  std::optional<MatchStart> start = match_start(expression, max_words);
  if (!start) return std::nullopt;
  return std::move(start->words);
}

}  // namespace dxaudit::match
