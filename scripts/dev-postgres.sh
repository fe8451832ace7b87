#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for trying the team setup by hand, prints the --db URL to use,
# and stops it (deleting its data) when you press Enter or Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-postgres.sh
trap throwaway_postgres_stop EXIT
throwaway_postgres_start
/usr/lib/postgresql/15/bin/psql -q -h 127.0.0.1 -p "$BACKOFFICE_PG_PORT" -U backoffice -d postgres \
    -c 'CREATE DATABASE backoffice' >/dev/null
url="postgresql://backoffice@127.0.0.1:$BACKOFFICE_PG_PORT/backoffice"
echo "A throw-away PostgreSQL server is running. Use it with:"
echo "  build/app/backoffice --db $url"
echo "  build/app/backoffice-cli --db $url clients search smith"
echo "Press Enter to stop it (its data is deleted)."
read -r _ || true
