"""The server as ``make run`` starts it is hardened by default: the database manager is
off and the master password is a random one, kept (hashed) in a private configuration
file outside the repository. An unauthenticated visitor cannot dump, list or manage the
databases, while the login page still works."""

import json
import os
import stat
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

from odoo.tools import config
from odoo.tools.config import crypt_context

from .common import REPO_ROOT, serve_database

DB_MAGIC = (b"PK\x03\x04", b"PGDMP")  # a zip backup, a pg_dump custom-format backup


def _db_name():
    db = config["db_name"]
    return db[0] if isinstance(db, list) else db


def _request(url, data=None, headers=None):
    """(status, content type, body) of a GET, or of a POST when ``data`` is given."""
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def _options(path):
    options = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if "=" in line and not line.lstrip().startswith((";", "#")):
                key, value = line.split("=", 1)
                options[key.strip()] = value.strip()
    return options


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    conf_dir = tmp_path_factory.mktemp("vn-school-conf")
    with serve_database(conf_dir=str(conf_dir)) as base:
        yield base, conf_dir / "odoo.conf"


def test_run_creates_a_private_configuration_with_a_random_hashed_master_password(served):
    _base, conf = served
    assert conf.is_file(), "scripts/run.sh did not create its configuration file"
    assert stat.S_IMODE(conf.stat().st_mode) == 0o600
    assert not str(conf.resolve()).startswith(str(REPO_ROOT) + os.sep)
    options = _options(conf)
    assert options.get("list_db") == "False"
    stored = options.get("admin_passwd", "")
    assert stored.startswith("$pbkdf2-sha512$"), "the master password is not stored hashed"
    assert not crypt_context.verify("admin", stored)


def test_backup_with_the_default_master_password_is_refused(served):
    base, conf = served
    before = conf.read_text() if conf.exists() else None
    for fmt in ("zip", "dump"):
        data = urllib.parse.urlencode(
            {"master_pwd": "admin", "name": _db_name(), "backup_format": fmt}
        ).encode()
        status, ctype, body = _request(f"{base}/web/database/backup", data=data)
        assert "octet-stream" not in ctype and not body.startswith(DB_MAGIC), (
            f"/web/database/backup ({fmt}) returned a dump of the database"
        )
    # Odoo would first have set the master password to the one posted: it is unchanged
    assert (conf.read_text() if conf.exists() else None) == before


def test_backup_without_a_master_password_is_refused(served):
    base, _conf = served
    for fields in ({"name": _db_name()}, {"master_pwd": "", "name": _db_name()}):
        data = urllib.parse.urlencode(fields).encode()
        _status, ctype, body = _request(f"{base}/web/database/backup", data=data)
        assert "octet-stream" not in ctype and not body.startswith(DB_MAGIC)


def test_database_list_and_manager_are_disabled(served):
    base, _conf = served
    payload = json.dumps({"jsonrpc": "2.0", "method": "call", "params": {}}).encode()
    _status, _ctype, body = _request(
        f"{base}/web/database/list", data=payload, headers={"Content-Type": "application/json"}
    )
    answer = json.loads(body)
    assert "result" not in answer and "error" in answer, answer
    assert _db_name() not in body.decode()
    for path in ("/web/database/manager", "/web/database/selector"):
        _status, _ctype, body = _request(f"{base}{path}")
        page = body.decode()
        assert "The database manager has been disabled" in page, page[:500]
        assert _db_name() not in page


def test_login_page_still_works(served):
    base, _conf = served
    status, _ctype, body = _request(f"{base}/web/login")
    page = body.decode()
    assert status == 200 and 'name="login"' in page and 'name="password"' in page


def test_run_refuses_a_configuration_with_the_default_master_password(tmp_path):
    conf = tmp_path / "odoo.conf"
    conf.write_text("[options]\nadmin_passwd = admin\nlist_db = True\n")
    conf.chmod(0o600)
    script = REPO_ROOT / "scripts" / "odoo_conf.py"
    result = subprocess.run(
        [sys.executable, str(script), str(conf)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "default 'admin'" in result.stderr and "list_db = False" in result.stderr
    # no master password at all is Odoo's default too
    conf.write_text("[options]\nlist_db = False\n")
    result = subprocess.run(
        [sys.executable, str(script), str(conf)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1 and "default 'admin'" in result.stderr
