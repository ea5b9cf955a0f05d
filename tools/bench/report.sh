#!/usr/bin/env bash
# dxaudit report benchmark: every MTSamples note (4,966) given M54.50, scanned into a
# store, reported with --max-notes 0 (every flagged note in the page). Prints the HTML's
# size and how long headless Chromium takes to open it (navigation start to the worklist
# rendered, the page's own performance.now(); best of BENCH_RUNS, default 3), against the
# targets of issue 17: under 5 MB and under 2 s.
#
#   tools/bench/report.sh
#
# Needs ../shared/corpora/mtsamples.jsonl beside the checkout, chromium and node; says
# so and exits 0 when one is missing. Works in build/bench/report/ (never committed).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
corpus="$root/../shared/corpora/mtsamples.jsonl"
if [ ! -f "$corpus" ]; then
  echo "bench report: skipped: $corpus is not there" >&2
  exit 0
fi
for tool in chromium node; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench report: skipped: $tool is not installed (tools/deps.sh chromium; node from Debian)" >&2
    exit 0
  fi
done
bash tools/build.sh dxaudit >/dev/null
work="$root/build/bench/report"
mkdir -p "$work"
# Each note with M54.50 as its code (MTSamples notes carry none).
sed 's/^{/{"codes": ["M54.50"], /' "$corpus" > "$work/mtsamples-m5450.jsonl"
rm -f "$work/audit.sqlite" "$work/audit.sqlite-wal" "$work/audit.sqlite-shm"
build/dxaudit scan -q -j2 "$work/mtsamples-m5450.jsonl" --db "$work/audit.sqlite" -o /dev/null
build/dxaudit report --db "$work/audit.sqlite" --max-notes 0 --html "$work/report.html" \
  2> "$work/report.log"
head -1 "$work/report.log"
bytes=$(stat -c %s "$work/report.html")
best=""
for _ in $(seq "${BENCH_RUNS:-3}"); do
  ms=$(node tools/bench/render.js "$work/report.html" | sed -n 's/.*"ready_ms":\([0-9]*\).*/\1/p')
  if [ -z "$ms" ]; then
    echo "bench report: the page did not render (node tools/bench/render.js $work/report.html)" >&2
    exit 1
  fi
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
awk -v b="$bytes" -v ms="$best" 'BEGIN {
  printf "report HTML: %.2f MB (target < 5 MB: %s)\n", b / 1e6, (b < 5e6 ? "met" : "MISSED")
  printf "rendered in headless Chromium: %d ms (best of runs; target < 2000 ms: %s)\n", ms, (ms < 2000 ? "met" : "MISSED")
}'
