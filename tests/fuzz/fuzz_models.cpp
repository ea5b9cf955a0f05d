// The model loaders on arbitrary bytes: the input is parsed as a model file and takes the
// place of the shipped model file of the kind it declares (codes, rules, suggest,
// verdicts, text_codes; any other kind is loaded beside them all), then CodeModel,
// TextCodeCues and AuditModel load the set against the shipped lexicons. Never a crash;
// every error names a file, errors in the fuzz file carry a line inside it. Models that
// load are used: text codes are found and resolved in a short note.
#include <memory>
#include <vector>

#include "audit/audit.h"
#include "codes/codes.h"
#include "codes/text_codes.h"
#include "fuzz_support.h"
#include "lexicon/lexicon.h"
#include "lexicon/line_file.h"

using namespace dxaudit;

namespace {

struct Shipped {
  std::unique_ptr<const lexicon::Lexicon> lexicon;
  std::vector<lexicon::LineFile> models;
};

const Shipped& shipped() {
  static const Shipped s = [] {
    Shipped r;
    std::vector<lexicon::LoadError> errors;
    r.lexicon = lexicon::load_lexicon(fuzz::source_dir() + "/lexicons", &errors);
    r.models = lexicon::read_line_files(fuzz::source_dir() + "/models", ".model", &errors);
    FUZZ_CHECK(r.lexicon != nullptr && errors.empty(), "the shipped data do not load");
    return r;
  }();
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::as_view(data, size);
  const size_t lines = fuzz::line_count(in);
  const std::string name = "fuzz.model";
  std::vector<lexicon::LoadError> errors;
  lexicon::LineFile parsed = lexicon::parse_line_file(name, in, &errors);

  std::vector<lexicon::LineFile> files;
  for (const lexicon::LineFile& f : shipped().models)
    if (f.kind != parsed.kind) files.push_back(f);
  files.push_back(std::move(parsed));

  auto code_model = codes::CodeModel::load(files, &errors);
  auto cues = codes::TextCodeCues::load(files, &errors);
  std::unique_ptr<const audit::AuditModel> audit_model;
  if (code_model)
    audit_model = audit::AuditModel::load(files, *shipped().lexicon, *code_model, &errors);
  for (const lexicon::LoadError& e : errors) {
    FUZZ_CHECK(!e.file.empty(), e.message);
    FUZZ_CHECK(!e.message.empty(), e.to_string());
    FUZZ_CHECK(e.line >= 0, e.to_string());
    if (e.file == name) FUZZ_CHECK(static_cast<size_t>(e.line) <= lines, e.to_string());
  }

  if (code_model && cues) {
    static constexpr std::string_view kNote =
        "Assessment:\nM54.50 low back pain\nS39.012A strain\n\nPlan: PT. Dx: M51.36, m5416\n";
    std::vector<codes::TextCode> found;
    codes::find_text_codes(kNote, *cues, &found);
    for (const codes::TextCode& t : found) {
      FUZZ_CHECK(t.begin <= t.end && t.end <= kNote.size(), "text code outside the note");
      codes::resolve_code(*code_model, t.raw, codes::CodeSource::kText, 0);
      codes::resolve_code(*code_model, t.raw, codes::CodeSource::kText,
                          *codes::parse_date("2024-10-01"));
    }
    for (std::string_view raw : {"M54.50", "m5450", "S39.012", "M51.360", "", "Z"})
      codes::resolve_code(*code_model, raw, codes::CodeSource::kMetadata, 0);
  }
  return 0;
}
