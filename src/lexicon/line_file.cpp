#include "lexicon/line_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dxaudit::lexicon {

std::string LoadError::to_string() const {
  std::string s = file;
  if (line > 0) {
    s += ':';
    s += std::to_string(line);
  }
  s += ": ";
  s += message;
  return s;
}

const std::string* LineEntry::option(std::string_view key) const {
  for (const Option& o : options)
    if (o.key == key) return &o.value;
  return nullptr;
}

namespace {

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

// Splits an options column into key=value items; values may be double-quoted.
bool parse_options(std::string_view text, std::vector<Option>* out, std::string* error) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size()) break;
    Option opt;
    while (i < text.size() && text[i] != '=' && text[i] != ' ' && text[i] != '\t')
      opt.key += text[i++];
    if (opt.key.empty()) {
      *error = "an option has no name before '='";
      return false;
    }
    if (i < text.size() && text[i] == '=') {
      ++i;
      if (i < text.size() && text[i] == '"') {
        ++i;
        bool closed = false;
        while (i < text.size()) {
          char c = text[i++];
          if (c == '\\' && i < text.size() && (text[i] == '"' || text[i] == '\\')) {
            opt.value += text[i++];
          } else if (c == '"') {
            closed = true;
            break;
          } else {
            opt.value += c;
          }
        }
        if (!closed) {
          *error = "option '" + opt.key + "' has an unterminated quoted value";
          return false;
        }
      } else {
        while (i < text.size() && text[i] != ' ' && text[i] != '\t') opt.value += text[i++];
      }
      if (opt.value.empty()) {
        *error = "option '" + opt.key + "' has an empty value";
        return false;
      }
    }
    out->push_back(std::move(opt));
  }
  return true;
}

}  // namespace

LineFile parse_line_file(std::string path, std::string_view content,
                         std::vector<LoadError>* errors) {
  LineFile file;
  file.path = std::move(path);
  auto fail = [&](int line, std::string message) {
    errors->push_back({file.path, line, std::move(message)});
  };
  int line_no = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view raw = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') {
      if (nl == content.size()) break;
      continue;
    }
    if (line.front() == '@') {
      if (line.substr(0, 6) == "@kind " || line.substr(0, 6) == "@kind\t") {
        if (!file.kind.empty()) {
          fail(line_no, "@kind is declared twice");
        } else {
          file.kind = std::string(trim(line.substr(6)));
          if (file.kind.empty()) fail(line_no, "@kind needs a name");
        }
      } else {
        fail(line_no, "unknown directive '" + std::string(line) + "' (only @kind exists)");
      }
    } else if (file.kind.empty()) {
      fail(line_no, "entry before the file's '@kind' line");
    } else {
      LineEntry entry;
      entry.line = line_no;
      // Columns are tab-separated; the third and later columns all hold options. Split the
      // untrimmed line so that a leading tab still means an empty id.
      std::string_view rest = raw;
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r'))
        rest.remove_suffix(1);
      size_t tab = rest.find('\t');
      entry.id = std::string(trim(rest.substr(0, tab)));
      if (tab == std::string_view::npos) {
        fail(line_no, "expected '<id><TAB><value>', found no tab after '" + entry.id + "'");
      } else {
        rest = rest.substr(tab + 1);
        tab = rest.find('\t');
        entry.value = std::string(trim(rest.substr(0, tab)));
        std::string option_error;
        bool ok = true;
        if (tab != std::string_view::npos &&
            !parse_options(rest.substr(tab + 1), &entry.options, &option_error)) {
          fail(line_no, option_error);
          ok = false;
        }
        if (entry.id.empty()) {
          fail(line_no, "empty id");
        } else if (entry.value.empty()) {
          fail(line_no, "empty value for '" + entry.id + "'");
        } else if (ok) {
          file.entries.push_back(std::move(entry));
        }
      }
    }
    if (nl == content.size()) break;
  }
  if (file.kind.empty() && errors != nullptr) {
    bool reported = false;
    for (const LoadError& e : *errors)
      if (e.file == file.path) reported = true;
    if (!reported) fail(0, "no '@kind' line: every lexicon and model file declares its kind");
  }
  return file;
}

LineFile read_line_file(const std::string& path, std::vector<LoadError>* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors->push_back({path, 0, "cannot read file"});
    LineFile empty;
    empty.path = path;
    return empty;
  }
  std::ostringstream content;
  content << in.rdbuf();
  return parse_line_file(path, content.str(), errors);
}

std::vector<LineFile> read_line_files(const std::string& dir, std::string_view extension,
                                      std::vector<LoadError>* errors) {
  namespace fs = std::filesystem;
  std::vector<LineFile> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    errors->push_back({dir, 0, "directory not found"});
    return files;
  }
  std::vector<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == extension)
      paths.push_back(it->path().string());
  if (ec) errors->push_back({dir, 0, "cannot list directory: " + ec.message()});
  std::sort(paths.begin(), paths.end());
  for (const std::string& path : paths) files.push_back(read_line_file(path, errors));
  return files;
}

}  // namespace dxaudit::lexicon
