// CompiledExpressions: the `re:` patterns of a lexicon, compiled once by its load (as its
// lexicon::RegexCompiler) and kept for every matcher built from it.
//
// Each expression is compiled inside a FilteredRE2 of its own, whose atoms are
// `atom_length()` bytes long. The matchers search its RE2 (FilteredRE2::GetRE2), and the
// matcher whose prefilter takes atoms of that length analyses it there
// (RegexPrefilter::analyse) instead of compiling the expression a second time, which was
// a quarter of a scan's start-up (docs/performance.md).
//
// Callers may rely on: regex(p) is the expression of pattern p compiled with the options
// the load passed (RE2, longest match), as a matcher would compile it; analysis(p) is
// what RegexPrefilter::build would find for it with atoms of atom_length() bytes, made on
// the first call and shared after; both are safe to call from any number of threads once
// the load has returned. An object serves one load.
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "match/regex_prefilter.h"

namespace dxaudit::match {

class CompiledExpressions final : public lexicon::RegexCompiler {
 public:
  explicit CompiledExpressions(int atom_length) : atom_length_(atom_length) {}

  void prepare(size_t patterns) override;
  const re2::RE2* compile(uint32_t pattern, const std::string& regex,
                          const re2::RE2::Options& options) override;

  int atom_length() const { return atom_length_; }
  // The compiled expression of pattern `pattern`; null when the load compiled none for it
  // (a literal phrase, or an expression RE2 refused).
  std::shared_ptr<const re2::RE2> regex(uint32_t pattern) const;
  // Its prefilter analysis (above); null where regex() is.
  const PrefilterAnalysis* analysis(uint32_t pattern) const;

 private:
  struct Expression {
    explicit Expression(int atom_length) : filter(atom_length) {}
    re2::FilteredRE2 filter;  // holds the one expression, id 0
    std::once_flag analysed;
    PrefilterAnalysis analysis;
  };
  int atom_length_;
  std::vector<std::shared_ptr<Expression>> expressions_;  // by pattern index
};

}  // namespace dxaudit::match
