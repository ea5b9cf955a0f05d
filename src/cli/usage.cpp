#include "cli/usage.h"

#include <algorithm>
#include <cctype>
#include <iostream>

#include "cli/cli_support.h"

namespace po = boost::program_options;

namespace dxaudit::cli {

namespace {

// Edits (insert, delete, change a letter, swap two neighbours) from `a` to `b`, letter
// case ignored: the optimal string alignment distance.
size_t edit_distance(const std::string& a, const std::string& b) {
  auto same = [&](size_t i, size_t j) {
    return std::tolower(static_cast<unsigned char>(a[i])) ==
           std::tolower(static_cast<unsigned char>(b[j]));
  };
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same(i - 1, j - 1) ? 0 : 1)});
      if (i > 1 && j > 1 && same(i - 1, j - 2) && same(i - 2, j - 1))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

std::string nearest(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = 0;
  for (const std::string& c : candidates) {
    const size_t d = edit_distance(word, c);
    if (best.empty() || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  // A typo is an edit or two; in a short word, two edits make another word.
  const size_t allowed = word.size() <= 3 ? 1 : word.size() <= 8 ? 2 : 3;
  return !best.empty() && best_distance <= allowed ? best : std::string();
}

int option_error(const std::string& command, const po::error& e,
                 const po::options_description& options) {
  std::cerr << "dxaudit " << command << ": " << e.what();
  if (const auto* unknown = dynamic_cast<const po::unknown_option*>(&e)) {
    std::string given = unknown->get_option_name();
    given.erase(0, given.find_first_not_of('-'));
    given = given.substr(0, given.find('='));
    std::vector<std::string> names;
    for (const auto& o : options.options())
      if (!o->long_name().empty()) names.push_back(o->long_name());
    std::string guess = nearest(given, names);
    if (!guess.empty()) std::cerr << "; did you mean --" << guess << "?";
  }
  std::cerr << " (see dxaudit " << command << " --help)\n";
  return kExitUsage;
}

std::string quoted_command_line(const std::string& command, const std::vector<std::string>& args) {
  std::string line = "dxaudit " + command;
  for (const std::string& a : args) {
    line += ' ';
    const bool plain = !a.empty() && a.find_first_not_of(
                                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                         "0123456789-_./=:,+@%") == std::string::npos;
    if (plain) {
      line += a;
      continue;
    }
    line += '\'';
    for (char c : a) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
    line += '\'';
  }
  return line;
}

}  // namespace dxaudit::cli
