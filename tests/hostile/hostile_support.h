// Helpers of the hostile-input suite: run the real `dxaudit scan` over a generated input
// and check the one rule every case shares: one output record per input record (or a
// clear configuration error, exit 2), a reconciliation line on standard error that agrees
// with the output, and error records that say their kind, message, file and line.
#pragma once

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace dxaudit::testing {

// A size from the environment (the sanitizer build gives smaller ones), else `fallback`.
inline uint64_t env_size(const char* name, uint64_t fallback) {
  const char* v = std::getenv(name);
  if (v == nullptr || *v == '\0') return fallback;
  return std::strtoull(v, nullptr, 10);
}

struct ScanRun {
  int exit_code = -1;
  std::string output;  // the -o file, as written
  std::string err;     // standard error
  std::vector<nlohmann::json> records;
  // From the reconciliation line, -1 when there is none.
  int64_t read = -1, ok = -1, errors = -1;
  size_t error_records = 0;  // records with "status": "error"
};

// Runs `dxaudit scan ARGS INPUT -o DIR/out.jsonl`. With `parse`, every output line must be
// a JSON object (checked); without, only lines and statuses are counted (huge outputs).
inline ScanRun run_scan(const TempDir& dir, const std::string& input, const std::string& args = "",
                        bool parse = true) {
  ScanRun r;
  const std::string out = (dir / "out.jsonl").string(), err = (dir / "err.txt").string();
  std::filesystem::remove(out);
  CommandResult c = run_command(binary() + " scan -j2 " + args + " " + shell_quote(input) + " -o " +
                                shell_quote(out) + " 2>" + shell_quote(err));
  r.exit_code = c.exit_code;
  r.output = read_file(out);
  r.err = read_file(err);
  // "dxaudit scan: N records read = A ok + B error" (parsed by hand: <regex> draws
  // -Wmaybe-uninitialized false positives from GCC 12 under the sanitizers).
  const std::string head = "dxaudit scan: ";
  for (size_t at = r.err.find(head); at != std::string::npos; at = r.err.find(head, at + 1)) {
    long long read = 0, ok = 0, errors = 0;
    if (std::sscanf(r.err.c_str() + at, "dxaudit scan: %lld records read = %lld ok + %lld error",
                    &read, &ok, &errors) == 3) {
      r.read = read;
      r.ok = ok;
      r.errors = errors;
      break;
    }
  }
  size_t begin = 0;
  while (begin < r.output.size()) {
    size_t end = r.output.find('\n', begin);
    REQUIRE_MESSAGE(end != std::string::npos, "the output's last line has no newline");
    std::string_view l(r.output.data() + begin, end - begin);
    if (parse) {
      nlohmann::json j = nlohmann::json::parse(l, nullptr, false);
      REQUIRE_MESSAGE(j.is_object(), "output line is not a JSON object: " << l.substr(0, 200));
      if (j["status"] == "error") ++r.error_records;
      r.records.push_back(std::move(j));
    } else {
      r.records.emplace_back();  // counted only
      if (l.find(R"("status":"error")") != std::string_view::npos) ++r.error_records;
    }
    begin = end + 1;
  }
  return r;
}

// The rule: `input_records` in, as many out, the reconciliation line says so, the exit
// status says whether there were error records (or no record at all), and every error
// record is explained.
inline void check_complete(const ScanRun& r, size_t input_records, const std::string& input) {
  INFO("stderr: " << r.err.substr(0, 2000));
  CHECK(r.records.size() == input_records);
  CHECK(r.read == static_cast<int64_t>(input_records));
  CHECK(r.ok + r.errors == r.read);
  CHECK(r.errors == static_cast<int64_t>(r.error_records));
  // Exit 1 for error records, and for a run that read nothing (it audited nothing).
  CHECK(r.exit_code == (r.error_records > 0 || input_records == 0 ? 1 : 0));
  for (const nlohmann::json& j : r.records) {
    if (j.is_null() || j["status"] != "error") continue;
    CHECK(j["error"]["kind"].is_string());
    CHECK(!j["error"]["message"].get<std::string>().empty());
    CHECK(j["input"]["file"] == input);
    if (j["error"]["kind"] != "read_error") CHECK(j["input"]["line"].get<uint64_t>() > 0);
  }
}

// A run refused as a configuration error: exit 2, a message naming `where`, no output.
inline void check_config_error(const ScanRun& r, const std::string& where) {
  INFO("stderr: " << r.err.substr(0, 2000));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(where) != std::string::npos);
  CHECK(r.records.empty());
}

// The number after `prefix` in `text`, -1 when `prefix` is not there.
inline int64_t number_after(const std::string& text, const std::string& prefix) {
  size_t at = text.find(prefix);
  if (at == std::string::npos) return -1;
  return std::strtoll(text.c_str() + at + prefix.size(), nullptr, 10);
}

// True when `text` holds `name:DIGITS: ` somewhere.
inline bool has_file_line(const std::string& text, const std::string& name) {
  for (size_t at = text.find(name + ":"); at != std::string::npos;
       at = text.find(name + ":", at + 1)) {
    size_t p = at + name.size() + 1, digits = 0;
    while (p < text.size() && text[p] >= '0' && text[p] <= '9') ++p, ++digits;
    if (digits > 0 && text.compare(p, 2, ": ") == 0) return true;
  }
  return false;
}

inline std::vector<std::string> kinds(const ScanRun& r) {
  std::vector<std::string> k;
  for (const nlohmann::json& j : r.records)
    k.push_back(j["status"] == "ok" ? "ok" : j["error"]["kind"].get<std::string>());
  return k;
}

}  // namespace dxaudit::testing
