// Assertion evaluation: precision, recall and F1 of the assertion engine against sentences
// annotated by people, as `dxaudit eval-assert` prints them.
//
// Label columns are found by header name, and a file may have any of them (at least one):
//   - the NegEx/ConText evaluation kit's `negation` (Affirmed|Negated), `temporality`
//     (Recent|Historical|Not particular, the last meaning hypothetical) and `experiencer`
//     (Patient|Other|Family member);
//   - the project's `negated`, `uncertain`, `historical`, `hypothetical` (0|1) and
//     `experiencer` (patient|other), as in tests/context/regression.tsv; BioScope-style
//     files have only `negated` and `uncertain`.
// A category is scored only when the file has a column for it, and a row only in the
// categories whose cell it fills: a blank cell means "not annotated here", never "no".
// Each category is a binary decision (negated, uncertain, historical, hypothetical, and
// experiencer other than the patient). A target not found in its sentence counts as a
// prediction of nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/tsv_reader.h"

namespace dxaudit::report {

enum class AssertCategory : uint8_t { kNegated, kUncertain, kHistorical, kHypothetical, kOther };
inline constexpr int kAssertCategoryCount = 5;
std::string_view assert_category_name(AssertCategory c);  // "negated", ..., "experiencer"
constexpr unsigned assert_category_bit(AssertCategory c) {
  return 1u << static_cast<int>(c);
}
inline constexpr unsigned kAllAssertCategories = (1u << kAssertCategoryCount) - 1;

struct AssertLabels {
  bool negated = false;
  bool uncertain = false;
  bool historical = false;
  bool hypothetical = false;
  bool other_experiencer = false;
  // Which categories the labels speak for (assert_category_bit): a gold row's filled
  // cells; every category for a prediction.
  unsigned labelled = kAllAssertCategories;

  bool get(AssertCategory c) const;
};

class GoldColumns {
 public:
  // Finds the label columns in the header; false with *error when there is none, or when
  // two columns label one category (`negation` and `negated`).
  bool find(const io::TsvReader& reader, std::string* error);
  // Reads one row's labels (blank cells leave their categories unlabelled); false with
  // *error when a value is not one its column allows.
  bool parse(const std::vector<std::string_view>& fields, AssertLabels* out,
             std::string* error) const;
  bool has(AssertCategory c) const;        // whether the file has a column for this category
  size_t width() const { return width_; }  // fields a row needs

 private:
  std::optional<size_t> negation_, temporality_, experiencer_;
  std::optional<size_t> negated_, uncertain_, historical_, hypothetical_;
  size_t width_ = 0;
};

struct Score {
  uint64_t true_positive = 0, false_positive = 0, false_negative = 0;
  double precision() const;
  double recall() const;
  double f1() const;  // precision and recall are 1 when there is nothing to count
};

struct AssertEvaluation {
  Score scores[kAssertCategoryCount];
  uint64_t labelled_rows[kAssertCategoryCount] = {};  // rows whose gold labels the category
  uint64_t rows = 0;
  uint64_t not_found = 0;

  // Adds one row, scoring the categories gold.labelled names; returns those where
  // prediction and gold disagree (assert_category_bit).
  unsigned add(const AssertLabels& gold, const AssertLabels& predicted, bool found);
  const Score& score(AssertCategory c) const { return scores[static_cast<int>(c)]; }
};

}  // namespace dxaudit::report
