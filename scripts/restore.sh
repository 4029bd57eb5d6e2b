#!/usr/bin/env bash
# Restores a backup zip (the daily job's, hr_vn_civil_servant vn.backup, or Odoo's own
# database manager format) into a NEW database, with its filestore:
#   scripts/restore.sh <backup.zip> <new database name>      (make restore BACKUP=... VN_DB=...)
# An existing database is never overwritten.
source "$(dirname "$0")/lib.sh"
BACKUP="${1:-${BACKUP:-}}"
TARGET="${2:-${VN_DB:-}}"
if [ -z "$BACKUP" ] || [ -z "$TARGET" ]; then
    echo "Cách dùng: make restore BACKUP=<tệp sao lưu .zip> VN_DB=<tên cơ sở dữ liệu mới>" >&2
    exit 2
fi
if [ ! -f "$BACKUP" ]; then
    echo "Không tìm thấy tệp sao lưu: $BACKUP" >&2
    exit 2
fi
if ! [[ "$TARGET" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]*$ ]]; then
    echo "Tên cơ sở dữ liệu không hợp lệ: $TARGET (chỉ dùng chữ, số, dấu gạch dưới, dấu chấm, dấu gạch ngang)" >&2
    exit 2
fi
require_odoo
if psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$TARGET'" | grep -q 1; then
    echo "Cơ sở dữ liệu \"$TARGET\" đã tồn tại: không phục hồi đè lên cơ sở dữ liệu đang có. Hãy chọn một tên mới." >&2
    exit 3
fi
log "restoring $BACKUP into the new database $TARGET"
"$PYTHON" "$REPO_ROOT/scripts/odoo_server.py" db --addons-path="$(addons_path)" \
    --data-dir="${ODOO_DATA_DIR:-$REPO_ROOT/.odoo-data}" load "$TARGET" "$BACKUP"
log "restored: serve it with VN_DB=$TARGET make run"
