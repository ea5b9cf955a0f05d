// LineFile: the line-oriented data format shared by everything in lexicons/ and models/.
//
//   # a comment line (also: blank lines are ignored)
//   @kind findings
//   radiating_leg_pain<TAB>pain radiating down the leg
//   radiating_leg_pain<TAB>re:pain (?:shoot|radiat)\w* (?:down|into) (?:the )?\w* ?legs?
//   negated<TAB>denies<TAB>direction=forward window=8
//
// Each entry line has tab-separated columns: an id, a value, then optional options.
// Options are whitespace-separated `key=value` pairs or bare flags; a value holding
// spaces is double-quoted (`message="consider {suggest}"`, `\"` inside quotes).
// The first non-comment line must declare the file's kind with `@kind NAME`; what ids,
// values and options mean depends on the kind (see lexicon.h and docs/lexicon-format.md).
// `@define NAME TEXT` (NAME in capitals) names a piece of text that later values and
// option values of the same file use as {NAME}: a list written once ("the leg muscles")
// and used by several patterns or entries. Braces that do not hold such a name ("{0,6}") are left
// alone.
//
// parse_line_file never throws and never stops at the first problem: every malformed
// line becomes a LoadError with its file and line, so one run reports them all.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dxaudit::lexicon {

struct LoadError {
  std::string file;
  int line = 0;  // 1-based; 0 when the error concerns the whole file
  std::string message;
  std::string to_string() const;  // "file:line: message"
};

struct Option {
  std::string key;
  std::string value;  // empty for a bare flag
};

struct LineEntry {
  std::string id;
  std::string value;
  std::vector<Option> options;
  int line = 0;

  // The option's value, or nullptr when absent.
  const std::string* option(std::string_view key) const;
  bool has_flag(std::string_view key) const { return option(key) != nullptr; }
};

struct LineFile {
  std::string path;
  std::string kind;
  std::vector<LineEntry> entries;
  uint64_t content_hash = 0;  // FNV-1a, 64 bits, of the file's bytes
};

// Parses `content` (the text of file `path`). Appends problems to *errors.
LineFile parse_line_file(std::string path, std::string_view content,
                         std::vector<LoadError>* errors);

// Reads and parses a file; a file that cannot be read is a LoadError with line 0.
LineFile read_line_file(const std::string& path, std::vector<LoadError>* errors);

// Reads and parses every file ending in `extension` (".lex") under `dir`, recursively,
// sorted by path so that results never depend on directory order. A missing directory is
// a LoadError naming it.
std::vector<LineFile> read_line_files(const std::string& dir, std::string_view extension,
                                      std::vector<LoadError>* errors);

// A fingerprint of `files` read from `dir` (read_line_files): their paths under `dir` and
// their bytes, in order. Equal for the same files wherever `dir` is; any changed byte,
// added, removed or renamed file changes it.
uint64_t fingerprint_files(const std::vector<LineFile>& files, std::string_view dir);

}  // namespace dxaudit::lexicon
