#!/usr/bin/env python3
"""Score dxaudit on the phrase probes of corpora/phrase-probe. A concept file's rows are
(concept, sentence, expected `affirmed` or `negated`), each sentence naming one mention of
its concept: a row counts as found when a finding of its concept is there, and as right
when that finding is negated exactly when `expected` says. An element file's rows are
(element, note, expected `present` or `absent`): a row is right when the note documents the
element exactly when `expected` says. Each sentence or note is scanned on its own, with
M54.50 assumed.

    tools/gold/score_phrases.py                 # figures per file
    tools/gold/score_phrases.py --errors        # and every row missed or misread

Exit status: 0; 1 when a file is under --min-right (the share of its rows found and read
right); 2 on bad probe data.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--probe", default=os.path.join(ROOT, "corpora", "phrase-probe"))
    ap.add_argument("--dxaudit", default=os.path.join(ROOT, "build", "dxaudit"))
    ap.add_argument("--data", default=ROOT)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--min-right", type=float, default=0.0,
                    help="exit 1 when a file's share of rows found and read right is lower")
    args = ap.parse_args()
    status = 0
    for path in sorted(glob.glob(os.path.join(args.probe, "*.tsv"))):
        rows = []
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                cells = line.rstrip("\n").split("\t")
                if n == 1:
                    continue
                if n == 2:
                    elements = cells[2] in ("present", "absent")
                allowed = ("present", "absent") if elements else ("affirmed", "negated")
                if len(cells) != 3 or cells[2] not in allowed:
                    print(f"{path}:{n}: want NAME<TAB>TEXT<TAB>{'|'.join(allowed)}", file=sys.stderr)
                    return 2
                rows.append(cells)
        notes = "\n".join(json.dumps({"note_id": f"r{i}", "text": r[1], "codes": ["M54.50"]})
                          for i, r in enumerate(rows))
        out = subprocess.run([args.dxaudit, "scan", "-", "-q", "-j", "1", "--data", args.data],
                             input=notes, capture_output=True, text=True, check=True).stdout
        records = {}
        for line in out.splitlines():
            rec = json.loads(line)
            records[rec["note_id"]] = rec
        name = os.path.basename(path)[:-4]
        if elements:
            right = 0
            for i, (element, note, expected) in enumerate(rows):
                present = records[f"r{i}"]["elements"][element]["present"]
                if present == (expected == "present"):
                    right += 1
                elif args.errors:
                    print(f"  {element} expected {expected}: {note}")
            print(f"{name:<18} {len(rows):>4} rows  right {right}/{len(rows)} = {right / len(rows):.3f}")
            if right / len(rows) < args.min_right:
                status = 1
            continue
        findings = {k: rec["findings"] for k, rec in records.items()}
        found = right = 0
        for i, (concept, sentence, expected) in enumerate(rows):
            hits = [f for f in findings.get(f"r{i}", []) if f["concept"] == concept]
            if not hits:
                if args.errors:
                    print(f"  missed: {concept} {expected}: {sentence}")
                continue
            found += 1
            negated = any(f["negated"] for f in hits)
            if negated == (expected == "negated"):
                right += 1
            elif args.errors:
                print(f"  misread: {concept} {expected}, found {'negated' if negated else 'affirmed'}: {sentence}")
        print(f"{name:<18} {len(rows):>4} rows  found {found}/{len(rows)} = {found / len(rows):.3f}"
              f"  negation right {right}/{found}")
        if right / len(rows) < args.min_right:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
