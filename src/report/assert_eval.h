// Assertion evaluation: precision, recall and F1 of the assertion engine against sentences
// annotated by people, as `dxaudit eval-assert` prints them.
//
// Two column layouts are read (by header name):
//   - the NegEx/ConText evaluation kit: `negation` (Affirmed|Negated), `temporality`
//     (Recent|Historical|Not particular, the last meaning hypothetical), `experiencer`
//     (Patient|Other|Family member);
//   - the project's own: `negated`, `uncertain`, `historical`, `hypothetical` (0|1) and
//     `experiencer` (patient|other).
// Each category is scored as a binary decision over all rows: negated, historical,
// hypothetical, experiencer other than the patient, and uncertain where the gold has it.
// A target not found in its sentence counts as a prediction of nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/tsv_reader.h"

namespace dxaudit::report {

struct AssertLabels {
  bool negated = false;
  bool uncertain = false;
  bool historical = false;
  bool hypothetical = false;
  bool other_experiencer = false;
};

enum class AssertCategory : uint8_t { kNegated, kUncertain, kHistorical, kHypothetical, kOther };
inline constexpr int kAssertCategoryCount = 5;
std::string_view assert_category_name(AssertCategory c);  // "negated", ..., "experiencer"

class GoldColumns {
 public:
  // Finds the gold columns in the header; false with *error naming what is missing.
  bool find(const io::TsvReader& reader, std::string* error);
  // Reads one row's labels; false with *error when a value is not one the layout allows.
  bool parse(const std::vector<std::string_view>& fields, AssertLabels* out,
             std::string* error) const;
  bool has(AssertCategory c) const;        // whether the gold annotates this category
  size_t width() const { return width_; }  // fields a row needs

 private:
  bool kit_ = false;
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
  uint64_t rows = 0;
  uint64_t not_found = 0;

  // Adds one row; returns the categories where prediction and gold disagree (bit per
  // AssertCategory).
  unsigned add(const AssertLabels& gold, const AssertLabels& predicted, bool found);
  const Score& score(AssertCategory c) const { return scores[static_cast<int>(c)]; }
};

}  // namespace dxaudit::report
