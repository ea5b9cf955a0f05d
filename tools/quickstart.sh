#!/usr/bin/env bash
# Quick start: installs what is missing, builds, scans the demo corpus and prints a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh dxaudit
mkdir -p build/demo
./build/dxaudit scan corpora/demo/notes.jsonl -o build/demo/audit.jsonl --summary
