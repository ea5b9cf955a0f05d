#include "io/csv_text.h"

#include "io/utf8.h"

namespace dxaudit::io {

namespace {

bool formula_start(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

}  // namespace

std::string csv_cell(std::string_view s) {
  std::string v;
  if (!s.empty() && formula_start(s[0])) v = "'";
  if (is_valid_utf8(s))
    v += s;
  else
    append_repaired_utf8(s, &v);
  if (v.find_first_of(",\"\r\n") == std::string::npos &&
      (v.empty() || (v.front() != ' ' && v.back() != ' ')))
    return v;
  std::string q = "\"";
  for (char c : v) {
    if (c == '"') q.push_back('"');
    q.push_back(c);
  }
  q.push_back('"');
  return q;
}

std::string csv_uncell(std::string s) {
  if (s.size() >= 2 && s[0] == '\'' && formula_start(s[1])) s.erase(0, 1);
  return s;
}

bool split_csv(std::string_view s, std::vector<std::vector<std::string>>* records,
               std::vector<int>* lines, int* bad_line) {
  size_t i = 0;
  int line = 1;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < s.size()) {
    std::vector<std::string> fields;
    int start_line = line;
    std::string field;
    bool done = false;
    while (!done) {
      if (i < s.size() && s[i] == '"') {
        ++i;
        for (;;) {
          if (i >= s.size()) {
            *bad_line = start_line;
            return false;
          }
          if (s[i] == '"') {
            if (i + 1 < s.size() && s[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (s[i] == '\n') ++line;
          field += s[i++];
        }
      }
      while (i < s.size() && s[i] != ',' && s[i] != '\n' && s[i] != '\r') field += s[i++];
      fields.push_back(std::move(field));
      field.clear();
      if (i < s.size() && s[i] == ',') {
        ++i;
        continue;
      }
      if (i < s.size() && s[i] == '\r') ++i;
      if (i < s.size() && s[i] == '\n') {
        ++i;
        ++line;
      }
      done = true;
    }
    bool empty = fields.size() == 1 && fields[0].empty();
    if (!empty) {
      records->push_back(std::move(fields));
      lines->push_back(start_line);
    }
  }
  return true;
}

}  // namespace dxaudit::io
