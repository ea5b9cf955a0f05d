// Usage errors of the command-line shell, each said in one line: an unknown command, action
// or option with the nearest known one ("did you mean --output?"), or what
// Boost.Program_options found wrong, with where to look for help.
#pragma once

#include <boost/program_options.hpp>
#include <string>
#include <vector>

namespace dxaudit::cli {

// The candidate nearest to `word` (edit distance, letter case ignored), or empty when none
// is near enough to be a likely typo.
std::string nearest(const std::string& word, const std::vector<std::string>& candidates);

// Prints "dxaudit COMMAND: WHAT[; did you mean --X?] (see dxaudit COMMAND --help)" on
// standard error for a parse error of `options`, and returns the usage exit status (2).
int option_error(const std::string& command, const boost::program_options::error& e,
                 const boost::program_options::options_description& options);

// The command line as a shell would take it back: "dxaudit scan 'my notes.jsonl' -o out".
std::string quoted_command_line(const std::string& command, const std::vector<std::string>& args);

}  // namespace dxaudit::cli
