#!/usr/bin/env bash
# Shows that two dxaudit builds write the same outputs: every scan output (JSONL at -j1 and
# -j2, brat, the --db store, --resume runs whole and partial, the summaries and
# reconciliation lines on standard error, exit statuses) and the report rendered from the
# store (HTML and CSV), on corpora/demo, corpora/audit (with its claims) and, when it is
# beside the checkout, ../shared/corpora/mtsamples.jsonl.
#
#   tools/check-identical.sh BASE [NEW]
#
# BASE is a dxaudit binary or a git commit (built once, Release, in build/identity/BASE/);
# NEW is a dxaudit binary (default: build/dxaudit). Outputs go to build/identity/out/.
# The only differences allowed are the ones the typed-results change (issue 16) made on
# purpose, each checked, not ignored (tools/check_identical.py says how):
#   - each finding of NEW's JSONL records has an "active" field after "experiencer";
#   - NEW's store keeps --resume data in a table of its own (schema version 3), not in
#     notes.parts;
#   - findings.active in the store follows the one definition of src/evidence, which the
#     old store's own copy got wrong for `historical_counts` concepts mentioned as current
#     (and the HTML report shows those findings as active accordingly);
# and the ones issue 14 (nothing overwritten, nothing silent) made:
#   - standard error may have the new account lines (error records by kind, notes without
#     a code, skipped files; the report's runs line);
#   - the store is schema version 4 (a runs table, checkpoints keyed on version and data,
#     notes.hash covering joined claim codes), the HTML report has a Runs section.
# Exits 0 when everything else is byte-identical, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ $# -lt 1 ]; then
  sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'
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
    git worktree add --detach "$tree" "$commit" >/dev/null
    cmake -S "$tree" -B "$tree/build" -DCMAKE_BUILD_TYPE=Release -DDXAUDIT_TESTS=OFF >/dev/null
    cmake --build "$tree/build" -j "$(nproc 2>/dev/null || echo 2)" --target dxaudit >/dev/null
  fi
  base=$tree/build/dxaudit
fi
[ -x "$new" ] || { echo "check-identical: no binary $new (build it first)" >&2; exit 2; }

corpora=(demo audit)
[ -f "$root/../shared/corpora/mtsamples.jsonl" ] && corpora+=(mtsamples)

# Every output of one binary on one corpus, in directory $3.
outputs() {
  local bin=$1 corpus=$2 dir=$3 input extra=()
  case $corpus in
    demo) input=$root/corpora/demo/notes.jsonl ;;
    audit) input=$root/corpora/audit/notes.jsonl
           extra=(--claims "$root/corpora/audit/claims.csv") ;;
    mtsamples) input=$root/../shared/corpora/mtsamples.jsonl ;;
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
  run stdin sh -c "cat '$input' | '$bin' scan -j2 - $(printf "'%s' " "${extra[@]}") > stdin.jsonl"
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
