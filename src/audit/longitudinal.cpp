#include "audit/longitudinal.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace dxaudit::audit {

int64_t day_number(codes::Date date) {
  // Howard Hinnant's days_from_civil.
  int64_t y = date / 10000, m = date / 100 % 100, d = date % 100;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

namespace {

std::string format_date(codes::Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

bool carries(const EncounterSummary& e, const std::string& code) {
  return std::find(e.codes.begin(), e.codes.end(), code) != e.codes.end();
}

bool carries_any(const EncounterSummary& e, const std::vector<std::string>& patterns) {
  for (const std::string& c : e.codes)
    for (const std::string& p : patterns)
      if (codes::code_matches(p, c)) return true;
  return false;
}

}  // namespace

void Longitudinal::add(EncounterSummary summary) {
  if (summary.patient_id.empty() || summary.date == 0) return;
  bool relevant = !summary.episodic_rules.empty();
  for (const Rule* r : model_.repeated_rules())
    relevant |= carries(summary, r->code) || carries_any(summary, r->specific);
  for (const Rule& r : model_.rules())
    if (!r.episode_codes.empty()) relevant |= carries_any(summary, r.episode_codes);
  if (!relevant) return;  // nothing it could take part in: not kept
  encounters_.push_back(std::move(summary));
}

void Longitudinal::resolve(const std::function<void(const LongitudinalOutcome&)>& emit) const {
  std::unordered_map<std::string, std::vector<const EncounterSummary*>> by_patient;
  for (const EncounterSummary& e : encounters_) by_patient[e.patient_id].push_back(&e);
  std::map<uint64_t, LongitudinalOutcome> outcomes;  // by record

  for (auto& [patient, list] : by_patient) {
    std::sort(list.begin(), list.end(), [](const EncounterSummary* a, const EncounterSummary* b) {
      return a->date != b->date ? a->date < b->date : a->record < b->record;
    });
    for (size_t k = 0; k < list.size(); ++k) {
      const EncounterSummary& enc = *list[k];
      const int64_t day = day_number(enc.date);

      for (const Rule* rule : model_.repeated_rules()) {
        if (!carries(enc, rule->code) || carries_any(enc, rule->specific)) continue;
        std::vector<std::string> dates{format_date(enc.date)};
        for (size_t j = k; j-- > 0;) {
          const EncounterSummary& before = *list[j];
          if (day - day_number(before.date) > rule->window_days) break;
          if (carries_any(before, rule->specific)) break;
          if (carries(before, rule->code)) dates.push_back(format_date(before.date));
        }
        if (static_cast<int>(dates.size()) < rule->min_count) continue;
        std::reverse(dates.begin(), dates.end());
        Flag flag;
        flag.rule = rule->id;
        flag.severity = rule->severity;
        flag.code = rule->code;
        flag.message = render_message(rule->message, {{"code", rule->code},
                                                      {"count", std::to_string(dates.size())},
                                                      {"days", std::to_string(rule->window_days)},
                                                      {"dates", join_list(dates)}});
        LongitudinalOutcome& o = outcomes[enc.record];
        o.record = enc.record;
        o.flags.push_back(std::move(flag));
      }

      for (const std::string& rule_id : enc.episodic_rules) {
        const Rule* rule = model_.find_rule(rule_id);
        if (rule == nullptr) continue;
        bool subsequent = false;
        for (size_t j = k; j-- > 0 && !subsequent;) {
          const EncounterSummary& before = *list[j];
          if (before.date == enc.date) continue;  // same day: not a later encounter
          if (day - day_number(before.date) > rule->episode_days) break;
          subsequent = carries_any(before, rule->episode_codes) ||
                       std::find(before.episodic_rules.begin(), before.episodic_rules.end(),
                                 rule_id) != before.episodic_rules.end();
        }
        if (!subsequent) continue;
        LongitudinalOutcome& o = outcomes[enc.record];
        o.record = enc.record;
        o.subsequent_rules.push_back(rule_id);
      }
    }
  }
  for (const auto& [record, o] : outcomes) emit(o);
}

}  // namespace dxaudit::audit
