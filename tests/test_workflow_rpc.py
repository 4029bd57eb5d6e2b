"""Over the web client's own JSON-RPC endpoint and over XML-RPC, against a served
instance, as the demo users: every workflow's guarded fields are refused, whatever the
role, and the refused values are not stored. (Issue: "their integrity must not depend
on which screen a request comes from".)"""

import xmlrpc.client

import pytest

from .common import serve_database
from .http_client import RpcError, WebClient, db_name

REFUSALS = (
    "odoo.exceptions.UserError",
    "odoo.exceptions.AccessError",
    "odoo.exceptions.ValidationError",
)


class Session(WebClient):
    """A demo user's web session; ``refused`` asserts that a call is refused with a
    clear message (never a server error) and returns the message."""

    def refused(self, model, method, *args, **kwargs):
        try:
            self.call(model, method, *args, **kwargs)
        except RpcError as exc:
            assert exc.name in REFUSALS, exc.name
            return exc.message
        raise AssertionError(f"{model}.{method}{args} was accepted")

    ok = WebClient.call


@pytest.fixture(scope="module")
def base():
    with serve_database() as url:
        yield url


def _one(session, model, domain):
    ids = session.ok(model, "search", domain, limit=1)
    assert ids, f"no {model} matching {domain} in the demo data"
    return ids[0]


def test_teacher_cannot_sign_issue_or_number_his_own_drafts(base):
    teacher = Session(base, "thcs.gv")
    principal = teacher.ok("res.users", "search", [("login", "=", "thcs.hieutruong")])[0]
    out = teacher.ok(
        "vn.outgoing.document",
        "create",
        {"subject": "Kế hoạch thi (rpc)", "signing_authority": "none"},
    )
    for vals in (
        {"state": "signed", "approver_id": principal},
        {"state": "issued", "name": "43/QĐ-THCSTL", "number": 43},
        {"check_form_done": True, "check_content_done": True},
    ):
        teacher.refused("vn.outgoing.document", "write", [out], vals)
    teacher.refused(
        "vn.outgoing.document",
        "create",
        {"subject": "Văn bản giả (rpc)", "state": "issued", "number": 43, "name": "43/QĐ-THCSTL"},
    )
    internal = teacher.ok("vn.internal.document", "create", {"subject": "Tờ trình (rpc)"})
    teacher.refused(
        "vn.internal.document", "write", [internal], {"state": "approved", "number": 99}
    )
    teacher.ok("vn.internal.document", "action_submit", [internal])
    teacher.refused("vn.internal.document", "action_approve", [internal])
    [out_row] = teacher.ok("vn.outgoing.document", "read", [out], ["state", "number", "name"])
    assert (out_row["state"], out_row["number"], out_row["name"]) == ("draft", 0, False)
    [int_row] = teacher.ok("vn.internal.document", "read", [internal], ["state", "number"])
    assert (int_row["state"], int_row["number"]) == ("submitted", 0)


def test_clerk_cannot_rewrite_registered_and_issued_documents(base):
    clerk = Session(base, "thcs.vanthu")
    issued = _one(clerk, "vn.outgoing.document", [("state", "in", ("issued", "filed"))])
    before = clerk.ok(
        "vn.outgoing.document", "read", [issued], ["name", "document_date", "subject", "state"]
    )[0]
    for vals in (
        {"name": "99/QĐ-THCSTL"},
        {"document_date": "2020-01-01"},
        {"subject": "Trích yếu sửa lại"},
        {"state": "draft"},
    ):
        clerk.refused("vn.outgoing.document", "write", [issued], vals)
    after = clerk.ok(
        "vn.outgoing.document", "read", [issued], ["name", "document_date", "subject", "state"]
    )[0]
    assert after == before
    incoming = _one(
        clerk,
        "vn.incoming.document",
        [("arrival_number", "!=", 0), ("state", "not in", ("done", "filed"))],
    )
    for vals in (
        {"arrival_number": 777, "state": "done"},
        {"arrival_date": "2020-01-01"},
        {"original_number": "01/XX"},
    ):
        clerk.refused("vn.incoming.document", "write", [incoming], vals)


def test_one_hr_office_user_cannot_give_both_approvals(base):
    teacher = Session(base, "thcs.gv")
    request = teacher.ok(
        "vn.profile.change.request",
        "create",
        {
            "line_ids": [
                (
                    0,
                    0,
                    {
                        "line_type": "field",
                        "field_name": "private_phone",
                        "new_value_char": "0912 000 111",
                    },
                )
            ]
        },
    )
    teacher.refused("vn.profile.change.request", "write", [request], {"state": "approved"})
    teacher.ok("vn.profile.change.request", "action_submit", [request])
    teacher.refused("vn.profile.change.request", "write", [request], {"note": "sửa sau khi nộp"})
    hr_office = Session(base, "xa.vhxh")
    hr_office.ok("vn.profile.change.request", "action_unit_approve", [request])
    hr_office.refused("vn.profile.change.request", "action_approve", [request])
    hr_office.refused(
        "vn.profile.change.request",
        "write",
        [request],
        {
            "state": "approved",
            "approver_id": hr_office.ok("res.users", "search", [("login", "=", "xa.vhxh")])[0],
        },
    )
    [row] = hr_office.ok("vn.profile.change.request", "read", [request], ["state"])
    assert row["state"] == "unit_approved"


def test_teaching_record_state_over_xmlrpc(base):
    teacher = Session(base, "thcs.gv")
    record = _one(teacher, "vn.teaching.record", [("state", "in", ("draft", "returned"))])
    url = f"{base}/xmlrpc/2"
    uid = xmlrpc.client.ServerProxy(f"{url}/common").authenticate(
        db_name(), "thcs.gv", "thcs.gv", {}
    )
    models = xmlrpc.client.ServerProxy(f"{url}/object", allow_none=True)
    for vals in ({"state": "approved"}, {"reviewed_by_id": uid, "state": "approved"}):
        with pytest.raises(xmlrpc.client.Fault):
            models.execute_kw(
                db_name(), uid, "thcs.gv", "vn.teaching.record", "write", [[record], vals]
            )
        # the old forgeable context flag opens nothing either
        with pytest.raises(xmlrpc.client.Fault):
            models.execute_kw(
                db_name(),
                uid,
                "thcs.gv",
                "vn.teaching.record",
                "write",
                [[record], vals],
                {"context": {"vn_teaching_workflow": True}},
            )
    [row] = teacher.ok("vn.teaching.record", "read", [record], ["state"])
    assert row["state"] in ("draft", "returned")
