"""Each role's day in a real browser (issue 17, points 1–4), on a phone (390×844) and a
desktop (1366×768), as the demo users, asserting what they see: the HR office lands on
My Work and approves a request of a school its switcher hides; the văn thư of THCS Tân
Lập issues a công văn to another unit, whose clerk finds it on her home; the teacher
declares a training course, opens her record, sees it and what is missing and prints
her CV (the PDF's text is read). Texts are given as
"English source|Vietnamese" (the interface is Vietnamese once vi.po has the new
strings)."""

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from odoo import fields

from .common import serve_database
from .http_client import superuser

BROWSER = Path(__file__).resolve().parent / "browser"

pytestmark = pytest.mark.skipif(
    not (shutil.which("node") and shutil.which("chromium") and (BROWSER / "node_modules").is_dir()),
    reason="Chromium, Node.js and tests/browser/node_modules are installed by scripts/setup.sh",
)

MY_WORK = "My Work|Việc của tôi"


@pytest.fixture(scope="module")
def base_url():
    with serve_database() as base:
        yield base


def _walk(base, login, screen, steps):
    args = ["node", str(BROWSER / "daily_walk.js"), base, login, screen, json.dumps(steps)]
    out = subprocess.run(args, capture_output=True, text=True, timeout=240, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert not result["errors"], result["errors"]
    missing = [text for text, seen in result["found"].items() if not seen]
    assert not missing, f"not on screen for {login} ({screen}): {missing}"
    return result


def _request_to_approve(hr_login):
    """A change request of a teacher of THPT Nguyễn Trãi (a school the HR office's
    switcher does not tick after login), approved by its unit, waiting for the HR
    office."""
    with superuser() as env:
        employee = env["hr.employee"].search(
            [("company_id.name", "=", "Trường THPT Nguyễn Trãi"), ("user_id", "!=", False)], limit=1
        )
        request = env["vn.profile.change.request"].create(
            {
                "employee_id": employee.id,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "field_name": "private_phone",
                            "new_value_char": f"0912 678 {int(time.time()) % 1000:03d}",
                        },
                    )
                ],
            }
        )
        request.write({"state": "unit_approved", "submit_date": fields.Datetime.now()})
        request._vn_wf_update_todos()
        hr = env["res.users"].search([("login", "=", hr_login)])
        hr.company_id = env["res.company"].search(
            [("name", "=", "Sở Giáo dục và Đào tạo tỉnh Hưng Yên")]
        )
        env.cr.commit()
        return request.id, request.name, employee.name


@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_hr_office_sees_and_approves_a_request_right_after_login(base_url, screen):
    request_id, number, employee = _request_to_approve("sgd.tccb")
    result = _walk(
        base_url,
        "sgd.tccb",
        screen,
        [
            {
                "expect": [
                    MY_WORK,
                    "Trường THPT Nguyễn Trãi",
                    "Requests to Approve|Yêu cầu chờ duyệt",
                ]
            },
            {"tap": "Show All My Units|Hiện mọi đơn vị của tôi"},
            {"wait": 1500},
            {"tap": "Requests to Approve|Yêu cầu chờ duyệt"},
            {"expect": [number]},
            {"row": number},
            {"expect": [employee]},
            # the step is on the form, on a phone too (not in the ⚙ menu)
            {"button": "Approve (HR Office)|Duyệt (phòng TCCB)"},
            {"tap": "Approve (HR Office)|Duyệt (phòng TCCB)"},
            {"wait": 1000},
        ],
    )
    assert MY_WORK.split("|")[0] in result["landing"] or "Việc của tôi" in result["landing"], result
    with superuser() as env:
        assert env["vn.profile.change.request"].browse(request_id).state == "approved"


def _outgoing_to_issue(recipient):
    """A công văn of THCS Tân Lập, signed, naming ``recipient`` (a unit its clerk does
    not work in) as an internal recipient."""
    with superuser() as env:
        source = env["vn.outgoing.document"].search(
            [
                ("company_id.name", "=", "Trường THCS Tân Lập"),
                ("signer_id", "!=", False),
                ("drafting_department_id.vn_short_name", "!=", False),
            ],
            limit=1,
        )
        unit = env["res.company"].search([("name", "=", recipient)])
        subject = (
            f"Công văn về việc phối hợp tổ chức hội thi giáo viên dạy giỏi ({int(time.time())})"
        )
        doc = env["vn.outgoing.document"].create(
            {
                "register_id": source.register_id.id,
                "type_id": env.ref("documents_vn_office.document_type_cong_van").id,
                "subject": subject,
                "signer_id": source.signer_id.id,
                "drafter_id": source.drafter_id.id,
                "drafting_department_id": source.drafting_department_id.id,
                "recipient_company_ids": [(6, 0, unit.ids)],
            }
        )
        doc.write(
            {
                "state": "signed",
                "sign_date": fields.Date.today(),
                "check_form_done": True,
                "check_content_done": True,
            }
        )
        doc._vn_wf_update_todos()
        env.cr.commit()
        return doc.id, subject


@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_clerk_issues_to_another_unit_whose_clerk_sees_it_on_her_home(base_url, screen):
    doc_id, subject = _outgoing_to_issue("Sở Giáo dục và Đào tạo tỉnh Hưng Yên")
    _walk(
        base_url,
        "thcs.vanthu",
        screen,
        [
            {"expect": [MY_WORK, "Outgoing to Handle|Văn bản đi cần xử lý"]},
            {"tap": "Outgoing to Handle|Văn bản đi cần xử lý"},
            {"row": subject[:40]},
            {"expect": ["Sở Giáo dục và Đào tạo tỉnh Hưng Yên"]},
            {"button": "Issue|Phát hành"},
            {"tap": "Issue|Phát hành"},
            {"wait": 1500},
            # the desktop status bar shows every state; the phone's the current one
            {"expect": ["Issued|Đã phát hành"] if screen == "desktop" else [subject[:40]]},
        ],
    )
    with superuser() as env:
        doc = env["vn.outgoing.document"].browse(doc_id)
        assert doc.state == "issued"
        assert doc.tracking_ids.recipient_company_id.name == "Sở Giáo dục và Đào tạo tỉnh Hưng Yên"
    _walk(
        base_url,
        "sgd.vanthu",
        screen,
        [
            {"expect": [MY_WORK, "Incoming to Handle|Văn bản đến cần xử lý"]},
            {"tap": "Incoming to Handle|Văn bản đến cần xử lý"},
            {"expect": [subject[:40]]},
        ],
    )


def _pdf_text(result):
    """The text of the PDFs the browser received in a walk (the files are removed)."""
    texts = []
    for name in result["pdfs"]:
        path = Path(name)
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        )
        texts.append(out.stdout.decode("utf-8"))
        path.unlink(missing_ok=True)
    return " ".join(" ".join(texts).split())


def _approve_as_unit_and_hr_office(request_id):
    """The head of THCS Tân Lập and the HR office of its managing body (Phòng Văn hóa -
    Xã hội xã Tân Lập) approve the request with their own rights (the HR office's step
    in a browser is walked by test_hr_office_sees_and_approves_a_request_right_after_login)."""
    with superuser() as env:
        request = env["vn.profile.change.request"].browse(request_id)
        for login, step in (
            ("thcs.hieutruong", "action_unit_approve"),
            ("xa.vhxh", "action_approve"),
        ):
            user = env["res.users"].search([("login", "=", login)])
            getattr(
                request.with_user(user).with_context(allowed_company_ids=user.company_ids.ids),
                step,
            )()
        assert request.state == "approved", request.state
        env.cr.commit()


@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_teacher_declares_a_training_course_sees_it_in_her_record_and_cv(base_url, screen):
    """The teacher declares a training course (a new vn.training line) in a change
    request: the history type in Vietnamese, the course's own fields; "Gửi" is on the
    form (on a phone too, not in the ⚙ menu). Once approved, her record says what is
    still missing ("Tôn giáo") and her printed CV holds the course (school and major)."""
    with superuser() as env:
        teacher = env["hr.employee"].search([("user_id.login", "=", "thcs.gv")])
        teacher.vn_religion_id = False
        env.cr.commit()
        name = teacher.name
        before = (
            env["vn.profile.change.request"]
            .search([("employee_id", "=", teacher.id)], order="id desc", limit=1)
            .id
        )
    tag = f"{screen} {int(time.time()) % 100000}"
    major = f"Quản lý giáo dục ({tag})"
    school = f"Trường Đại học Sư phạm Hà Nội ({tag})"
    _walk(
        base_url,
        "thcs.gv",
        screen,
        [
            {"goto": "/odoo/action-hr_vn_civil_servant.vn_profile_change_request_action/new"},
            {"tap": "Add a line|Thêm một dòng|Thêm dòng|Add|Thêm"},
            {"radio": ["line_type", "New History Line|Bổ sung dòng quá trình"]},
            {"select": ["history_model", "Dòng đào tạo, bồi dưỡng"]},
            {"fill": ["description", school]},
            {"fill": ["training_major", major]},
            {"select": ["training_form", "In-service|Tại chức"]},
            {"fill": ["training_diploma", "Chứng chỉ bồi dưỡng cán bộ quản lý"]},
            {"expect": ["Form of Training|Hình thức đào tạo", "Diploma / Certificate|Văn bằng"]},
            {"tap": "Save & Close|Lưu & Đóng|Lưu & đóng"},
            {"expect": [major]},
            {"click": ".o_form_button_save"},
            {"expect": ["PBS/"]},
            {"button": "Submit|Gửi"},
            {"tap": "Submit|Gửi"},
            {"expect": ["Submitted|Đã gửi"]},
        ],
    )
    with superuser() as env:
        request = env["vn.profile.change.request"].search(
            [("employee_id.user_id.login", "=", "thcs.gv")], order="id desc", limit=1
        )
        assert request.id != before, "no new change request"
        assert request.state == "submitted", request.state
        assert request.line_ids.history_model == "vn.training"
        request_id = request.id
    _approve_as_unit_and_hr_office(request_id)
    with superuser() as env:
        training = env["vn.training"].search([("major", "=", major)])
        assert training.employee_id.name == name
        assert (training.school, training.form) == (school, "in_service")
    result = _walk(
        base_url,
        "thcs.gv",
        screen,
        [
            {"goto": "/odoo/action-hr_vn_civil_servant.vn_my_record_action"},
            {"expect": [name, "Tôn giáo", "What Is Missing|Còn thiếu"]},
            {"tap": "Print My CV|In lý lịch của tôi"},
            {"pdf": 60000},
        ],
    )
    assert result["pdfs"], result
    text = _pdf_text(result)
    assert name.upper() in text.upper(), text[:500]
    assert major in text, text[:2000]
    assert school in text, text[:2000]


def test_teacher_declares_a_religion_from_the_dropdown(base_url):
    """On the desktop form of a new change request the teacher picks "Tôn giáo" and
    chooses her religion in its dropdown (it showed no input before)."""
    with superuser() as env:
        religion = env["vn.religion"].search([], limit=1).name
        before = env["vn.profile.change.request"].search_count(
            [("employee_id.user_id.login", "=", "thcs.gv")]
        )
    _walk(
        base_url,
        "thcs.gv",
        "desktop",
        [
            {"goto": "/odoo/action-hr_vn_civil_servant.vn_profile_change_request_action/new"},
            {"tap": "Add a line|Thêm một dòng|Thêm dòng"},
            {"select": ["field_name", "Tôn giáo|Religion"]},
            {"select": ["new_value_religion_id", religion]},
            {"tap": "Save & Close|Lưu & đóng"},
            {"expect": [religion]},
            {"click": ".o_form_button_save"},
            {"expect": ["PBS/"]},
        ],
    )
    with superuser() as env:
        requests = env["vn.profile.change.request"].search(
            [("employee_id.user_id.login", "=", "thcs.gv")], order="id desc"
        )
        assert len(requests) == before + 1
        assert requests[0].line_ids.new_value_text == religion
