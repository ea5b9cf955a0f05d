#!/usr/bin/env bash
# The review round trip with a real browser (ctest browser_clicks): the demo scanned into
# a store, its report opened in headless Chromium, two decisions made with real mouse
# clicks and typing and exported with the report's button (tests/browser/click.js), the
# downloaded CSV imported with `dxaudit review import`, and the next report: its rates,
# its flags CSV and its worklist in Chromium show them.
#
#   tests/browser/round_trip.sh DXAUDIT SOURCE_DIR
#
# Exits 77 (skipped) when chromium or node is not installed (tools/test.sh installs both
# when it can).
set -euo pipefail
dxaudit=$1
src=$2
for tool in chromium node; do
  if ! command -v "$tool" >/dev/null; then
    echo "browser_clicks: skipped: $tool is not installed (tools/deps.sh chromium nodejs)"
    exit 77
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "browser_clicks: FAILED: $*" >&2
  exit 1
}
"$dxaudit" scan -q "$src/corpora/demo/notes.jsonl" --db "$work/audit.sqlite" -o /dev/null
"$dxaudit" report --db "$work/audit.sqlite" --html "$work/report.html" 2>/dev/null
mkdir "$work/downloads"
out=$(node "$src/tests/browser/click.js" "$work/report.html" "$work/downloads") || fail "$out"
echo "click.js: $out"
case "$out" in *'"review":"agree"'*) ;; *) fail "demo-09's row does not show the decision: $out" ;; esac
csv="$work/downloads/decisions.csv"
[ -f "$csv" ] || fail "no decisions.csv was downloaded"
cat "$csv"
# The download is the CSV review import reads: CRLF, the comment's formula made safe.
printf 'note_id,encounter_id,rule,code,evidence_begin,evidence_end,decision,reviewer,comment,decided_at\r\n' |
  cmp -s - <(head -1 "$csv") || fail "unexpected header"
grep -q '^demo-09,e-1009,M5450_UNSUPPORTED_RADICULAR,M54.50,105,130,agree,ana,"numb foot, L5",20[0-9-]*T[0-9:]*Z'$'\r''$' "$csv" ||
  fail "demo-09's decision is not in the download"
grep -q "^demo-02,e-1002,M5450_UNSUPPORTED_RADICULAR,M54.50,[0-9]*,[0-9]*,false_positive,ana,'=no radicular sign," "$csv" ||
  fail "demo-02's decision is not in the download"
imported=$("$dxaudit" review import --db "$work/audit.sqlite" "$csv" 2>&1) || fail "$imported"
echo "$imported"
case "$imported" in *"2 new, 0 changed, 0 as stored"*) ;; *) fail "$imported" ;; esac
"$dxaudit" report --db "$work/audit.sqlite" --html "$work/report2.html" --csv "$work/flags.csv" \
  --csv-rates "$work/rates.csv" 2>/dev/null
# Rates: the radicular rule has 1 agree and 1 false positive: reviewed precision 0.5.
grep -q '^rule,M5450_UNSUPPORTED_RADICULAR,.*,4,1,1,0,0.5000'$'\r''$' "$work/rates.csv" ||
  fail "rates: $(grep M5450_UNSUPPORTED_RADICULAR "$work/rates.csv")"
grep -q ',numbness in the left foot,105,130,agree'$'\r''$' "$work/flags.csv" ||
  fail "the flags CSV does not show demo-09's decision"
# The next report, in a browser that never saw the decisions: the worklist shows them.
# (A here-string, not `echo | grep -q`: grep -q stops at the first match, echo then dies of
# SIGPIPE on the rest of the page, and pipefail called that a failure.)
dom=$(node "$src/tests/browser/dom.js" "$work/report2.html") || fail "$dom"
grep -q 'data-note="demo-09" data-rule="M5450_UNSUPPORTED_RADICULAR" data-severity="high" data-review="agree"' <<<"$dom" ||
  fail "the next report's worklist does not show demo-09's decision"
grep -q 'data-note="demo-02" data-rule="M5450_UNSUPPORTED_RADICULAR" data-severity="high" data-review="false_positive"' <<<"$dom" ||
  fail "the next report's worklist does not show demo-02's decision"
echo "browser_clicks: ok"
