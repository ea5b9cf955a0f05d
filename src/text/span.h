// Span: a half-open byte range [begin, end) into a text.
//
// Spans are the currency of every stage. Inside the pipeline they usually point into the
// matching view (see match_view.h); every span that leaves the library has been mapped
// back to bytes of the note text as it arrived.
#pragma once

#include <cstdint>
#include <string_view>

namespace dxaudit {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(uint32_t pos) const { return pos >= begin && pos < end; }
  bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
  std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(Span, Span) = default;
};

}  // namespace dxaudit
