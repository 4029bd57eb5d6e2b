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

BROWSER = Path(__file__).resolve().parent / "browser"

pytestmark = pytest.mark.skipif(
    not (shutil.which("node") and shutil.which("chromium") and (BROWSER / "node_modules").is_dir()),
    reason="Chromium, Node.js and tests/browser/node_modules are installed by scripts/setup.sh",
)


def test_admin_creates_a_school_and_a_user_with_a_preset():
    stamp = int(time.time())
    school = f"Trường Tiểu học Hòa Bình {stamp}"
    login = f"walk.ht.{stamp}"
    with serve_database() as base:
        out = subprocess.run(
            ["node", str(BROWSER / "admin_walk.js"), base, "admin", school, login],
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
