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
import json
import os
import sys

import realnotes

JUDGED = {
    "M5450_UNSUPPORTED_RADICULAR", "M5450_UNSUPPORTED_STRAIN", "M5450_UNSUPPORTED_VERTEBROGENIC",
    "M5450_UNSUPPORTED_DISC", "M5450_UNSUPPORTED_STRUCTURAL", "M5450_UNSUPPORTED_PSYCHOGENIC",
    "M5450_UNSUPPORTED_MULTIFIDUS", "M5450_RED_FLAG", "M5450_NO_LOW_BACK_PAIN",
    "M5450_SPECIFIC_DX_DOCUMENTED",
}


def main():
    args = realnotes.parse_arguments(__doc__, "audit-probe", ["exact"])
    path = os.path.join(args.gold, "notes.jsonl")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            rec = json.loads(line)
            if not isinstance(rec.get("expected"), list) or not set(rec["expected"]) <= JUDGED:
                print(f"{path}:{n}: 'expected' must list rules of {sorted(JUDGED)}",
                      file=sys.stderr)
                return 2
            rows.append(rec)
    records = realnotes.scan(args, {r["note_id"]: r for r in rows}, ["M54.50"])
    fired = {k: {a["rule"] for a in rec["audit"] if a["rule"] in JUDGED} for k, rec in records.items()}
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
    return realnotes.exit_status(args, {"exact": exact / len(rows)})


if __name__ == "__main__":
    sys.exit(main())
