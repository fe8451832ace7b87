# shellcheck shell=bash
# A throw-away PostgreSQL 15 cluster on 127.0.0.1 and a free port, for the tests and for trying the team
# setup by hand. Sourced by scripts/test.sh and scripts/dev-postgres.sh.
#   throwaway_postgres_start   sets BACKOFFICE_PG_DIR, BACKOFFICE_PG_PORT and BACKOFFICE_PG_URL (the login role
#                              "backoffice" may create databases; trust authentication, loopback only; any
#                              other role signs in with its password, so the tests can prove a password works)
#   throwaway_postgres_stop    stops the server and removes its folder; safe to call twice or before a start
# PostgreSQL refuses to run as root, so as root the server runs as the "postgres" user the Debian package makes.

throwaway_postgres_bin=/usr/lib/postgresql/15/bin

throwaway_postgres_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

throwaway_postgres_start() {
    [ -x "$throwaway_postgres_bin/initdb" ] || { echo "PostgreSQL 15 is not installed (scripts/install-deps.sh)" >&2; return 1; }
    BACKOFFICE_PG_DIR=$(mktemp -d)
    [ "$(id -u)" -eq 0 ] && chown postgres "$BACKOFFICE_PG_DIR"
    BACKOFFICE_PG_PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    throwaway_postgres_as_owner "$throwaway_postgres_bin/initdb" -D "$BACKOFFICE_PG_DIR/data" -A trust -U backoffice \
        --encoding=UTF8 --locale=C.UTF-8 >"$BACKOFFICE_PG_DIR/initdb.log" 2>&1 \
        || { cat "$BACKOFFICE_PG_DIR/initdb.log" >&2; return 1; }
    throwaway_postgres_as_owner sh -c "printf '%s\n' 'local all all trust' 'host all backoffice 127.0.0.1/32 trust' \
        'host all all 127.0.0.1/32 scram-sha-256' >'$BACKOFFICE_PG_DIR/data/pg_hba.conf'"
    throwaway_postgres_as_owner "$throwaway_postgres_bin/pg_ctl" -D "$BACKOFFICE_PG_DIR/data" -l "$BACKOFFICE_PG_DIR/server.log" -w \
        -o "-k $BACKOFFICE_PG_DIR -p $BACKOFFICE_PG_PORT -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" \
        start >/dev/null || { cat "$BACKOFFICE_PG_DIR/server.log" >&2; return 1; }
    BACKOFFICE_PG_URL="postgresql://backoffice@127.0.0.1:$BACKOFFICE_PG_PORT/postgres"
    export BACKOFFICE_PG_DIR BACKOFFICE_PG_PORT BACKOFFICE_PG_URL
}

throwaway_postgres_stop() {
    [ -n "${BACKOFFICE_PG_DIR:-}" ] && [ -d "$BACKOFFICE_PG_DIR/data" ] || return 0
    throwaway_postgres_as_owner "$throwaway_postgres_bin/pg_ctl" -D "$BACKOFFICE_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$BACKOFFICE_PG_DIR"
    BACKOFFICE_PG_DIR=
}
