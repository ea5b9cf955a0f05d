#include "codes/codes.h"

#include <cctype>

namespace dxaudit::codes {

std::optional<Date> parse_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto num = [&](size_t from, size_t len, uint32_t* out) {
    uint32_t v = 0;
    for (size_t i = from; i < from + len; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
      v = v * 10 + static_cast<uint32_t>(t[i] - '0');
    }
    *out = v;
    return true;
  };
  uint32_t y, m, d;
  if (!num(0, 4, &y) || !num(5, 2, &m) || !num(8, 2, &d)) return std::nullopt;
  if (y < 1900 || m < 1 || m > 12 || d < 1) return std::nullopt;
  static constexpr uint32_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  uint32_t max_day = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  if (d > max_day) return std::nullopt;
  return y * 10000 + m * 100 + d;
}

std::optional<std::string> normalize_code(std::string_view raw) {
  std::string compact;
  size_t b = 0, e = raw.size();
  while (b < e && std::isspace(static_cast<unsigned char>(raw[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(raw[e - 1]))) --e;
  bool dot = false;
  for (size_t i = b; i < e; ++i) {
    char c = raw[i];
    if (c == '.' && compact.size() == 3 && !dot) {  // one dot, only after the category
      dot = true;
      continue;
    }
    if (!std::isalnum(static_cast<unsigned char>(c))) return std::nullopt;
    compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (compact.size() < 3 || compact.size() > 7) return std::nullopt;
  if (!std::isalpha(static_cast<unsigned char>(compact[0])) ||
      !std::isdigit(static_cast<unsigned char>(compact[1])))
    return std::nullopt;
  if (compact.size() == 3) return compact;
  return compact.substr(0, 3) + "." + compact.substr(3);
}

bool CodeInfo::billable_on(Date date) const {
  if (header) return false;
  if (date == 0) return billable_until == 0;
  if (billable_from != 0 && date < billable_from) return false;
  if (billable_until != 0 && date > billable_until) return false;
  return true;
}

std::unique_ptr<const CodeModel> CodeModel::load(const std::vector<lexicon::LineFile>& files,
                                                 std::vector<lexicon::LoadError>* errors) {
  auto model = std::unique_ptr<CodeModel>(new CodeModel());
  size_t before = errors->size();
  for (const lexicon::LineFile& f : files) {
    if (f.kind != "codes") continue;
    for (const lexicon::LineEntry& e : f.entries) {
      auto fail = [&](std::string msg) { errors->push_back({f.path, e.line, std::move(msg)}); };
      auto code = normalize_code(e.id);
      if (!code || *code != e.id) {
        fail("'" + e.id + "' is not a code in canonical form (e.g. M54.50)");
        continue;
      }
      CodeInfo info;
      info.code = *code;
      info.title = e.value;
      info.file = f.path;
      info.line = e.line;
      bool ok = true;
      for (const lexicon::Option& o : e.options) {
        if (o.key == "from" || o.key == "until") {
          auto d = parse_date(o.value);
          if (!d) {
            fail(o.key + " must be a date YYYY-MM-DD, not '" + o.value + "'");
            ok = false;
          } else {
            (o.key == "from" ? info.billable_from : info.billable_until) = *d;
          }
        } else if (o.key == "header" || o.key == "seventh") {
          if (!o.value.empty()) {
            fail(o.key + " is a flag and takes no value");
            ok = false;
          }
          info.header = true;
          if (o.key == "seventh") info.needs_7th = true;
        } else if (o.key == "excludes1") {
          size_t pos = 0;
          while (pos <= o.value.size()) {
            size_t comma = o.value.find(',', pos);
            if (comma == std::string::npos) comma = o.value.size();
            std::string item = o.value.substr(pos, comma - pos);
            pos = comma + 1;
            bool dash = !item.empty() && item.back() == '-';
            std::string bare = dash ? item.substr(0, item.size() - 1) : item;
            auto canon = normalize_code(bare);
            if (!canon || *canon != bare) {
              fail("excludes1: '" + item +
                   "' is not a code in canonical form, optionally with a dash (M51.2-)");
              ok = false;
              continue;
            }
            info.excludes1.push_back(item);
          }
        } else {
          fail("unknown option '" + o.key +
               "' for a code (from, until, header, seventh, excludes1)");
          ok = false;
        }
      }
      if (!ok) continue;
      if (info.billable_from == 0) {
        fail("code " + info.code + " needs from=YYYY-MM-DD");
        continue;
      }
      if (info.billable_until != 0 && info.billable_until < info.billable_from) {
        fail("code " + info.code + " is billable until a date before it starts");
        continue;
      }
      auto [it, inserted] = model->codes_.emplace(info.code, info);
      if (!inserted)
        fail("code " + info.code + " is already defined at " + it->second.file + ":" +
             std::to_string(it->second.line));
    }
  }
  if (errors->size() != before) return nullptr;
  return model;
}

const CodeInfo* CodeModel::find(std::string_view code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

std::vector<const CodeInfo*> CodeModel::children(std::string_view prefix) const {
  std::vector<const CodeInfo*> out;
  for (auto it = codes_.lower_bound(prefix); it != codes_.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    if (it->first.size() > prefix.size() && !it->second.header) out.push_back(&it->second);
  }
  return out;
}

const CodeInfo* CodeModel::parent(std::string_view code) const {
  for (size_t len = code.size(); len-- > 3;) {
    std::string_view prefix = code.substr(0, len);
    if (!prefix.empty() && prefix.back() == '.') continue;
    if (const CodeInfo* p = find(prefix)) return p;
  }
  return nullptr;
}

bool code_matches(std::string_view pattern, std::string_view code) {
  if (!pattern.empty() && pattern.back() == '-') {
    pattern.remove_suffix(1);
    return code.substr(0, pattern.size()) == pattern;
  }
  return code == pattern;
}

std::string CodeModel::excludes1_conflict(std::string_view a, std::string_view b) const {
  auto one_way = [&](std::string_view at, std::string_view other) -> std::string {
    const CodeInfo* c = find(at);
    if (c == nullptr) c = parent(at);
    for (; c != nullptr; c = parent(c->code))
      for (const std::string& pattern : c->excludes1)
        if (code_matches(pattern, other)) return pattern;
    return "";
  };
  if (a == b) return "";
  std::string p = one_way(a, b);
  return p.empty() ? one_way(b, a) : p;
}

std::vector<std::string> CodeModel::replacements(std::string_view code, Date date) const {
  std::vector<std::string> out;
  for (const CodeInfo* c : children(code))
    if (c->billable_on(date)) out.push_back(c->code);
  if (!out.empty()) return out;
  for (const CodeInfo* p = parent(code); p != nullptr; p = parent(p->code))
    if (p->billable_on(date)) return {p->code};
  return out;
}

AssignedCode resolve_code(const CodeModel& model, std::string_view raw, CodeSource source,
                          Date date) {
  AssignedCode out;
  out.source = source;
  auto code = normalize_code(raw);
  if (!code) {
    out.code = std::string(raw);
    return out;
  }
  out.code = *code;
  out.well_formed = true;
  out.info = model.find(out.code);
  out.known = out.info != nullptr;
  out.valid = out.known ? out.info->billable_on(date) : true;
  return out;
}

}  // namespace dxaudit::codes
