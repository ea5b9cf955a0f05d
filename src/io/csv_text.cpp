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

}  // namespace dxaudit::io
