"""What the scorers of real-note samples share (score_sentences.py, score_evidence.py,
score_findings.py): their common options, reading a folder of JSON-lines samples, the
MTSamples notes they point into, checking that every item's text is where it says, and
scanning the notes with dxaudit.

Items name a span of a note by `note_id` and `begin`/`end`, byte offsets into the note's
`text` in ../shared/corpora/mtsamples.jsonl, and carry the text of that span in a field of
their own (`sentence`, `quote`), which is checked against the note.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SKIPPED = 77


class Failure(Exception):
    """Bad sample data or a failed scan: the message names the file and the item."""


def parse_arguments(doc, gold_folder, thresholds):
    """The scorer's options: the sample folder (default corpora/`gold_folder`), the notes,
    the dxaudit binary and its data, --errors, and a --min-NAME floor (default 0) for each
    name of `thresholds` ("concept-f1" gives args.min_concept_f1)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--gold", default=os.path.join(ROOT, "corpora", gold_folder))
    parser.add_argument("--notes", default=os.path.join(ROOT, "..", "shared", "corpora", "mtsamples.jsonl"))
    parser.add_argument("--dxaudit", default=os.path.join(ROOT, "build", "dxaudit"))
    parser.add_argument("--data", default=ROOT)
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    for name in thresholds:
        parser.add_argument("--min-" + name, type=float, default=0.0)
    return parser.parse_args()


def notes_missing(args, tool):
    """True (after saying so) when the notes are not there: the scorer is then skipped."""
    if os.path.isfile(args.notes):
        return False
    print(f"{tool}: skipped: {args.notes} is not there", file=sys.stderr)
    return True


def read_samples(folder, check):
    """{path: [item, ...]} for every NAME.jsonl of `folder`; `check(item)` returns a
    problem (a string) or None."""
    files = sorted(glob.glob(os.path.join(folder, "*.jsonl")))
    if not files:
        raise Failure(f"no sample files in {folder}")
    samples = {}
    for path in files:
        samples[path] = []
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                item = json.loads(line)
                problem = check(item)
                if problem:
                    raise Failure(f"{path}:{n}: {problem}")
                samples[path].append(item)
    return samples


def read_notes(notes_path, samples, text_field):
    """The notes the samples point into, by note_id, each item's span checked against its
    `text_field`."""
    wanted = {it["note_id"] for items in samples.values() for it in items}
    notes = {}
    with open(notes_path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["note_id"] in wanted:
                notes[rec["note_id"]] = rec
    for path, items in samples.items():
        for it in items:
            text = notes.get(it["note_id"], {}).get("text", "").encode()
            if text[it["begin"]:it["end"]].decode("utf-8", "replace") != it[text_field]:
                raise Failure(f"{path}: item {it['item']}: the {text_field} is not at"
                              f" {it['begin']}-{it['end']} of {it['note_id']} in {notes_path}")
    return notes


def scan(args, notes, codes=None):
    """dxaudit's records for the notes, by note_id (each note scanned whole, with `codes`
    assigned when given)."""
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "notes.jsonl")
        with open(inp, "w", encoding="utf-8") as fh:
            for rec in notes.values():
                record = {"note_id": rec["note_id"], "text": rec["text"]}
                if codes:
                    record["codes"] = codes
                fh.write(json.dumps(record) + "\n")
        run = subprocess.run([args.dxaudit, "scan", "--data", args.data, inp],
                             capture_output=True, text=True)
    if run.returncode != 0:
        raise Failure(run.stderr)
    records = {}
    for line in run.stdout.splitlines():
        rec = json.loads(line)
        records[rec["note_id"]] = rec
    return records


def test_part_notes(notes_path):
    """The note ids of the test part of every real-note gold draw
    (corpora/gold-mtsamples*/parts.tsv), and of their copies under other ids in `notes_path`
    (the scorer's --notes) when it is there (MTSamples files one note under several
    specialties): notes nobody reads errors on until a round's end."""
    ids = set()
    for parts in glob.glob(os.path.join(ROOT, "corpora", "gold-mtsamples*", "parts.tsv")):
        with open(parts, encoding="utf-8") as fh:
            for line in fh:
                fields = line.rstrip("\n").split("\t")
                if len(fields) > 1 and not line.startswith("#") and fields[1] == "test":
                    ids.add(fields[0])
    if os.path.isfile(notes_path):
        with open(notes_path, encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        texts = {r["text"] for r in records if r["note_id"] in ids}
        ids.update(r["note_id"] for r in records if r["text"] in texts)
    return ids


def listable(errors, notes_path):
    """The errors whose item (the first of each tuple) is not from a test-part note, after
    printing how many were left out. Sample items drawn before a note became a test note of a
    real-note gold still count in the figures; their errors are not listed, so that --errors
    never shows a test note's text."""
    hidden = test_part_notes(notes_path)
    shown = [e for e in errors if e[0]["note_id"] not in hidden]
    if len(shown) < len(errors):
        print(f"  ({len(errors) - len(shown)} disagreements on notes of a real-note gold's test part"
              f" are counted but not listed)")
    return shown


def load_and_scan(args, tool, check, text_field, codes=None):
    """read_samples, read_notes and scan in one: (samples, records by note_id), or None after
    printing the problem as `tool: ...`."""
    try:
        samples = read_samples(args.gold, check)
        notes = read_notes(args.notes, samples, text_field)
        return samples, scan(args, notes, codes)
    except Failure as e:
        print(f"{tool}: {e}", file=sys.stderr)
        return None


def exit_status(args, figures):
    """0 when every figure ({threshold name: value}) is at or above its --min-NAME floor, else
    1 after naming the ones below."""
    failed = [name for name, value in figures.items()
              if value < getattr(args, "min_" + name.replace("-", "_"))]
    if failed:
        print("below threshold: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0
