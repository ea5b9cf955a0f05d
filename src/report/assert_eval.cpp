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

bool AssertLabels::get(AssertCategory c) const {
  switch (c) {
    case AssertCategory::kNegated:
      return negated;
    case AssertCategory::kUncertain:
      return uncertain;
    case AssertCategory::kHistorical:
      return historical;
    case AssertCategory::kHypothetical:
      return hypothetical;
    case AssertCategory::kOther:
      return other_experiencer;
  }
  return false;
}

bool GoldColumns::find(const io::TsvReader& reader, std::string* error) {
  negation_ = reader.column("negation");
  temporality_ = reader.column("temporality");
  experiencer_ = reader.column("experiencer");
  negated_ = reader.column("negated");
  uncertain_ = reader.column("uncertain");
  historical_ = reader.column("historical");
  hypothetical_ = reader.column("hypothetical");
  if (negation_ && negated_) {
    *error = reader.name() + ": both negation and negated label negation; keep one";
    return false;
  }
  if (temporality_ && (historical_ || hypothetical_)) {
    *error = reader.name() +
             ": temporality and historical/hypothetical label the same categories; keep one";
    return false;
  }
  width_ = 0;
  for (const auto& c :
       {negation_, temporality_, experiencer_, negated_, uncertain_, historical_, hypothetical_})
    if (c) width_ = std::max(width_, *c + 1);
  if (width_ == 0) {
    *error = reader.name() +
             ": no label columns: name at least one of negated, uncertain, historical, "
             "hypothetical, experiencer (0|1; patient|other), or the ConText kit's negation, "
             "temporality, experiencer";
    return false;
  }
  return true;
}

bool GoldColumns::has(AssertCategory c) const {
  switch (c) {
    case AssertCategory::kNegated:
      return negation_ || negated_;
    case AssertCategory::kUncertain:
      return uncertain_.has_value();
    case AssertCategory::kHistorical:
      return temporality_ || historical_;
    case AssertCategory::kHypothetical:
      return temporality_ || hypothetical_;
    case AssertCategory::kOther:
      return experiencer_.has_value();
  }
  return false;
}

namespace {

// One 0|1 cell: sets *out and the category's labelled bit; a blank cell labels nothing.
bool parse_bit(std::string_view field, std::string_view column, AssertCategory category, bool* out,
               AssertLabels* labels, std::string* error) {
  if (field.empty()) return true;
  if (field == "1" || field == "0") {
    *out = field == "1";
    labels->labelled |= assert_category_bit(category);
    return true;
  }
  *error = std::string(column) + " is 0 or 1, not '" + std::string(field) + "'";
  return false;
}

}  // namespace

bool GoldColumns::parse(const std::vector<std::string_view>& f, AssertLabels* out,
                        std::string* error) const {
  *out = {};
  out->labelled = 0;
  if (f.size() < width_) {
    *error = std::to_string(f.size()) + " fields; the label columns need " + std::to_string(width_);
    return false;
  }
  if (negation_ && !f[*negation_].empty()) {
    std::string_view v = f[*negation_];
    if (v != "Affirmed" && v != "Negated") {
      *error = "negation is Affirmed or Negated, not '" + std::string(v) + "'";
      return false;
    }
    out->negated = v == "Negated";
    out->labelled |= assert_category_bit(AssertCategory::kNegated);
  }
  if (temporality_ && !f[*temporality_].empty()) {
    std::string_view v = f[*temporality_];
    if (v != "Recent" && v != "Historical" && v != "Not particular") {
      *error = "temporality is Recent, Historical or Not particular, not '" + std::string(v) + "'";
      return false;
    }
    out->historical = v == "Historical";
    out->hypothetical = v == "Not particular";
    out->labelled |= assert_category_bit(AssertCategory::kHistorical) |
                     assert_category_bit(AssertCategory::kHypothetical);
  }
  if (experiencer_ && !f[*experiencer_].empty()) {
    std::string_view v = f[*experiencer_];
    if (v != "patient" && v != "other" && v != "Patient" && v != "Other" && v != "Family member") {
      *error =
          "experiencer is patient or other (or the kit's Patient, Other, Family member), not '" +
          std::string(v) + "'";
      return false;
    }
    out->other_experiencer = v != "patient" && v != "Patient";
    out->labelled |= assert_category_bit(AssertCategory::kOther);
  }
  return (!negated_ || parse_bit(f[*negated_], "negated", AssertCategory::kNegated, &out->negated,
                                 out, error)) &&
         (!uncertain_ || parse_bit(f[*uncertain_], "uncertain", AssertCategory::kUncertain,
                                   &out->uncertain, out, error)) &&
         (!historical_ || parse_bit(f[*historical_], "historical", AssertCategory::kHistorical,
                                    &out->historical, out, error)) &&
         (!hypothetical_ ||
          parse_bit(f[*hypothetical_], "hypothetical", AssertCategory::kHypothetical,
                    &out->hypothetical, out, error));
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
  unsigned wrong = 0;
  for (int c = 0; c < kAssertCategoryCount; ++c) {
    auto category = static_cast<AssertCategory>(c);
    if ((gold.labelled & assert_category_bit(category)) == 0) continue;
    ++labelled_rows[c];
    bool g = gold.get(category), p = predicted.get(category);
    Score& s = scores[c];
    if (g && p) ++s.true_positive;
    if (!g && p) ++s.false_positive;
    if (g && !p) ++s.false_negative;
    if (g != p) wrong |= assert_category_bit(category);
  }
  return wrong;
}

}  // namespace dxaudit::report
