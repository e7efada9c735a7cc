#!/usr/bin/env bash
# Renders the desktop app's main screens (dashboard, live view, settings, first run, remote
# connect), light and dark, at 1280×800 to PNG — the README's screenshots:
#
#   cmake --build build/dev --target raycstr seed_dataset && tests/ui/render-screens.sh [OUT]
#
# RENDER_SIZE=960x640 renders a smaller window (files named dashboard-960x640.png…),
# RENDER_LANG=de the German app (dashboard-de.png…): look at every screen at both sizes and
# in German before a UI change is done.
#
# The demo data set (2 sites, 6 weeks, 400k events ending yesterday) is seeded once through
# the real write path (tests/bench/seed_dataset) into CACHE, and each render works on a
# copy of it (rendering sends a few live visits through the collector).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${BUILD:-$ROOT/build/dev}
OUT=${1:-$ROOT/resources/screenshots}
CACHE=${CACHE:-/var/tmp/raycstr-demo}
END=$(date -u -d yesterday +%F)

die() { printf 'render-screens: %s\n' "$*" >&2; exit 2; }
[[ -x $BUILD/app/raycstr ]] || die "$BUILD/app/raycstr not built"
[[ -x $BUILD/tests/bench/seed_dataset ]] || die "$BUILD/tests/bench/seed_dataset not built"

if ! grep -qx "end=$END" "$CACHE/dataset.txt" 2>/dev/null; then
    rm -rf "$CACHE"
    "$BUILD/tests/bench/seed_dataset" --data "$CACHE" --events 400k --days 42 --sites 2 \
        --end "$END" >/dev/null
fi
mkdir -p "$OUT"
for variant in "" --dark; do
    work=$(mktemp -d)
    cp -a "$CACHE/." "$work/"
    QT_QPA_PLATFORM=offscreen "$BUILD/app/raycstr" --render-screens "$OUT" --data "$work" \
        $variant ${RENDER_SIZE:+--size "$RENDER_SIZE"} ${RENDER_LANG:+--lang "$RENDER_LANG"} \
        2>/dev/null || { rm -rf "$work"; die "rendering failed"; }
    rm -rf "$work"
done
