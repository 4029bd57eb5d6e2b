"""Phone-first screens (issue 17, point 7), in the real Chromium of tests/browser on a
phone (390×844), as the demo users: the step of the current state is a button on the form
itself (Odoo puts the header's buttons in the ⚙ menu on a small screen; the suite keeps
the primary ones out: hr_vn_civil_servant/static/src/views/form/phone_primary_buttons.js),
the lists a teacher and a clerk use open as cards, the late professional records as a
list grouped by department (no pivot). Texts are "English source|Vietnamese"."""

import time

import pytest

from odoo import fields

from .common import serve_database
from .http_client import superuser
from .test_daily_walks import _walk, pytestmark  # noqa: F401  (same skip condition)


@pytest.fixture(scope="module")
def base_url():
    with serve_database() as base:
        yield base


def _users(env, *logins):
    users = env["res.users"].search([("login", "in", logins)])
    return {
        user.login: user.with_context(allowed_company_ids=user.company_ids.ids) for user in users
    }


def _prepare():
    """Fresh records in the served database, each waiting for one step of one user."""
    tag = int(time.time()) % 100000
    with superuser() as env:
        ref = env.ref
        users = _users(env, "thcs.gv", "thcs.hieutruong", "thcs.vanthu")
        teacher, principal = users["thcs.gv"], users["thcs.hieutruong"]
        Internal = env["vn.internal.document"]
        template = ref("documents_vn_office.int_draft")
        values = {
            "company_id": template.company_id.id,
            "register_id": template.register_id.id,
            "drafter_id": teacher.id,
            "department_id": template.department_id.id,
            "type_id": template.type_id.id,
        }
        draft = Internal.with_user(teacher).create(
            dict(values, subject=f"Tờ trình mua bổ sung hóa chất thực hành ({tag})")
        )
        submitted = Internal.with_user(teacher).create(
            dict(values, subject=f"Tờ trình tổ chức ngoại khóa STEM ({tag})")
        )
        submitted.with_user(teacher).action_submit()
        task = (
            env["vn.work.task"]
            .with_user(principal)
            .create(
                {
                    "name": f"Chuẩn bị chuyên đề sinh hoạt tổ ({tag})",
                    "company_id": ref("hr_vn_civil_servant.company_thcs_tan_lap").id,
                    "lead_user_id": teacher.id,
                    "deadline": fields.Date.today(),
                }
            )
        )
        incoming = env["vn.incoming.document"].search(
            [
                ("company_id", "=", ref("hr_vn_civil_servant.company_thcs_tan_lap").id),
                ("state", "=", "submitted"),
            ],
            limit=1,
        )
        received = env["vn.incoming.document"].search(
            [
                ("company_id", "=", ref("hr_vn_civil_servant.company_thcs_tan_lap").id),
                ("state", "=", "received"),
            ],
            limit=1,
        )
        assert incoming and received, "the demo data has incoming documents to register and direct"
        env.cr.commit()
        return {
            "draft": draft.id,
            "submitted": submitted.id,
            "task": task.id,
            "incoming": incoming.id,
            "received": received.id,
            "subject": submitted.subject,
        }


def _form(action, res_id):
    return f"/odoo/action-documents_vn_office.{action}/{res_id}"


def test_the_step_of_each_state_is_a_button_on_the_phone_form(base_url):
    """Each user finds the step he has to take on the form, without the ⚙ menu: the
    teacher "Trình duyệt" (internal document) and "Nhận việc" (task), the principal
    "Duyệt" (internal document) and "Chỉ đạo" (incoming), the clerk "Vào sổ"; the
    secondary steps stay in the ⚙ menu (the teacher's "Propose Otherwise")."""
    ids = _prepare()
    teacher = _walk(
        base_url,
        "thcs.gv",
        "phone",
        [
            {"goto": _form("vn_internal_document_action", ids["draft"])},
            {"button": "Submit|Trình duyệt"},
            {"goto": _form("vn_work_task_action", ids["task"])},
            {"button": "Accept|Nhận việc"},
            {"count": ".o_form_view .o_vn_phone_primary_buttons button", "min": 1},
            {"count": ".o_form_view .o_statusbar_buttons"},
        ],
    )
    # only the primary steps are on the form; the status bar's buttons are in the menu
    assert teacher["counts"][0] >= 1 and teacher["counts"][1] == 0, teacher["counts"]
    _walk(
        base_url,
        "thcs.hieutruong",
        "phone",
        [
            {"goto": _form("vn_internal_document_action", ids["submitted"])},
            {"button": "Approve|Duyệt"},
            {"goto": _form("vn_incoming_document_action", ids["incoming"])},
            {"button": "Direct|Chỉ đạo"},
            {"tap": "Direct|Chỉ đạo"},
            {"expect": ["Direct|Chỉ đạo"]},
        ],
    )
    _walk(
        base_url,
        "thcs.vanthu",
        "phone",
        [
            {"goto": _form("vn_incoming_document_action", ids["received"])},
            {"button": "Register Document|Vào sổ"},
        ],
    )


def test_the_primary_step_is_also_taken_from_the_phone_form(base_url):
    """Tapping the button on the form takes the step: the principal approves the
    internal document from his phone; the desktop form has the same single button."""
    ids = _prepare()
    _walk(
        base_url,
        "thcs.hieutruong",
        "phone",
        [
            {"goto": _form("vn_internal_document_action", ids["submitted"])},
            {"button": "Approve|Duyệt"},
            {"click": ".o_vn_phone_primary_buttons button[name=action_approve]"},
            {"expect": ["Approved|Đã duyệt"]},
        ],
    )
    with superuser() as env:
        assert env["vn.internal.document"].browse(ids["submitted"]).state == "approved"
    desktop = _walk(
        base_url,
        "thcs.hieutruong",
        "desktop",
        [
            {"goto": _form("vn_internal_document_action", ids["draft"])},
            {"count": ".o_statusbar_buttons", "min": 1},
            {"count": ".o_vn_phone_primary_buttons"},
        ],
    )
    assert desktop["counts"] == [1, 0], desktop["counts"]


def test_clerk_and_teacher_lists_are_cards_on_a_phone(base_url):
    """On a phone the clerk's outgoing and internal documents and the teacher's notices
    and change requests open as cards (the same lists are tables on a desktop)."""
    ids = _prepare()
    clerk = _walk(
        base_url,
        "thcs.vanthu",
        "phone",
        [
            {"goto": "/odoo/action-documents_vn_office.vn_outgoing_document_action"},
            {"count": ".o_kanban_view .o_kanban_record:not(.o_kanban_ghost)", "min": 1},
            {"count": ".o_list_view"},
            {"goto": "/odoo/action-documents_vn_office.vn_internal_document_action"},
            {"expect": [ids["subject"]]},
            {"count": ".o_kanban_view .o_kanban_record:not(.o_kanban_ghost)", "min": 1},
        ],
    )
    assert clerk["counts"][0] >= 1 and clerk["counts"][1] == 0, clerk["counts"]
    assert clerk["counts"][2] >= 1, clerk["counts"]
    teacher = _walk(
        base_url,
        "thcs.gv",
        "phone",
        [
            {"goto": "/odoo/action-documents_vn_office.vn_notice_action"},
            {"count": ".o_kanban_view", "min": 1},
            {"goto": "/odoo/action-hr_vn_civil_servant.vn_profile_change_request_action"},
            {"count": ".o_kanban_view", "min": 1},
        ],
    )
    assert teacher["counts"] == [1, 1], teacher["counts"]
    desktop = _walk(
        base_url,
        "thcs.vanthu",
        "desktop",
        [
            {"goto": "/odoo/action-documents_vn_office.vn_outgoing_document_action"},
            {"count": ".o_list_view", "min": 1},
        ],
    )
    assert desktop["counts"] == [1], desktop["counts"]


def test_late_records_are_a_list_grouped_by_department_on_a_phone(base_url):
    """The principal opens the late and missing professional records on his phone: a
    list grouped by professional group (tổ), no pivot table."""
    with superuser() as env:
        late = env["vn.teaching.record"].search_count([])
        assert late, "the demo data has professional records"
    result = _walk(
        base_url,
        "thcs.hieutruong",
        "phone",
        [
            {"goto": "/odoo/action-documents_vn_office.vn_teaching_record_action_late"},
            {"expect": ["Late and Missing Records|Hồ sơ nộp muộn và còn thiếu"]},
            {"count": ".o_list_view .o_group_header", "min": 1},
            {"count": ".o_list_view"},
            {"count": ".o_pivot"},
        ],
    )
    groups, lists, pivot = result["counts"]
    assert (pivot, lists) == (0, 1), result["counts"]
    assert groups >= 1, result["counts"]
