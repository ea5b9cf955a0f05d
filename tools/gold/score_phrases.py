#!/usr/bin/env python3
"""Score dxaudit on the phrase probes of corpora/phrase-probe: short sentences or notes,
each scanned on its own with M54.50 assumed. The header names what a file checks:

  concept  sentence  expected    a finding of the concept is there (found), negated exactly
                                 when expected says `negated` (right); `absent` marks a
                                 confuser: right when no finding of the concept is there
  concept  sentence  laterality  a finding of the concept with that side (left, right,
                                 bilateral, none)
  concept  sentence  region      a finding of the concept with that region (cervical,
                                 thoracic, lumbar, lumbosacral, sacral, unknown)
  concept  sentence  assertion   a finding of the concept read so (affirmed, negated,
                                 uncertain, historical, hypothetical, other)
  element  note      expected    the note documents the element exactly when expected says
                                 `present`

    tools/gold/score_phrases.py                 # figures per file
    tools/gold/score_phrases.py --errors        # and every row missed or misread
    tools/gold/score_phrases.py --min-right 0.85

Exit status: 0; 1 when a file is under --min-right (the share of its rows found and read
right); 2 on bad probe data.
"""
import glob
import os
import sys

import realnotes

VALUES = {
    "expected": ("affirmed", "negated", "absent"),
    "laterality": ("left", "right", "bilateral", "none"),
    "region": ("cervical", "thoracic", "lumbar", "lumbosacral", "sacral", "unknown"),
    "assertion": ("affirmed", "negated", "uncertain", "historical", "hypothetical", "other"),
    "element": ("present", "absent"),
}


def assertion_of(f):
    if f["experiencer"] != "patient":
        return "other"
    for name in ("negated", "hypothetical", "uncertain", "historical"):
        if f[name]:
            return name
    return "affirmed"


def reading(kind, f):
    if kind == "expected":
        return "negated" if f["negated"] else "affirmed"
    if kind == "laterality":
        return f.get("laterality") or "none"
    if kind == "region":
        return f.get("region") or "unknown"
    return assertion_of(f)


def main():
    args = realnotes.parse_arguments(__doc__, "phrase-probe", ["right"])
    status = 0
    for path in sorted(glob.glob(os.path.join(args.gold, "*.tsv"))):
        with open(path, encoding="utf-8") as fh:
            lines = [line.rstrip("\n").split("\t") for line in fh]
        header = lines[0]
        kind = "element" if header[0] == "element" else header[2] if len(header) == 3 else ""
        if kind not in VALUES:
            print(f"{path}:1: want a header 'concept<TAB>sentence<TAB>{{expected|laterality|region|"
                  f"assertion}}' or 'element<TAB>note<TAB>expected'", file=sys.stderr)
            return 2
        rows = lines[1:]
        for n, cells in enumerate(rows, 2):
            if len(cells) != 3 or cells[2] not in VALUES[kind]:
                print(f"{path}:{n}: want NAME<TAB>TEXT<TAB>{'|'.join(VALUES[kind])}", file=sys.stderr)
                return 2
        records = realnotes.scan(args, {f"r{i}": {"note_id": f"r{i}", "text": r[1]}
                                        for i, r in enumerate(rows)}, ["M54.50"])
        name = os.path.basename(path)[:-4]
        found = right = confusers = confusers_right = 0
        for i, (what, text, expected) in enumerate(rows):
            rec = records[f"r{i}"]
            if kind == "element":
                found += 1
                if rec["elements"][what]["present"] == (expected == "present"):
                    right += 1
                elif args.errors:
                    print(f"  {name}: {what} expected {expected}: {text}")
                continue
            hits = [f for f in rec["findings"] if f["concept"] == what]
            if expected == "absent":
                confusers += 1
                if not hits:
                    confusers_right += 1
                    right += 1
                elif args.errors:
                    print(f"  {name}: {what} expected absent, found '{hits[0]['text']}': {text}")
                continue
            if not hits:
                if args.errors:
                    print(f"  {name}: missed {what} ({expected}): {text}")
                continue
            found += 1
            got = sorted({reading(kind, f) for f in hits})
            if expected in got:
                right += 1
            elif args.errors:
                print(f"  {name}: {what} expected {expected}, found {'/'.join(got)}: {text}")
        if kind == "element":
            print(f"{name:<18} {len(rows):>4} rows  right {right}/{len(rows)} = {right / len(rows):.3f}")
        else:
            mentions = len(rows) - confusers
            line = (f"{name:<18} {len(rows):>4} rows  found {found}/{mentions}  {kind} right "
                    f"{right}/{len(rows)} = {right / len(rows):.3f}")
            if confusers:
                line += f"  (confusers right {confusers_right}/{confusers})"
            print(line)
        status = max(status, realnotes.exit_status(args, {"right": right / len(rows)}))
    return status


if __name__ == "__main__":
    sys.exit(main())
