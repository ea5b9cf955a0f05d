#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every ctest test.
# Exits non-zero on any failure. This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
# The browser test renders the demo report in headless Chromium.
bash tools/deps.sh chromium
bash tools/build.sh
cd build
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
