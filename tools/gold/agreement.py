#!/usr/bin/env python3
"""Agreement between two annotators of the same notes: two brat folders (NAME.txt and
NAME.ann, corpora/gold/README.md), scored as `dxaudit eval` scores dxaudit against a gold, with
the first folder as the reference.

Only concepts are compared (the types `concept` lines of lexicons/vocabulary.lex declare),
less low_back_pain, which the real-note golds leave out; documentation elements are not.
Entities match when their types agree and their spans overlap, the largest overlaps first,
each at most once (a discontinuous span counts from its first byte to its last). Reported,
micro-averaged over the notes both folders hold:

  - ALL: every concept mention, whatever its attributes;
  - ACTIVE: the mentions the contract calls active (no Negated, Uncertain, Hypothetical or
    Experiencer_other; Historical only where the concept's past counts: cancer_history,
    iv_drug_use, immunosuppression, osteoporosis);
  - negations: the share of the reference's Negated mentions matched by a Negated one;
  - laterality: of matched mentions with a side on either side, the share that agree.

F1 is symmetric, so it does not matter which folder is the reference for it; precision and
recall swap.

    tools/gold/agreement.py REFERENCE_DIR OTHER_DIR
    tools/gold/agreement.py REFERENCE_DIR OTHER_DIR --notes mts-1141,mts-1168

Exits 2 when a folder holds no note the other holds, or on an unreadable .ann line.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VOCABULARY = os.path.join(HERE, "..", "..", "lexicons", "vocabulary.lex")
LEFT_OUT = {"low_back_pain"}
ASSERTION_FLAGS = ("Negated", "Uncertain", "Historical", "Hypothetical", "Experiencer_other")


def read_concepts(path):
    """Concept names and those whose past counts as active, from vocabulary.lex."""
    concepts, historical_counts = set(), set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2 and fields[0] == "concept":
                concepts.add(fields[1])
                if len(fields) > 2 and "historical_counts" in fields[2].split():
                    historical_counts.add(fields[1])
    return concepts, historical_counts


class Mention:
    def __init__(self, kind, begin, end):
        self.kind, self.begin, self.end = kind, begin, end
        self.flags, self.laterality = set(), ""

    def active(self, historical_counts):
        if self.flags & {"Negated", "Uncertain", "Hypothetical", "Experiencer_other"}:
            return False
        return self.kind in historical_counts or "Historical" not in self.flags


def read_ann(path, concepts):
    """The concept mentions of one .ann file; raises ValueError on a malformed line."""
    mentions, by_id = [], {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            try:
                if line.startswith("T"):
                    head = fields[1].split(" ", 1)
                    offsets = [int(x) for part in head[1].split(";") for x in part.split()]
                    if head[0] in concepts and head[0] not in LEFT_OUT:
                        m = Mention(head[0], min(offsets), max(offsets))
                        mentions.append(m)
                        by_id[fields[0]] = m
                elif line.startswith("A"):
                    parts = fields[1].split()
                    target = by_id.get(parts[1])
                    if target is None:
                        continue
                    if parts[0] in ASSERTION_FLAGS:
                        target.flags.add(parts[0])
                    elif parts[0] == "Laterality" and len(parts) > 2:
                        target.laterality = parts[2]
            except (IndexError, ValueError) as error:
                raise ValueError(f"{path}:{number}: {error}") from error
    return mentions


def match(reference, other, eligible):
    """Pairs (i, j) of eligible mentions: same type, overlapping, largest overlap first."""
    candidates = []
    for i, a in enumerate(reference):
        if not eligible(a):
            continue
        for j, b in enumerate(other):
            if eligible(b) and a.kind == b.kind:
                overlap = min(a.end, b.end) - max(a.begin, b.begin)
                if overlap > 0:
                    candidates.append((-overlap, i, j))
    used_a, used_b, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return pairs


def prf(tp, n_reference, n_other):
    p = tp / n_other if n_other else 1.0
    r = tp / n_reference if n_reference else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference")
    parser.add_argument("other")
    parser.add_argument("--notes", help="comma-separated note names to compare (default: all shared)")
    args = parser.parse_args()

    concepts, historical_counts = read_concepts(VOCABULARY)
    names = lambda d: {f[:-4] for f in os.listdir(d) if f.endswith(".ann")}
    shared = sorted(names(args.reference) & names(args.other))
    if args.notes:
        wanted = set(args.notes.split(","))
        shared = [n for n in shared if n in wanted]
    if not shared:
        print("agreement: the two folders share no annotated note", file=sys.stderr)
        return 2

    totals = {"all": [0, 0, 0], "active": [0, 0, 0], "negated": [0, 0], "side": [0, 0]}
    for name in shared:
        try:
            ref = read_ann(os.path.join(args.reference, name + ".ann"), concepts)
            oth = read_ann(os.path.join(args.other, name + ".ann"), concepts)
        except ValueError as error:
            print(f"agreement: {error}", file=sys.stderr)
            return 2
        pairs = match(ref, oth, lambda m: True)
        totals["all"][0] += len(pairs)
        totals["all"][1] += len(ref)
        totals["all"][2] += len(oth)
        for i, j in pairs:
            if ref[i].laterality or oth[j].laterality:
                totals["side"][1] += 1
                totals["side"][0] += ref[i].laterality == oth[j].laterality
        is_active = lambda m: m.active(historical_counts)
        totals["active"][0] += len(match(ref, oth, is_active))
        totals["active"][1] += sum(map(is_active, ref))
        totals["active"][2] += sum(map(is_active, oth))
        negated = lambda m: "Negated" in m.flags
        totals["negated"][0] += len(match(ref, oth, negated))
        totals["negated"][1] += sum(map(negated, ref))

    print(f"{len(shared)} notes; reference {args.reference}, other {args.other}")
    for key, label in (("all", "ALL"), ("active", "ACTIVE")):
        tp, n_ref, n_oth = totals[key]
        p, r, f = prf(tp, n_ref, n_oth)
        print(f"  {label:<7} reference {n_ref:4}  other {n_oth:4}  agreed {tp:4}  "
              f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    found, total = totals["negated"]
    print(f"  negations of the reference found negated: {found}/{total}"
          + (f" = {found / total:.3f}" if total else ""))
    same, sided = totals["side"]
    print(f"  laterality of matched mentions with a side: {same}/{sided}"
          + (f" = {same / sided:.3f}" if sided else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
