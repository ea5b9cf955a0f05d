#!/usr/bin/env python3
"""Draw a file of corpora/gold-sentences (from r40 on): sentences of the dev pool that
match a rule, printed as JSON lines with empty mentions, `random.seed(N)` for rN.

    python3 tools/gold/draw_sentences.py r40 > r40.jsonl
    python3 tools/gold/draw_sentences.py r41 > r41.jsonl

Pool: MTSamples less held-out notes, less every note of a real-note gold (any part) and
any note whose text equals one of those; one copy of each text. Sentences cut as
corpora/gold-sentences/README.md says; 25-400 characters; none drawn before.
Rules: r40, a red-flag word, and no negation or normal word, no history/hedge/plan/family
word, no exam word (those were r27, r34, r30/r35/r37); r41, r32's spine words (r32 drew
240 of its 2,041 candidates); r42, r27's rule again (a negation or normal word and a topic
word of the back, the legs or a red flag) on the sentences no file drew: denials as notes
word them, where the real-note golds' test parts are weakest; r43, r35's rule again (an
exam word and a negation or normal word) on the sentences no file drew: normal exams; r44,
r34's rule again (a history, hedge, plan or family word with a red-flag or deficit word, and
no negation or exam word): what is past, hedged, planned or another person's; r45, r37's
rule again (an exam word and no negation or normal word): abnormal exams; r46 and r47, r42's
and r44's rules on what those files left; r48 and r49, r41's and r40's; r50 and r51, r42's and r40's once more; r52, r39's (a side
word and a word of a finding that can have a side), for laterality."""
import glob, json, os, random, re, sys
name = sys.argv[1] if len(sys.argv) > 1 else "r40"
number = int(name[1:])
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = os.path.join(root, "..", "shared", "corpora")
held = set(open(f"{shared}/heldout_note_ids.txt").read().split())
gold_ids = set()
for d in glob.glob(f"{root}/corpora/gold-mtsamples*"):
    for f in glob.glob(f"{d}/*.txt"):
        gold_ids.add(os.path.basename(f)[:-4])
notes = [json.loads(l) for l in open(f"{shared}/mtsamples.jsonl")]
norm = lambda t: " ".join(t.split())
banned = {norm(n["text"]) for n in notes if n["note_id"] in held or n["note_id"] in gold_ids}
drawn = set()
for f in glob.glob(f"{root}/corpora/gold-sentences/r*.jsonl"):
    if int(os.path.basename(f)[1:-6]) >= number:  # only the files drawn before this one
        continue
    for l in open(f):
        drawn.add(norm(json.loads(l)["sentence"]))
red = re.compile(r"\b(cancer|carcinoma|malignan\w*|metasta\w*|tumou?rs?|neoplas\w*|lymphoma|leukemia|myeloma|sarcoma|melanoma|chemo\w*|radiation|radiotherapy|fevers?|febrile|chills|weight loss|lost \d+ (pounds|lbs?)|trauma\w*|falls?|fell|accident|mva|mvc|motor vehicle|collision|injur\w*|fractures?|steroids?|prednisone|immunosupp\w*|hiv|aids|transplant\w*|iv drug|intravenous drug|heroin|osteopor\w*|incontinen\w*|urinary retention|saddle|night sweats|at night)\b", re.I)
neg = re.compile(r"\b(no|not|denies|denied|deny|without|negative|none|never|normal|intact|unremarkable|symmetric|absent|wnl|free of|ruled out)\b|n't", re.I)
hedge = re.compile(r"\b(history|hx|h/o|status post|s/p|prior|previous|previously|past|plan|will|should|if|may|might|could|possible|possibly|probable|likely|rule out|r/o|consistent with|suggestive|concern|mother|father|sister|brother|son|daughter|family|aunt|uncle|grandmother|grandfather|risk|risks)\b", re.I)
spine = re.compile(r"\b(discs?|disks?|stenosis|stenotic|spondyl\w*|fractures?|lumbar|lumbosacral|l[1-5]|s1|radiculopath\w*|degenerative|herniat\w*|bulg\w*|protru\w*|extru\w*|\w*listhesis|foramin\w*|facets?|sciatica|compression|end-?plates?|modic|pars|vertebra\w*|kyphoplasty|laminectom\w*|fusion|discectom\w*)\b", re.I)
side = re.compile(r"\b(left|right|bilateral(?:ly)?|both|bilat|b/l|lt|rt|lle|rle|lue|rue|ble|bue)\b|\b[LR]\b", re.I)
sided = re.compile(r"\b(legs?|thighs?|calf|calves|foot|feet|buttocks?|sciatica|radicul\w*|numb\w*|tingl\w*|paresthes\w*|weak\w*|strength|\d/5|reflex\w*|jerks?|dtrs?|sensation|sensory|slr|tender\w*|paraspinal\w*|foramin\w*|stenosis|herniat\w*|protru\w*|extru\w*|discs?|disks?|pars|spondylolysis|fractures?|strain)\b", re.I)
topic = re.compile(r"\b(legs?|lower extremit\w*|feet|foot|thighs?|calf|calves|buttocks?|back|lumbar|spine|numb\w*|tingl\w*|paresthes\w*|weak\w*|strength|reflex\w*|dtrs?|sensation|sensory|slr|straight leg|bowel|bladder|incontinen\w*|retention|saddle|fevers?|febrile|chills|weight|cancer|malignan\w*|tumou?rs?|trauma\w*|falls?|injur\w*|fractures?|discs?|disks?|stenosis|herniat\w*|radiat\w*|radicul\w*|sciatica|gait|drugs?|steroids?|hiv|osteopor\w*)\b", re.I)
deficit = re.compile(r"\b(numb\w*|tingl\w*|weak\w*|paresthes\w*|sciatica|radiat\w*|radicul\w*)\b", re.I)
normal_exam = re.compile(r"\b(no|not|without|negative|normal|intact|symmetric\w*|equal|unremarkable|within normal limits|wnl|absent|denies|denied|grossly|nonfocal)\b|\b5/5|\b2\+", re.I)
exam = re.compile(r"\b(strength|sensation|reflex\w*|dtrs?|slr|motor|\d/5|neurologic\w*|babinski|tender\w*|range of motion|gait|palpation|spasm)\b", re.I)
cut = re.compile(r"(?<=[.;?!])\s+|,(?=[A-Z])")
seen_text = set(); cands = []
for n in notes:
    if n["note_id"] in held or n["note_id"] in gold_ids: continue
    t = n["text"]; k = norm(t)
    if k in banned or k in seen_text: continue
    seen_text.add(k)
    b = t.encode()
    pos = 0
    for piece in cut.split(t):
        i = t.find(piece, pos)
        if i < 0: continue
        pos = i + len(piece)
        s = piece.strip()
        if not (25 <= len(s) <= 400): continue
        if norm(s) in drawn: continue
        if name in ("r40", "r49", "r51"):
            if not red.search(s) or neg.search(s) or hedge.search(s) or exam.search(s): continue
        elif name in ("r41", "r48"):
            if not spine.search(s): continue
        elif name in ("r42", "r46", "r50"):
            if not neg.search(s) or not topic.search(s): continue
        elif name == "r43":
            if not exam.search(s) or not normal_exam.search(s): continue
        elif name == "r52":
            if not side.search(s) or not sided.search(s): continue
        elif name in ("r44", "r47"):
            if not hedge.search(s) or not (red.search(s) or deficit.search(s)) or neg.search(s) or exam.search(s): continue
        elif name == "r45":
            if not exam.search(s) or normal_exam.search(s): continue
        else:
            sys.exit(f"no rule {name}")
        start = t.find(s, i)
        bb = len(t[:start].encode()); be = bb + len(s.encode())
        cands.append({"note_id": n["note_id"], "begin": bb, "end": be, "sentence": s})
# one copy of each sentence
uniq = {}
for c in cands: uniq.setdefault(norm(c["sentence"]), c)
cands = list(uniq.values())
print(len(cands), "candidates", file=sys.stderr)
random.seed(number)
pick = random.sample(cands, min(240, len(cands)))
for i, c in enumerate(pick, 1):
    print(json.dumps({"item": i, **c, "mentions": []}))
