#include "io/claims.h"

#include <algorithm>

#include "io/csv_reader.h"
#include "io/fields.h"
#include "io/source.h"

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

// The note_id synonyms less "id", which in a claims file is more likely the claim's own.
constexpr std::string_view kClaimNoteId[] = {"note_id", "document_id", "doc_id"};

}  // namespace

ClaimsIndex::LoadOutcome ClaimsIndex::load(const std::string& path, char delimiter) {
  std::string error;
  std::unique_ptr<ByteStream> stream = open_byte_stream(path, &error);
  if (!stream) return {false, path + ": " + error};
  return read(std::move(stream), path, delimiter);
}

ClaimsIndex::LoadOutcome ClaimsIndex::parse(std::string_view content, const std::string& name,
                                            char delimiter) {
  return read(memory_stream(content), name, delimiter);
}

ClaimsIndex::LoadOutcome ClaimsIndex::read(std::unique_ptr<ByteStream> stream,
                                           const std::string& name, char delimiter) {
  CsvRows rows(std::move(stream), delimiter);
  std::vector<std::string> header;
  uint64_t line = 0;
  std::string error;
  if (!rows.read_header(&header, &line, &error))
    return {false, name + ":" + std::to_string(line == 0 ? 1 : line) + ": " +
                       (error.empty() ? "no header row" : error)};
  std::vector<bool> taken(header.size(), false);
  const int code_col = find_column(header, claim_code_synonyms(), taken);
  if (code_col >= 0) taken[static_cast<size_t>(code_col)] = true;
  const int note_col = find_column(header, kClaimNoteId, taken);
  if (note_col >= 0) taken[static_cast<size_t>(note_col)] = true;
  const int enc_col = find_column(header, field_synonyms(Field::kEncounterId), taken);
  if (code_col < 0 || (note_col < 0 && enc_col < 0))
    return {false, name + ":" + std::to_string(line) +
                       ": the header must name a code column and a note_id or encounter_id column; "
                       "it has " +
                       list_columns(header) + " (docs/input-formats.md#claims)"};
  CsvRows::Row row;
  while (rows.next(&row)) {
    if (!row.error.empty()) {
      std::string where = name;
      if (row.line != 0) where.append(":").append(std::to_string(row.line));
      return {false, where.append(": ").append(row.error)};
    }
    auto get = [&](int col) {
      return col >= 0 && col < static_cast<int>(row.fields.size()) ? trim(row.fields[col])
                                                                   : std::string();
    };
    std::vector<std::string> codes;
    split_codes(get(code_col), &codes);
    if (codes.empty()) continue;
    // The row's entry for an id (made on its first row), its codes added in file order.
    auto file = [&](Keys* keys, const std::string& id) -> const Keys::value_type* {
      if (id.empty()) return nullptr;
      Keys::value_type& entry = *keys->try_emplace(id).first;
      for (const std::string& code : codes) add(&entry.second.codes, code);
      return &entry;
    };
    Row filed{file(&by_note_, get(note_col)), file(&by_encounter_, get(enc_col)), row.line};
    if (filed.note != nullptr || filed.encounter != nullptr) rows_with_codes_.push_back(filed);
    ++rows_;
  }
  return {true, ""};
}

std::vector<std::string> ClaimsIndex::codes_for(std::string_view note_id,
                                                std::string_view encounter_id) const {
  std::vector<std::string> out;
  auto join = [&](const Keys& keys, std::string_view id) {
    if (id.empty()) return;
    if (auto it = keys.find(std::string(id)); it != keys.end()) {
      it->second.asked.store(true, std::memory_order_relaxed);
      for (const std::string& c : it->second.codes) add(&out, c);
    }
  };
  join(by_note_, note_id);
  join(by_encounter_, encounter_id);
  return out;
}

ClaimsIndex::Unmatched ClaimsIndex::unmatched() const {
  auto asked = [](const Keys::value_type* entry) {
    return entry != nullptr && entry->second.asked.load(std::memory_order_relaxed);
  };
  Unmatched u;
  for (const Row& r : rows_with_codes_) {
    if (asked(r.note) || asked(r.encounter)) continue;
    if (u.rows++ == 0) {
      u.first_line = r.line;
      u.first_key = (r.note != nullptr ? r.note : r.encounter)->first;
    }
  }
  return u;
}

}  // namespace dxaudit::io
