// DepthLimitedSax: what the nlohmann::json SAX handlers that glance at a line without
// parsing it into a tree share -- the keys of a JSON Lines file's first record
// (jsonl_reader.cpp) and a FHIR line's resourceType (fhir_reader.cpp). Internal to src/io.
//
// Why a depth limit: the input is untrusted, and one line can nest arrays a million levels
// deep (`[[[[...`, tests/hostile). nlohmann's SAX parser does not recurse (it keeps one bit
// a level on the heap), so the limit is not for the call stack: a record may nest no deeper
// than kMaxJsonDepth (a deeper line is a `too_deep` error record, json_too_deep), so a
// glance stops at the first level past that instead of walking the rest of a hostile line,
// and takes for a record exactly what the record parser takes.
//
// What a derived handler may rely on: depth() is the number of objects and arrays open
// around the current event (1 among the members of the top-level object). The parse stops
// (a handler's false ends sax_parse) at an object or array past kMaxJsonDepth, at a
// top-level array or scalar (a record is an object) and at a syntax error. A derived class
// implements key() and overrides only the events it looks at, calling this class's for the
// depth.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

#include "io/jsonl_reader.h"

namespace dxaudit::io {

class DepthLimitedSax : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override { return ++depth_ <= kMaxJsonDepth; }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override { return depth_ > 0 && ++depth_ <= kMaxJsonDepth; }
  bool end_array() override {
    --depth_;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 protected:
  // Every scalar value: false (stop) at the top level, where a record must be an object.
  virtual bool value() { return depth_ > 0; }
  size_t depth() const { return depth_; }

 private:
  size_t depth_ = 0;
};

}  // namespace dxaudit::io
