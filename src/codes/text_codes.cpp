#include "codes/text_codes.h"

#include <cctype>
#include <charconv>
#include <string>

namespace dxaudit::codes {

namespace {

// ASCII classes, without the locale lookups of <cctype> (these run on every byte of a
// diagnosis line).
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alnum(char c) {
  return is_alpha(c) || is_digit(c);
}

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// Whether `line` (lower case) holds `phrase` (lower case) as whole words.
bool has_cue(std::string_view line, const std::string& phrase) {
  if (phrase.empty()) return false;
  for (size_t i = line.find(phrase); i != std::string_view::npos; i = line.find(phrase, i + 1)) {
    bool left_ok = i == 0 || !is_alpha(line[i - 1]);
    bool right_ok = i + phrase.size() == line.size() || !is_alpha(line[i + phrase.size()]);
    if (left_ok && right_ok) return true;
  }
  return false;
}

void codes_on_line(std::string_view text, size_t begin, size_t end, std::vector<TextCode>* out) {
  for (size_t i = begin; i + 3 <= end; ++i) {
    // A code is a letter and two digits. Digits are the rarest of the three in prose, so
    // they are tested first: most positions are ruled out by one well-predicted test.
    if (!is_digit(text[i + 1]) || !is_digit(text[i + 2])) continue;
    if (!is_alpha(text[i]) || (i > begin && (is_alnum(text[i - 1]) || text[i - 1] == '.')))
      continue;
    size_t j = i + 3;
    bool dot = false;
    if (j < end && text[j] == '.' && j + 1 < end && is_alnum(text[j + 1])) {
      dot = true;
      ++j;
    }
    size_t extra = 0;
    while (j < end && is_alnum(text[j]) && extra < 5) {
      ++j;
      ++extra;
    }
    if (extra > 4 || (j < end && (is_alnum(text[j]) ||
                                  (text[j] == '.' && j + 1 < end && is_digit(text[j + 1])))))
      continue;  // part of a longer token
    if (extra == 0) {
      bool in_parens = i > begin && text[i - 1] == '(' && j < end && text[j] == ')';
      if (!in_parens) continue;
    }
    if (!dot && text[i] >= 'a' && text[i] <= 'z') continue;
    out->push_back(
        {std::string(text.substr(i, j - i)), static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
    i = j - 1;
  }
}

}  // namespace

std::unique_ptr<const TextCodeCues> TextCodeCues::load(const std::vector<lexicon::LineFile>& files,
                                                       std::vector<lexicon::LoadError>* errors) {
  auto out = std::unique_ptr<TextCodeCues>(new TextCodeCues());
  size_t before = errors->size();
  for (const lexicon::LineFile& f : files) {
    if (f.kind != "text_codes") continue;
    for (const lexicon::LineEntry& e : f.entries) {
      auto fail = [&](std::string msg) { errors->push_back({f.path, e.line, std::move(msg)}); };
      if (e.id != "cue") {
        fail("a text_codes line is cue<TAB>PHRASE<TAB>[lines=N], not '" + e.id + "'");
        continue;
      }
      TextCodeCue cue;
      for (char c : e.value) cue.phrase += lower(c);
      if (cue.phrase.empty()) {
        fail("a cue needs a phrase");
        continue;
      }
      bool ok = true;
      for (const lexicon::Option& o : e.options) {
        if (o.key == "lines") {
          auto [p, ec] =
              std::from_chars(o.value.data(), o.value.data() + o.value.size(), cue.lines_after);
          if (ec != std::errc() || p != o.value.data() + o.value.size() || cue.lines_after < 0 ||
              cue.lines_after > 50) {
            fail("lines must be a whole number from 0 to 50, not '" + o.value + "'");
            ok = false;
          }
        } else {
          fail("unknown option '" + o.key + "' for a cue (lines)");
          ok = false;
        }
      }
      if (ok) out->cues_.push_back(std::move(cue));
    }
  }
  if (errors->size() != before) return nullptr;
  return out;
}

void find_text_codes(std::string_view text, const TextCodeCues& cues, std::vector<TextCode>* out) {
  // Cues are looked for in a lower-cased copy (ASCII only, so offsets do not move); the
  // buffer is kept per thread so that a worker allocates only for a longer note.
  thread_local std::string folded;
  folded.assign(text);
  for (char& c : folded)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  int block_left = -1;  // code lines still to come after a cue line; -1: none
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    int cue_lines = -1;
    std::string_view folded_line = std::string_view(folded).substr(pos, nl - pos);
    for (const TextCodeCue& c : cues.cues())
      if (c.lines_after > cue_lines && has_cue(folded_line, c.phrase)) cue_lines = c.lines_after;
    if (cue_lines >= 0) {
      codes_on_line(text, pos, nl, out);
      block_left = std::max(block_left, cue_lines);
    } else if (blank) {
      block_left = -1;
    } else if (block_left > 0) {
      codes_on_line(text, pos, nl, out);
      --block_left;
    }
    pos = nl + 1;
  }
}

}  // namespace dxaudit::codes
