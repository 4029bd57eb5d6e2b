"""The screens people use on a phone, in a real browser (the system Chromium driven by
playwright-core, see tests/browser/), logged in as the demo users, in Vietnamese."""

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


def _phone(base, login, path, expect, tap=None):
    args = ["node", str(BROWSER / "phone.js"), base, login, path, json.dumps(expect)]
    if tap:
        args.append(tap)
    out = subprocess.run(args, capture_output=True, text=True, timeout=180, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert not result["errors"], result["errors"]
    missing = [text for text, seen in result["found"].items() if not seen]
    assert not missing, f"not on screen for {login}: {missing}"
    return result


def test_clerk_opens_the_app_on_the_counters_and_taps_one(base_url):
    """The văn thư of THCS Tân Lập opens Văn thư: the counters of her registers, in
    Vietnamese; tapping "Chờ vào sổ" lists the documents waiting to be registered."""
    result = _phone(
        base_url,
        "thcs.vanthu",
        "/odoo/action-documents_vn_office.vn_document_register_action_dashboard",
        ["Sổ đăng ký văn bản đến - THCS Tân Lập", "Chờ vào sổ", "Quá hạn"],
        tap="Chờ vào sổ",
    )
    assert result["rows"] >= 1


def test_leader_sees_incoming_documents_with_big_buttons(base_url):
    _phone(
        base_url,
        "thcs.hieutruong",
        "/odoo/action-documents_vn_office.vn_incoming_document_action",
        ["Đã chỉ đạo", "Hoàn thành"],
    )


def test_teacher_declares_a_change_on_a_phone(base_url):
    _phone(
        base_url,
        "thcs.gv",
        "/odoo/action-hr_vn_civil_servant.vn_profile_change_request_action/new",
        ["Nội dung thay đổi", "Thêm"],
    )


def test_teacher_uploads_a_lesson_plan_and_the_group_head_approves_it(base_url):
    """Thu Trang (thcs.gv) creates a lesson plan on her phone, uploads its file and
    submits it; her group head Trần Văn Minh (thcs.totruong) opens it on his phone and
    approves it."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    lesson = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date() + timedelta(days=7)
    subject = f"KHTN 6 - Bài thực hành {lesson:%d%m%H}"
    args = [
        "node",
        str(BROWSER / "phone_upload.js"),
        base_url,
        "thcs.gv",
        lesson.strftime("%d/%m/%Y"),
        subject,
        "Trình duyệt",
    ]
    out = subprocess.run(args, capture_output=True, text=True, timeout=180, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert not result["errors"], result["errors"]
    assert result["id"], result
    assert result["state"] == "Đã trình", result
    assert any("ke-hoach-bai-day.pdf" in name for name in result["files"]), result
    path = f"/odoo/action-documents_vn_office.vn_teaching_record_action/{result['id']}"
    _phone(base_url, "thcs.totruong", path, [subject, "Đã trình", "ke-hoach-bai-day.pdf"])
    args = ["node", str(BROWSER / "phone_step.js"), base_url, "thcs.totruong", path, "Duyệt"]
    out = subprocess.run(args, capture_output=True, text=True, timeout=180, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert not result["errors"], result["errors"]
    assert result["state"] == "Đã duyệt", result
