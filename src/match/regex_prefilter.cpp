#include "match/regex_prefilter.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include <oneapi/tbb/parallel_for.h>
#include <re2/filtered_re2.h>

namespace dxaudit::match {

namespace {

// A 16-bit hash of the three bytes at `p`.
inline uint32_t trigram(const char* p) {
  auto b = [p](int i) { return static_cast<uint32_t>(static_cast<unsigned char>(p[i])); };
  return ((b(0) << 10) ^ (b(1) << 5) ^ b(2)) & 0xFFFF;
}

constexpr size_t kTrigrams = size_t{1} << 16;
// Bytes of an atom compared from its AtomStart, without reading the atom itself: most
// atoms are no longer, so most comparisons need no memcmp.
constexpr size_t kHeadBytes = 8;

// Up to eight bytes from `p` (fewer when `available` is smaller), zero-padded.
inline uint64_t load_head(const char* p, size_t available) {
  uint64_t head = 0;
  if (available >= 8) {
    std::memcpy(&head, p, 8);
  } else {
    std::memcpy(&head, p, available);
  }
  return head;
}

// Questions to FilteredRE2 allowed per expression: the shipped lexicons need a few
// hundred at most; past the budget an expression keeps the clauses found so far (each is
// implied all the same), so a pathological one only loses precision, not time or memory.
constexpr size_t kQuestionBudget = 4096;

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

std::unique_ptr<const RegexPrefilter> RegexPrefilter::build(
    const std::vector<std::string>& sources, const re2::RE2::Options& options, int min_atom_length,
    std::string* error, const std::vector<int>& retry_min_atom_length) {
  auto filter = std::unique_ptr<RegexPrefilter>(new RegexPrefilter());
  filter->expressions_ = sources.size();
  // Each expression is analysed on its own (FilteredRE2 compiles it again and is asked
  // about sets of its atoms: most of the start-up time), so the analyses run in parallel,
  // within whatever parallelism the caller allows (tbb::global_control).
  struct Analysis {
    bool refused = false;
    std::vector<std::string> atoms;
    std::vector<std::vector<uint32_t>> clauses;
  };
  std::vector<Analysis> analyses(sources.size());
  auto analyse = [&](size_t e, int atom_length) {
    re2::FilteredRE2 one(atom_length);
    int id = 0;
    if (one.Add(sources[e], options, &id) != re2::RE2::NoError) {
      analyses[e].refused = true;
      return;
    }
    analyses[e].atoms.clear();
    one.Compile(&analyses[e].atoms);
    analyses[e].clauses =
        implied_clauses(AtomCondition(&one, analyses[e].atoms.size()), analyses[e].atoms);
  };
  tbb::parallel_for(size_t{0}, sources.size(), [&](size_t e) {
    analyse(e, min_atom_length);
    const int retry = e < retry_min_atom_length.size() ? retry_min_atom_length[e] : 0;
    if (!analyses[e].refused && analyses[e].clauses.empty() && retry > 0 && retry < min_atom_length)
      analyse(e, retry);
  });
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
  for (size_t e = 0; e < sources.size(); ++e) {
    if (analyses[e].refused) {
      *error = "expression " + std::to_string(e) + " rejected by FilteredRE2: " + sources[e];
      return nullptr;
    }
    const std::vector<std::string>& atoms = analyses[e].atoms;
    const std::vector<std::vector<uint32_t>>& clauses = analyses[e].clauses;
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
  std::vector<std::vector<uint32_t>> by_trigram(kTrigrams);
  for (size_t a = 0; a < atoms_.size(); ++a) {
    if (atoms_[a].size() < 3)
      short_atoms_.push_back(static_cast<uint32_t>(a));
    else
      by_trigram[trigram(atoms_[a].data())].push_back(static_cast<uint32_t>(a));
  }
  trigram_first_.assign(kTrigrams + 1, 0);
  trigram_present_.assign(kTrigrams / 64, 0);
  for (size_t h = 0; h < kTrigrams; ++h) {
    trigram_first_[h] = static_cast<uint32_t>(trigram_atoms_.size());
    if (by_trigram[h].empty()) continue;
    trigram_present_[h / 64] |= uint64_t{1} << (h % 64);
    for (uint32_t a : by_trigram[h]) {
      const std::string& atom = atoms_[a];
      const size_t head_length = std::min<size_t>(kHeadBytes, atom.size());
      trigram_atoms_.push_back({a, static_cast<uint32_t>(atom.size()),
                                load_head(atom.data(), head_length),
                                load_head("\xff\xff\xff\xff\xff\xff\xff\xff", head_length)});
    }
  }
  trigram_first_[kTrigrams] = static_cast<uint32_t>(trigram_atoms_.size());
}

std::vector<std::vector<uint32_t>> RegexPrefilter::clauses(uint32_t expression) const {
  std::vector<std::vector<uint32_t>> out;
  std::vector<uint32_t> trigger;
  for (uint32_t a = 0; a < atoms_.size(); ++a)
    for (uint32_t e : atom_triggers_[a])
      if (e == expression) trigger.push_back(a);
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
    for (uint32_t e : atom_triggers_[a]) {
      if (scratch->expression_stamp[e] == call) continue;
      scratch->expression_stamp[e] = call;
      scratch->touched.push_back(e);
    }
  };
  for (uint32_t a : short_atoms_)
    if (text.find(atoms_[a]) != std::string_view::npos) found(a);
  const char* data = text.data();
  const size_t size = text.size();
  for (size_t i = 0; i + 2 < size; ++i) {
    const uint32_t h = trigram(data + i);
    if ((trigram_present_[h / 64] & (uint64_t{1} << (h % 64))) == 0) continue;
    const uint64_t head = load_head(data + i, size - i);
    for (uint32_t k = trigram_first_[h]; k < trigram_first_[h + 1]; ++k) {
      const AtomStart& start = trigram_atoms_[k];
      if ((head & start.head_mask) != start.head || start.length > size - i ||
          scratch->atom_stamp[start.atom] == call)
        continue;
      if (start.length <= kHeadBytes ||
          std::memcmp(atoms_[start.atom].data() + kHeadBytes, data + i + kHeadBytes,
                      start.length - kHeadBytes) == 0)
        found(start.atom);
    }
  }
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
