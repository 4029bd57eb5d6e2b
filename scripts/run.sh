#!/usr/bin/env bash
# Runs the product: a database with the three modules, Vietnamese and demo data
# (created on first run, reused afterwards), served on http://127.0.0.1:8069 with the
# database manager disabled and a random master password (config file: lib.sh odoo_conf_path).
source "$(dirname "$0")/lib.sh"
"$REPO_ROOT/scripts/setup.sh"
DB="${VN_DB:-vn_school}"
PORT="${VN_PORT:-8069}"
if ! psql -d "$DB" -tAc "select 1 from ir_module_module where name='vn_reports' and state='installed'" 2>/dev/null | grep -q 1; then
    log "creating database $DB with demo data (a few minutes)"
    odoo_cmd -d "$DB" -i "$MODULES" --load-language=vi_VN --stop-after-init --log-level=warn
    psql -q -d "$DB" -c "UPDATE res_partner SET lang='vi_VN' WHERE id IN (SELECT partner_id FROM res_users WHERE login='admin')"
fi
# Hardened by default: the configuration file holds a random master password (hashed)
# and disables the database manager, which the command line disables again.
# hr_vn_civil_servant is loaded server-wide: its post_load hook reads the manifests
# before the HTTP threads start (see hr_vn_civil_servant/__init__.py).
ensure_odoo_conf
# VN_REPLICA_PORT=<port>: read-only requests go to the standby of scripts/replica.sh
# (on the local socket, like the primary).
REPLICA=()
if [ -n "${VN_REPLICA_PORT:-}" ]; then
    pg_isready -q -p "$VN_REPLICA_PORT" || { log "no standby answers on port $VN_REPLICA_PORT (scripts/replica.sh start)"; exit 1; }
    REPLICA=(--db_replica_host= --db_replica_port="$VN_REPLICA_PORT")
fi
log "serving $DB on http://127.0.0.1:$PORT (logins in README.md; configuration $(odoo_conf_path))"
# With --workers=N the live updates (websocket) have their own process on the gevent
# port, VN_GEVENT_PORT (Odoo's pairing by default: 8072 beside 8069).
exec "$PYTHON" "$REPO_ROOT/scripts/odoo_server.py" --config="$(odoo_conf_path)" --addons-path="$(addons_path)" \
    --data-dir="${ODOO_DATA_DIR:-$REPO_ROOT/.odoo-data}" --no-database-list \
    --load=base,web,hr_vn_civil_servant -d "$DB" --db-filter="^${DB}\$" --http-interface=127.0.0.1 --http-port="$PORT" \
    --gevent-port="${VN_GEVENT_PORT:-$((PORT + 3))}" "${REPLICA[@]}" "$@"
