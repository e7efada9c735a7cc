#!/usr/bin/env bash
# shellcheck disable=SC2016 # dpkg-query formats and the namespace's script are literal
# The full install test of the Debian package, in a throw-away Debian bookworm root:
#
#   tests/install/install-test.sh [BUILD_DIR | PACKAGE.deb]     (as root; default BUILD_DIR: build/dev)
#
# 1. a bookworm minbase root made once with debootstrap and cached in
#    /var/tmp/raycstr-install-root (RAYCSTR_INSTALL_ROOT), downloaded .debs cached beside it;
#    each run works on an overlay (or a copy) of it, so re-runs start clean and fast;
# 2. `apt-get install ./raycstr_*.deb` in it: Depends resolved from Debian, the maintainer
#    scripts run (the raycstr user, /var/lib/raycstr);
# 3. in a private network namespace (so the default 127.0.0.1:8080 is free): the installed
#    /usr/bin/raycstr-server serve --config /etc/raycstr/config.yaml as user raycstr; a site
#    and an API key made with the installed CLI as raycstr; a hit sent with curl; the stats
#    API read back; the journal-style output checked for the password advice and no secret;
# 4. an upgrade to a newer version (the same package, version bumped): data, keys and an
#    edited conffile kept; 5. `apt-get remove`: data and config kept; `apt-get purge`: gone.
#
# Needs root, debootstrap, and Debian's package mirror (the first run, and apt-get install).
# Exit 77 when it cannot run here (not root, no debootstrap): CTest counts that as skipped.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
arg=${1:-$src/build/dev}
cache=${RAYCSTR_INSTALL_ROOT:-/var/tmp/raycstr-install-root}
mirror=${RAYCSTR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
port=8080 # the packaged config's; free inside our own network namespace
started=$(date +%s)

say() { printf '[install-test %3ss] %s\n' "$(($(date +%s) - started))" "$*"; }
fail() { say "FAIL: $*"; exit 1; }
if [ "$(id -u)" != 0 ]; then echo "install-test: needs root (chroot, mounts)"; exit 77; fi
command -v debootstrap >/dev/null || { echo "install-test: needs debootstrap (installer/setup-deps.sh)"; exit 77; }

# --- the package -------------------------------------------------------------------------
work=$(mktemp -d /var/tmp/raycstr-install-test.XXXXXX)
if [[ $arg == *.deb ]]; then
    deb=$(readlink -f "$arg")
else
    [ -f "$arg/CPackConfig.cmake" ] || fail "$arg is not a configured build directory"
    say "building the package: cpack -G DEB in $arg"
    (cd "$arg" && cpack -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1) \
        || { cat "$work/cpack.log"; fail "cpack failed"; }
    deb=$(ls "$work"/cpack/raycstr_*.deb)
fi
version=$(dpkg-deb -f "$deb" Version)
say "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# The upgrade: the same package as a newer version (dpkg sees a real upgrade).
dpkg-deb -R "$deb" "$work/next"
sed -i "s/^Version: .*/Version: ${version}+next1/" "$work/next/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip -b "$work/next" "$work/raycstr_next.deb" >/dev/null

# --- the root ----------------------------------------------------------------------------
base=$cache/base
if [ ! -f "$base/.complete" ]; then
    say "debootstrap bookworm (minbase) into $base, once"
    rm -rf "$base"
    mkdir -p "$cache"
    debootstrap --variant=minbase bookworm "$base" "$mirror" >"$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log"; fail "debootstrap failed"; }
    # Services never start in here; the unit is checked with systemd-analyze instead.
    printf '#!/bin/sh\nexit 101\n' >"$base/usr/sbin/policy-rc.d"
    chmod 0755 "$base/usr/sbin/policy-rc.d"
    touch "$base/.complete"
fi
mkdir -p "$cache/archives/partial"

root=$work/root
mounts=()
cleanup() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$root" "$work/upper" "$work/overlay-work"
if mount -t overlay overlay -o "lowerdir=$base,upperdir=$work/upper,workdir=$work/overlay-work" "$root" 2>/dev/null; then
    mounts+=("$root")
else
    say "no overlayfs here: copying the base root"
    cp -a "$base/." "$root/"
fi
mount -t proc proc "$root/proc" && mounts+=("$root/proc")
mount --bind /dev "$root/dev" && mounts+=("$root/dev")
mount --bind "$cache/archives" "$root/var/cache/apt/archives" && mounts+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
as_raycstr() { chroot --userspec=raycstr:raycstr "$root" /usr/bin/env -i \
    PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/var/lib/raycstr LANG=C.UTF-8 "$@"; }
apt_get() { in_root apt-get -y -q -o Dpkg::Use-Pty=0 -o Dpkg::Options::=--force-confold "$@"; }

# The lists are refreshed when older than a day (an old list names superseded versions).
lists=$(find "$base/var/lib/apt/lists" -maxdepth 1 -name '*_Packages*' -mmin -1440 | head -n 1)
if [ -z "$lists" ]; then
    say "apt-get update"
    in_root apt-get -q update >"$work/update.log" 2>&1 || { cat "$work/update.log"; fail "apt-get update"; }
fi

# --- install ------------------------------------------------------------------------------
cp "$deb" "$root/tmp/raycstr.deb"
cp "$work/raycstr_next.deb" "$root/tmp/raycstr_next.deb"
say "apt-get install ./raycstr.deb (Depends from Debian)"
apt_get install --no-install-recommends /tmp/raycstr.deb >"$work/install.log" 2>&1 \
    || { tail -30 "$work/install.log"; fail "apt-get install"; }
grep -E "^(Setting up raycstr|RayCstr:)" "$work/install.log" || true
[ "$(in_root dpkg-query -W -f='${Status}' raycstr)" = "install ok installed" ] || fail "not installed"
in_root getent passwd raycstr | grep -q ':/var/lib/raycstr:' || fail "no raycstr system user"
owner=$(in_root stat -c '%U:%G %a' /var/lib/raycstr) # names as the root knows them
[ "$owner" = "raycstr:raycstr 750" ] || fail "/var/lib/raycstr: $owner"
in_root dpkg-query -W -f='${Conffiles}\n' raycstr | grep -q '/etc/raycstr/config.yaml' \
    || fail "config.yaml is not a conffile"
bins=(raycstr-server)
[ -e "$root/usr/bin/raycstr" ] && bins+=(raycstr) # a build without the desktop app has none
for bin in "${bins[@]}"; do
    missing=$(in_root ldd "/usr/bin/$bin" | grep 'not found' || true)
    [ -z "$missing" ] || fail "$bin: libraries missing from Depends: $missing"
done
if [ -e "$root/usr/bin/raycstr" ]; then
    # The desktop app starts: a QApplication on the offscreen platform plugin.
    in_root env QT_QPA_PLATFORM=offscreen /usr/bin/raycstr --help >"$work/gui-help.txt" 2>&1 \
        || { cat "$work/gui-help.txt"; fail "raycstr --help"; }
    say "raycstr --help runs in the installed root"
fi
if command -v systemd-analyze >/dev/null; then
    # This machine's systemd on the installed unit, ExecStart pointing into the root (the
    # minbase root has no systemd of its own for --root).
    sed "s|^ExecStart=/usr/bin/|ExecStart=$root/usr/bin/|" \
        "$root/usr/lib/systemd/system/raycstr-server.service" >"$work/raycstr-server.service"
    systemd-analyze verify --man=no "$work/raycstr-server.service" || fail "systemd-analyze verify"
    say "systemd-analyze verify: ok"
fi

# --- run the installed server as the service would -----------------------------------------
# Runs inside `unshare --net`: a private loopback, so port 8080 is ours whatever the host runs.
serve_and_query() { # $1: "first" or "again"; prints the stats JSON
    unshare --net bash -euo pipefail -c '
        root=$1; phase=$2; port=$3; work=$4
        ip link set lo up
        chroot --userspec=raycstr:raycstr "$root" /usr/bin/env -i PATH=/usr/bin:/bin \
            HOME=/var/lib/raycstr LANG=C.UTF-8 INVOCATION_ID=install-test \
            /usr/bin/raycstr-server serve --config /etc/raycstr/config.yaml \
            >"$work/serve-$phase.log" 2>&1 &
        pid=$!
        trap "kill $pid 2>/dev/null || true" EXIT # never leave a server behind on failure
        for _ in $(seq 100); do
            grep -q "collecting on" "$work/serve-$phase.log" && break
            kill -0 $pid 2>/dev/null || { cat "$work/serve-$phase.log"; exit 1; }
            sleep 0.1
        done
        url=http://127.0.0.1:$port
        if [ "$phase" = first ]; then
            curl -sf -o /dev/null "$url/js/track.js"
            code=$(curl -s -o /dev/null -w "%{http_code}" -X POST "$url/api/event" \
                -H "Content-Type: text/plain" \
                -H "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0" \
                -d "{\"n\":\"pageview\",\"u\":\"https://example.com/installed\",\"d\":\"example.com\"}")
            [ "$code" = 202 ] || { echo "POST /api/event: $code" >&2; exit 1; }
        fi
        key=$(cat "$work/key")
        for _ in $(seq 50); do # the writer commits in batches
            stats=$(curl -sf -H "Authorization: Bearer $key" \
                "$url/api/stats?site=example.com&period=day")
            echo "$stats" | grep -q "\"pageviews\":1" && break
            sleep 0.2
        done
        code=$(curl -s -o /dev/null -w "%{http_code}" "$url/api/stats?site=example.com&period=day")
        [ "$code" = 401 ] || { echo "no key: $code, expected 401" >&2; exit 1; }
        kill -TERM $pid
        wait $pid
        echo "$stats"
    ' serve "$root" "$1" "$port" "$work"
}

say "site add + token create as raycstr, with the packaged config"
as_raycstr /usr/bin/raycstr-server site add example.com --config /etc/raycstr/config.yaml >/dev/null 2>&1 \
    || fail "site add"
as_raycstr /usr/bin/raycstr-server token create --site example.com --config /etc/raycstr/config.yaml \
    2>/dev/null | grep -o 'rc_[A-Za-z0-9_-]*' >"$work/key" || fail "token create"
say "serve --config /etc/raycstr/config.yaml as raycstr; a hit; the stats API"
stats=$(serve_and_query first) || fail "serve/hit/read back"
echo "$stats" | grep -q '"pageviews":1' || fail "the hit was not read back: $stats"
log=$work/serve-first.log
grep -q "GeoIP:   /usr/share/raycstr/country.mmdb" "$log" \
    || say "note: no packaged country database: $(grep GeoIP "$log")"
grep -q "sudo -u raycstr raycstr-server user set-password --data /var/lib/raycstr" "$log" \
    || { cat "$log"; fail "the first start does not tell how to set the password"; }
! grep -qi "shown once" "$log" || fail "a password went to the log"
grep -q "Stopped: 1 events stored" "$log" || { cat "$log"; fail "not stopped cleanly"; }
others=$(in_root find /var/lib/raycstr ! -user raycstr)
[ -z "$others" ] || fail "files in /var/lib/raycstr not owned by raycstr: $others"
say "read back: $(echo "$stats" | grep -o '"pageviews":[0-9]*' | head -n 1); what the journal would show:"
sed 's/^/    | /' "$log"

# --- upgrade -----------------------------------------------------------------------------
sed -i 's/^retention_days: 90$/retention_days: 30 # edited by the admin/' "$root/etc/raycstr/config.yaml"
say "upgrade to ${version}+next1"
apt_get install --no-install-recommends /tmp/raycstr_next.deb >"$work/upgrade.log" 2>&1 \
    || { tail -30 "$work/upgrade.log"; fail "upgrade"; }
[ "$(in_root dpkg-query -W -f='${Version}' raycstr)" = "${version}+next1" ] || fail "not upgraded"
grep -q "retention_days: 30 # edited by the admin" "$root/etc/raycstr/config.yaml" \
    || fail "the upgrade lost the edited config"
stats=$(serve_and_query again) || fail "serve after the upgrade"
echo "$stats" | grep -q '"pageviews":1' || fail "the upgrade lost the data: $stats"
say "upgrade kept the edited config, the data and the key"

# --- remove, purge -------------------------------------------------------------------------
apt_get remove raycstr >"$work/remove.log" 2>&1 || { tail -30 "$work/remove.log"; fail "remove"; }
[ ! -e "$root/usr/bin/raycstr-server" ] || fail "remove left the binary"
[ -s "$root/var/lib/raycstr/raycstr.db" ] || fail "remove deleted the data"
[ -f "$root/etc/raycstr/config.yaml" ] || fail "remove deleted the config"
say "remove kept /var/lib/raycstr ($(find "$root/var/lib/raycstr" -type f | wc -l) files) and /etc/raycstr"
apt_get purge raycstr >"$work/purge.log" 2>&1 || { tail -30 "$work/purge.log"; fail "purge"; }
[ ! -e "$root/var/lib/raycstr" ] || fail "purge left /var/lib/raycstr"
[ ! -e "$root/etc/raycstr" ] || fail "purge left /etc/raycstr"
say "purge deleted /var/lib/raycstr and /etc/raycstr"
say "PASS ($(($(date +%s) - started)) s)"
