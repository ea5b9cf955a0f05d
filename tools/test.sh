#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every ctest test.
# Exits non-zero on any failure. This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
# The browser tests render the demo report in headless Chromium; browser_clicks drives it
# with node (tests/browser/click.js) and is skipped when node cannot be installed.
bash tools/deps.sh chromium
if ! command -v node >/dev/null && ! bash tools/deps.sh nodejs; then
  echo "dxaudit: nodejs not installed: the browser_clicks test will be skipped" >&2
fi
bash tools/build.sh
# The fuzz targets (build-fuzz/, for the fuzz_smoke test) need clang-14 and libFuzzer;
# without them (not installable here, or DXAUDIT_NO_FUZZ=1) fuzz_smoke is skipped.
if [ "${DXAUDIT_NO_FUZZ:-0}" != 1 ]; then
  if bash tools/deps.sh clang-14 libclang-rt-14-dev; then
    bash tools/fuzz.sh --build
  else
    echo "dxaudit: clang-14/libFuzzer not installed: the fuzz smoke test will be skipped" >&2
  fi
fi
cd build
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
