#!/usr/bin/env python3
"""Chooses the MTSamples notes of the real-note gold corpus (corpora/gold-mtsamples).

The procedure, so that anyone can repeat it and get the same notes:

1. Read ../shared/corpora/mtsamples.jsonl. MTSamples files one transcription under several
   specialties; notes with the same text are one note, named by the first note_id that
   carries it, and known under every specialty that files it.
2. Drop every note listed in ../shared/corpora/heldout_note_ids.txt, and every note whose
   text is the text of a held-out note (the same note under another id).
3. Give each note a topic: the spinal region (lumbar, cervical, thoracic) whose terms
   occur most often, when they occur often enough; else the first that applies of
   hip_knee_leg, fh_cancer, preop and a template (emg, ime, rehab, er, imaging,
   pain_procedure, discharge, progress, operative, consult, other), both by the regular
   expressions below over its title, specialties and text. Notes with no topic are not
   candidates before round 4, which draws them as the topic `general`.
4. For each (topic, template) stratum, in sorted order, sort the candidates by note_id
   number and draw QUOTAS[stratum] of them (all when there are fewer) with
   random.Random(SEED + stratum name).
5. Split by a hash of the note id: a note is in the test part when the SHA-256 of its
   note_id, read as a big-endian integer, is divisible by 3; else in the dev part.

Round 2 (--round 2, corpora/gold-mtsamples-r2): the same procedure over the notes round 1
did not choose (by text), with QUOTAS_ROUND2: what is left of the lumbar notes (operative and
pain procedure notes, all of them) and more confusers (cervical, hip, knee and leg notes,
family histories of cancer, pre-operative histories), drawn with the seed SEED + 2.

Round 3 (--round 3, corpora/gold-mtsamples-r3): the same procedure over the notes rounds 1
and 2 did not choose (by text), with QUOTAS_ROUND3 (the leg, hip and knee notes left, the
cervical notes outside the operating room, a few family histories of cancer and
pre-operative histories), drawn with the seed SEED + 3.

Round 4 (--round 4, corpora/gold-mtsamples-r4): the notes with no topic of step 3, the
topic `general` (histories and physicals, ER visits, discharge summaries, progress notes
about anything but the spine and the legs), drawn the same way from what rounds 1 to 3 left
with QUOTAS_ROUND4 and the seed SEED + 4, among the notes of at most MAX_CHARS_FROM_ROUND4
characters. Their reviews of systems, past histories and social histories are where a
back note's red flags are written too (fever, weight loss, cancer, immunosuppression, drug
use, bowel and bladder), in the same templates, by the same dictating hands.

Round 5 (--round 5, corpora/gold-mtsamples-r5): what rounds 1 to 4 left of the spinal and
leg notes, which is operative notes (cervical, hip, knee and leg), and of the family
histories of cancer, drawn from the notes rounds 1 to 4 did not choose with QUOTAS_ROUND5 and
the seed SEED + 5, among the notes of at most MAX_CHARS_FROM_ROUND4 characters. An operative
note's indications and narrative tell discs, stenoses and roots the way the lumbar operative
notes of the held-out parts do.

Round 6 (--round 6, corpora/gold-mtsamples-r6): the same strata again, what round 5 left of
them (every cervical operative note and family history of cancer left, and hip, knee and leg
operative notes), with QUOTAS_ROUND6 and the seed SEED + 6, at most MAX_CHARS_FROM_ROUND4
characters.

Usage:
  tools/gold/select_mtsamples.py --list            # print the selection (TSV)
  tools/gold/select_mtsamples.py --write DIR       # also write DIR/NOTE.txt and DIR/parts.tsv
  tools/gold/select_mtsamples.py --round 2 --write corpora/gold-mtsamples-r2
  tools/gold/select_mtsamples.py --round 3 --write corpora/gold-mtsamples-r3
  tools/gold/select_mtsamples.py --round 4 --write corpora/gold-mtsamples-r4
  tools/gold/select_mtsamples.py --round 5 --write corpora/gold-mtsamples-r5
  tools/gold/select_mtsamples.py --round 6 --write corpora/gold-mtsamples-r6
"""
import argparse
import collections
import hashlib
import json
import os
import random
import re
import sys

SEED = 20261203
HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpora"))

# Notes to draw per (topic, template). The lumbar strata of the templates an auditor reads
# most (consults, progress notes, rehab, ER, IME, EMG, imaging, discharge) are taken whole;
# long procedure notes are sampled; the confusers (other spinal regions, hip, knee and
# leg notes, family history of cancer, pre-operative histories) are spread over their
# templates. 152 notes are about the spine or the legs; 14 are the last two confusers.
QUOTAS = {
    ("lumbar", "consult"): 33, ("lumbar", "progress"): 9, ("lumbar", "rehab"): 2,
    ("lumbar", "er"): 10, ("lumbar", "ime"): 1, ("lumbar", "emg"): 4,
    ("lumbar", "imaging"): 9, ("lumbar", "discharge"): 3, ("lumbar", "other"): 3,
    ("lumbar", "operative"): 14, ("lumbar", "pain_procedure"): 12,
    ("cervical", "consult"): 5, ("cervical", "er"): 3, ("cervical", "imaging"): 4,
    ("cervical", "operative"): 4, ("cervical", "pain_procedure"): 2, ("cervical", "progress"): 2,
    ("cervical", "emg"): 1, ("cervical", "discharge"): 1,
    ("thoracic", "imaging"): 1, ("thoracic", "operative"): 1,
    ("hip_knee_leg", "consult"): 8, ("hip_knee_leg", "discharge"): 2, ("hip_knee_leg", "er"): 2,
    ("hip_knee_leg", "imaging"): 2, ("hip_knee_leg", "ime"): 2, ("hip_knee_leg", "operative"): 4,
    ("hip_knee_leg", "progress"): 3, ("hip_knee_leg", "rehab"): 3, ("hip_knee_leg", "emg"): 1,
    ("hip_knee_leg", "pain_procedure"): 1,
    ("fh_cancer", "consult"): 5, ("fh_cancer", "progress"): 2, ("fh_cancer", "operative"): 1,
    ("preop", "operative"): 4, ("preop", "other"): 1, ("preop", "er"): 1,
}

# Round 2: the lumbar notes round 1 left (all), and confusers spread over their templates.
QUOTAS_ROUND2 = {
    ("lumbar", "operative"): 10, ("lumbar", "pain_procedure"): 10,
    ("cervical", "consult"): 2, ("cervical", "er"): 1, ("cervical", "imaging"): 4,
    ("cervical", "operative"): 3, ("cervical", "progress"): 3, ("cervical", "pain_procedure"): 2,
    ("hip_knee_leg", "consult"): 10, ("hip_knee_leg", "discharge"): 3, ("hip_knee_leg", "progress"): 3,
    ("hip_knee_leg", "imaging"): 2, ("hip_knee_leg", "ime"): 2, ("hip_knee_leg", "rehab"): 2,
    ("hip_knee_leg", "operative"): 3,
    ("fh_cancer", "consult"): 8, ("fh_cancer", "progress"): 2,
    ("preop", "operative"): 4, ("preop", "other"): 2,
}

# Round 3: what rounds 1 and 2 left of the notes about the legs and the other spinal
# regions (the lumbar notes are all taken), with a few family histories of cancer and
# pre-operative histories: the confusers a low back audit meets in a clinic's export.
QUOTAS_ROUND3 = {
    ("hip_knee_leg", "consult"): 10, ("hip_knee_leg", "discharge"): 4, ("hip_knee_leg", "progress"): 2,
    ("hip_knee_leg", "imaging"): 2, ("hip_knee_leg", "emg"): 1, ("hip_knee_leg", "er"): 1,
    ("hip_knee_leg", "pain_procedure"): 1, ("hip_knee_leg", "operative"): 2,
    ("cervical", "imaging"): 3, ("cervical", "discharge"): 1, ("cervical", "rehab"): 1,
    ("cervical", "pain_procedure"): 1, ("cervical", "operative"): 2,
    ("fh_cancer", "consult"): 5, ("fh_cancer", "progress"): 1,
    ("preop", "progress"): 2, ("preop", "er"): 1,
}

# Round 4: notes about none of the topics below, in the templates with a review of systems
# and a past history. Capped in length so that four annotators can read ten notes each in
# full in one sitting.
QUOTAS_ROUND4 = {
    ("general", "consult"): 12, ("general", "er"): 8, ("general", "discharge"): 8,
    ("general", "progress"): 8, ("general", "other"): 4,
}
MAX_CHARS_FROM_ROUND4 = 6000

# Round 5: the operative notes of the other spinal regions and of the legs, and the family
# histories of cancer, that rounds 1 to 4 left.
QUOTAS_ROUND5 = {
    ("cervical", "operative"): 24, ("hip_knee_leg", "operative"): 8, ("fh_cancer", "consult"): 8,
}
QUOTAS_ROUND6 = {
    ("cervical", "operative"): 14, ("hip_knee_leg", "operative"): 13, ("fh_cancer", "consult"): 13,
}

# A note's topic is the first region whose terms occur at least MIN_HITS times in it, so
# that a passing "low back" in a review of systems does not make a note about the back.
TOPICS = [
    ("lumbar", 2, r"lumbar|low back|lower back|lumbosacral|sciatica|\bL[1-5]-(?:L?[1-5]|S1)\b|\bL[1-5]\b|"
                  r"\bS1\b|straight leg|\bSLR\b|leg pain|back pain|lumbago|spondylolisthesis"),
    ("cervical", 3, r"cervical|neck pain|\bC[2-7]-C?[3-7]\b|myelopathy"),
    ("thoracic", 3, r"thoracic spine|\bT\d{1,2}-T?\d{1,2}\b|thoracic (?:dis[ck]|compression|vertebra)"),
    ("hip_knee_leg", 3, r"\bhip\b|\bknee\b|leg pain|foot drop|neuropathy|claudication|\bsciatic\b|ankle"),
    ("fh_cancer", 1, r"family history[^.]{0,120}(?:cancer|carcinoma|malignan)"),
]


def topic(note):
    # The spinal regions compete: the one named most often wins (a cervical fusion note
    # that mentions "lumbar" once is cervical).
    best, best_hits = None, 0
    for name, min_hits, pattern in TOPICS[:3]:
        hits = len(re.findall(pattern, note["text"], re.I))
        if hits >= min_hits and hits > best_hits:
            best, best_hits = name, hits
    if best:
        return best
    for name, min_hits, pattern in TOPICS[3:]:
        if len(re.findall(pattern, note["text"], re.I)) >= min_hits:
            return name
    if re.search(r"pre-?operative|preop", note["title"] + " " + note["text"][:300], re.I):
        return "preop"
    return None


def template(note):
    specs, title, text = note["specialties"], note["title"].lower(), note["text"]
    if re.search(r"emg|nerve conduction", title):
        return "emg"
    if "IME-QME-Work Comp etc." in specs:
        return "ime"
    if specs & {"Physical Medicine - Rehab", "Chiropractic"} or re.search(r"physical therapy|chiropractic", title):
        return "rehab"
    if "Emergency Room Reports" in specs:
        return "er"
    if "Radiology" in specs and re.search(r"mri|ct |x-ray|xray|radiograph|myelogram|scan|imaging", title + " "):
        return "imaging"
    if "Pain Management" in specs:
        return "pain_procedure"
    if "Discharge Summary" in specs:
        return "discharge"
    if specs & {"SOAP / Chart / Progress Notes", "Office Notes"} or re.search(r"progress|follow", title):
        return "progress"
    if re.search(r"PROCEDURE|OPERATION|OPERATIVE", text) and "Surgery" in specs:
        return "operative"
    if specs & {"Consult - History and Phy.", "Orthopedic", "Neurosurgery", "Neurology", "General Medicine", "Rheumatology"}:
        return "consult"
    return "other"


def part(note_id):
    return "test" if int(hashlib.sha256(note_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def id_number(note_id):
    return int(note_id.split("-")[-1])


def load(shared):
    held = set()
    for line in open(os.path.join(shared, "heldout_note_ids.txt")):
        line = line.strip()
        if line and not line.startswith("#"):
            held.add(line)
    by_text = collections.OrderedDict()
    for line in open(os.path.join(shared, "mtsamples.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        by_text.setdefault(r["text"], []).append(r)
    notes = []
    for text, records in by_text.items():
        if any(r["note_id"] in held for r in records):
            continue
        notes.append({"note_id": records[0]["note_id"], "title": records[0]["title"],
                      "specialties": {r["specialty"] for r in records}, "text": text})
    return notes


def select(notes, quotas=QUOTAS, seed=SEED):
    strata = collections.defaultdict(list)
    for n in notes:
        # "general" is no topic of step 3: only round 4's quotas name it.
        strata[(topic(n) or "general", template(n))].append(n)
    chosen = []
    for key in sorted(quotas):
        pool = sorted(strata.get(key, []), key=lambda n: id_number(n["note_id"]))
        rng = random.Random(f"{seed}:{key[0]}:{key[1]}")
        take = pool if len(pool) <= quotas[key] else rng.sample(pool, quotas[key])
        for n in sorted(take, key=lambda n: id_number(n["note_id"])):
            chosen.append((key, n))
    return chosen


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=SHARED, help="the ../shared/corpora folder")
    ap.add_argument("--list", action="store_true", help="print the selection as TSV")
    ap.add_argument("--write", metavar="DIR", help="write NOTE.txt files and parts.tsv into DIR")
    ap.add_argument("--round", type=int, default=1, choices=(1, 2, 3, 4, 5, 6), help="the selection round")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.shared, "mtsamples.jsonl")):
        sys.exit(f"select_mtsamples: {args.shared}/mtsamples.jsonl is not there")
    notes = load(args.shared)
    chosen = select(notes)
    # An earlier round's notes, and any other note with their text, are out of the draw.
    for later_round, quotas in ((2, QUOTAS_ROUND2), (3, QUOTAS_ROUND3), (4, QUOTAS_ROUND4),
                                 (5, QUOTAS_ROUND5), (6, QUOTAS_ROUND6)):
        if args.round < later_round:
            break
        taken = {n["text"] for _, n in chosen}
        notes = [n for n in notes if n["text"] not in taken]
        if later_round >= 4:
            notes = [n for n in notes if len(n["text"]) <= MAX_CHARS_FROM_ROUND4]
        chosen = select(notes, quotas, SEED + later_round)
    rows = [(n["note_id"], part(n["note_id"]), key[0], key[1], "; ".join(sorted(n["specialties"])), n["title"])
            for key, n in chosen]
    if args.list or not args.write:
        for r in rows:
            print("\t".join(r))
    if args.write:
        os.makedirs(args.write, exist_ok=True)
        for key, n in chosen:
            with open(os.path.join(args.write, n["note_id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(n["text"])
        with open(os.path.join(args.write, "parts.tsv"), "w", encoding="utf-8") as f:
            f.write("# note\tpart\ttopic\ttemplate\tspecialties\ttitle (tools/gold/select_mtsamples.py)\n")
            for r in sorted(rows, key=lambda r: id_number(r[0])):
                f.write("\t".join(r) + "\n")
    print(f"select_mtsamples: {len(rows)} notes, {sum(r[1] == 'dev' for r in rows)} dev, "
          f"{sum(r[1] == 'test' for r in rows)} test", file=sys.stderr)


if __name__ == "__main__":
    main()
