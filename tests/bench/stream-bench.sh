#!/usr/bin/env bash
# Live-stream benchmark: single-event ingest (POST /api/event, wrk + single.lua, as in
# collector-bench.sh) with 0 and with CLIENTS open Server-Sent Events streams
# (GET /api/stream/:site). Prints the median events/s of each and their ratio.
# See tests/bench/README.md ("Live stream benchmark").
#
#   tests/bench/stream-bench.sh                         # RUNS=3 DURATION=10s CLIENTS=100
#   STREAM_SITE=example.com tests/bench/stream-bench.sh # clients receive every event
#
# Exit status: 0 ratio >= T_RATIO, 1 below it (or clients lost), 2 could not run.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

# ---- knobs (environment) ---------------------------------------------------------------
BUILD=${BUILD:-$ROOT/build/bench}
SERVER=${SERVER:-$BUILD/app/raycstr-server}
RUNS=${RUNS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
THREADS=${THREADS:-2}
CONNS=${CONNS:-32}
CLIENTS=${CLIENTS:-100}
SITE=${SITE:-example.com}                 # the site wrk posts to
STREAM_SITE=${STREAM_SITE:-other.org}     # the site the streams watch: by default one that
                                          # gets no traffic (idle streams)
STREAM_KEY=${STREAM_KEY:-}                # a key to use instead of 'token create'
WRK_TIMEOUT=${WRK_TIMEOUT:-5s}
START_TIMEOUT=${START_TIMEOUT:-30}
SHUTDOWN_TIMEOUT=${SHUTDOWN_TIMEOUT:-120}
QUIET_WAIT=${QUIET_WAIT:-30}
QUIET_CPU=${QUIET_CPU:-15}
KEEP=${KEEP:-0}
T_RATIO=${T_RATIO:-0.95}                  # "not measurably slower": within 5 %

BENCH_NAME=stream-bench
# shellcheck source-path=SCRIPTDIR source=benchlib.sh
source "$(dirname "${BASH_SOURCE[0]}")/benchlib.sh"

for tool in wrk awk sed sort python3; do
    command -v "$tool" >/dev/null || die "$tool not found"
done
[[ -x $SERVER ]] || die "$SERVER not found (cmake --preset bench && cmake --build --preset bench, or set SERVER=)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/raycstr-stream-bench.XXXXXX")
SERVER_PID=""
CLIENTS_PID=""

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n $CLIENTS_PID ]]; then kill -TERM "$CLIENTS_PID" 2>/dev/null || true; fi
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait 2>/dev/null || true
    if [[ $KEEP == 1 || $rc != 0 ]]; then warn "stream-bench: output kept in $WORK"; else rm -rf "$WORK"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; } # utime+stime

run_wrk() { # name duration url [script args] → BENCH_RESULT line
    local name=$1 d=$2 url=$3
    shift 3
    local out="$WORK/wrk-$name.txt"
    if ! BENCH_SITE=$SITE wrk -t"$THREADS" -c"$CONNS" -d"$d" --latency --timeout "$WRK_TIMEOUT" \
            -s "$HERE/single.lua" "$url" -- threads="$THREADS" "$@" >"$out" 2>&1; then
        warn "wrk failed ($name):"; tail -20 "$out" >&2; return 1
    fi
    grep '^BENCH_RESULT' "$out" || { warn "wrk printed no result ($name)"; tail -20 "$out" >&2; return 1; }
}

EPS0=(); EPSN=(); CPU0=(); CPUN=(); CLIENTS_OK=1

# One fresh server per measured run: streams 0 or CLIENTS.
server_run() { # clients run_index
    local n=$1 i=$2 dir="$WORK/run-$1-$2"
    local data="$dir/data" cfg="$dir/config.yaml" log="$dir/server.log"
    mkdir -p "$data"
    echo 'trusted_proxies: ["127.0.0.1"]' >"$cfg"
    local s
    for s in "$SITE" "$STREAM_SITE"; do
        "$SERVER" site add "$s" --data "$data" >>"$dir/setup.log" 2>&1 || true
    done
    local key=$STREAM_KEY
    if [[ -z $key ]]; then
        key=$("$SERVER" token create --site "$STREAM_SITE" --label stream-bench --data "$data" 2>>"$dir/setup.log" \
              | grep -o 'rc_[A-Za-z0-9_-]*' | head -1 || true)
        [[ -n $key ]] || { cat "$dir/setup.log" >&2; die "'token create' gave no key (or set STREAM_KEY)"; }
    fi
    wait_quiet
    local port
    port=$(free_port)
    "$SERVER" serve --listen "127.0.0.1:$port" --data "$data" --config "$cfg" >"$log" 2>&1 </dev/null &
    SERVER_PID=$!
    wait_port "$SERVER_PID" "$port" "$START_TIMEOUT" || { tail -20 "$log" >&2; die "server did not start"; }

    local url="http://127.0.0.1:$port" sse=""
    if (( n > 0 )); then
        python3 "$HERE/sse_clients.py" --port "$port" --path "/api/stream/$STREAM_SITE" --key "$key" \
            --count "$n" --ready "$dir/ready" >"$dir/sse.txt" 2>&1 &
        CLIENTS_PID=$!
        local deadline=$(( SECONDS + 30 ))
        while [[ ! -s $dir/ready ]] && (( SECONDS < deadline )); do sleep 0.1; done
        grep -q "^ready $n" "$dir/ready" 2>/dev/null \
            || { cat "$dir/ready" "$dir/sse.txt" >&2 2>/dev/null || true; die "$n streams did not open"; }
    fi
    [[ $WARMUP == 0 || $WARMUP == 0s ]] || run_wrk "$n-$i-warmup" "$WARMUP" "$url" seed=$(( 100 + i )) >/dev/null
    local line eps t0 t1 cpu
    t0=$(cpu_ticks "$SERVER_PID")
    line=$(run_wrk "$n-$i" "$DURATION" "$url" seed="$i")
    t1=$(cpu_ticks "$SERVER_PID")
    eps=$(calc "$(field "$line" events_2xx) / $(field "$line" duration_s)")
    # server CPU time per accepted event: less sensitive to other load than events/s
    cpu=$(calc "($t1 - $t0) / $CLK_TCK * 1e6 / ($(field "$line" events_2xx) + 1e-9)")
    if [[ -n $CLIENTS_PID ]]; then
        kill -TERM "$CLIENTS_PID" 2>/dev/null || true
        wait "$CLIENTS_PID" 2>/dev/null || true
        CLIENTS_PID=""
        sse=$(grep '^SSE_RESULT' "$dir/sse.txt" || true)
        # a stream that reads never gets dropped: every client must still be open
        if [[ $(field "$sse" open) != "$n" ]]; then CLIENTS_OK=0; fi
    fi
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    local deadline=$(( SECONDS + SHUTDOWN_TIMEOUT ))
    while kill -0 "$SERVER_PID" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.05; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
    if (( n == 0 )); then
        EPS0+=("$eps"); CPU0+=("$cpu")
        say "$(printf 'streams %3d run %d/%d: %8.0f events/s, server CPU %.2f us/event   p99 %s us, 503 %s   (other load %s%%)' \
            "$n" "$i" "$RUNS" "$eps" "$cpu" "$(field "$line" p99_us)" "$(field "$line" s503)" "$BUSY")"
    else
        EPSN+=("$eps"); CPUN+=("$cpu")
        say "$(printf 'streams %3d run %d/%d: %8.0f events/s, server CPU %.2f us/event   p99 %s us, 503 %s   streams open at the end %s/%s, events received %s, %s MB   (other load %s%%)' \
            "$n" "$i" "$RUNS" "$eps" "$cpu" "$(field "$line" p99_us)" "$(field "$line" s503)" \
            "$(field "$sse" open)" "$n" "$(field "$sse" events)" \
            "$(fmt %.1f "$(calc "$(field "$sse" bytes) / 1048576")")" "$BUSY")"
    fi
    [[ $KEEP == 1 ]] || rm -rf "$data"
}

say "stream-bench: RUNS=$RUNS DURATION=$DURATION wrk -t$THREADS -c$CONNS, $CLIENTS streams on /api/stream/$STREAM_SITE, ingest to $SITE; $(nproc) CPUs"
# 0 and CLIENTS alternate, so a change in background load hits both
for i in $(seq "$RUNS"); do
    server_run 0 "$i"
    server_run "$CLIENTS" "$i"
done

m0=$(median "${EPS0[@]}"); mn=$(median "${EPSN[@]}")
ratio=$(calc "$mn / $m0")
echo
echo "== live stream benchmark ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, RUNS=$RUNS, DURATION=$DURATION, wrk -t$THREADS -c$CONNS) =="
printf '%-28s: %s\n' "ingest, 0 streams" "$(fmt %.0f "$m0") events/s (median; runs $(printf '%.0f ' "${EPS0[@]}" | sed 's/ $//'))"
printf '%-28s: %s\n' "ingest, $CLIENTS streams ($STREAM_SITE)" "$(fmt %.0f "$mn") events/s (median; runs $(printf '%.0f ' "${EPSN[@]}" | sed 's/ $//'))"
c0=$(median "${CPU0[@]}"); cn=$(median "${CPUN[@]}")
printf '%-28s: %s\n' "server CPU per event" "$(fmt %.2f "$c0") us with 0 streams, $(fmt %.2f "$cn") us with $CLIENTS (x$(fmt %.3f "$(calc "$cn / $c0")"); medians)"
verdict=PASS
[[ $(awk "BEGIN {print ($ratio >= $T_RATIO) ? 1 : 0}") == 1 ]] || verdict=MISS
(( CLIENTS_OK == 1 )) || verdict="MISS (streams were dropped)"
printf '%-28s: %s %s\n' "ratio" "$(fmt %.3f "$ratio")" "$verdict (target >= $T_RATIO)"
(( BUSY_MAX < QUIET_CPU )) || printf '%-28s: %s\n' "other load" "up to ${BUSY_MAX}% of the CPUs busy before a run: figures are noisy"
[[ $verdict == PASS ]] || exit 1
exit 0
