// JSONL output: one JSON line of schema dxaudit/1 per record (docs/output-schema.md),
// written from the typed record (pipeline/record.h) and nothing else.
//
//   output::JsonlSink jsonl(stdout, analyzer);   // a RecordSink for pipeline::scan()
//   std::string line;
//   output::append_record_json(record, analyzer, &line);   // the same line, on its own
//
// Keys come in the schema's order; every string is escaped and its invalid UTF-8 replaced
// by U+FFFD (io/json_writer.h), so each line is valid JSON whatever the note held; offsets
// are the record's, bytes of the note as it arrived.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>

#include "pipeline/analyzer.h"
#include "pipeline/record_sink.h"

namespace dxaudit::output {

inline constexpr const char* kSchema = "dxaudit/1";

// Appends the JSON line of `record` (an ok or an error record), ending with '\n'. Names of
// concepts, categories, sections and elements come from `analyzer`'s vocabulary.
void append_record_json(const pipeline::NoteRecord& record, const pipeline::Analyzer& analyzer,
                        std::string* out);

// Writes each record's line to a FILE, in order, through a buffer of its own (flushed every
// MiB and at the end). The FILE stays the caller's; `name` (a path, or "standard output")
// says in error() which output could not be written.
class JsonlSink : public pipeline::RecordSink {
 public:
  JsonlSink(std::FILE* out, const pipeline::Analyzer& analyzer, std::string name = "the output")
      : out_(out), analyzer_(analyzer), name_(std::move(name)) {}
  void render(const pipeline::NoteRecord& record, std::string* out) const override;
  bool write(const pipeline::NoteRecord& record, std::string_view rendered) override;
  bool finish() override;
  std::string error() const override { return error_; }

 private:
  bool flush();
  bool flush_failed();  // records why (errno) and returns false
  std::FILE* out_;
  const pipeline::Analyzer& analyzer_;
  std::string name_;
  std::string buffer_;
  std::string error_;
};

}  // namespace dxaudit::output
