#!/usr/bin/env bash
# Web dashboard first paint on the seeded data set (issue 19: the 30-day view on the 10 M-event
# set ≤ 1 s on loopback). Uses the data set query-bench.sh seeds and caches (it makes none
# itself: seeding 10 M events takes ~10 min), works on a copy of it (the server's sign-in and
# retention write to the store), starts the Release server on the copy and times the share
# page and the signed-in dashboard in headless Chromium (web-bench.mjs prints the figures).
#
#   cmake --preset bench && cmake --build --preset bench && CLICKHOUSE=0 tests/bench/query-bench.sh
#   tests/bench/web-bench.sh                 # SIZE=10m RUNS=7 PERIOD=30d SITE=busy.example
#
# Needs: node and playwright-core (installer/setup-deps.sh and resources/tracker's npm install),
# /usr/bin/chromium, ~1.3 GB free in $TMPDIR for the copy of the 10 M set.
# Exit status: 0 PASS, 1 MISS, 2 could not run.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BENCH_NAME=web-bench
# shellcheck source=benchlib.sh
source "$HERE/benchlib.sh"

BUILD=${BUILD:-$ROOT/build/bench}
SERVER=${SERVER:-$BUILD/app/raycstr-server}
SIZE=${SIZE:-10m}
CACHE=${CACHE:-/var/tmp/raycstr-bench}
SITE=${SITE:-busy.example}
RUNS=${RUNS:-7}
PERIOD=${PERIOD:-30d}
SET=$CACHE/$SIZE

[[ -x $SERVER ]] || die "$SERVER not found; build it: cmake --preset bench && cmake --build --preset bench --target raycstr-server"
[[ -f $SET/dataset.txt && -f $SET/raycstr.db ]] \
    || die "no seeded data set in $SET; make it first: CLICKHOUSE=0 SIZE=$SIZE tests/bench/query-bench.sh"
[[ -x ${RAYCSTR_CHROMIUM:-/usr/bin/chromium} ]] || die "chromium is missing (installer/setup-deps.sh installs it)"
[[ -d $ROOT/resources/tracker/node_modules/playwright-core ]] \
    || die "playwright-core is missing: (cd resources/tracker && npm ci)"
command -v node >/dev/null || die "node is missing (installer/setup-deps.sh installs it)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/raycstr-web-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
need=$(du -sk "$SET" | cut -f1)
free=$(df -Pk "$WORK" | awk 'NR == 2 { print $4 }')
(( free > need + 102400 )) || die "$WORK has $((free / 1024)) MB free; the copy needs $((need / 1024)) MB"
say "copying the $SIZE data set ($((need / 1024)) MB) to $WORK …"
cp -a "$SET/." "$WORK/"

PASSWORD="web bench $RANDOM$RANDOM"
printf '%s\n' "$PASSWORD" | "$SERVER" user set-password --password-stdin --data "$WORK" >"$WORK/cli.log" 2>&1 \
    || { cat "$WORK/cli.log" >&2; die "set-password failed"; }
SHARE=$("$SERVER" share create "$SITE" --data "$WORK" 2>>"$WORK/cli.log" | tail -n1 | awk '{ print $NF }') \
    || { cat "$WORK/cli.log" >&2; die "share create failed"; }
[[ -n $SHARE ]] || die "share create printed no secret"

say "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
set +e
node "$HERE/web-bench.mjs" "$SERVER" "$WORK" "$SITE" "$SHARE" "$PASSWORD" "$RUNS" "$PERIOD"
rc=$?
set -e
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $rc
