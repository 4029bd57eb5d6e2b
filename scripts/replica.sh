#!/usr/bin/env bash
# A PostgreSQL streaming-replication standby of the local cluster, for Odoo's read-only
# requests (Odoo 18: --db_replica_host / --db_replica_port).
#
#   scripts/replica.sh start     # create it on first use (pg_basebackup), start it
#   scripts/replica.sh status    # is it streaming, and how far behind
#   scripts/replica.sh stop
#   scripts/replica.sh drop      # stop it and remove its cluster
#
# The standby is a second Debian cluster (<version>/replica) on port VN_REPLICA_PORT
# (5433), listening on loopback and on the local socket only, like the primary. Then
#   VN_REPLICA_PORT=5433 make run
# serves the product with the read-only requests on the standby (scripts/run.sh).
source "$(dirname "$0")/lib.sh"
PORT="${VN_REPLICA_PORT:-5433}"
NAME=replica

primary() { pg_lsclusters --no-header | awk '$2 != "'"$NAME"'" {print $1, $2, $3; exit}'; }

start() {
    ensure_postgres
    command -v pg_basebackup >/dev/null || { log "pg_basebackup is missing (postgresql-client)"; exit 1; }
    read -r ver cluster pport < <(primary)
    local dir="/var/lib/postgresql/$ver/$NAME"
    if ! pg_lsclusters --no-header | awk '{print $2}' | grep -qx "$NAME"; then
        # the primary streams its WAL to the standby over the local socket (Debian's
        # pg_hba.conf allows "local replication all peer" for the postgres user)
        local level; level=$(psql -d postgres -tAc "SHOW wal_level")
        if [ "$level" = minimal ]; then
            pg_conftool "$ver" "$cluster" set wal_level replica
            pg_ctlcluster "$ver" "$cluster" restart
        fi
        # a cluster of its own (configuration in /etc/postgresql), whose empty data
        # directory is then replaced by a copy of the primary that follows it
        pg_createcluster "$ver" "$NAME" -p "$PORT" -- --auth-local=peer >/dev/null
        pg_conftool "$ver" "$NAME" set listen_addresses 'localhost' >/dev/null
        pg_conftool "$ver" "$NAME" set hot_standby on >/dev/null
        rm -rf "$dir"
        log "copying the primary $ver/$cluster (port $pport) into $dir (pg_basebackup)"
        su postgres -c "pg_basebackup -p $pport -D '$dir' -R -X stream -c fast" >&2
    fi
    pg_ctlcluster "$ver" "$NAME" start 2>/dev/null || true
    for _ in $(seq 1 30); do pg_isready -q -p "$PORT" && break; sleep 1; done
    pg_isready -q -p "$PORT" || { log "the standby did not start"; exit 1; }
    log "standby $ver/$NAME on port $PORT: $(psql -p "$PORT" -d postgres -tAc 'SELECT CASE WHEN pg_is_in_recovery() THEN '"'"'in recovery (read-only)'"'"' ELSE '"'"'NOT a standby'"'"' END')"
}

status() {
    read -r ver cluster pport < <(primary)
    psql -p "$pport" -d postgres -tAc \
        "SELECT 'streaming to ' || coalesce(application_name, '?') || ', state ' || state
                || ', replay lag ' || coalesce(replay_lag::text, '0')
           FROM pg_stat_replication" || true
    pg_isready -q -p "$PORT" && psql -p "$PORT" -d postgres -tAc \
        "SELECT 'standby in recovery: ' || pg_is_in_recovery()
                || ', last replayed ' || coalesce(pg_last_xact_replay_timestamp()::text, '-')"
}

case "${1:-start}" in
    start) start ;;
    status) status ;;
    stop) read -r ver _ _ < <(primary); pg_ctlcluster "$ver" "$NAME" stop ;;
    drop) read -r ver _ _ < <(primary); pg_dropcluster --stop "$ver" "$NAME" ;;
    *) echo "usage: $0 start|status|stop|drop" >&2; exit 2 ;;
esac
