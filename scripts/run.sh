#!/usr/bin/env bash
# Command 1 of the README: install dependencies, build, and start Back Office on its default
# database (a local SQLite file; demo data is offered on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)" --target backoffice backoffice-cli
exec ./build/app/backoffice "$@"
