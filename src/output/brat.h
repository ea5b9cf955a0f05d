// brat output of analysed notes (`dxaudit scan --format brat`): NOTE.txt and the NOTE.ann
// standoff beside it, so that a reviewer can open dxaudit's findings and elements in brat.
//
//   output::BratSink brat("review/", analyzer, inputs);   // inputs: io/output_file.h
//   if (!brat.open()) fail(brat.error());    // the directory and its annotation.conf
//   pipeline::scan(analyzer, inputs, sinks_with(&brat), options);
//
// The annotation convention is the one corpora/gold/README.md defines for gold notes, so
// the same files can be read back by `dxaudit eval`:
//   - each finding is an entity whose type is its concept, with binary attributes
//     Negated, Uncertain, Historical, Hypothetical, Experiencer_other and a
//     `Laterality left|right|bilateral` attribute when a side was found;
//   - each piece of evidence of a present element is an entity whose type is the element.
// Offsets are characters (code points) of the note text, as brat counts them. Records that
// could not be analysed have no files: their JSON error line goes to standard error.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>

#include "io/output_directory.h"
#include "io/output_file.h"
#include "pipeline/analyzer.h"
#include "pipeline/record_sink.h"

namespace dxaudit::output {

// Appends the .ann content of `record` (an ok record carrying its note text).
void append_brat_annotations(const pipeline::NoteRecord& record, const pipeline::Analyzer& analyzer,
                             std::string* out);

// A file name for a note id: letters, digits, '-', '_' and '.' are kept, anything else
// becomes '_'; an empty or dot-only id becomes "note".
std::string brat_file_stem(std::string_view note_id);

// The annotation.conf that declares every concept, element and attribute of `lexicon`,
// so that brat shows the files without complaint.
std::string brat_annotation_conf(const lexicon::Lexicon& lexicon);

// Writes STEM.txt and STEM.ann for each ok record into one directory; a note_id seen
// before gets STEM-2, STEM-3, ... A file that cannot be written stops the scan (error()
// says which).
class BratSink : public pipeline::RecordSink {
 public:
  // The directory is an io::OutputDirectory: new or empty, never one holding an input or
  // anything else, filled beside its place and put there by commit(). `inputs` must
  // outlive the sink.
  BratSink(std::string dir, const pipeline::Analyzer& analyzer, const io::InputFiles& inputs)
      : dir_(std::move(dir)), analyzer_(analyzer), inputs_(inputs) {}
  // Checks the directory and writes its annotation.conf. False on failure (error()).
  bool open();
  // Puts the directory in place once the run is complete. Without it, nothing is left.
  bool commit();

  bool needs_text() const override { return true; }
  void render(const pipeline::NoteRecord& record, std::string* out) const override;
  bool write(const pipeline::NoteRecord& record, std::string_view rendered) override;
  bool finish() override { return error_.empty(); }
  std::string error() const override { return error_; }

 private:
  bool write_file(const std::string& name, std::string_view content);
  std::string dir_;
  io::OutputDirectory out_;
  const pipeline::Analyzer& analyzer_;
  const io::InputFiles& inputs_;
  std::set<std::string> used_stems_;
  std::string error_;
};

}  // namespace dxaudit::output
