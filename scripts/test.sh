#!/usr/bin/env bash
# Runs the whole test suite: a throwaway database with the three modules and demo data,
# then pytest-odoo over the modules' tests and the cross-module tests in tests/.
source "$(dirname "$0")/lib.sh"
"$REPO_ROOT/scripts/setup.sh"
DB="vn_test_$(date +%s)_$$"
export VN_TEST_DB="$DB"
cleanup() { dropdb --if-exists "$DB" >/dev/null 2>&1 || true; rm -rf "$REPO_ROOT/.odoo-data/filestore/$DB"; }
trap cleanup EXIT
log "installing $MODULES with demo data into $DB"
odoo_cmd -d "$DB" -i "$MODULES" --load-language=vi_VN --stop-after-init --log-level=warn
# The demo users work in Vietnamese. The test cases read the messages in the source
# language (English) unless they ask for another one: English stays installed (Odoo
# deactivates it when a database is created in another language) and is the language
# of the superuser the test cases run as, who works in Vietnam's time zone as the users do.
psql -q -d "$DB" -c "UPDATE res_lang SET active = true WHERE code = 'en_US'" \
    -c "UPDATE res_partner SET lang = 'en_US', tz = 'Asia/Ho_Chi_Minh'
        WHERE id = (SELECT partner_id FROM res_users WHERE id = 1)"
cd "$REPO_ROOT"
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=(hr_vn_civil_servant documents_vn_office vn_reports tests); fi
set +e
"$PYTHON" -m pytest --odoo-database="$DB" --odoo-addons-path="$(addons_path)" \
    --odoo-log-level=warn --odoo-extra="data-dir=${ODOO_DATA_DIR:-$REPO_ROOT/.odoo-data}" \
    "${TARGETS[@]}"
rc=$?
set -e
# pytest exits 5 when it collected nothing: that is a failure here too.
exit $rc
