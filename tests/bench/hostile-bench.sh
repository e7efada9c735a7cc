#!/usr/bin/env bash
# Hostile-connections benchmark (issue 14): how long a normal client (from 127.0.0.2) waits
# for its answer while 5,000 hostile connections (silent, slowloris, slow body) from
# 127.0.0.1 are open and the server started under a soft limit of 1,024 files. Runs the
# tst_hostileclients case that does exactly that RUNS times and prints the median.
# Target: < 50 ms. (The test itself asserts only a generous bound: a shared 2-core machine
# would make a 50 ms assertion flaky.)
#
#   tests/bench/hostile-bench.sh                    # RUNS=5, the dev build
#   BUILD=build/bench RUNS=9 tests/bench/hostile-bench.sh
#
# Exit status: 0 median below T_MS, 1 above, 2 could not run.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${BUILD:-$ROOT/build/dev}
RUNS=${RUNS:-5}
T_MS=${T_MS:-50}
TEST=${TEST:-$BUILD/tests/http/tst_hostileclients}
BENCH_NAME=hostile-bench
# shellcheck source-path=SCRIPTDIR source=benchlib.sh
source "$HERE/benchlib.sh"

[[ -x $TEST ]] || die "no $TEST: cmake --build $BUILD --target tst_hostileclients"
figures=()
for ((i = 1; i <= RUNS; i++)); do
    out=$(QT_QPA_PLATFORM=offscreen "$TEST" fiveThousandHostileConnectionsDoNotStarveANormalClient 2>&1) \
        || { warn "$out"; die "run $i failed"; }
    ms=$(sed -n 's/.*normal client answered in \([0-9]*\) ms.*/\1/p' <<<"$out" | head -1)
    [[ -n $ms ]] || die "run $i printed no figure"
    say "run $i: normal client answered in $ms ms"
    figures+=("$ms")
done
med=$(median "${figures[@]}")
say "median over $RUNS runs: $med ms (target < $T_MS ms)"
if awk -v m="$med" -v t="$T_MS" 'BEGIN {exit !(m < t)}'; then
    say "PASS"
else
    say "FAIL"
    exit 1
fi
