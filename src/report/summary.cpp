#include "report/summary.h"

#include <iomanip>

namespace dxaudit::report {

void Summary::add(const pipeline::NoteResult& r, const lexicon::Lexicon& lex) {
  ++records_;
  if (!r.ok) {
    ++errors_;
    return;
  }
  for (const evidence::Finding& f : r.evidence.findings) {
    ++findings_;
    const lexicon::Concept& c = lex.concepts[f.concept_id];
    if (f.active) {
      ++active_findings_;
      ++active_by_concept_[c.name];
    }
  }
  for (const audit::Flag& f : r.audit.flags) ++flags_by_rule_[f.rule];
  for (const audit::CodeVerdict& v : r.audit.verdicts)
    ++verdicts_[v.code][std::string(audit::kVerdictNames.name(v.verdict))];
}

void Summary::print(std::ostream& out, const std::string& output) const {
  out << "dxaudit scan summary\n";
  out << "  notes read        " << records_ << " (" << (records_ - errors_) << " ok, " << errors_
      << " error)\n";
  if (duplicate_ids_ > 0)
    out << "  duplicate ids     " << duplicate_ids_
        << " record(s) repeat an earlier record's note_id (each has a warning)\n";
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

}  // namespace dxaudit::report
