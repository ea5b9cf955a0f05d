#!/usr/bin/env python3
"""A minimal pure-Python NegEx-style assertion pass, the baseline that tools/bench/assert
times side by side with `dxaudit assert`.

Written for this benchmark (not a port of any NegEx package): for each row it finds the
target in the sentence, looks for negation triggers within five words before it (or a
post-trigger within three words after it) and prints one JSON line, as NegEx
implementations in Python do per sentence. It is the cost model of those tools, not a
competitor in accuracy.

Usage: negex_baseline.py FILE.tsv [MAX_ROWS]
"""
import json
import re
import sys

PRE = ["no", "not", "denies", "denied", "without", "negative for", "no evidence of",
       "no signs of", "absence of", "free of", "never", "rules out"]
POST = ["negative", "absent", "ruled out", "not present", "unlikely", "resolved"]
TERMINATE = ["but", "however", "although", "except", "which", "aside from"]


def phrase_regex(phrases):
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


PRE_RE, POST_RE, TERM_RE = phrase_regex(PRE), phrase_regex(POST), phrase_regex(TERMINATE)
WORD_RE = re.compile(r"\w+")


def negated(sentence, target):
    m = re.search(r"\s+".join(re.escape(w) for w in target.split()), sentence, re.I)
    if not m:
        return None
    before = sentence[:m.start()]
    after = sentence[m.end():]
    words_before = WORD_RE.findall(before)[-5:]
    window = " ".join(words_before)
    if PRE_RE.search(window) and not TERM_RE.search(window):
        return True
    window = " ".join(WORD_RE.findall(after)[:3])
    return bool(POST_RE.search(window))


def main():
    path = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None
    out = sys.stdout
    with open(path, encoding="utf-8", errors="replace") as f:
        header = f.readline().rstrip("\n").split("\t")
        i_id, i_t, i_s = header.index("id"), header.index("target"), header.index("sentence")
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                break
            fields = line.rstrip("\n").split("\t")
            result = negated(fields[i_s], fields[i_t])
            out.write(json.dumps({"id": fields[i_id], "found": result is not None,
                                  "negated": bool(result)}) + "\n")


if __name__ == "__main__":
    main()
