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


def test_teacher_finds_his_starred_stored_documents_and_votes_on_a_phone(base_url):
    """The THCS teacher opens Văn bản lưu: the document he starred (Nghị định 30) and
    the guidance shared with his tổ; the vote list shows the open vote of his school."""
    _phone(
        base_url,
        "thcs.gv",
        "/odoo/action-documents_vn_office.vn_stored_document_action",
        ["30/2020/NĐ-CP", "HD-KHTN/2026"],
    )
    _phone(
        base_url,
        "thcs.gv",
        "/odoo/action-documents_vn_office.vn_vote_action",
        ["Biểu quyết thông qua Quy chế chi tiêu nội bộ năm 2027"],
    )


def test_principal_sees_the_raise_batches_on_a_phone(base_url):
    """The principal of THCS Tân Lập opens the step-raise batches of his school (the one
    submitted for his approval, the approved one) on a phone."""
    _phone(
        base_url,
        "thcs.hieutruong",
        "/odoo/action-hr_vn_civil_servant.vn_salary_raise_batch_action",
        ["Phụ cấp thâm niên vượt khung đợt 1", "Nâng bậc lương thường xuyên đợt 1"],
    )


def test_hr_office_sees_terms_ending_on_a_phone(base_url):
    """The HR office of the Sở opens the terms ending in 90 days: the principal of THPT
    Nguyễn Trãi, whose re-appointment must be prepared, with his decision."""
    _phone(
        base_url,
        "sgd.tccb",
        "/odoo/action-hr_vn_civil_servant.vn_appointment_ending_action",
        ["Trần Quốc Bảo", "15/QĐ-SGDĐT"],
    )


def test_teacher_opens_the_week_schedule_on_a_phone(base_url):
    """The teacher of THCS Tân Lập opens "Lịch công tác": this week's published lines
    of her school, as cards in Vietnamese (day, time, content, place)."""
    _phone(
        base_url,
        "thcs.gv",
        "/odoo/action-documents_vn_office.vn_work_schedule_line_action",
        [
            "Thứ Hai",
            "07:30 - 09:00",
            "Chào cờ đầu tuần",
            "Sân trường",
            "Họp Hội đồng sư phạm tháng",
        ],
    )


def _vn_served_env(action):
    """Run ``action(env)`` as superuser in the served database and commit (the browser
    sees what it prepared); returns its result."""
    from odoo import SUPERUSER_ID, api
    from odoo.modules.registry import Registry
    from odoo.tools import config

    db = config["db_name"]
    db = db[0] if isinstance(db, list) else db
    with Registry(db).cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {"tz": "Asia/Ho_Chi_Minh"})
        result = action(env)
        cr.commit()
        return result


def test_teacher_accepts_a_task_on_a_phone(base_url):
    """The principal gives Đặng Thị Thu Trang a task; on her phone she opens it and taps
    "Nhận việc": the task is in progress."""
    from datetime import timedelta

    def give(env):
        ref = env.ref
        leader = ref("hr_vn_civil_servant.user_thcs_hieutruong")
        task = (
            env["vn.work.task"]
            .with_user(leader)
            .with_context(allowed_company_ids=leader.company_ids.ids)
            .create(
                {
                    "name": "Chuẩn bị tiết dạy minh họa chuyên đề (phone)",
                    "company_id": ref("hr_vn_civil_servant.company_thcs_tan_lap").id,
                    "lead_user_id": ref("hr_vn_civil_servant.user_thcs_gv").id,
                    "deadline": env["vn.work.task"]._fields["deadline"].today() + timedelta(days=5),
                }
            )
        )
        return task.id

    task_id = _vn_served_env(give)
    _phone(
        base_url,
        "thcs.gv",
        f"/odoo/action-documents_vn_office.vn_work_task_action/{task_id}",
        ["Chuẩn bị tiết dạy minh họa chuyên đề (phone)", "Nhận việc", "Chờ tiếp nhận"],
        tap="Nhận việc",
    )
    state = _vn_served_env(lambda env: env["vn.work.task"].browse(task_id).state)
    assert state == "in_progress"


def test_teacher_opens_a_notice_on_a_phone(base_url):
    """The clerk sends Đặng Thị Thu Trang a notice; opening it on her phone marks it read
    (the sender sees it among the readers)."""

    def send(env):
        ref = env.ref
        clerk = ref("hr_vn_civil_servant.user_thcs_vanthu")
        notice = (
            env["vn.notice"]
            .with_user(clerk)
            .with_context(allowed_company_ids=clerk.company_ids.ids)
            .create(
                {
                    "subject": "Thông báo nộp kế hoạch bài dạy tuần 15 (phone)",
                    "body": "<p>Các đồng chí nộp kế hoạch bài dạy trước thứ Sáu.</p>",
                    "user_ids": [(6, 0, ref("hr_vn_civil_servant.user_thcs_gv").ids)],
                }
            )
        )
        notice.action_send()
        return notice.id

    notice_id = _vn_served_env(send)
    _phone(
        base_url,
        "thcs.gv",
        f"/odoo/action-documents_vn_office.vn_notice_action/{notice_id}",
        ["Thông báo nộp kế hoạch bài dạy tuần 15 (phone)", "Các đồng chí nộp kế hoạch"],
    )
    read = _vn_served_env(
        lambda env: env["vn.notice.recipient"].search([("notice_id", "=", notice_id)]).read_date
    )
    assert read


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
    assert result["in_menu"] is False, "the submission is on the form, not in the ⚙ menu"
    assert result["state"] == "Đã trình", result
    assert any("ke-hoach-bai-day.pdf" in name for name in result["files"]), result
    path = f"/odoo/action-documents_vn_office.vn_teaching_record_action/{result['id']}"
    _phone(base_url, "thcs.totruong", path, [subject, "Đã trình", "ke-hoach-bai-day.pdf"])
    args = ["node", str(BROWSER / "phone_step.js"), base_url, "thcs.totruong", path, "Duyệt"]
    out = subprocess.run(args, capture_output=True, text=True, timeout=180, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert not result["errors"], result["errors"]
    assert not result["in_menu"], "the approval is on the form, not in the ⚙ menu"
    assert result["state"] == "Đã duyệt", result
