#include "io/folder_source.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "io/byte_stream.h"
#include "io/text_folder_reader.h"

namespace dxaudit::io {

namespace fs = std::filesystem;

namespace {

enum class FileKind { kTextNote, kManifest, kNoteFile, kOther };

// What a file in a folder is, by its name; *format for a note file, *why for another.
FileKind kind_of(const std::string& name, InputFormat* format, std::string* why) {
  if (name == "manifest.csv") return FileKind::kManifest;
  switch (kind_of_name(name)) {
    case NameKind::kText:
      return FileKind::kTextNote;  // hidden names (".txt" itself) are skipped before
    case NameKind::kJson:
      *format = InputFormat::kAuto;  // content decides
      return FileKind::kNoteFile;
    case NameKind::kFhir:
      *format = InputFormat::kFhir;
      return FileKind::kNoteFile;
    case NameKind::kCsv:
      *format = InputFormat::kCsv;
      return FileKind::kNoteFile;
    case NameKind::kUnreadCompression:
      *why = "bzip2 and xz are not read: decompress it";
      return FileKind::kOther;
    case NameKind::kOther:
      break;
  }
  *why = "not a kind of note file (.txt, .jsonl, .json, .ndjson, .csv, .tsv; .gz or .zst too)";
  return FileKind::kOther;
}

void walk(const fs::path& dir, const std::string& shown, InputFormat format, FolderPlan* plan) {
  using Part = FolderPlan::Part;
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    entries.push_back(*it);
  if (ec) {
    plan->parts.push_back(
        {Part::Kind::kUnreadable, shown, {}, "the folder could not be listed: " + ec.message()});
    return;
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return a.path().filename().string() < b.path().filename().string();
  });
  bool text_notes = false;
  std::vector<Part> note_files;
  std::vector<std::pair<fs::path, std::string>> subfolders;
  for (const fs::directory_entry& e : entries) {
    const std::string name = e.path().filename().string();
    const std::string path = (fs::path(shown) / name).string();
    std::error_code ec2;
    const bool link = e.is_symlink(ec2);
    const fs::file_status status = e.status(ec2);  // links followed
    if (name.starts_with(".")) {
      plan->skipped.push_back({path, "hidden, not read"});
    } else if (fs::is_directory(status)) {
      if (link)
        plan->skipped.push_back({path, "a link to a folder, not followed"});
      else
        subfolders.emplace_back(e.path(), path);
    } else if (!fs::is_regular_file(status)) {
      plan->skipped.push_back(
          {path, ec2 ? "cannot be read: " + ec2.message() : std::string("not a regular file")});
    } else {
      InputFormat file_format = InputFormat::kJsonl;
      std::string why;
      uint64_t size = e.file_size(ec2);
      switch (kind_of(name, &file_format, &why)) {
        case FileKind::kTextNote:
        case FileKind::kManifest:
          text_notes = true;
          plan->files.push_back(path);
          plan->size += ec2 ? 0 : size;
          break;
        case FileKind::kNoteFile:
          if (format == InputFormat::kTxtFolder) {
            plan->skipped.push_back({path, "not a .txt note (--input-format txt)"});
          } else {
            note_files.push_back({Part::Kind::kFile, path, file_format, {}});
            plan->files.push_back(path);
            plan->size += ec2 ? 0 : size;
          }
          break;
        case FileKind::kOther:
          plan->skipped.push_back({path, why});
          break;
      }
    }
  }
  // TextFolderReader names its files as folder / name: the folder as given.
  if (text_notes) plan->parts.push_back({Part::Kind::kTextNotes, shown, {}, {}});
  for (Part& p : note_files) plan->parts.push_back(std::move(p));
  for (const auto& [sub, path] : subfolders) walk(sub, path, format, plan);
}

InputRecord unreadable(const std::string& path, const std::string& why) {
  InputRecord r;
  r.where = {path, 0};
  r.error_kind = ErrorKind::kReadError;
  r.error_message = why;
  return r;
}

}  // namespace

FolderPlan plan_folder(const std::string& folder, InputFormat format) {
  FolderPlan plan;
  plan.folder = folder;
  walk(fs::path(folder), folder, format, &plan);
  return plan;
}

FolderSource::FolderSource(FolderPlan plan, const ReadOptions& options)
    : plan_(std::move(plan)), options_(options) {
  size_ = plan_.size;
}

bool FolderSource::read_record(InputRecord* record) {
  using Part = FolderPlan::Part;
  for (;;) {
    if (current_) {
      if (current_->next(record)) return true;
      consumed_before_ += current_->consumed();
      current_.reset();
    }
    if (next_part_ == plan_.parts.size()) return false;
    const Part& part = plan_.parts[next_part_++];
    if (part.kind == Part::Kind::kUnreadable) {
      *record = unreadable(part.path, part.error);
      return true;
    }
    if (part.kind == Part::Kind::kTextNotes) {
      current_ = std::make_unique<TextFolderReader>(part.path, options_);
    } else {
      OpenedSource opened = open_source(part.path, part.format, options_);
      if (!opened.source) {
        *record = unreadable(part.path, opened.error);
        return true;
      }
      current_ = std::move(opened.source);
      if (options_.on_field_mapping) {
        const std::string mapping = current_->field_mapping();
        if (!mapping.empty()) options_.on_field_mapping(part.path, mapping);
      }
    }
    current_->set_defer_parsing(defer_parsing_);
  }
}

uint64_t FolderSource::consumed() const {
  return consumed_before_ + (current_ ? current_->consumed() : 0);
}

}  // namespace dxaudit::io
