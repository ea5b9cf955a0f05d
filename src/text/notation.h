// Notation: symbols that typed notes write for a word ("↓" for "decreased", "↑" for
// "increased"), which the matching view reads as that word, so that every lexicon phrase
// written with the word ("decreased sensation", "reflexes decreased") matches the symbol too
// ("↓ sensation L5", "DTR ↓ L achilles"). The symbols come from data (lexicons, `@kind
// notation`).
//
// Callers may rely on: find() returns the word added for a symbol, or nullptr; add() refuses
// a symbol added before. Immutable once loaded; shared by threads freely.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace dxaudit::text {

class Notation {
 public:
  // Reads `symbol` as `word` (lower-case ASCII words). False, and nothing added, when
  // `symbol` already has a word.
  bool add(char32_t symbol, std::string word) {
    if (find(symbol) != nullptr) return false;
    symbols_.emplace_back(symbol, std::move(word));
    return true;
  }

  // A handful of symbols, looked up only for characters outside ASCII: a scan is enough.
  const std::string* find(char32_t symbol) const {
    auto it = std::find_if(symbols_.begin(), symbols_.end(),
                           [symbol](const auto& s) { return s.first == symbol; });
    return it == symbols_.end() ? nullptr : &it->second;
  }

  bool empty() const { return symbols_.empty(); }

 private:
  std::vector<std::pair<char32_t, std::string>> symbols_;
};

}  // namespace dxaudit::text
