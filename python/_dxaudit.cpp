// _dxaudit: the C++ side of the Python package `dxaudit` (python/dxaudit/), built with
// pybind11. It exposes the library's own stages -- the readers (io/), the Analyzer and its
// NoteRecord (pipeline/), the longitudinal review (audit/longitudinal.h,
// pipeline/review.h) and the JSONL writer (output/jsonl.h) -- in three steps that a runner
// can spread over processes and machines, and nothing that decides anything on its own:
//
//   engine = _dxaudit.Engine(data_dir, claims, review=True,     # loads lexicons, models
//                            map=[], delimiter=None, date_format=None)   # as dxaudit scan's
//   kind, size, fields, mapping = _dxaudit.plan_input(path, fmt, map, delimiter, date_format)
//   part = engine.analyze_range(path, kind, fmt, begin, end, fields)  # or analyze_records
//   outcomes = engine.review(encounters)                        # any subset of patients
//   jsonl = engine.render(part[0], base_line, duplicates, outcomes)
//
// The read options are dxaudit scan's --map (a list of "FIELD=COLUMN"), --delimiter and
// --date-format, checked as it checks them (io::parse_read_options: a ValueError with its
// message); `fields` is how plan_input found a JSON Lines input's first record names its
// fields, so that every byte range of the input is read under those names.
//
// A part is a plain tuple (picklable, so Dask can move it, spill it, or recompute it):
//   (records: bytes, count, lines, ok, errors, ids, encounters, mappings)
// `records` holds each record as encode_record wrote it (pipeline/record.h), after a u32
// count of the warnings the reader gave the note (where the run's note_id warning goes) and
// a u64 length; `ids` lists (note_id, index, line) for every record with a note_id;
// `encounters` the review summaries (index, patient_id, date, codes, episodic rules) of
// the ok records with codes, as the scan runner keeps them; `mappings` (path, "text <-
// NoteText, ...") the fields the part's files read from columns of other names, each
// mapping once, for the runner to tell as `dxaudit scan` does. Indices count the part's
// records from 0, lines the part's lines from 1: the runner adds where the part starts.
//
// The GIL is released while notes are read, analysed and rendered.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/longitudinal.h"
#include "io/byte_stream.h"
#include "io/claims.h"
#include "io/dates.h"
#include "io/fhir_reader.h"
#include "io/jsonl_reader.h"
#include "io/output_file.h"
#include "io/source.h"
#include "output/jsonl.h"
#include "pipeline/analyzer.h"
#include "pipeline/record.h"
#include "pipeline/review.h"

namespace py = pybind11;

namespace dxaudit::python {

namespace {

// The bytes [begin, end) of a file, or from `begin` to its end (`end` nullopt): one part of
// an uncompressed line-per-record input. The planner puts `begin` just after a '\n' (or at
// 0), so the part's first line is a whole record line.
class RangeStream : public io::ByteStream {
 public:
  RangeStream(std::FILE* file, uint64_t begin, std::optional<uint64_t> end)
      : file_(file), position_(begin), end_(end.value_or(UINT64_MAX)), to_eof_(!end) {}
  ~RangeStream() override { std::fclose(file_); }
  size_t read(char* data, size_t size) override {
    if (position_ >= end_ || failed()) return 0;
    size_t want = static_cast<size_t>(std::min<uint64_t>(size, end_ - position_));
    size_t n = std::fread(data, 1, want, file_);
    if (n < want) {
      if (std::ferror(file_))
        error_ = std::string("read error: ") + std::strerror(errno);
      else if (!to_eof_)
        error_ = "the file ended at byte " + std::to_string(position_ + n) +
                 ", before the end of its part (it changed during the run?)";
    }
    position_ += n;
    consumed_ += n;
    for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', data + n - p)));
         ++p)
      ++newlines_;
    return n;
  }
  // The lines of the range read so far: its '\n' bytes (a range ends after one, but the
  // input's last).
  uint64_t newlines() const { return newlines_; }

 private:
  std::FILE* file_;
  uint64_t position_, end_;
  bool to_eof_;
  uint64_t newlines_ = 0;
};

constexpr const char* kSplitJsonl = "jsonl";
constexpr const char* kSplitFhir = "fhir";
constexpr const char* kWhole = "whole";

io::InputFormat format_named(const std::string& name) {
  io::InputFormat format;
  if (!io::parse_input_format(name, &format))
    throw py::value_error("input format must be auto, jsonl, csv, txt or fhir, not '" + name + "'");
  return format;
}

// The read options of dxaudit scan's --map, --delimiter and --date-format (nullopt: not
// given), or a ValueError with the message dxaudit scan gives for them.
io::ReadOptions read_options_of(const std::vector<std::string>& maps,
                                const std::optional<std::string>& delimiter,
                                const std::optional<std::string>& date_format) {
  io::ReadOptions options;
  std::string error;
  if (!io::parse_read_options(maps, delimiter ? &*delimiter : nullptr,
                              date_format ? &*date_format : nullptr, &options, &error))
    throw py::value_error(error);
  return options;
}

// What is known about a part while it is analysed, before it becomes Python objects.
struct Id {
  std::string note_id;
  uint64_t index = 0;
  uint64_t line = 0;
};

struct Part {
  std::string records;
  uint64_t count = 0, lines = 0, ok = 0, errors = 0;
  std::vector<Id> ids;
  std::vector<audit::EncounterSummary> encounters;
  std::vector<std::pair<std::string, std::string>> mappings;  // (path, mapping), each once
};

// Keeps (path, mapping) unless the mapping is empty or kept already.
void keep_mapping(const std::string& path, const std::string& mapping, Part* part) {
  if (mapping.empty()) return;
  for (const auto& kept : part->mappings)
    if (kept.second == mapping) return;
  part->mappings.emplace_back(path, mapping);
}

template <typename T>
void put(std::string* out, T value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
bool get(std::string_view* in, T* value) {
  if (in->size() < sizeof *value) return false;
  std::memcpy(value, in->data(), sizeof *value);
  in->remove_prefix(sizeof *value);
  return true;
}

py::tuple flag_to_python(const audit::Flag& f) {
  py::list evidence;
  for (const audit::FlagEvidence& e : f.evidence)
    evidence.append(py::make_tuple(e.concept_id, e.span.begin, e.span.end, e.code, e.phrase));
  return py::make_tuple(f.rule, static_cast<int>(f.severity), f.code, f.message, f.suggest,
                        evidence, f.episodic, f.subsequent_suggest, f.subsequent_message);
}

audit::Flag flag_from_python(const py::handle& h) {
  py::tuple t = py::reinterpret_borrow<py::tuple>(h);
  if (t.size() != 9) throw py::value_error("a review flag is a tuple of 9 fields");
  audit::Flag f;
  f.rule = t[0].cast<std::string>();
  f.severity = static_cast<audit::Severity>(t[1].cast<int>());
  f.code = t[2].cast<std::string>();
  f.message = t[3].cast<std::string>();
  f.suggest = t[4].cast<std::vector<std::string>>();
  for (const py::handle& e : t[5]) {
    py::tuple et = py::reinterpret_borrow<py::tuple>(e);
    audit::FlagEvidence ev;
    ev.concept_id = et[0].cast<uint16_t>();
    ev.span = {et[1].cast<uint32_t>(), et[2].cast<uint32_t>()};
    ev.code = et[3].cast<std::string>();
    ev.phrase = et[4].cast<std::string>();
    f.evidence.push_back(std::move(ev));
  }
  f.episodic = t[6].cast<bool>();
  f.subsequent_suggest = t[7].cast<std::vector<std::string>>();
  f.subsequent_message = t[8].cast<std::string>();
  return f;
}

// The UTF-8 of a Python str, or nullopt when it has none (a lone surrogate).
std::optional<std::string_view> utf8_of(const py::handle& h) {
  if (!PyUnicode_Check(h.ptr())) return std::nullopt;
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(h.ptr(), &size);
  if (data == nullptr) {
    PyErr_Clear();
    return std::nullopt;
  }
  return std::string_view(data, static_cast<size_t>(size));
}

// A dict that the JSONL reader would read without a question -- the known fields only,
// each a str or None (codes: a str or a list of str), a non-empty note_id and a text --
// becomes a Note straight away: the text is copied once, from the str's UTF-8, and the
// date read as the reader reads it (with `date_format`). Anything else (unknown fields for
// `meta`, other types, surrogates) returns false and goes through the reader's own parser
// (parse_note_json) as the JSON line json.dumps writes of it.
bool note_from_dict(const py::handle& item, const std::string& date_format, io::Note* note) {
  if (!PyDict_Check(item.ptr())) return false;
  bool have_id = false, have_text = false;
  for (auto [key, value] : py::reinterpret_borrow<py::dict>(item)) {
    std::optional<std::string_view> k = utf8_of(key);
    if (!k) return false;
    if (*k == "codes") {
      if (value.is_none()) continue;
      if (std::optional<std::string_view> s = utf8_of(value)) {
        io::split_codes(*s, &note->codes);
        continue;
      }
      if (!PyList_Check(value.ptr())) return false;
      for (const py::handle& c : value) {
        std::optional<std::string_view> s = utf8_of(c);
        if (!s) return false;
        note->codes.emplace_back(*s);
      }
      continue;
    }
    std::string* field = *k == "note_id"          ? &note->note_id
                         : *k == "text"           ? &note->text
                         : *k == "patient_id"     ? &note->patient_id
                         : *k == "encounter_id"   ? &note->encounter_id
                         : *k == "encounter_date" ? &note->encounter_date
                         : *k == "provider"       ? &note->provider
                                                  : nullptr;
    if (field == nullptr) return false;  // a field for `meta`
    if (value.is_none() && *k != "note_id" && *k != "text") continue;
    std::optional<std::string_view> s = utf8_of(value);
    if (!s) return false;
    field->assign(*s);
    have_id = have_id || *k == "note_id";
    have_text = have_text || *k == "text";
  }
  if (!have_id || !have_text || note->note_id.empty() || note->text.size() >= UINT32_MAX)
    return false;
  io::normalize_date(&note->encounter_date, date_format);
  return true;
}

// The field map of a call's records, decided from the keys of the first, as JsonlReader
// decides it from a file's first record (io/fields.h); null when every field has its own
// name and dates take the built-in formats.
std::shared_ptr<const io::FieldMap> fields_of_records(const py::sequence& items,
                                                      const io::ReadOptions& options,
                                                      const std::string& source) {
  std::vector<std::string> keys;
  bool first_is_record = false;
  if (py::len(items) > 0) {
    py::object first = items[0];
    first_is_record = PyDict_Check(first.ptr());
    if (first_is_record)
      for (const auto& entry : py::reinterpret_borrow<py::dict>(first))
        if (std::optional<std::string_view> k = utf8_of(entry.first)) keys.emplace_back(*k);
  }
  io::FieldMap map;
  std::string unused;  // no error without a header
  io::resolve_fields(keys, options, /*header=*/false, &map, &unused);
  // As dxaudit scan refuses such an input: no field of the first record can be the text,
  // and reading the others under a guessed name would only make error records.
  if (first_is_record) {
    std::string problem = io::missing_text_field(keys, map);
    if (!problem.empty()) throw py::value_error(source + ":1: " + problem);
  }
  if (map.is_canonical()) return nullptr;
  return std::make_shared<const io::FieldMap>(std::move(map));
}

}  // namespace

// Where the runner may cut an input: "jsonl" or "fhir" (one record per line, read as is:
// any byte range that starts after a '\n' is whole records) or "whole" (compressed, CSV,
// a folder: read by one task from the start), its size, the names of its fields as its
// first record gives them (a "jsonl" input, for analyze_range; else None), and the mapping
// dxaudit scan tells of it ("text <- NoteText, ..."; empty: every field by its own name).
// The input is opened the way `dxaudit scan` opens it, with the same read options, so what
// it refuses is refused here with the same message.
py::tuple plan_input(const std::string& path, const std::string& format_name,
                     const std::vector<std::string>& maps,
                     const std::optional<std::string>& delimiter,
                     const std::optional<std::string>& date_format) {
  if (path == "-")
    throw py::value_error("-: standard input cannot be shared by workers; give files");
  const io::InputFormat format = format_named(format_name);
  const io::ReadOptions options = read_options_of(maps, delimiter, date_format);
  io::OpenedSource opened = io::open_source(path, format, options);
  if (!opened.source) throw py::value_error(opened.error);
  std::error_code ec;
  const bool plain = std::filesystem::is_regular_file(path, ec) &&
                     io::compression_of(path) == io::Compression::kNone;
  const char* kind = kWhole;
  py::object fields = py::none();
  if (plain) {
    if (const auto* jsonl = dynamic_cast<const io::JsonlReader*>(opened.source.get())) {
      kind = kSplitJsonl;
      const io::FieldMap map = jsonl->fields();
      fields = py::tuple(py::cast(std::vector<std::string>(map.names.begin(), map.names.end())));
    }
    if (dynamic_cast<const io::FhirReader*>(opened.source.get()) != nullptr) kind = kSplitFhir;
  }
  return py::make_tuple(kind, opened.source->size(), fields, opened.source->field_mapping());
}

// Refuses, with `dxaudit scan`'s message, the output the CLI would refuse for these
// inputs (io/output_file.h): the same file as an input named, as a file a folder input
// reads, as the claims file, or as a lexicon or model; "-" is standard output, refused
// when redirected onto one of those.
void check_output(const std::string& output, const std::vector<std::string>& inputs,
                  const std::string& format_name, const std::optional<std::string>& claims,
                  const std::optional<std::string>& data_dir) {
  const io::InputFiles read =
      io::files_a_scan_reads(inputs, format_named(format_name), claims.value_or(""),
                             data_dir ? *data_dir : pipeline::default_data_dir());
  io::OutputTarget target;
  std::string error;
  if (!io::resolve_output(output, read, &target, &error)) throw py::value_error(error);
}

class Engine {
 public:
  Engine(std::optional<std::string> data_dir, std::optional<std::string> claims, bool review,
         const std::vector<std::string>& maps, const std::optional<std::string>& delimiter,
         const std::optional<std::string>& date_format)
      : data_dir_(data_dir ? *data_dir : pipeline::default_data_dir()),
        review_(review),
        read_options_(read_options_of(maps, delimiter, date_format)) {
    pipeline::LoadResult loaded;
    {
      py::gil_scoped_release unlocked;
      loaded = pipeline::Analyzer::load(data_dir_);
    }
    if (!loaded.analyzer) {
      std::string message;
      for (const lexicon::LoadError& e : loaded.errors) message += e.to_string() + "\n";
      message += std::to_string(loaded.errors.size()) + " problem" +
                 (loaded.errors.size() == 1 ? "" : "s") + " in lexicons or models";
      throw py::value_error(message);
    }
    analyzer_ = std::move(loaded.analyzer);
    if (claims) {
      claims_ = std::make_unique<io::ClaimsIndex>();
      io::ClaimsIndex::LoadOutcome c = claims_->load(*claims, read_options_.delimiter);
      if (!c.ok) throw py::value_error("claims: " + c.error);
    }
  }

  const std::string& data_dir() const { return data_dir_; }

  // The records of one input, or of the byte range [begin, end) of a "jsonl"/"fhir" input
  // (plan_input), analysed in order; a "jsonl" range read under the input's `fields`
  // (plan_input's), a range that does not start the input having no say in them.
  py::tuple analyze_range(const std::string& path, const std::string& kind,
                          const std::string& format_name, uint64_t begin,
                          std::optional<uint64_t> end,
                          const std::optional<std::vector<std::string>>& fields) {
    const io::InputFormat format = format_named(format_name);
    if (kind != kWhole && kind != kSplitJsonl && kind != kSplitFhir)
      throw py::value_error("a part's kind is jsonl, fhir or whole (plan_input), not " + kind);
    std::optional<io::FieldMap> range_fields;
    if (kind == kSplitJsonl) {
      if (!fields || fields->size() != io::kFieldCount)
        throw py::value_error("a jsonl part needs the " + std::to_string(io::kFieldCount) +
                              " field names plan_input gave for its input");
      range_fields.emplace();
      std::copy(fields->begin(), fields->end(), range_fields->names.begin());
      range_fields->date_format = read_options_.date_format;
    }
    Part part;
    std::string error;
    {
      py::gil_scoped_release unlocked;
      std::unique_ptr<io::NoteSource> source;
      const RangeStream* range = nullptr;
      if (kind == kWhole) {
        io::ReadOptions options = read_options_;
        options.on_field_mapping = [&part](const std::string& file, const std::string& mapping) {
          keep_mapping(file, mapping, &part);
        };
        io::OpenedSource opened = io::open_source(path, format, options);
        source = std::move(opened.source);
        error = opened.error;
        if (source) keep_mapping(path, source->field_mapping(), &part);
      } else {
        std::FILE* file = std::fopen(path.c_str(), "rb");
        if (file == nullptr || (begin > 0 && fseeko(file, static_cast<off_t>(begin), SEEK_SET))) {
          error = path + ": " + std::strerror(errno);
          if (file != nullptr) std::fclose(file);
        } else {
          auto stream = std::make_unique<RangeStream>(file, begin, end);
          range = stream.get();
          if (kind == kSplitFhir) {
            source = std::make_unique<io::FhirReader>(std::move(stream), path, read_options_);
          } else {
            auto jsonl = std::make_unique<io::JsonlReader>(std::move(stream), path, read_options_);
            jsonl->read_fields_as(*range_fields);
            source = std::move(jsonl);
          }
        }
      }
      if (source) {
        io::InputRecord record;
        Scratch scratch;
        while (source->next(&record)) add(&record, &scratch, &part);
      }
      if (range != nullptr) part.lines = range->newlines();
    }
    if (!error.empty()) throw py::value_error(error);
    return to_python(std::move(part));
  }

  // `items` (dicts of the input fields, as a JSONL line holds them) analysed in order,
  // under the field names the first one shows (and the engine's --map, --date-format), as
  // a JSONL file of the same records is read; each item's input position is (`source`, its
  // 1-based place in the list).
  py::tuple analyze_records(const py::sequence& items, const std::string& source) {
    std::vector<io::InputRecord> records(py::len(items));
    const std::shared_ptr<const io::FieldMap> fields =
        fields_of_records(items, read_options_, source);
    // The direct route reads the fields under their own names only.
    bool own_names = true;
    for (size_t f = 0; fields && f < io::kFieldCount; ++f)
      own_names = own_names && fields->names[f] == io::kFieldNames.names[f];
    py::object dumps;
    for (size_t i = 0; i < records.size(); ++i) {
      io::InputRecord& r = records[i];
      r.where = {source, i + 1};
      py::object item = items[i];
      if (own_names && note_from_dict(item, read_options_.date_format, &r.note)) {
        r.ok = true;
        continue;
      }
      r.note = {};
      if (!dumps) dumps = py::module_::import("json").attr("dumps");
      try {
        r.unparsed = dumps(item).cast<std::string>();
        r.parse_unparsed = io::parse_note_json;
        r.fields = fields;
      } catch (const py::error_already_set& e) {
        r.error_kind = io::ErrorKind::kBadField;
        // The exception's first line ("TypeError: Object of type date is not JSON
        // serializable"), not the traceback pybind11 adds after it.
        const std::string what = e.what();
        r.error_message = "the record cannot be read as JSON: " + what.substr(0, what.find('\n'));
      }
    }
    Part part;
    {
      py::gil_scoped_release unlocked;
      Scratch scratch;
      for (io::InputRecord& r : records) add(&r, &scratch, &part);
    }
    part.lines = records.size();
    return to_python(std::move(part));
  }

  // The longitudinal review of `encounters` -- (key, patient_id, date, codes, rules), all
  // the encounters of every patient it names -- as (key, flags, subsequent_rules) for each
  // encounter it changes, in key order. Keys order encounters of one day (input order).
  py::list review(const py::iterable& encounters) const {
    audit::Longitudinal longitudinal(analyzer_->audit_model());
    for (const py::handle& h : encounters) {
      py::tuple t = py::reinterpret_borrow<py::tuple>(h);
      audit::EncounterSummary s;
      s.record = t[0].cast<uint64_t>();
      s.patient_id = t[1].cast<std::string>();
      s.date = t[2].cast<codes::Date>();
      s.codes = t[3].cast<std::vector<std::string>>();
      s.episodic_rules = t[4].cast<std::vector<std::string>>();
      longitudinal.add(std::move(s));
    }
    std::vector<audit::LongitudinalOutcome> outcomes;
    {
      py::gil_scoped_release unlocked;
      longitudinal.resolve([&](const audit::LongitudinalOutcome& o) { outcomes.push_back(o); });
    }
    py::list out;
    for (const audit::LongitudinalOutcome& o : outcomes) {
      py::list flags;
      for (const audit::Flag& f : o.flags) flags.append(flag_to_python(f));
      out.append(py::make_tuple(o.record, flags, o.subsequent_rules));
    }
    return out;
  }

  // The JSONL lines of a part's `records`, as `dxaudit scan` writes them: error records'
  // lines moved by `base_line`, the run's note_id warnings (index -> message) put where the
  // scan puts them, and the review's outcomes (index, flags, subsequent_rules) applied.
  py::bytes render(const py::bytes& records, uint64_t base_line,
                   const std::map<uint64_t, std::string>& duplicates,
                   const py::iterable& outcomes) const {
    std::map<uint64_t, audit::LongitudinalOutcome> review;
    for (const py::handle& h : outcomes) {
      py::tuple t = py::reinterpret_borrow<py::tuple>(h);
      audit::LongitudinalOutcome& o = review[t[0].cast<uint64_t>()];
      for (const py::handle& f : t[1]) o.flags.push_back(flag_from_python(f));
      o.subsequent_rules = t[2].cast<std::vector<std::string>>();
    }
    std::string_view in = records;  // immutable, and held by the caller
    std::string out;
    bool intact = true;
    {
      py::gil_scoped_release unlocked;
      pipeline::NoteRecord record;
      for (uint64_t index = 0; !in.empty(); ++index) {
        uint32_t warnings_before = 0;
        uint64_t size = 0;
        if (!get(&in, &warnings_before) || !get(&in, &size) || in.size() < size ||
            !pipeline::decode_record(in.substr(0, size), analyzer_->vocabulary(), &record)) {
          intact = false;
          break;
        }
        in.remove_prefix(size);
        if (!record.ok && record.input.line != 0) record.input.line += base_line;
        if (auto d = duplicates.find(index); d != duplicates.end())
          record.warnings.insert(
              record.warnings.begin() + std::min<size_t>(warnings_before, record.warnings.size()),
              d->second);
        if (auto o = review.find(index); o != review.end())
          pipeline::apply_review(o->second, &record);
        output::append_record_json(record, *analyzer_, &out);
      }
    }
    if (!intact)
      throw py::value_error("a part's records do not read back (another version or vocabulary?)");
    return py::bytes(out);
  }

 private:
  struct Scratch {
    pipeline::Workspace workspace;
    pipeline::NoteRecord record;
    std::string encoded;
  };

  // What the scan runner does to one record (pipeline/scan.cpp: admit, analyse, spool),
  // but the run's note_id check, which needs the whole run and is the runner's.
  void add(io::InputRecord* in, Scratch* s, Part* part) const {
    io::complete_record(in);
    if (!in->note.note_id.empty())
      part->ids.push_back({in->note.note_id, part->count, in->where.line});
    const auto warnings_before = static_cast<uint32_t>(in->note.warnings.size());
    if (in->ok && claims_)
      in->note.claim_codes = claims_->codes_for(in->note.note_id, in->note.encounter_id);
    pipeline::NoteRecord& record = s->record;
    if (!in->ok) {
      record.set_error(*in, in->error_kind, in->error_message);
    } else {
      try {
        analyzer_->analyze(in->note, &s->workspace, &record);
      } catch (const std::exception& e) {
        record.set_error(*in, io::ErrorKind::kAnalysisFailed, e.what());
      }
      if (!record.ok) record.input = in->where;
    }
    pipeline::encode_record(record, analyzer_->vocabulary().fingerprint, &s->encoded);
    put(&part->records, warnings_before);
    put(&part->records, static_cast<uint64_t>(s->encoded.size()));
    part->records += s->encoded;
    if (record.ok) {
      ++part->ok;
      if (review_) {
        audit::EncounterSummary summary = pipeline::review_summary(part->count, record);
        if (!summary.codes.empty()) part->encounters.push_back(std::move(summary));
      }
    } else {
      ++part->errors;
    }
    ++part->count;
  }

  static py::tuple to_python(Part part) {
    py::list ids, encounters;
    for (const Id& id : part.ids) ids.append(py::make_tuple(id.note_id, id.index, id.line));
    for (const audit::EncounterSummary& e : part.encounters)
      encounters.append(py::make_tuple(e.record, e.patient_id, e.date, py::tuple(py::cast(e.codes)),
                                       py::tuple(py::cast(e.episodic_rules))));
    return py::make_tuple(py::bytes(part.records), part.count, part.lines, part.ok, part.errors,
                          ids, encounters, part.mappings);
  }

  std::string data_dir_;
  bool review_ = true;
  io::ReadOptions read_options_;  // --map, --delimiter, --date-format
  std::unique_ptr<const pipeline::Analyzer> analyzer_;
  std::unique_ptr<io::ClaimsIndex> claims_;
};

}  // namespace dxaudit::python

PYBIND11_MODULE(_dxaudit, m) {
  using dxaudit::python::Engine;
  m.doc() = "dxaudit's library in three steps: analyse, review, render (python/_dxaudit.cpp)";
  m.attr("SCHEMA") = dxaudit::output::kSchema;
  m.def("plan_input", &dxaudit::python::plan_input, py::arg("path"), py::arg("format") = "auto",
        py::arg("map") = std::vector<std::string>{}, py::arg("delimiter") = py::none(),
        py::arg("date_format") = py::none());
  m.def("check_output", &dxaudit::python::check_output, py::arg("output"), py::arg("inputs"),
        py::arg("format") = "auto", py::arg("claims") = py::none(),
        py::arg("data_dir") = py::none());
  m.def("default_data_dir", &dxaudit::pipeline::default_data_dir);
  m.def("repeated_note_id_warning", &dxaudit::pipeline::repeated_note_id_warning,
        py::arg("first_record"), py::arg("first_file"), py::arg("first_line"));
  py::class_<Engine>(m, "Engine")
      .def(py::init<std::optional<std::string>, std::optional<std::string>, bool,
                    const std::vector<std::string>&, const std::optional<std::string>&,
                    const std::optional<std::string>&>(),
           py::arg("data_dir") = py::none(), py::arg("claims") = py::none(),
           py::arg("review") = true, py::arg("map") = std::vector<std::string>{},
           py::arg("delimiter") = py::none(), py::arg("date_format") = py::none())
      .def_property_readonly("data_dir", &Engine::data_dir)
      .def("analyze_range", &Engine::analyze_range, py::arg("path"), py::arg("kind"),
           py::arg("format") = "auto", py::arg("begin") = 0, py::arg("end") = py::none(),
           py::arg("fields") = py::none())
      .def("analyze_records", &Engine::analyze_records, py::arg("records"),
           py::arg("source") = "<records>")
      .def("review", &Engine::review, py::arg("encounters"))
      .def("render", &Engine::render, py::arg("records"), py::arg("base_line") = 0,
           py::arg("duplicates") = std::map<uint64_t, std::string>{},
           py::arg("outcomes") = py::list());
}
