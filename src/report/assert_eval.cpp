#include "report/assert_eval.h"

namespace dxaudit::report {

std::string_view assert_category_name(AssertCategory c) {
  switch (c) {
    case AssertCategory::kNegated:
      return "negated";
    case AssertCategory::kUncertain:
      return "uncertain";
    case AssertCategory::kHistorical:
      return "historical";
    case AssertCategory::kHypothetical:
      return "hypothetical";
    case AssertCategory::kOther:
      return "experiencer";
  }
  return "";
}

bool GoldColumns::find(const io::TsvReader& reader, std::string* error) {
  negation_ = reader.column("negation");
  temporality_ = reader.column("temporality");
  experiencer_ = reader.column("experiencer");
  negated_ = reader.column("negated");
  uncertain_ = reader.column("uncertain");
  historical_ = reader.column("historical");
  hypothetical_ = reader.column("hypothetical");
  kit_ = negation_ || temporality_;
  if (kit_ && !(negation_ && temporality_ && experiencer_)) {
    *error = reader.name() +
             ": the ConText kit layout needs columns negation, temporality "
             "and experiencer";
    return false;
  }
  if (!kit_ && !(negated_ && historical_ && hypothetical_ && experiencer_)) {
    *error = reader.name() +
             ": no gold columns (negation, temporality, experiencer; or "
             "negated, historical, hypothetical, experiencer and optionally uncertain)";
    return false;
  }
  width_ = 0;
  for (const auto& c :
       {negation_, temporality_, experiencer_, negated_, uncertain_, historical_, hypothetical_})
    if (c) width_ = std::max(width_, *c + 1);
  return true;
}

bool GoldColumns::has(AssertCategory c) const {
  return c != AssertCategory::kUncertain || (!kit_ && uncertain_);
}

namespace {

bool parse_bit(std::string_view field, std::string_view column, bool* out, std::string* error) {
  if (field == "1" || field == "0") {
    *out = field == "1";
    return true;
  }
  *error = std::string(column) + " is 0 or 1, not '" + std::string(field) + "'";
  return false;
}

}  // namespace

bool GoldColumns::parse(const std::vector<std::string_view>& f, AssertLabels* out,
                        std::string* error) const {
  *out = {};
  if (f.size() < width_) {
    *error = std::to_string(f.size()) + " fields; the gold columns need " + std::to_string(width_);
    return false;
  }
  std::string_view experiencer = f[*experiencer_];
  if (kit_) {
    std::string_view negation = f[*negation_], temporality = f[*temporality_];
    if (negation != "Affirmed" && negation != "Negated") {
      *error = "negation is Affirmed or Negated, not '" + std::string(negation) + "'";
      return false;
    }
    if (temporality != "Recent" && temporality != "Historical" && temporality != "Not particular") {
      *error = "temporality is Recent, Historical or Not particular, not '" +
               std::string(temporality) + "'";
      return false;
    }
    if (experiencer != "Patient" && experiencer != "Other" && experiencer != "Family member") {
      *error =
          "experiencer is Patient, Other or Family member, not '" + std::string(experiencer) + "'";
      return false;
    }
    out->negated = negation == "Negated";
    out->historical = temporality == "Historical";
    out->hypothetical = temporality == "Not particular";
    out->other_experiencer = experiencer != "Patient";
    return true;
  }
  if (experiencer != "patient" && experiencer != "other") {
    *error = "experiencer is patient or other, not '" + std::string(experiencer) + "'";
    return false;
  }
  out->other_experiencer = experiencer == "other";
  return parse_bit(f[*negated_], "negated", &out->negated, error) &&
         parse_bit(f[*historical_], "historical", &out->historical, error) &&
         parse_bit(f[*hypothetical_], "hypothetical", &out->hypothetical, error) &&
         (!uncertain_ || parse_bit(f[*uncertain_], "uncertain", &out->uncertain, error));
}

double Score::precision() const {
  uint64_t predicted = true_positive + false_positive;
  return predicted == 0 ? 1.0 : static_cast<double>(true_positive) / static_cast<double>(predicted);
}

double Score::recall() const {
  uint64_t actual = true_positive + false_negative;
  return actual == 0 ? 1.0 : static_cast<double>(true_positive) / static_cast<double>(actual);
}

double Score::f1() const {
  double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

unsigned AssertEvaluation::add(const AssertLabels& gold, const AssertLabels& predicted,
                               bool found) {
  ++rows;
  if (!found) ++not_found;
  const bool g[kAssertCategoryCount] = {gold.negated, gold.uncertain, gold.historical,
                                        gold.hypothetical, gold.other_experiencer};
  const bool p[kAssertCategoryCount] = {predicted.negated, predicted.uncertain,
                                        predicted.historical, predicted.hypothetical,
                                        predicted.other_experiencer};
  unsigned wrong = 0;
  for (int c = 0; c < kAssertCategoryCount; ++c) {
    Score& s = scores[c];
    if (g[c] && p[c]) ++s.true_positive;
    if (!g[c] && p[c]) ++s.false_positive;
    if (g[c] && !p[c]) ++s.false_negative;
    if (g[c] != p[c]) wrong |= 1u << c;
  }
  return wrong;
}

}  // namespace dxaudit::report
