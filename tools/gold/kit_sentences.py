#!/usr/bin/env python3
"""Concept golds over the sentences of the assertion kits' development files: another
hospital's real text (corpora/gold-context, corpora/gold-bioscope).

The assertion benchmarks' development halves are real sentences from reports of other
hospitals than MTSamples': the ConText kit's (../shared/benchmarks/context_dev.tsv; discharge
summaries, radiology, emergency, pathology and other reports) and BioScope's clinical
sub-corpus (bioscope_clinical_dev.tsv; a children's hospital's radiology reports). The kits
label one target a row for assertion; these golds label every contract concept each
distinct sentence mentions, annotated blind. The kits' text may not be committed, so a gold
holds no text: each line names its sentence by `sid` (the `id` of the sentence's first row
in the TSV) and `sha1` (of the sentence, checked before scoring), has its `part` ("dev" or
"test", by a hash of the kit and the sid: a third test) and its `mentions`, each with `at`
and `end` (character offsets in the sentence), `concept`, `negated`, `uncertain`,
`hypothetical`, `historical`, `experiencer` and `laterality`.

    tools/gold/kit_sentences.py score                       # ConText, dev part figures
    tools/gold/kit_sentences.py --kit bioscope score        # BioScope's
    tools/gold/kit_sentences.py score --errors              # and every dev disagreement
    tools/gold/kit_sentences.py score --part test           # the held-out third: figures only
    tools/gold/kit_sentences.py --kit K build ANN.jsonl... > corpora/gold-K/sentences.jsonl

`score` scans each distinct sentence as a note of its own (the report around it is not in
the kit) and compares the findings with the mentions as tools/gold/score_sentences.py does
(same matching, same figures). It exits 77 (skipped) without the TSV, 1 when a figure is
under its --min floor, 2 on bad gold data. `build` turns annotators' files (one JSON object a
sentence: `sid`, `mentions` with `phrase` and `occurrence`) into gold lines; annotators'
remarks stay out, since they quote the kit (the READMEs give their calls in our words).
"""
import argparse
import csv
import hashlib
import json
import os
import sys

import realnotes
from score_sentences import Tally, score

ATTRIBUTES = ("negated", "uncertain", "hypothetical", "historical")


def normalized(sentence):
    return " ".join(sentence.lower().split())


def distinct_sentences(tsv, copies=None):
    """{sid: sentence}, each distinct sentence under the id of its first row, in file order.
    Sentences that differ only in case or spacing are one: the kit writes each row's target
    in capitals, so one sentence with three targets is three rows that differ in case. With
    `copies` (a dict), also {sid of a later copy: sid kept}."""
    sentences, seen = {}, {}
    with open(tsv, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for row in rows:
            key = normalized(row[2])
            if key not in seen:
                seen[key] = row[0]
                sentences[row[0]] = row[2]
            elif copies is not None and row[0] != seen[key]:
                copies[row[0]] = seen[key]
    return sentences


# Per kit: its development file under ../shared/benchmarks, and the prefix of its note ids
# (and of the hash that parts its sentences).
KITS = {"context": ("context_dev.tsv", "ctx-"), "bioscope": ("bioscope_clinical_dev.tsv", "bio-")}


def part_of(kit, sid):
    prefix = KITS[kit][1]
    return "test" if int(hashlib.sha1((prefix + sid).encode()).hexdigest(), 16) % 3 == 0 else "dev"


def sha1(text):
    return hashlib.sha1(text.encode()).hexdigest()


def reading(mentions, phrase_of):
    """One reading of a sentence, comparable with another's: each mention's phrase (case and
    spacing aside), concept and attributes, sorted."""
    return sorted((normalized(phrase_of(m)), m["concept"]) + tuple(bool(m.get(a, False))
                                                                  for a in ATTRIBUTES)
                  for m in mentions)


def build(args):
    copies = {}
    sentences = distinct_sentences(args.sentences, copies)
    lines, copy_lines = {}, {}
    for path in args.annotations:
        with open(path, encoding="utf-8") as fh:
            for n, raw in enumerate(fh, 1):
                ann = json.loads(raw)
                sid = str(ann["sid"])
                if sid in copies:  # a copy another annotator may have read: for agreement
                    copy_lines[sid] = reading(ann["mentions"], lambda m: m["phrase"])
                    continue
                if sid not in sentences:
                    sys.exit(f"{path}:{n}: no sentence {sid} in {args.sentences}")
                text, mentions = sentences[sid], []
                for m in ann["mentions"]:
                    at = -1
                    for _ in range(int(m.get("occurrence", 1))):
                        at = text.find(m["phrase"], at + 1)
                        if at < 0:
                            sys.exit(f"{path}:{n}: {m['phrase']!r} does not occur"
                                     f" {m.get('occurrence', 1)} times in sentence {sid}")
                    mention = {"at": at, "end": at + len(m["phrase"]), "concept": m["concept"]}
                    for a in ATTRIBUTES:
                        mention[a] = bool(m.get(a, False))
                    mention["experiencer"] = m.get("experiencer") or "patient"
                    mention["laterality"] = m.get("laterality")
                    mentions.append(mention)
                mentions.sort(key=lambda m: (m["at"], m["end"]))
                line = {"sid": sid, "sha1": sha1(text), "part": part_of(args.kit, sid),
                        "mentions": mentions}
                lines[sid] = line
    missing = [sid for sid in sentences if sid not in lines]
    if missing:
        sys.exit(f"no annotation for {len(missing)} sentences, the first {missing[0]}")
    # Copies read again (by whichever annotator had them): how often the two readings agree
    # on every mention (phrase, concept, attributes), and on those with any mention.
    agree = total = mentioned = mentioned_agree = 0
    for sid, kept in copies.items():
        if sid not in copy_lines:
            continue
        text = sentences[kept]
        first = reading(lines[kept]["mentions"], lambda m: text[m["at"]:m["end"]])
        same = first == copy_lines[sid]
        total += 1
        agree += same
        if first or copy_lines[sid]:
            mentioned += 1
            mentioned_agree += same
    if total:
        print(f"copies read twice: {agree}/{total} agree; with a mention in either: "
              f"{mentioned_agree}/{mentioned}", file=sys.stderr)
    for sid in sentences:
        print(json.dumps(lines[sid], ensure_ascii=False))
    return 0


def read_gold(kit, path, sentences):
    """The gold's items in score_sentences' shape, each mention's phrase taken from the
    sentence; raises realnotes.Failure on a line that does not fit the TSV."""
    items = []
    if not os.path.isfile(path):
        raise realnotes.Failure(f"{path} is not there")
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = json.loads(raw)
            text = sentences.get(line["sid"])
            if text is None or sha1(text) != line["sha1"]:
                raise realnotes.Failure(f"{path}:{n}: sentence {line['sid']} is not the one"
                                        " annotated (sha1 differs or no such id)")
            if line["part"] != part_of(kit, line["sid"]):
                raise realnotes.Failure(f"{path}:{n}: part {line['part']} is not the sid's")
            mentions = []
            for m in line["mentions"]:
                if not 0 <= m["at"] < m["end"] <= len(text):
                    raise realnotes.Failure(f"{path}:{n}: a mention lies outside the sentence")
                mentions.append(dict(m, phrase=text[m["at"]:m["end"]]))
            items.append({"item": line["sid"], "note_id": KITS[kit][1] + line["sid"], "part": line["part"],
                          "sentence": text, "begin": 0, "end": len(text.encode()),
                          "mentions": mentions})
    return items


def score_part(args):
    if not os.path.isfile(args.sentences):
        print(f"kit_sentences: skipped: {args.sentences} is not there", file=sys.stderr)
        return realnotes.SKIPPED
    try:
        items = [it for it in read_gold(args.kit, args.gold, distinct_sentences(args.sentences))
                 if it["part"] == args.part]
        # Each sentence a note of its own: the report around it is not in the kit.
        records = realnotes.scan(args, {it["note_id"]: {"note_id": it["note_id"], "text": it["sentence"]}
                                        for it in items})
        findings = {note_id: rec["findings"] for note_id, rec in records.items()}
    except realnotes.Failure as e:
        print(f"kit_sentences: {e}", file=sys.stderr)
        return 2
    tally, errors = Tally(), []
    score(items, findings, tally, errors)
    print(tally.line(args.part, len(items)))
    if args.errors and args.part == "test":
        print("  (the test part's disagreements are not listed: it is scored once, at a round's end)")
    elif args.errors:
        for it, kind, concept, phrase, what in errors:
            print(f"  {it['item']}: {kind}: {concept} {phrase!r} {what}\n      {it['sentence'][:240]}")
    return realnotes.exit_status(args, tally.figures())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kit", choices=sorted(KITS), default="context")
    parser.add_argument("--sentences", help="the kit's TSV (default: its development file in"
                        " ../shared/benchmarks)")
    parser.add_argument("--dxaudit", default=os.path.join(realnotes.ROOT, "build", "dxaudit"))
    parser.add_argument("--data", default=realnotes.ROOT)
    commands = parser.add_subparsers(dest="command", required=True)
    s = commands.add_parser("score", help="score dxaudit against the gold")
    s.add_argument("--gold", help="default: corpora/gold-KIT/sentences.jsonl")
    s.add_argument("--part", choices=("dev", "test"), default="dev")
    s.add_argument("--errors", action="store_true", help="list every disagreement (dev only)")
    for name in Tally().figures():
        s.add_argument("--min-" + name, type=float, default=0.0)
    b = commands.add_parser("build", help="gold lines from annotators' files, on stdout")
    b.add_argument("annotations", nargs="+")
    args = parser.parse_args()
    if args.sentences is None:
        args.sentences = os.path.join(realnotes.ROOT, "..", "shared", "benchmarks", KITS[args.kit][0])
    if args.command == "score" and args.gold is None:
        args.gold = os.path.join(realnotes.ROOT, "corpora", "gold-" + args.kit, "sentences.jsonl")
    return build(args) if args.command == "build" else score_part(args)


if __name__ == "__main__":
    sys.exit(main())
