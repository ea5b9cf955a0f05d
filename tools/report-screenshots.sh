#!/usr/bin/env bash
# The screenshots of docs/report.md, from the demo corpus: the worklist
# (docs/images/report-worklist.png) and a flagged note opened from it, scrolled to its
# evidence (docs/images/report-note.png). Needs chromium (tools/deps.sh chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh dxaudit >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/dxaudit scan -q corpora/demo/notes.jsonl --db "$work/audit.sqlite" -o /dev/null
build/dxaudit report --db "$work/audit.sqlite" --html "$work/report.html" 2>/dev/null
mkdir -p docs/images
# A copy of the report whose extra script, once the worklist is rendered, hides the
# sections above what is shown ($1: JavaScript run first).
shot() {
  local name=$1 js=$2 size=$3
  sed "s#</body>#<script>document.addEventListener('dxaudit-ready', function () { $js });</script></body>#" \
    "$work/report.html" > "$work/$name.html"
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$work/profile-$name" --virtual-time-budget=10000 --window-size="$size" \
    --screenshot="docs/images/report-$name.png" "file://$work/$name.html" 2>/dev/null
}
shot worklist "['summary', 'rates', 'notes', 'patients', 'runs'].forEach(function (id) { document.getElementById(id).hidden = true; }); document.querySelector('header').hidden = true;" 1280,760
shot note "var r = document.querySelector('tr.wl-row[data-note=\"demo-02\"][data-rule=\"M5450_UNSUPPORTED_RADICULAR\"]'); r.click(); ['summary', 'rates', 'worklist-section', 'patients', 'runs'].forEach(function (id) { document.getElementById(id).hidden = true; }); document.querySelector('header').hidden = true; window.scrollTo(0, 0);" 1280,900
ls -la docs/images/report-worklist.png docs/images/report-note.png
