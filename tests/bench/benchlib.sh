# shellcheck shell=bash
# Shell helpers shared by the benchmark drivers (collector-bench.sh, stream-bench.sh).
# Sourced, not run. Callers set BENCH_NAME (for messages), QUIET_WAIT and QUIET_CPU first.

say() { printf '%s\n' "$*"; }       # progress (stdout)
warn() { printf '%s\n' "$*" >&2; }  # problems (stderr; also usable inside $(...))
die() { warn "${BENCH_NAME:-bench}: $*"; exit 2; }

free_port() {
    local p
    for _ in $(seq 200); do
        p=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return
        fi
    done
    die "no free port found"
}

wait_port() { # pid port timeout_s
    local pid=$1 port=$2 deadline=$(( SECONDS + $3 ))
    while (( SECONDS < deadline )); do
        kill -0 "$pid" 2>/dev/null || return 1
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    return 1
}

# Fraction (%) of all CPUs busy over ~1 s, i.e. load from processes other than ours while
# nothing of ours runs.
cpu_busy() {
    local a b
    read -r _ a1 a2 a3 a4 a5 a6 a7 a8 _ < /proc/stat
    sleep 1
    read -r _ b1 b2 b3 b4 b5 b6 b7 b8 _ < /proc/stat
    a=$(( a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 )); b=$(( b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 ))
    local idle=$(( (b4 + b5) - (a4 + a5) )) total=$(( b - a ))
    (( total > 0 )) || { echo 0; return; }
    echo $(( 100 * (total - idle) / total ))
}

# Waits (at most QUIET_WAIT s) until other processes use < QUIET_CPU % of the machine;
# records the last reading in BUSY and the worst of the session in BUSY_MAX.
BUSY=0; BUSY_MAX=0
wait_quiet() {
    local deadline=$(( SECONDS + QUIET_WAIT ))
    BUSY=$(cpu_busy)
    while (( BUSY >= QUIET_CPU && SECONDS < deadline )); do BUSY=$(cpu_busy); done
    (( BUSY > BUSY_MAX )) && BUSY_MAX=$BUSY
    return 0
}

field() { # line key → value of key=value in a BENCH_RESULT line
    local v
    v=$(sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" $1")
    echo "${v:-0}"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR == 0) print 0; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
maxof() { printf '%s\n' "$@" | sort -g | tail -1; }
calc() { awk "BEGIN {printf \"%s\", $1}"; }
fmt() { awk -v v="$2" "BEGIN {printf \"$1\", v}"; }
