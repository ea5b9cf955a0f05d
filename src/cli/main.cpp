// dxaudit: the command-line shell over libdxaudit. Each subcommand parses its options,
// calls the library, and maps the outcome to an exit status:
//   0  every record was analysed
//   1  some records became error records (the run still wrote one record per input)
//   2  usage or configuration error (bad option, unreadable input, broken lexicon/model)
#include <fcntl.h>
#include <unistd.h>

#include <oneapi/tbb/global_control.h>
#include <algorithm>
#include <boost/program_options.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/usage.h"
#include "eval/gold_eval.h"
#include "io/claims.h"
#include "io/fields.h"
#include "io/output_file.h"
#include "io/temporaries.h"
#include "lexicon/lexicon.h"
#include "match/matcher.h"
#include "output/brat.h"
#include "output/jsonl.h"
#include "pipeline/analyzer.h"
#include "pipeline/progress.h"
#include "pipeline/scan.h"
#include "report/report.h"
#include "report/summary.h"
#include "store/reviews.h"
#include "store/store.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;
using namespace dxaudit;
using namespace dxaudit::cli;

namespace {

// How locate_data's rule reads in a message.
std::string data_rule(const std::string& rule) {
  if (rule == "--data") return "given with --data";
  if (rule == "$DXAUDIT_DATA") return "from $DXAUDIT_DATA";
  if (rule == "install") return "the install's share directory";
  return "the build tree";
}

const char* kMainHelp =
    R"(dxaudit: audit low back pain diagnosis codes against what clinical notes document

Usage: dxaudit <command> [options]

Commands:
  scan       analyse notes (JSONL, CSV, .txt folder, FHIR; .gz/.zst) and write one schema
             dxaudit/1 record per note, optionally into an SQLite database too
  report     write an HTML report and a CSV of flags from a scan's SQLite database
  review     import an auditor's decisions on flags into the database, or export them
  lexicons   check the lexicons and models, or list their literal phrases
  assert     assert target phrases in sentences (TSV in, JSONL out)
  eval-assert  measure the assertion engine against annotated sentences
  models     check the models (codes, rules, suggestions, verdicts, text-code cues)
  eval       measure findings and elements against a brat-annotated gold corpus

Options:
  -h, --help     show this help (and `dxaudit <command> --help` for a command)
  --version      print the version, and where the lexicons and models are found

Examples:
  dxaudit scan corpora/demo/notes.jsonl -o out.jsonl --summary
  dxaudit scan notes.csv.gz -j 8 --db audit.sqlite -o out.jsonl
  cat notes.jsonl | dxaudit scan > out.jsonl
  dxaudit report --db audit.sqlite --html report.html --csv flags.csv
  dxaudit lexicons check
  dxaudit eval-assert context_dev.tsv --errors historical
  dxaudit models check --data /path/with/lexicons-and-models
  dxaudit eval --gold corpora/gold --show-errors

Exit status: 0 all records analysed; 1 some records became error records, or none
was read; 2 usage or configuration error.
)";

const char* kScanExamples = R"(
Examples:
  dxaudit scan notes.jsonl -o audit.jsonl --summary
  dxaudit scan day1.jsonl day2.jsonl > audit.jsonl
  dxaudit scan export.csv.zst -j 4 -o audit.jsonl
  dxaudit scan notes/ -o audit.jsonl                  # a folder, read recursively
  dxaudit scan docrefs.ndjson.gz -o audit.jsonl       # FHIR R4 DocumentReference
  dxaudit scan notes.jsonl --db audit.sqlite --resume -o audit.jsonl
  zcat notes.jsonl.gz | dxaudit scan - -o audit.jsonl
  dxaudit scan notes.jsonl --data /path/with/lexicons-and-models
  dxaudit scan notes.jsonl --claims claims.csv -o audit.jsonl
  dxaudit scan notes.jsonl --format brat -o review/   (NOTE.txt + NOTE.ann for brat)
  dxaudit scan export.csv --map text=Narrative --map note_id=DocKey
  dxaudit scan export.txt --input-format csv --delimiter '|' --date-format %d.%m.%Y
  dxaudit scan bundle.json -o audit.jsonl             # a FHIR Bundle document

Claims: a CSV file with a header naming `code` and `note_id` or `encounter_id`; each
row's code is added to the matching note with "source": "claims".
Records are written once the whole input is read: the longitudinal review
(REPEATED_UNSPECIFIED, S39.012A vs S39.012D) needs every encounter of a patient.

Input (docs/input-formats.md), chosen by name or --input-format: JSON Lines (.jsonl),
CSV with a header row (.csv, .tsv; comma, semicolon, tab or pipe), FHIR R4 (.ndjson:
DocumentReference, DiagnosticReport, Bundle; a .json Bundle document too); gzip or
zstd, told by the first bytes, on files and standard input; a folder is read
recursively, each file by its kind (.txt: one note per file, with the folder's
manifest.csv), the others listed as skipped. Each note has at least note_id and text;
optional patient_id, encounter_id, encounter_date, provider, codes. Columns and keys
are matched by name and synonym (NoteText, MRN, DOS, ...; --map for the rest; the
mapping is printed on standard error). Dates: YYYY-MM-DD, MM/DD/YYYY, M/D/YY,
YYYYMMDD, ISO date-times (--date-format for others).
Output: one JSON line per input record, in input order (docs/output-schema.md).
A record that cannot be read becomes an error record; the run goes on. The run ends
with a line on standard error: records read = ok + error, then the error records by
kind (count, first FILE:LINE) and the notes that carried no code.
Outputs (-o, --db) are never an input; -o FILE is replaced only when the run
completes; a link's target is written, a device or FIFO written through (docs/robustness.md).

Exit status: 0 all records analysed; 1 some records became error records, or none
was read (the reason is said); 2 usage or configuration error.
)";

const char* kLexiconsHelp =
    R"(Usage: dxaudit lexicons <check|terms|unfiltered|unfiltered-cues> [--data DIR]

  check       load and validate every lexicon and model file; print each problem as
              FILE:LINE: message and exit 2 if there is any
  terms       print the literal phrases of the lexicons, one per line (for benchmarks)
  unfiltered  print, as FILE:LINE: re:..., the expressions a scan searches in every
              sentence because they have no literal piece of 3 bytes or more to filter
              on and no leading words to be tried at (docs/lexicon-format.md: each one
              slows every scan)
  unfiltered-cues
              the same for the assertion cues: the expressions `dxaudit assert`
              searches in every sentence (none, since round eighteen)

Examples:
  dxaudit lexicons check
  dxaudit lexicons terms > terms.txt
  dxaudit lexicons unfiltered
)";

// What opening a store of schema 5 for writing did to it (store::SchemaUpgrade), said once,
// quiet or not: the store changed, and some decisions may no longer count.
void print_upgrade(const char* command, const std::string& db, const store::SchemaUpgrade& u) {
  if (u.from == 0) return;
  std::cerr << "dxaudit " << command << ": " << db << " was updated from database schema " << u.from
            << " to " << store::kSchemaVersion
            << " (a review decision is keyed on its flag's code too): " << u.decisions
            << " decision(s) kept\n";
  if (u.marked > 0)
    std::cerr << "dxaudit " << command << ": " << u.marked
              << " of them could not be tied to one flag: they fit flags of several codes "
                 "(such as two INVALID_CODE flags without evidence on one note) and were taken "
                 "on one of them, which the store did not say; they are marked 'evidence "
                 "changed' and no longer count: decide those flags again in the report\n";
}

// The line every scan ends with on standard error: records read = ok + error, each
// counted where it happens (pipeline::ScanOutcome). Printed unless --quiet, and always when
// there were error records or the counts do not add up. False when they do not: some record
// was not written, and the output must not be taken as complete.
bool reconcile(const pipeline::ScanOutcome& o, bool quiet) {
  const bool complete = o.read == o.ok_records + o.error_records && o.written == o.read;
  if (quiet && o.error_records == 0 && complete) return true;
  std::cerr << "dxaudit scan: " << o.read << " records read = " << o.ok_records << " ok + "
            << o.error_records << " error";
  if (o.duplicate_ids > 0)
    std::cerr << " (" << o.duplicate_ids << " repeat an earlier record's note_id)";
  if (!complete) std::cerr << "; " << o.written << " written";
  std::cerr << "\n";
  if (!complete)
    std::cerr << "dxaudit scan: internal error: the output does not hold one record per input "
                 "record\n";
  return complete;
}

int run_scan(const std::vector<std::string>& args) {
  po::options_description opts("Usage: dxaudit scan [FILE|FOLDER|-]... [options]\n\nOptions");
  std::string output, data_dir, claims_path, format = "jsonl";
  opts.add_options()("help,h", "show this help")(
      "output,o", po::value(&output)->value_name("FILE"),
      "write records to FILE (- or none: standard output); with --format brat, a new or "
      "empty directory")(
      "format", po::value(&format)->value_name("FORMAT"),
      "jsonl (default) or brat: NOTE.txt + NOTE.ann per note in the -o directory")(
      "data", po::value(&data_dir)->value_name("DIR"),
      "directory holding lexicons/ and models/ (default: see dxaudit --version)")(
      "claims", po::value(&claims_path)->value_name("FILE"),
      "join the codes of a claims CSV (columns note_id or encounter_id, and code; gzip or "
      "zstd too)")("summary", "print a summary of the run on standard error")(
      "input-format", po::value<std::string>()->default_value("auto")->value_name("FORMAT"),
      "auto, jsonl, csv, txt (a folder's .txt notes only) or fhir")(
      "map", po::value<std::vector<std::string>>()->composing()->value_name("FIELD=COLUMN"),
      "read the note field FIELD (note_id, text, patient_id, encounter_id, "
      "encounter_date, provider, codes) from COLUMN (a CSV column or JSON key); repeatable")(
      "delimiter", po::value<std::string>()->value_name("CHAR"),
      "the delimiter of CSV inputs and the claims file: , ; | tab (default: sniffed from the "
      "header line)")(
      "date-format", po::value<std::string>()->value_name("FORMAT"),
      "strptime format of encounter dates the built-in formats do not read, e.g. %d.%m.%Y")(
      "jobs,j", po::value<int>()->default_value(0)->value_name("N"),
      "worker threads (default: every core)")(
      "db", po::value<std::string>()->value_name("FILE"),
      "also store every record in this SQLite database (a new file or a dxaudit store)")(
      "resume",
      "with --db: a note stored with the same content and claim codes, by the same dxaudit and "
      "lexicons and models, is not analysed again")(
      "quiet,q", "no progress line; fewer lines on standard error");
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
    return option_error("scan", e, opts);
  }
  if (vm.count("help")) {
    std::cout << opts << kScanExamples;
    return kExitOk;
  }
  const bool quiet = vm.count("quiet") > 0;
  if (inputs.empty()) {
    // Reading a terminal would wait for notes typed by hand: say how to give them instead.
    if (isatty(STDIN_FILENO)) {
      std::cerr << "dxaudit scan: no input: name the notes (dxaudit scan notes.jsonl, or a "
                   "folder), or pipe them in (zcat notes.jsonl.gz | dxaudit scan -o "
                   "audit.jsonl); dxaudit scan --help says more\n";
      return kExitUsage;
    }
    inputs.push_back("-");
  }
  const pipeline::DataDir data = pipeline::locate_data(data_dir, pipeline::self_executable());

  if (format != "jsonl" && format != "brat") {
    std::cerr << "dxaudit scan: --format is jsonl or brat, not '" << format << "'\n";
    return kExitUsage;
  }
  const bool brat = format == "brat";
  if (brat && (output.empty() || output == "-")) {
    std::cerr << "dxaudit scan: --format brat needs -o DIR: it writes a folder of files\n";
    return kExitUsage;
  }
  pipeline::ScanOptions scan_options;
  if (!io::parse_input_format(vm["input-format"].as<std::string>(), &scan_options.input_format)) {
    std::cerr << "dxaudit scan: --input-format must be auto, jsonl, csv, txt or fhir\n";
    return kExitUsage;
  }

  const int jobs = vm["jobs"].as<int>();
  if (jobs < 0) {
    std::cerr << "dxaudit scan: -j must be 0 (every core) or more\n";
    return kExitUsage;
  }
  if (vm.count("resume") && !vm.count("db")) {
    std::cerr << "dxaudit scan: --resume needs --db\n";
    return kExitUsage;
  }
  // brat files show what each note documents and nothing else: no store is written beside
  // them, and a --db given with them would be left an empty database.
  if (brat && vm.count("db")) {
    std::cerr << "dxaudit scan: --format brat writes no database: drop --db, or scan once with "
                 "--db and once with --format brat\n";
    return kExitUsage;
  }
  // Every file the run reads, so that no output is written over one (io/output_file.h);
  // and the outputs checked against them and each other before anything is written.
  const io::InputFiles input_files =
      io::files_a_scan_reads(inputs, scan_options.input_format, claims_path, data.path);
  const std::string jsonl_path = output.empty() ? "-" : output;
  io::OutputTarget jsonl_target, db_target;
  std::string error;
  // The other outputs must not land on the database either, nor on the files SQLite keeps
  // beside it (standard output redirected onto it, -o NAME-wal).
  io::InputFiles output_guard = input_files;
  if (vm.count("db")) {
    if (!io::resolve_output(vm["db"].as<std::string>(), input_files, &db_target, &error)) {
      std::cerr << "dxaudit scan: " << error << "\n";
      return kExitUsage;
    }
    output_guard.add_database(db_target.path);
  }
  if (!brat && !io::resolve_output(jsonl_path, output_guard, &jsonl_target, &error)) {
    std::cerr << "dxaudit scan: " << error << "\n";
    return kExitUsage;
  }
  if (!brat && vm.count("db") && io::same_target(jsonl_target, db_target)) {
    std::cerr << "dxaudit scan: " << output
              << ": is the --db database too; give each its own file\n";
    return kExitUsage;
  }

  // -j bounds the threads of the whole run, start-up included (loading analyses the
  // lexicons' expressions in parallel).
  std::optional<tbb::global_control> thread_limit;
  if (jobs > 0)
    thread_limit.emplace(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(jobs));
  pipeline::LoadResult loaded = pipeline::Analyzer::load(data.path);
  if (!loaded.analyzer) return print_load_errors(loaded.errors);
  const pipeline::Analyzer& analyzer = *loaded.analyzer;

  {
    const std::vector<std::string> maps =
        vm.count("map") ? vm["map"].as<std::vector<std::string>>() : std::vector<std::string>{};
    const std::string* delimiter =
        vm.count("delimiter") ? &vm["delimiter"].as<std::string>() : nullptr;
    const std::string* date_format =
        vm.count("date-format") ? &vm["date-format"].as<std::string>() : nullptr;
    if (!io::parse_read_options(maps, delimiter, date_format, &scan_options.read, &error)) {
      std::cerr << "dxaudit scan: " << error << "\n";
      return kExitUsage;
    }
  }
  if (!vm.count("quiet"))
    scan_options.on_field_mapping = [](const std::string& mapping) {
      std::cerr << "dxaudit scan: " << mapping << "\n";
    };

  io::ClaimsIndex claims;
  if (!claims_path.empty()) {
    io::ClaimsIndex::LoadOutcome c = claims.load(claims_path, scan_options.read.delimiter);
    if (!c.ok) {
      std::cerr << "dxaudit scan: claims: " << c.error << "\n";
      return kExitUsage;
    }
    scan_options.claims = &claims;
  }
  scan_options.threads = jobs;
  // The database first: a file that is not a dxaudit store is refused before anything at
  // all is written.
  std::unique_ptr<store::Store> db;
  if (vm.count("db")) {
    db = store::Store::open(vm["db"].as<std::string>(), analyzer, &error, input_files);
    if (!db) {
      std::cerr << "dxaudit scan: " << error << "\n";
      return kExitUsage;
    }
    print_upgrade("scan", vm["db"].as<std::string>(), db->upgraded());
  }
  // The sinks every record goes to: the JSONL output or the brat directory, the database
  // (not with brat: brat output writes no store), and the summary.
  std::vector<pipeline::RecordSink*> sinks;
  io::OutputFile out;
  std::unique_ptr<output::JsonlSink> jsonl;
  std::unique_ptr<output::BratSink> brat_files;
  if (brat) {
    brat_files = std::make_unique<output::BratSink>(output, analyzer, output_guard);
    if (!brat_files->open()) {
      std::cerr << "dxaudit scan: " << brat_files->error() << "\n";
      return kExitUsage;
    }
    sinks.push_back(brat_files.get());
    // brat shows what each note documents, which the longitudinal review never changes.
    scan_options.longitudinal_review = false;
  } else {
    if (!out.open(jsonl_path, output_guard, &error)) {
      std::cerr << "dxaudit scan: " << error << "\n";
      return kExitUsage;
    }
    jsonl = std::make_unique<output::JsonlSink>(
        out.file(), analyzer, jsonl_path == "-" ? std::string("standard output") : jsonl_path);
    sinks.push_back(jsonl.get());
    if (db) {
      sinks.push_back(db.get());
      scan_options.checkpoints = db.get();
      scan_options.resume = vm.count("resume") > 0;
      if (!db->begin_run({quoted_command_line("scan", args), data.path, inputs})) {
        std::cerr << "dxaudit scan: " << db->error() << "\n";
        return kExitUsage;
      }
    }
  }
  std::unique_ptr<pipeline::Progress> progress;
  if (!quiet && isatty(STDERR_FILENO)) {
    progress = std::make_unique<pipeline::Progress>(stderr);
    scan_options.progress = progress.get();
  }
  report::Summary summary(analyzer);
  sinks.push_back(&summary);

  pipeline::ScanOutcome outcome = pipeline::scan(analyzer, inputs, sinks, scan_options);
  if (!outcome.ok) {
    std::cerr << "dxaudit scan: " << outcome.error << "\n";
    if (db && !brat)  // the run's row says it failed (best effort: the store may be the cause)
      db->end_run({outcome.read, outcome.ok_records, outcome.error_records, outcome.resumed,
                   summary.uncoded_notes(), kExitUsage});
    return kExitUsage;
  }
  summary.add_duplicate_ids(outcome.duplicate_ids);
  // An output that misses records is not committed, nor one of a run that read nothing:
  // a previous FILE stays as it was, and no brat folder appears.
  const bool complete =
      outcome.read == outcome.ok_records + outcome.error_records && outcome.written == outcome.read;
  if (!brat && complete && outcome.read > 0 && !out.commit(&error)) {
    std::cerr << "dxaudit scan: " << error << "\n";
    return kExitUsage;
  }
  if (brat && complete && outcome.read > 0 && !brat_files->commit()) {
    std::cerr << "dxaudit scan: " << brat_files->error() << "\n";
    return kExitUsage;
  }
  if (vm.count("summary")) {
    summary.print(std::cerr, brat ? output : jsonl_path == "-" ? "standard output" : output);
    if (!brat && outcome.resumed > 0)
      std::cerr << "resumed: " << outcome.resumed
                << " notes already stored unchanged were not analysed again\n";
  }
  // Files a folder holds that are not read: listed, never skipped silently.
  if (quiet && !outcome.skipped.empty())
    std::cerr << "dxaudit scan: skipped " << outcome.skipped.size()
              << " file(s) of a kind dxaudit does not read (without --quiet, each is listed)\n";
  else
    for (const io::SkippedFile& s : outcome.skipped)
      std::cerr << "dxaudit scan: skipped " << s.path << ": " << s.why << "\n";
  int status = outcome.error_records > 0 ? kExitRecordErrors : kExitOk;
  if (!reconcile(outcome, quiet)) status = kExitUsage;
  summary.print_account(std::cerr, "dxaudit scan: ");
  // Claims no note asked for are codes never audited: said, with the first one, since a
  // file keyed by another id than the notes' would otherwise look like notes without codes.
  if (!claims_path.empty() && outcome.read > 0) {
    const io::ClaimsIndex::Unmatched unmatched = claims.unmatched();
    if (unmatched.rows > 0)
      std::cerr << "dxaudit scan: " << unmatched.rows << " of " << claims.rows()
                << " claim rows matched no note read, so their codes were not audited (the "
                   "first, for '"
                << unmatched.first_key << "', at " << claims_path << ":" << unmatched.first_line
                << "; notes join by note_id or encounter_id)\n";
  }
  // A stored note replaced by another patient's note of the same id is gone from the
  // database: said, with the first, and no success.
  if (db && !brat && db->replaced_other_patients().count > 0) {
    const store::Store::Replaced& r = db->replaced_other_patients();
    std::cerr << "dxaudit scan: " << r.count << (r.count == 1 ? " note" : " notes")
              << " replaced a note of another patient stored under the same note_id (the "
                 "first, '"
              << r.note_id << "': patient '" << r.was << "', now '" << r.now
              << "'); the earlier notes are gone from the database: note ids must be unique "
                 "across everything scanned into one database\n";
    if (status == kExitOk) status = kExitRecordErrors;
  }
  if (outcome.read == 0) {
    std::cerr << "dxaudit scan: no record was read, nothing was audited: "
              << outcome.why_nothing_read() << "\n";
    if (status == kExitOk) status = kExitRecordErrors;
  }
  if (db && !brat &&
      !db->end_run({outcome.read, outcome.ok_records, outcome.error_records, outcome.resumed,
                    summary.uncoded_notes(), status})) {
    std::cerr << "dxaudit scan: " << db->error() << "\n";
    return kExitUsage;
  }
  return status;
}

const char* kEvalExamples = R"(
Examples:
  dxaudit eval --gold corpora/gold
  dxaudit eval --gold corpora/gold --show-errors
  dxaudit eval --gold corpora/gold --min-concept-f1 0.95 --min-laterality-accuracy 0.95 \
      --min-element-accuracy 0.95
  dxaudit eval --gold corpora/gold-mtsamples --show-errors          # the dev part
  dxaudit eval --gold corpora/gold-mtsamples --min-active-f1 0.92 --min-negations-found 0.90
  dxaudit eval --gold corpora/gold-mtsamples --part test            # once, at the end

DIR holds NAME.txt notes with NAME.ann brat annotations (corpora/gold/README.md).
Findings match gold entities when their spans overlap and their concepts agree. When DIR
has a parts.tsv (dev and test), the dev part is evaluated unless --part says otherwise:
tune on dev, and score test once at the end of a round of work.

Exit status: 0 every figure at or above its threshold; 1 a figure below its threshold;
2 usage error, unreadable gold data or annotation problems (printed as FILE:LINE).
)";

int run_eval(const std::vector<std::string>& args) {
  po::options_description opts("Usage: dxaudit eval --gold DIR [options]\n\nOptions");
  std::string gold_dir, data_dir, part;
  double min_concept_f1 = 0, min_laterality = 0, min_element = 0, min_active_f1 = 0,
         min_negations = 0, min_valid_evidence = 0, min_region = 0;
  opts.add_options()("help,h", "show this help")("gold", po::value(&gold_dir)->value_name("DIR"),
                                                 "directory of NAME.txt + NAME.ann gold notes")(
      "data", po::value(&data_dir)->value_name("DIR"),
      "directory holding lexicons/ and models/ (default: see dxaudit --version)")(
      "show-errors", "list every disagreement (file, span, text, expected, found)")(
      "min-concept-f1", po::value(&min_concept_f1)->value_name("X"),
      "fail (exit 1) when concept micro F1 is lower")(
      "min-laterality-accuracy", po::value(&min_laterality)->value_name("X"),
      "fail (exit 1) when laterality accuracy is lower")(
      "min-element-accuracy", po::value(&min_element)->value_name("X"),
      "fail (exit 1) when element accuracy is lower")(
      "min-active-f1", po::value(&min_active_f1)->value_name("X"),
      "fail (exit 1) when active-concept micro F1 is lower")(
      "min-negations-found", po::value(&min_negations)->value_name("X"),
      "fail (exit 1) when the share of gold negations found negated is lower")(
      "min-region-accuracy", po::value(&min_region)->value_name("X"),
      "fail (exit 1) when region accuracy is lower")(
      "min-valid-evidence", po::value(&min_valid_evidence)->value_name("X"),
      "fail (exit 1) when the share of flags with valid evidence is lower")(
      "part", po::value(&part)->value_name("PART"),
      "with DIR/parts.tsv: the part to evaluate (dev, test, or all; default dev)");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(opts).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return option_error("eval", e, opts);
  }
  if (vm.count("help")) {
    std::cout << opts << kEvalExamples;
    return kExitOk;
  }
  if (gold_dir.empty()) {
    std::cerr << "dxaudit eval: --gold DIR is required\n(see dxaudit eval --help)\n";
    return kExitUsage;
  }
  const std::string data_path = pipeline::locate_data(data_dir, pipeline::self_executable()).path;
  {
    io::InputFiles inputs;
    inputs.add_tree(gold_dir);
    inputs.add_data_dir(data_path);
    if (!standard_output_allowed(inputs, "eval")) return kExitUsage;
  }
  pipeline::LoadResult loaded = pipeline::Analyzer::load(data_path);
  if (!loaded.analyzer) return print_load_errors(loaded.errors);

  std::vector<std::string> parts = eval::gold_parts(gold_dir);
  if (part.empty() && !parts.empty()) part = "dev";
  if (part == "all") part.clear();
  if (!part.empty() && std::find(parts.begin(), parts.end(), part) == parts.end()) {
    std::cerr << "dxaudit eval: --part " << part << ": " << gold_dir
              << (parts.empty() ? " has no parts.tsv" : "/parts.tsv names no such part") << "\n";
    return kExitUsage;
  }
  eval::GoldEvalReport report = eval::evaluate_gold(*loaded.analyzer, gold_dir, part);
  if (!report.problems.empty()) {
    for (const std::string& p : report.problems) std::cerr << "dxaudit eval: " << p << "\n";
    std::cerr << "dxaudit eval: " << report.problems.size() << " problem"
              << (report.problems.size() == 1 ? "" : "s") << " in the gold data\n";
    return kExitUsage;
  }
  eval::print_report(report, std::cout, vm.count("show-errors") > 0);
  int status = kExitOk;
  auto check = [&](const char* what, double value, double minimum) {
    if (value + 1e-12 >= minimum) return;
    std::cerr << "dxaudit eval: " << what << " " << value << " is below " << minimum << "\n";
    status = 1;
  };
  check("concept F1", report.concepts_total().f1(), min_concept_f1);
  check("laterality accuracy", report.laterality_accuracy(), min_laterality);
  check("element accuracy", report.element_accuracy(), min_element);
  check("active-concept F1", report.active_concepts.f1(), min_active_f1);
  check("explicit negations found", report.negation_recall(), min_negations);
  check("region accuracy", report.region_accuracy(), min_region);
  check("flags with valid evidence", report.valid_evidence(), min_valid_evidence);
  return status;
}

const char* kReportExamples = R"(
Examples:
  dxaudit scan notes.jsonl --db audit.sqlite -o audit.jsonl
  dxaudit report --db audit.sqlite --html report.html --csv flags.csv
  dxaudit report --db audit.sqlite --csv flags.csv --excel     # CSV for Excel (BOM)
  dxaudit report --db audit.sqlite --csv-rates rates.csv       # rates per provider, month, rule

The HTML is one self-contained file (no network): summary charts, a worklist of
flagged notes to sort and filter, each flagged note with its findings highlighted,
missing documentation elements and suggested codes, and a timeline per patient.
The CSV has one row per flag (docs/report.md).
)";

int run_report(const std::vector<std::string>& args) {
  po::options_description opts(
      "Usage: dxaudit report --db FILE [--html FILE] [--csv FILE] [--csv-rates FILE]\n\nOptions");
  report::ReportOptions options;
  opts.add_options()("help,h", "show this help")(
      "db", po::value(&options.db)->value_name("FILE"),
      "the SQLite database written by dxaudit scan --db")(
      "html", po::value(&options.html)->value_name("FILE"),
      "write the HTML report to FILE (-: standard output)")(
      "csv", po::value(&options.csv)->value_name("FILE"),
      "write one CSV row per flag to FILE (-: standard output)")(
      "csv-rates", po::value(&options.csv_rates)->value_name("FILE"),
      "write the rates (per provider, month and rule) as CSV to FILE (-: standard output)")(
      "excel", "start the CSV with a UTF-8 byte order mark, for Excel")(
      "max-notes", po::value(&options.max_notes)->default_value(2000)->value_name("N"),
      "flagged notes in the HTML worklist, the most severe first (0: all); the CSV has all");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(opts).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return option_error("report", e, opts);
  }
  if (vm.count("help")) {
    std::cout << opts << kReportExamples;
    return kExitOk;
  }
  if (options.db.empty() ||
      (options.html.empty() && options.csv.empty() && options.csv_rates.empty())) {
    std::cerr << "dxaudit report: give --db and at least one of --html, --csv, --csv-rates (see "
                 "dxaudit report --help)\n";
    return kExitUsage;
  }
  if ((options.html == "-") + (options.csv == "-") + (options.csv_rates == "-") > 1) {
    std::cerr << "dxaudit report: only one of --html, --csv and --csv-rates can be - (standard "
                 "output): give the others a file\n";
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
  if (r.errors > 0) std::cerr << ", " << r.errors << " record(s) in error";
  if (!options.html.empty()) std::cerr << "; HTML " << options.html;
  if (!options.csv.empty()) std::cerr << "; CSV " << options.csv;
  if (!options.csv_rates.empty()) std::cerr << "; rates " << options.csv_rates;
  std::cerr << "\n";
  // Where the rows came from: the runs that wrote them (every one is in the HTML).
  if (r.runs.empty())
    std::cerr << "dxaudit report: the database records no run (written before dxaudit kept "
                 "them)\n";
  else
    std::cerr << "dxaudit report: " << r.runs.size()
              << " run(s) wrote the database; the last: " << r.runs.back().describe() << "\n";
  if (r.notes == 0) {  // as a scan that read no note: written, said, and not a success
    if (r.errors > 0)
      std::cerr << "dxaudit report: the database holds no note, only " << r.errors
                << " record(s) in error without a note_id (lines the scans could not read; "
                   "the page lists them): nothing was audited\n";
    else
      std::cerr << "dxaudit report: the database holds no note: the report shows nothing\n";
    return kExitRecordErrors;
  }
  // A store a scan was stopped in holds that run's notes beside those of earlier ones: the
  // report is written (and says so at its top), but is not a success.
  if (r.last_run_unfinished()) {
    std::cerr << "dxaudit report: the last scan into the database (run " << r.runs.back().run
              << ") never finished: it was stopped or is still running, and the report mixes "
                 "its notes with earlier runs'; run the same scan again with --resume to "
                 "finish it\n";
    return kExitRecordErrors;
  }
  return kExitOk;
}

// `dxaudit lexicons|models ACTION [--data DIR]`: parses the options and the action, and
// loads the data directory. Returns the Analyzer, with *checked saying which directory it
// loaded and why that one, or null with *status set (help shown, a usage error, or load
// errors printed, the directory with them).
std::unique_ptr<const pipeline::Analyzer> load_for_action(const std::vector<std::string>& args,
                                                          const char* command, const char* help,
                                                          const std::vector<std::string>& actions,
                                                          std::string* action, int* status,
                                                          std::string* checked) {
  po::options_description opts("Options");
  std::string data_dir;
  opts.add_options()("help,h", "show this help")(
      "data", po::value(&data_dir)->value_name("DIR"),
      "directory holding lexicons/ and models/ (default: see dxaudit --version)");
  po::options_description hidden;
  hidden.add_options()("action", po::value(action));
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("action", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    *status = option_error(command, e, opts);
    return nullptr;
  }
  if (vm.count("help")) {
    std::cout << help << "\n" << opts;
    *status = kExitOk;
    return nullptr;
  }
  if (std::find(actions.begin(), actions.end(), *action) == actions.end()) {
    std::string names;
    for (const std::string& a : actions) names += (names.empty() ? "" : " or ") + a;
    std::cerr << "dxaudit " << command << ": ";
    if (action->empty()) {
      std::cerr << "say " << names << "\n\n" << help;
    } else {
      std::cerr << "unknown action '" << *action << "'";
      std::string guess = nearest(*action, actions);
      if (!guess.empty()) std::cerr << "; did you mean '" << guess << "'?";
      std::cerr << " (see dxaudit " << command << " --help)\n";
    }
    *status = kExitUsage;
    return nullptr;
  }
  // Which directory is checked, and why that one: checking another tree than the one
  // meant and saying "ok" would be worse than no check.
  const pipeline::DataDir data = pipeline::locate_data(data_dir, pipeline::self_executable());
  const std::string where = "data directory " + data.path + " (" + data_rule(data.rule) + ")";
  io::InputFiles inputs;
  inputs.add_data_dir(data.path);
  if (!standard_output_allowed(inputs, command)) {
    *status = kExitUsage;
    return nullptr;
  }
  pipeline::LoadResult loaded = pipeline::Analyzer::load(data.path);
  if (!loaded.analyzer) {
    std::cerr << "dxaudit " << command << ": " << where << "\n";
    *status = print_load_errors(loaded.errors);
    return nullptr;
  }
  *checked = where;
  return std::move(loaded.analyzer);
}

int run_lexicons(const std::vector<std::string>& args) {
  std::string action;
  int status = kExitOk;
  std::string checked;
  auto analyzer = load_for_action(args, "lexicons", kLexiconsHelp,
                                  {"check", "terms", "unfiltered", "unfiltered-cues"}, &action,
                                  &status, &checked);
  if (!analyzer) return status;
  const lexicon::Lexicon& lex = analyzer->lexicon();
  if (action == "check") {
    std::cout << "ok: " << lex.concepts.size() << " concepts, " << lex.elements.size()
              << " elements, " << lex.patterns.size() << " patterns, " << lex.section_headers.size()
              << " section headers, " << analyzer->audit_model().rules().size() << " rules\n"
              << "checked " << checked << "\n";
    return kExitOk;
  }
  if (action == "unfiltered" || action == "unfiltered-cues") {
    // The scan's matcher (every pattern in scope), or the one `dxaudit assert` runs.
    const match::Matcher matcher(
        lex, action == "unfiltered" ? match::Matcher::Scope::kAll : match::Matcher::Scope::kCues);
    for (uint32_t p : matcher.unfiltered_patterns()) {
      const lexicon::Pattern& pattern = lex.patterns[p];
      std::cout << pattern.file << ":" << pattern.line << ": " << pattern.source << "\n";
    }
    return kExitOk;
  }
  for (const lexicon::Pattern& p : lex.patterns)
    if (lexicon::is_literal_pattern(p.source)) std::cout << p.source << "\n";
  return kExitOk;
}

const char* kModelsHelp = R"(Usage: dxaudit models check [--data DIR]

  check   load and validate the models (and the lexicons they name); print each
          problem as FILE:LINE: message, all of them, and exit 2 if there is any

Examples:
  dxaudit models check
  dxaudit models check --data /path/with/lexicons-and-models
)";

int run_models(const std::vector<std::string>& args) {
  std::string action;
  int status = kExitOk;
  std::string checked;
  auto analyzer =
      load_for_action(args, "models", kModelsHelp, {"check"}, &action, &status, &checked);
  if (!analyzer) return status;
  const audit::AuditModel& m = analyzer->audit_model();
  std::cout << "ok: " << analyzer->code_model().size() << " codes, " << m.rules().size()
            << " rules, " << m.clauses().size() << " suggestions, " << m.verdicts().size()
            << " verdict policies\n"
            << "checked " << checked << "\n";
  return kExitOk;
}

const char* kReviewHelp = R"(
Examples:
  dxaudit review import --db audit.sqlite decisions.csv   # the report's "Export decisions"
  dxaudit review export --db audit.sqlite -o decisions.csv

A decision is agree, false_positive or needs_query on one flag (note_id, rule, code,
evidence_begin, evidence_end), with reviewer, comment and decided_at; the CSV's columns are
note_id,encounter_id,rule,code,evidence_begin,evidence_end,decision,reviewer,comment,
decided_at (export adds status). A CSV of an earlier dxaudit, without code, is read too:
a row whose note, rule and evidence fit flags of several codes is then refused (add the
code column). An import is all or nothing: each bad row is reported as FILE:LINE and
nothing is stored. Every change is kept in the table review_history (who, when, the
previous decision). A later scan into the same database keeps a decision while the note
text and the flag's evidence are unchanged, and marks it "evidence changed" otherwise. An
import into a database of schema 5 updates it first (docs/sqlite-schema.md). See
docs/report.md.
)";

int run_review(const std::vector<std::string>& args) {
  po::options_description opts(
      "Usage: dxaudit review import --db FILE DECISIONS.csv\n"
      "       dxaudit review export --db FILE -o DECISIONS.csv\n\nOptions");
  std::string db, output, action, csv;
  opts.add_options()("help,h", "show this help")(
      "db", po::value(&db)->value_name("FILE"), "the SQLite database written by dxaudit scan --db")(
      "output,o", po::value(&output)->value_name("FILE"),
      "(export) where the decisions go (-: standard output)");
  po::options_description hidden;
  hidden.add_options()("action", po::value(&action))("csv", po::value(&csv));
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description positional;
  positional.add("action", 1).add("csv", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return option_error("review", e, opts);
  }
  if (vm.count("help")) {
    std::cout << opts << kReviewHelp;
    return kExitOk;
  }
  if (action == "import") {
    if (db.empty() || csv.empty() || !output.empty()) {
      std::cerr << "dxaudit review import: give --db FILE and the decisions CSV (see dxaudit "
                   "review --help)\n";
      return kExitUsage;
    }
    store::ReviewImport r = store::import_reviews(db, csv);
    if (!r.ok) {
      std::cerr << r.error << "\n";
      return kExitUsage;
    }
    print_upgrade("review import", db, r.upgraded);
    std::cerr << "dxaudit review import: " << r.rows << " decisions read from " << csv << ": "
              << r.added << " new, " << r.changed << " changed, " << r.unchanged << " as stored\n";
    if (r.stale > 0)
      std::cerr << "dxaudit review import: " << r.stale << " decision(s) the file marks "
                << "'evidence changed' were left as the database keeps them (decide them again "
                   "in the report to make them current)\n";
    if (r.rows == 0) {  // as a scan that read no note: said, and not a success
      std::cerr << "dxaudit review import: no decision was read, nothing was imported: " << csv
                << " holds a header and no row\n";
      return kExitRecordErrors;
    }
    return kExitOk;
  }
  if (action == "export") {
    if (db.empty() || output.empty() || !csv.empty()) {
      std::cerr << "dxaudit review export: give --db FILE and -o FILE (see dxaudit review "
                   "--help)\n";
      return kExitUsage;
    }
    store::ReviewExport r = store::export_reviews(db, output);
    if (!r.ok) {
      std::cerr << "dxaudit review export: " << r.error << "\n";
      return kExitUsage;
    }
    std::cerr << "dxaudit review export: " << r.rows << " decisions to " << output << " ("
              << r.evidence_changed << " marked evidence changed)\n";
    return kExitOk;
  }
  std::cerr << "dxaudit review: give an action, import or export"
            << (action.empty() ? std::string() : ", not '" + action + "'")
            << " (see dxaudit review --help)\n";
  return kExitUsage;
}

const std::vector<std::string> kCommands = {"scan",   "report",   "review",      "lexicons",
                                            "assert", "models",   "eval-assert", "eval",
                                            "--help", "--version"};

// The version, and where the lexicons and models are found: the directory this run would
// load and every place looked at, in order.
void print_version(std::ostream& out) {
  const std::string exe = pipeline::self_executable();
  const pipeline::DataDir data = pipeline::locate_data("", exe);
  const char* env = std::getenv("DXAUDIT_DATA");
  const std::string installed = pipeline::install_data_dir(exe);
  out << "dxaudit " << pipeline::version() << " (schema dxaudit/1, database schema "
      << store::kSchemaVersion << ")\n"
      << "data directory: " << data.path << " (" << data_rule(data.rule) << ")\n"
      << "  looked for in this order (the first that applies is used):\n"
      << "  1. --data DIR, when given\n"
      << "  2. $DXAUDIT_DATA: " << (env != nullptr && *env != '\0' ? env : "(not set)") << "\n"
      << "  3. the install's share directory: "
      << (installed.empty() ? std::string("(unknown)") : installed) << "\n"
      << "  4. the build tree: " << pipeline::build_data_dir() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  // A standard descriptor the shell left closed (`>&-`) is taken by /dev/null, opened so
  // that writing standard output fails as it would have (read-only): else the first file
  // the run opened, an input or an output's temporary file, would become descriptor 1,
  // and what is printed would land in it.
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd)
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF)
      (void)open("/dev/null", fd == STDERR_FILENO ? O_WRONLY : O_RDONLY);
  // Before any thread starts: Ctrl-C, SIGTERM and SIGHUP remove the run's temporary files
  // and folders, then end it as they would have.
  io::remove_temporaries_on_signals();
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
    print_version(std::cout);
    return kExitOk;
  }
  try {
    if (command == "scan") return run_scan(rest);
    if (command == "report") return run_report(rest);
    if (command == "review") return run_review(rest);
    if (command == "lexicons") return run_lexicons(rest);
    if (command == "assert") return run_assert(rest);
    if (command == "eval-assert") return run_eval_assert(rest);
    if (command == "models") return run_models(rest);
    if (command == "eval") return run_eval(rest);
  } catch (const std::exception& e) {
    std::cerr << "dxaudit " << command << ": internal error: " << e.what() << "\n";
    return kExitUsage;
  }
  std::cerr << "dxaudit: unknown " << (command.starts_with("-") ? "option" : "command") << " '"
            << command << "'";
  std::string guess = nearest(command, kCommands);
  if (!guess.empty()) std::cerr << "; did you mean '" << guess << "'?";
  std::cerr << " (dxaudit --help lists the commands)\n";
  return kExitUsage;
}
