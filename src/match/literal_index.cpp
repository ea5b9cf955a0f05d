#include "match/literal_index.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace dxaudit::match {

uint64_t LiteralIndex::hash(std::string_view key) {
  Hasher hasher;
  for (char c : key) hasher.add(static_cast<unsigned char>(c));
  return hasher.finish(key.size());
}

void LiteralIndex::add(std::string_view key, uint32_t pattern) {
  pending_.emplace_back(std::string(key), pattern);
}

void LiteralIndex::finish() {
  // Patterns of one key stay in the order they were added.
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t keys = 0;
  for (size_t i = 0; i < pending_.size(); ++i)
    if (i == 0 || pending_[i].first != pending_[i - 1].first) ++keys;
  // At most a quarter full, so that a probe rarely goes past the first slot.
  slots_.assign(std::bit_ceil(std::max<size_t>(16, keys * 4)), Slot{});
  slot_mask_ = slots_.size() - 1;
  presence_.assign(kPresenceBits / 64, 0);
  for (size_t i = 0; i < pending_.size();) {
    const std::string& key = pending_[i].first;
    Slot slot;
    slot.hash = hash(key);
    slot.key_begin = static_cast<uint32_t>(keys_.size());
    slot.key_size = static_cast<uint32_t>(key.size());
    slot.first = static_cast<uint32_t>(patterns_.size());
    keys_ += key;
    for (; i < pending_.size() && pending_[i].first == key; ++i)
      patterns_.push_back(pending_[i].second);
    slot.count = static_cast<uint32_t>(patterns_.size()) - slot.first;
    const uint64_t bit = (slot.hash >> 40) & (kPresenceBits - 1);
    presence_[bit / 64] |= uint64_t{1} << (bit % 64);
    size_t s = slot.hash & slot_mask_;
    while (slots_[s].key_size != 0) s = (s + 1) & slot_mask_;
    slots_[s] = slot;
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

}  // namespace dxaudit::match
