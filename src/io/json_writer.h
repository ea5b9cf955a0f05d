// JsonWriter: a small, fast, append-only JSON builder for the output records.
//
// Keys come out in the order written (the schema's order, not alphabetical), strings are
// escaped and any invalid UTF-8 in them is replaced by U+FFFD, so every output line is
// valid JSON whatever the note held. Commas are inserted automatically.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dxaudit::io {

// Appends `s` as a JSON string literal (quoted, escaped, UTF-8 repaired).
void append_json_string(std::string_view s, std::string* out);

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& string(std::string_view s);
  JsonWriter& string_or_null(std::string_view s);  // null when empty
  JsonWriter& number(uint64_t n);
  JsonWriter& boolean(bool b);
  JsonWriter& null();
  JsonWriter& raw(std::string_view json);  // an already serialised value

 private:
  void separate();
  std::string* out_;
  // One flag per open container: does it already hold an element?
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

}  // namespace dxaudit::io
