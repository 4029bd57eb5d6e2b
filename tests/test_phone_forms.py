"""Phone-first workflow forms (390x844, real Chromium): the main step of the state is on
the form itself, not only in the gear menu where Odoo puts header buttons on a phone."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .common import serve_database

BROWSER = Path(__file__).resolve().parent / "browser"

pytestmark = pytest.mark.skipif(
    not (shutil.which("node") and shutil.which("chromium") and (BROWSER / "node_modules").is_dir()),
    reason="Chromium, Node.js and tests/browser/node_modules are installed by scripts/setup.sh",
)


@pytest.fixture(scope="module")
def base_url():
    with serve_database() as base:
        yield base


def _served_ref(xmlid):
    from odoo import SUPERUSER_ID, api
    from odoo.modules.registry import Registry
    from odoo.tools import config

    db = config["db_name"]
    db = db[0] if isinstance(db, list) else db
    with Registry(db).cursor() as cr:
        return api.Environment(cr, SUPERUSER_ID, {}).ref(xmlid).id


def _form(base, login, path, step):
    args = ["node", str(BROWSER / "phone_form_buttons.js"), base, login, path, step]
    out = subprocess.run(args, capture_output=True, text=True, timeout=180, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert not result["errors"], result["errors"]
    return result


def test_leader_sees_direct_on_the_phone_form(base_url):
    """The principal opens a document submitted to him: "Chỉ đạo" is on the form, on
    screen, with no menu opened; the secondary buttons are not in that bar."""
    doc = _served_ref("documents_vn_office.in_submitted")
    path = f"/odoo/action-documents_vn_office.vn_incoming_document_action/{doc}"
    result = _form(base_url, "thcs.hieutruong", path, "Chỉ đạo")
    assert result["visible"], result
    assert result["inViewport"], result
    assert not result["menuOpen"], result
    assert "Chỉ đạo" in result["bar"], result
    assert "Hoàn thành" not in result["bar"], result


def test_clerk_sees_submit_on_the_phone_form(base_url):
    """The clerk opens a registered document: "Trình lãnh đạo" is the visible step, and a
    step not allowed in this state ("Vào sổ") is not shown."""
    doc = _served_ref("documents_vn_office.in_registered")
    path = f"/odoo/action-documents_vn_office.vn_incoming_document_action/{doc}"
    result = _form(base_url, "thcs.vanthu", path, "Trình lãnh đạo")
    assert result["visible"], result
    assert "Vào sổ" not in result["bar"], result
