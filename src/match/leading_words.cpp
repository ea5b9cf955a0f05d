#include "match/leading_words.h"

#include <algorithm>
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
  std::string members;                          // kClass
  bool space = false;                           // kClass
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
    if (at('^')) {
      plain = false;
      ++pos_;
    }
    bool first = true;
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == ']' && !first) {
        ++pos_;
        if (plain && (!node.members.empty() || node.space)) node.kind = Node::Kind::kClass;
        return node;
      }
      first = false;
      char member = c;
      if (c == '\\') {
        if (pos_ + 1 >= s_.size()) break;
        member = s_[pos_ + 1];
        pos_ += 2;
        if (member == 's') {
          node.space = true;
          continue;
        }
        if (is_key_byte(fold(member)) || static_cast<unsigned char>(member) >= 0x80 ||
            static_cast<unsigned char>(member) <= 0x20)
          plain = false;  // \d, \w, \x.., \p.., a control: not one plain byte
      } else if (c == '[' && pos_ + 1 < s_.size() && s_[pos_ + 1] == ':') {
        const size_t close = s_.find(":]", pos_ + 2);
        if (close == std::string_view::npos) break;
        pos_ = close + 2;
        plain = false;
        continue;
      } else {
        ++pos_;
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

// Walks every way a match can begin, collecting the word it begins with.
class Walker {
 public:
  explicit Walker(size_t max_words) : max_words_(max_words) {}

  // Where the walk goes on: the rest of a sequence, or a mark left after an item that may
  // repeat (reaching it with the word still open means a repetition may continue it).
  struct Frame {
    const Sequence* sequence;
    size_t next;
  };

  bool walk(std::vector<Frame> frames, std::string word) {
    while (true) {
      if (++steps_ > kMaxSteps) return false;
      if (frames.empty()) return word.empty() ? false : add(word);  // aligned: the word ends
      Frame& f = frames.back();
      if (f.sequence == nullptr) return false;
      if (f.next == f.sequence->size()) {
        frames.pop_back();
        continue;
      }
      const Node& n = (*f.sequence)[f.next++];
      if (n.max == 0) continue;
      if (n.min == 0 && !walk(frames, word)) return false;  // the item left out
      if (n.max != 1) frames.push_back({nullptr, 0});
      switch (n.kind) {
        case Node::Kind::kBoundary:
          continue;
        case Node::Kind::kChar:
          if (is_key_byte(n.c)) {
            word.push_back(n.c);
            continue;
          }
          if (!word.empty()) return add(word);
          if (is_space_byte(n.c)) return false;
          return add(std::string(1, n.c));
        case Node::Kind::kSpace:
        case Node::Kind::kLineEnd:
          return word.empty() ? false : add(word);
        case Node::Kind::kClass:
          if (!word.empty()) return add(word);
          if (n.space) return false;
          for (char member : n.members)
            if (!add(std::string(1, member))) return false;
          return true;
        case Node::Kind::kGroup:
          for (const Sequence& alternative : n.alternatives) {
            std::vector<Frame> branch = frames;
            branch.push_back({&alternative, 0});
            if (!walk(std::move(branch), word)) return false;
          }
          return true;
        case Node::Kind::kOther:
          return false;
      }
    }
  }

  std::vector<std::string> take() {
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
    return std::move(words_);
  }

 private:
  static constexpr size_t kMaxSteps = 100000;
  bool add(const std::string& word) {
    if (std::find(words_.begin(), words_.end(), word) != words_.end()) return true;
    if (words_.size() >= max_words_) return false;
    words_.push_back(word);
    return true;
  }
  size_t max_words_;
  size_t steps_ = 0;
  std::vector<std::string> words_;
};

}  // namespace

std::optional<std::vector<std::string>> leading_words(std::string_view expression,
                                                      size_t max_words) {
  std::vector<Sequence> alternatives;
  if (!Parser(expression).parse(&alternatives)) return std::nullopt;
  Node whole;
  whole.kind = Node::Kind::kGroup;
  whole.alternatives = std::move(alternatives);
  const Sequence top{std::move(whole)};
  Walker walker(max_words);
  if (!walker.walk({{&top, 0}}, "")) return std::nullopt;
  std::vector<std::string> words = walker.take();
  if (words.empty()) return std::nullopt;
  return words;
}

}  // namespace dxaudit::match
