#!/usr/bin/env python3
"""Score dxaudit on the phrase probes of corpora/phrase-probe: one sentence a row (concept,
sentence, expected `affirmed` or `negated`), each naming one mention of its concept. Each
sentence is scanned as a note of its own; a row counts as found when a finding of its
concept is there, and as right when that finding is negated exactly when `expected` says.

    tools/gold/score_phrases.py                 # figures per file
    tools/gold/score_phrases.py --errors        # and every row missed or misread

Exit status: 0, or 2 on bad probe data.
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
    args = ap.parse_args()
    for path in sorted(glob.glob(os.path.join(args.probe, "*.tsv"))):
        rows = []
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                cells = line.rstrip("\n").split("\t")
                if n == 1:
                    continue
                if len(cells) != 3 or cells[2] not in ("affirmed", "negated"):
                    print(f"{path}:{n}: want concept<TAB>sentence<TAB>affirmed|negated", file=sys.stderr)
                    return 2
                rows.append(cells)
        notes = "\n".join(json.dumps({"note_id": f"r{i}", "text": r[1]}) for i, r in enumerate(rows))
        out = subprocess.run([args.dxaudit, "scan", "-", "-q", "-j", "1", "--data", args.data],
                             input=notes, capture_output=True, text=True, check=True).stdout
        findings = {}
        for line in out.splitlines():
            rec = json.loads(line)
            findings[rec["note_id"]] = rec["findings"]
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
        name = os.path.basename(path)[:-4]
        print(f"{name:<18} {len(rows):>4} rows  found {found}/{len(rows)} = {found / len(rows):.3f}"
              f"  negation right {right}/{found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
