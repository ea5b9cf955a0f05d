// `dxaudit assert` and `dxaudit eval-assert`: the assertion engine on single sentences.
#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/global_control.h>
#include <boost/program_options.hpp>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/usage.h"
#include "io/json_writer.h"
#include "io/output_file.h"
#include "io/tsv_reader.h"
#include "pipeline/analyzer.h"
#include "pipeline/ordered_batches.h"
#include "report/assert_eval.h"

namespace po = boost::program_options;
using namespace std::string_view_literals;

namespace dxaudit::cli {

namespace {

const char* kAssertHelp = R"(
Reads a TSV file with a header row naming at least `id`, `target` and `sentence` (other
columns are ignored) and writes one JSON line per row, in order:
  {"id": "7", "found": true, "negated": true, "uncertain": false, "historical": false,
   "hypothetical": false, "experiencer": "patient",
   "cues": [{"category": "negated", "text": "denies", "begin": 4, "end": 10}]}
`target` is found in `sentence` whatever its case and spacing; when it is not there the
record is {"id": ..., "found": false}. When it occurs more than once, optional `begin` and
`end` columns (byte offsets into the sentence) say which occurrence is meant; otherwise
one spelled exactly as the target wins, else one in capitals, else the first. Offsets are
bytes into the sentence.

Examples:
  dxaudit assert sentences.tsv -o assertions.jsonl
  dxaudit assert sentences.tsv -j 1 > assertions.jsonl      # one worker thread
  printf 'id\ttarget\tsentence\n1\tleg pain\tDenies leg pain.\n' | dxaudit assert -

Exit status: 0 every row asserted; 1 some rows were malformed (they get an "error"), or
there was no row; 2 usage or configuration error.
)";

const char* kEvalHelp = R"(
Asserts every row of an annotated TSV file and prints precision, recall and F1 per
category. Label columns, by header name, any of them: the NegEx/ConText kit's `negation`
(Affirmed|Negated), `temporality` (Recent|Historical|Not particular = hypothetical) and
`experiencer` (Patient|Other|Family member); the project's `negated`, `uncertain`,
`historical`, `hypothetical` (0|1) and `experiencer` (patient|other). Only the categories
the file labels are scored, and a blank cell leaves its row out of that category.
Optional `begin` and `end` columns name the target's occurrence (bytes into the sentence).

Examples:
  dxaudit eval-assert context_dev.tsv
  dxaudit eval-assert bioscope_clinical_dev.tsv --errors uncertain
  dxaudit eval-assert gold.tsv --errors historical
  dxaudit eval-assert gold.tsv --min-negated-f1 0.97 --min-historical-f1 0.75

Exit status: 0 all thresholds met; 1 a threshold was missed (a category no row labels
misses any threshold), a row was malformed, or no row was scored; 2 usage or
configuration error.
)";

// Options shared by both commands; returns false (with the exit status in *status) when the
// command should stop.
struct Common {
  std::string input, data_dir;
  po::variables_map vm;
};

bool parse(const std::vector<std::string>& args, const char* name, po::options_description* opts,
           const char* help, Common* c, int* status) {
  opts->add_options()("help,h", "show this help")(
      "data", po::value(&c->data_dir)->value_name("DIR"),
      "directory holding lexicons/ and models/ (default: see dxaudit --version)");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&c->input));
  po::options_description all;
  all.add(*opts).add(hidden);
  po::positional_options_description pos;
  pos.add("input", 1);
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), c->vm);
    po::notify(c->vm);
  } catch (const po::error& e) {
    *status = option_error(name, e, *opts);
    return false;
  }
  if (c->vm.count("help")) {
    std::cout << *opts << help;
    *status = kExitOk;
    return false;
  }
  if (c->input.empty()) {
    std::cerr << "dxaudit " << name << ": no input file (see dxaudit " << name << " --help)\n";
    *status = kExitUsage;
    return false;
  }
  if (c->data_dir.empty()) c->data_dir = pipeline::default_data_dir();
  return true;
}

// The input stream: the named file or standard input for "-".
struct Input {
  std::ifstream file;
  std::istream* stream = nullptr;
  bool open(const std::string& path) {
    if (path == "-") {
      stream = &std::cin;
      return true;
    }
    file.open(path, std::ios::binary);
    stream = &file;
    return file.is_open();
  }
};

struct SentenceColumns {
  size_t id = 0, target = 0, sentence = 0, width = 0;
  std::optional<size_t> begin, end;  // optional: which occurrence of the target, in bytes
  bool find(const io::TsvReader& reader, std::string* error) {
    auto i = reader.column("id"), t = reader.column("target"), s = reader.column("sentence");
    if (!i || !t || !s) {
      *error = reader.name() + ": the header row must name id, target and sentence";
      return false;
    }
    begin = reader.column("begin");
    end = reader.column("end");
    if (begin.has_value() != end.has_value()) {
      *error = reader.name() + ": name both begin and end, or neither";
      return false;
    }
    id = *i;
    target = *t;
    sentence = *s;
    width = std::max({id, target, sentence, begin.value_or(0), end.value_or(0)}) + 1;
    return true;
  }

  // The occurrence a row names with its begin and end cells (both blank: none named);
  // false with *error when they are not byte offsets 0 <= begin < end <= the sentence's size.
  bool occurrence(const std::vector<std::string_view>& fields, std::optional<Span>* at,
                  std::string* error) const {
    at->reset();
    if (!begin || (fields[*begin].empty() && fields[*end].empty())) return true;
    uint32_t b = 0, e = 0;
    auto number = [](std::string_view cell, uint32_t* out) {
      auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), *out);
      return ec == std::errc() && ptr == cell.data() + cell.size() && !cell.empty();
    };
    if (!number(fields[*begin], &b) || !number(fields[*end], &e) || b >= e ||
        e > fields[sentence].size()) {
      *error = "begin and end must be byte offsets 0 <= begin < end <= " +
               std::to_string(fields[sentence].size()) + " (the sentence's size), not '" +
               std::string(fields[*begin]) + "' and '" + std::string(fields[*end]) + "'";
      return false;
    }
    *at = Span{b, e};
    return true;
  }
};

// The error record of a malformed row.
void write_bad_row(std::string_view id, const std::string& message, std::string* buffer) {
  io::JsonWriter w(buffer);
  w.begin_object().key("id").string_or_null(id);
  w.key("error").begin_object().key("kind").string("bad_row");
  w.key("message").string(message);
  w.end_object().end_object();
  buffer->push_back('\n');
}

// One output line. The keys are constant, so they are written as they are; only values are
// escaped (this is most of what `dxaudit assert` writes).
void write_assertion(std::string_view id, std::string_view sentence,
                     const pipeline::TargetAssertion& a, std::string* out) {
  auto flag = [out](std::string_view key, bool value) {
    out->append(key);
    out->append(value ? "true"sv : "false"sv);
  };
  auto number = [out](uint32_t n) { out->append(std::to_string(n)); };
  out->append("{\"id\":"sv);
  io::append_json_string(id, out);
  flag(",\"found\":"sv, a.found);
  if (a.found) {
    flag(",\"negated\":"sv, a.negated);
    flag(",\"uncertain\":"sv, a.uncertain);
    flag(",\"historical\":"sv, a.historical);
    flag(",\"hypothetical\":"sv, a.hypothetical);
    out->append(",\"experiencer\":\""sv);
    out->append(context::experiencer_name(a.experiencer));
    out->append("\",\"begin\":"sv);
    number(a.target.begin);
    out->append(",\"end\":"sv);
    number(a.target.end);
    out->append(",\"cues\":["sv);
    for (size_t i = 0; i < a.cues.size(); ++i) {
      const pipeline::TargetCue& c = a.cues[i];
      out->append(i == 0 ? "{\"category\":\""sv : ",{\"category\":\""sv);
      out->append(lexicon::cue_category_name(c.category));
      out->append("\",\"text\":"sv);
      io::append_json_string(c.span.in(sentence), out);
      out->append(",\"begin\":"sv);
      number(c.span.begin);
      out->append(",\"end\":"sv);
      number(c.span.end);
      out->push_back('}');
    }
    out->push_back(']');
  }
  out->append("}\n"sv);
}

report::AssertLabels labels_of(const pipeline::TargetAssertion& a) {
  report::AssertLabels l;
  if (!a.found) return l;
  l.negated = a.negated;
  l.uncertain = a.uncertain;
  l.historical = a.historical;
  l.hypothetical = a.hypothetical;
  l.other_experiencer = a.experiencer == context::Experiencer::kOther;
  return l;
}

std::string describe(const report::AssertLabels& l) {
  std::string s;
  auto add = [&](bool on, const char* name) {
    if (!on) return;
    if (!s.empty()) s += ",";
    s += name;
  };
  add(l.negated, "negated");
  add(l.uncertain, "uncertain");
  add(l.historical, "historical");
  add(l.hypothetical, "hypothetical");
  add(l.other_experiencer, "other");
  return s.empty() ? "-" : s;
}

}  // namespace

int run_assert(const std::vector<std::string>& args) {
  po::options_description opts("Usage: dxaudit assert FILE.tsv|- [options]\n\nOptions");
  std::string output;
  opts.add_options()("output,o", po::value(&output)->value_name("FILE"),
                     "write records to FILE (- or none: standard output)")(
      "jobs,j", po::value<int>()->default_value(0)->value_name("N"),
      "worker threads (default: every core); the output is the same for every N");
  Common c;
  int status = kExitOk;
  if (!parse(args, "assert", &opts, kAssertHelp, &c, &status)) return status;
  const int jobs = c.vm["jobs"].as<int>();
  if (jobs < 0) {
    std::cerr << "dxaudit assert: --jobs must be 0 (every core) or more, not " << jobs << "\n";
    return kExitUsage;
  }
  // -j bounds the threads of the whole run, start-up included, as it does for scan.
  std::optional<tbb::global_control> thread_limit;
  if (jobs > 0)
    thread_limit.emplace(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(jobs));

  pipeline::LoadResult loaded = pipeline::Analyzer::load(c.data_dir);
  if (!loaded.analyzer) return print_load_errors(loaded.errors);
  Input in;
  if (!in.open(c.input)) {
    std::cerr << "dxaudit assert: cannot read " << c.input << "\n";
    return kExitUsage;
  }
  io::TsvReader reader;
  SentenceColumns columns;
  std::string error;
  if (!reader.open(in.stream, c.input, &error) || !columns.find(reader, &error)) {
    std::cerr << "dxaudit assert: " << error << "\n";
    return kExitUsage;
  }
  io::InputFiles inputs;
  inputs.add(c.input);
  inputs.add_data_dir(c.data_dir);
  io::OutputFile out;
  if (!out.open(output.empty() ? "-" : output, inputs, &error)) {
    std::cerr << "dxaudit assert: " << error << "\n";
    return kExitUsage;
  }

  // Rows go through in batches: read in order, asserted on every thread the run allows,
  // written in order (pipeline/ordered_batches.h), so the output does not depend on -j.
  struct RowBatch : pipeline::Batch {
    std::string cells;              // the fields of every row, back to back
    std::vector<size_t> cell_ends;  // per field: where it ends in `cells`
    std::vector<size_t> row_ends;   // per row: where its fields end in `cell_ends`
    std::vector<uint64_t> lines;    // per row: its line in the input
    std::string out;                // the records of the rows, in order
    uint64_t bad_rows = 0;
  };
  struct Worker {
    pipeline::Workspace ws;
    pipeline::TargetAssertion assertion;
    std::vector<std::string_view> fields;
    std::optional<Span> at;
    std::string error;
  };
  tbb::enumerable_thread_specific<Worker> workers;
  constexpr size_t kRowsPerBatch = 256;
  std::vector<std::string_view> fields;
  uint64_t line = 0, bad_rows = 0;
  std::string buffer;  // records not yet written; flushed in blocks of about 1 MB
  auto read = [&]() -> std::unique_ptr<pipeline::Batch> {
    auto batch = std::make_unique<RowBatch>();
    while (batch->lines.size() < kRowsPerBatch && reader.next(&fields, &line)) {
      for (std::string_view f : fields) {
        batch->cells.append(f);
        batch->cell_ends.push_back(batch->cells.size());
      }
      batch->row_ends.push_back(batch->cell_ends.size());
      batch->lines.push_back(line);
    }
    if (batch->lines.empty()) return nullptr;
    return batch;
  };
  const pipeline::Analyzer& analyzer = *loaded.analyzer;
  auto work = [&](pipeline::Batch& base) {
    auto& batch = static_cast<RowBatch&>(base);
    Worker& w = workers.local();
    size_t cell = 0, cell_begin = 0;
    for (size_t r = 0; r < batch.lines.size(); ++r) {
      w.fields.clear();
      for (; cell < batch.row_ends[r]; ++cell) {
        w.fields.emplace_back(batch.cells.data() + cell_begin, batch.cell_ends[cell] - cell_begin);
        cell_begin = batch.cell_ends[cell];
      }
      std::string_view id = columns.id < w.fields.size() ? w.fields[columns.id] : "";
      // Built for a bad row only: the good ones are the hot path.
      auto where = [&] { return reader.name() + ":" + std::to_string(batch.lines[r]) + ": "; };
      if (w.fields.size() < columns.width) {
        ++batch.bad_rows;
        write_bad_row(id,
                      where() + std::to_string(w.fields.size()) + " fields; the header has " +
                          std::to_string(reader.header().size()),
                      &batch.out);
      } else if (!columns.occurrence(w.fields, &w.at, &w.error)) {
        ++batch.bad_rows;
        write_bad_row(id, where() + w.error, &batch.out);
      } else {
        analyzer.assert_target(w.fields[columns.sentence], w.fields[columns.target], &w.ws,
                               &w.assertion, w.at);
        write_assertion(id, w.fields[columns.sentence], w.assertion, &batch.out);
      }
    }
  };
  auto write = [&](pipeline::Batch& base) {
    auto& batch = static_cast<RowBatch&>(base);
    bad_rows += batch.bad_rows;
    buffer.append(batch.out);
    if (buffer.size() >= (size_t{1} << 20)) {
      out.write(buffer);
      buffer.clear();
    }
  };
  pipeline::run_ordered_batches(4 * static_cast<size_t>(tbb::global_control::active_value(
                                        tbb::global_control::max_allowed_parallelism)),
                                read, work, write);
  // A run that asserted nothing does not say so with success, nor replace an earlier -o
  // FILE with an empty one: without commit() the old file stays as it was.
  if (line == 0) {
    std::cerr << "dxaudit assert: " << reader.name()
              << ": no row was read, nothing was asserted (the file has a header and no rows)\n";
    return kExitRecordErrors;
  }
  out.write(buffer);
  if (!out.commit(&error)) {
    std::cerr << "dxaudit assert: " << error << "\n";
    return kExitUsage;
  }
  return bad_rows > 0 ? kExitRecordErrors : kExitOk;
}

int run_eval_assert(const std::vector<std::string>& args) {
  po::options_description opts("Usage: dxaudit eval-assert GOLD.tsv [options]\n\nOptions");
  std::string errors_of;
  double min_f1[report::kAssertCategoryCount] = {-1, -1, -1, -1, -1};
  opts.add_options()("errors", po::value(&errors_of)->implicit_value("all")->value_name("CATEGORY"),
                     "list the rows it got wrong: all, or one category (negated, uncertain, "
                     "historical, hypothetical, experiencer)");
  for (int i = 0; i < report::kAssertCategoryCount; ++i) {
    std::string name =
        "min-" + std::string(report::assert_category_name(static_cast<report::AssertCategory>(i))) +
        "-f1";
    opts.add_options()(name.c_str(), po::value(&min_f1[i])->value_name("X"),
                       "exit 1 when this F1 is lower");
  }
  Common c;
  int status = kExitOk;
  if (!parse(args, "eval-assert", &opts, kEvalHelp, &c, &status)) return status;
  int errors_mask = 0;
  if (!errors_of.empty()) {
    for (int i = 0; i < report::kAssertCategoryCount; ++i)
      if (errors_of == "all" ||
          errors_of == report::assert_category_name(static_cast<report::AssertCategory>(i)))
        errors_mask |= 1 << i;
    if (errors_mask == 0) {
      std::cerr << "dxaudit eval-assert: --errors takes all, negated, uncertain, historical, "
                   "hypothetical or experiencer, not '"
                << errors_of << "'\n";
      return kExitUsage;
    }
  }

  {
    io::InputFiles inputs;
    inputs.add(c.input);
    inputs.add_data_dir(c.data_dir);
    if (!standard_output_allowed(inputs, "eval-assert")) return kExitUsage;
  }
  pipeline::LoadResult loaded = pipeline::Analyzer::load(c.data_dir);
  if (!loaded.analyzer) return print_load_errors(loaded.errors);
  Input in;
  if (!in.open(c.input)) {
    std::cerr << "dxaudit eval-assert: cannot read " << c.input << "\n";
    return kExitUsage;
  }
  io::TsvReader reader;
  SentenceColumns columns;
  report::GoldColumns gold_columns;
  std::string error;
  if (!reader.open(in.stream, c.input, &error) || !columns.find(reader, &error) ||
      !gold_columns.find(reader, &error)) {
    std::cerr << "dxaudit eval-assert: " << error << "\n";
    return kExitUsage;
  }

  for (int i = 0; i < report::kAssertCategoryCount; ++i) {
    auto category = static_cast<report::AssertCategory>(i);
    if (min_f1[i] >= 0 && !gold_columns.has(category)) {
      std::cerr << "dxaudit eval-assert: --min-" << report::assert_category_name(category)
                << "-f1: " << reader.name() << " has no " << report::assert_category_name(category)
                << " labels\n";
      return kExitUsage;
    }
  }

  pipeline::Workspace ws;
  pipeline::TargetAssertion assertion;
  report::AssertEvaluation eval;
  std::vector<std::string_view> fields;
  uint64_t line = 0, bad_rows = 0;
  while (reader.next(&fields, &line)) {
    report::AssertLabels gold;
    std::optional<Span> at;
    if (fields.size() < columns.width || !gold_columns.parse(fields, &gold, &error) ||
        !columns.occurrence(fields, &at, &error)) {
      if (fields.size() < columns.width) error = "too few fields";
      std::cerr << "dxaudit eval-assert: " << reader.name() << ":" << line << ": " << error << "\n";
      ++bad_rows;
      continue;
    }
    loaded.analyzer->assert_target(fields[columns.sentence], fields[columns.target], &ws,
                                   &assertion, at);
    report::AssertLabels predicted = labels_of(assertion);
    unsigned wrong = eval.add(gold, predicted, assertion.found);
    if ((wrong & static_cast<unsigned>(errors_mask)) != 0 || (errors_mask && !assertion.found)) {
      std::cout << "line " << line << "  id " << fields[columns.id] << "  gold " << describe(gold)
                << "  found " << (assertion.found ? describe(predicted) : "?")
                << "\n  target: " << fields[columns.target]
                << "\n  sentence: " << fields[columns.sentence] << "\n  cues:";
      for (const pipeline::TargetCue& cue : assertion.cues)
        std::cout << " " << lexicon::cue_category_name(cue.category) << "='"
                  << cue.span.in(fields[columns.sentence]) << "'";
      std::cout << "\n";
    }
  }

  std::cout << reader.name() << ": " << eval.rows << " rows, " << eval.not_found
            << " targets not found in their sentence\n";
  std::cout << "category        rows   gold  found     tp    fp    fn  precision  recall     F1\n";
  bool missed = false;
  for (int i = 0; i < report::kAssertCategoryCount; ++i) {
    auto category = static_cast<report::AssertCategory>(i);
    if (!gold_columns.has(category)) continue;
    const report::Score& s = eval.score(category);
    if (eval.labelled_rows[i] == 0) {
      // Nothing to score is no score: a threshold on it fails rather than passing on an
      // empty file or an empty column.
      std::cout << std::left << std::setw(14) << report::assert_category_name(category)
                << std::right << std::setw(6) << 0 << "  no row labels it";
      if (min_f1[i] >= 0) {
        std::cout << "; --min-" << report::assert_category_name(category) << "-f1 not met";
        missed = true;
      }
      std::cout << "\n";
      continue;
    }
    std::cout << std::left << std::setw(14) << report::assert_category_name(category) << std::right
              << std::setw(6) << eval.labelled_rows[i] << std::setw(7)
              << s.true_positive + s.false_negative << std::setw(7)
              << s.true_positive + s.false_positive << std::setw(7) << s.true_positive
              << std::setw(6) << s.false_positive << std::setw(6) << s.false_negative << std::fixed
              << std::setprecision(3) << std::setw(11) << s.precision() << std::setw(8)
              << s.recall() << std::setw(7) << s.f1();
    if (min_f1[i] >= 0 && s.f1() < min_f1[i]) {
      std::cout << "  below " << min_f1[i];
      missed = true;
    }
    std::cout << "\n";
  }
  if (eval.rows == 0) {
    std::cerr << "dxaudit eval-assert: " << reader.name()
              << ": no row was scored (the file has a header and no good rows)\n";
    return kExitRecordErrors;
  }
  return missed || bad_rows > 0 ? kExitRecordErrors : kExitOk;
}

}  // namespace dxaudit::cli
