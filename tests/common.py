"""Base class of the cross-module tests (tests/ is not an addon, so the Odoo test
metadata that addon tests get from their module path is given here)."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request

from odoo.tests.common import TransactionCase
from odoo.tools import config

SUITE_MODULES = ("hr_vn_civil_servant", "documents_vn_office", "vn_reports")


class SuiteCase(TransactionCase):
    test_module = "vn_suite"
    test_tags = {"standard", "post_install", "vn_suite"}

    @classmethod
    def _make_user(cls, login, companies, groups, lang="vi_VN"):
        """A user working in ``companies`` (the first is his current unit) with ``groups``
        (xml ids). Internal users also get every group base.group_user implies."""
        group_ids = [cls.env.ref("base.group_user").id] + [cls.env.ref(g).id for g in groups]
        return (
            cls.env["res.users"]
            .with_context(no_reset_password=True, mail_create_nolog=True)
            .create(
                {
                    "name": login,
                    "login": login,
                    "lang": lang,
                    "company_id": companies[0].id,
                    "company_ids": [(6, 0, companies.ids)],
                    "groups_id": [(6, 0, group_ids)],
                }
            )
        )


@contextlib.contextmanager
def serve_database():
    """Serve the test database with a real Odoo HTTP server on a free loopback port
    (as the README's run command does) and yield its base URL."""
    db = config["db_name"]
    db = db[0] if isinstance(db, list) else db
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "odoo",
            "-d",
            db,
            f"--db-filter=^{db}$",
            f"--addons-path={config['addons_path']}",
            f"--data-dir={config['data_dir']}",
            "--http-interface=127.0.0.1",
            f"--http-port={port}",
            "--max-cron-threads=0",
            "--log-level=warn",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"{base}/web/login", timeout=5):
                    break
            except OSError:
                time.sleep(0.5)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
