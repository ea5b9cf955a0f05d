#!/usr/bin/env python3
"""Compares the outputs tools/check-identical.sh wrote for a BASE and a NEW dxaudit build.

    check_identical.py BASE_DIR NEW_DIR LABEL

Every file must be byte-identical, except for the differences issue 16 (typed results) made
on purpose, each checked rather than ignored:
  - JSONL records (and the store's notes.record): every finding of NEW has
    `"active":true|false` right after `"experiencer":"..."`, and nothing else differs once
    it is taken out; its value is the contract's definition, checked here from the record's
    own fields and the `historical_counts` concepts of lexicons/vocabulary.lex;
  - the store: NEW keeps --resume data in its `checkpoints` table, not in `notes.parts`
    (schema version 3); every other table and column is compared row by row, note by note
    (TABLES), except findings.active, which must equal the record's `active` field (BASE's
    store had a copy of the definition of its own that differs for `historical_counts`
    concepts mentioned as current);
  - the HTML report: the `active` class of a highlighted finding and the active findings of
    the patient timeline follow findings.active; with both put back as BASE's store had
    them, the file must be byte-identical.
and those issue 14 (nothing overwritten, nothing silent) made:
  - standard error: NEW may add the lines of a scan's account (error records by kind,
    "N notes carried no code", skipped files) and the report's line on the runs that
    wrote the database; with those lines taken out, the rest is byte-identical;
  - the store (schema version 4): a `runs` table (one row per scan, checked: the run's
    counts are the notes table's) and checkpoints keyed on version and data too (one per
    ok note, checked); notes.hash also covers joined claim codes, so it may differ only
    for notes with a code of source "claims";
  - the HTML report: a "Runs" section (and its line of CSS), which is taken out before
    the comparison.
Prints one line per check and exits 1 on any other difference.
"""
import json
import os
import re
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACTIVE = re.compile(r'("experiencer":"[a-z]+"),"active":(true|false)')


def historical_counts():
    names = set()
    with open(os.path.join(ROOT, "lexicons", "vocabulary.lex"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3 and fields[0] == "concept" and "historical_counts" in fields[2].split():
                names.add(fields[1])
    return names


HISTORICAL_COUNTS = historical_counts()


def contract_active(f):
    """The contract: not negated, uncertain or hypothetical, the patient's, and not
    historical unless the concept is a historical_counts one."""
    if f["negated"] or f["uncertain"] or f["hypothetical"] or f["experiencer"] != "patient":
        return False
    return f["concept"] in HISTORICAL_COUNTS or not f["historical"]


def old_store_active(f):
    """BASE's store: a historical_counts concept was active only when historical."""
    if f["negated"] or f["uncertain"] or f["hypothetical"] or f["experiencer"] != "patient":
        return False
    return f["historical"] if f["concept"] in HISTORICAL_COUNTS else not f["historical"]


class Checker:
    def __init__(self, label):
        self.label = label
        self.failed = False

    def report(self, name, ok, detail=""):
        print(f"  {self.label:10} {name:34} {'ok' if ok else 'DIFFERENT'}{'  ' + detail if detail else ''}")
        self.failed |= not ok


def strip_active(line):
    """`line` without NEW's active fields; also checks each against the contract."""
    stripped, count = ACTIVE.subn(r"\1", line)
    problem = ""
    if line.startswith("{") and '"active":' in line:
        record = json.loads(line)
        findings = record.get("findings", [])
        if count != len(findings) and count:
            problem = f"{len(findings)} findings but {count} active fields"
        for f in findings:
            if f.get("active") != contract_active(f):
                problem = f"active={f.get('active')} against the contract: {json.dumps(f)[:200]}"
    return stripped, problem


def compare_jsonl(c, name, base_path, new_path):
    if not os.path.exists(base_path) and not os.path.exists(new_path):
        return
    with open(base_path, "rb") as f:
        base = f.read()
    with open(new_path, "rb") as f:
        new = f.read().decode("utf-8")
    lines, problems = [], []
    for line in new.splitlines(keepends=True):
        s, problem = strip_active(line)
        lines.append(s)
        if problem:
            problems.append(problem)
    same = "".join(lines).encode("utf-8") == base
    detail = "" if same else first_difference(base, "".join(lines).encode("utf-8"))
    if problems:
        detail += f" {len(problems)} active fields wrong, first: {problems[0]}"
    c.report(name, same and not problems, detail)


def first_difference(a, b):
    n = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
    line = a[:n].count(b"\n") + 1
    return f"(sizes {len(a)} and {len(b)}; first difference at byte {n}, line {line})"


# Lines issue 14 added to standard error (the account of a scan, the report's runs).
ACCOUNT = re.compile(rb"^dxaudit (?:scan: (?:\d+ [a-z_]+ error records?, the first at |\d+ notes? carried no code|skipped )|report: (?:\d+ run\(s\) wrote the database|the database records no run)).*\n", re.M)


def read_both(c, name, base_path, new_path):
    """Both files' bytes, or None (reported) when either is missing."""
    exists = os.path.exists(base_path), os.path.exists(new_path)
    if exists != (True, True):
        c.report(name, exists == (False, False), f"exists: base {exists[0]}, new {exists[1]}")
        return None
    with open(base_path, "rb") as f:
        a = f.read()
    with open(new_path, "rb") as f:
        return a, f.read()


def compare_stderr(c, name, base_path, new_path):
    both = read_both(c, name, base_path, new_path)
    if both is None:
        return
    a, b = both
    added = len(ACCOUNT.findall(b))
    b = ACCOUNT.sub(b"", b)
    c.report(name, a == b, (f"{added} account line(s) added" if added else "") if a == b else first_difference(a, b))


def compare_bytes(c, name, base_path, new_path):
    both = read_both(c, name, base_path, new_path)
    if both is None:
        return
    a, b = both
    c.report(name, a == b, "" if a == b else first_difference(a, b))


def compare_tree(c, name, base_dir, new_dir):
    if not os.path.isdir(base_dir) and not os.path.isdir(new_dir):
        return
    files = lambda d: sorted(os.path.relpath(os.path.join(r, f), d) for r, _, fs in os.walk(d) for f in fs)
    fa, fb = files(base_dir), files(new_dir)
    if fa != fb:
        c.report(name, False, f"{len(fa)} files against {len(fb)}")
        return
    different = []
    for rel in fa:
        with open(os.path.join(base_dir, rel), "rb") as f:
            a = f.read()
        with open(os.path.join(new_dir, rel), "rb") as f:
            b = f.read()
        if a != b:
            different.append(rel)
    c.report(name, not different, f"{len(fa)} files" + (f", differ: {different[:3]}" if different else ""))


def rows(db, sql):
    return db.execute(sql).fetchall()


# Rows note by note, each note's rows in their own order (by index where the table has one).
# The order of rows across notes (rowid) is no part of the store's contract: BASE rewrote the
# flags of every note the longitudinal review touched after the rest, NEW writes each note's
# rows once, after the review.
TABLES = {
    "codes": "SELECT * FROM codes ORDER BY note_id, rowid",
    "cues": "SELECT * FROM cues ORDER BY note_id, finding, rowid",
    "elements": "SELECT * FROM elements ORDER BY note_id, rowid",
    "flags": "SELECT * FROM flags ORDER BY note_id, flag",
    "verdicts": "SELECT * FROM verdicts ORDER BY note_id, rowid",
}


def compare_db(c, name, base_path, new_path):
    if not os.path.exists(base_path) and not os.path.exists(new_path):
        return
    a, b = sqlite3.connect(base_path), sqlite3.connect(new_path)
    a.text_factory = b.text_factory = bytes
    problems = []
    for table, sql in TABLES.items():
        if rows(a, sql) != rows(b, sql):
            problems.append(table)
    # notes: every column but `parts`, the record compared as JSONL is; the hash of a note
    # with claim codes may differ (issue 14: the hash covers them).
    cols = "note_id, status, patient_id, encounter_id, encounter_date, provider, error_kind, error_message, text"
    na = rows(a, f"SELECT {cols}, hash, record FROM notes ORDER BY rowid")
    nb = rows(b, f"SELECT {cols}, hash, record FROM notes ORDER BY rowid")
    records = {}
    rehashed = 0
    if len(na) != len(nb):
        problems.append("notes (count)")
    else:
        for ra, rb in zip(na, nb):
            stripped, problem = strip_active(rb[-1].decode("utf-8"))
            record = json.loads(rb[-1])
            claims = any(code.get("source") == "claims" for code in record.get("codes", []))
            if ra[-2] != rb[-2]:
                rehashed += 1
            if ra[:-2] != rb[:-2] or (ra[-2] != rb[-2] and not claims) or stripped.encode("utf-8") != ra[-1] or problem:
                problems.append("notes " + ra[0].decode("utf-8", "replace"))
                break
            records[rb[0]] = record
    # findings: every column but `active`, which must be the record's own field.
    fcols = "note_id, finding, concept, category, text, begin, \"end\", section, negated, uncertain, historical, hypothetical, experiencer, laterality, level"
    fa = rows(a, f"SELECT {fcols}, active FROM findings ORDER BY note_id, finding")
    fb = rows(b, f"SELECT {fcols}, active FROM findings ORDER BY note_id, finding")
    changed = 0
    if [r[:-1] for r in fa] != [r[:-1] for r in fb]:
        problems.append("findings")
    else:
        for ra, rb in zip(fa, fb):
            f = records[rb[0]]["findings"][rb[1]]
            if rb[-1] != (1 if f.get("active", old_store_active(f)) else 0):
                problems.append("findings.active is not the record's active")
                break
            if ra[-1] != rb[-1]:
                if ra[-1] != (1 if old_store_active(f) else 0):
                    problems.append("findings.active of BASE unexplained")
                    break
                changed += 1
    version = rows(b, "SELECT value FROM dxaudit_meta WHERE key = 'schema_version'")
    if version in ([(b"3",)], [(b"4",)]):
        checkpoints = rows(b, "SELECT count(*) FROM checkpoints")[0][0]
        ok_notes = rows(b, "SELECT count(*) FROM notes WHERE status = 'ok'")[0][0]
        if checkpoints != ok_notes:
            problems.append(f"{checkpoints} checkpoints for {ok_notes} ok notes")
    elif version != rows(a, "SELECT value FROM dxaudit_meta WHERE key = 'schema_version'"):
        problems.append(f"schema_version {version}")
    runs = 0
    if version == [(b"4",)]:
        # Each run's row: finished, exit 0, and the last one read every note the store has
        # (the corpora have no duplicate note_ids or error records).
        runs_rows = rows(b, "SELECT ended IS NOT NULL, exit_status, ok_records, error_records FROM runs ORDER BY run")
        runs = len(runs_rows)
        if not runs_rows or any(r[0] != 1 or r[1] != 0 for r in runs_rows) or runs_rows[-1][3] != 0:
            problems.append("runs")
    detail = f"{len(nb)} notes, {len(fb)} findings ({changed} now active by the contract's definition), {rehashed} rehashed (claims), {runs} runs"
    if problems:
        detail += "; differ: " + ", ".join(problems[:4])
    c.report(name, not problems, detail)
    return changed


def compare_html(c, name, base_path, new_path, db_path):
    """The report; the `active` class and timeline findings of historical_counts findings may
    differ (findings.active), nothing else."""
    if not os.path.exists(base_path) and not os.path.exists(new_path):
        return
    with open(base_path, "rb") as f:
        a = f.read()
    with open(new_path, "rb") as f:
        b = f.read()
    # Issue 14's "Runs" section and its CSS line, out of NEW.
    b = re.sub(rb'<section id="runs">.*?</section>\n', b"", b, flags=re.S)
    b = re.sub(rb"table\.runs th \{[^\n]*\n", b"", b)
    if a == b:
        c.report(name, True, "without NEW's Runs section")
        return
    # Take the `active` class out of marks of historical_counts concepts and those
    # concepts out of timelines, on both sides; the rest must agree.
    concepts = "|".join(sorted(HISTORICAL_COUNTS)).encode()
    mark = re.compile(rb'(<mark class="f cat-[^"]*?)( active)?(" title="(?:' + concepts + rb') )')
    def normalise(html):
        html = mark.sub(rb"\1\3", html)
        return re.sub(rb"\b(?:" + concepts + rb")\b ?", b"", html)
    same = normalise(a) == normalise(b)
    c.report(name, same, "differs only in findings.active of historical_counts concepts" if same
             else first_difference(normalise(a), normalise(b)))


def main():
    base, new, label = sys.argv[1], sys.argv[2], sys.argv[3]
    c = Checker(label)
    for run in ["j1", "j2", "stdin", "brat", "db", "report", "resume", "half", "partial", "report2"]:
        compare_bytes(c, f"{run}: exit status", f"{base}/{run}.status", f"{new}/{run}.status")
        compare_stderr(c, f"{run}: standard error", f"{base}/{run}.err", f"{new}/{run}.err")
    for out in ["j1", "j2", "stdin", "db", "resume", "halfrun", "partial"]:
        compare_jsonl(c, f"{out}.jsonl", f"{base}/{out}.jsonl", f"{new}/{out}.jsonl")
    compare_tree(c, "brat/", f"{base}/brat", f"{new}/brat")
    compare_db(c, "db.sqlite", f"{base}/db.sqlite", f"{new}/db.sqlite")
    compare_db(c, "half.sqlite (resumed)", f"{base}/half.sqlite", f"{new}/half.sqlite")
    compare_bytes(c, "flags.csv", f"{base}/flags.csv", f"{new}/flags.csv")
    compare_bytes(c, "flags2.csv", f"{base}/flags2.csv", f"{new}/flags2.csv")
    compare_html(c, "report.html", f"{base}/report.html", f"{new}/report.html", f"{new}/db.sqlite")
    compare_html(c, "report2.html", f"{base}/report2.html", f"{new}/report2.html", f"{new}/half.sqlite")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
