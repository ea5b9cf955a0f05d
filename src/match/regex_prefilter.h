// RegexPrefilter: says which of a list of regular expressions may match in a piece of
// text, from the literal pieces ("atoms") each expression requires, so that only those
// expressions are searched.
//
// The atoms and the condition each expression puts on them come from RE2's FilteredRE2
// analysis, done for each expression on its own. The condition is reduced to clauses of
// the form "one of these atoms occurs in the text", and every clause is checked at build
// time to be implied by FilteredRE2's condition. Hence callers may rely on:
//   - an expression of `filtered()` that has a match in the text is among candidates();
//   - an expression FilteredRE2 finds no atom for is in `unfiltered()` and never among
//     candidates(): the caller must search it (or prefilter it some other way);
//   - candidates() lists expressions in increasing index order, each once.
// Candidates may still have no match: the filter says "may", the search decides.
//
// Why not FilteredRE2 itself: its AllPotentials() allocates and walks its tree of atoms
// on every call, which cost more than the searches it saved on short sentences; here a
// call is one pass over the text and a bit per clause.
//
// A RegexPrefilter is immutable after build() and may be shared by threads, each passing
// its own PrefilterScratch.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/filtered_re2.h>
#include <re2/re2.h>

namespace dxaudit::match {

// What RegexPrefilter learns of one expression: its atoms and the clauses over them
// (class comment), or that FilteredRE2 refused it. No clauses: the expression has no atoms
// to filter on.
struct PrefilterAnalysis {
  bool refused = false;
  std::vector<std::string> atoms;
  std::vector<std::vector<uint32_t>> clauses;  // each a list of indices into `atoms`
};

struct PrefilterScratch {
  std::vector<uint32_t> atom_stamp;        // per atom: the call that last found it
  std::vector<uint32_t> expression_stamp;  // per expression: the call that touched it
  std::vector<uint32_t> touched;           // expressions whose trigger clause holds in this call
  std::vector<uint32_t> ends;              // states that ended atoms, as the walks noted them
  uint32_t call = 0;
};

class RegexPrefilter {
 public:
  // Analyses `sources` (RE2 syntax, already known to compile with `options`). Atoms are
  // at least `min_atom_length` bytes; FilteredRE2 lower-cases them, so the text given to
  // candidates() must be lower case wherever an expression is case-insensitive. Returns
  // nullptr with *error set when FilteredRE2 refuses an expression.
  // `retry_min_atom_length`, when given, has one entry per expression: an expression with
  // no atoms of `min_atom_length` bytes is analysed again with atoms of that many bytes
  // (0: not again), so that a caller with no other way to filter it may accept shorter
  // atoms for it alone.
  static std::unique_ptr<const RegexPrefilter> build(
      const std::vector<std::string>& sources, const re2::RE2::Options& options,
      int min_atom_length, std::string* error, const std::vector<int>& retry_min_atom_length = {});

  // The analysis of `source` alone, with atoms of `min_atom_length` bytes (refused when
  // FilteredRE2 refuses it).
  static PrefilterAnalysis analyse(const std::string& source, const re2::RE2::Options& options,
                                   int min_atom_length);

  // The analysis of the one expression that `filter` holds (added, not yet compiled: this
  // compiles it, which a FilteredRE2 allows once), with atoms of the length it was
  // constructed with. For a caller that keeps the FilteredRE2 for its RE2 (GetRE2) instead
  // of compiling the expression a second time (match::CompiledExpressions).
  static PrefilterAnalysis analyse(re2::FilteredRE2* filter);

  // build() from analyses already made, one per expression (`sources`, for the message of
  // *error, in the same order).
  static std::unique_ptr<const RegexPrefilter> build(
      const std::vector<const PrefilterAnalysis*>& analyses,
      const std::vector<std::string>& sources, std::string* error);

  // Appends to *out (cleared first) every expression with atoms whose clauses all hold
  // in `text`.
  void candidates(std::string_view text, PrefilterScratch* scratch,
                  std::vector<uint32_t>* out) const;

  // How many expressions it was built for.
  size_t expressions() const { return expressions_; }
  // Expressions without atoms, in increasing order.
  const std::vector<uint32_t>& unfiltered() const { return unfiltered_; }
  // Every distinct atom of every expression.
  const std::vector<std::string>& atoms() const { return atoms_; }
  // The clauses of expression `expression`: each a list of atom indices, one of which must
  // occur. Empty for unfiltered expressions. For tests and diagnostics.
  std::vector<std::vector<uint32_t>> clauses(uint32_t expression) const;

 private:
  RegexPrefilter() = default;
  void index_atom_starts();

  size_t expressions_ = 0;
  std::vector<uint32_t> unfiltered_;
  std::vector<std::string> atoms_;
  // Each expression's clauses are split in two. One, its trigger, is the clause of the
  // rarest-looking atoms (the longest shortest atom): an atom found lists the expressions
  // it triggers. The others are checked only for expressions triggered in a call, so a
  // word of every sentence ("the", "with") that is one of many atoms of some clause costs
  // nothing unless that clause is a trigger.
  // Per atom, the expressions it triggers: triggers_[trigger_first_[a] ..
  // trigger_first_[a + 1]) (atom_triggers_ while the filter is built).
  std::vector<std::vector<uint32_t>> atom_triggers_;
  std::vector<uint32_t> trigger_first_;
  std::vector<uint32_t> triggers_;
  // Expression e's other clauses are c in [check_first_[e], check_first_[e + 1]); clause c
  // is check_atoms_[check_clause_start_[c] .. check_clause_start_[c + 1]).
  std::vector<uint32_t> check_first_;
  std::vector<uint32_t> check_clause_start_;
  std::vector<uint32_t> check_atoms_;
  std::vector<uint32_t> trigger_clause_;  // per expression: the trigger's place, for clauses()
  // An Aho-Corasick automaton over the atoms, so that finding them all costs one
  // transition a byte however many share a beginning ("the", "ther", "therap"): a state
  // is a prefix of some atom; next_[state * classes_ + byte_class_[byte]] is the state
  // after that byte, shifted left by one, its low bit set when the state ends atoms,
  // output_atoms_[output_first_[state] .. output_first_[state + 1]).
  std::array<uint16_t, 256> byte_class_{};
  uint32_t classes_ = 1;
  std::vector<uint32_t> next_;
  // The same table in 16-bit entries, in place of next_ (then empty), when every entry
  // fits: at most kNarrowStates states.
  static constexpr size_t kNarrowStates = 32768;
  std::vector<uint16_t> next_narrow_;
  std::vector<uint32_t> output_first_;
  std::vector<uint32_t> output_atoms_;
  std::vector<uint32_t> empty_atoms_;
  // A text twice this long is walked as two pieces at once, the first read on by this
  // less one byte: each walk is a chain of loads that wait for the one before, and two
  // chains keep the core busy while each waits (tools/bench/prefilter.cpp).
  size_t longest_atom_ = 1;
};

}  // namespace dxaudit::match
