#include "io/brat.h"

#include <algorithm>
#include <charconv>

#include "io/utf8.h"

namespace dxaudit::io {

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? s.size() - start : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

bool parse_offset(std::string_view s, uint32_t* value) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

BratDocument parse_brat(std::string_view content, std::vector<BratProblem>* problems) {
  BratDocument doc;
  int line_number = 0;
  for (std::string_view line : split(content, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    auto fail = [&](std::string message) {
      problems->push_back({line_number, std::move(message)});
    };
    std::vector<std::string_view> columns = split(line, '\t');
    std::string_view id = columns[0];
    if (id.empty()) {
      fail("an annotation line starts with its id (T1, A1, #1)");
      continue;
    }
    if (id[0] == 'T') {
      if (columns.size() < 2) {
        fail("entity '" + std::string(id) + "' has no 'TYPE BEGIN END' column");
        continue;
      }
      std::string_view spec = columns[1];
      size_t space = spec.find(' ');
      if (space == std::string_view::npos) {
        fail("entity '" + std::string(id) + "' needs 'TYPE BEGIN END'");
        continue;
      }
      BratEntity e;
      e.id = std::string(id);
      e.type = std::string(spec.substr(0, space));
      e.line = line_number;
      bool ok = true, first = true;
      for (std::string_view fragment : split(spec.substr(space + 1), ';')) {
        size_t gap = fragment.find(' ');
        uint32_t b = 0, en = 0;
        if (gap == std::string_view::npos || !parse_offset(fragment.substr(0, gap), &b) ||
            !parse_offset(fragment.substr(gap + 1), &en) || en < b) {
          fail("entity '" + e.id + "' has a bad span '" + std::string(fragment) + "'");
          ok = false;
          break;
        }
        e.begin = first ? b : std::min(e.begin, b);
        e.end = first ? en : std::max(e.end, en);
        first = false;
      }
      if (!ok) continue;
      if (columns.size() >= 3) e.text = std::string(columns[2]);
      doc.entities.push_back(std::move(e));
    } else if (id[0] == 'A' || id[0] == 'M') {
      std::vector<std::string_view> words =
          columns.size() >= 2 ? split(columns[1], ' ') : std::vector<std::string_view>{};
      if (words.size() < 2 || words.size() > 3) {
        fail("attribute '" + std::string(id) + "' needs 'NAME TARGET [VALUE]'");
        continue;
      }
      doc.attributes.push_back({std::string(id), std::string(words[0]), std::string(words[1]),
                                words.size() == 3 ? std::string(words[2]) : std::string(),
                                line_number});
    } else if (id[0] == '#' || id[0] == 'R' || id[0] == 'E' || id[0] == '*' || id[0] == 'N') {
      continue;  // notes, relations, events, equivalences, normalizations: not used here
    } else {
      fail("unknown annotation id '" + std::string(id) + "'");
    }
  }
  return doc;
}

CharByteMap::CharByteMap(std::string_view text) : bytes_(static_cast<uint32_t>(text.size())) {
  char_starts_.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    char_starts_.push_back(static_cast<uint32_t>(pos));
    char32_t cp;
    pos += io::decode_utf8(text, pos, &cp);
  }
}

uint32_t CharByteMap::to_byte(uint32_t c) const {
  return c < char_starts_.size() ? char_starts_[c] : bytes_;
}

uint32_t CharByteMap::to_char(uint32_t b) const {
  auto it = std::upper_bound(char_starts_.begin(), char_starts_.end(), b);
  if (b >= bytes_) return char_count();
  return static_cast<uint32_t>(it - char_starts_.begin() - 1);
}

void append_brat_entity(std::string* out, int id, std::string_view type, uint32_t begin,
                        uint32_t end, std::string_view covered_text) {
  *out += 'T';
  *out += std::to_string(id);
  *out += '\t';
  *out += type;
  // Fragments split at line breaks; `covered_text` runs in step with [begin, end) only
  // when it is ASCII, so fragment ends are counted in characters from the text itself.
  std::string visible;
  uint32_t fragment_begin = begin, position = begin;
  bool first = true;
  size_t i = 0;
  auto close_fragment = [&](uint32_t fragment_end) {
    if (fragment_end <= fragment_begin) return;
    *out += first ? ' ' : ';';
    *out += std::to_string(fragment_begin);
    *out += ' ';
    *out += std::to_string(fragment_end);
    first = false;
  };
  while (i < covered_text.size()) {
    char32_t cp;
    size_t n = io::decode_utf8(covered_text, i, &cp);
    if (cp == '\n' || cp == '\r') {
      close_fragment(position);
      fragment_begin = position + 1;
      visible += ' ';
    } else if (cp == '\t') {
      visible += ' ';
    } else if (cp == io::kInvalidCodePoint) {
      visible += '?';
    } else {
      visible.append(covered_text.substr(i, n));
    }
    ++position;
    i += n;
  }
  close_fragment(end);
  if (first) {  // nothing but line breaks: keep a valid, empty-looking span
    *out += ' ';
    *out += std::to_string(begin);
    *out += ' ';
    *out += std::to_string(end);
  }
  *out += '\t';
  *out += visible;
  *out += '\n';
}

void append_brat_attribute(std::string* out, int id, std::string_view name, int entity_id,
                           std::string_view value) {
  *out += 'A';
  *out += std::to_string(id);
  *out += '\t';
  *out += name;
  *out += " T";
  *out += std::to_string(entity_id);
  if (!value.empty()) {
    *out += ' ';
    *out += value;
  }
  *out += '\n';
}

}  // namespace dxaudit::io
