"""Base class of the cross-module tests (tests/ is not an addon, so the Odoo test
metadata that addon tests get from their module path is given here)."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from odoo.tests.common import TransactionCase
from odoo.tools import config

from odoo.addons.hr_vn_civil_servant.tests.common import make_user

from .http_client import superuser

SUITE_MODULES = ("hr_vn_civil_servant", "documents_vn_office", "vn_reports")


class SuiteCase(TransactionCase):
    test_module = "vn_suite"
    test_tags = {"standard", "post_install", "vn_suite"}

    @classmethod
    def _make_user(cls, login, companies, groups, lang="vi_VN"):
        """A user working in ``companies`` (the first is his current unit) with ``groups``
        (xml ids). Internal users also get every group base.group_user implies."""
        return make_user(cls.env, login, companies, groups, lang=lang)


REPO_ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def two_factor_roles(required):
    """The roles' "Require Two-factor Login" setting in the committed test database, set
    to ``required`` while the block runs and given back afterwards. The served tests log
    in as the demo users with their password alone (no authenticator app), so they run
    with the setting off unless they test the two-factor login itself."""
    with superuser() as env:
        groups = env["res.groups"].search([("vn_require_totp", "=", True)])
        if not required:
            groups.write({"vn_require_totp": False})
        env.cr.commit()
    try:
        yield groups.ids
    finally:
        with superuser() as env:
            env["res.groups"].browse(groups.ids).write({"vn_require_totp": True})
            env.cr.commit()


@contextlib.contextmanager
def serve_database(conf_dir=None, two_factor=False, args=()):
    """Serve the test database exactly as the README's run command does (``scripts/run.sh``:
    setup, the configuration file it creates and reads, its command line) on a free
    loopback port, and yield its base URL. The configuration file is created in
    ``conf_dir`` (a temporary directory unless given), never in the user's own one.
    Two-factor login is required of no role unless ``two_factor`` (``two_factor_roles``:
    the HTTP tests log in with passwords). ``args``: more options of the run command
    (e.g. ``--workers=2``)."""
    db = config["db_name"]
    db = db[0] if isinstance(db, list) else db
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with contextlib.ExitStack() as stack:
        stack.enter_context(two_factor_roles(two_factor))
        if conf_dir is None:
            conf_dir = stack.enter_context(tempfile.TemporaryDirectory())
        # VN_SERVE_LOG=<file> keeps the served server's log (for a failing served test)
        log = subprocess.DEVNULL
        if os.environ.get("VN_SERVE_LOG"):
            log = stack.enter_context(open(os.environ["VN_SERVE_LOG"], "a"))
        env = dict(
            os.environ,
            VN_DB=db,
            VN_PORT=str(port),
            ODOO_RC=os.path.join(conf_dir, "odoo.conf"),
            ODOO_DATA_DIR=config["data_dir"],
            PYTHON=sys.executable,
        )
        server = subprocess.Popen(
            [
                "bash",
                str(REPO_ROOT / "scripts" / "run.sh"),
                "--max-cron-threads=0",
                "--log-level=warn",
                *args,
            ],
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=env,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(480):
                if server.poll() is not None:
                    raise RuntimeError(f"scripts/run.sh stopped (exit {server.returncode})")
                try:
                    with urllib.request.urlopen(f"{base}/web/login", timeout=5):
                        break
                except OSError:
                    time.sleep(0.5)
            yield base
        finally:
            # run.sh execs Odoo in its own process group: stop that group only
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait(timeout=30)
