#!/usr/bin/env bash
# Quick start: installs what is missing, builds, scans the demo corpus into an SQLite
# database (and JSONL), prints a summary, and renders the HTML report and CSV from it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh dxaudit
mkdir -p build/demo
rm -f build/demo/audit.sqlite build/demo/audit.sqlite-wal build/demo/audit.sqlite-shm
./build/dxaudit scan corpora/demo/notes.jsonl --db build/demo/audit.sqlite \
  -o build/demo/audit.jsonl --summary
./build/dxaudit report --db build/demo/audit.sqlite --html build/demo/report.html \
  --csv build/demo/flags.csv
echo "open build/demo/report.html in a browser to review the flagged notes"
