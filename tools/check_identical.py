#!/usr/bin/env python3
"""Compares the outputs tools/check-identical.sh wrote for a BASE and a NEW dxaudit build.

    check_identical.py BASE_DIR NEW_DIR LABEL

Every file must be byte-identical, except for what later issues added on purpose. Each
allowance is an addition (a field, a column, a table, a line, a section) that NEW has and
BASE does not; the addition is checked, not ignored, and everything BASE had must be in NEW
with the same value. An allowance applies only where BASE lacks the addition: two builds
that both have it are compared as they are. The allowances (ALLOWANCES below says the same,
one line each, in the order the checks use them):

issue 16 (typed results):
  - JSONL records (and the store's notes.record): every finding of NEW has
    `"active":true|false` right after `"experiencer":"..."`; its value is the contract's
    definition, checked from the record's own fields and the `historical_counts` concepts
    of lexicons/vocabulary.lex;
  - the store keeps --resume data in a `checkpoints` table (one row per ok note, checked),
    not in `notes.parts`; findings.active follows the one definition of src/evidence, which
    BASE's store got wrong for `historical_counts` concepts mentioned as current (checked:
    each such difference is exactly that case), and the HTML report's `active` class and
    patient timelines follow it.
issue 14 (nothing overwritten, nothing silent):
  - standard error may have the lines of a scan's account (error records by kind, "N notes
    carried no code", skipped files) and the report's line on the runs that wrote the
    database;
  - the store has a `runs` table (every run finished with exit 0 and its counts the
    notes'), checkpoints keyed on version and data, and notes.hash covering joined claim
    codes (so it may differ only for notes with a code of source "claims");
  - the HTML report has a "Runs" section.
issue 13 (regions):
  - every finding of NEW's JSONL records has `"region":null|"NAME"` right after
    `"level":...`, NAME a region of lexicons/regions.lex; the store's findings have a
    `region` column equal to the record's field; brat annotations have a `Region` attribute
    per finding with a region (the other attributes renumbered after it, checked by taking
    the Region lines out and numbering them back) and annotation.conf its line.
issue 17 (the auditor's worklist):
  - the store is schema version 5: tables `reviews` and `review_history` (empty after
    scans: checked), and flags.title, flags.evidence_begin, flags.evidence_end,
    flags.evidence, flags.evidence_spans (checked against the rule's title in
    models/rules.model and the flag's evidence in the record, as src/store writes them);
  - the flags CSV: its first nine columns are BASE's, header and rows in the same order
    and values; after them exactly the columns encounter_id, code_source, verdict,
    rule_title, evidence, evidence_begin, evidence_end, review_decision (empty: nothing was
    reviewed);
  - the HTML report renders the worklist and the flagged notes from data embedded gzip-
    and base64-compressed (<script id="dx-data">): what BASE's page showed of them -- each
    worklist row (note, patient, provider, date, rules, worst severity, flag count), each
    flagged note's heading, codes (title, validity, verdict), flags (severity, rule, code,
    message, suggestions), text, highlighted findings (span as the marks nest, class,
    description), documentation checklist, suggested codes and findings list, and the
    rule and provider filter options -- must be what the data says, in the same order; the
    header, the summary and the patient timelines (links to a note compared by the note
    they open) must be byte-identical; what NEW adds (the Rates section, review decisions,
    rule titles, evidence marks, section headers, encounter ids) and the page's furniture
    (head, CSS, script, section headings, legends, forms, table headings) are NEW's own.
Prints one line per check and exits 1 on any other difference. The first real difference
of a JSONL file or of the HTML data is shown where it is (record, field).
"""
import base64
import csv
import gzip
import html.parser
import io
import json
import os
import re
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def lexicon_names(path, kind_column):
    """The names in column `kind_column` of a lexicon's lines (comments and @ lines left out)."""
    names = set()
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("@") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) > kind_column:
                names.add(fields[kind_column])
    return names


def historical_counts():
    names = set()
    with open(os.path.join(ROOT, "lexicons", "vocabulary.lex"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3 and fields[0] == "concept" and "historical_counts" in fields[2].split():
                names.add(fields[1])
    return names


def rule_titles():
    """(rule, code) -> title, and rule -> the title of its first line, from models/rules.model."""
    titles = {}
    title = re.compile(r'\btitle="([^"]*)"')
    with open(os.path.join(ROOT, "models", "rules.model"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("@") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            m = title.search(line)
            if len(fields) >= 2 and m:
                titles[(fields[0], fields[1])] = m.group(1)
                titles.setdefault(fields[0], m.group(1))
    return titles


HISTORICAL_COUNTS = historical_counts()
REGIONS = lexicon_names(os.path.join("lexicons", "regions.lex"), 0)
EVIDENCE_SEPARATOR = " | "  # store::kEvidenceSeparator (src/store/store.h)


def contract_active(f):
    """The contract: not negated, uncertain or hypothetical, the patient's, and not
    historical unless the concept is a historical_counts one."""
    if f["negated"] or f["uncertain"] or f["hypothetical"] or f["experiencer"] != "patient":
        return False
    return f["concept"] in HISTORICAL_COUNTS or not f["historical"]


def old_store_active(f):
    """BASE's store (before issue 16): a historical_counts concept was active only when
    historical."""
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


def first_difference(a, b):
    n = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
    line = a[:n].count(b"\n") + 1
    return f"(sizes {len(a)} and {len(b)}; first difference at byte {n}, line {line})"


def json_difference(a, b, path=""):
    """Where two JSON values first differ: 'path: A != B', or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in a or k not in b:
                return f"{path}.{k}: {'only in NEW' if k in b else 'only in BASE'}"
            d = json_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        if list(a) != list(b):
            return f"{path}: keys in another order"
        return None
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b)):
            d = json_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        if len(a) != len(b):
            return f"{path}: {len(a)} items in BASE, {len(b)} in NEW"
        return None
    if isinstance(a, str) and isinstance(b, str) and a != b:
        # Where two strings part, with a little of what comes before.
        k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        return f"{path}: ...{json.dumps(a[max(0, k - 20):k + 40])} != ...{json.dumps(b[max(0, k - 20):k + 40])}"
    if a != b or type(a) is not type(b):
        return f"{path}: {json.dumps(a)[:80]} != {json.dumps(b)[:80]}"
    return None


# ---- JSONL records: issue 16's active, issue 13's region ----------------------------------

ACTIVE = re.compile(r'("experiencer":"[a-z]+"),"active":(true|false)')
REGION = re.compile(r'("level":(?:null|"(?:[^"\\]|\\.)*")),"region":(null|"[a-z]+")')


class RecordFields:
    """Which finding fields NEW's records may have that BASE's lack, decided from BASE's own
    JSONL: a key is written `"name":` (with its quotes) only as a key, never inside a JSON
    string, where quotes are escaped."""

    def __init__(self, base_jsonl):
        self.strip_active = b'"active":' not in base_jsonl
        self.strip_region = b'"region":' not in base_jsonl

    def strip(self, line):
        """`line` (str) without NEW's added fields, and a problem with them ("" if none)."""
        original, counts = line, []
        if self.strip_active:
            line, n = ACTIVE.subn(r"\1", line)
            counts.append(("active", n))
        if self.strip_region:
            line, n = REGION.subn(r"\1", line)
            counts.append(("region", n))
        if not original.startswith("{") or not any(n for _, n in counts):
            return line, ""
        findings = json.loads(original).get("findings", [])
        for name, n in counts:
            if n != len(findings):
                return line, f"{len(findings)} findings but {n} {name} fields"
        for f in findings:
            if self.strip_active and f.get("active") != contract_active(f):
                return line, f"active={f.get('active')} against the contract: {json.dumps(f)[:200]}"
            if self.strip_region and f.get("region") is not None and f["region"] not in REGIONS:
                return line, f"region {f['region']!r} is no region of lexicons/regions.lex"
        return line, ""


def compare_jsonl(c, name, base_path, new_path, fields):
    both = read_both(c, name, base_path, new_path)
    if both is None:
        return
    base, new = both
    lines, problems = [], []
    for line in new.decode("utf-8").splitlines(keepends=True):
        s, problem = fields.strip(line)
        lines.append(s)
        if problem:
            problems.append(problem)
    stripped = "".join(lines).encode("utf-8")
    same = stripped == base
    detail = ""
    if not same:
        a, b = base.splitlines(), stripped.splitlines()
        differing = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        detail = f"{len(differing)} of {len(a)} records differ"
        if len(a) != len(b):
            detail += f" ({len(a)} records in BASE, {len(b)} in NEW)"
        if differing:
            i = differing[0]
            ra, rb = json.loads(a[i]), json.loads(b[i])
            where = json_difference(ra, rb) or "the bytes (same JSON)"
            detail += f"; the first, record {i + 1} ({ra.get('note_id')}): {where}"
    else:
        added = [f for f, on in (("active", fields.strip_active), ("region", fields.strip_region)) if on]
        if added and stripped != new:
            detail = "NEW adds " + " and ".join(added)
    if problems:
        detail += f" {len(problems)} added fields wrong, first: {problems[0]}"
    c.report(name, same and not problems, detail)


# ---- standard error: issue 14's account lines ----------------------------------------------

# Lines issue 14 added to standard error (the account of a scan, the report's runs).
ACCOUNT = re.compile(rb"^dxaudit (?:scan: (?:\d+ [a-z_]+ error records?, the first at |\d+ notes? carried no code|skipped )|report: (?:\d+ run\(s\) wrote the database|the database records no run)).*\n", re.M)
# What differs between two builds' runs by the place and time they ran, not by what they do.
RUN_CONTEXT = [
    (re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"), b"TIME"),
    (re.compile(rb"data [0-9a-f]{16} \([^)]*\)"), b"data DATA"),
    (re.compile(rb"dxaudit \d+\.\d+\.\d+"), b"dxaudit VERSION"),
]


def run_context_out(data):
    for pattern, replacement in RUN_CONTEXT:
        data = pattern.sub(replacement, data)
    return data


def read_both(c, name, base_path, new_path):
    """Both files' bytes, or None (reported) when either is missing. Both missing is a
    failure too: the outputs compared are ones every run writes."""
    exists = os.path.exists(base_path), os.path.exists(new_path)
    if exists != (True, True):
        c.report(name, False, f"exists: base {exists[0]}, new {exists[1]}")
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
    added = 0
    if not ACCOUNT.search(a):
        added = len(ACCOUNT.findall(b))
        b = ACCOUNT.sub(b"", b)
    else:
        # Both have the account: the runs line says when and where each run was.
        a, b = run_context_out(a), run_context_out(b)
    c.report(name, a == b, (f"{added} account line(s) added" if added else "") if a == b else first_difference(a, b))


def compare_bytes(c, name, base_path, new_path):
    both = read_both(c, name, base_path, new_path)
    if both is None:
        return
    a, b = both
    c.report(name, a == b, "" if a == b else first_difference(a, b))


# ---- brat: issue 13's Region attribute -----------------------------------------------------

REGION_ATTRIBUTE = re.compile(rb"^A\d+\tRegion T\d+ [a-z]+\n", re.M)
ATTRIBUTE_ID = re.compile(rb"^A(\d+)\t", re.M)
REGION_CONF = re.compile(rb"^Region\tArg:<ENTITY>, Value:[a-z|]+\n", re.M)


def without_regions(ann):
    """An .ann file without its Region attributes, the others numbered from A1 again."""
    ann = REGION_ATTRIBUTE.sub(b"", ann)
    numbers = iter(range(1, 1 << 30))
    return ATTRIBUTE_ID.sub(lambda m: b"A%d\t" % next(numbers), ann)


def compare_tree(c, name, base_dir, new_dir):
    if not os.path.isdir(base_dir) or not os.path.isdir(new_dir):
        c.report(name, False, f"exists: base {os.path.isdir(base_dir)}, new {os.path.isdir(new_dir)}")
        return
    files = lambda d: sorted(os.path.relpath(os.path.join(r, f), d) for r, _, fs in os.walk(d) for f in fs)
    fa, fb = files(base_dir), files(new_dir)
    if fa != fb:
        c.report(name, False, f"{len(fa)} files against {len(fb)}")
        return
    contents = {}
    for rel in fa:
        with open(os.path.join(base_dir, rel), "rb") as f:
            a = f.read()
        with open(os.path.join(new_dir, rel), "rb") as f:
            b = f.read()
        contents[rel] = a, b
    base_regions = any(REGION_CONF.search(a) or REGION_ATTRIBUTE.search(a) for a, _ in contents.values())
    different, regions = [], 0
    for rel, (a, b) in contents.items():
        if not base_regions:
            found = REGION_ATTRIBUTE.findall(b)
            regions += len(found)
            unknown = [r for r in found if r.split()[-1].decode() not in REGIONS]
            if unknown:
                different.append(f"{rel} ({unknown[0].decode().strip()}: no region of lexicons/regions.lex)")
                continue
            b = without_regions(b) if rel.endswith(".ann") else REGION_CONF.sub(b"", b)
        if a != b:
            different.append(rel)
    detail = f"{len(fa)} files"
    if regions:
        detail += f", NEW adds {regions} Region attributes"
    c.report(name, not different, detail + (f", differ: {different[:3]}" if different else ""))


# ---- the store ------------------------------------------------------------------------------

def rows(db, sql, args=()):
    return db.execute(sql, args).fetchall()


def text(value):
    return value.decode("utf-8") if isinstance(value, bytes) else value


def columns(db, table):
    return [text(r[1]) for r in db.execute(f"PRAGMA table_info({table})")]


def tables(db):
    return {text(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


# Tables and columns later issues added, and the one issue 16 took away (to checkpoints).
ADDED_TABLES = {
    "checkpoints",  # issue 16
    "runs",  # issue 14
    "reviews", "review_history",  # issue 17
}
ADDED_COLUMNS = {
    ("findings", "region"),  # issue 13
    ("flags", "title"), ("flags", "evidence_begin"), ("flags", "evidence_end"),  # issue 17
    ("flags", "evidence"), ("flags", "evidence_spans"),  # issue 17
    ("reviews", "code"), ("review_history", "code"),  # schema 6: a decision keyed on the code
}
DROPPED_COLUMNS = {("notes", "parts")}  # issue 16

# Rows note by note, each note's rows in their own order (by index where the table has one).
# The order of rows across notes (rowid) is no part of the store's contract: an older build
# rewrote the flags of every note the longitudinal review touched after the rest, a newer
# one writes each note's rows once, after the review.
ORDER = {
    "codes": "note_id, rowid",
    "cues": "note_id, finding, rowid",
    "elements": "note_id, rowid",
    "flags": "note_id, flag",
    "verdicts": "note_id, rowid",
}


def quote(name):
    return '"' + name + '"'


def compare_db(c, name, base_path, new_path, fields):
    if not os.path.exists(base_path) or not os.path.exists(new_path):
        c.report(name, False, f"exists: base {os.path.exists(base_path)}, new {os.path.exists(new_path)}")
        return
    a, b = sqlite3.connect(base_path), sqlite3.connect(new_path)
    a.text_factory = b.text_factory = bytes
    problems, added = [], []
    ta, tb = tables(a), tables(b)
    for t in sorted(tb - ta):
        if t not in ADDED_TABLES:
            problems.append(f"table {t} is new")
        else:
            added.append(t)
    for t in sorted(ta - tb):
        problems.append(f"table {t} is gone")
    # The columns of each table BASE has: NEW has them all (but the dropped), and adds only
    # the allowed ones.
    common = {}
    for t in sorted(ta & tb):
        ca, cb = columns(a, t), columns(b, t)
        gone = [col for col in ca if col not in cb and (t, col) not in DROPPED_COLUMNS]
        new_cols = [col for col in cb if col not in ca]
        if gone:
            problems.append(f"{t} lost {', '.join(gone)}")
        for col in new_cols:
            if (t, col) not in ADDED_COLUMNS:
                problems.append(f"{t}.{col} is new")
            else:
                added.append(f"{t}.{col}")
        common[t] = [col for col in ca if col in cb]
    for t, order in ORDER.items():
        if t in common:
            cols = ", ".join(quote(col) for col in common[t])
            sql = f"SELECT {cols} FROM {t} ORDER BY {order}"
            if rows(a, sql) != rows(b, sql):
                problems.append(t)
    # notes: every column both have, the record compared as the JSONL is; the hash of a note
    # with claim codes may differ (issue 14: the hash covers them).
    note_cols = [col for col in common.get("notes", []) if col not in ("hash", "record")]
    cols = ", ".join(quote(col) for col in note_cols)
    na = rows(a, f"SELECT {cols}, hash, record FROM notes ORDER BY rowid")
    nb = rows(b, f"SELECT {cols}, hash, record FROM notes ORDER BY rowid")
    records = {}
    rehashed = 0
    if len(na) != len(nb):
        problems.append("notes (count)")
    else:
        for ra, rb in zip(na, nb):
            stripped, problem = fields.strip(rb[-1].decode("utf-8"))
            record = json.loads(rb[-1])
            claims = any(code.get("source") == "claims" for code in record.get("codes", []))
            if ra[-2] != rb[-2]:
                rehashed += 1
            if ra[:-2] != rb[:-2] or (ra[-2] != rb[-2] and not claims) or stripped.encode("utf-8") != ra[-1] or problem:
                problems.append("notes " + ra[0].decode("utf-8", "replace"))
                break
            records[rb[0]] = record
    # findings: every column both have but `active`, which must be the record's own field
    # (and may differ from BASE's only as old_store_active() says); NEW's region is the
    # record's.
    find_cols = [col for col in common.get("findings", []) if col != "active"]
    region = "region" in columns(b, "findings") and "region" not in columns(a, "findings")
    cols = ", ".join(quote(col) for col in find_cols)
    fa = rows(a, f"SELECT {cols}, active FROM findings ORDER BY note_id, finding")
    fb = rows(b, f"SELECT {cols}, active{', region' if region else ''} FROM findings ORDER BY note_id, finding")
    changed = 0
    if region:
        fb, regions = [r[:-1] for r in fb], [r[-1] for r in fb]
    if [r[:-1] for r in fa] != [r[:-1] for r in fb]:
        problems.append("findings")
    elif records:
        for k, (ra, rb) in enumerate(zip(fa, fb)):
            f = records[rb[0]]["findings"][rb[1]]
            if rb[-1] != (1 if f.get("active", old_store_active(f)) else 0):
                problems.append("findings.active is not the record's active")
                break
            if region and (regions[k].decode() if regions[k] is not None else None) != f.get("region"):
                problems.append("findings.region is not the record's region")
                break
            if ra[-1] != rb[-1]:
                if ra[-1] != (1 if old_store_active(f) else 0):
                    problems.append("findings.active of BASE unexplained")
                    break
                changed += 1
    # flags: NEW's title and evidence columns, as src/store/store.cpp writes them from the
    # rule's line in models/rules.model and the flag's evidence in the record.
    if "title" in columns(b, "flags") and "title" not in columns(a, "flags") and records:
        problems += check_flag_columns(b, records)
    # Added tables hold what a scan writes: nothing for review decisions.
    for t in ("reviews", "review_history"):
        if t in added and rows(b, f"SELECT count(*) FROM {t}")[0][0]:
            problems.append(f"{t} is not empty after scans")
    version = rows(b, "SELECT value FROM dxaudit_meta WHERE key = 'schema_version'")
    base_version = rows(a, "SELECT value FROM dxaudit_meta WHERE key = 'schema_version'")
    if "checkpoints" in tb:
        checkpoints = rows(b, "SELECT count(*) FROM checkpoints")[0][0]
        ok_notes = rows(b, "SELECT count(*) FROM notes WHERE status = 'ok'")[0][0]
        if checkpoints != ok_notes:
            problems.append(f"{checkpoints} checkpoints for {ok_notes} ok notes")
    if version != base_version and version not in ([(b"3",)], [(b"4",)], [(b"5",)], [(b"6",)]):
        problems.append(f"schema_version {version}")
    runs = 0
    if "runs" in tb:
        # Each run's row: finished, exit 0, and the last one read every note the store has
        # (the corpora have no duplicate note_ids or error records). Times, directories and
        # command lines are the runs' own.
        runs_rows = rows(b, "SELECT ended IS NOT NULL, exit_status, ok_records, error_records FROM runs ORDER BY run")
        runs = len(runs_rows)
        if not runs_rows or any(r[0] != 1 or r[1] != 0 for r in runs_rows) or runs_rows[-1][3] != 0:
            problems.append("runs")
        if "runs" in ta:
            counts = "SELECT records_read, ok_records, error_records, resumed, uncoded_notes, exit_status FROM runs ORDER BY run"
            if rows(a, counts) != rows(b, counts):
                problems.append("runs (counts)")
    detail = f"{len(nb)} notes, {len(fb)} findings ({changed} now active by the contract's definition), {rehashed} rehashed (claims), {runs} runs"
    if added:
        detail += f"; NEW adds {', '.join(added)}"
    if problems:  # first, where a reader looks
        detail = "differ: " + ", ".join(problems[:4]) + "; " + detail
    c.report(name, not problems, detail)


def check_flag_columns(db, records):
    """Problems with flags.title and flags.evidence*, each row against the rule's title and
    the flag's evidence in its note's record (an empty list when there are none)."""
    titles = rule_titles()
    texts = {r[0]: r[1] for r in rows(db, "SELECT note_id, text FROM notes")}
    for note_id, flag, rule, code, title, begin, end, quoted, spans in rows(
            db, "SELECT note_id, flag, rule, code, title, evidence_begin, evidence_end, evidence, "
                "evidence_spans FROM flags ORDER BY note_id, flag"):
        record = records.get(note_id)
        if record is None:
            return [f"flags of {note_id!r} without a record"]
        audit = record["audit"][flag]
        want = titles.get((rule.decode(), (code or b"").decode()), titles.get(rule.decode()))
        if (title.decode() if title is not None else None) != want:
            return [f"flags.title of {rule.decode()} is {title!r}, the model says {want!r}"]
        evidence = audit.get("evidence", [])
        text = texts[note_id] or b""
        if evidence:
            want_spans = ";".join(f"{e['begin']}-{e['end']}" for e in evidence).encode()
            want_quoted = EVIDENCE_SEPARATOR.encode().join(
                text[e["begin"]:e["end"]] for e in evidence if e["begin"] <= e["end"] <= len(text))
            got = (begin, end, quoted, spans)
            want_row = (min(e["begin"] for e in evidence), max(e["end"] for e in evidence), want_quoted, want_spans)
        else:
            got, want_row = (begin, end, quoted, spans), (None, None, None, None)
        if got != want_row:
            return [f"flags.evidence* of {note_id.decode()} flag {flag}: {got!r} != {want_row!r}"]
    return []


# ---- the flags CSV: issue 17's columns after the first nine ---------------------------------

CSV_FIRST = 9
CSV_ADDED = ["encounter_id", "code_source", "verdict", "rule_title", "evidence", "evidence_begin",
             "evidence_end", "review_decision"]


def csv_rows(data):
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def compare_csv(c, name, base_path, new_path):
    both = read_both(c, name, base_path, new_path)
    if both is None:
        return
    a, b = both
    if a == b:
        c.report(name, True)
        return
    ra, rb = csv_rows(a), csv_rows(b)
    width = len(ra[0]) if ra else 0
    if width != CSV_FIRST or not rb or rb[0][:CSV_FIRST] != ra[0] or rb[0][CSV_FIRST:] != CSV_ADDED:
        c.report(name, False, f"header: {','.join(rb[0]) if rb else ''} against BASE's {','.join(ra[0]) if ra else ''}")
        return
    problems = []
    if len(ra) != len(rb):
        problems.append(f"{len(ra) - 1} rows in BASE, {len(rb) - 1} in NEW")
    for i, (x, y) in enumerate(zip(ra[1:], rb[1:]), 1):
        if len(y) != CSV_FIRST + len(CSV_ADDED):
            problems.append(f"row {i} has {len(y)} cells")
        elif y[:CSV_FIRST] != x:
            column = next(k for k in range(CSV_FIRST) if k >= len(x) or x[k] != y[k])
            problems.append(f"row {i} ({x[0] if x else ''}), column {ra[0][column]}: {x[column]!r} != {y[column]!r}")
        elif y[-1]:
            problems.append(f"row {i} has a review decision, but nothing was reviewed")
        if problems:
            break
    # Everything but the cells is as BASE wrote it: a byte-order mark, CRLF line ends.
    if not problems and (a.startswith(b"\xef\xbb\xbf") != b.startswith(b"\xef\xbb\xbf") or
                         a.count(b"\r\n") != len(ra) and b.count(b"\r\n") == len(rb)):
        problems.append("line ends or byte-order mark")
    c.report(name, not problems, f"{len(rb) - 1} rows; NEW adds {len(CSV_ADDED)} columns" if not problems
             else "; ".join(problems[:2]))


# ---- the HTML report --------------------------------------------------------------------

DATA = re.compile(rb'<script type="application/octet-stream" id="dx-data"[^>]*>(.*?)</script>', re.S)


def section(page, name):
    m = re.search(rb'<section id="' + name.encode() + rb'">.*?</section>\n', page, re.S)
    return m.group(0) if m else None


def without_runs(page):
    """Issue 14's "Runs" section and its CSS line taken out."""
    page = re.sub(rb'<section id="runs">.*?</section>\n', b"", page, flags=re.S)
    return re.sub(rb"table\.runs th \{[^\n]*\n", b"", page)


def report_data(page):
    m = DATA.search(page)
    return json.loads(gzip.decompress(base64.b64decode(m.group(1)))) if m else None


class BasePage(html.parser.HTMLParser):
    """What BASE's server-rendered page shows of the worklist and the flagged notes, as
    data: rows and notes in page order (str values, entities decoded). Each element's text
    goes to the cell its start tag (or an enclosing one) chose."""

    VOID = {"br", "meta", "input", "link", "img", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.notes, self.options = [], [], {"f-rule": [], "f-provider": []}
        self.stack = []  # open elements: (tag, classes, the cell before it)
        self.note = None
        self.cell = None  # (list, index) the text goes to, or None
        self.open_marks = []  # the note text's marks not yet closed

    def inside(self, tag, cls=None):
        return any(t == tag and (cls is None or cls in c) for t, c, _ in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        self.stack.append((tag, cls, self.cell))
        if tag == "select":
            self.stack[-1] = (tag, cls + ["#" + (a.get("id") or "")], self.cell)
        if tag == "option":
            select = next((c for t, c, _ in reversed(self.stack) if t == "select"), [])
            ids = [x[1:] for x in select if x.startswith("#") and x[1:] in self.options]
            if ids:
                self.options[ids[0]].append("")
                self.cell = (self.options[ids[0]], -1)
        if tag == "tr" and "wl-row" in cls:
            self.rows.append({k[5:]: v for k, v in a.items() if k.startswith("data-")})
        if tag == "article" and "note" in cls:
            self.note = {"anchor": a.get("id"), "heading": [""], "codes": [], "flags": [],
                         "text": [""], "marks": [], "elements": [], "suggested": [], "findings": []}
            self.notes.append(self.note)
        n = self.note
        if n is None:
            return
        if tag == "h3":
            self.cell = (n["heading"], 0)
        elif tag == "pre" and "note-text" in cls:
            self.cell = (n["text"], 0)
        elif tag == "mark" and self.inside("pre", "note-text"):
            n["marks"].append([len(n["text"][0]), None, a.get("class"), a.get("title")])
            self.open_marks.append(n["marks"][-1])
        elif tag == "p" and "codes" in cls:
            self.cell = None
        elif tag == "span" and "code" in cls and self.inside("p", "codes"):
            n["codes"].append([a.get("title") or "", "invalid" in cls, "", ""])
            self.cell = (n["codes"][-1], 2)
        elif tag == "span" and "verdict" in cls and self.inside("p", "codes"):
            self.cell = (n["codes"][-1], 3)
        elif tag == "li" and self.inside("ul", "flags"):
            n["flags"].append(["", "", "", ""])  # severity, rule, "(code): message", suggest
            self.cell = (n["flags"][-1], 2)
        elif tag == "span" and "sev" in cls and self.inside("ul", "flags"):
            self.cell = (n["flags"][-1], 0)
        elif tag == "b" and self.inside("ul", "flags"):
            self.cell = (n["flags"][-1], 1)
        elif tag == "span" and "suggest" in cls and self.inside("ul", "flags"):
            self.cell = (n["flags"][-1], 3)
        elif tag == "li" and self.inside("ul", "checklist"):
            n["elements"].append(["present" in cls, ""])
            self.cell = (n["elements"][-1], 1)
        elif tag == "p" and "suggested" in cls:
            self.cell = None
        elif tag == "span" and "code" in cls and self.inside("p", "suggested"):
            n["suggested"].append("")
            self.cell = (n["suggested"], -1)
        elif tag == "li" and self.inside("ul", "findings"):
            n["findings"].append([None, "", ""])
            self.cell = None
        elif tag == "mark" and self.inside("ul", "findings"):
            n["findings"][-1][0] = a.get("class")
            self.cell = (n["findings"][-1], 1)
        elif tag == "small" and self.inside("ul", "findings"):
            self.cell = (n["findings"][-1], 2)
        elif tag in ("h4", "aside", "ul"):
            self.cell = None

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            t, cls, before = self.stack.pop()
            if t == "mark" and self.open_marks and self.inside("pre", "note-text"):
                self.open_marks.pop()[1] = len(self.note["text"][0])
            self.cell = before
            if t == tag:
                break
        if tag == "article":
            self.note = None

    def handle_data(self, data):
        if self.cell is not None:
            target, k = self.cell
            target[k] += data


def nested(marks):
    """Marks (begin, end, class, title) as the page nests them (src/report highlight(), and
    the script's marked()): sorted by begin, the longer first; one inside another nested,
    one running past the end of the one it starts in cut there."""
    out, stack = [], []
    for b, e, cls, title in sorted(marks, key=lambda m: (m[0], -m[1])):
        while stack and stack[-1] <= b:
            stack.pop()
        if stack and e > stack[-1]:
            e = stack[-1]
        if b >= e:
            continue
        out.append((b, e, cls, title))
        stack.append(e)
    return sorted(out)


def code_points(text, utf16):
    """A UTF-16 offset into `text` (as JavaScript counts) as a code point offset."""
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def severity_rank(s):
    return {"high": 0, "medium": 1, "low": 2, "info": 3}.get(s, 4)


def data_view(data):
    """What BASE's page would have shown of the worklist and notes, from NEW's data."""
    strings, rows, notes = data["strings"], [], []
    for k, n in enumerate(data["notes"]):
        flags = data["flags"][n["f"][0]:n["f"][0] + n["f"][1]]
        worst = min((f["s"] for f in flags), key=severity_rank, default="")
        rows.append({"note": n["id"], "patient": n["pt"], "provider": n["pv"], "date": n["dt"],
                     "rules": " ".join(sorted({f["r"] for f in flags})), "severity": worst,
                     "sev-rank": str(severity_rank(worst)), "flags": str(len(flags))})
        text = data["texts"][n["t"]]
        marks = [(code_points(text, m[0]), code_points(text, m[1]), strings[m[2]], strings[m[3]])
                 for m in data["marks"][n["mk"]]]
        suggested = []
        for f in flags:
            for s in f["g"].split():
                if s not in suggested:
                    suggested.append(s)
        notes.append({
            "anchor": k,
            "heading": [n["id"], n["pt"], n["pv"], n["dt"]],
            "codes": [[c[1], not c[3], c[0], c[2]] for c in n["codes"]],
            # BASE joined a flag's suggestions with ", ", NEW's data with " ": the list is compared.
            "flags": [[f["s"], f["r"], f["c"], f["m"], f["g"].split()] for f in flags],
            "text": text,
            "marks": [list(m) for m in nested(marks)],
            "elements": [[n["el"][i] == "1", name] for i, name in enumerate(data["elements"])],
            "suggested": suggested,
            "findings": [[cls, title.split(" (")[0], title] for _, _, cls, title in marks],
        })
    return rows, notes


def base_view(page):
    """BASE's page parsed into the shape of data_view()."""
    p = BasePage()
    p.feed(page.decode("utf-8"))
    notes = []
    for n in p.notes:
        # "demo-02 patient p-101 · dr-baker · 2026-01-06 back to worklist"
        m = re.match(r"(.*?) patient (.*) \u00b7 (.*) \u00b7 (.*) back to worklist$", n["heading"][0].strip())
        flags = []
        for severity, rule, rest, suggest in n["flags"]:
            m2 = re.match(r"\s*\((.*?)\): (.*)$", rest, re.S)
            suggest = suggest.replace("Suggested:", "", 1).strip()
            flags.append([severity, rule, m2.group(1) if m2 else "?", m2.group(2).strip() if m2 else rest,
                          suggest.split(", ") if suggest else []])
        notes.append({
            "anchor": n["anchor"],
            "heading": list(m.groups()) if m else n["heading"][0],
            "codes": [[title, invalid, code, verdict] for title, invalid, code, verdict in n["codes"]],
            "flags": flags,
            "text": n["text"][0],
            "marks": sorted([b, e, cls, title] for b, e, cls, title in n["marks"]),
            "elements": [[present, name.strip().lstrip("\u2713\u2717").strip()] for present, name in n["elements"]],
            "suggested": [s.strip() for s in n["suggested"]],
            "findings": n["findings"],
        })
    return p.rows, notes, p.options


def compare_html(c, name, base_path, new_path):
    both = read_both(c, name, base_path, new_path)
    if both is None:
        return
    a, b = both
    if section(a, "runs") is None:
        b = without_runs(b)
    else:  # both have it: when and where each run was is the run's own
        a, b = run_context_out(a), run_context_out(b)
    if a == b:
        c.report(name, True, "" if section(a, "runs") is not None or section(b, "runs") is None else "without NEW's Runs section")
        return
    data = report_data(b)
    if data is not None and report_data(a) is None:
        compare_rendered(c, name, a, b, data)
        return
    # The `active` class of marks of historical_counts concepts and those concepts in the
    # timelines may differ (issue 16: findings.active), nothing else.
    concepts = "|".join(sorted(HISTORICAL_COUNTS)).encode()
    mark = re.compile(rb'(<mark class="f cat-[^"]*?)( active)?(" title="(?:' + concepts + rb') )')

    def normalise(page):
        page = mark.sub(rb"\1\3", page)
        return re.sub(rb"\b(?:" + concepts + rb")\b ?", b"", page)

    same = normalise(a) == normalise(b)
    c.report(name, same, "differs only in findings.active of historical_counts concepts" if same
             else first_difference(normalise(a), normalise(b)))


def anchors_to_notes(page, ids):
    """Links to a note (href="#note-K") written as the note they open."""
    return re.sub(rb'href="#(note-\d+)"', lambda m: b'href="#' + ids.get(m.group(1).decode(), "?").encode("utf-8") + b'"', page)


def compare_rendered(c, name, a, b, data):
    """Issue 17: BASE's server-rendered page against NEW's page and its embedded data."""
    problems = []
    for part in ("header", "footer"):
        pa = re.search(rb"<" + part.encode() + rb">.*?</" + part.encode() + rb">", a, re.S)
        pb = re.search(rb"<" + part.encode() + rb">.*?</" + part.encode() + rb">", b, re.S)
        if (pa and pa.group(0)) != (pb and pb.group(0)):
            problems.append(part)
    if section(a, "summary") != section(b, "summary"):
        problems.append("summary " + first_difference(section(a, "summary") or b"", section(b, "summary") or b""))
    rows_a, notes_a, options_a = base_view(a)
    rows_b, notes_b = data_view(data)
    base_ids = {n["anchor"]: n["heading"][0] if isinstance(n["heading"], list) else "?" for n in notes_a}
    new_ids = {f"note-{k}": n["id"] for k, n in enumerate(data["notes"])}
    pa, pb = section(a, "patients"), section(b, "patients")
    if pa is None or pb is None or anchors_to_notes(pa, base_ids) != anchors_to_notes(pb, new_ids):
        problems.append("patients " + first_difference(anchors_to_notes(pa or b"", base_ids), anchors_to_notes(pb or b"", new_ids)))
    if rows_a != rows_b:
        problems.append("worklist " + (json_difference(rows_a, rows_b) or ""))
    for k, (x, y) in enumerate(zip(notes_a, notes_b)):
        x, y = dict(x, anchor=None), dict(y, anchor=None)
        if isinstance(x["heading"], str):
            problems.append(f"note {k + 1}: heading {x['heading']!r} unread")
            break
        d = json_difference(x, y)
        if d:
            problems.append(f"note {k + 1} ({y['heading'][0]}){d}")
            break
    if len(notes_a) != len(notes_b):
        problems.append(f"{len(notes_a)} flagged notes shown in BASE, {len(notes_b)} in NEW's data")
    # The filter options, which BASE and NEW both render on the server.
    opts_b = BasePage()
    opts_b.feed(b.decode("utf-8"))
    if options_a != opts_b.options:
        problems.append("filter options " + (json_difference(options_a, opts_b.options) or ""))
    # The "truncated" line: the same numbers, in new words.
    ta = re.search(rb'<p class="truncated">.*?(\d+) most severe of (\d+)', a)
    tb = re.search(rb'<p class="truncated">.*?(\d+) most severe of (\d+)', b)
    if (ta and ta.groups()) != (tb and tb.groups()):
        problems.append("the truncated worklist's numbers")
    detail = (f"{len(rows_b)} worklist notes, {len(data['flags'])} flags from NEW's embedded data"
              if not problems else "; ".join(problems[:2]))
    c.report(name, not problems, detail)


def main():
    base, new, label = sys.argv[1], sys.argv[2], sys.argv[3]
    c = Checker(label)
    with open(f"{base}/j1.jsonl", "rb") as f:
        fields = RecordFields(f.read())
    for run in ["j1", "j2", "stdin", "brat", "db", "report", "resume", "half", "partial", "report2"]:
        compare_bytes(c, f"{run}: exit status", f"{base}/{run}.status", f"{new}/{run}.status")
        compare_stderr(c, f"{run}: standard error", f"{base}/{run}.err", f"{new}/{run}.err")
    for out in ["j1", "j2", "stdin", "db", "resume", "halfrun", "partial"]:
        compare_jsonl(c, f"{out}.jsonl", f"{base}/{out}.jsonl", f"{new}/{out}.jsonl", fields)
    compare_tree(c, "brat/", f"{base}/brat", f"{new}/brat")
    compare_db(c, "db.sqlite", f"{base}/db.sqlite", f"{new}/db.sqlite", fields)
    compare_db(c, "half.sqlite (resumed)", f"{base}/half.sqlite", f"{new}/half.sqlite", fields)
    compare_csv(c, "flags.csv", f"{base}/flags.csv", f"{new}/flags.csv")
    compare_csv(c, "flags2.csv", f"{base}/flags2.csv", f"{new}/flags2.csv")
    compare_html(c, "report.html", f"{base}/report.html", f"{new}/report.html")
    compare_html(c, "report2.html", f"{base}/report2.html", f"{new}/report2.html")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
