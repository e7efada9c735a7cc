#!/bin/sh
# Runs a test inside a D-Bus session (dbus-run-session) with gnome-keyring's Secret Service
# started and its login keyring unlocked (empty password, a throwaway HOME), so QtKeychain
# talks to a real keychain. Usage: dbus-run-session -- sh with-keyring.sh TEST [ARGS…]
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# An empty password makes the daemon prompt (there is no display): use a throwaway one.
eval "$(printf 'raycstr-test' | gnome-keyring-daemon --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
