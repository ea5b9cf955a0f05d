// Helpers for the tests that load lexicons or models: reading the load errors, and loading
// a lexicon directory that must be valid.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/line_file.h"

namespace dxaudit::testing {

// Every error on a line of its own, as `dxaudit lexicons check` prints them.
inline std::string describe_errors(const std::vector<lexicon::LoadError>& errors) {
  std::string s;
  for (const lexicon::LoadError& e : errors) s += e.to_string() + "\n";
  return s;
}

// True when `errors` holds an error at `file`:`line` whose message contains `fragment`.
inline bool has_error(const std::vector<lexicon::LoadError>& errors, const std::string& file,
                      int line, const std::string& fragment) {
  return std::any_of(errors.begin(), errors.end(), [&](const lexicon::LoadError& e) {
    return e.file == file && e.line == line && e.message.find(fragment) != std::string::npos;
  });
}

// Loads the lexicon in `dir`, which must load without any error.
inline std::unique_ptr<const lexicon::Lexicon> load_valid_lexicon(const std::string& dir) {
  std::vector<lexicon::LoadError> errors;
  auto lex = lexicon::load_lexicon(dir, &errors);
  INFO(describe_errors(errors));
  REQUIRE(lex != nullptr);
  CHECK(errors.empty());
  return lex;
}

// The errors of loading the lexicon in `dir`, which must fail to load.
inline std::vector<lexicon::LoadError> load_errors(const std::string& dir) {
  std::vector<lexicon::LoadError> errors;
  auto lex = lexicon::load_lexicon(dir, &errors);
  INFO(describe_errors(errors));
  CHECK(lex == nullptr);
  return errors;
}

}  // namespace dxaudit::testing
