#!/usr/bin/env bash
# Query benchmark (issue 3): seeds a realistic data set once (seed_dataset, through the real
# write path) into a cache directory, then times the dashboard's queries on it (bench_query).
# Issue 16: the same on ClickHouse, side by side. The script starts its own clickhouse-server
# (loopback, free ports, data in $CACHE/<size>-clickhouse, kept for the next run), seeds it
# with exactly the same events (seed_dataset --clickhouse), times the same questions through
# ClickHouseStats, measures ingest into it (bench_chingest) and stops it at the end.
# Builds nothing itself:
#
#   cmake --preset bench && cmake --build --preset bench && tests/bench/query-bench.sh
#   SIZE=100m tests/bench/query-bench.sh          # the 100 M-event data set (several GB)
#   RESEED=1 tests/bench/query-bench.sh           # throw the cached data set away first
#
# A cached data set is reused when its DIR/dataset.txt matches the wanted events, days,
# sites, seed and schema (and END, when given). See tests/bench/README.md.
# Exit status: 0 all targets met, 1 at least one MISS, 2 could not run.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

BUILD=${BUILD:-$ROOT/build/bench}
SEEDER=${SEEDER:-$BUILD/tests/bench/seed_dataset}
BENCH=${BENCH:-$BUILD/tests/bench/bench_query}
FUNNEL=${FUNNEL:-$BUILD/tests/bench/bench_funnel}
INGEST=${INGEST:-$BUILD/tests/bench/bench_chingest}
CLICKHOUSE=${CLICKHOUSE:-1}        # 0: SQLite only
CH_SERVER=${CH_SERVER:-/usr/sbin/clickhouse-server}
CH_MARK_CACHE=${CH_MARK_CACHE:-1073741824}   # bytes; the tests' template keeps 16 MB
INGEST_EVENTS=${INGEST_EVENTS:-1000000}      # per run of bench_chingest; 0: no ingest bench
INGEST_RUNS=${INGEST_RUNS:-5}
CH_PROFILE=${CH_PROFILE:-1}        # 1: the ClickHouse run's heaviest statements from query_log
SIZE=${SIZE:-10m}                  # events: 10m, 100m, or any N with a k/m/g suffix
CACHE=${CACHE:-/var/tmp/raycstr-bench}
DAYS=${DAYS:-90}
SITES=${SITES:-51}
RNG_SEED=${RNG_SEED:-1}
END=${END:-}                       # last data day YYYY-MM-DD; empty: today (UTC) when seeding
RUNS=${RUNS:-7}
SITE=${SITE:-busy.example}
RESEED=${RESEED:-0}
SEED_NICE=${SEED_NICE:-0}          # nice level for seeding (e.g. 10 on a shared machine)
BENCH_ARGS=${BENCH_ARGS:-}         # extra bench_query flags (--reuse-engine …)

die() { printf 'query-bench: %s\n' "$*" >&2; exit 2; }

bins=("$SEEDER" "$BENCH" "$FUNNEL")
[[ $CLICKHOUSE != 1 ]] || bins+=("$INGEST")
for b in "${bins[@]}"; do
    [[ -x $b ]] || die "$b not found; build it: cmake --preset bench && cmake --build --preset bench"
done
if [[ $CLICKHOUSE == 1 ]]; then
    [[ -x $CH_SERVER ]] || die "$CH_SERVER is missing: installer/setup-deps.sh installs clickhouse-server (Debian's 18.16 or newer), or set CH_SERVER, or CLICKHOUSE=0 for SQLite only"
    for t in curl ss; do
        command -v "$t" >/dev/null || die "$t is missing (apt-get install curl iproute2)"
    done
fi

events=$(awk -v s="$SIZE" 'BEGIN {
    n = s; m = 1; c = tolower(substr(s, length(s)))
    if (c == "k") m = 1e3; else if (c == "m") m = 1e6; else if (c == "g") m = 1e9
    if (m > 1) n = substr(s, 1, length(s) - 1)
    if (n !~ /^[0-9]+(\.[0-9]+)?$/) exit 1
    printf "%d", n * m }') || die "SIZE=$SIZE is not a count (10m, 100m, 2500k…)"
DIR=$CACHE/$(tr '[:upper:]' '[:lower:]' <<<"$SIZE")
schema=$("$BENCH" --schema-version) || die "$BENCH --schema-version failed"
ch_schema=$("$BENCH" --clickhouse-schema-version) || die "$BENCH --clickhouse-schema-version failed"

# A key of the cached data set's description; empty when there is none yet (a fresh machine:
# under pipefail a sed on the missing file would end the script without a word).
meta() {
    [[ -f $DIR/dataset.txt ]] || return 0
    sed -n "s/^$1=//p" "$DIR/dataset.txt" | head -1
}
matches() {
    [[ -f $DIR/dataset.txt && -f $DIR/raycstr.db ]] || return 1
    [[ $(meta generator) == seed_dataset/1 && $(meta events) == "$events" && $(meta days) == "$DAYS" \
        && $(meta sites) == "$SITES" && $(meta seed) == "$RNG_SEED" && $(meta schema) == "$schema" ]] || return 1
    [[ -z $END || $(meta end) == "$END" ]]
}

# ---- the ClickHouse server (issue 16) ----
CHDIR=$DIR-clickhouse
CH_PID=
CH_HTTP=
stop_clickhouse() {
    [[ -n $CH_PID ]] || return 0
    kill -TERM "$CH_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$CH_PID" 2>/dev/null || { CH_PID=; return 0; }
        sleep 0.5
    done
    kill -KILL "$CH_PID" 2>/dev/null || true
    CH_PID=
}
trap stop_clickhouse EXIT
trap 'exit 130' INT TERM
free_port() {
    local p
    while :; do
        p=$(( 20000 + RANDOM % 40000 ))
        ss -Htln "sport = :$p" | grep -q . || { echo "$p"; return; }
    done
}
# The tests' config template (tests/clickhouse: loopback, everything under one directory,
# keys 18.16 and current releases share), with a bench-sized mark cache and the query log on
# (system.query_log: read rows and bytes per question, for finding why one is slow).
start_clickhouse() {
    mkdir -p "$CHDIR"/{data,tmp,log,user_files,format_schemas}
    export RAYCSTR_CLICKHOUSE_PASSWORD
    RAYCSTR_CLICKHOUSE_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    local tcp inter
    for _ in 1 2 3; do
        CH_HTTP=$(free_port); tcp=$(free_port); inter=$(free_port)
        for f in config.xml users.xml; do
            sed -e "s|@DIR@|$CHDIR|g" -e "s|@HTTP_PORT@|$CH_HTTP|" -e "s|@TCP_PORT@|$tcp|" \
                -e "s|@INTERSERVER_PORT@|$inter|" -e "s|@PASSWORD@|$RAYCSTR_CLICKHOUSE_PASSWORD|" \
                -e "s|@HOST@|127.0.0.1|g" -e "s|@REMOTE_SERVERS@||" \
                -e "s|<mark_cache_size>[0-9]*<|<mark_cache_size>$CH_MARK_CACHE<|" \
                -e "s|</yandex>|<query_log><database>system</database><table>query_log</table><flush_interval_milliseconds>1000</flush_interval_milliseconds></query_log></yandex>|" \
                -e "s|<max_threads>2</max_threads>|<max_threads>2</max_threads><log_queries>1</log_queries>|" \
                "$ROOT/tests/clickhouse/$f" >"$CHDIR/$f"
            chmod 600 "$CHDIR/$f"
        done
        "$CH_SERVER" --config-file="$CHDIR/config.xml" >"$CHDIR/log/stdout.log" 2>&1 &
        CH_PID=$!
        # Loading a big data directory takes a while (~25 s for the 10 M set here).
        for _ in $(seq 1 360); do
            if curl -sf "http://127.0.0.1:$CH_HTTP/ping" >/dev/null 2>&1; then
                printf 'query-bench: clickhouse-server %s (pid %s) on 127.0.0.1:%s, data in %s\n' \
                    "$(ch 'SELECT version()')" "$CH_PID" "$CH_HTTP" "$CHDIR"
                return 0
            fi
            kill -0 "$CH_PID" 2>/dev/null || break
            sleep 0.5
        done
        stop_clickhouse
        grep -q 'Address already in use' "$CHDIR/log/server.err.log" "$CHDIR/log/stdout.log" 2>/dev/null || break
    done
    die "clickhouse-server did not start; see $CHDIR/log/server.err.log"
}
# One answer from the server, as its password-less loopback `default` user.
ch() { curl -sS --fail-with-body "http://127.0.0.1:$CH_HTTP/" --data-binary "$1"; }
chmeta() {
    [[ -f $CHDIR/ready.txt ]] || return 0
    sed -n "s/^$1=//p" "$CHDIR/ready.txt" | head -1
}
# The ClickHouse copy matches the SQLite set when it was made from the same parameters, by
# the ClickHouse schema this build writes (an older one has no rollups: it is seeded again),
# and still holds the events it was verified with.
ch_matches() {
    [[ -f $CHDIR/ready.txt ]] || return 1
    local have
    have=$(ch 'SELECT max(version) FROM raycstr.schema_version' 2>/dev/null || true)
    if [[ $have != "$ch_schema" ]]; then
        printf 'query-bench: the ClickHouse copy has schema %s, this build writes %s\n' \
            "${have:-none}" "$ch_schema"
        return 1
    fi
    local k
    for k in events days sites seed end; do
        [[ $(chmeta "$k") == "$(meta "$k")" ]] || return 1
    done
    [[ $(chmeta sqlite_seconds) == "$(meta seconds)" ]] || return 1
    [[ $(ch 'SELECT count() FROM raycstr.events' 2>/dev/null) == "$(chmeta count)" ]]
}
ch_ready() {
    # Merged parts, as on a server whose background merges had time (it reads faster).
    ch 'OPTIMIZE TABLE raycstr.events FINAL' >/dev/null
    ch 'OPTIMIZE TABLE raycstr.rollups FINAL' >/dev/null
    { for k in events days sites seed end; do echo "$k=$(meta "$k")"; done
      echo "sqlite_seconds=$(meta seconds)"
      echo "count=$(ch 'SELECT count() FROM raycstr.events')"
      echo "bytes=$(ch "SELECT sum(bytes_on_disk) FROM system.parts WHERE active AND database = 'raycstr' AND table = 'events'")"
      echo "rollup_bytes=$(ch "SELECT sum(bytes_on_disk) FROM system.parts WHERE active AND database = 'raycstr' AND table = 'rollups'")"
      echo "rollup_rows=$(ch 'SELECT count() FROM raycstr.rollups')"
      echo "version=$(ch 'SELECT version()')"; } >"$CHDIR/ready.txt"
}
CH_URL=
if [[ $CLICKHOUSE == 1 ]]; then
    start_clickhouse
    CH_URL="clickhouse://raycstr@127.0.0.1:$CH_HTTP/raycstr"
fi

# A data set from an older schema is migrated as the server would on start (migrations
# only ever add), instead of re-seeded for an hour.
old=$(meta schema)
if [[ $RESEED != 1 && -n $old && $old =~ ^[0-9]+$ && $old -lt $schema ]]; then
    printf 'query-bench: migrating %s from schema %s to %s\n' "$DIR" "$old" "$schema"
    now=$("$FUNNEL" --data "$DIR" --migrate) || die "migrating $DIR failed"
    [[ $now == "$schema" ]] || die "migrating $DIR gave schema $now, not $schema"
    sed -i "s/^schema=.*/schema=$schema/" "$DIR/dataset.txt"
fi

if [[ $RESEED == 1 ]] || ! matches; then
    if [[ -e $DIR ]]; then
        # Only ever delete what seed_dataset makes.
        others=$(find "$DIR" -mindepth 1 -maxdepth 1 ! -name 'raycstr.db*' ! -name dataset.txt | head -3)
        [[ -z $others ]] || die "$DIR holds other files ($others); remove it by hand"
        printf 'query-bench: %s does not match (events=%s days=%s sites=%s seed=%s schema=%s%s): re-seeding\n' \
            "$DIR" "$events" "$DAYS" "$SITES" "$RNG_SEED" "$schema" "${END:+ end=$END}"
        rm -rf "$DIR"
    fi
    mkdir -p "$CACHE"
    # ~80 bytes per event in the end, more while the WAL is being checkpointed
    need_kb=$(awk -v n="$events" 'BEGIN {printf "%d", n * 110 / 1024}')
    avail_kb=$(df -Pk "$CACHE" | awk 'NR == 2 {print $4}')
    (( avail_kb > need_kb )) || die "$CACHE has $((avail_kb / 1024)) MB free, the data set needs ~$((need_kb / 1024)) MB"
    args=(--data "$DIR" --events "$events" --days "$DAYS" --sites "$SITES" --seed "$RNG_SEED")
    [[ -z $END ]] || args+=(--end "$END")
    if [[ $CLICKHOUSE == 1 ]]; then  # both stores in one pass
        rm -f "$CHDIR/ready.txt"
        ch 'DROP DATABASE IF EXISTS raycstr' >/dev/null
        args+=(--clickhouse "$CH_URL")
    fi
    log=$CACHE/$(basename "$DIR").seed.log
    printf 'query-bench: seeding %s events into %s (log: %s)\n' "$events" "$DIR" "$log"
    if ! nice -n "$SEED_NICE" "$SEEDER" "${args[@]}" 2>&1 | tee "$log"; then
        die "seed_dataset failed (see $log)"
    fi
    matches || die "seeded, but $DIR/dataset.txt does not match; see $log"
    [[ $CLICKHOUSE != 1 ]] || ch_ready
else
    printf 'query-bench: reusing %s (%s events stored, seeded in %s s, %s bytes, data to %s)\n' \
        "$DIR" "$(meta stored)" "$(meta seconds)" "$(meta bytes)" "$(meta end)"
fi
if [[ $CLICKHOUSE == 1 ]]; then
    if ch_matches; then
        printf 'query-bench: reusing the ClickHouse copy in %s (%s events, %s bytes)\n' \
            "$CHDIR" "$(chmeta count)" "$(chmeta bytes)"
    else
        # The same generator run again (deterministic for these parameters and END) into
        # ClickHouse only; seed_dataset compares the counts with the SQLite set.
        rm -f "$CHDIR/ready.txt"
        ch 'DROP DATABASE IF EXISTS raycstr' >/dev/null
        log=$CACHE/$(basename "$CHDIR").seed.log
        printf 'query-bench: copying %s to ClickHouse (log: %s)\n' "$DIR" "$log"
        if ! nice -n "$SEED_NICE" "$SEEDER" --data "$DIR" --events "$events" --days "$DAYS" \
            --sites "$SITES" --seed "$RNG_SEED" --end "$(meta end)" \
            --clickhouse "$CH_URL" --clickhouse-only 2>&1 | tee "$log"; then
            die "seed_dataset --clickhouse-only failed (see $log)"
        fi
        ch_ready
    fi
fi

rc=0
worst() { local r=$1; (( r > rc )) && rc=$r; return 0; }
out=$(mktemp -d)
trap 'stop_clickhouse; rm -rf "$out"' EXIT
# clickhouse-server's largest resident set while $1 runs (kB), sampled every 0.2 s.
sample_rss() {
    local max=0 v
    while kill -0 "$1" 2>/dev/null; do
        v=$(awk '/^VmRSS:/ {print $2}' "/proc/$CH_PID/status" 2>/dev/null || echo 0)
        (( v > max )) && max=$v
        sleep 0.2
    done
    echo "$max"
}
r=0
load_sqlite=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC2086 # BENCH_ARGS is a list of flags
"$BENCH" --data "$DIR" --runs "$RUNS" --site "$SITE" $BENCH_ARGS | tee "$out/sqlite" || r=$?
worst "$r"
ch_rss=0
if [[ $CLICKHOUSE == 1 ]]; then
    r=0
    t0=$(date +%s)
    # shellcheck disable=SC2086
    load_ch=$(cut -d' ' -f1-3 /proc/loadavg)
    "$BENCH" --data "$DIR" --runs "$RUNS" --site "$SITE" $BENCH_ARGS --clickhouse "$CH_URL" \
        --server-pid "$CH_PID" >"$out/clickhouse" & bench=$!
    ch_rss=$(sample_rss "$bench")
    wait "$bench" || r=$?
    worst "$r"
    cat "$out/clickhouse"
    if [[ $CH_PROFILE == 1 ]]; then
        # Where the time goes: per statement shape (numbers masked, so 30d and 90d share one)
        # how many ran, their median time, rows and bytes read each, their peak memory.
        sleep 2  # the query log is flushed every second
        printf '\nClickHouse query log of that run, heaviest statement shapes first:\n'
        # cpu_ms is the CPU the statement used (all its threads), cpu_wait_ms the time its
        # threads waited for a CPU: on a busy machine the wait is what inflates median_ms.
        ch "SELECT count() AS n, toUInt64(quantileExact(0.5)(query_duration_ms)) AS median_ms,
                   toUInt64(quantileExact(0.5)(ProfileEvents.Values[indexOf(ProfileEvents.Names, 'OSCPUVirtualTimeMicroseconds')]) / 1000) AS cpu_ms,
                   toUInt64(quantileExact(0.5)(ProfileEvents.Values[indexOf(ProfileEvents.Names, 'OSCPUWaitMicroseconds')]) / 1000) AS cpu_wait_ms,
                   toUInt64(avg(read_rows)) AS rows_read, formatReadableSize(avg(read_bytes)) AS bytes_read,
                   formatReadableSize(max(memory_usage)) AS peak_mem,
                   replaceRegexpAll(substring(query, 1, 100), '[0-9]+', 'N') AS shape
            FROM system.query_log WHERE type = 2 AND user = 'raycstr'
              AND event_time >= toDateTime($t0) AND query LIKE 'SELECT%'
            GROUP BY shape ORDER BY sum(query_duration_ms) DESC LIMIT 12
            FORMAT PrettyCompactMonoBlock" || true
    fi
fi
# Funnels and goals (issue 4) on the same data set.
r=0; "$FUNNEL" --data "$DIR" --runs "$RUNS" --site "$SITE" || r=$?; worst "$r"
if [[ $CLICKHOUSE == 1 ]]; then
    r=0; "$FUNNEL" --data "$DIR" --runs "$RUNS" --site "$SITE" --clickhouse "$CH_URL" || r=$?; worst "$r"
fi

if [[ $CLICKHOUSE == 1 ]]; then
    ingest_line=
    if (( INGEST_EVENTS > 0 )); then
        r=0
        t1=$(date +%s)
        "$INGEST" --clickhouse "clickhouse://raycstr@127.0.0.1:$CH_HTTP/ingestbench" \
            --events "$INGEST_EVENTS" --runs "$INGEST_RUNS" | tee "$out/ingest" || r=$?
        worst "$r"
        ch 'DROP DATABASE IF EXISTS ingestbench' >/dev/null || true
        ingest_line=$(grep -E '^(events/s|stored ==)' "$out/ingest" || true)
        # The server's share of each write (the rest is encoding on the writer thread).
        sleep 2
        ingest_line+=$'\n'$(ch "SELECT concat('server side: ', toString(count()), ' INSERTs, median ',
                toString(quantileExact(0.5)(query_duration_ms)), ' ms for ', toString(toUInt64(avg(written_rows))),
                ' rows each (', formatReadableSize(avg(written_bytes)), ' uncompressed)')
            FROM system.query_log WHERE type = 2 AND user = 'raycstr'
              AND event_time >= toDateTime($t1) AND query LIKE 'INSERT INTO events%'" || true)
    fi
    ch_hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$CH_PID/status" 2>/dev/null || echo 0)
    # ---- one table, both backends ----
    printf '\n== %s on SQLite and ClickHouse (%s, median of %s runs; ratio = SQLite / ClickHouse) ==\n' \
        "$(basename "$DIR")" "$SITE" "$RUNS"
    # The server's CPU per question (bench_query --server-pid): what the figure costs in
    # CPU, whatever else runs on the machine.
    awk -F'\t' '
        function show(v, note) { return v < 0 ? (note ~ /./ ? "refused" : "FAILED") : (v >= 1000 ? sprintf("%.2f s", v / 1000) : sprintf("%.1f ms", v)) }
        function cpu(v) { return v == "" || v < 0 ? "-" : (v >= 1000 ? sprintf("%.2f s", v / 1000) : sprintf("%d ms", v)) }
        $1 == "BENCH_ROW" {
            k = $3 "\t" $4
            if (!(k in seen)) { seen[k] = 1; order[++n] = k }
            med[$2, k] = $5; verdict[$2, k] = $7; note[$2, k] = $8; cpums[$2, k] = $9
        }
        $1 == "BENCH_RSS" { rss[$2] = $3 }
        END {
            printf "%-38s %-4s %11s %11s %11s %8s   %s\n", "question", "", "SQLite", "ClickHouse", "CH cpu", "ratio", "ClickHouse target (SQLite)"
            for (i = 1; i <= n; i++) {
                k = order[i]; split(k, f, "\t")
                s = med["SQLite", k]; c = med["ClickHouse", k]
                ratio = (s > 0 && c > 0) ? sprintf("%.1fx", s / c) : "-"
                t = verdict["ClickHouse", k]
                if (verdict["SQLite", k] != "-" && verdict["SQLite", k] != "") t = t "  (" verdict["SQLite", k] ")"
                printf "%-38s %-4s %11s %11s %11s %8s   %s\n", f[1], f[2], show(s, note["SQLite", k]), show(c, note["ClickHouse", k]), cpu(cpums["ClickHouse", k]), ratio, t
            }
            printf "peak RSS: bench_query on SQLite %d MB, on ClickHouse %d MB\n", rss["SQLite"] / 1024, rss["ClickHouse"] / 1024
        }' "$out/sqlite" "$out/clickhouse"
    printf 'load average (1/5/15 min) when each run began: SQLite %s, ClickHouse %s, on %s CPUs\n' \
        "$load_sqlite" "${load_ch:-?}" "$(nproc)"
    printf 'clickhouse-server RSS: %d MB at most while bench_query ran, %d MB peak since its start (seeding, merges, ingest included)\n' \
        $(( ch_rss / 1024 )) $(( ${ch_hwm:-0} / 1024 ))
    rollup_bytes=$(chmeta rollup_bytes)
    printf 'data: SQLite %s MB (%s events written, before retention), ClickHouse %s %s MB (%s events after retention, as many as in SQLite) + rollups %s MB (%s rows)\n' \
        "$(( $(meta bytes) / 1000000 ))" "$(meta stored)" "$(chmeta version)" "$(( $(chmeta bytes) / 1000000 ))" "$(chmeta count)" \
        "$(( ${rollup_bytes:-0} / 1000000 ))" "$(chmeta rollup_rows)"
    [[ -z $ingest_line ]] || printf 'ingest into ClickHouse (bench_chingest, batches of 100k):\n%s\n' "$ingest_line"
fi
exit "$rc"
