#include "report/summary.h"

#include <algorithm>
#include <iomanip>

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "codes/codes.h"
#include "io/source.h"

namespace dxaudit::report {

namespace {

// Whether `value` is one or more ICD-10-CM codes and nothing else, each written with its
// dot or known to the code model: "M54.50", "M54.50; M51.16", "m5450" (known), not "P01"
// or "A12" (an id, a room).
bool holds_only_codes(std::string_view value, const codes::CodeModel& model) {
  std::vector<std::string> listed;
  io::split_codes(value, &listed);
  if (listed.empty()) return false;
  for (const std::string& code : listed) {
    std::optional<std::string> canonical = codes::normalize_code(code);
    if (!canonical) return false;
    if (code.find('.') == std::string::npos && model.find(*canonical) == nullptr) return false;
  }
  return true;
}

}  // namespace

void Summary::note_code_fields(const std::string& meta_json) {
  if (meta_json.empty()) return;
  const nlohmann::json meta = nlohmann::json::parse(meta_json, nullptr, false);
  if (!meta.is_object()) return;
  for (const auto& [name, value] : meta.items()) {
    bool codes = false;
    if (value.is_string()) {
      codes = holds_only_codes(value.get_ref<const std::string&>(), analyzer_.code_model());
    } else if (value.is_array() && !value.empty()) {
      codes = std::all_of(value.begin(), value.end(), [&](const nlohmann::json& v) {
        return v.is_string() &&
               holds_only_codes(v.get_ref<const std::string&>(), analyzer_.code_model());
      });
    }
    if (codes) ++code_fields_[name];
  }
}

std::string Summary::uncoded_code_field() const {
  std::string best;
  uint64_t most = 0;
  for (const auto& [name, n] : code_fields_)
    if (n > most) {
      best = name;
      most = n;
    }
  return most > 0 && 2 * most >= uncoded_sampled_ ? best : std::string();
}

bool Summary::write(const pipeline::NoteRecord& r, std::string_view) {
  ++records_;
  if (!r.ok) {
    ++errors_;
    ErrorKindCount& kind = error_kinds_[std::string(io::kErrorKindNames.name(r.error_kind))];
    if (kind.count++ == 0) {
      kind.first = r.input;
      kind.first_message = r.error_message;
    }
    return true;
  }
  // A date the readers could not read (or not a calendar date): the record says so in a
  // warning, and it is counted here.
  if (!r.encounter_date.empty() && !codes::parse_date(r.encounter_date)) ++unreadable_dates_;
  if (r.codes.empty()) {
    ++uncoded_;
    if (uncoded_sampled_ < kCodeFieldSample) {
      ++uncoded_sampled_;
      note_code_fields(r.meta_json);
    }
  }
  if (std::find(r.warnings.begin(), r.warnings.end(), pipeline::kEmptyTextWarning) !=
      r.warnings.end())
    ++empty_texts_;
  // A resumed record: only what the review added this run.
  const size_t first_flag = r.resumed ? r.flags.size() - r.review_flags : 0;
  for (size_t i = first_flag; i < r.flags.size(); ++i) ++flags_by_rule_[r.flags[i].rule];
  if (r.resumed) return true;
  const lexicon::Lexicon& lex = analyzer_.lexicon();
  for (const pipeline::RecordFinding& f : r.findings) {
    ++findings_;
    if (f.active) {
      ++active_findings_;
      ++active_by_concept_[lex.concepts[f.concept_id].name];
    }
  }
  for (const audit::CodeVerdict& v : r.verdicts)
    ++verdicts_[v.code][std::string(audit::kVerdictNames.name(v.verdict))];
  return true;
}

void Summary::print(std::ostream& out, const std::string& output) const {
  out << "dxaudit scan summary\n";
  out << "  notes read        " << records_ << " (" << (records_ - errors_) << " ok, " << errors_
      << " error)\n";
  if (duplicate_ids_ > 0)
    out << "  duplicate ids     " << duplicate_ids_
        << " record(s) repeat an earlier record's note_id (each has a warning)\n";
  if (unreadable_dates_ > 0)
    out << "  unreadable dates  " << unreadable_dates_
        << " record(s) whose encounter_date is ambiguous or not a date (each has a warning)\n";
  if (empty_texts_ > 0)
    out << "  empty texts       " << empty_texts_
        << " record(s) whose text is empty or white space (each has a warning)\n";
  out << "  findings          " << findings_ << " (" << active_findings_ << " active)\n";
  for (const auto& [name, n] : active_by_concept_)
    out << "    " << std::left << std::setw(30) << name << std::right << std::setw(6) << n << "\n";
  out << "  flags by rule\n";
  if (flags_by_rule_.empty()) out << "    (none)\n";
  for (const auto& [rule, n] : flags_by_rule_)
    out << "    " << std::left << std::setw(30) << rule << std::right << std::setw(6) << n << "\n";
  for (const auto& [code, counts] : verdicts_) {
    out << "  " << code << " verdicts\n";
    for (const auto& [verdict, n] : counts)
      out << "    " << std::left << std::setw(30) << verdict << std::right << std::setw(6) << n
          << "\n";
  }
  out << "  full output       " << output << "\n";
}

void Summary::print_account(std::ostream& out, const std::string& prefix) const {
  for (const auto& [kind, n] : error_kinds_) {
    out << prefix << n.count << " " << kind << " error record" << (n.count == 1 ? "" : "s")
        << ", the first at " << (n.first.file == "-" ? "standard input" : n.first.file);
    if (n.first.line > 0) out << ":" << n.first.line;
    out << ": " << n.first_message << "\n";
  }
  if (empty_texts_ > 0)
    out << prefix << empty_texts_ << (empty_texts_ == 1 ? " note" : " notes")
        << " had an empty text: " << (empty_texts_ == 1 ? "its" : "their")
        << " flags rest on text that is not there (check the export)\n";
  if (uncoded_ > 0) {
    out << prefix << uncoded_ << (uncoded_ == 1 ? " note" : " notes")
        << " carried no code: nothing was audited for " << (uncoded_ == 1 ? "it" : "them") << "\n";
    const std::string field = uncoded_code_field();
    if (!field.empty())
      out << prefix << "their field '" << field
          << "' holds ICD-10-CM codes: to audit them, read it as the codes with --map codes='"
          << field << "'\n";
  }
}

}  // namespace dxaudit::report
