#!/usr/bin/env bash
# Installs every build, run and test dependency of RayCstr on Debian bookworm.
# Idempotent: packages already present are skipped by apt, the GeoIP database is only
# fetched when missing, the tracker's npm tools only when missing or out of date. Needs root
# (or sudo) and the Debian and npm package registries.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# Build tools and libraries. Listed one per concern so a missing one is easy to spot.
# Note: libqt6opengl6-dev and xauth are Recommends that --no-install-recommends drops,
# yet Qt Charts' CMake config and xvfb-run need them, hence explicit.
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev
  libsqlite3-dev sqlite3
  libmaxminddb-dev libre2-dev libyaml-cpp-dev libsodium-dev libsimdjson-dev libjemalloc-dev
  # the export command's zip archives (Qt 6.4 has no public zip writer)
  libzip-dev
  # imports: gzip'd access logs
  zlib1g-dev
  # the Umami import reads its PostgreSQL database through libpq
  libpq-dev
  # email reports: SMTP with STARTTLS/implicit TLS and AUTH through libcurl
  libcurl4-openssl-dev
  uap-core
  # tests and benchmarks (chromium: the tracker's end-to-end test, headless; its fonts come
  # with fontconfig)
  libmaxmind-db-writer-perl wrk nginx-light
  # the import benchmark's yardstick (tests/bench/import-bench.sh)
  goaccess xvfb xauth sqlite3 linux-perf chromium
  # the desktop app's keychain test: a real Secret Service in a private D-Bus session
  gnome-keyring libsecret-1-0 dbus-bin
  # the fuzz preset (tests/fuzz): clang's libFuzzer and sanitizer runtimes
  clang libclang-rt-14-dev
  # the email report tests: a real SMTP server on loopback (STARTTLS, AUTH) with a
  # throw-away certificate made by openssl
  python3-aiosmtpd openssl
  # the ClickHouse backend's tests (issue 16): Debian's server, started by the tests
  # themselves on loopback (tests/common/clickhouseserver.h), never as a system service
  clickhouse-server clickhouse-client
  # the Umami import's test: a real PostgreSQL started by the test in a temporary directory
  # (tests/common/postgresserver.h), never as a system service
  postgresql
  # packages (cpack -G DEB/RPM) and their checks (tests/install): dpkg-shlibdeps, rpmbuild,
  # the validators, lintian, the throw-away Debian root of the full install test (debootstrap,
  # a private loopback via ip, curl), icons rendered from the SVG (rsvg-convert)
  dpkg-dev fakeroot rpm desktop-file-utils appstream lintian shellcheck file groff-base
  debootstrap iproute2 curl librsvg2-bin
)
# systemd-analyze verifies the service unit; containers often come without systemd.
command -v systemd-analyze >/dev/null 2>&1 || packages+=(systemd)
# Node.js/npm: some images ship NodeSource's nodejs (npm bundled, conflicts with Debian's
# npm package); only ask Debian for them when the commands are missing.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # clickhouse-server's postinst starts the system service through invoke-rc.d; the tests
  # run their own servers. A policy-rc.d that forbids starts (exit 101, what container
  # images ship) keeps it down during the install; one already there is left alone.
  policy=/usr/sbin/policy-rc.d
  own_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod 0755 "$policy"
    own_policy=1
  fi
  status=0
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" || status=$?
  if [ -n "$own_policy" ]; then $SUDO rm -f "$policy"; fi
  [ "$status" = 0 ] || exit "$status"
else
  echo "setup: all Debian packages present"
fi

# nginx-light's package starts a system nginx on port 80; the benchmark runs its own.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet nginx 2>/dev/null; then
  $SUDO systemctl disable --now nginx >/dev/null 2>&1 || true
fi
# Nor a system ClickHouse on 8123/9000 at every boot (the package enables its unit).
if command -v systemctl >/dev/null 2>&1 \
   && systemctl is-enabled --quiet clickhouse-server 2>/dev/null; then
  $SUDO systemctl disable --now clickhouse-server >/dev/null 2>&1 || true
fi

# A redistributable IP → country database (CC0, ip-location-db from the npm registry).
# Installed once into resources' runtime location; the build copies nothing from it.
geo_dir=/usr/local/share/raycstr
geo_db=$geo_dir/country.mmdb
if [ ! -s "$geo_db" ]; then
  echo "setup: fetching the ip-location-db country database"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent @ip-location-db/geo-whois-asn-country-mmdb >/dev/null 2>&1 \
     && tar xzf ./*.tgz)
  src=$(find "$tmp/package" -name '*.mmdb' | head -n 1)
  if [ -n "$src" ]; then
    $SUDO mkdir -p "$geo_dir"
    $SUDO install -m 0644 "$src" "$geo_db"
  else
    echo "setup: warning: could not fetch the GeoIP database; countries will be empty" >&2
  fi
  rm -rf "$tmp"
fi
# The tracker's build and test tools (esbuild, playwright-core), pinned by its
# package-lock.json: installed again only when node_modules is missing or older than the
# lock file. As the invoking user: node_modules belongs to the work tree, not to root.
tracker="$here/../resources/tracker"
if [ ! -f "$tracker/node_modules/.package-lock.json" ] \
   || [ "$tracker/package-lock.json" -nt "$tracker/node_modules/.package-lock.json" ]; then
  echo "setup: installing the tracker's build tools (npm ci in resources/tracker)"
  (cd "$tracker" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
# The bot filter's lists, pinned by resources/botlists/package-lock.json: isbot's pattern list
# (embedded by the build) and crawler-user-agents (the filter's score in tst_botfilter; its
# other list, uap-core's test strings, comes with the Debian package above). Same rule as the
# tracker's tools: installed again only when missing or older than the lock file.
botlists="$here/../resources/botlists"
if [ ! -f "$botlists/node_modules/.package-lock.json" ] \
   || [ "$botlists/package-lock.json" -nt "$botlists/node_modules/.package-lock.json" ]; then
  echo "setup: installing the bot filter's lists (npm ci in resources/botlists)"
  (cd "$botlists" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
# The desktop app's world map, pinned by resources/worldmap/package-lock.json: world-atlas
# (Natural Earth's countries, public domain) and i18n-iso-countries (numeric → alpha-2 codes),
# turned into the app's map resource by the build. Same rule as above.
worldmap="$here/../resources/worldmap"
if [ ! -f "$worldmap/node_modules/.package-lock.json" ] \
   || [ "$worldmap/package-lock.json" -nt "$worldmap/node_modules/.package-lock.json" ]; then
  echo "setup: installing the world map's data (npm ci in resources/worldmap)"
  (cd "$worldmap" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
echo "setup: done"
