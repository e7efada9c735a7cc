#!/usr/bin/env bash
# Collector benchmark: RayCstr's ingest endpoints against an nginx `return 204;` baseline.
# See tests/bench/README.md for what each figure means. Everything runs on 127.0.0.1 and
# stops by itself (wrk durations, start/shutdown timeouts); a trap cleans up on any exit.
#
#   tests/bench/collector-bench.sh                 # RUNS=3 DURATION=10s
#   RUNS=5 DURATION=20s tests/bench/collector-bench.sh
#   ONLY=nginx tests/bench/collector-bench.sh      # just the baseline (no server needed)
#
# Exit status: 0 all targets met, 1 at least one MISS, 2 could not run (missing tool/binary).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

# ---- knobs (environment) ---------------------------------------------------------------
BUILD=${BUILD:-$ROOT/build/bench}
SERVER=${SERVER:-$BUILD/app/raycstr-server}
RUNS=${RUNS:-3}                    # repetitions of every measurement; medians are reported
DURATION=${DURATION:-10s}          # length of every measured wrk run
WARMUP=${WARMUP:-2s}               # unmeasured wrk run before each measured one (0 = none)
THREADS=${THREADS:-2}              # wrk -t for the throughput runs (nginx and RayCstr alike)
CONNS=${CONNS:-32}                 # wrk -c for the throughput runs
BATCH_CONNS=${BATCH_CONNS:-$CONNS} # wrk -c for the /collect batch runs
RATE=${RATE:-10000}                # target req/s of the latency run
BATCH_RATE=${BATCH_RATE:-2100}     # req/s (x100 events) of the sustained batch run
RATE_THREADS=${RATE_THREADS:-1}
RATE_CONNS=${RATE_CONNS:-100}      # enough idle connections that the schedule never waits
WRK_TIMEOUT=${WRK_TIMEOUT:-5s}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
NGINX_RATE=${NGINX_RATE:-1}        # 1 = also run nginx at the fixed rate (reference p99)
ONLY=${ONLY:-all}                  # all | nginx | server
SITE=${SITE:-example.com}
EVENTS_TABLE=${EVENTS_TABLE:-events}   # the table that holds one row per stored event
DROPPED_TABLE=${DROPPED_TABLE:-dropped} # (site_id, day, reason, count) of accepted-but-dropped hits, if any
DB_NAME=${DB_NAME:-raycstr.db}
SERVER_CONFIG_EXTRA=${SERVER_CONFIG_EXTRA:-}  # extra YAML lines for the server's config file
START_TIMEOUT=${START_TIMEOUT:-30}       # s to wait for the server's port
SHUTDOWN_TIMEOUT=${SHUTDOWN_TIMEOUT:-120} # s to wait for exit after SIGTERM (then SIGKILL)
QUIET_WAIT=${QUIET_WAIT:-30}             # s to wait, before each run, for other load to settle
QUIET_CPU=${QUIET_CPU:-15}               # % of all CPUs used by others that counts as "busy"
KEEP=${KEEP:-0}                          # 1 = keep the temp dir (data, logs, wrk output)

# targets
T_SINGLE=30000; T_RATIO=0.4; T_BATCH=200000; T_P99_MS=2; T_RSS_MB=150; T_BYTES=40

# ---- helpers ---------------------------------------------------------------------------
BENCH_NAME=collector-bench
# shellcheck source-path=SCRIPTDIR source=benchlib.sh
source "$(dirname "${BASH_SOURCE[0]}")/benchlib.sh"

for tool in wrk awk sed sort; do
    command -v "$tool" >/dev/null || die "$tool not found"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/raycstr-bench.XXXXXX")
NGINX_PID=""
SERVER_PID=""
SAMPLER_PID=""
FAILED_SETUP=0

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n $SAMPLER_PID ]]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$NGINX_PID" 2>/dev/null || true
    fi
    wait 2>/dev/null || true
    if [[ $KEEP == 1 || $FAILED_SETUP == 1 || $rc != 0 ]]; then
        warn "collector-bench: data, logs and wrk output kept in $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits (at most QUIET_WAIT s) until other processes use < QUIET_CPU % of the machine;
# records the last reading in BUSY and the worst of the session in BUSY_MAX.

# run_wrk name script threads conns duration url [script args...] → prints the BENCH_RESULT line
run_wrk() {
    local name=$1 script=$2 t=$3 c=$4 d=$5 url=$6
    shift 6
    local out="$WORK/wrk-$name.txt"
    if ! wrk -t"$t" -c"$c" -d"$d" --latency --timeout "$WRK_TIMEOUT" -s "$HERE/$script" "$url" \
            -- threads="$t" "$@" >"$out" 2>&1; then
        warn "wrk failed ($name):"; tail -20 "$out" >&2
        return 1
    fi
    local line
    line=$(grep '^BENCH_RESULT' "$out" || true)
    if [[ -z $line ]]; then warn "wrk printed no result ($name):"; tail -20 "$out" >&2; return 1; fi
    if grep -q '^first non-2xx' "$out"; then grep '^first non-2xx' "$out" | sed "s/^/  [$name] /" >&2; fi
    echo "$line"
}

# ---- nginx baseline -------------------------------------------------------------------
NGINX_PORT=""
start_nginx() {
    command -v nginx >/dev/null || die "nginx not found (apt-get install nginx-light)"
    local prefix="$WORK/nginx"
    mkdir -p "$prefix"
    NGINX_PORT=$(free_port)
    sed -e "s/@PORT@/$NGINX_PORT/" -e "s/@WORKERS@/$NGINX_WORKERS/" "$HERE/nginx.conf" >"$prefix/nginx.conf"
    nginx -p "$prefix/" -c "$prefix/nginx.conf" -e "$prefix/error.log" -g 'daemon off;' \
        >"$prefix/stdout.log" 2>&1 &
    NGINX_PID=$!
    if ! wait_port "$NGINX_PID" "$NGINX_PORT" 10; then
        cat "$prefix/error.log" "$prefix/stdout.log" >&2 || true
        die "nginx did not start"
    fi
    say "nginx (worker_processes $NGINX_WORKERS) on 127.0.0.1:$NGINX_PORT, pid $NGINX_PID"
}

NGINX_RPS=(); NGINX_RATE_P99=()
nginx_run() { # run index
    wait_quiet
    local url="http://127.0.0.1:$NGINX_PORT" line
    [[ $WARMUP == 0 || $WARMUP == 0s ]] || run_wrk "nginx-warmup-$1" single.lua "$THREADS" "$CONNS" "$WARMUP" "$url" >/dev/null
    line=$(run_wrk "nginx-$1" single.lua "$THREADS" "$CONNS" "$DURATION" "$url")
    local rps
    rps=$(calc "$(field "$line" s2xx) / $(field "$line" duration_s)")
    NGINX_RPS+=("$rps")
    say "$(printf 'nginx   run %d/%d: %8.0f req/s 204   (p99 %s us, non-2xx %s, other load %s%%)' \
        "$1" "$RUNS" "$rps" "$(field "$line" p99_us)" "$(field "$line" err_status)" "$BUSY")"
    # the same fixed-rate run as RayCstr's: the floor this method and machine give the p99
    if [[ $NGINX_RATE == 1 ]]; then
        line=$(run_wrk "nginx-rate-$1" single.lua "$RATE_THREADS" "$RATE_CONNS" "$DURATION" "$url" rate="$RATE")
        NGINX_RATE_P99+=("$(field "$line" p99_us)")
        say "$(printf 'nginx   rate %d/%d: %.0f req/s achieved, p50 %s us, p99 %s us' "$1" "$RUNS" \
            "$(field "$line" rps)" "$(field "$line" p50_us)" "$(field "$line" p99_us)")"
    fi
}

# ---- RayCstr ---------------------------------------------------------------------------
# One fresh server (data dir, port) per measured run: start, warm up, measure, SIGTERM,
# then compare what was stored with what wrk saw accepted.
ACC_OK=1; ACC_TOTAL=0; STORED_TOTAL=0
RSS_PEAKS=(); FAIL_503=0; FAIL_4XX=0; FAIL_OTHER=0; FAIL_SOCK=0
BACKPRESSURE_503=0; BSTEADY_EPS=(); BSTEADY_OK=1; STEADY_503=0
SINGLE_EPS=(); BATCH_EPS=(); P50=(); P99=(); ACHIEVED=(); BEHIND=(); SINGLE_BPE=(); BATCH_BPE=()
SHUTDOWN_S=()

server_run() { # kind(single|batch|bsteady|rate) run_index
    local kind=$1 i=$2 dir="$WORK/$1-$2"
    local data="$dir/data" cfg="$dir/config.yaml" log="$dir/server.log"
    mkdir -p "$data"
    {
        echo 'trusted_proxies: ["127.0.0.1"]'
        [[ -z $SERVER_CONFIG_EXTRA ]] || printf '%s\n' "$SERVER_CONFIG_EXTRA"
    } >"$cfg"
    if ! "$SERVER" site add "$SITE" --data "$data" >"$dir/site-add.log" 2>&1; then
        cat "$dir/site-add.log" >&2; FAILED_SETUP=1; die "'site add $SITE' failed"
    fi
    wait_quiet
    local port
    port=$(free_port)
    "$SERVER" serve --listen "127.0.0.1:$port" --data "$data" --config "$cfg" >"$log" 2>&1 &
    SERVER_PID=$!
    if ! wait_port "$SERVER_PID" "$port" "$START_TIMEOUT"; then
        tail -30 "$log" >&2; FAILED_SETUP=1; die "server did not answer on 127.0.0.1:$port"
    fi
    # RSS sampler (VmHWM at the end is the kernel's exact peak; this is the trace)
    ( while [[ -r /proc/$SERVER_PID/status ]]; do
          awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || true
          sleep 0.5
      done >"$dir/rss-trace.kb" ) &
    SAMPLER_PID=$!

    local url="http://127.0.0.1:$port" script conns threads args=() epr=1
    case $kind in
        single) script=single.lua; threads=$THREADS; conns=$CONNS ;;
        batch) script=batch.lua; threads=$THREADS; conns=$BATCH_CONNS; epr=100 ;;
        bsteady) script=batch.lua; threads=$RATE_THREADS; conns=$BATCH_CONNS; epr=100
            args=(rate="$BATCH_RATE") ;;
        rate) script=single.lua; threads=$RATE_THREADS; conns=$RATE_CONNS; args=(rate="$RATE") ;;
    esac
    # every wrk run against this server counts towards "accepted" (warm-up included);
    # different seeds so warm-up and measured run send different visitors
    local lines=() line
    if [[ $WARMUP != 0 && $WARMUP != 0s ]]; then
        line=$(run_wrk "$kind-$i-warmup" "$script" "$threads" "$conns" "$WARMUP" "$url" "${args[@]}" seed=$(( 100 + i ))) || line=""
        lines+=("$line")
    fi
    line=$(run_wrk "$kind-$i" "$script" "$threads" "$conns" "$DURATION" "$url" "${args[@]}" seed="$i") || line=""
    lines+=("$line")
    local measured=$line

    local rss_now=0 hwm=0
    if [[ -r /proc/$SERVER_PID/status ]]; then
        rss_now=$(awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
        hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
    fi
    local alive=1
    kill -0 "$SERVER_PID" 2>/dev/null || alive=0

    # SIGTERM: the server must flush every accepted event, then exit 0
    local rc=0 deadline=$(( SECONDS + SHUTDOWN_TIMEOUT )) start_ns end_ns
    start_ns=$(date +%s%N)
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    while kill -0 "$SERVER_PID" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.05; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        say "  server did not exit ${SHUTDOWN_TIMEOUT}s after SIGTERM: SIGKILL"
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        rc=137
        wait "$SERVER_PID" 2>/dev/null || true
    else
        wait "$SERVER_PID" 2>/dev/null || rc=$?
    fi
    end_ns=$(date +%s%N)
    SERVER_PID=""
    kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
    local shut_s
    shut_s=$(calc "($end_ns - $start_ns) / 1e9")
    SHUTDOWN_S+=("$shut_s")
    local sampled_max
    sampled_max=$(sort -n "$dir/rss-trace.kb" 2>/dev/null | tail -1)
    (( hwm > 0 )) || hwm=${sampled_max:-0}
    RSS_PEAKS+=("$hwm")

    # sizes first (before sqlite3 touches the files), then the count
    local bytes=0 db_bytes=0 f
    for f in "$data/$DB_NAME"*; do [[ -f $f ]] && bytes=$(( bytes + $(stat -c %s "$f") )); done
    [[ -f $data/$DB_NAME ]] && db_bytes=$(stat -c %s "$data/$DB_NAME")
    local stored=-1 pages=0 page_size=0 freelist=0 leftovers dropped=0 dropped_why=""
    leftovers=$(cd "$data" && ls -1 "$DB_NAME"-* 2>/dev/null | tr '\n' ' ' || true)
    if [[ -f $data/$DB_NAME ]] && command -v sqlite3 >/dev/null; then
        stored=$(sqlite3 "$data/$DB_NAME" "SELECT count(*) FROM $EVENTS_TABLE" 2>"$dir/sqlite.err" || echo -1)
        pages=$(sqlite3 "$data/$DB_NAME" "PRAGMA page_count" 2>/dev/null || echo 0)
        page_size=$(sqlite3 "$data/$DB_NAME" "PRAGMA page_size" 2>/dev/null || echo 0)
        freelist=$(sqlite3 "$data/$DB_NAME" "PRAGMA freelist_count" 2>/dev/null || echo 0)
        dropped=$(sqlite3 "$data/$DB_NAME" "SELECT coalesce(sum(count), 0) FROM $DROPPED_TABLE" 2>/dev/null || echo 0)
        if (( dropped > 0 )); then
            dropped_why=$(sqlite3 -separator ' ' "$data/$DB_NAME" "SELECT reason, sum(count) FROM $DROPPED_TABLE GROUP BY reason" 2>/dev/null | paste -sd, - || true)
        fi
    fi

    # accepted events: sum of 2xx × events per request over every wrk run on this server;
    # unknown: requests whose response wrk never read (in flight when it stopped)
    local acc=0 unk=0 s503=0 s4xx=0 soth=0 sock=0 l
    for l in "${lines[@]}"; do
        [[ -n $l ]] || continue
        acc=$(( acc + $(field "$l" events_2xx) ))
        unk=$(( unk + $(field "$l" unknown) * $(field "$l" events_per_request) ))
        s503=$(( s503 + $(field "$l" s503) )); s4xx=$(( s4xx + $(field "$l" s4xx) ))
        soth=$(( soth + $(field "$l" sother) ))
        sock=$(( sock + $(field "$l" err_connect) + $(field "$l" err_read) + $(field "$l" err_write) + $(field "$l" err_timeout) ))
    done
    # A saturating batch run outpaces the writer on purpose: its 503s are the queue's
    # back-pressure working, counted apart. Every other run must see none.
    if [[ $kind == batch ]]; then BACKPRESSURE_503=$(( BACKPRESSURE_503 + s503 ))
    else FAIL_503=$(( FAIL_503 + s503 )); fi
    FAIL_4XX=$(( FAIL_4XX + s4xx ))
    FAIL_OTHER=$(( FAIL_OTHER + soth )); FAIL_SOCK=$(( FAIL_SOCK + sock ))
    ACC_TOTAL=$(( ACC_TOTAL + acc ))
    (( stored >= 0 )) && STORED_TOTAL=$(( STORED_TOTAL + stored ))

    local verdict="ok"
    if (( stored < 0 )); then
        verdict="cannot count ($(head -c 200 "$dir/sqlite.err" 2>/dev/null))"; ACC_OK=0
    elif (( stored < acc )); then
        verdict="LOST $(( acc - stored ))"; ACC_OK=0
    elif (( stored > acc + unk )); then
        verdict="$(( stored - acc - unk )) MORE than sent"; ACC_OK=0
    elif (( stored > acc )); then
        verdict="ok (+$(( stored - acc )) from requests in flight at wrk's stop)"
    fi
    # the pipeline dropped accepted hits (bot filter, invalid URL…): the generated traffic
    # has none of those, so this is a bug in the bodies or in the pipeline
    (( dropped == 0 )) || { verdict="$verdict; $dropped DROPPED ($dropped_why)"; ACC_OK=0; }
    (( alive == 1 )) || { verdict="$verdict; SERVER DIED during the run"; ACC_OK=0; }
    (( rc == 0 )) || { verdict="$verdict; exit status $rc after SIGTERM"; ACC_OK=0; }
    [[ -z $leftovers ]] || verdict="$verdict; left: $leftovers"

    local bpe=0
    (( stored > 0 )) && bpe=$(calc "$bytes / $stored")
    local secs eps
    secs=$(field "$measured" duration_s)
    eps=0
    [[ -n $measured ]] && eps=$(calc "$(field "$measured" events_2xx) / $secs")

    case $kind in
        single) SINGLE_EPS+=("$eps"); SINGLE_BPE+=("$bpe")
            say "$(printf 'single  run %d/%d: %8.0f events/s   p99 %s us, 503 %s, 4xx %s' "$i" "$RUNS" "$eps" "$(field "$measured" p99_us)" "$s503" "$s4xx")" ;;
        batch) BATCH_EPS+=("$eps"); BATCH_BPE+=("$bpe")
            say "$(printf 'batch   run %d/%d: %8.0f events/s (%s req/s)   p99 %s us, 503 %s, 4xx %s' "$i" "$RUNS" "$eps" "$(fmt %.0f "$(field "$measured" rps)")" "$(field "$measured" p99_us)" "$s503" "$s4xx")" ;;
        bsteady) BSTEADY_EPS+=("$eps")
            (( s503 == 0 )) || BSTEADY_OK=0
            STEADY_503=$(( STEADY_503 + s503 ))
            say "$(printf 'steady  run %d/%d: %8.0f events/s (%s of %s req/s asked)   p99 %s us, 503 %s, 4xx %s' "$i" "$RUNS" "$eps" "$(fmt %.0f "$(field "$measured" rps)")" "$BATCH_RATE" "$(field "$measured" p99_us)" "$s503" "$s4xx")" ;;
        rate) P50+=("$(field "$measured" p50_us)"); P99+=("$(field "$measured" p99_us)")
            ACHIEVED+=("$(field "$measured" rps)"); BEHIND+=("$(field "$measured" behind)")
            say "$(printf 'rate    run %d/%d: %s req/s achieved, p50 %s us, p90 %s us, p99 %s us, p99.9 %s us, max %s us; slots >2ms behind %s (max %s ms)' \
                "$i" "$RUNS" "$(fmt %.0f "$(field "$measured" rps)")" "$(field "$measured" p50_us)" "$(field "$measured" p90_us)" \
                "$(field "$measured" p99_us)" "$(field "$measured" p999_us)" "$(field "$measured" max_us)" \
                "$(field "$measured" behind)" "$(field "$measured" max_lag_ms)")" ;;
    esac
    say "$(printf '          stored %s / accepted %s: %s; RSS peak %s MB (after load %s MB); db %s B (%s pages x %s, %s free) = %s B/event; shutdown %ss; other load %s%%' \
        "$stored" "$acc" "$verdict" "$(fmt %.1f "$(calc "$hwm / 1024")")" "$(fmt %.1f "$(calc "$rss_now / 1024")")" \
        "$bytes" "$pages" "$page_size" "$freelist" "$(fmt %.1f "$bpe")" "$(fmt %.1f "$shut_s")" "$BUSY")"
    [[ $KEEP == 1 ]] || rm -rf "$data"
}

# ---- main ------------------------------------------------------------------------------
have_server=1
if [[ $ONLY != nginx && ! -x $SERVER ]]; then
    say "collector-bench: $SERVER not found or not executable"
    say "  build it: cmake --preset bench && cmake --build --preset bench   (or set SERVER=/path)"
    have_server=0
fi
[[ $ONLY == nginx ]] && have_server=0
command -v sqlite3 >/dev/null || { (( have_server == 0 )) || die "sqlite3 not found (apt-get install sqlite3)"; }

say "collector-bench: RUNS=$RUNS DURATION=$DURATION WARMUP=$WARMUP wrk -t$THREADS -c$CONNS (batch -c$BATCH_CONNS), rate run -t$RATE_THREADS -c$RATE_CONNS @ $RATE req/s; $(nproc) CPUs"
say "  work dir $WORK"

if [[ $ONLY != server ]]; then start_nginx; fi

# nginx and RayCstr single-event runs alternate, so a change in background load hits both
for i in $(seq "$RUNS"); do
    [[ $ONLY == server ]] || nginx_run "$i"
    (( have_server == 0 )) || server_run single "$i"
done
if [[ -n $NGINX_PID ]]; then
    kill -QUIT "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
fi
if (( have_server == 1 )); then
    for i in $(seq "$RUNS"); do server_run batch "$i"; done
    for i in $(seq "$RUNS"); do server_run bsteady "$i"; done
    for i in $(seq "$RUNS"); do server_run rate "$i"; done
fi

# ---- summary ---------------------------------------------------------------------------
MISSES=0
verdict() { # condition(awk expr) → PASS/MISS (in $v; counts misses)
    if [[ $(awk "BEGIN {print ($1) ? 1 : 0}") == 1 ]]; then v=PASS; else v=MISS; MISSES=$(( MISSES + 1 )); fi
}
line() { printf '%-20s: %-58s %s\n' "$1" "$2" "$3"; }

echo
echo "== collector benchmark ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, RUNS=$RUNS, DURATION=$DURATION, wrk -t$THREADS -c$CONNS) =="
nginx_med=0
if (( ${#NGINX_RPS[@]} > 0 )); then
    nginx_med=$(median "${NGINX_RPS[@]}")
    line "nginx 204 req/s" "$(fmt %.0f "$nginx_med") (median of ${#NGINX_RPS[@]}: $(printf '%.0f ' "${NGINX_RPS[@]}" | sed 's/ $//'))" "(baseline, worker_processes $NGINX_WORKERS)"
fi
if (( ${#NGINX_RATE_P99[@]} > 0 )); then
    line "nginx p99 @ $(( RATE / 1000 ))k/s" "$(fmt %.2f "$(calc "$(median "${NGINX_RATE_P99[@]}") / 1000")") ms (same fixed-rate method; the floor for the p99 below)" "(reference)"
fi
if (( have_server == 0 )); then
    if [[ $ONLY == nginx ]]; then
        line "RayCstr" "not run (ONLY=nginx)" ""
        exit 0
    fi
    line "RayCstr" "NOT RUN: $SERVER missing" "MISS"
    exit 2
fi

single_med=$(median "${SINGLE_EPS[@]}")
if (( ${#NGINX_RPS[@]} > 0 )); then
    ratio=$(calc "$single_med / $nginx_med")
    verdict "$single_med >= $T_SINGLE && $ratio >= $T_RATIO"
    line "single events/s" "$(fmt %.0f "$single_med") (median of $RUNS)  nginx 204: $(fmt %.0f "$nginx_med")  ratio $(fmt %.2f "$ratio")" "$v (target >= $T_SINGLE and >= $T_RATIO x nginx)"
else
    verdict "$single_med >= $T_SINGLE"
    line "single events/s" "$(fmt %.0f "$single_med") (median of $RUNS)  nginx not run" "$v (target >= $T_SINGLE)"
fi
batch_med=$(median "${BATCH_EPS[@]}")
bsteady_med=$(median "${BSTEADY_EPS[@]}")
verdict "$batch_med >= $T_BATCH"
line "batched events/s" "$(fmt %.0f "$batch_med") (median of $RUNS, 100 events/request, saturated)" "$v (target >= $T_BATCH)"
line "  back-pressure" "$BACKPRESSURE_503 requests answered 503 in the saturated runs (queue full)" "(info)"
# Stricter than the issue's figure: the same load held just above the target, where the
# writer must keep up without ever filling the queue.
verdict "$bsteady_med >= $T_BATCH && $BSTEADY_OK == 1"
line "batched, steady" "$(fmt %.0f "$bsteady_med") at $BATCH_RATE req/s asked (median of $RUNS; 503s: $STEADY_503)" "$v (target >= $T_BATCH with 0 refused in every run)"

p50_med=$(median "${P50[@]}"); p99_med=$(median "${P99[@]}"); ach_med=$(median "${ACHIEVED[@]}")
verdict "$p99_med / 1000 < $T_P99_MS && $ach_med >= 0.95 * $RATE"
line "p50 / p99 @ $(( RATE / 1000 ))k/s" "$(fmt %.2f "$(calc "$p50_med / 1000")") ms / $(fmt %.2f "$(calc "$p99_med / 1000")") ms (achieved $(fmt %.0f "$ach_med") req/s; p99s: $(printf '%s ' "${P99[@]}" | sed 's/ $//') us)" "$v (target p99 < $T_P99_MS ms at >= 95% of the rate)"

rss_max=$(maxof "${RSS_PEAKS[@]}")
verdict "$rss_max / 1024 <= $T_RSS_MB"
line "server RSS (peak)" "$(fmt %.1f "$(calc "$rss_max / 1024")") MB (max VmHWM of $(( ${#RSS_PEAKS[@]} )) servers; median $(fmt %.1f "$(calc "$(median "${RSS_PEAKS[@]}") / 1024")") MB)" "$v (target <= $T_RSS_MB MB)"

bpe_med=$(median "${SINGLE_BPE[@]}")
verdict "$bpe_med > 0 && $bpe_med <= $T_BYTES"
line "bytes/stored event" "$(fmt %.1f "$bpe_med") (single-event runs; batch runs $(fmt %.1f "$(median "${BATCH_BPE[@]}")"))" "$v (target <= $T_BYTES)"

if (( ACC_OK == 1 )); then v=PASS; else v=MISS; MISSES=$(( MISSES + 1 )); fi
if (( STORED_TOTAL == ACC_TOTAL )); then
    eq="yes ($ACC_TOTAL == $STORED_TOTAL)"
elif (( ACC_OK == 1 )); then
    eq="yes, none lost ($ACC_TOTAL accepted, $STORED_TOTAL stored incl. in-flight)"
else
    eq="NO ($ACC_TOTAL accepted, $STORED_TOTAL stored; see the per-run lines above)"
fi
line "accepted == stored" "$eq" "$v"

fails="503: $FAIL_503, 4xx: $FAIL_4XX, other: $FAIL_OTHER, socket errors/timeouts: $FAIL_SOCK"
if (( FAIL_503 + FAIL_4XX + FAIL_OTHER + FAIL_SOCK == 0 )); then v=PASS; else v=MISS; MISSES=$(( MISSES + 1 )); fi
line "failed responses" "$fails" "$v (target 0)"
line "shutdown (SIGTERM)" "median $(fmt %.2f "$(median "${SHUTDOWN_S[@]}")") s, max $(fmt %.2f "$(maxof "${SHUTDOWN_S[@]}")") s" "(info)"
if (( BUSY_MAX >= QUIET_CPU )); then
    line "other load" "up to ${BUSY_MAX}% of the CPUs busy before a run: figures are noisy" "(warning)"
fi
(( MISSES == 0 )) || exit 1
exit 0
