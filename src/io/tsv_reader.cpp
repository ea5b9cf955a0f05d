#include "io/tsv_reader.h"

namespace dxaudit::io {

void split_tabs(std::string_view line, std::vector<std::string_view>* fields) {
  fields->clear();
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields->push_back(line.substr(start));
      return;
    }
    fields->push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool TsvReader::open(std::istream* in, std::string name, std::string* error) {
  in_ = in;
  name_ = std::move(name);
  header_.clear();
  line_number_ = 0;
  std::vector<std::string_view> fields;
  uint64_t line = 0;
  if (!next(&fields, &line)) {
    *error = name_ + ": no header row";
    return false;
  }
  for (std::string_view f : fields) header_.emplace_back(f);
  if (!header_.empty() && header_[0].starts_with("\xEF\xBB\xBF")) header_[0].erase(0, 3);
  return true;
}

std::optional<size_t> TsvReader::column(std::string_view name) const {
  for (size_t i = 0; i < header_.size(); ++i)
    if (header_[i] == name) return i;
  return std::nullopt;
}

bool TsvReader::next(std::vector<std::string_view>* fields, uint64_t* line) {
  while (std::getline(*in_, line_)) {
    ++line_number_;
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (line_.find_first_not_of(" \t") == std::string::npos) continue;
    split_tabs(line_, fields);
    *line = line_number_;
    return true;
  }
  return false;
}

}  // namespace dxaudit::io
