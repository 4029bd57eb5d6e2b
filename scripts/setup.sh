#!/usr/bin/env bash
# Installs what the run and test commands need beyond Odoo itself: system packages
# (PostgreSQL, wkhtmltopdf, fonts, poppler) and the Python packages of requirements.txt.
source "$(dirname "$0")/lib.sh"
require_odoo
ensure_system_packages
# requirements.txt holds OCA wheels (odoo-addon-*) that declare "odoo" as a dependency:
# it is satisfied by the installed Odoo, which pip must not try to replace.
"$PYTHON" -m pip install -q --disable-pip-version-check -r "$REPO_ROOT/requirements.txt"
require_odoo
ensure_browser_driver
ensure_postgres
log "setup done"
