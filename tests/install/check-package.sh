#!/usr/bin/env bash
# shellcheck disable=SC2016 # the bash -c snippets and formats are literal on purpose
# The fast package check (CTest label "install"): builds the .deb with cpack from a built
# tree and checks it without installing it:
#   - control: Depends computed by dpkg-shlibdeps plus ours, Recommends, maintainer
#     scripts, the conffile;
#   - contents: both programs, the unit, the config, icons, menu entry, AppStream data, man
#     pages, copyright and the GeoIP credit;
#   - validators: desktop-file-validate, appstreamcli validate --no-net, systemd-analyze
#     verify (on the unpacked package), lintian (errors fail, when installed);
#   - the man pages name every command and option the packaged programs' --help prints;
#   - the packaged config.yaml is accepted by the packaged server;
#   - with rpmbuild: the .rpm's files, config and scripts.
#
#   tests/install/check-package.sh BUILD_DIR
# The full install/run/upgrade/purge test is tests/install/install-test.sh.
set -euo pipefail

build=$(readlink -f "${1:?usage: check-package.sh BUILD_DIR [desktop|server-only]}")
# Whether the build has the desktop app (CTest says; by hand: whether CMake made its target).
desktop=${2:-auto}
if [ "$desktop" = auto ]; then
    desktop="server-only"
    if [ -f "$build/build.ninja" ]; then
        grep -q '^build app/raycstr:' "$build/build.ninja" && desktop=desktop
    elif [ -d "$build/app/CMakeFiles/raycstr.dir" ]; then
        desktop=desktop
    fi
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/raycstr-package-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
failures=0
say() { printf '[package-check %3ss] %s\n' "$(($(date +%s) - started))" "$*"; }
check() { # check "what" command...: runs it, counts a failure with its output
    local what=$1
    shift
    if out=$("$@" 2>&1); then
        say "ok: $what"
    else
        say "FAIL: $what"
        printf '%s\n' "$out" | sed 's/^/    /'
        failures=$((failures + 1))
    fi
}
need() { command -v "$1" >/dev/null || { say "FAIL: $1 is missing (installer/setup-deps.sh installs it)"; exit 1; }; }
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do need "$tool"; done

say "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/deb" >"$work/cpack-deb.log" 2>&1) \
    || { cat "$work/cpack-deb.log"; exit 1; }
deb=$(ls "$work"/deb/raycstr_*.deb)
say "$(basename "$deb"): $(du -h "$deb" | cut -f1)"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")

# --- control ------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
say "Depends: $(field Depends)"
say "Recommends: $(field Recommends)"
has_all() { # has_all TEXT WORD...: every WORD is a whole entry of the comma list TEXT
    local text word
    text=",$(echo "$1" | tr -d ' '),"
    shift
    for word in "$@"; do
        [[ $text == *",$word,"* || $text == *",$word("* || $text == *",$word|"* \
            || $text == *"|$word,"* || $text == *"|$word("* || $text == *"|$word|"* ]] \
            || { echo "missing: $word in $1"; return 1; }
    done
}
check "Package raycstr, Version $version" test "$(field Package) $(field Version)" = "raycstr $version"
# dpkg-shlibdeps' part (it ran: it found the libraries) and ours (what it cannot see).
check "Depends: computed by dpkg-shlibdeps" has_all "$(field Depends)" \
    libc6 libqt6core6 libqt6network6 libqt6httpserver6 libsqlite3-0 libsodium23 \
    libmaxminddb0 libyaml-cpp0.7
check "Depends: ours (adduser, uap-core)" has_all "$(field Depends)" adduser uap-core
if [ "$desktop" = desktop ]; then
    check "Depends: the desktop app's (Widgets, Charts, keychain, platform plugins)" \
        has_all "$(field Depends)" libqt6widgets6 libqt6charts6 libqt6keychain1 qt6-qpa-plugins
    check "Recommends: a Secret Service keychain" has_all "$(field Recommends)" \
        libsecret-1-0 gnome-keyring kwalletmanager
fi
check "no Qt SQL driver needed (SQLite is used directly)" \
    bash -c '! dpkg-deb -f "$0" Depends | grep -q libqt6sql' "$deb"
dpkg-deb -e "$deb" "$work/control"
check "maintainer scripts postinst, prerm, postrm" \
    test -x "$work/control/postinst" -a -x "$work/control/prerm" -a -x "$work/control/postrm"
check "conffiles: /etc/raycstr/config.yaml" \
    test "$(cat "$work/control/conffiles")" = "/etc/raycstr/config.yaml"
if command -v shellcheck >/dev/null; then
    check "shellcheck of the maintainer scripts" \
        shellcheck -s sh "$work/control/postinst" "$work/control/prerm" "$work/control/postrm"
fi

# --- contents -----------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
expected=(
    /usr/bin/raycstr-server
    /usr/lib/systemd/system/raycstr-server.service
    /etc/raycstr/config.yaml
    /usr/share/man/man1/raycstr-server.1.gz
    /usr/share/doc/raycstr/copyright
    /usr/share/doc/raycstr/NOTICE
    /usr/share/doc/raycstr/README.Debian
    /usr/share/doc/raycstr/changelog.gz
)
if [ "$desktop" = desktop ]; then
    expected+=(
        /usr/bin/raycstr
        /usr/share/man/man1/raycstr.1.gz
        /usr/share/applications/org.raycstr.RayCstr.desktop
        /usr/share/metainfo/org.raycstr.RayCstr.metainfo.xml
        /usr/share/icons/hicolor/scalable/apps/raycstr.svg
    )
    for size in 16 24 32 48 64 128 256 512; do
        expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/raycstr.png")
    done
fi
missing=()
for f in "${expected[@]}"; do grep -qx "$f" "$work/files" || missing+=("$f"); done
check "contents: ${#expected[@]} expected files" test ${#missing[@]} -eq 0 -o -z "${missing[*]}"
[ ${#missing[@]} -eq 0 ] || say "    missing: ${missing[*]}"
check "nothing under /usr/local or the build tree" \
    bash -c '! grep -E "^/usr/local|/work/|/build/" "$0"' "$work/files"
if grep -qx /usr/share/raycstr/country.mmdb "$work/files"; then
    say "ships /usr/share/raycstr/country.mmdb"
else
    say "note: no country database in this build (RAYCSTR_GEOIP_DATABASE missing at configure)"
fi

dpkg-deb -x "$deb" "$work/root"
x=$work/root
check "NOTICE credits the GeoIP data (ip-location-db, NRO, CC BY 4.0)" bash -c \
    'grep -q ip-location-db "$0" && grep -q nro.net "$0" && grep -q "CC BY 4.0" "$0"' \
    "$x/usr/share/doc/raycstr/NOTICE"
check "copyright is machine-readable (DEP-5)" \
    grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
    "$x/usr/share/doc/raycstr/copyright"

# --- validators ---------------------------------------------------------------------------
if [ "$desktop" = desktop ]; then
    check "desktop-file-validate" desktop-file-validate "$x/usr/share/applications/org.raycstr.RayCstr.desktop"
    check "appstreamcli validate --no-net" \
        appstreamcli validate --no-net "$x/usr/share/metainfo/org.raycstr.RayCstr.metainfo.xml"
    for size in 16 48 256 512; do
        check "icon ${size}x${size} is a ${size}x${size} PNG" bash -c \
            'file "$0" | grep -q "PNG image data, $1 x $1,"' \
            "$x/usr/share/icons/hicolor/${size}x${size}/apps/raycstr.png" "$size"
    done
fi
check "unit: ExecStart is the packaged binary and config" grep -qx \
    "ExecStart=/usr/bin/raycstr-server serve --config /etc/raycstr/config.yaml" \
    "$x/usr/lib/systemd/system/raycstr-server.service"
if command -v systemd-analyze >/dev/null; then
    # On this machine's systemd, with ExecStart pointing into the unpacked package (verify
    # checks that the program exists; --root would need a whole systemd tree there).
    mkdir -p "$work/unit"
    sed "s|^ExecStart=/usr/bin/|ExecStart=$x/usr/bin/|" \
        "$x/usr/lib/systemd/system/raycstr-server.service" >"$work/unit/raycstr-server.service"
    check "systemd-analyze verify" \
        systemd-analyze verify --man=no "$work/unit/raycstr-server.service"
else
    say "note: systemd-analyze is not installed: the unit is not verified"
fi

# --- the programs against their man pages ---------------------------------------------------
server=$x/usr/bin/raycstr-server
man_text() { zcat "$1" | groff -man -Tutf8 -P-c -P-b -P-u 2>/dev/null | sed 's/‐/-/g'; }
man_text "$x/usr/share/man/man1/raycstr-server.1.gz" >"$work/raycstr-server.man"
check "raycstr-server.1 renders without warnings" \
    bash -c '! zcat "$0" | groff -man -Tutf8 -ww -z 2>&1 | grep .' "$x/usr/share/man/man1/raycstr-server.1.gz"
# Commands: the first two words of each command line in --help ("site add", "token list").
LC_ALL=C LANG=C "$server" --help >"$work/help.txt"
mapfile -t commands < <(sed -n 's/^  \([a-z]\+\)\( \([a-z-]\+\)\)\?.*/\1\2/p' "$work/help.txt" \
    | sed 's/ \(DOMAIN\|ID\|--.*\)$//' | sort -u)
mapfile -t subs < <(printf '%s\n' "${commands[@]}" | cut -d' ' -f1 | sort -u)
mapfile -t options < <(grep -o -- '--[a-z][a-z-]*' "$work/help.txt" | sort -u)
for sub in "${subs[@]}"; do
    LC_ALL=C LANG=C "$server" "$sub" --help >>"$work/help.txt"
    # The sub-command's actions ("  action   add, list, remove, alias or unalias").
    for a in $(LC_ALL=C LANG=C "$server" "$sub" --help | sed -n 's/^  action  *//p' | sed 's/,\| or / /g'); do
        commands+=("$sub $a")
    done
    mapfile -t -O "${#options[@]}" options < <(LC_ALL=C LANG=C "$server" "$sub" --help \
        | grep -o -- '--[a-z][a-z-]*' | sort -u)
done
unnamed=()
for c in "${commands[@]}"; do grep -q -- "$c" "$work/raycstr-server.man" || unnamed+=("$c"); done
for o in $(printf '%s\n' "${options[@]}" | sort -u); do
    grep -q -- "$o" "$work/raycstr-server.man" || unnamed+=("$o")
done
mapfile -t commands < <(printf '%s\n' "${commands[@]}" | sort -u)
say "raycstr-server --help: ${#commands[@]} commands, $(printf '%s\n' "${options[@]}" | sort -u | wc -l) options"
check "raycstr-server.1 names every command and option of --help" test -z "${unnamed[*]}"
[ ${#unnamed[@]} -eq 0 ] || say "    not in the man page: ${unnamed[*]}"
if [ -x "$x/usr/bin/raycstr" ]; then
    man_text "$x/usr/share/man/man1/raycstr.1.gz" >"$work/raycstr.man"
    unnamed=()
    for o in $(LC_ALL=C LANG=C QT_QPA_PLATFORM=offscreen "$x/usr/bin/raycstr" --help 2>/dev/null \
        | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        grep -q -- "$o" "$work/raycstr.man" || unnamed+=("$o")
    done
    check "raycstr.1 names every option of raycstr --help" test -z "${unnamed[*]}"
    [ ${#unnamed[@]} -eq 0 ] || say "    not in the man page: ${unnamed[*]}"
fi
check "the packaged config.yaml is accepted by the packaged server" \
    "$server" site list --config "$x/etc/raycstr/config.yaml" --data "$work/data"

if command -v lintian >/dev/null; then
    # Errors fail; warnings are listed. Left as they are: the unstripped binaries of a
    # Debug build (CPACK_STRIP_FILES is on for Release).
    lintian --tag-display-limit 0 --suppress-tags unstripped-binary-or-object \
        "$deb" >"$work/lintian.txt" 2>&1 || true
    say "lintian: $(grep -c '^E:' "$work/lintian.txt") errors, $(grep -c '^W:' "$work/lintian.txt") warnings"
    sed 's/^/    /' "$work/lintian.txt"
    check "lintian: no errors" bash -c '! grep -q "^E:" "$0"' "$work/lintian.txt"
fi

# --- RPM ----------------------------------------------------------------------------------
if command -v rpmbuild >/dev/null && command -v rpm >/dev/null; then
    say "cpack -G RPM"
    if (cd "$build" && cpack -G RPM -B "$work/rpm" >"$work/cpack-rpm.log" 2>&1); then
        rpmfile=$(ls "$work"/rpm/raycstr-*.rpm)
        say "$(basename "$rpmfile"): $(du -h "$rpmfile" | cut -f1)"
        rpm -qpl "$rpmfile" 2>/dev/null >"$work/rpm-files"
        check "rpm: both binaries, the unit, the config" bash -c 'for f in /usr/bin/raycstr-server \
            /usr/lib/systemd/system/raycstr-server.service /etc/raycstr/config.yaml; do
            grep -qx "$f" "$0" || { echo "missing $f"; exit 1; }; done' "$work/rpm-files"
        check "rpm: config is %config(noreplace)" bash -c \
            'rpm -qp --configfiles "$0" 2>/dev/null | grep -qx /etc/raycstr/config.yaml' "$rpmfile"
        check "rpm: %post makes the raycstr user" bash -c \
            'rpm -qp --scripts "$0" 2>/dev/null | grep -q "useradd -r"' "$rpmfile"
        check "rpm: owns no system directory" bash -c \
            '! rpm -qp --qf "[%{FILENAMES} %{FILEMODES:perms}\n]" "$0" 2>/dev/null \
             | grep -E "^(/etc|/usr|/usr/bin|/usr/lib|/usr/share|/usr/share/doc) d"' "$rpmfile"
    else
        cat "$work/cpack-rpm.log"
        say "FAIL: cpack -G RPM"
        failures=$((failures + 1))
    fi
else
    say "note: rpmbuild is not installed: no .rpm built"
fi

say "$failures failed ($(($(date +%s) - started)) s)"
[ "$failures" -eq 0 ]
