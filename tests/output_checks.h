// Checks every output record must pass, whatever the note: used by the end-to-end tests
// on the demo corpus and on MTSamples.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace dxaudit::testing {

// Returns an empty string when `record` (an ok record) is consistent with the note text it
// was produced from, else a description of the first problem: every span lies inside the
// text with begin <= end, and findings[].text and cues[].text are the bytes they point at.
inline std::string check_record_spans(const nlohmann::json& record, const std::string& text) {
  auto span_ok = [&](const nlohmann::json& o) {
    if (!o.contains("begin") || !o.contains("end")) return false;
    size_t b = o["begin"].get<size_t>(), e = o["end"].get<size_t>();
    return b <= e && e <= text.size();
  };
  auto text_ok = [&](const nlohmann::json& o) {
    size_t b = o["begin"].get<size_t>(), e = o["end"].get<size_t>();
    std::string expected = text.substr(b, e - b);
    // Output strings are repaired UTF-8; compare through the same repair.
    std::string repaired =
        nlohmann::json(expected).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return nlohmann::json::parse(repaired).get<std::string>() == o["text"].get<std::string>();
  };
  for (const auto& s : record["sections"])
    if (!span_ok(s)) return "bad section span " + s.dump();
  for (const auto& f : record["findings"]) {
    if (!span_ok(f)) return "bad finding span " + f.dump();
    if (!text_ok(f)) return "finding text differs from the text at its span: " + f.dump();
    for (const auto& c : f["cues"]) {
      if (!span_ok(c)) return "bad cue span " + c.dump();
      if (!text_ok(c)) return "cue text differs from the text at its span: " + c.dump();
    }
  }
  for (const auto& [name, element] : record["elements"].items()) {
    if (!element.contains("evidence")) continue;
    for (const auto& e : element["evidence"])
      if (!span_ok(e)) return "bad evidence span for element " + name;
  }
  for (const auto& a : record["audit"])
    for (const auto& e : a["evidence"])
      if (!span_ok(e)) return "bad audit evidence span " + a.dump();
  return "";
}

}  // namespace dxaudit::testing
