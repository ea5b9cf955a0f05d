#include "io/claims.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "io/csv_text.h"

namespace dxaudit::io {

namespace {

std::string trim(std::string s) {
  size_t b = s.find_first_not_of(" \t");
  size_t e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

void add(std::vector<std::string>* codes, const std::string& code) {
  if (std::find(codes->begin(), codes->end(), code) == codes->end()) codes->push_back(code);
}

}  // namespace

ClaimsIndex::LoadOutcome ClaimsIndex::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {false, path + ": cannot open: " + std::strerror(errno)};
  std::stringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path);
}

ClaimsIndex::LoadOutcome ClaimsIndex::parse(std::string_view content, const std::string& name) {
  std::vector<std::vector<std::string>> records;
  std::vector<int> lines;
  int bad = 0;
  if (!split_csv(content, &records, &lines, &bad))
    return {false, name + ":" + std::to_string(bad) + ": a quoted field is never closed"};
  if (records.empty()) return {false, name + ":1: no header row"};
  int note_col = -1, enc_col = -1, code_col = -1;
  for (size_t c = 0; c < records[0].size(); ++c) {
    std::string h = trim(records[0][c]);
    if (h == "note_id") note_col = static_cast<int>(c);
    if (h == "encounter_id") enc_col = static_cast<int>(c);
    if (h == "code") code_col = static_cast<int>(c);
  }
  if (code_col < 0 || (note_col < 0 && enc_col < 0))
    return {false, name + ":" + std::to_string(lines[0]) +
                       ": the header must name a code column and a note_id or encounter_id column"};
  for (size_t r = 1; r < records.size(); ++r) {
    const auto& rec = records[r];
    auto get = [&](int col) {
      return col >= 0 && col < static_cast<int>(rec.size()) ? trim(rec[col]) : std::string();
    };
    std::string code = get(code_col);
    if (code.empty()) continue;
    std::string note = get(note_col), enc = get(enc_col);
    if (!note.empty()) add(&by_note_[note], code);
    if (!enc.empty()) add(&by_encounter_[enc], code);
    ++rows_;
  }
  return {true, ""};
}

std::vector<std::string> ClaimsIndex::codes_for(std::string_view note_id,
                                                std::string_view encounter_id) const {
  std::vector<std::string> out;
  if (!note_id.empty())
    if (auto it = by_note_.find(std::string(note_id)); it != by_note_.end())
      for (const std::string& c : it->second) add(&out, c);
  if (!encounter_id.empty())
    if (auto it = by_encounter_.find(std::string(encounter_id)); it != by_encounter_.end())
      for (const std::string& c : it->second) add(&out, c);
  return out;
}

}  // namespace dxaudit::io
