#!/usr/bin/env bash
# Regenerates i18n/<module>.pot for the three modules and merges new msgids into
# i18n/vi.po (existing translations kept, obsolete ones dropped).
# Usage: scripts/pot.sh [existing database with the modules installed]
source "$(dirname "$0")/lib.sh"
require_odoo
ensure_postgres
DB="${1:-}"
if [ -z "$DB" ]; then
    DB="vn_pot_$$"
    trap 'dropdb --if-exists "$DB" >/dev/null 2>&1 || true' EXIT
    odoo_cmd -d "$DB" -i "$MODULES" --without-demo=all --stop-after-init --log-level=warn
fi
for module in ${MODULES//,/ }; do
    odoo_cmd -d "$DB" --modules="$module" --i18n-export="$REPO_ROOT/$module/i18n/$module.pot" \
        --stop-after-init --log-level=warn
    "$PYTHON" "$REPO_ROOT/scripts/po_merge.py" "$REPO_ROOT/$module/i18n/$module.pot" "$REPO_ROOT/$module/i18n/vi.po"
done
