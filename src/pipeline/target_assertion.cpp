#include "pipeline/target_assertion.h"

#include <algorithm>
#include <cctype>

namespace dxaudit::pipeline {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) != 0 || u >= 0x80;
}

// End of the target's words spelled from `at`, or 0.
size_t spell_at(std::string_view view, size_t at, std::string_view target) {
  size_t i = at;
  size_t t = 0;
  while (t < target.size()) {
    if (is_space(target[t])) {
      while (t < target.size() && is_space(target[t])) ++t;
      size_t gap = i;
      while (i < view.size() && is_space(view[i])) ++i;
      if (i == gap) return 0;
      continue;
    }
    if (i >= view.size() || view[i] != target[t]) return 0;
    ++i;
    ++t;
  }
  return i;
}

}  // namespace

void find_target(std::string_view view, std::string_view folded_target,
                 std::vector<Span>* occurrences) {
  occurrences->clear();
  size_t first = 0;
  while (first < folded_target.size() && is_space(folded_target[first])) ++first;
  size_t last = folded_target.size();
  while (last > first && is_space(folded_target[last - 1])) --last;
  std::string_view target = folded_target.substr(first, last - first);
  if (target.empty()) return;
  // Candidates start where the target's first word does.
  std::string_view first_word =
      target.substr(0, std::min(target.size(), target.find_first_of(" \t\n\r\f")));
  std::vector<Span> unaligned;
  for (size_t at = view.find(first_word); at != std::string_view::npos;
       at = view.find(first_word, at + 1)) {
    size_t end = spell_at(view, at, target);
    if (end == 0) continue;
    Span found{static_cast<uint32_t>(at), static_cast<uint32_t>(end)};
    bool aligned = (at == 0 || !is_word_byte(view[at - 1]) || !is_word_byte(view[at])) &&
                   (end == view.size() || !is_word_byte(view[end]) || !is_word_byte(view[end - 1]));
    (aligned ? occurrences : &unaligned)->push_back(found);
  }
  if (occurrences->empty()) *occurrences = std::move(unaligned);
}

namespace {

bool written_in_capitals(std::string_view s) {
  bool upper = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  return upper;
}

}  // namespace

size_t choose_occurrence(std::string_view sentence, std::string_view target,
                         const std::vector<Span>& occurrences) {
  for (size_t i = 0; i < occurrences.size(); ++i)
    if (occurrences[i].in(sentence) == target) return i;
  for (size_t i = 0; i < occurrences.size(); ++i)
    if (written_in_capitals(occurrences[i].in(sentence))) return i;
  return 0;
}

}  // namespace dxaudit::pipeline
