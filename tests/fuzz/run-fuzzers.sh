#!/usr/bin/env bash
# Runs each libFuzzer target for N minutes (default 10) and prints, per target, the minutes
# it ran, the inputs it executed and the crashes it found. Build first:
#   cmake --preset fuzz && cmake --build --preset fuzz
#   tests/fuzz/run-fuzzers.sh [minutes] [target...]     (no target: all of them)
# A crash does not end a target's run: it is counted, its input kept, and fuzzing goes on
# for the rest of the time. Everything a run writes stays in the build tree:
#   build/fuzz/runs/<target>/corpus     inputs found (the seeds stay in tests/fuzz/corpus)
#   build/fuzz/runs/<target>/           crash-*, leak-*, timeout-*, oom-* and the log
# Reproduce a crash with: build/fuzz/tests/fuzz/fuzz_<target> <crash file>
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${RAYCSTR_FUZZ_BUILD:-$here/../../build/fuzz}
minutes=${1:-10}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for dir in "$here"/corpus/*/; do targets+=("$(basename "$dir")"); done
fi

printf '%-18s %8s %12s %8s\n' target minutes execs crashes
status=0
for target in "${targets[@]}"; do
  binary=$build/tests/fuzz/fuzz_$target
  if [ ! -x "$binary" ]; then
    echo "$binary is missing: cmake --preset fuzz && cmake --build --preset fuzz" >&2
    exit 2
  fi
  work=$build/runs/$target
  mkdir -p "$work/corpus"
  log=$work/fuzz.log
  : > "$log"
  start=$(date +%s)
  deadline=$((start + $(awk "BEGIN { printf \"%d\", $minutes * 60 }")))
  execs=0
  crashes=0
  while :; do
    left=$((deadline - $(date +%s)))
    [ "$left" -gt 0 ] || break
    set +e
    "$binary" -max_total_time="$left" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$work/" "$work/corpus" "$here/corpus/$target" >> "$log" 2>&1
    rc=$?
    set -e
    n=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    execs=$((execs + ${n:-0}))
    # Count each stats line once: mark it as read.
    sed -i 's/stat::number_of_executed_units/stat::counted_executed_units/' "$log"
    [ "$rc" -eq 0 ] && break
    crashes=$((crashes + 1))
    status=1
    echo "fuzz_$target: crash (exit $rc), see $log and $work/" >&2
  done
  ran=$(( $(date +%s) - start ))
  printf '%-18s %8s %12s %8s\n' "$target" "$(awk "BEGIN { printf \"%.1f\", $ran / 60 }")" "$execs" "$crashes"
done
exit $status
