#!/usr/bin/env python3
"""Score dxaudit against the blind sentence gold of corpora/gold-sentences.

Each gold file (NAME.jsonl) holds sentences of real MTSamples notes, one JSON object a
line: `item`, `note_id`, `begin`/`end` (byte offsets of the sentence in the note's text),
`sentence`, and `mentions`, every concept mention the annotators found in the sentence
(`phrase`, `concept`, `negated`, `uncertain`, `hypothetical`, `historical`, `experiencer`).
The notes are scanned whole (so that sections, causes and the rest of the note count as
they do in use) and the findings that overlap each sentence are compared with its mentions:
a mention is found by a finding of the same concept that overlaps its phrase (one finding
per mention). Reported per file and in all: concept precision, recall and F1; the same for
active mentions (not negated, uncertain or hypothetical, the patient's, and current unless
cancer_history); and the share of negated mentions found negated. Where a gold file's
mentions carry `laterality` ("left", "right", "bilateral" or null), laterality accuracy
too: of the matched mentions with a side in gold or in the finding, the share that agree.

    tools/gold/score_sentences.py                       # figures
    tools/gold/score_sentences.py --errors              # and every disagreement
    tools/gold/score_sentences.py --min-concept-f1 0.85 --min-negations-found 0.85

Needs ../shared/corpora/mtsamples.jsonl (the notes) and a built dxaudit; exits 77 (skipped)
without the notes, 1 when a figure is under its threshold, 2 on bad gold data.
"""
import os
import sys

import realnotes


def active(m):
    return not (m["negated"] or m["uncertain"] or m["hypothetical"]
                or m["experiencer"] != "patient"
                or (m["historical"] and m["concept"] != "cancer_history"))


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.atp = self.afp = self.afn = 0
        self.negated = self.negated_found = 0
        # Laterality, for gold files whose mentions carry it (r39 on): matched mentions
        # with a side in gold or in dxaudit's finding, and how many of them agree.
        self.sided = self.sided_agree = 0

    def add(self, other):
        for k, v in vars(other).items():
            setattr(self, k, getattr(self, k) + v)

    def figures(self):
        """The figures the --min floors are held to, by floor name."""
        return {"concept-f1": f1(self.tp, self.fp, self.fn),
                "negations-found": self.negated_found / max(1, self.negated),
                "active-f1": f1(self.atp, self.afp, self.afn)}

    def line(self, name, items):
        return (f"{name:<10} {items:>4} sentences  concepts P {self.tp / max(1, self.tp + self.fp):.3f}"
                f" R {self.tp / max(1, self.tp + self.fn):.3f} F1 {f1(self.tp, self.fp, self.fn):.3f}"
                f"  active F1 {f1(self.atp, self.afp, self.afn):.3f} ({self.atp}/{self.afp}/{self.afn})"
                f"  negations found {self.negated_found}/{self.negated}"
                f" = {self.negated_found / max(1, self.negated):.3f}"
                + (f"  laterality {self.sided_agree}/{self.sided}"
                   f" = {self.sided_agree / self.sided:.3f}" if self.sided else ""))


def score(items, findings, tally, errors):
    for it in items:
        sentence, begin, end = it["sentence"], it["begin"], it["end"]
        near = [f for f in findings.get(it["note_id"], [])
                if f["begin"] < end and f["end"] > begin and f["concept"] != "low_back_pain"]
        used = set()
        # A phrase listed twice is two mentions: the second is its next occurrence.
        searched_from = {}
        for m in it["mentions"]:
            if "at" in m:  # a gold that gives each mention's place (character offset)
                at = m["at"]
            else:
                at = sentence.find(m["phrase"], searched_from.get(m["phrase"], 0))
                if at < 0:
                    at = sentence.find(m["phrase"])
                searched_from[m["phrase"]] = at + 1
            b = begin + len(sentence[:at].encode())
            e = b + len(m["phrase"].encode())
            hit = next((j for j, f in enumerate(near) if j not in used and
                        f["concept"] == m["concept"] and f["begin"] < e and f["end"] > b), None)
            gold_active = active(m)
            tally.negated += m["negated"]
            if hit is None:
                tally.fn += 1
                tally.afn += gold_active
                errors.append((it, "missed", m["concept"], m["phrase"],
                               "negated" if m["negated"] else "active" if gold_active else ""))
                continue
            used.add(hit)
            f = near[hit]
            tally.tp += 1
            tally.negated_found += m["negated"] and f["negated"]
            if gold_active and f["active"]:
                tally.atp += 1
            elif gold_active:
                tally.afn += 1
                errors.append((it, "not active", m["concept"], m["phrase"], ""))
            elif f["active"]:
                tally.afp += 1
                errors.append((it, "active, gold not", m["concept"], m["phrase"], ""))
            if m["negated"] and not f["negated"]:
                errors.append((it, "negation missed", m["concept"], m["phrase"], ""))
            if "laterality" in m and (m["laterality"] or f.get("laterality")):
                tally.sided += 1
                if m["laterality"] == f.get("laterality"):
                    tally.sided_agree += 1
                else:
                    errors.append((it, "side", m["concept"], m["phrase"],
                                   f"gold {m['laterality']}, found {f.get('laterality')}"))
        for j, f in enumerate(near):
            if j in used:
                continue
            tally.fp += 1
            tally.afp += f["active"]
            errors.append((it, "not in gold", f["concept"], f["text"],
                           "active" if f["active"] else ""))


def main():
    args = realnotes.parse_arguments(__doc__, "gold-sentences", list(Tally().figures()))
    if realnotes.notes_missing(args, "score_sentences"):
        return realnotes.SKIPPED

    def check(it):
        for m in it["mentions"]:
            if m["phrase"] not in it["sentence"]:
                return f"phrase {m['phrase']!r} is not in the sentence"
        return None

    loaded = realnotes.load_and_scan(args, "score_sentences", check, "sentence")
    if loaded is None:
        return 2
    gold, records = loaded
    findings = {note_id: rec["findings"] for note_id, rec in records.items()}
    total, items_total, errors = Tally(), 0, []
    for path, items in gold.items():
        tally = Tally()
        score(items, findings, tally, errors)
        print(tally.line(os.path.basename(path)[:-len(".jsonl")], len(items)))
        total.add(tally)
        items_total += len(items)
    print(total.line("all", items_total))
    if args.errors:
        for it, kind, concept, phrase, what in realnotes.listable(errors, args.notes):
            print(f"  {it['note_id']} item {it['item']}: {kind}: {concept} {phrase!r} {what}"
                  f"\n      {it['sentence'][:240]}")
    return realnotes.exit_status(args, total.figures())

if __name__ == "__main__":
    sys.exit(main())
