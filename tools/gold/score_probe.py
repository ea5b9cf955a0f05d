#!/usr/bin/env python3
"""Score dxaudit against a probe corpus: notes written and annotated by a reader who saw
neither the lexicons nor dxaudit's output (corpora/rehab-probe).

A probe folder holds `notes.jsonl` (one note a line: `note_id`, `text`, `codes`) and
`gold.tsv` (TAB-separated, a header, then one mention a row: `note_id`, `phrase` as written
in the note, `concept`, `assertion` (affirmed, negated, uncertain, historical, hypothetical
or other_person), `laterality` (left, right, bilateral or empty) and a `remark`; "#N" at the
end of the remark names the Nth occurrence of the phrase, the first by default).

The notes are scanned whole. A mention is found by a finding of its concept that overlaps
its phrase. Reported: concept precision, recall and F1 (a finding that overlaps no mention of
its concept is a false positive; concepts the probe does not annotate, such as lumbar_strain,
are left out); assertion agreement of the found mentions (a past cancer is a cancer history,
affirmed or historical alike, as are IV drug use, immunosuppression and osteoporosis, the
concepts whose past counts in the contract's "active"); laterality agreement of the found mentions with a side in gold
or in the finding; and, with M54.50 assumed on every note, the share of M5450_* flags whose
every quote of an annotated concept is an affirmed mention.

    tools/gold/score_probe.py                     # corpora/rehab-probe
    tools/gold/score_probe.py --errors            # and every disagreement
    tools/gold/score_probe.py --min-concept-f1 0.90 --min-valid-evidence 0.65

Exits 1 when a figure is under its floor, 2 on bad probe data.
"""
import argparse
import collections
import json
import os
import sys

from realnotes import ROOT, Failure, exit_status, scan

ASSERTIONS = {"affirmed", "negated", "uncertain", "historical", "hypothetical", "other_person"}
SIDES = {"", "left", "right", "bilateral"}


def read_probe(folder):
    notes = {}
    with open(os.path.join(folder, "notes.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            note = json.loads(line)
            notes[note["note_id"]] = note
    gold = collections.defaultdict(list)
    path = os.path.join(folder, "gold.tsv")
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if n == 1:
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 5:
                raise Failure(f"{path}:{n}: fewer than five columns")
            note_id, phrase, concept, assertion, side = cells[:5]
            remark = cells[5] if len(cells) > 5 else ""
            if note_id not in notes:
                raise Failure(f"{path}:{n}: no note '{note_id}'")
            if assertion not in ASSERTIONS or side not in SIDES:
                raise Failure(f"{path}:{n}: assertion '{assertion}' or laterality '{side}' unknown")
            occurrence = 1
            tail = remark.rsplit("#", 1)
            if len(tail) == 2 and tail[1].strip().isdigit():
                occurrence = int(tail[1].strip())
            text = notes[note_id]["text"].encode("utf-8")
            begin = -1
            for _ in range(occurrence):
                begin = text.find(phrase.encode("utf-8"), begin + 1)
                if begin < 0:
                    raise Failure(f"{path}:{n}: '{phrase}' (occurrence {occurrence}) not in {note_id}")
            gold[note_id].append({"begin": begin, "end": begin + len(phrase.encode("utf-8")),
                                  "concept": concept, "assertion": assertion, "side": side,
                                  "phrase": phrase})
    return notes, gold


def state(finding):
    if finding["experiencer"] != "patient":
        return "other_person"
    if finding["negated"]:
        return "negated"
    for name in ("uncertain", "hypothetical", "historical"):
        if finding[name]:
            return name
    return "affirmed"


# Concepts whose past counts as present (the contract's "active", corpora/gold-mtsamples):
# a past cancer, IV drug use, immunosuppression or osteoporosis is affirmed or historical alike.
PAST_COUNTS = {"cancer_history", "iv_drug_use", "immunosuppression", "osteoporosis"}


def same_assertion(gold, found):
    if gold["concept"] in PAST_COUNTS and {gold["assertion"], found} <= {"affirmed", "historical"}:
        return True
    return gold["assertion"] == found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--probe", default=os.path.join(ROOT, "corpora", "rehab-probe"))
    parser.add_argument("--dxaudit", default=os.path.join(ROOT, "build", "dxaudit"))
    parser.add_argument("--data", default=ROOT)
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    for name in ("concept-f1", "assertion", "laterality", "valid-evidence"):
        parser.add_argument("--min-" + name, type=float, default=0.0)
    args = parser.parse_args()
    try:
        notes, gold = read_probe(args.probe)
        records = scan(args, notes)
        assumed = scan(args, notes, codes=["M54.50"])
    except (Failure, OSError, json.JSONDecodeError) as e:
        print(f"score_probe: {e}", file=sys.stderr)
        return 2
    annotated = {m["concept"] for mentions in gold.values() for m in mentions}
    tp = fp = fn = agree = sided = sided_agree = 0
    errors = []
    for note_id, record in records.items():
        text = notes[note_id]["text"].encode("utf-8")
        findings = [f for f in record["findings"] if f["concept"] in annotated]
        used = set()
        for m in gold[note_id]:
            hits = [i for i, f in enumerate(findings) if f["concept"] == m["concept"]
                    and f["begin"] < m["end"] and m["begin"] < f["end"]]
            if not hits:
                fn += 1
                errors.append(f"{note_id} missed: {m['concept']} {m['assertion']} '{m['phrase']}'")
                continue
            tp += 1
            used.update(hits)
            f = findings[hits[0]]
            if same_assertion(m, state(f)):
                agree += 1
            else:
                errors.append(f"{note_id} assertion: {m['concept']} '{m['phrase']}': gold "
                              f"{m['assertion']}, found {state(f)}")
            side = f.get("laterality") or ""
            if m["side"] or side:
                sided += 1
                if m["side"] == side:
                    sided_agree += 1
                else:
                    errors.append(f"{note_id} laterality: {m['concept']} '{m['phrase']}': gold "
                                  f"{m['side'] or 'none'}, found {side or 'none'}")
        for i, f in enumerate(findings):
            if i in used or any(m["concept"] == f["concept"] and f["begin"] < m["end"] and
                                m["begin"] < f["end"] for m in gold[note_id]):
                continue
            fp += 1
            errors.append(f"{note_id} not in gold: {f['concept']} {state(f)} "
                          f"'{text[f['begin']:f['end']].decode('utf-8', 'replace')}'")
    flags = valid = 0
    for note_id, record in assumed.items():
        text = notes[note_id]["text"].encode("utf-8")
        for flag in record["audit"]:
            quotes = [e for e in flag["evidence"] if "begin" in e and not e.get("code")
                      and e.get("concept") in annotated]
            if not flag["rule"].startswith("M5450_") or not quotes:
                continue
            flags += 1
            bad = [text[e["begin"]:e["end"]].decode("utf-8", "replace") for e in quotes
                   if not any(m["begin"] < e["end"] and e["begin"] < m["end"] and
                              m["concept"] == e["concept"] and same_assertion(m, "affirmed")
                              for m in gold[note_id])]
            if bad:
                errors.append(f"{note_id} flag {flag['rule']}: quotes no affirmed mention: {bad}")
            else:
                valid += 1
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    figures = {
        "concept-f1": 2 * p * r / (p + r) if tp else 0.0,
        "assertion": agree / max(1, tp),
        "laterality": sided_agree / max(1, sided),
        "valid-evidence": valid / max(1, flags),
    }
    print(f"{os.path.basename(args.probe)}: {len(notes)} notes, "
          f"{sum(len(v) for v in gold.values())} mentions")
    print(f"  concepts   P {p:.3f} R {r:.3f} F1 {figures['concept-f1']:.3f} ({tp} found, {fp} not in gold, {fn} missed)")
    print(f"  assertion  {agree}/{tp} = {figures['assertion']:.3f} of the found mentions")
    print(f"  laterality {sided_agree}/{sided} = {figures['laterality']:.3f} (a side in gold or found)")
    print(f"  flags with valid evidence (M54.50 assumed) {valid}/{flags} = {figures['valid-evidence']:.3f}")
    if args.errors:
        for line in errors:
            print("  " + line)
    return exit_status(args, figures)


if __name__ == "__main__":
    sys.exit(main())
