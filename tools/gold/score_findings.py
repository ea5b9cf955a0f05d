#!/usr/bin/env python3
"""Score dxaudit's spinal and radicular findings against the finding audit of corpora/gold-findings.

Each audit file (NAME.jsonl) holds findings dxaudit gave on real MTSamples notes outside
every gold, one a line: `item`, `note_id`, `begin`/`end` (byte offsets of the finding in the
note's text), `concept`, `quote`, and the readers' judgement of it, made from the note and
the guideline without seeing what dxaudit decided: `is_concept` (and `right_concept` when
not), `assertion` (affirmed, negated, uncertain, hypothetical, historical, other_person),
`laterality` (left, right, bilateral or null) and `region` (cervical, thoracic, lumbar,
lumbosacral, sacral or null), with a `remark`.

The notes are scanned again and each judged finding is looked for among today's findings
(same concept, overlapping span). Reported, over the findings still given: how many are
the concept (precision), and of those, how many dxaudit asserts as the readers did, and
laterality and region accuracy (of the findings with a side, or a region, in the
judgement or in dxaudit's output, the share that agree: the measures of `dxaudit eval`).

    tools/gold/score_findings.py              # figures
    tools/gold/score_findings.py --errors     # and every disagreement
    tools/gold/score_findings.py --min-laterality 0.85 --min-region 0.80

Needs ../shared/corpora/mtsamples.jsonl and a built dxaudit; exits 77 (skipped) without the
notes, 1 when a figure is under its threshold, 2 on bad audit data.
"""
import os
import sys

import realnotes

ASSERTIONS = {"affirmed", "negated", "uncertain", "hypothetical", "historical", "other_person"}
SIDES = {None, "left", "right", "bilateral"}
REGIONS = {None, "cervical", "thoracic", "lumbar", "lumbosacral", "sacral"}


def assertion_of(f):
    """dxaudit's finding in the readers' terms, in the order the brief gives them."""
    if f["experiencer"] != "patient":
        return "other_person"
    for key in ("negated", "hypothetical", "uncertain", "historical"):
        if f[key]:
            return key
    return "affirmed"


def check(it):
    if not isinstance(it.get("is_concept"), bool):
        return "is_concept must be true or false"
    if it["is_concept"]:
        if it.get("assertion") not in ASSERTIONS:
            return f"unknown assertion {it.get('assertion')!r}"
        if it.get("laterality") not in SIDES:
            return f"unknown laterality {it.get('laterality')!r}"
        if it.get("region") not in REGIONS:
            return f"unknown region {it.get('region')!r}"
    return None


def main():
    args = realnotes.parse_arguments(__doc__, "gold-findings", ['precision', 'assertion', 'laterality', 'region'])
    if realnotes.notes_missing(args, "score_findings"):
        return realnotes.SKIPPED
    loaded = realnotes.load_and_scan(args, "score_findings", check, "quote")
    if loaded is None:
        return 2
    audit, records = loaded
    findings = {note_id: rec["findings"] for note_id, rec in records.items()}
    totals = {k: 0 for k in ("given", "concept", "assert_ok", "sided", "side_ok", "regioned", "region_ok")}
    errors = []
    for path, items in audit.items():
        t = {k: 0 for k in totals}
        for it in items:
            f = next((f for f in findings.get(it["note_id"], [])
                      if f["concept"] == it["concept"] and f["begin"] < it["end"] and f["end"] > it["begin"]),
                     None)
            if f is None:
                continue
            t["given"] += 1
            if not it["is_concept"]:
                errors.append((it, "not the concept", f"readers: {it.get('right_concept')}"))
                continue
            t["concept"] += 1
            ours = assertion_of(f)
            if ours == it["assertion"]:
                t["assert_ok"] += 1
            else:
                errors.append((it, "assertion", f"readers {it['assertion']}, dxaudit {ours}"))
            for field, judged, agree in (("laterality", "sided", "side_ok"), ("region", "regioned", "region_ok")):
                if it[field] or f.get(field):
                    t[judged] += 1
                    if it[field] == f.get(field):
                        t[agree] += 1
                    else:
                        errors.append((it, field, f"readers {it[field]}, dxaudit {f.get(field)}"))
        name = os.path.basename(path)[:-len(".jsonl")]
        print(f"{name:<6} {len(items):>4} judged, {t['given']} still found: the concept"
              f" {t['concept']}/{t['given']} = {t['concept'] / max(1, t['given']):.3f}; assertion"
              f" {t['assert_ok']}/{t['concept']} = {t['assert_ok'] / max(1, t['concept']):.3f};"
              f" laterality {t['side_ok']}/{t['sided']} = {t['side_ok'] / max(1, t['sided']):.3f};"
              f" region {t['region_ok']}/{t['regioned']} = {t['region_ok'] / max(1, t['regioned']):.3f}")
        for k in totals:
            totals[k] += t[k]
    figures = {
        "precision": totals["concept"] / max(1, totals["given"]),
        "assertion": totals["assert_ok"] / max(1, totals["concept"]),
        "laterality": totals["side_ok"] / max(1, totals["sided"]),
        "region": totals["region_ok"] / max(1, totals["regioned"]),
    }
    print("all    " + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()))
    if args.errors:
        for it, kind, what in realnotes.listable(errors, args.notes):
            print(f"  {it['note_id']} item {it['item']}: {kind}: {it['concept']} {it['quote']!r}: {what}"
                  f" ({it.get('remark', '')})")
    return realnotes.exit_status(args, figures)

if __name__ == "__main__":
    sys.exit(main())
