#!/usr/bin/env python3
"""Writing and checking brat gold annotations by phrase, not by offset.

  ann_tool.py find NOTE.txt PHRASE        every occurrence of PHRASE (exact, case-sensitive)
                                          with its number and the text around it
  ann_tool.py build NOTE.spec [-o NOTE.ann]
                                          turns a spec (below) into brat standoff, with
                                          character offsets into NOTE.txt (the spec's
                                          name with .txt)
  ann_tool.py check DIR [NAME ...]        validates every NAME.ann in DIR against its .txt
                                          and DIR/annotation.conf; exit 1 on any problem

A spec has one annotation a line, fields separated by TABs (blank lines and lines starting
with '#' are ignored):

  TYPE<TAB>PHRASE[<TAB>OCCURRENCE[<TAB>ATTRIBUTES]]

  TYPE        a concept or element name declared in annotation.conf
  PHRASE      the exact text of the note (case-sensitive; runs of spaces as in the note)
  OCCURRENCE  which occurrence of PHRASE in the note, counting from 1 (default 1); `find`
              prints the numbers
  ATTRIBUTES  space-separated: Negated Uncertain Historical Hypothetical Experiencer_other
              Laterality=left|right|bilateral Region=cervical|thoracic|lumbar|lumbosacral|sacral

Offsets are characters (Unicode code points), as brat counts them. Nothing here runs
dxaudit: the gold is written blind.
"""
import argparse
import os
import re
import sys

BINARY = {"Negated", "Uncertain", "Historical", "Hypothetical", "Experiencer_other"}


def read_conf(path):
    """Entity types and valued attributes {name: set(values)} from annotation.conf."""
    entities, binary, valued, section = set(), set(), {}, None
    for raw in open(path, encoding="utf-8"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if section == "entities":
            entities.add(line)
        elif section == "attributes":
            name, _, spec = line.partition("\t")
            m = re.search(r"Value:([^\s,]+)", spec)
            if m:
                valued[name.strip()] = set(m.group(1).split("|"))
            else:
                binary.add(name.strip())
    return entities, binary, valued


def conf_for(path):
    d = os.path.dirname(os.path.abspath(path))
    conf = os.path.join(d, "annotation.conf")
    if not os.path.exists(conf):
        sys.exit(f"ann_tool: {conf} is not there")
    return read_conf(conf)


def occurrences(text, phrase):
    out, start = [], 0
    while True:
        i = text.find(phrase, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def cmd_find(args):
    text = open(args.note, encoding="utf-8").read()
    occ = occurrences(text, args.phrase)
    if not occ:
        print(f"not found: {args.phrase!r}")
        return 1
    for n, i in enumerate(occ, 1):
        left = text[max(0, i - 50):i].replace("\n", " ")
        right = text[i + len(args.phrase):i + len(args.phrase) + 50].replace("\n", " ")
        print(f"{n}\t{i}\t...{left}[{args.phrase}]{right}...")
    return 0


def cmd_build(args):
    spec = args.spec
    base = spec[:-5] if spec.endswith(".spec") else spec
    txt = base + ".txt"
    text = open(txt, encoding="utf-8").read()
    entities, binary, valued = conf_for(txt)
    lines, problems, t, a = [], [], 0, 0
    for lineno, raw in enumerate(open(spec, encoding="utf-8"), 1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            problems.append(f"{spec}:{lineno}: expected TYPE<TAB>PHRASE")
            continue
        etype, phrase = fields[0].strip(), fields[1]
        nth = 1
        if len(fields) > 2 and fields[2].strip():
            if not fields[2].strip().isdigit():
                problems.append(f"{spec}:{lineno}: occurrence is a number, not {fields[2]!r}")
                continue
            nth = int(fields[2])
        attrs = fields[3].split() if len(fields) > 3 else []
        if etype not in entities:
            problems.append(f"{spec}:{lineno}: unknown type {etype!r}")
            continue
        if phrase != phrase.strip():
            problems.append(f"{spec}:{lineno}: phrase has leading or trailing spaces")
            continue
        occ = occurrences(text, phrase)
        if len(occ) < nth:
            problems.append(f"{spec}:{lineno}: {phrase!r} occurs {len(occ)} times, not {nth}")
            continue
        begin = occ[nth - 1]
        end = begin + len(phrase)
        t += 1
        lines.append(f"T{t}\t{etype} {begin} {end}\t{phrase.replace(chr(10), ' ')}")
        for attr in attrs:
            name, _, value = attr.partition("=")
            if value:
                if name not in valued or value not in valued[name]:
                    problems.append(f"{spec}:{lineno}: unknown attribute value {attr!r}")
                    continue
                a += 1
                lines.append(f"A{a}\t{name} T{t} {value}")
            else:
                if name not in binary:
                    problems.append(f"{spec}:{lineno}: unknown attribute {attr!r}")
                    continue
                a += 1
                lines.append(f"A{a}\t{name} T{t}")
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    out = args.output or base + ".ann"
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + ("\n" if lines else ""))
    print(f"{out}: {t} entities, {a} attributes")
    return 0


def check_file(ann, txt, entities, binary, valued):
    problems = []
    text = open(txt, encoding="utf-8").read()
    ids = {}
    pending = []
    for lineno, raw in enumerate(open(ann, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        where = f"{ann}:{lineno}"
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) != 3:
                problems.append(f"{where}: an entity is ID<TAB>TYPE BEGIN END<TAB>TEXT")
                continue
            tid, mid, covered = parts
            m = re.fullmatch(r"(\S+) (\d+) (\d+(?:;\d+ \d+)*)", mid)
            if not m:
                problems.append(f"{where}: malformed span {mid!r}")
                continue
            etype = m.group(1)
            if etype not in entities:
                problems.append(f"{where}: unknown type {etype!r}")
            frags = [tuple(map(int, f.split())) for f in (m.group(2) + " " + m.group(3)).split(";")]
            begin, end = frags[0][0], frags[-1][1]
            actual = " ".join(text[b:e] for b, e in frags)
            if actual.replace("\n", " ") != covered:
                problems.append(f"{where}: text {covered!r} differs from the note's {actual!r}")
            if tid in ids:
                problems.append(f"{where}: {tid} declared twice")
            ids[tid] = (etype, begin, end)
        elif line.startswith("A"):
            pending.append((where, line))
        elif line.startswith("#"):
            continue
        else:
            problems.append(f"{where}: unknown line")
    seen = {}
    for where, line in pending:
        parts = line.split("\t")
        if len(parts) != 2:
            problems.append(f"{where}: an attribute is ID<TAB>NAME TARGET[ VALUE]")
            continue
        words = parts[1].split()
        if len(words) not in (2, 3):
            problems.append(f"{where}: an attribute is ID<TAB>NAME TARGET[ VALUE]")
            continue
        name, target = words[0], words[1]
        if target not in ids:
            problems.append(f"{where}: attribute on missing entity {target}")
            continue
        if len(words) == 3:
            if name not in valued or words[2] not in valued[name]:
                problems.append(f"{where}: unknown attribute value {name} {words[2]}")
        elif name not in binary:
            problems.append(f"{where}: unknown attribute {name}")
        if (name, target) in seen:
            problems.append(f"{where}: {name} given twice to {target}")
        seen[(name, target)] = True
    return problems


def cmd_check(args):
    conf = os.path.join(args.dir, "annotation.conf")
    if not os.path.exists(conf):
        print(f"ann_tool: {conf} is not there", file=sys.stderr)
        return 1
    entities, binary, valued = read_conf(conf)
    names = args.names or sorted(f[:-4] for f in os.listdir(args.dir) if f.endswith(".txt"))
    problems, checked = [], 0
    for name in names:
        txt = os.path.join(args.dir, name + ".txt")
        ann = os.path.join(args.dir, name + ".ann")
        if not os.path.exists(txt):
            problems.append(f"{txt}: missing")
            continue
        if not os.path.exists(ann):
            problems.append(f"{ann}: missing")
            continue
        problems += check_file(ann, txt, entities, binary, valued)
        checked += 1
    for p in problems:
        print(p, file=sys.stderr)
    print(f"ann_tool check: {checked} notes, {len(problems)} problems")
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("find")
    f.add_argument("note")
    f.add_argument("phrase")
    b = sub.add_parser("build")
    b.add_argument("spec")
    b.add_argument("-o", "--output")
    c = sub.add_parser("check")
    c.add_argument("dir")
    c.add_argument("names", nargs="*")
    args = ap.parse_args()
    return {"find": cmd_find, "build": cmd_build, "check": cmd_check}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
