// append_json_string and JsonWriter (io/json_writer.h): every output is valid JSON.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "io/json_writer.h"

using dxaudit::io::append_json_string;
using dxaudit::io::JsonWriter;

namespace {

std::string as_json(std::string_view s) {
  std::string out = "prefix:";  // appends, never replaces
  append_json_string(s, &out);
  REQUIRE(out.rfind("prefix:", 0) == 0);
  return out.substr(7);
}

// The string value a JSON string literal decodes to.
std::string decoded(const std::string& literal) {
  nlohmann::json j = nlohmann::json::parse(literal);
  REQUIRE(j.is_string());
  return j.get<std::string>();
}

}  // namespace

TEST_CASE("append_json_string: plain text is quoted as is") {
  CHECK(as_json("") == "\"\"");
  CHECK(as_json("low back pain") == "\"low back pain\"");
  CHECK(as_json("a/b <c> & 'd'") == "\"a/b <c> & 'd'\"");
}

TEST_CASE("append_json_string: quotes, backslashes and control characters are escaped") {
  CHECK(as_json("say \"no\"") == R"("say \"no\"")");
  CHECK(as_json("C:\\dir") == R"("C:\\dir")");
  CHECK(as_json("a\nb\rc\td") == R"("a\nb\rc\td")");
  // \b and \f the short way, as nlohmann::json::dump writes them (meta_json is written
  // with this function by the JSONL fast path and must equal nlohmann's bytes).
  CHECK(as_json("a\bb\fc") == R"("a\bb\fc")");
  CHECK(as_json(std::string("\x01", 1)) == R"("\u0001")");
  CHECK(as_json(std::string("\x1f", 1)) == R"("\u001f")");
  CHECK(as_json(std::string("a\0b", 3)) == R"("a\u0000b")");
  CHECK(as_json("\x7f") == "\"\x7f\"");  // DEL is allowed raw in JSON
  const std::string all = std::string("q\"b\\n\n\x01\x02\x1f", 8);
  CHECK(decoded(as_json(all)) == all);
}

TEST_CASE("append_json_string: valid UTF-8 is kept, invalid bytes become U+FFFD") {
  const std::string valid = "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80";
  CHECK(as_json(valid) == "\"" + valid + "\"");
  CHECK(decoded(as_json(valid)) == valid);

  CHECK(as_json("a\xFF"
                "b") == R"("a\ufffdb")");
  CHECK(as_json("\x80") == R"("\ufffd")");
  CHECK(as_json("end\xC3") == R"("end\ufffd")");  // truncated sequence
  // Each invalid byte is one replacement: a truncated 3-byte sequence is two.
  CHECK(as_json("\xE2\x82"
                "x") == R"("\ufffd\ufffdx")");
  CHECK(as_json("\xC0\xAF") == R"("\ufffd\ufffd")");            // overlong
  CHECK(as_json("\xED\xA0\x80") == R"("\ufffd\ufffd\ufffd")");  // surrogate
  CHECK(decoded(as_json("a\xFF"
                        "b")) ==
        "a\xEF\xBF\xBD"
        "b");
}

TEST_CASE("append_json_string: every byte value gives parseable JSON") {
  for (int b = 0; b < 256; ++b) {
    std::string s = "x";
    s.push_back(static_cast<char>(b));
    s += "y";
    INFO(b);
    std::string lit = as_json(s);
    nlohmann::json j;
    CHECK_NOTHROW(j = nlohmann::json::parse(lit));
    CHECK(j.is_string());
    if (b < 0x80)
      CHECK(j.get<std::string>() == s);
    else
      CHECK(j.get<std::string>() == "x\xEF\xBF\xBDy");
  }
}

TEST_CASE("JsonWriter: keys in the order written, commas inserted") {
  std::string out;
  JsonWriter w(&out);
  w.begin_object();
  w.key("schema").string("dxaudit/1");
  w.key("z").number(18446744073709551615u);
  w.key("a").begin_array().boolean(true).boolean(false).null().string("x").number(0).end_array();
  w.key("empty").begin_object().end_object();
  w.key("none").begin_array().end_array();
  w.key("opt").string_or_null("");
  w.key("opt2").string_or_null("v");
  w.key("nested")
      .begin_array()
      .begin_object()
      .key("k")
      .number(1)
      .end_object()
      .begin_object()
      .end_object()
      .end_array();
  w.key("meta").raw(R"({"site":"c"})");
  w.end_object();
  CHECK(out == R"({"schema":"dxaudit/1","z":18446744073709551615,"a":[true,false,null,"x",0],)"
               R"("empty":{},"none":[],"opt":null,"opt2":"v","nested":[{"k":1},{}],)"
               R"("meta":{"site":"c"}})");
  auto j = nlohmann::json::parse(out);
  CHECK(j["z"].get<uint64_t>() == 18446744073709551615u);
  CHECK(j["meta"]["site"] == "c");
  // Key order is the written order, not alphabetical.
  CHECK(out.find("\"schema\"") < out.find("\"a\""));
}

TEST_CASE("JsonWriter: keys are escaped and invalid UTF-8 in values is repaired") {
  std::string out;
  JsonWriter w(&out);
  w.begin_object().key("k\"1").string("v\xFF").end_object();
  CHECK(out == R"({"k\"1":"v\ufffd"})");
  auto j = nlohmann::json::parse(out);
  CHECK(j["k\"1"] == "v\xEF\xBF\xBD");
}

TEST_CASE("JsonWriter: appends after existing content") {
  std::string out = "{\"a\":1}\n";
  JsonWriter w(&out);
  w.begin_array().number(1).number(2).end_array();
  CHECK(out == "{\"a\":1}\n[1,2]");
}
