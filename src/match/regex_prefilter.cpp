#include "match/regex_prefilter.h"

#include <algorithm>
#include <unordered_map>

#include <oneapi/tbb/parallel_for.h>
#include <re2/filtered_re2.h>

namespace dxaudit::match {

namespace {

// Questions to FilteredRE2 allowed per expression; past the budget an expression keeps the
// clauses found so far (each is implied all the same), so a long one only loses precision,
// not time or memory. Most shipped expressions need far fewer; a few long lists asked
// thousands, and a budget of 4,096 cost 0.03 s of start-up (a tenth of it) for no
// candidate a scan of 65 MB could tell (docs/performance.md, round thirty-two).
constexpr size_t kQuestionBudget = 512;

// FilteredRE2's condition for one expression, asked for sets of its atoms. The clause
// search asks about the same set more than once; answers are remembered.
class AtomCondition {
 public:
  AtomCondition(re2::FilteredRE2* filter, size_t atoms) : filter_(filter), atoms_(atoms) {}
  // True when the expression may match in a text holding exactly the atoms in `present`.
  bool holds(const std::vector<bool>& present) const {
    auto known = answers_.find(present);
    if (known != answers_.end()) return known->second;
    if (questions_left_ > 0) --questions_left_;
    std::vector<int> ids, matched;
    for (size_t a = 0; a < atoms_; ++a)
      if (present[a]) ids.push_back(static_cast<int>(a));
    filter_->AllPotentials(ids, &matched);
    answers_.emplace(present, !matched.empty());
    return !matched.empty();
  }
  bool budget_spent() const { return questions_left_ == 0; }

 private:
  re2::FilteredRE2* filter_;
  size_t atoms_;
  mutable size_t questions_left_ = kQuestionBudget;
  mutable std::unordered_map<std::vector<bool>, bool> answers_;
};

// Clauses implied by `condition` over `atoms` atoms, each a list of atom indices one of
// which must be present; empty when the condition holds with no atom at all (or, which
// FilteredRE2 rules out, fails with every atom).
//
// A monotone condition implies "one of C" exactly when it fails with every atom outside C
// present, so each clause is the complement of a set of atoms on which the condition
// fails, grown one atom at a time until no atom can join. Short atoms ("the", "and") are
// the most common in text, so they join first and stay out of the clauses where the
// condition allows: a clause of rare atoms rules out more sentences. Further clauses come
// from sets the clauses so far let through but the condition does not, so that together
// they approach the condition ("one of numb, tingl, decreased" and "one of groin,
// saddle, perineum").
std::vector<std::vector<uint32_t>> implied_clauses(const AtomCondition& condition,
                                                   const std::vector<std::string>& atom_text) {
  const size_t atoms = atom_text.size();
  std::vector<bool> present(atoms, false);
  if (condition.holds(present) || !condition.holds(std::vector<bool>(atoms, true))) return {};
  std::vector<uint32_t> order(atoms);
  for (size_t a = 0; a < atoms; ++a) order[a] = static_cast<uint32_t>(a);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    return atom_text[x].size() < atom_text[y].size();
  });
  // The clause left by growing a failing set from `start` (on which the condition fails).
  // Stopped early by the budget, the set still fails, so its complement is still implied.
  auto clause_from = [&](std::vector<bool> failing) {
    for (uint32_t a : order) {
      if (failing[a]) continue;
      if (condition.budget_spent()) break;
      failing[a] = true;
      if (condition.holds(failing)) failing[a] = false;
    }
    std::vector<uint32_t> clause;
    for (size_t a = 0; a < atoms; ++a)
      if (!failing[a]) clause.push_back(static_cast<uint32_t>(a));
    return clause;
  };
  std::vector<std::vector<uint32_t>> clauses{clause_from(present)};
  // Now the clauses say "may match" for a set of atoms when it holds one atom of each. If
  // some set that picks one atom of each clause fails the condition, growing it gives a
  // clause that set does not meet: a new one. When every such pick satisfies the
  // condition, the clauses are exactly the condition (a monotone condition holds on all
  // sets that meet the clauses if it holds on these picks, the smallest of them). The
  // search stops when the budget of questions is spent, or after as many picks (asked
  // again after each new clause, most are answered from memory).
  size_t picks_left = kQuestionBudget;
  for (bool grown = true; grown && !condition.budget_spent() && picks_left > 0;) {
    grown = false;
    std::vector<bool> pick(atoms, false);
    std::vector<size_t> choice(clauses.size(), 0);
    for (bool more = true; more && !condition.budget_spent() && picks_left > 0; --picks_left) {
      std::fill(pick.begin(), pick.end(), false);
      for (size_t c = 0; c < clauses.size(); ++c) pick[clauses[c][choice[c]]] = true;
      if (!condition.holds(pick)) {
        clauses.push_back(clause_from(pick));
        grown = true;
        break;
      }
      // The next pick, as an odometer over the clauses.
      more = false;
      for (size_t c = 0; c < clauses.size(); ++c) {
        if (++choice[c] < clauses[c].size()) {
          more = true;
          break;
        }
        choice[c] = 0;
      }
    }
  }
  return clauses;
}

}  // namespace

PrefilterAnalysis RegexPrefilter::analyse(re2::FilteredRE2* filter) {
  PrefilterAnalysis analysis;
  filter->Compile(&analysis.atoms);
  analysis.clauses = implied_clauses(AtomCondition(filter, analysis.atoms.size()), analysis.atoms);
  return analysis;
}

PrefilterAnalysis RegexPrefilter::analyse(const std::string& source,
                                          const re2::RE2::Options& options, int min_atom_length) {
  re2::FilteredRE2 one(min_atom_length);
  int id = 0;
  if (one.Add(source, options, &id) != re2::RE2::NoError) return PrefilterAnalysis{.refused = true};
  return analyse(&one);
}

std::unique_ptr<const RegexPrefilter> RegexPrefilter::build(
    const std::vector<std::string>& sources, const re2::RE2::Options& options, int min_atom_length,
    std::string* error, const std::vector<int>& retry_min_atom_length) {
  // Each expression is analysed on its own (FilteredRE2 compiles it again and is asked
  // about sets of its atoms: most of a matcher's start-up), so the analyses run in parallel,
  // within whatever parallelism the caller allows (tbb::global_control).
  std::vector<PrefilterAnalysis> analyses(sources.size());
  tbb::parallel_for(size_t{0}, sources.size(), [&](size_t e) {
    analyses[e] = analyse(sources[e], options, min_atom_length);
    const int retry = e < retry_min_atom_length.size() ? retry_min_atom_length[e] : 0;
    if (!analyses[e].refused && analyses[e].clauses.empty() && retry > 0 && retry < min_atom_length)
      analyses[e] = analyse(sources[e], options, retry);
  });
  std::vector<const PrefilterAnalysis*> pointers;
  for (const PrefilterAnalysis& a : analyses) pointers.push_back(&a);
  return build(pointers, sources, error);
}

std::unique_ptr<const RegexPrefilter> RegexPrefilter::build(
    const std::vector<const PrefilterAnalysis*>& analyses, const std::vector<std::string>& sources,
    std::string* error) {
  auto filter = std::unique_ptr<RegexPrefilter>(new RegexPrefilter());
  filter->expressions_ = analyses.size();
  std::unordered_map<std::string, uint32_t> atom_index;
  auto index_of = [&](const std::string& atom) {
    auto [it, added] = atom_index.try_emplace(atom, static_cast<uint32_t>(filter->atoms_.size()));
    if (added) {
      filter->atoms_.push_back(atom);
      filter->atom_triggers_.emplace_back();
    }
    return it->second;
  };
  filter->check_first_.push_back(0);
  filter->check_clause_start_.push_back(0);
  for (size_t e = 0; e < analyses.size(); ++e) {
    if (analyses[e]->refused) {
      *error = "expression " + std::to_string(e) +
               " rejected by FilteredRE2: " + (e < sources.size() ? sources[e] : std::string());
      return nullptr;
    }
    const std::vector<std::string>& atoms = analyses[e]->atoms;
    const std::vector<std::vector<uint32_t>>& clauses = analyses[e]->clauses;
    if (clauses.empty()) {
      filter->unfiltered_.push_back(static_cast<uint32_t>(e));
      filter->trigger_clause_.push_back(0);
    } else {
      // The trigger: the clause whose shortest atom is longest (fewer atoms breaking ties),
      // as the clause of the rarest atoms.
      auto shortest = [&](const std::vector<uint32_t>& clause) {
        size_t length = SIZE_MAX;
        for (uint32_t local : clause) length = std::min(length, atoms[local].size());
        return length;
      };
      size_t trigger = 0;
      for (size_t c = 1; c < clauses.size(); ++c) {
        const size_t a = shortest(clauses[c]), b = shortest(clauses[trigger]);
        if (a > b || (a == b && clauses[c].size() < clauses[trigger].size())) trigger = c;
      }
      for (uint32_t local : clauses[trigger])
        filter->atom_triggers_[index_of(atoms[local])].push_back(static_cast<uint32_t>(e));
      for (size_t c = 0; c < clauses.size(); ++c) {
        if (c == trigger) continue;
        for (uint32_t local : clauses[c]) filter->check_atoms_.push_back(index_of(atoms[local]));
        filter->check_clause_start_.push_back(static_cast<uint32_t>(filter->check_atoms_.size()));
      }
      filter->trigger_clause_.push_back(static_cast<uint32_t>(trigger));
    }
    filter->check_first_.push_back(static_cast<uint32_t>(filter->check_clause_start_.size() - 1));
  }
  filter->index_atom_starts();
  return filter;
}

void RegexPrefilter::index_atom_starts() {
  // The triggers flat, one array read from an offset, instead of a vector an atom.
  trigger_first_.assign(atoms_.size() + 1, 0);
  for (size_t a = 0; a < atom_triggers_.size(); ++a) {
    trigger_first_[a] = static_cast<uint32_t>(triggers_.size());
    triggers_.insert(triggers_.end(), atom_triggers_[a].begin(), atom_triggers_[a].end());
  }
  trigger_first_[atoms_.size()] = static_cast<uint32_t>(triggers_.size());
  atom_triggers_.clear();
  atom_triggers_.shrink_to_fit();
  // The bytes atoms use, each a class of its own; every other byte is class 0, on which
  // the automaton goes back to its root.
  byte_class_.fill(0);
  classes_ = 1;
  for (const std::string& atom : atoms_) longest_atom_ = std::max(longest_atom_, atom.size());
  for (const std::string& atom : atoms_)
    for (char ch : atom) {
      auto& cls = byte_class_[static_cast<unsigned char>(ch)];
      if (cls == 0) cls = static_cast<uint16_t>(classes_++);
    }
  // The trie of the atoms (goto), one row of `classes_` entries per state; kNone: no edge.
  constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> go(classes_, kNone);
  std::vector<std::vector<uint32_t>> own(1);  // per state: the atoms spelled to it
  for (size_t a = 0; a < atoms_.size(); ++a) {
    if (atoms_[a].empty()) {
      empty_atoms_.push_back(static_cast<uint32_t>(a));
      continue;
    }
    uint32_t state = 0;
    for (char ch : atoms_[a]) {
      const uint32_t cls = byte_class_[static_cast<unsigned char>(ch)];
      uint32_t& edge = go[size_t{state} * classes_ + cls];
      if (edge == kNone) {
        edge = static_cast<uint32_t>(own.size());
        own.emplace_back();
        go.resize(go.size() + classes_, kNone);
      }
      state = go[size_t{state} * classes_ + cls];
    }
    own[state].push_back(static_cast<uint32_t>(a));
  }
  const size_t states = own.size();
  // States renumbered breadth first, so that the shallow ones, where text mostly stays,
  // share cache lines. Then each state's failure (its longest proper suffix that is a
  // state), full transitions and outputs (its own atoms and its failure's outputs), in
  // that order: a failure is shallower, so it is complete before it is used.
  std::vector<uint32_t> order{0}, rank(states, 0);
  for (size_t k = 0; k < order.size(); ++k)
    for (uint32_t cls = 1; cls < classes_; ++cls) {
      const uint32_t child = go[size_t{order[k]} * classes_ + cls];
      if (child == kNone) continue;
      rank[child] = static_cast<uint32_t>(order.size());
      order.push_back(child);
    }
  std::vector<uint32_t> failure(states, 0);
  std::vector<std::vector<uint32_t>> outputs(states);
  next_.assign(states * classes_, 0);
  for (size_t s = 0; s < states; ++s) {
    outputs[s] = own[order[s]];
    if (s != 0) {
      const auto& inherited = outputs[failure[s]];
      outputs[s].insert(outputs[s].end(), inherited.begin(), inherited.end());
    }
    for (uint32_t cls = 0; cls < classes_; ++cls) {
      const uint32_t child = go[size_t{order[s]} * classes_ + cls];
      const uint32_t fallback = s == 0 ? 0 : next_[size_t{failure[s]} * classes_ + cls];
      if (child != kNone) {
        failure[rank[child]] = fallback;
        next_[s * classes_ + cls] = rank[child];
      } else {
        next_[s * classes_ + cls] = fallback;
      }
    }
  }
  // Outputs flat, and a state with any marked in its low bit wherever it is a target.
  output_first_.assign(states + 1, 0);
  for (size_t s = 0; s < states; ++s) {
    output_first_[s] = static_cast<uint32_t>(output_atoms_.size());
    output_atoms_.insert(output_atoms_.end(), outputs[s].begin(), outputs[s].end());
  }
  output_first_[states] = static_cast<uint32_t>(output_atoms_.size());
  for (uint32_t& target : next_) target = target << 1 | (outputs[target].empty() ? 0U : 1U);
  // Most lexicons' automata have fewer than 32,768 states: their table in 16-bit entries
  // is half the size, which keeps more of it in cache on a pass where every byte's
  // transition waits for the one before it.
  if (states <= kNarrowStates) {
    next_narrow_.assign(next_.begin(), next_.end());
    next_.clear();
    next_.shrink_to_fit();
  }
}

std::vector<std::vector<uint32_t>> RegexPrefilter::clauses(uint32_t expression) const {
  std::vector<std::vector<uint32_t>> out;
  std::vector<uint32_t> trigger;
  for (uint32_t a = 0; a < atoms_.size(); ++a)
    for (uint32_t k = trigger_first_[a]; k < trigger_first_[a + 1]; ++k)
      if (triggers_[k] == expression) trigger.push_back(a);
  if (trigger.empty()) return out;
  // The trigger clause back in its place among the others.
  for (uint32_t c = check_first_[expression]; c <= check_first_[expression + 1]; ++c) {
    if (out.size() == trigger_clause_[expression]) out.push_back(trigger);
    if (c == check_first_[expression + 1]) break;
    std::vector<uint32_t> clause(check_atoms_.begin() + check_clause_start_[c],
                                 check_atoms_.begin() + check_clause_start_[c + 1]);
    std::sort(clause.begin(), clause.end());
    out.push_back(std::move(clause));
  }
  return out;
}

void RegexPrefilter::candidates(std::string_view text, PrefilterScratch* scratch,
                                std::vector<uint32_t>* out) const {
  out->clear();
  if (scratch->atom_stamp.size() < atoms_.size()) scratch->atom_stamp.resize(atoms_.size(), 0);
  if (scratch->expression_stamp.size() < expressions_)
    scratch->expression_stamp.resize(expressions_, 0);
  if (++scratch->call == 0) {  // the stamps wrapped around: start them afresh
    std::fill(scratch->atom_stamp.begin(), scratch->atom_stamp.end(), 0);
    std::fill(scratch->expression_stamp.begin(), scratch->expression_stamp.end(), 0);
    scratch->call = 1;
  }
  const uint32_t call = scratch->call;
  auto found = [&](uint32_t a) {
    if (scratch->atom_stamp[a] == call) return;
    scratch->atom_stamp[a] = call;
    for (uint32_t k = trigger_first_[a]; k < trigger_first_[a + 1]; ++k) {
      const uint32_t e = triggers_[k];
      if (scratch->expression_stamp[e] == call) continue;
      scratch->expression_stamp[e] = call;
      scratch->touched.push_back(e);
    }
  };
  for (uint32_t a : empty_atoms_) found(a);
  // One transition a byte; a state that ends atoms is noted without a branch, so that the
  // walk, a chain of dependent loads, is not held up by what its outputs cost.
  std::vector<uint32_t>& ends = scratch->ends;
  if (ends.size() < 2 * text.size() + 2) ends.resize(2 * text.size() + 2);  // pieces overlap
  size_t noted = 0;
  // Walks at once, each a chain of dependent loads of its own, over pieces read on by the
  // longest atom's length less one, so that every occurrence lies whole in one piece.
  auto walk = [&]<size_t kWalks>(const auto& next, std::integral_constant<size_t, kWalks>) {
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
    uint32_t* out_states = ends.data();
    const size_t n = text.size();
    size_t begin[kWalks], end[kWalks], at[kWalks], first[kWalks];
    uint32_t state[kWalks] = {};
    size_t room = 0;
    for (size_t w = 0; w < kWalks; ++w) {
      begin[w] = n * w / kWalks;
      end[w] = w + 1 == kWalks ? n : std::min(n, n * (w + 1) / kWalks + longest_atom_ - 1);
      first[w] = at[w] = room;
      room += end[w] - begin[w];
    }
    const size_t common = end[kWalks - 1] - begin[kWalks - 1];  // the shortest piece
    for (size_t i = 0; i < common; ++i) {
      for (size_t w = 0; w < kWalks; ++w) {
        const uint32_t target =
            next[size_t{state[w]} * classes_ + byte_class_[bytes[begin[w] + i]]];
        state[w] = target >> 1;
        out_states[at[w]] = state[w];
        at[w] += target & 1U;
      }
    }
    for (size_t w = 0; w < kWalks; ++w)
      for (size_t i = begin[w] + common; i < end[w]; ++i) {
        const uint32_t target = next[size_t{state[w]} * classes_ + byte_class_[bytes[i]]];
        state[w] = target >> 1;
        out_states[at[w]] = state[w];
        at[w] += target & 1U;
      }
    for (size_t w = 0; w < kWalks; ++w)
      for (size_t k = first[w]; k < at[w]; ++k) out_states[noted++] = out_states[k];
  };
  auto run = [&](const auto& next) {
    // Two pieces when each is longer than what they share (four measured no faster on
    // MTSamples, whose sentences are 68 bytes on average: tools/bench/prefilter.cpp).
    if (text.size() >= 2 * longest_atom_)
      walk(next, std::integral_constant<size_t, 2>{});
    else
      walk(next, std::integral_constant<size_t, 1>{});
  };
  if (next_.empty())
    run(next_narrow_);
  else
    run(next_);
  for (size_t i = 0; i < noted; ++i)
    for (uint32_t k = output_first_[ends[i]]; k < output_first_[ends[i] + 1]; ++k)
      found(output_atoms_[k]);
  // Expressions whose trigger clause holds: each of their other clauses needs an atom
  // found in this call too.
  for (uint32_t e : scratch->touched) {
    bool holds = true;
    for (uint32_t c = check_first_[e]; holds && c < check_first_[e + 1]; ++c) {
      holds = false;
      for (uint32_t k = check_clause_start_[c]; k < check_clause_start_[c + 1] && !holds; ++k)
        holds = scratch->atom_stamp[check_atoms_[k]] == call;
    }
    if (holds) out->push_back(e);
  }
  scratch->touched.clear();
  std::sort(out->begin(), out->end());
}

}  // namespace dxaudit::match
