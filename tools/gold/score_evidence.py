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
import os
import sys

import realnotes

VERDICTS = {"valid", "not_concept", "other_person", "negated", "hypothetical", "uncertain",
            "historical", "other_region"}


def main():
    args = realnotes.parse_arguments(__doc__, "gold-evidence", ['precision'])
    if realnotes.notes_missing(args, "score_evidence"):
        return realnotes.SKIPPED
    def check(it):
        return None if it["verdict"] in VERDICTS else f"unknown verdict {it['verdict']!r}"

    loaded = realnotes.load_and_scan(args, "score_evidence", check, "quote", codes=["M54.50"])
    if loaded is None:
        return 2
    audit, records = loaded
    quoted = {note_id: [(e["begin"], e["end"], e.get("concept"))
                        for flag in rec["audit"] for e in flag["evidence"] if e.get("concept")]
              for note_id, rec in records.items()}
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
        for it, kind in realnotes.listable(errors, args.notes):
            print(f"  {it['note_id']} item {it['item']}: {kind}: {it['concept']} {it['quote']!r}"
                  f" ({it['verdict']}; {it['remark']})")
    return realnotes.exit_status(args, {"precision": precision})

if __name__ == "__main__":
    sys.exit(main())
