#!/usr/bin/env bash
# Shared helpers of the run, test and setup scripts. Sourced, not executed.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
MODULES="hr_vn_civil_servant,documents_vn_office,vn_reports"

log() { printf '[vn-school] %s\n' "$*" >&2; }

# Odoo 18.0 is a prerequisite, like for any addon repository: say how to get it.
require_odoo() {
    if ! "$PYTHON" -c 'import odoo.release as r, sys; sys.exit(0 if r.version_info[:2] == (18, 0) else 1)' 2>/dev/null; then
        cat >&2 <<'MSG'
[vn-school] Odoo 18.0 is not importable by this Python interpreter.

This repository holds Odoo addons; Odoo itself is a prerequisite. Install it with
either of Odoo's documented methods, then run this command again:

  * Source install (https://www.odoo.com/documentation/18.0/administration/on_premise/source.html):
        git clone --depth 1 --branch 18.0 https://github.com/odoo/odoo.git /opt/odoo18
        echo 'setuptools<81' > /tmp/c.txt      # cbor2 5.4.2 needs an older setuptools to build
        PIP_CONSTRAINT=/tmp/c.txt python3 -m pip install -r /opt/odoo18/requirements.txt
        PIP_CONSTRAINT=/tmp/c.txt python3 -m pip install --no-deps -e /opt/odoo18 \
            --config-settings editable_mode=compat
  * Packages: the Odoo 18.0 Community .deb from Odoo's nightly server, whose python3
    must then be the one that runs these scripts (set PYTHON=...).
MSG
        exit 1
    fi
}

# Addons path: Odoo's own addons, the OCA wheels (report_xlsx) and this repository.
addons_path() {
    "$PYTHON" - "$REPO_ROOT" <<'PY'
import os, sys
import odoo.addons
paths = []
for p in list(odoo.addons.__path__):
    p = os.path.realpath(p)
    if os.path.isdir(p) and any(os.path.isfile(os.path.join(p, d, "__manifest__.py")) for d in os.listdir(p)):
        paths.append(p)
paths.append(os.path.realpath(sys.argv[1]))
print(",".join(dict.fromkeys(paths)))
PY
}

have_apt_root() { command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; }

# System packages: PostgreSQL, wkhtmltopdf, fonts with every Vietnamese glyph
# (Liberation Serif, Tinos: metric-compatible with Times New Roman), pdftotext.
ensure_system_packages() {
    local missing=()
    command -v pg_ctlcluster >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 || [ -n "${PGHOST:-}" ] || missing+=(postgresql postgresql-contrib)
    command -v wkhtmltopdf >/dev/null 2>&1 || missing+=(wkhtmltopdf)
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
    # (not "fc-list | grep -q": under pipefail, grep's early exit fails the pipe)
    local fonts; fonts=$(fc-list 2>/dev/null || true)
    grep -qi 'LiberationSerif' <<<"$fonts" || missing+=(fonts-liberation)
    grep -qi 'Tinos' <<<"$fonts" || missing+=(fonts-croscore)
    # the phone-screen tests drive the system Chromium with Node.js (tests/browser)
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    [ ${#missing[@]} -eq 0 ] && return 0
    if have_apt_root; then
        log "installing system packages: ${missing[*]}"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        log "missing system packages: ${missing[*]} (install them with your package manager)"
        return 1
    fi
}

# PostgreSQL: a configured server (PGHOST/PGPORT/PGUSER/PGPASSWORD, or a reachable local
# socket) is used as it is; otherwise the Debian cluster is started on loopback.
ensure_postgres() {
    if [ -n "${PGHOST:-}" ]; then
        pg_isready -q && return 0
        log "the configured PostgreSQL server at ${PGHOST} does not answer"; return 1
    fi
    if ! pg_isready -q 2>/dev/null; then
        if command -v pg_lsclusters >/dev/null 2>&1; then
            local ver cluster
            read -r ver cluster _ < <(pg_lsclusters --no-header | head -n 1) || true
            if [ -z "${ver:-}" ]; then
                ver=$(ls /usr/lib/postgresql | sort -n | tail -n 1); cluster=main
                log "creating PostgreSQL cluster $ver/$cluster"
                pg_createcluster "$ver" "$cluster" -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
            fi
            # loopback only
            pg_conftool "$ver" "$cluster" set listen_addresses 'localhost' >/dev/null 2>&1 || true
            log "starting PostgreSQL cluster $ver/$cluster"
            pg_ctlcluster "$ver" "$cluster" start || true
        fi
        for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
        pg_isready -q || { log "PostgreSQL did not start"; return 1; }
    fi
    # A role for the current system user, so that Odoo connects over the socket.
    local me; me=$(id -un)
    if ! psql -d postgres -tAc 'select 1' >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
            su postgres -c "psql -q -c \"CREATE ROLE \\\"$me\\\" SUPERUSER LOGIN\"" >/dev/null
        else
            log "PostgreSQL has no role for user $me: create one (createuser -s $me)"; return 1
        fi
    fi
}

# Odoo command line with this repository's addons path.
# (scripts/odoo_server.py is Odoo's own server script: "python3 -m odoo" cannot run workers)
odoo_cmd() {
    "$PYTHON" "$REPO_ROOT/scripts/odoo_server.py" --addons-path="$(addons_path)" --data-dir="${ODOO_DATA_DIR:-$REPO_ROOT/.odoo-data}" "$@"
}

# The server's configuration file, outside the repository: a random master password
# (hashed) and the database manager off, created on first use (scripts/odoo_conf.py).
odoo_conf_path() {
    printf '%s\n' "${ODOO_RC:-${XDG_CONFIG_HOME:-$HOME/.config}/vn-school/odoo.conf}"
}

ensure_odoo_conf() {
    "$PYTHON" "$REPO_ROOT/scripts/odoo_conf.py" "$(odoo_conf_path)"
}

# playwright-core for tests/browser (it drives the system Chromium: no browser download).
ensure_browser_driver() {
    local dir="$REPO_ROOT/tests/browser"
    [ -d "$dir/node_modules/playwright-core" ] && return 0
    command -v npm >/dev/null 2>&1 || { log "npm is missing: the phone-screen tests will be skipped"; return 0; }
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$dir" --no-audit --no-fund --silent >/dev/null
}
