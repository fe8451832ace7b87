#!/usr/bin/env bash
# Command 2 of the README (and what CI runs): install dependencies, build with warnings as errors,
# and run the whole test suite headless, with a real throw-away Secret Service for the keychain tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
# -g1: line tables only, enough for backtraces, and a much faster compile and link of ~60 test executables.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DBACKOFFICE_WERROR=ON
cmake --build "$BUILD_DIR" -j"$(nproc)"

# A fresh keyring every run: a keyring file left from an earlier run with another password stays locked.
XDG_DATA_HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
HOME_FOR_TESTS=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
# The pg/ tests run the core and CLI suites again on a throw-away PostgreSQL server, each test database
# its own on it; the server is stopped whatever happens.
source scripts/lib/throwaway-postgres.sh
trap 'throwaway_postgres_stop; rm -rf "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$HOME_FOR_TESTS"' EXIT
throwaway_postgres_start
export XDG_DATA_HOME XDG_RUNTIME_DIR
export HOME="$HOME_FOR_TESTS"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c '
  printf %s "backoffice-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "'"$BUILD_DIR"'" --output-on-failure --no-tests=error -j2 "$@"' sh "$@"

# The Debian package from the same build: its files, desktop entry, metainfo and dependencies checked.
bash scripts/package.sh "$BUILD_DIR"
