"""Each module installs alone on an empty database, with its demo data: its manifest
declares every module it needs (no hidden dependency on the other two)."""

import os
import subprocess
import sys
import uuid

import psycopg2
import pytest

from odoo.tools import config

from .common import SUITE_MODULES


def _odoo(db, *args):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "odoo",
            "-d",
            db,
            f"--addons-path={config['addons_path']}",
            f"--data-dir={config['data_dir']}",
            "--log-level=warn",
            "--stop-after-init",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        env=dict(os.environ),
    )


def _installed(db):
    with psycopg2.connect(dbname=db) as conn, conn.cursor() as cr:
        cr.execute("SELECT name FROM ir_module_module WHERE state = 'installed'")
        return {name for (name,) in cr.fetchall()}


@pytest.mark.parametrize("module", SUITE_MODULES)
def test_module_installs_alone_on_an_empty_database(module):
    db = f"vn_alone_{module[:12]}_{uuid.uuid4().hex[:6]}"
    try:
        result = _odoo(db, "-i", module)
        errors = [line for line in result.stderr.splitlines() if " ERROR " in line]
        assert result.returncode == 0, result.stderr[-3000:]
        assert not errors, "\n".join(errors[:20])
        installed = _installed(db)
        assert module in installed
        others = set(SUITE_MODULES) - {module}
        # Only the declared dependencies came along.
        expected_others = {
            "hr_vn_civil_servant": set(),
            "documents_vn_office": {"hr_vn_civil_servant"},
            "vn_reports": {"hr_vn_civil_servant", "documents_vn_office"},
        }[module]
        assert installed & others == expected_others
    finally:
        subprocess.run(["dropdb", "--if-exists", db], check=False)
