#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/fuzz_*.cpp) with clang in their own tree, core included,
# with -fsanitize=fuzzer,address,undefined, and runs each for SECONDS (default 600), one at a time
# and at the lowest priority. New inputs go to build-fuzz/corpus/<target>/ (the seeds in
# tests/fuzz/corpus/ are only read); a crash is saved as build-fuzz/artifacts/<target>-crash-*.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-600}
shift || true
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang libclang-rt-14-dev
fi

CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBACKOFFICE_FUZZ=ON -DBACKOFFICE_BUILD_TESTS=OFF
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for source in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp)"); done
fi
nice -n 19 cmake --build "$BUILD_DIR" -j"$(nproc)" --target "${targets[@]}"

mkdir -p "$BUILD_DIR/artifacts"
status=0
for target in "${targets[@]}"; do
    mkdir -p "$BUILD_DIR/corpus/$target"
    echo "== $target: ${SECONDS_PER_TARGET}s"
    # -rss_limit_mb: Qt and ASan together need more than libFuzzer's default 2 GB allows for.
    if ! QT_LOGGING_RULES='backoffice.*=false' nice -n 19 "$BUILD_DIR/tests/fuzz/$target" \
        -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 -rss_limit_mb=4096 -max_len=8192 \
        -artifact_prefix="$BUILD_DIR/artifacts/$target-" "$BUILD_DIR/corpus/$target" "tests/fuzz/corpus/$target"; then
        echo "== $target: FOUND A PROBLEM (see $BUILD_DIR/artifacts/)"
        status=1
    fi
done
exit $status
