// LiteralIndex: every key finds exactly its patterns, in the order they were added.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/literal_index.h"

using dxaudit::match::LiteralIndex;

namespace {

std::vector<uint32_t> found(const LiteralIndex& index, std::string_view key) {
  auto span = index.find(key);
  return {span.begin(), span.end()};
}

}  // namespace

TEST_CASE("literal index: keys find their patterns in order; other keys find nothing") {
  LiteralIndex index;
  index.add("no", 7);
  index.add("left", 2);
  index.add("no", 3);
  index.add("l4", 9);
  index.add("radiculopathy", 5);  // longer than one eight-byte step of the hash
  index.add("radiculopathies", 6);
  index.add("\xc3\xa9", 1);  // a key of one non-ASCII letter
  index.finish();
  CHECK(found(index, "no") == std::vector<uint32_t>{7, 3});
  CHECK(found(index, "left") == std::vector<uint32_t>{2});
  CHECK(found(index, "l4") == std::vector<uint32_t>{9});
  CHECK(found(index, "radiculopathy") == std::vector<uint32_t>{5});
  CHECK(found(index, "radiculopathies") == std::vector<uint32_t>{6});
  CHECK(found(index, "\xc3\xa9") == std::vector<uint32_t>{1});
  for (const char* other :
       {"", "n", "not", "No", "lef", "lefts", "l5", "radiculopath", "radiculopathyy", "\xc3\xa8"})
    CHECK_MESSAGE(found(index, other).empty(), other);
}

TEST_CASE("literal index: thousands of keys, each found, none confused") {
  LiteralIndex index;
  for (uint32_t i = 0; i < 5000; ++i) index.add("key" + std::to_string(i), i);
  index.finish();
  for (uint32_t i = 0; i < 5000; ++i) {
    REQUIRE(found(index, "key" + std::to_string(i)) == std::vector<uint32_t>{i});
    REQUIRE(found(index, "kez" + std::to_string(i)).empty());
  }
  LiteralIndex empty;
  empty.finish();
  CHECK(found(empty, "no").empty());
}
