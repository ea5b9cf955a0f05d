#!/usr/bin/env python3
"""Score dxaudit's M54.50 rules on corpora/audit-probe: notes coded M54.50, each with the
set of rules an auditor expects to fire (`expected`) among the eight that judge the
note's evidence (the unsupported-by-evidence rules, M5450_RED_FLAG, M5450_NO_LOW_BACK_PAIN,
M5450_SPECIFIC_DX_DOCUMENTED; elements, justification and code validity are left out).
Prints the notes whose fired set is exactly the expected one, and the rules' true
positives, false positives and misses.

    tools/gold/score_audit_probe.py                 # figures
    tools/gold/score_audit_probe.py --errors        # and every note that differs
    tools/gold/score_audit_probe.py --min-exact 0.85

Exit status: 0; 1 when the share of exact notes is under --min-exact; 2 on bad data.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JUDGED = {
    "M5450_UNSUPPORTED_RADICULAR", "M5450_UNSUPPORTED_STRAIN", "M5450_UNSUPPORTED_VERTEBROGENIC",
    "M5450_UNSUPPORTED_DISC", "M5450_UNSUPPORTED_STRUCTURAL", "M5450_UNSUPPORTED_PSYCHOGENIC",
    "M5450_UNSUPPORTED_MULTIFIDUS", "M5450_RED_FLAG", "M5450_NO_LOW_BACK_PAIN",
    "M5450_SPECIFIC_DX_DOCUMENTED",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--notes", default=os.path.join(ROOT, "corpora", "audit-probe", "notes.jsonl"))
    ap.add_argument("--dxaudit", default=os.path.join(ROOT, "build", "dxaudit"))
    ap.add_argument("--data", default=ROOT)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--min-exact", type=float, default=0.0)
    args = ap.parse_args()
    rows = []
    with open(args.notes, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            rec = json.loads(line)
            if not isinstance(rec.get("expected"), list) or not set(rec["expected"]) <= JUDGED:
                print(f"{args.notes}:{n}: 'expected' must list rules of {sorted(JUDGED)}",
                      file=sys.stderr)
                return 2
            rows.append(rec)
    notes = "\n".join(json.dumps({"note_id": r["note_id"], "text": r["text"], "codes": r["codes"]})
                      for r in rows)
    out = subprocess.run([args.dxaudit, "scan", "-", "-q", "-j", "1", "--data", args.data],
                         input=notes, capture_output=True, text=True, check=True).stdout
    fired = {}
    for line in out.splitlines():
        rec = json.loads(line)
        fired[rec["note_id"]] = {a["rule"] for a in rec["audit"] if a["rule"] in JUDGED}
    exact = tp = fp = fn = 0
    for r in rows:
        got, want = fired[r["note_id"]], set(r["expected"])
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if got == want:
            exact += 1
        elif args.errors:
            print(f"  {r['note_id']}: fired {sorted(got - want)} too, missed {sorted(want - got)}"
                  f" ({r.get('why', '')})")
    print(f"audit probe: {len(rows)} notes, exact {exact}/{len(rows)} = {exact / len(rows):.3f};"
          f" rules found {tp}, fired wrongly {fp}, missed {fn}")
    return 1 if exact / len(rows) < args.min_exact else 0


if __name__ == "__main__":
    sys.exit(main())
