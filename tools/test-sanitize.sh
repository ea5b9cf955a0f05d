#!/usr/bin/env bash
# The whole ctest suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer
# (g++, RelWithDebInfo, in build-asan/). Any sanitizer report fails the test that caused it.
# CI (.ci/run) runs it after tools/test.sh; docs/robustness.md says what it costs.
# The hostile-input tests run with smaller big inputs here (tests/CMakeLists.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh chromium
jobs=$(nproc 2>/dev/null || echo 2)
if [ ! -f build-asan/CMakeCache.txt ]; then
  # -O1 -g1: line tables for the reports, and less to compile and link than -O2 -g.
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    -DDXAUDIT_SANITIZE=ON >/dev/null
fi
cmake --build build-asan -j "$jobs"
# Stop at the first report, with a stack; leaks are reported at exit.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd build-asan
ctest --output-on-failure -j "$jobs"
