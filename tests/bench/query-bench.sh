#!/usr/bin/env bash
# Query benchmark (issue 3): seeds a realistic data set once (seed_dataset, through the real
# write path) into a cache directory, then times the dashboard's queries on it (bench_query).
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

for b in "$SEEDER" "$BENCH" "$FUNNEL"; do
    [[ -x $b ]] || die "$b not found; build it: cmake --preset bench && cmake --build --preset bench"
done

events=$(awk -v s="$SIZE" 'BEGIN {
    n = s; m = 1; c = tolower(substr(s, length(s)))
    if (c == "k") m = 1e3; else if (c == "m") m = 1e6; else if (c == "g") m = 1e9
    if (m > 1) n = substr(s, 1, length(s) - 1)
    if (n !~ /^[0-9]+(\.[0-9]+)?$/) exit 1
    printf "%d", n * m }') || die "SIZE=$SIZE is not a count (10m, 100m, 2500k…)"
DIR=$CACHE/$(tr '[:upper:]' '[:lower:]' <<<"$SIZE")
schema=$("$BENCH" --schema-version) || die "$BENCH --schema-version failed"

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
    log=$CACHE/$(basename "$DIR").seed.log
    printf 'query-bench: seeding %s events into %s (log: %s)\n' "$events" "$DIR" "$log"
    if ! nice -n "$SEED_NICE" "$SEEDER" "${args[@]}" 2>&1 | tee "$log"; then
        die "seed_dataset failed (see $log)"
    fi
    matches || die "seeded, but $DIR/dataset.txt does not match; see $log"
else
    printf 'query-bench: reusing %s (%s events stored, seeded in %s s, %s bytes, data to %s)\n' \
        "$DIR" "$(meta stored)" "$(meta seconds)" "$(meta bytes)" "$(meta end)"
fi

rc=0
# shellcheck disable=SC2086 # BENCH_ARGS is a list of flags
"$BENCH" --data "$DIR" --runs "$RUNS" --site "$SITE" $BENCH_ARGS || rc=$?
# Funnels and goals (issue 4) on the same data set.
"$FUNNEL" --data "$DIR" --runs "$RUNS" --site "$SITE" || rc=$(( rc > 0 ? rc : $? ))
exit "$rc"
