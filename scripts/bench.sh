#!/usr/bin/env bash
# Builds the benchmarks in Release (build-release/) and runs them, or only those named, each with the
# options that follow its name:
#   bash scripts/bench.sh [bench_demo [--clients N] bench_import ...]
# With a throw-away unlocked Secret Service, as the CLI keeps its keys in the keychain. The PostgreSQL
# ones (bench_pg_demo, bench_pg_search, bench_disable_parallel) get a throw-away PostgreSQL 15 server
# (scripts/lib/throwaway-postgres.sh), started here and stopped at the end whatever happened.
# Builds with at most 2 jobs (BENCH_JOBS), so the machine stays usable for the others on it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-release}
jobs=${BENCH_JOBS:-2}
[ "$(nproc)" -lt "$jobs" ] && jobs=$(nproc)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBACKOFFICE_BUILD_TESTS=ON "${launcher[@]}" >/dev/null
benches=()
runs=() # "name options..." per benchmark
for word in "$@"; do
    if [[ $word == bench_* ]]; then
        benches+=("$word")
        runs+=("$word")
    elif [ ${#runs[@]} -gt 0 ]; then
        runs[-1]+=" $word" # an option of the benchmark named last, or its value
    else
        echo "bench.sh: '$word' before any benchmark's name" >&2
        exit 2
    fi
done
if [ ${#benches[@]} -eq 0 ]; then
    benches=(bench_clientsearch bench_demo bench_driftfinder bench_import bench_cli_show bench_pg_demo bench_pg_search
             bench_disable_parallel)
    runs=("${benches[@]}")
fi
cmake --build "$BUILD_DIR" -j"$jobs" --target "${benches[@]}" backoffice-cli

keyring=$(mktemp -d)
# shellcheck source=scripts/lib/throwaway-postgres.sh
source scripts/lib/throwaway-postgres.sh
cleanup() {
    throwaway_postgres_stop
    rm -rf "$keyring"
}
trap cleanup EXIT
for bench in "${benches[@]}"; do
    case $bench in
    bench_pg_* | bench_disable_parallel)
        if [ -z "${BACKOFFICE_PG_DIR:-}" ]; then
            throwaway_postgres_start
            echo "PostgreSQL 15: a throw-away server at $BACKOFFICE_PG_URL"
        fi
        ;;
    esac
done
mkdir -p "$keyring/data" "$keyring/run" && chmod 700 "$keyring/run"
export XDG_DATA_HOME="$keyring/data" XDG_RUNTIME_DIR="$keyring/run" QT_QPA_PLATFORM=offscreen
# The benchmarks' own setup is quiet; the figures are what they print.
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-backoffice.*=false}
dbus-run-session -- bash -c '
  printf %s bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  status=0
  for run in "$@"; do
    read -r -a words <<<"$run"
    # A shared machine: the load around each benchmark says how much its wall times are worth.
    echo "== $run (load average before: $(cut -d" " -f1-3 /proc/loadavg))"
    "'"$BUILD_DIR"'/tests/bench/${words[0]}" "${words[@]:1}" || status=1
    echo "== ${words[0]} done (load average after: $(cut -d" " -f1-3 /proc/loadavg))"
  done
  exit $status' bash "${runs[@]}"
