"""Red team: the attacks of issue 9 on personnel data, as the real demo users, over HTTP
against a served instance of the demo database: the web client's JSON-RPC
(/web/session/authenticate, /web/dataset/call_kw), the external XML-RPC
(/xmlrpc/2/object) and JSON-RPC (/jsonrpc) APIs, the report and export controllers.
Odoo 18.0 has no /json/2 endpoint (no route in odoo/addons/*/controllers).

Every test asserts the refusal and, where data may leave under an authorisation, the
export-log row (read back from the database by the test process). The served instance
commits what it does: the tests leave nothing but log rows (an attack that would
succeed is undone in a ``finally``)."""

import base64
import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from odoo.models import BaseModel

from .common import serve_database
from .http_client import WebClient, jsonrpc_call, superuser, xmlrpc_call

PRIVATE = ["identification_id", "birthday", "private_street", "vn_monthly_salary"]


@pytest.fixture(scope="module")
def base_url():
    with serve_database() as base:
        yield base


def admin(base, model, method, args, kwargs=None):
    """A method of ``model`` called as the superuser, with the external API's
    convention (record methods take the ids first); committed at the end."""
    with superuser() as env:
        records = env[model]
        if method in ("read", "write", "unlink"):
            records, args = records.browse(args[0]), args[1:]
        result = getattr(records, method)(*args, **(kwargs or {}))
        if isinstance(result, BaseModel):
            result = result.ids
        return result


def xmlid(base, name):
    with superuser() as env:
        return env.ref(name).id


def last_log_id(base):
    with superuser() as env:
        return env["vn.personnel.export.log"].search([], order="id desc", limit=1).id or 0


def new_logs(base, since, login):
    with superuser() as env:
        logs = env["vn.personnel.export.log"].search(
            [("id", ">", since), ("user_id.login", "=", login)], order="id"
        )
        return logs.read(
            ["channel", "model", "method", "record_count", "field_names", "authorization_id"]
        )


def staff_of(base, company_xmlid):
    with superuser() as env:
        return env["hr.employee"].search([("company_id", "=", env.ref(company_xmlid).id)]).ids


# ---------------------------------------------------------------------------- point 1
def test_change_request_line_onchange_reads_no_other_employee(base_url):
    """thpt.gv asks the line's onchange for the private data of a teacher of the other
    managing body (and of a colleague): the old value stays blank."""
    web = WebClient(base_url, "thpt.gv")
    victims = [
        xmlid(base_url, "hr_vn_civil_servant.employee_thcs_gv"),
        xmlid(base_url, "hr_vn_civil_servant.employee_thpt_hieutruong"),
    ]
    spec = {
        "request_id": {"fields": {"employee_id": {}}},
        "line_type": {},
        "field_name": {},
        "old_value_text": {},
    }
    for victim in victims:
        for field_name in ("private_street", "vn_religion_id", "marital", "vn_blood_group"):
            result, error = web.try_call(
                "vn.profile.change.request.line",
                "onchange",
                [
                    [],
                    {
                        "request_id": {"employee_id": victim},
                        "line_type": "field",
                        "field_name": field_name,
                    },
                    ["field_name"],
                    spec,
                ],
            )
            assert error is None, error
            assert not result["value"].get("old_value_text"), (victim, field_name, result)


def test_manager_link_does_not_open_another_body(base_url):
    """thpt.hoso sets his own manager to a teacher of the commune body, then reads and
    writes that person's record: refused at the first step, and the record stays closed."""
    web = WebClient(base_url, "thpt.hoso")
    own = xmlid(base_url, "hr_vn_civil_servant.employee_thpt_hoso")
    victim = xmlid(base_url, "hr_vn_civil_servant.employee_thcs_gv")
    before = admin(base_url, "hr.employee", "read", [[own], ["parent_id", "coach_id"]])[0]
    try:
        for fname in ("parent_id", "coach_id"):
            _result, error = web.try_call("hr.employee", "write", [[own], {fname: victim}])
            assert error, f"{fname} across managing bodies was accepted"
        _result, fault = xmlrpc_call(
            base_url, "thpt.hoso", "hr.employee", "write", [[own], {"parent_id": victim}]
        )
        assert fault
        _result, error = web.try_call(
            "hr.employee", "read", [[victim], ["identification_id", "birthday"]]
        )
        assert error
        _result, error = web.try_call("hr.employee", "write", [[victim], {"vn_other_names": "x"}])
        assert error
    finally:
        admin(
            base_url,
            "hr.employee",
            "write",
            [
                [own],
                {
                    "parent_id": before["parent_id"] and before["parent_id"][0],
                    "coach_id": before["coach_id"] and before["coach_id"][0],
                },
            ],
        )


def test_bulk_search_read_through_the_web_endpoint(base_url):
    """A script with the records officer's session reads the CCCD, birthday, address and
    salary of his whole unit through /web/dataset/call_kw: refused (export)."""
    web = WebClient(base_url, "thpt.hoso")
    domain = [("company_id", "=", xmlid(base_url, "hr_vn_civil_servant.company_thpt_nguyen_trai"))]
    for method, args, kwargs in (
        ("search_read", [domain], {"fields": PRIVATE}),
        ("web_search_read", [domain, {name: {} for name in PRIVATE}], {}),
        ("read", [staff_of(base_url, "hr_vn_civil_servant.company_thpt_nguyen_trai"), PRIVATE], {}),
    ):
        result, error = web.try_call("hr.employee", method, args, kwargs)
        assert error, (method, result)
    # the web client's own list (working fields only) keeps working
    result, error = web.try_call(
        "hr.employee",
        "web_search_read",
        [
            domain,
            {"name": {}, "vn_grade_id": {"fields": {"display_name": {}}}, "vn_salary_step": {}},
        ],
    )
    assert error is None and result["records"], error
    # one person's form keeps working
    first = [result["records"][0]["id"]]
    _result, error = web.try_call("hr.employee", "web_read", [first, {"birthday": {}}])
    assert error is None, error


def test_read_group_over_xmlrpc_jsonrpc_and_web(base_url):
    """read_group by CCCD, by birthday, or summing salaries per person: refused on every
    endpoint."""
    domain = [("company_id", "=", xmlid(base_url, "hr_vn_civil_servant.company_thpt_nguyen_trai"))]
    for groupby, fields_ in (
        (["identification_id"], ["identification_id"]),
        (["birthday:day"], ["birthday"]),
        (["name"], ["vn_monthly_salary:sum"]),
    ):
        result, fault = xmlrpc_call(
            base_url,
            "thpt.hoso",
            "hr.employee",
            "read_group",
            [domain, fields_, groupby],
            {"lazy": False},
        )
        assert fault, (groupby, result)
        result, error = jsonrpc_call(
            base_url,
            "thpt.hoso",
            "hr.employee",
            "read_group",
            [domain, fields_, groupby],
            {"lazy": False},
        )
        assert error, (groupby, result)
    result, error = WebClient(base_url, "thpt.hieutruong").try_call(
        "hr.employee", "web_read_group", [domain, ["identification_id"], ["identification_id"]]
    )
    assert error, result


def test_copy_data_and_related_user_fields(base_url):
    """copy_data() returns field values; res.users relates the employee's birthday and
    CCCD: neither opens the private data of the unit in bulk."""
    staff = staff_of(base_url, "hr_vn_civil_servant.company_thpt_nguyen_trai")
    result, fault = xmlrpc_call(base_url, "thpt.hoso", "hr.employee", "copy_data", [staff])
    assert fault, result
    users = admin(base_url, "res.users", "search", [[("login", "like", "thpt.")]])
    result, error = WebClient(base_url, "thpt.hoso").try_call(
        "res.users",
        "search_read",
        [[("id", "in", users)]],
        {"fields": ["birthday", "identification_id"]},
    )
    assert error, result


def test_personnel_chatter_over_xmlrpc(base_url):
    """The chatter of the unit's records (old → new values of applied changes) read in
    bulk over XML-RPC by the records officer: refused; the tracking values are the
    administrators' only."""
    staff = staff_of(base_url, "hr_vn_civil_servant.company_thcs_tan_lap")
    domain = [("model", "=", "hr.employee"), ("res_id", "in", staff)]
    result, fault = xmlrpc_call(
        base_url,
        "thcs.vanthu",
        "mail.message",
        "search_read",
        [domain],
        {"fields": ["res_id", "body"]},
    )
    assert fault, result
    result, fault = xmlrpc_call(
        base_url,
        "thcs.vanthu",
        "mail.tracking.value",
        "search_read",
        [[]],
        {"fields": ["old_value_char", "new_value_char"]},
    )
    assert fault, result
    # nobody of the other body even finds them
    result, fault = xmlrpc_call(base_url, "thpt.hoso", "mail.message", "search", [domain])
    assert fault is None and result == [], (result, fault)


def test_directory_activities_and_photos(base_url):
    """The public directory, name_search, activities and the photo of the record: a
    teacher sees nothing of the other managing body, and not his colleague's photo."""
    web = WebClient(base_url, "thpt.gv")
    victim = xmlid(base_url, "hr_vn_civil_servant.employee_thcs_gv")
    colleague = xmlid(base_url, "hr_vn_civil_servant.employee_thpt_hieutruong")
    with superuser() as env:
        victim_name = env["hr.employee"].browse(victim).name
        photo = env["hr.employee"].browse(colleague).image_128
        requests = env["vn.profile.change.request"].search(
            [("company_id", "=", env.ref("hr_vn_civil_servant.company_thcs_tan_lap").id)]
        )
        activities = requests.activity_ids.ids
    assert photo and activities
    for model in ("hr.employee", "hr.employee.public"):
        result, error = web.try_call(model, "name_search", [victim_name])
        assert error or result == [], (model, result)
    result, fault = xmlrpc_call(base_url, "thpt.hoso", "hr.employee", "name_search", [victim_name])
    assert fault or result == [], result
    result, error = web.try_call(
        "hr.employee.public", "search_read", [[("id", "=", victim)]], {"fields": ["name"]}
    )
    assert error or result == [], result
    for login in ("thpt.gv", "thpt.hieutruong", "sgd.tccb"):
        result, fault = xmlrpc_call(
            base_url,
            login,
            "mail.activity",
            "search_read",
            [[("id", "in", activities)]],
            {"fields": ["summary", "note", "res_name"]},
        )
        assert fault or result == [], (login, result)
    response = web.get(f"/web/image/hr.employee.public/{colleague}/image_128")
    status, body = response.status_code, response.content
    assert status != 200 or base64.b64encode(body) != photo, "the colleague's photo is shown"


# ---------------------------------------------------------------------------- point 2
def test_salary_list_report_needs_the_export_right(base_url):
    """The records officer and the unit head print the salary list of the whole unit,
    as PDF, HTML and Excel: refused, nothing logged."""
    thpt = xmlid(base_url, "hr_vn_civil_servant.company_thpt_nguyen_trai")
    options = json.dumps(
        {
            "list_type": "salary",
            "company_id": thpt,
            "date_from": "2026-01-01",
            "date_to": "2026-12-31",
        }
    )
    for login in ("thpt.hoso", "thpt.hieutruong"):
        since = last_log_id(base_url)
        web = WebClient(base_url, login)
        for converter, report in (
            ("pdf", "vn_reports.report_hr_list"),
            ("html", "vn_reports.report_hr_list"),
            ("xlsx", "vn_reports.report_hr_list_xlsx"),
        ):
            path = f"/report/{converter}/{report}/{thpt}?" + urllib.parse.urlencode(
                {"options": options}
            )
            response = web.get(path)
            status, ctype, body = (
                response.status_code,
                response.headers.get("Content-Type", ""),
                response.content,
            )
            leaked = status == 200 and (
                "pdf" in ctype or "sheet" in ctype or "Thành tiền".encode() in body
            )
            assert not leaked, (login, converter, status, ctype)
        assert new_logs(base_url, since, login) == []


def test_hr_office_export_end_to_end_with_an_authorisation(base_url):
    """The Sở's HR office exports the THPT staff through Odoo's real export controller:
    refused without an authorisation (a free-text 'authorisation' counts for nothing),
    done and logged with the one recorded by the director."""
    web = WebClient(base_url, "sgd.tccb")
    token = web.csrf()
    staff = staff_of(base_url, "hr_vn_civil_servant.company_thpt_nguyen_trai")
    authorization = xmlid(base_url, "hr_vn_civil_servant.export_authorization_sgd_tccb")

    def export(context):
        data = {
            "model": "hr.employee",
            "fields": [
                {"name": "name", "label": "Name"},
                {"name": "identification_id", "label": "CCCD"},
            ],
            "ids": staff,
            "domain": [],
            "import_compat": False,
            "context": context,
        }
        response = web.get("/web/export/csv", {"data": json.dumps(data), "csrf_token": token})
        return response.status_code, response.headers.get("Content-Type", ""), response.content

    since = last_log_id(base_url)
    for context in ({}, {"vn_export_authorization": "Công văn tôi tự gõ"}):
        status, _ctype, body = export(context)
        assert status != 200 or b"CCCD" not in body, body[:300]
    assert new_logs(base_url, since, "sgd.tccb") == []
    status, ctype, body = export({"vn_export_authorization_id": authorization})
    assert status == 200 and "csv" in ctype, (status, body[:500])
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == len(staff) + 1
    logs = new_logs(base_url, since, "sgd.tccb")
    assert len(logs) == 1, logs
    assert logs[0]["channel"] == "export" and logs[0]["authorization_id"][0] == authorization
    assert logs[0]["record_count"] == len(staff)
    assert "identification_id" in logs[0]["field_names"]


def test_external_api_read_under_an_authorisation_is_logged(base_url):
    """The integration read of the HR office over XML-RPC: refused without, logged with
    the authorisation (channel rpc)."""
    staff = staff_of(base_url, "hr_vn_civil_servant.company_thpt_nguyen_trai")
    authorization = xmlid(base_url, "hr_vn_civil_servant.export_authorization_sgd_tccb")
    since = last_log_id(base_url)
    result, fault = xmlrpc_call(base_url, "sgd.tccb", "hr.employee", "read", [staff, ["birthday"]])
    assert fault, result
    result, fault = xmlrpc_call(
        base_url,
        "sgd.tccb",
        "hr.employee",
        "read",
        [staff, ["birthday"]],
        {"context": {"vn_export_authorization_id": authorization}},
    )
    assert fault is None and len(result) == len(staff), fault
    logs = new_logs(base_url, since, "sgd.tccb")
    assert [(log["channel"], log["authorization_id"][0]) for log in logs] == [
        ("rpc", authorization)
    ]


# ---------------------------------------------------------------------------- point 5
def test_records_officer_cannot_change_his_own_step_or_birthday(base_url):
    web = WebClient(base_url, "thpt.hoso")
    own = xmlid(base_url, "hr_vn_civil_servant.employee_thpt_hoso")
    before = admin(base_url, "hr.employee", "read", [[own], ["birthday", "vn_salary_step"]])[0]
    lines_before = admin(base_url, "vn.salary.history", "search", [[("employee_id", "=", own)]])
    grade = admin(base_url, "vn.salary.history", "read", [lines_before[:1], ["grade_id"]])[0][
        "grade_id"
    ][0]
    try:
        _result, error = web.try_call("hr.employee", "write", [[own], {"birthday": "1991-06-14"}])
        assert error
        _result, error = web.try_call(
            "vn.salary.history",
            "create",
            [
                {
                    "employee_id": own,
                    "date": "2026-11-01",
                    "grade_id": grade,
                    "step": before["vn_salary_step"] + 1,
                }
            ],
        )
        assert error
        _result, error = web.try_call("vn.salary.history", "write", [lines_before[:1], {"step": 9}])
        assert error
        after = admin(base_url, "hr.employee", "read", [[own], ["birthday", "vn_salary_step"]])[0]
        assert after == before
    finally:
        extra = admin(
            base_url,
            "vn.salary.history",
            "search",
            [[("employee_id", "=", own), ("id", "not in", lines_before)]],
        )
        if extra:
            admin(base_url, "vn.salary.history", "unlink", [extra])
        admin(base_url, "hr.employee", "write", [[own], {"birthday": before["birthday"]}])


def test_rename_in_preferences_while_the_unit_is_locked(base_url):
    """Trường Mầm non Tân Lập is locked (demo): its head renames himself in Preferences;
    Odoo would copy the name onto his personnel record. Refused."""
    web = WebClient(base_url, "mn.hieutruong")
    employee = xmlid(base_url, "hr_vn_civil_servant.employee_mn_hieutruong")
    before = admin(base_url, "hr.employee", "read", [[employee], ["name", "work_email"]])[0]
    user_before = admin(base_url, "res.users", "read", [[web.uid], ["name", "email"]])[0]
    try:
        for vals in ({"name": "Lý Thị Kim Oanh (đổi tên)"}, {"email": "khac@example.edu.vn"}):
            _result, error = web.try_call("res.users", "write", [[web.uid], vals])
            assert error, vals
        after = admin(base_url, "hr.employee", "read", [[employee], ["name", "work_email"]])[0]
        assert after == before
    finally:
        admin(
            base_url,
            "res.users",
            "write",
            [[web.uid], {"name": user_before["name"], "email": user_before["email"]}],
        )
        admin(
            base_url,
            "hr.employee",
            "write",
            [[employee], {"name": before["name"], "work_email": before["work_email"]}],
        )
