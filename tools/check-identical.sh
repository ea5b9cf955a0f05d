#!/usr/bin/env bash
# Shows that two dxaudit builds write the same outputs: every scan output (JSONL at -j1 and
# -j2, brat, the --db store, --resume runs whole and partial, the summaries and
# reconciliation lines on standard error, exit statuses) and the report rendered from the
# store (HTML and CSV), on corpora/demo, corpora/audit (with its claims) and, when it is
# beside the checkout, ../shared/corpora/mtsamples.jsonl.
#
#   tools/check-identical.sh BASE [NEW [CORPUS...]]
#
# BASE is a dxaudit binary or a git commit (built once, Release, in build/identity/BASE/);
# NEW is a dxaudit binary (default: build/dxaudit). CORPUS is demo, audit, gold (the
# .txt notes of corpora/gold as JSONL) or mtsamples (default: demo audit, and mtsamples
# when ../shared is there). Outputs go to build/identity/out/.
# The only differences allowed are additions later issues made on purpose, each checked,
# not ignored, and each only where BASE lacks it (tools/check_identical.py says how):
#   - issue 16 (typed results): findings' "active" field; --resume data in a checkpoints
#     table, not notes.parts; findings.active by the one definition of src/evidence;
#   - issue 14 (nothing overwritten, nothing silent): the account lines on standard error,
#     the runs table (schema 4) and the report's Runs section;
#   - issue 13 (regions): findings' "region" field, store column and brat attribute;
#   - issue 17 (the auditor's worklist): store schema 5 (tables reviews, review_history;
#     flags' title and evidence columns), the flags CSV's columns after the first nine, and
#     the HTML report rendered from embedded compressed data (what the old page showed of
#     the worklist and the notes must be what the data says);
#   - store schema 6: reviews.code and review_history.code (a review decision keyed on its
#     flag's code too).
# An added value that does not read back (an unknown region, a title that is not the
# model's, a review decision after scans), or any changed value, is a difference.
# Exits 0 when everything else is byte-identical, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ $# -lt 1 ]; then
  sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
base=$1
new=${2:-$root/build/dxaudit}
work=$root/build/identity
mkdir -p "$work"

if [ ! -x "$base" ]; then
  commit=$(git rev-parse --verify "$base^{commit}")
  tree=$work/$commit
  if [ ! -x "$tree/build/dxaudit" ]; then
    rm -rf "$tree"
    # The commit's files, not a worktree: nothing is added to the repository's own records.
    mkdir -p "$tree"
    git archive "$commit" | tar -x -C "$tree"
    cmake -S "$tree" -B "$tree/build" -DCMAKE_BUILD_TYPE=Release -DDXAUDIT_TESTS=OFF >/dev/null
    cmake --build "$tree/build" -j "$(nproc 2>/dev/null || echo 2)" --target dxaudit >/dev/null
  fi
  base=$tree/build/dxaudit
fi
[ -x "$new" ] || { echo "check-identical: no binary $new (build it first)" >&2; exit 2; }
# The runs below work in their output directories: the binaries by absolute path.
base=$(realpath "$base")
new=$(realpath "$new")

corpora=("${@:3}")
if [ ${#corpora[@]} -eq 0 ]; then
  corpora=(demo audit)
  [ -f "$root/../shared/corpora/mtsamples.jsonl" ] && corpora+=(mtsamples)
fi
# corpora/gold's notes as JSONL (note_id: the file's stem), for both builds alike.
gold_jsonl() {
  python3 - "$root/corpora/gold" "$1" <<'PY'
import json, os, sys
folder, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as t:
                f.write(json.dumps({"note_id": name[:-4], "text": t.read()}) + "\n")
PY
}

# Every output of one binary on one corpus, in directory $3.
outputs() {
  local bin=$1 corpus=$2 dir=$3 input extra=()
  case $corpus in
    demo) input=$root/corpora/demo/notes.jsonl ;;
    audit) input=$root/corpora/audit/notes.jsonl
           extra=(--claims "$root/corpora/audit/claims.csv") ;;
    mtsamples) input=$root/../shared/corpora/mtsamples.jsonl ;;
    gold) input=$work/gold.jsonl
          gold_jsonl "$input" ;;
    *) echo "check-identical: no corpus '$corpus' (demo, audit, gold, mtsamples)" >&2
       exit 2 ;;
  esac
  rm -rf "$dir"
  mkdir -p "$dir"
  # Runs a command, keeping its standard error and exit status beside its outputs.
  run() {
    local name=$1
    shift
    set +e
    (cd "$dir" && "$@" 2>"$name.err")
    echo $? >"$dir/$name.status"
    set -e
  }
  run j1 "$bin" scan -j1 --summary "$input" "${extra[@]}" -o j1.jsonl
  run j2 "$bin" scan -j2 --summary "$input" "${extra[@]}" -o j2.jsonl
  # (The options quoted one by one; none at all for a corpus without claims, where an
  # empty '' would be read as an input named "".)
  local quoted=""
  [ ${#extra[@]} -gt 0 ] && quoted=$(printf "'%s' " "${extra[@]}")
  run stdin sh -c "cat '$input' | '$bin' scan -j2 - $quoted > stdin.jsonl"
  run brat "$bin" scan -j2 --summary --format brat "$input" "${extra[@]}" -o brat
  run db "$bin" scan -j2 --summary "$input" "${extra[@]}" --db db.sqlite -o db.jsonl
  run report "$bin" report --db db.sqlite --html report.html --csv flags.csv
  run resume "$bin" scan -j2 --summary "$input" "${extra[@]}" --db db.sqlite --resume \
    -o resume.jsonl
  # Half the notes stored first: a resumed run that analyses the other half, with the
  # longitudinal review across both.
  head -n "$(($(wc -l <"$input") / 2))" "$input" >"$dir/half.jsonl"
  run half "$bin" scan -j1 half.jsonl "${extra[@]}" --db half.sqlite -o halfrun.jsonl
  run partial "$bin" scan -j2 --summary "$input" "${extra[@]}" --db half.sqlite --resume \
    -o partial.jsonl
  run report2 "$bin" report --db half.sqlite --html report2.html --csv flags2.csv
  rm -f "$dir/half.jsonl"
}

status=0
for corpus in "${corpora[@]}"; do
  outputs "$base" "$corpus" "$work/out/base/$corpus"
  outputs "$new" "$corpus" "$work/out/new/$corpus"
  python3 "$root/tools/check_identical.py" "$work/out/base/$corpus" "$work/out/new/$corpus" \
    "$corpus" || status=1
done
if [ $status -eq 0 ]; then
  echo "check-identical: identical apart from the changes listed in $0"
else
  echo "check-identical: DIFFERENCES (outputs in $work/out)" >&2
fi
exit $status
