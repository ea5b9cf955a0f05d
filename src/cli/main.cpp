// dxaudit: the command-line shell over libdxaudit. Each subcommand parses its options,
// calls the library, and maps the outcome to an exit status:
//   0  every record was analysed
//   1  some records became error records (the run still wrote one record per input)
//   2  usage or configuration error (bad option, unreadable input, broken lexicon/model)
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "pipeline/analyzer.h"
#include "pipeline/progress.h"
#include "pipeline/scan.h"
#include "report/report.h"
#include "report/summary.h"
#include "store/store.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;
using namespace dxaudit;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitRecordErrors = 1;
constexpr int kExitUsage = 2;

const char* kMainHelp =
    R"(dxaudit: audit low back pain diagnosis codes against what clinical notes document

Usage: dxaudit <command> [options]

Commands:
  scan       analyse notes (JSONL, CSV, .txt folder, FHIR; .gz/.zst) and write one schema
             dxaudit/1 record per note, optionally into an SQLite database too
  report     write an HTML report and a CSV of flags from a scan's SQLite database
  lexicons   check the lexicons and models, or list their literal phrases

Options:
  -h, --help     show this help (and `dxaudit <command> --help` for a command)
  --version      print the version

Examples:
  dxaudit scan corpora/demo/notes.jsonl -o out.jsonl --summary
  dxaudit scan notes.csv.gz -j 8 --db audit.sqlite -o out.jsonl
  cat notes.jsonl | dxaudit scan > out.jsonl
  dxaudit report --db audit.sqlite --html report.html --csv flags.csv
  dxaudit lexicons check

Exit status: 0 all records analysed; 1 some records became error records;
2 usage or configuration error.
)";

const char* kScanExamples = R"(
Examples:
  dxaudit scan notes.jsonl -o audit.jsonl --summary
  dxaudit scan day1.jsonl day2.jsonl > audit.jsonl
  dxaudit scan export.csv.zst -j 4 -o audit.jsonl
  dxaudit scan notes/ -o audit.jsonl                  # a folder of .txt notes
  dxaudit scan docrefs.ndjson.gz -o audit.jsonl       # FHIR R4 DocumentReference
  dxaudit scan notes.jsonl --db audit.sqlite --resume -o audit.jsonl
  zcat notes.jsonl.gz | dxaudit scan - -o audit.jsonl
  dxaudit scan notes.jsonl --data /path/with/lexicons-and-models

Input (docs/input-formats.md), chosen by name or --input-format: JSON Lines (.jsonl),
CSV with a header row (.csv), a folder of .txt files with an optional manifest.csv,
FHIR R4 DocumentReference NDJSON (.ndjson); any of the files compressed (.gz, .zst).
Each note has at least note_id and text; optional patient_id, encounter_id,
encounter_date (YYYY-MM-DD), provider, codes.
Output: one JSON line per input record, in input order (docs/output-schema.md).
A record that cannot be read becomes an error record; the run goes on.

Exit status: 0 all records analysed; 1 some records became error records;
2 usage or configuration error.
)";

const char* kLexiconsHelp = R"(Usage: dxaudit lexicons <check|terms> [--data DIR]

  check   load and validate every lexicon and model file; print each problem as
          FILE:LINE: message and exit 2 if there is any
  terms   print the literal phrases of the lexicons, one per line (for benchmarks)

Examples:
  dxaudit lexicons check
  dxaudit lexicons terms > terms.txt
)";

int print_load_errors(const std::vector<lexicon::LoadError>& errors) {
  for (const lexicon::LoadError& e : errors) std::cerr << "dxaudit: " << e.to_string() << "\n";
  std::cerr << "dxaudit: " << errors.size() << " problem" << (errors.size() == 1 ? "" : "s")
            << " in lexicons or models\n";
  return kExitUsage;
}

// Writes to `path` through a temporary file renamed into place on success, so that an
// interrupted run never leaves a half-written output where a complete one was.
class AtomicOutput {
 public:
  bool open(const std::string& path) {
    if (path.empty() || path == "-") {
      file_ = stdout;
      return true;
    }
    std::error_code ec;
    if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {
      // A device or pipe (-o /dev/null, a FIFO): written in place, never renamed over.
      file_ = std::fopen(path.c_str(), "wb");
      direct_ = true;
      return file_ != nullptr;
    }
    path_ = path;
    temp_ = path + ".tmp." + std::to_string(getpid());
    file_ = std::fopen(temp_.c_str(), "wb");
    return file_ != nullptr;
  }
  std::FILE* file() const { return file_; }
  bool commit() {
    if (file_ == stdout) return std::fflush(stdout) == 0;
    if (direct_) {
      bool closed = std::fclose(file_) == 0;
      file_ = nullptr;
      return closed;
    }
    bool ok = std::fclose(file_) == 0;
    file_ = nullptr;
    std::error_code ec;
    if (ok) fs::rename(temp_, path_, ec);
    if (!ok || ec) fs::remove(temp_, ec);
    return ok && !ec;
  }
  ~AtomicOutput() {
    if (file_ != nullptr && file_ != stdout) {
      std::fclose(file_);
      if (direct_) return;
      std::error_code ec;
      fs::remove(temp_, ec);
    }
  }

 private:
  std::FILE* file_ = nullptr;
  std::string path_, temp_;
  bool direct_ = false;
};

int run_scan(const std::vector<std::string>& args) {
  po::options_description opts("Usage: dxaudit scan [FILE...] [options]\n\nOptions");
  std::string output, data_dir;
  opts.add_options()("help,h", "show this help")(
      "output,o", po::value(&output), "write records to FILE (default: standard output)")(
      "data", po::value(&data_dir),
      "directory holding lexicons/ and models/ (default: $DXAUDIT_DATA or the build's)")(
      "summary", "print a summary of the run on standard error")(
      "input-format", po::value<std::string>()->default_value("auto"),
      "auto, jsonl, csv, txt (a folder) or fhir")("jobs,j", po::value<int>()->default_value(0),
                                                  "worker threads (default: every core)")(
      "db", po::value<std::string>(), "also store every record in this SQLite database")(
      "resume", "with --db: notes already stored with the same content are not analysed again")(
      "quiet,q", "no progress line on standard error");
  po::options_description hidden;
  std::vector<std::string> inputs;
  hidden.add_options()("input", po::value(&inputs));
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "dxaudit scan: " << e.what() << "\n(see dxaudit scan --help)\n";
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << opts << kScanExamples;
    return kExitOk;
  }
  if (inputs.empty()) inputs.push_back("-");
  if (data_dir.empty()) data_dir = pipeline::default_data_dir();

  pipeline::LoadResult loaded = pipeline::Analyzer::load(data_dir);
  if (!loaded.analyzer) return print_load_errors(loaded.errors);

  pipeline::ScanOptions options;
  if (!io::parse_input_format(vm["input-format"].as<std::string>(), &options.format)) {
    std::cerr << "dxaudit scan: --input-format must be auto, jsonl, csv, txt or fhir\n";
    return kExitUsage;
  }
  options.threads = vm["jobs"].as<int>();
  if (options.threads < 0) {
    std::cerr << "dxaudit scan: -j must be 0 (every core) or more\n";
    return kExitUsage;
  }
  std::unique_ptr<store::Store> db;
  if (vm.count("db")) {
    std::string error;
    db = store::Store::open(vm["db"].as<std::string>(), &error);
    if (!db) {
      std::cerr << "dxaudit scan: " << error << "\n";
      return kExitUsage;
    }
    options.store = db.get();
    options.resume = vm.count("resume") > 0;
  } else if (vm.count("resume")) {
    std::cerr << "dxaudit scan: --resume needs --db\n";
    return kExitUsage;
  }
  std::unique_ptr<pipeline::Progress> progress;
  if (!vm.count("quiet") && isatty(STDERR_FILENO)) {
    progress = std::make_unique<pipeline::Progress>(stderr);
    options.progress = progress.get();
  }

  AtomicOutput out;
  if (!out.open(output)) {
    std::cerr << "dxaudit scan: cannot write " << output << "\n";
    return kExitUsage;
  }
  report::Summary summary;
  pipeline::ScanOutcome outcome =
      pipeline::scan(*loaded.analyzer, inputs, out.file(), &summary, options);
  if (!outcome.ok) {
    std::cerr << "dxaudit scan: " << outcome.error << "\n";
    return kExitUsage;
  }
  if (!out.commit()) {
    std::cerr << "dxaudit scan: could not write " << output << "\n";
    return kExitUsage;
  }
  if (vm.count("summary")) {
    summary.print(std::cerr, output.empty() ? "standard output" : output);
    if (outcome.resumed > 0)
      std::cerr << "resumed: " << outcome.resumed
                << " notes already stored unchanged were not analysed again\n";
  }
  return summary.errors() > 0 ? kExitRecordErrors : kExitOk;
}

const char* kReportExamples = R"(
Examples:
  dxaudit scan notes.jsonl --db audit.sqlite -o audit.jsonl
  dxaudit report --db audit.sqlite --html report.html --csv flags.csv
  dxaudit report --db audit.sqlite --csv flags.csv --excel     # CSV for Excel (BOM)

The HTML is one self-contained file (no network): summary charts, a worklist of
flagged notes to sort and filter, each flagged note with its findings highlighted,
missing documentation elements and suggested codes, and a timeline per patient.
The CSV has one row per flag (docs/report.md).
)";

int run_report(const std::vector<std::string>& args) {
  po::options_description opts(
      "Usage: dxaudit report --db FILE [--html FILE] [--csv FILE]\n\nOptions");
  report::ReportOptions options;
  opts.add_options()("help,h", "show this help")(
      "db", po::value(&options.db), "the SQLite database written by dxaudit scan --db")(
      "html", po::value(&options.html), "write the HTML report to FILE")(
      "csv", po::value(&options.csv), "write one CSV row per flag to FILE")(
      "excel", "start the CSV with a UTF-8 byte order mark, for Excel")(
      "max-notes", po::value(&options.max_notes)->default_value(2000),
      "flagged notes in the HTML worklist, the most severe first (0: all); the CSV has all");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(opts).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "dxaudit report: " << e.what() << "\n(see dxaudit report --help)\n";
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << opts << kReportExamples;
    return kExitOk;
  }
  if (options.db.empty() || (options.html.empty() && options.csv.empty())) {
    std::cerr << "dxaudit report: give --db and at least one of --html, --csv\n(see dxaudit "
                 "report --help)\n";
    return kExitUsage;
  }
  options.excel = vm.count("excel") > 0;
  report::ReportOutcome r = report::write_report(options);
  if (!r.ok) {
    std::cerr << "dxaudit report: " << r.error << "\n";
    return kExitUsage;
  }
  std::cerr << "dxaudit report: " << r.notes << " notes, " << r.flagged_notes << " flagged, "
            << r.flags << " flags";
  if (!options.html.empty()) std::cerr << "; HTML " << options.html;
  if (!options.csv.empty()) std::cerr << "; CSV " << options.csv;
  std::cerr << "\n";
  return kExitOk;
}

int run_lexicons(const std::vector<std::string>& args) {
  po::options_description opts("Options");
  std::string data_dir, action;
  opts.add_options()("help,h", "show this help")(
      "data", po::value(&data_dir),
      "directory holding lexicons/ and models/ (default: $DXAUDIT_DATA or the build's)");
  po::options_description hidden;
  hidden.add_options()("action", po::value(&action));
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("action", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "dxaudit lexicons: " << e.what() << "\n\n" << kLexiconsHelp;
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << kLexiconsHelp << "\n" << opts;
    return kExitOk;
  }
  if (action != "check" && action != "terms") {
    std::cerr << (action.empty() ? std::string("dxaudit lexicons: say check or terms")
                                 : "dxaudit lexicons: unknown action '" + action + "'")
              << "\n\n"
              << kLexiconsHelp;
    return kExitUsage;
  }
  if (data_dir.empty()) data_dir = pipeline::default_data_dir();
  pipeline::LoadResult loaded = pipeline::Analyzer::load(data_dir);
  if (!loaded.analyzer) return print_load_errors(loaded.errors);
  const lexicon::Lexicon& lex = loaded.analyzer->lexicon();
  if (action == "check") {
    std::cout << "ok: " << lex.concepts.size() << " concepts, " << lex.elements.size()
              << " elements, " << lex.patterns.size() << " patterns, " << lex.section_headers.size()
              << " section headers, " << loaded.analyzer->audit_model().rules().size()
              << " rules\n";
    return kExitOk;
  }
  for (const lexicon::Pattern& p : lex.patterns)
    if (lexicon::is_literal_pattern(p.source)) std::cout << p.source << "\n";
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kMainHelp;
    return kExitUsage;
  }
  const std::string command = args.front();
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kMainHelp;
    return kExitOk;
  }
  if (command == "--version" || command == "version") {
    std::cout << "dxaudit " << DXAUDIT_VERSION << " (schema dxaudit/1)\n";
    return kExitOk;
  }
  try {
    if (command == "scan") return run_scan(rest);
    if (command == "report") return run_report(rest);
    if (command == "lexicons") return run_lexicons(rest);
  } catch (const std::exception& e) {
    std::cerr << "dxaudit " << command << ": internal error: " << e.what() << "\n";
    return kExitUsage;
  }
  std::cerr << "dxaudit: unknown command '" << command << "'\n\n" << kMainHelp;
  return kExitUsage;
}
