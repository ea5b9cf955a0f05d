#!/usr/bin/env python3
"""Score the quotes of dxaudit's M54.50 flags against the evidence audit of corpora/gold-evidence.

Each audit file (NAME.jsonl) holds quotes that dxaudit's flags gave as evidence on real
MTSamples notes outside every gold, one a line: `item`, `note_id`, `begin`/`end` (byte
offsets of the quote in the note's text), `rule`, `concept`, `quote`, and the readers'
`verdict` on it (`valid`: an active mention of that concept, for the patient, of no other
region; else `not_concept`, `other_person`, `negated`, `hypothetical`, `uncertain`,
`historical` or `other_region`), with `right_concept` and `remark`. Precision cannot be
judged blind: the readers saw the quote and the concept it was quoted for, never the
tool's assertion.

The notes are scanned again with M54.50 assigned, and each judged quote is looked for
among the evidence of today's flags (same concept, overlapping span). Reported: how many
judged quotes are still quoted, how many of those were judged valid (the quote precision
on this sample), and the judged-valid quotes no longer quoted (what a change lost).
Quotes a change adds are not judged here.

    tools/gold/score_evidence.py              # figures
    tools/gold/score_evidence.py --errors     # and every invalid quote still given, every valid one lost
    tools/gold/score_evidence.py --min-precision 0.88

Needs ../shared/corpora/mtsamples.jsonl and a built dxaudit; exits 77 (skipped) without the
notes, 1 when the precision is under the threshold, 2 on bad audit data.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VERDICTS = {"valid", "not_concept", "other_person", "negated", "hypothetical", "uncertain",
            "historical", "other_region"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=os.path.join(ROOT, "corpora", "gold-evidence"))
    ap.add_argument("--notes", default=os.path.join(ROOT, "..", "shared", "corpora", "mtsamples.jsonl"))
    ap.add_argument("--dxaudit", default=os.path.join(ROOT, "build", "dxaudit"))
    ap.add_argument("--data", default=ROOT)
    ap.add_argument("--errors", action="store_true", help="list invalid quotes still given and valid ones lost")
    ap.add_argument("--min-precision", type=float, default=0.0)
    args = ap.parse_args()
    if not os.path.isfile(args.notes):
        print(f"score_evidence: skipped: {args.notes} is not there", file=sys.stderr)
        return 77
    files = sorted(glob.glob(os.path.join(args.gold, "*.jsonl")))
    if not files:
        print(f"score_evidence: no audit files in {args.gold}", file=sys.stderr)
        return 2
    audit = {}
    for path in files:
        audit[path] = []
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                it = json.loads(line)
                if it["verdict"] not in VERDICTS:
                    print(f"{path}:{n}: unknown verdict {it['verdict']!r}", file=sys.stderr)
                    return 2
                audit[path].append(it)
    wanted = {it["note_id"] for items in audit.values() for it in items}
    notes = {}
    with open(args.notes, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["note_id"] in wanted:
                notes[rec["note_id"]] = rec
    for path, items in audit.items():
        for it in items:
            text = notes.get(it["note_id"], {}).get("text", "").encode()
            if text[it["begin"]:it["end"]].decode("utf-8", "replace") != it["quote"]:
                print(f"{path}: item {it['item']}: the quote is not at {it['begin']}-{it['end']}"
                      f" of {it['note_id']} in {args.notes}", file=sys.stderr)
                return 2
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "notes.jsonl")
        with open(inp, "w", encoding="utf-8") as fh:
            for rec in notes.values():
                fh.write(json.dumps({"note_id": rec["note_id"], "text": rec["text"],
                                     "codes": ["M54.50"]}) + "\n")
        run = subprocess.run([args.dxaudit, "scan", "--data", args.data, inp],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return 2
    quoted = {}
    for line in run.stdout.splitlines():
        rec = json.loads(line)
        quoted[rec["note_id"]] = [(e["begin"], e["end"], e.get("concept"))
                                  for flag in rec["audit"] for e in flag["evidence"]
                                  if e.get("concept")]
    total_still = total_valid = total_lost = 0
    errors = []
    for path, items in audit.items():
        still = valid = lost = 0
        for it in items:
            given = any(c == it["concept"] and b < it["end"] and e > it["begin"]
                        for b, e, c in quoted.get(it["note_id"], []))
            if given:
                still += 1
                valid += it["verdict"] == "valid"
                if it["verdict"] != "valid":
                    errors.append((it, "still quoted"))
            elif it["verdict"] == "valid":
                lost += 1
                errors.append((it, "valid, no longer quoted"))
        print(f"{os.path.basename(path)[:-len('.jsonl')]:<6} {len(items):>4} judged quotes  still quoted"
              f" {still}, valid {valid} = precision {valid / max(1, still):.3f}; valid ones lost {lost}")
        total_still, total_valid, total_lost = total_still + still, total_valid + valid, total_lost + lost
    precision = total_valid / max(1, total_still)
    print(f"all    precision {precision:.3f} ({total_valid}/{total_still}); valid quotes lost {total_lost}")
    if args.errors:
        for it, kind in errors:
            print(f"  {it['note_id']} item {it['item']}: {kind}: {it['concept']} {it['quote']!r}"
                  f" ({it['verdict']}; {it['remark']})")
    if precision < args.min_precision:
        print("below threshold: precision", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
