#!/usr/bin/env bash
# libFuzzer runs (docs/fuzzing.md). Needs clang-14 and libFuzzer (libclang-rt-14-dev).
#
#   tools/fuzz.sh [SECONDS] [TARGET...]   build build-fuzz/, then run each target (default
#                                         all) for SECONDS (default 600) over its seeds
#   tools/fuzz.sh --build                 configure and build build-fuzz/ only (incremental)
#   tools/fuzz.sh --smoke [RUNS [SECS]]   run each built target RUNS inputs (default 2000)
#                                         or SECS seconds (default 10), whichever comes
#                                         first, over its seeds; exit 77 when there is no
#                                         fuzz build or no clang/libFuzzer (ctest: skipped)
#
# Environment: FUZZ_PARALLEL (targets run at once, default 2), FUZZ_MAX_LEN (default
# 65536), FUZZ_KEEP_GOING=1 (fork mode: record a crash and go on instead of stopping).
# Crashes go to build-fuzz/crashes/TARGET/, the growing corpus to build-fuzz/corpus/TARGET/,
# logs to build-fuzz/logs/TARGET.log and one line per run to build-fuzz/logs/summary.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=$root/build-fuzz
all_targets=(fuzz_jsonl fuzz_csv fuzz_fhir fuzz_text fuzz_lexicon fuzz_models fuzz_analyze
  fuzz_side_inputs)

have_libfuzzer() {
  command -v clang++-14 >/dev/null 2>&1 || return 1
  local probe
  probe=$(mktemp -d)
  echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' \
    >"$probe/p.cpp"
  clang++-14 -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" >/dev/null 2>&1
  local rc=$?
  rm -rf "$probe"
  return $rc
}

build() {
  if [ ! -f "$out/CMakeCache.txt" ]; then
    CXX=clang++-14 cmake -S . -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDXAUDIT_FUZZ=ON \
      -DDXAUDIT_TESTS=OFF >/dev/null
  fi
  cmake --build "$out" -j "$(nproc 2>/dev/null || echo 2)" --target fuzz_targets
}

# Seeds: a few hand-made files from tests/fuzz/seeds/, the rest cut from corpora/, lexicons/
# and models/ (regenerated every run, never committed).
make_seeds() {
  local s=$out/seeds
  rm -rf "$s"
  mkdir -p "$s"/{fuzz_jsonl,fuzz_csv,fuzz_fhir,fuzz_text,fuzz_lexicon,fuzz_models,fuzz_analyze,fuzz_side_inputs}
  cp tests/fuzz/seeds/jsonl/* corpora/demo/notes.jsonl "$s/fuzz_jsonl/"
  cp corpora/audit/expected.jsonl "$s/fuzz_jsonl/audit_expected.jsonl"
  split -l 6 corpora/audit/notes.jsonl "$s/fuzz_jsonl/audit_notes_"
  gzip -c corpora/demo/notes.jsonl >"$s/fuzz_jsonl/demo.jsonl.gz"
  if command -v zstd >/dev/null; then
    zstd -q -c corpora/demo/notes.jsonl >"$s/fuzz_jsonl/demo.jsonl.zst"
  fi

  cp tests/fuzz/seeds/csv/* corpora/audit/claims.csv "$s/fuzz_csv/"
  local f id i=0
  {
    echo "note_id,encounter_date,codes,text"
    for f in corpora/gold/g0*.txt; do
      id=$(basename "$f" .txt)
      printf '%s,2026-01-%02d,M54.50,"%s"\n' "$id" $((i % 28 + 1)) "$(sed 's/"/""/g' "$f")"
      i=$((i + 1))
    done
  } >"$s/fuzz_csv/gold.csv"

  cp tests/fuzz/seeds/fhir/* "$s/fuzz_fhir/"
  {
    for f in corpora/gold/g1*.txt; do
      id=$(basename "$f" .txt)
      printf '{"resourceType":"DocumentReference","id":"%s","subject":{"reference":"Patient/p1"},' "$id"
      printf '"date":"2026-01-05T10:00:00Z","context":{"event":[{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"M54.50"}]}]},'
      printf '"content":[{"attachment":{"contentType":"text/plain","data":"%s"}}]}\n' "$(base64 -w0 "$f")"
    done
  } >"$s/fuzz_fhir/gold.ndjson"

  for f in corpora/gold/*.txt corpora/gold-heldout/*.txt tests/fuzz/seeds/text/*; do
    cp "$f" "$s/fuzz_text/"
    cp "$f" "$s/fuzz_analyze/"
  done
  for f in lexicons/*.lex lexicons/findings/*.lex; do
    cp "$f" "$s/fuzz_lexicon/$(echo "${f#lexicons/}" | tr / _)"
  done
  cp models/*.model "$s/fuzz_models/"
  # fuzz_side_inputs: the first byte picks the reader ('0' claims, '1' TSV, '2' brat).
  { printf 0; cat corpora/audit/claims.csv; } >"$s/fuzz_side_inputs/claims.csv"
  for f in tests/context/*.tsv; do
    { printf 1; head -c 16384 "$f"; } >"$s/fuzz_side_inputs/$(basename "$f")"
  done
  for f in corpora/gold/g0*.ann; do
    { printf 2; cat "$f"; } >"$s/fuzz_side_inputs/$(basename "$f")"
  done
}

# run TARGET [libFuzzer options...]: one libFuzzer process; its log to logs/TARGET.log.
run() {
  local t=$1
  shift
  local corpus=$out/corpus/$t
  mkdir -p "$corpus" "$out/crashes/$t" "$out/logs"
  local start=$SECONDS rc=0
  "$out/fuzz/$t" "$corpus" "$out/seeds/$t" -max_len="${FUZZ_MAX_LEN:-65536}" -timeout=10 \
    -rss_limit_mb=4096 -artifact_prefix="$out/crashes/$t/" -print_final_stats=1 "$@" \
    >"$out/logs/$t.log" 2>&1 || rc=$?
  local execs crashes
  execs=$(grep -E '^stat::number_of_executed_units' "$out/logs/$t.log" | awk '{s += $2} END {print s + 0}' || true)
  if [ "$execs" = 0 ]; then  # fork mode prints "#EXECS: cov: ..." lines instead
    execs=$(grep -oE '^#[0-9]+: cov' "$out/logs/$t.log" | tail -1 | tr -dc 0-9 || true)
    execs=${execs:-0}
  fi
  crashes=$(find "$out/crashes/$t" -type f | wc -l || true)
  printf '%s\t%s\t%ss\texecs=%s\texit=%s\tcrash_files=%s\tcorpus=%s\n' "$(date -u +%FT%TZ)" "$t" \
    $((SECONDS - start)) "$execs" "$rc" "$crashes" "$(find "$corpus" -type f | wc -l)" |
    tee -a "$out/logs/summary.tsv"
  return $rc
}

case "${1:-}" in
  --build)
    if ! have_libfuzzer; then
      echo "fuzz: clang-14 with libFuzzer not available; fuzz targets not built" >&2
      exit 0
    fi
    build
    exit 0
    ;;
  --smoke)
    runs=${2:-2000}
    secs=${3:-10}
    [ "${DXAUDIT_NO_FUZZ:-0}" != 1 ] || { echo "fuzz smoke: DXAUDIT_NO_FUZZ=1: skipped" >&2; exit 77; }
    have_libfuzzer || { echo "fuzz smoke: no clang-14/libFuzzer: skipped" >&2; exit 77; }
    for t in "${all_targets[@]}"; do
      [ -x "$out/fuzz/$t" ] || { echo "fuzz smoke: $out/fuzz/$t not built: skipped" >&2; exit 77; }
    done
    make_seeds
    failed=0
    for t in "${all_targets[@]}"; do
      tmp=$(mktemp -d)
      # A fresh corpus dir: the smoke run reads the seeds and grows nothing that lasts.
      if ! "$out/fuzz/$t" "$tmp" "$out/seeds/$t" -runs="$runs" -max_total_time="$secs" -max_len=65536 -timeout=10 \
        -rss_limit_mb=4096 -artifact_prefix="$tmp/" >"$tmp/log" 2>&1; then
        echo "fuzz smoke: $t FAILED" >&2
        tail -40 "$tmp/log" >&2
        failed=1
      else
        echo "fuzz smoke: $t ok ($(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$tmp/log" || echo done))"
      fi
      rm -rf "$tmp"
    done
    exit $failed
    ;;
esac

seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
have_libfuzzer || { echo "fuzz: needs clang-14 and libFuzzer (bash tools/deps.sh clang-14 libclang-rt-14-dev)" >&2; exit 1; }
build
make_seeds
extra=()
if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
  extra=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
parallel=${FUZZ_PARALLEL:-2}
status=0
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$parallel" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
  echo "fuzz: $t for ${seconds}s" >&2
  run "$t" -max_total_time="$seconds" "${extra[@]}" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done
[ $status -eq 0 ] || echo "fuzz: some target found a crash: see $out/crashes/" >&2
exit $status
