#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every ctest test.
# Exits non-zero on any failure. This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh
cd build
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
