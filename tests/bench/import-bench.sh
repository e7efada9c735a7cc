#!/usr/bin/env bash
# Import benchmark (issue 17): one generated 1 M-line combined access log (30 days, a few
# thousand visitors, pages with their assets, 404s and crawlers), then side by side:
#   RayCstr: `raycstr-server import --from access-log` + the whole 30-day report
#            (`raycstr-server export`, every breakdown as CSV)
#   GoAccess: `goaccess LOG --log-format=COMBINED -o report.json`
# Prints both times, the ratio (target: RayCstr ≥ 3× faster) and the importer's peak RSS
# (/usr/bin/time -v). Builds nothing itself:
#
#   cmake --preset bench && cmake --build --preset bench --target raycstr-server
#   tests/bench/import-bench.sh                   # LINES=1000000 by default
#   SERVER=build/dev/app/raycstr-server LINES=200000 tests/bench/import-bench.sh
#
# Exit status: 0 target met, 1 MISS, 2 could not run.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SERVER=${SERVER:-$ROOT/build/bench/app/raycstr-server}
LINES=${LINES:-1000000}
WORK=${WORK:-$(mktemp -d /var/tmp/raycstr-import-bench.XXXXXX)}
BENCH_NAME=import-bench
# shellcheck source=tests/bench/benchlib.sh
source "$HERE/benchlib.sh"

[ -x "$SERVER" ] || die "no $SERVER (build it first, or set SERVER=)"
command -v goaccess >/dev/null || die "goaccess is missing (installer/setup-deps.sh installs it)"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian: time)"

LOG=$WORK/access.log
if [ ! -s "$LOG" ]; then
    say "generating $LINES lines into $LOG"
    # 30 days ending yesterday; each request line is a page (GET, 200) followed by its
    # assets, with a 404 or a crawler now and then, in time order.
    awk -v lines="$LINES" -v end="$(date -u -d 'yesterday 23:59:59' +%s)" 'BEGIN {
        srand(17);
        split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", mon, " ");
        np = split("/ /pricing /blog /blog/hello-world /blog/second-post /docs /docs/start /docs/api /about /contact /features /changelog", pages, " ");
        nr = split("- https://www.google.com/ https://news.ycombinator.com/item?id=1 https://duckduckgo.com/ https://t.co/abc https://github.com/", refs, " ");
        nu = split("Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0|Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36|Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15|Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1|Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36|Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", uas, "|");
        start = end - 30 * 86400; step = (30 * 86400) / lines;
        for (i = 0; i < lines; ) {
            t = int(start + i * step);
            ip = sprintf("%d.%d.%d.%d", 11 + int(rand() * 200), int(rand() * 256), int(rand() * 16), 1 + int(rand() * 250));
            ua = uas[1 + int(rand() * nu)]; p = pages[1 + int(rand() * np)]; r = refs[1 + int(rand() * nr)];
            st = rand() < 0.03 ? 404 : 200;
            cmd = "";
            ts = strftime("%d/%b/%Y:%H:%M:%S +0000", t, 1);
            printf "%s - - [%s] \"GET %s HTTP/1.1\" %d 5120 \"%s\" \"%s\"\n", ip, ts, p, st, r, ua; i++;
            if (st == 200) {
                printf "%s - - [%s] \"GET /assets/site.css HTTP/1.1\" 200 2048 \"https://example.com%s\" \"%s\"\n", ip, ts, p, ua; i++;
                printf "%s - - [%s] \"GET /assets/app.js HTTP/1.1\" 200 4096 \"https://example.com%s\" \"%s\"\n", ip, ts, p, ua; i++;
            }
        }
    }' > "$LOG"
fi
say "log: $(wc -l < "$LOG") lines, $(du -m "$LOG" | cut -f1) MB"

DATA=$WORK/data
rm -rf "$DATA"
"$SERVER" site add example.com --data "$DATA" >/dev/null
FROM=$(date -u -d '30 days ago' +%F)
TO=$(date -u -d 'yesterday' +%F)

t0=$(date +%s.%N)
/usr/bin/time -v -o "$WORK/import.time" "$SERVER" import --from access-log --site example.com "$LOG" \
    --data "$DATA" > "$WORK/import.out" 2> "$WORK/import.err" || die "import failed: $(tail -3 "$WORK/import.err")"
t1=$(date +%s.%N)
"$SERVER" export --site example.com --period custom --from "$FROM" --to "$TO" \
    --out "$WORK/report.zip" --data "$DATA" > /dev/null || die "export failed"
t2=$(date +%s.%N)
goaccess "$LOG" --log-format=COMBINED -o "$WORK/report.json" > /dev/null 2>&1 || die "goaccess failed"
t3=$(date +%s.%N)

import_s=$(echo "$t1 - $t0" | bc -l); report_s=$(echo "$t2 - $t1" | bc -l)
raycstr_s=$(echo "$t2 - $t0" | bc -l); goaccess_s=$(echo "$t3 - $t2" | bc -l)
rss_mb=$(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/import.time") / 1024 ))
ratio=$(echo "$goaccess_s / $raycstr_s" | bc -l)
sed 's/^/  /' "$WORK/import.out"
printf 'RayCstr:  import %.1f s + 30-day report %.1f s = %.1f s (importer peak RSS %d MB)\n' \
    "$import_s" "$report_s" "$raycstr_s" "$rss_mb"
printf 'GoAccess: %.1f s (%s)\n' "$goaccess_s" "$(goaccess --version | head -1)"
printf 'ratio:    %.2fx (target >= 3x)\n' "$ratio"
if (( $(echo "$ratio >= 3" | bc -l) )); then say "OK"; exit 0; fi
say "MISS"; exit 1
