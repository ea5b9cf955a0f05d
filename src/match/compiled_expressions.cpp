#include "match/compiled_expressions.h"

namespace dxaudit::match {

void CompiledExpressions::prepare(size_t patterns) {
  expressions_.assign(patterns, nullptr);
}

const re2::RE2* CompiledExpressions::compile(uint32_t pattern, const std::string& regex,
                                             const re2::RE2::Options& options) {
  if (pattern >= expressions_.size()) return nullptr;
  auto expression = std::make_shared<Expression>(atom_length_);
  int id = 0;
  if (expression->filter.Add(regex, options, &id) != re2::RE2::NoError) return nullptr;
  expressions_[pattern] = expression;  // each call writes its own entry
  return &expression->filter.GetRE2(id);
}

std::shared_ptr<const re2::RE2> CompiledExpressions::regex(uint32_t pattern) const {
  if (pattern >= expressions_.size() || expressions_[pattern] == nullptr) return nullptr;
  const std::shared_ptr<Expression>& expression = expressions_[pattern];
  // Shares the FilteredRE2's ownership: the RE2 lives as long as its holder.
  return std::shared_ptr<const re2::RE2>(expression, &expression->filter.GetRE2(0));
}

const PrefilterAnalysis* CompiledExpressions::analysis(uint32_t pattern) const {
  if (pattern >= expressions_.size() || expressions_[pattern] == nullptr) return nullptr;
  Expression& expression = *expressions_[pattern];
  std::call_once(expression.analysed,
                 [&] { expression.analysis = RegexPrefilter::analyse(&expression.filter); });
  return &expression.analysis;
}

}  // namespace dxaudit::match
