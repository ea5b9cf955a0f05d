// LiteralIndex: the matcher's table of literal phrases by the key their first word starts
// with. Every word of every sentence is looked up and most words are no key, so a lookup
// is one multiply-based hash of the key, one bit of a small presence table for the common
// "no such key", and otherwise one or two probes of an open-addressing table.
//
// Callers may rely on: find() returns exactly the patterns add()ed under an equal key, in
// the order they were added. Immutable after finish(); shared by threads freely.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dxaudit::match {

class LiteralIndex {
 public:
  // Files `pattern` under `key` (not empty). Only before finish().
  void add(std::string_view key, uint32_t pattern);
  // Builds the table; find() answers after this.
  void finish();

  std::span<const uint32_t> find(std::string_view key) const {
    if (key.empty()) return {};
    return find_hashed(key, hash(key));
  }

  // The hash of a key, as find() computes it.
  static uint64_t hash(std::string_view key);

  // Builds hash(key) one byte at a time, for a caller that reads the key's bytes anyway
  // (the matcher's scan of a word): add() each byte in order, then finish(key.size()).
  class Hasher {
   public:
    void add(unsigned char c) {
      if (shift_ == 64) {  // a full word: mixed when the next byte comes
        h_ = mix(h_, word_);
        word_ = 0;
        shift_ = 0;
      }
      word_ |= uint64_t{c} << shift_;
      shift_ += 8;
    }
    uint64_t finish(size_t size) const {
      return finish_hash(shift_ != 0 ? mix(h_, word_) : h_, size);
    }

   private:
    uint64_t h_ = 0, word_ = 0;
    unsigned shift_ = 0;
  };

  // find() with the key's hash already known.
  std::span<const uint32_t> find_hashed(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return {};
    const uint64_t bit = (h >> 40) & (kPresenceBits - 1);
    if ((presence_[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return {};
    for (size_t s = h & slot_mask_;; s = (s + 1) & slot_mask_) {
      const Slot& slot = slots_[s];
      if (slot.key_size == 0) return {};
      if (slot.hash == h && slot.key_size == key.size() &&
          std::string_view(keys_).substr(slot.key_begin, slot.key_size) == key)
        return std::span<const uint32_t>(patterns_).subspan(slot.first, slot.count);
    }
  }

 private:
  // Keys are mostly one short word: eight bytes at a time (little-endian, the last one
  // zero-padded), each mixed by one multiply, then the size.
  static uint64_t mix(uint64_t h, uint64_t word) {
    h = (h ^ word) * 0xff51afd7ed558ccdULL;
    return h ^ (h >> 29);
  }
  static uint64_t finish_hash(uint64_t h, size_t size) {
    h = (h ^ (size * 0x9e3779b97f4a7c15ULL)) * 0xff51afd7ed558ccdULL;
    return h ^ (h >> 32);
  }
  static constexpr uint64_t kPresenceBits = uint64_t{1} << 16;
  struct Slot {
    uint64_t hash = 0;
    uint32_t key_begin = 0;
    uint32_t key_size = 0;  // 0: an empty slot
    uint32_t first = 0;
    uint32_t count = 0;
  };
  std::vector<std::pair<std::string, uint32_t>> pending_;
  std::vector<Slot> slots_;
  uint64_t slot_mask_ = 0;
  std::string keys_;
  std::vector<uint32_t> patterns_;
  std::vector<uint64_t> presence_;
};

}  // namespace dxaudit::match
