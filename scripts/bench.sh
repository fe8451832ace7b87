#!/usr/bin/env bash
# Builds the benchmarks in Release (build-release/) and runs them, or only those named:
#   bash scripts/bench.sh [bench_demo bench_import ...]
# With a throw-away unlocked Secret Service, as the CLI keeps its keys in the keychain.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-release}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBACKOFFICE_BUILD_TESTS=ON >/dev/null
benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=(bench_clientsearch bench_demo bench_driftfinder bench_import)
cmake --build "$BUILD_DIR" -j"$(nproc)" --target "${benches[@]}" backoffice-cli
keyring=$(mktemp -d)
trap 'rm -rf "$keyring"' EXIT
mkdir -p "$keyring/data" "$keyring/run" && chmod 700 "$keyring/run"
export XDG_DATA_HOME="$keyring/data" XDG_RUNTIME_DIR="$keyring/run" QT_QPA_PLATFORM=offscreen
dbus-run-session -- bash -c '
  printf %s bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  status=0
  for bench in "$@"; do "'"$BUILD_DIR"'/tests/bench/$bench" || status=1; done
  exit $status' bash "${benches[@]}"
