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

namespace {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;

uint64_t fnv1a(uint64_t h, std::string_view bytes) {
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace

LineFile parse_line_file(std::string path, std::string_view content,
                         std::vector<LoadError>* errors) {
  LineFile file;
  file.path = std::move(path);
  file.content_hash = fnv1a(kFnvOffset, content);
  auto fail = [&](int line, std::string message) {
    errors->push_back({file.path, line, std::move(message)});
  };
  // `@define NAME TEXT`: named pieces of text, spliced into later values as {NAME}.
  std::vector<std::pair<std::string, std::string>> defines;
  // Expands every {NAME} of `value`; false (with *problem) for an undefined name. Braces
  // that do not hold an upper-case name ("{0,6}" of a regex) are left as they are.
  auto expand = [&](std::string* value, std::string* problem) {
    std::string out;
    size_t i = 0;
    while (i < value->size()) {
      size_t open = value->find('{', i);
      if (open == std::string::npos) break;
      size_t close = open + 1;
      while (close < value->size() &&
             (((*value)[close] >= 'A' && (*value)[close] <= 'Z') || (*value)[close] == '_' ||
              ((*value)[close] >= '0' && (*value)[close] <= '9' && close > open + 1)))
        ++close;
      if (close == open + 1 || close >= value->size() || (*value)[close] != '}') {
        out.append(*value, i, open + 1 - i);
        i = open + 1;
        continue;
      }
      std::string name = value->substr(open + 1, close - open - 1);
      auto def = std::find_if(defines.begin(), defines.end(),
                              [&](const auto& d) { return d.first == name; });
      if (def == defines.end()) {
        *problem = "{" + name + "} is not defined (write '@define " + name + " TEXT' above)";
        return false;
      }
      out.append(*value, i, open - i);
      out += def->second;
      i = close + 1;
    }
    out.append(*value, i, std::string::npos);
    *value = std::move(out);
    return true;
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
      } else if (line.substr(0, 8) == "@define " || line.substr(0, 8) == "@define\t") {
        std::string_view rest = trim(line.substr(8));
        size_t gap = rest.find_first_of(" \t");
        std::string name(rest.substr(0, gap));
        std::string text(gap == std::string_view::npos ? "" : trim(rest.substr(gap)));
        bool upper = !name.empty() && name.front() >= 'A' && name.front() <= 'Z' &&
                     std::all_of(name.begin(), name.end(), [](char c) {
                       return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
                     });
        std::string problem;
        if (!upper) {
          fail(line_no, "@define needs an upper-case NAME (A-Z, 0-9, _), not '" + name + "'");
        } else if (text.empty()) {
          fail(line_no, "@define " + name + " needs a text");
        } else if (std::any_of(defines.begin(), defines.end(),
                               [&](const auto& d) { return d.first == name; })) {
          fail(line_no, "@define " + name + " is defined twice");
        } else if (!expand(&text, &problem)) {
          fail(line_no, problem);
        } else {
          defines.emplace_back(std::move(name), std::move(text));
        }
      } else {
        fail(line_no, "unknown directive '" + std::string(line) + "' (@kind and @define exist)");
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
        std::string problem;
        if (entry.id.empty()) {
          fail(line_no, "empty id");
        } else if (entry.value.empty()) {
          fail(line_no, "empty value for '" + entry.id + "'");
        } else if (!expand(&entry.value, &problem)) {
          // (Also before any @define: "{NAME}" would otherwise reach RE2 as literal text.)
          fail(line_no, problem);
        } else if (ok && std::any_of(entry.options.begin(), entry.options.end(),
                                     [&](Option& o) { return !expand(&o.value, &problem); })) {
          fail(line_no, problem);
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

uint64_t fingerprint_files(const std::vector<LineFile>& files, std::string_view dir) {
  uint64_t h = kFnvOffset;
  for (const LineFile& f : files) {
    std::string_view name = f.path;
    if (name.starts_with(dir)) name.remove_prefix(dir.size());
    while (name.starts_with("/")) name.remove_prefix(1);
    h = fnv1a(h, name);
    char bytes[9] = {};  // a separator, then the file's hash
    for (int i = 0; i < 8; ++i) bytes[i + 1] = static_cast<char>(f.content_hash >> (8 * i));
    h = fnv1a(h, std::string_view(bytes, sizeof bytes));
  }
  return h;
}

}  // namespace dxaudit::lexicon
