"""The administrator's walk on a desktop screen (issue 17, Done when): he creates a
school with the New School wizard and a user with a role preset, in a real browser
(the system Chromium of tests/browser/), asserting what he sees."""

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from .common import serve_database
from .http_client import jsonrpc_call, superuser, xmlrpc_call

BROWSER = Path(__file__).resolve().parent / "browser"

pytestmark = pytest.mark.skipif(
    not (shutil.which("node") and shutil.which("chromium") and (BROWSER / "node_modules").is_dir()),
    reason="Chromium, Node.js and tests/browser/node_modules are installed by scripts/setup.sh",
)


@pytest.fixture(scope="module")
def base_url():
    with serve_database() as base:
        yield base


def test_admin_creates_a_school_and_a_user_with_a_preset(base_url):
    stamp = int(time.time())
    school = f"Trường Tiểu học Hòa Bình {stamp}"
    login = f"walk.ht.{stamp}"
    out = subprocess.run(
        ["node", str(BROWSER / "admin_walk.js"), base_url, "admin", school, login],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert not result["errors"], result["errors"]
    # the wizard's notice names the school and what was made
    assert school in result["notice"]
    assert "5" in result["notice"]
    # the user form shows the suite's roles without developer mode, the preset's
    # roles chosen: the personnel role (unit head) and the correspondence leader
    form = result["userForm"]
    assert "Thủ trưởng đơn vị" in form or "Unit Head" in form, form
    assert "Lãnh đạo" in form or "Leader" in form, form


def test_unit_user_admin_over_the_external_apis(base_url):
    """The principal of THCS Tân Lập (a unit user administrator) over XML-RPC and
    JSON-RPC: an account of his school with a school-level role goes through; an
    HR-office role, an account in another unit, a user of another school are refused
    and nothing changes."""
    stamp = int(time.time())
    with superuser() as env:
        thcs = env.ref("hr_vn_civil_servant.company_thcs_tan_lap")
        thpt = env.ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
        hr_office = env.ref("hr_vn_civil_servant.group_hr_office").id
        officer = env.ref("hr_vn_civil_servant.group_records_officer").id
        other = env.ref("hr_vn_civil_servant.user_thpt_gv")
        other_id, other_name = other.id, other.name
        thcs_id, thpt_id = thcs.id, thpt.id
    login = "thcs.hieutruong"
    created, fault = xmlrpc_call(
        base_url,
        login,
        "res.users",
        "create",
        [
            {
                "name": "Giáo viên mới (RPC)",
                "login": f"rpc.gv.{stamp}",
                "company_id": thcs_id,
                "company_ids": [(6, 0, [thcs_id])],
                "groups_id": [(4, officer)],
            }
        ],
    )
    assert fault is None, fault
    refusals = [
        xmlrpc_call(
            base_url, login, "res.users", "write", [[created], {"groups_id": [(4, hr_office)]}]
        ),
        jsonrpc_call(
            base_url, login, "res.users", "write", [[created], {"company_ids": [(4, thpt_id)]}]
        ),
        xmlrpc_call(
            base_url,
            login,
            "res.users",
            "create",
            [
                {
                    "name": "Sai đơn vị",
                    "login": f"rpc.bad.{stamp}",
                    "company_id": thpt_id,
                    "company_ids": [(6, 0, [thpt_id])],
                }
            ],
        ),
        jsonrpc_call(base_url, login, "res.users", "write", [[other_id], {"name": "Bị sửa"}]),
    ]
    for result, fault in refusals:
        assert result is None and fault, (result, fault)
    with superuser() as env:
        user = env["res.users"].browse(created)
        assert user.company_ids.ids == [thcs_id]
        assert user.has_group("hr_vn_civil_servant.group_records_officer")
        assert not user.has_group("hr_vn_civil_servant.group_hr_office")
        assert not env["res.users"].search_count([("login", "=", f"rpc.bad.{stamp}")])
        assert env["res.users"].browse(other_id).name == other_name
