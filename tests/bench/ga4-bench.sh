#!/usr/bin/env bash
# GA4 import benchmark (issue 17): peak RSS and time of both GA4 importers on large
# generated inputs in GA's shapes:
#   - ROWS (default 1 M) rows of GA4's BigQuery export (events_ tables as newline-delimited
#     JSON, gzip'd, 30 days, visits in random order as an extract of sharded tables is),
#     `raycstr-server import --from ga4-bigquery`;
#   - Data API runReport answers for the same 30 days: the daily report and a pages report
#     of PAGES (default 10,000) paths a day, in pages of 250,000 rows (the API's limit),
#     `raycstr-server import --from google-analytics`.
# Prints rows, time, rows/s and peak RSS (/usr/bin/time -v) of each. Builds nothing itself:
#
#   cmake --preset bench && cmake --build --preset bench --target raycstr-server
#   tests/bench/ga4-bench.sh
#   SERVER=build/dev/app/raycstr-server ROWS=200000 tests/bench/ga4-bench.sh
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SERVER=${SERVER:-$ROOT/build/bench/app/raycstr-server}
ROWS=${ROWS:-1000000}
PAGES=${PAGES:-10000}
WORK=${WORK:-$(mktemp -d /var/tmp/raycstr-ga4-bench.XXXXXX)}
BENCH_NAME=ga4-bench
# shellcheck source=tests/bench/benchlib.sh
source "$HERE/benchlib.sh"

[ -x "$SERVER" ] || die "no $SERVER (build it first, or set SERVER=)"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian: time)"
end=$(date -u -d 'yesterday 00:00:00' +%s)
first=$((end - 29 * 86400))

EVENTS=$WORK/events.json.gz
if [ ! -s "$EVENTS" ]; then
    say "generating $ROWS BigQuery export rows into $EVENTS"
    # Visits at random times of the 30 days (so the file is in no time order): session_start,
    # 1-5 page_views each followed by user_engagement, now and then a sign_up.
    awk -v rows="$ROWS" -v first="$first" 'BEGIN {
        srand(17);
        np = split("/ /pricing /blog /blog/hello-world /blog/second-post /docs /docs/start /docs/api /about /contact", pages, " ");
        split("desktop|Windows|Windows 10|Chrome|120.0.6099.109;mobile|iOS|iOS 17.1.1|Safari|17.1;tablet|Android|Android 14|Chrome|120.0.6099.43;desktop|Macintosh|Macintosh Intel 10.15|Firefox|120.0", devs, ";");
        split("United States;Germany;France;United Kingdom;Czechia;Japan;(not set)", countries, ";");
        split(";https://www.google.com/;https://news.ycombinator.com/;https://t.co/x", refs, ";");
        n = 0;
        while (n < rows) {
            user = int(rand() * 20000);
            split(devs[1 + user % 4], d, "|");
            country = countries[1 + user % 7];
            t = (first + int(rand() * 30 * 86400)) * 1000000;
            sid = int(t / 1000000);
            views = 1 + int(rand() * 5);
            ref = refs[1 + int(rand() * 4)];
            for (i = -1; i < 2 * views && n < rows; i++) {
                if (i < 0) { name = "session_start"; params = ""; }
                else if (i % 2 == 0) {
                    name = "page_view"; page = pages[1 + int(rand() * np)];
                    params = sprintf(",{\"key\":\"page_location\",\"value\":{\"string_value\":\"https://example.com%s\"}},{\"key\":\"page_title\",\"value\":{\"string_value\":\"Example\"}}", page);
                    if (i == 0 && ref != "") params = params sprintf(",{\"key\":\"page_referrer\",\"value\":{\"string_value\":\"%s\"}}", ref);
                } else {
                    name = (rand() < 0.1) ? "sign_up" : "user_engagement"; t += int(rand() * 30000000);
                    params = sprintf(",{\"key\":\"page_location\",\"value\":{\"string_value\":\"https://example.com%s\"}},{\"key\":\"engagement_time_msec\",\"value\":{\"int_value\":\"%d\"}},{\"key\":\"method\",\"value\":{\"string_value\":\"email\"}}", page, int(rand() * 30000));
                }
                printf "{\"event_date\":\"%s\",\"event_timestamp\":\"%d\",\"event_name\":\"%s\",\"event_params\":[{\"key\":\"ga_session_id\",\"value\":{\"int_value\":\"%d\"}},{\"key\":\"ga_session_number\",\"value\":{\"int_value\":\"1\"}}%s],\"event_bundle_sequence_id\":\"%d\",\"user_pseudo_id\":\"%d.1700000000\",\"privacy_info\":{\"analytics_storage\":\"Yes\",\"ads_storage\":\"Yes\",\"uses_transient_token\":\"No\"},\"user_first_touch_timestamp\":\"1700000000000000\",\"device\":{\"category\":\"%s\",\"mobile_brand_name\":\"Apple\",\"operating_system\":\"%s\",\"operating_system_version\":\"%s\",\"language\":\"en-us\",\"is_limited_ad_tracking\":\"No\",\"web_info\":{\"browser\":\"%s\",\"browser_version\":\"%s\",\"hostname\":\"example.com\"}},\"geo\":{\"city\":\"(not set)\",\"country\":\"%s\",\"continent\":\"Europe\",\"region\":\"(not set)\"},\"traffic_source\":{\"name\":\"(direct)\",\"medium\":\"(none)\",\"source\":\"(direct)\"},\"stream_id\":\"4242424242\",\"platform\":\"WEB\",\"items\":[],\"is_active_user\":true}\n",
                    strftime("%Y%m%d", int(t / 1000000), 1), t, name, sid, params, n, 1000000000 + user, d[1], d[2], d[3], d[4], d[5], country;
                n++;
                t += 1000000 + int(rand() * 120000000);
            }
        }
    }' | gzip -1 > "$EVENTS"
fi
say "BigQuery export: $ROWS rows, $(du -m "$EVENTS" | cut -f1) MB gzip'd ($(zcat "$EVENTS" | wc -c | awk '{ printf "%d", $1 / 1048576 }') MB)"

REPORTS=$WORK/reports
if [ ! -d "$REPORTS" ]; then
    say "generating Data API reports (30 days × $PAGES pages) into $REPORTS"
    mkdir -p "$REPORTS"
    awk -v first="$first" -v pages="$PAGES" -v dir="$REPORTS" 'BEGIN {
        srand(4); total = 30 * pages; limit = 250000; file = 0;
        for (r = 0; r < total; r++) {
            if (r % limit == 0) {
                if (r) { printf "\n  ],\n  \"rowCount\": %d,\n  \"kind\": \"analyticsData#runReport\"\n}\n", total > out; close(out); }
                out = sprintf("%s/pages-%d.json", dir, ++file);
                printf "{\n  \"dimensionHeaders\": [{\"name\": \"date\"}, {\"name\": \"hostName\"}, {\"name\": \"pagePath\"}],\n  \"metricHeaders\": [{\"name\": \"totalUsers\", \"type\": \"TYPE_INTEGER\"}, {\"name\": \"screenPageViews\", \"type\": \"TYPE_INTEGER\"}],\n  \"rows\": [\n" > out;
            } else printf ",\n" > out;
            day = int(r / pages); u = 1 + int(rand() * 50);
            printf "    {\"dimensionValues\": [{\"value\": \"%s\"}, {\"value\": \"example.com\"}, {\"value\": \"/page/%d\"}], \"metricValues\": [{\"value\": \"%d\"}, {\"value\": \"%d\"}]}", strftime("%Y%m%d", first + day * 86400, 1), r % pages, u, u + int(rand() * 20) > out;
        }
        printf "\n  ],\n  \"rowCount\": %d,\n  \"kind\": \"analyticsData#runReport\"\n}\n", total > out;
        out = dir "/daily.json";
        printf "{\"dimensionHeaders\":[{\"name\":\"date\"}],\"metricHeaders\":[{\"name\":\"totalUsers\",\"type\":\"TYPE_INTEGER\"},{\"name\":\"sessions\",\"type\":\"TYPE_INTEGER\"},{\"name\":\"screenPageViews\",\"type\":\"TYPE_INTEGER\"}],\"rows\":[" > out;
        for (d = 0; d < 30; d++) printf "%s{\"dimensionValues\":[{\"value\":\"%s\"}],\"metricValues\":[{\"value\":\"%d\"},{\"value\":\"%d\"},{\"value\":\"%d\"}]}", d ? "," : "", strftime("%Y%m%d", first + d * 86400, 1), 1000 + d, 1200 + d, 4000 + d > out;
        printf "],\"rowCount\":30,\"kind\":\"analyticsData#runReport\"}\n" > out;
    }'
fi
say "Data API reports: $(ls "$REPORTS" | wc -l) files, $(du -m "$REPORTS" | cut -f1) MB"

run() { # name source inputs...
    local name=$1 source=$2
    shift 2
    local data=$WORK/data-$name
    rm -rf "$data"
    "$SERVER" site add example.com --data "$data" >/dev/null
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$WORK/$name.time" "$SERVER" import --from "$source" --site example.com \
        "$@" --data "$data" > "$WORK/$name.out" 2> "$WORK/$name.err" \
        || die "$name import failed: $(tail -3 "$WORK/$name.err")"
    end=$(date +%s.%N)
    local secs rss rows
    secs=$(echo "$end - $start" | bc -l)
    rss=$(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/$name.time") / 1024 ))
    rows=$(sed -n 's/.* s: \([0-9]*\) rows read.*/\1/p' "$WORK/$name.out")
    printf '%-18s %10s rows %8.1f s %9.0f rows/s   peak RSS %5d MB\n' "$name" "$rows" "$secs" \
        "$(echo "$rows / $secs" | bc -l)" "$rss"
    say "    $(grep -h 'done in\|Skipped' "$WORK/$name.out" | tr '\n' ' ')"
}
run ga4-bigquery ga4-bigquery "$EVENTS"
run google-analytics google-analytics "$REPORTS"
