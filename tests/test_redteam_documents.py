"""Red team on the documents, over HTTP, as the real demo users (password = login + "@Vn2026")
against a served instance of the test database (issue 9, points 3, 4 and 6).

The served instance sees only committed data, so these tests use the demo documents:
the secret incoming document of THCS Tân Lập (``documents_vn_office.in_secret``, kept
by ``thcs.vanthu``, directed to ``thcs.hieutruong``) and its scan. Every attack must be
refused; the only rows the tests leave behind are the access-log rows of the reads
they make. Each test collects every problem it finds before failing, so that one run
shows all the holes at once."""

import base64
import xmlrpc.client
from datetime import datetime, timedelta

import pytest

from .common import serve_database
from .http_client import WebClient, xmlrpc_call

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
SLIP = "vn_reports.report_incoming_slip"


@pytest.fixture(scope="module")
def base():
    with serve_database() as url:
        yield url


@pytest.fixture(scope="module")
def admin(base):
    return WebClient(base, "admin")


@pytest.fixture(scope="module")
def demo(admin):
    """Ids of the demo records the attacks aim at."""
    names = {
        "secret": "in_secret",
        "scan": "attachment_in_secret_scan",
        "registered": "in_registered",
        "submitted": "in_submitted",
        "out_draft": "out_draft",
        "teaching_draft": "teaching_thcs_gv_bai_day_1209",
        "reg_thcs_in": "register_thcs_in",
        "bo_gddt": "partner_bo_gddt",
    }
    rows = admin.xmlrpc(
        "ir.model.data",
        "search_read",
        [("module", "=", "documents_vn_office"), ("name", "in", list(names.values()))],
        fields=["name", "res_id"],
    )
    by_name = {row["name"]: row["res_id"] for row in rows}
    ids = {key: by_name.get(name) for key, name in names.items()}
    missing = [key for key, value in ids.items() if not value]
    assert not missing, f"demo records missing: {missing}"
    companies = admin.xmlrpc(
        "ir.model.data",
        "search_read",
        [
            ("module", "=", "hr_vn_civil_servant"),
            ("name", "in", ["company_thcs_tan_lap", "company_thpt_nguyen_trai"]),
        ],
        fields=["name", "res_id"],
    )
    for row in companies:
        ids[row["name"]] = row["res_id"]
    return ids


def _since():
    """Rows of the access log count from a little before the test: a read repeated
    within the log's de-duplication window is logged once (README, Who sees what)."""
    return (datetime.utcnow() - timedelta(minutes=15)).strftime("%Y-%m-%d %H:%M:%S")


def _log_rows(admin, user, res_id, since, channel=None, problems=None):
    domain = [
        ("user_id", "=", user.uid),
        ("res_model", "=", "vn.incoming.document"),
        ("res_id", "=", res_id),
        ("date", ">=", since),
    ]
    if channel:
        domain.append(("channel", "=", channel))
    try:
        return admin.xmlrpc("vn.document.access.log", "search_read", domain, fields=["id"])
    except xmlrpc.client.Fault as exc:
        if problems is not None:
            problems.append(f"the access log has no channel: {exc.faultString[-200:]}")
        return []


def _scan_where(admin, scan_id):
    [row] = admin.xmlrpc("ir.attachment", "read", [scan_id], ["res_model", "res_id"])
    return row["res_model"], row["res_id"]


def test_secret_reads_are_logged_on_every_channel_and_handlers_stay_in_their_unit(
    base, admin, demo
):
    """Point 3: the keeper's reads of the secret document through every channel are
    logged with the channel; users who may not read it are refused and leave no row;
    a leader cannot make a user of another unit handler of a document (no to-do
    revealing its subject to him)."""
    problems = []
    since = _since()
    secret, scan = demo["secret"], demo["scan"]
    keeper = WebClient(base, "thcs.vanthu")

    # --- every channel, as the keeper of the secret register
    reads = {
        "form": lambda: keeper.call(
            "vn.incoming.document", "web_read", [secret], {"subject": {}, "arrival_number": {}}
        )[0]["subject"],
        "list": lambda: keeper.call(
            "vn.incoming.document",
            "web_search_read",
            [("id", "=", secret)],
            {"subject": {}},
        )["records"][0]["subject"],
        "read": lambda: (
            keeper.call("vn.incoming.document", "read", [secret], ["subject"])[0]["subject"]
            and keeper.call(
                "vn.incoming.document", "search_read", [("id", "=", secret)], ["subject"]
            )[0]["subject"]
        ),
        "rpc": lambda: keeper.xmlrpc("vn.incoming.document", "read", [secret], ["subject"])[0][
            "subject"
        ],
        "attachment": lambda: (
            keeper.get(f"/web/content/{scan}?download=true").content[:4] == b"%PDF"
        ),
        "report": lambda: keeper.get(f"/report/pdf/{SLIP}/{secret}").content[:4] == b"%PDF",
    }
    for channel, read in reads.items():
        try:
            if not read():
                problems.append(f"the keeper could not read the secret document through {channel}")
        except Exception as exc:  # noqa: BLE001 - every failure is reported below
            problems.append(f"the keeper's read through {channel} failed: {exc}")
    for channel in reads:
        if not _log_rows(admin, keeper, secret, since, channel, problems):
            problems.append(f"the keeper's read through {channel!r} left no row in the access log")

    # --- users who may not read it: refused on every channel, no log row
    for login in ("thcs.gv", "thpt.hoso"):
        user = WebClient(base, login)
        ok, result = user.attempt("vn.incoming.document", "read", [secret], ["subject"])
        if ok:
            problems.append(f"{login} read the secret document through read: {result}")
        found = user.call("vn.incoming.document", "search_read", [("id", "=", secret)], ["id"])
        if found:
            problems.append(f"{login} found the secret document through search_read")
        try:
            user.xmlrpc("vn.incoming.document", "read", [secret], ["subject"])
            problems.append(f"{login} read the secret document through XML-RPC")
        except xmlrpc.client.Fault:
            pass
        response = user.get(f"/web/content/{scan}?download=true")
        if response.status_code == 200 and response.content[:4] == b"%PDF":
            problems.append(f"{login} downloaded the scan of the secret document")
        response = user.get(f"/report/pdf/{SLIP}/{secret}")
        if response.status_code == 200 and response.content[:4] == b"%PDF":
            problems.append(f"{login} printed the handling slip of the secret document")
        if _log_rows(admin, user, secret, since):
            problems.append(f"{login} was refused but a read of his was logged")

    # --- a leader gives a document to a user of another unit
    leader = WebClient(base, "thcs.hieutruong")
    outsider = WebClient(base, "thpt.gv")
    ok, wizard = leader.attempt(
        "vn.incoming.direct.wizard",
        "create",
        {"incoming_id": demo["submitted"], "instruction": "x", "lead_user_id": outsider.uid},
    )
    if ok:
        problems.append("the direction wizard accepted a lead handler of another unit")
        leader.attempt("vn.incoming.direct.wizard", "action_confirm", [wizard])
    ok, _result = leader.attempt(
        "vn.incoming.assignment",
        "create",
        {"incoming_id": demo["submitted"], "role": "support", "user_id": outsider.uid},
    )
    if ok:
        problems.append("an assignment to a user of another unit was created")
    todo = outsider.call(
        "mail.activity",
        "search_read",
        [("user_id", "=", outsider.uid), ("res_model", "=", "vn.incoming.document")],
        ["res_name", "summary"],
    )
    if todo:
        problems.append(f"the user of another unit got a to-do revealing a document: {todo}")

    assert not problems, "\n".join(problems)


def test_attachments_belong_to_their_record(base, admin, demo):
    """Point 4: nobody moves the scan of the secret document onto his own draft or
    teaching record (create, write), an executable named .pdf is refused through the
    form upload, the chatter upload and a plain create; the scan stays on its
    document, the keeper's download of it is logged and the attackers leave no row."""
    problems = []
    since = _since()
    secret, scan = demo["secret"], demo["scan"]
    home = ("vn.incoming.document", secret)
    if _scan_where(admin, scan) != home:
        pytest.fail(f"the demo scan is not on the secret document: {_scan_where(admin, scan)}")

    other_unit = WebClient(base, "thpt.gv")
    same_unit = WebClient(base, "thcs.gv")
    attacks = [
        (
            other_unit,
            "vn.outgoing.document",
            "create",
            ({"subject": "Red team draft", "attachment_ids": [(4, scan)]},),
        ),
        (
            same_unit,
            "vn.outgoing.document",
            "write",
            ([demo["out_draft"]], {"attachment_ids": [(4, scan)]}),
        ),
        (
            same_unit,
            "vn.teaching.record",
            "write",
            ([demo["teaching_draft"]], {"attachment_ids": [(6, 0, [scan])]}),
        ),
    ]
    for user, model, method, args in attacks:
        ok, result = user.attempt(model, method, *args)
        if ok:
            problems.append(f"{user.login} linked the secret scan with {model}.{method}")
            if method == "create":
                user.attempt(model, "unlink", [result])
        elif "Traceback" in result:
            problems.append(f"{user.login}'s {model}.{method} got a traceback: {result}")
        if _scan_where(admin, scan) != home:
            problems.append(f"the secret scan moved after {user.login}'s {model}.{method}")
        response = user.get(f"/web/content/{scan}?download=true")
        if response.status_code == 200 and response.content[:4] == b"%PDF":
            problems.append(f"{user.login} downloads the secret scan after {model}.{method}")

    # an executable named .pdf, declared application/pdf, on an ordinary document the
    # clerk may write: the form's upload, the chatter's upload, a plain create
    clerk = WebClient(base, "thcs.vanthu")
    doc = demo["registered"]
    before = admin.xmlrpc(
        "ir.attachment",
        "search_count",
        [("res_model", "=", "vn.incoming.document"), ("res_id", "in", [doc, 0])],
    )
    response = clerk.upload(
        "/web/binary/upload_attachment",
        "cong-van.pdf",
        EXE,
        model="vn.incoming.document",
        id=str(doc),
    )
    reply = response.json() if response.ok else [{"error": response.status_code}]
    if not all(item.get("error") for item in reply):
        problems.append(f"the form upload accepted an executable named .pdf: {reply}")
    response = clerk.upload(
        "/mail/attachment/upload",
        "cong-van.pdf",
        EXE,
        thread_model="vn.incoming.document",
        thread_id=str(doc),
    )
    reply = response.json() if response.ok else {"error": response.status_code}
    if not reply.get("error") or not isinstance(reply["error"], str):
        problems.append(f"the chatter upload accepted an executable named .pdf: {reply}")
    ok, result = clerk.attempt(
        "ir.attachment",
        "create",
        {
            "name": "cong-van.pdf",
            "mimetype": "application/pdf",
            "datas": base64.b64encode(EXE).decode(),
            "res_model": "vn.incoming.document",
            "res_id": doc,
        },
    )
    if ok:
        problems.append("ir.attachment.create accepted an executable named .pdf on a document")
    after = admin.xmlrpc(
        "ir.attachment",
        "search_count",
        [("res_model", "=", "vn.incoming.document"), ("res_id", "in", [doc, 0])],
    )
    if after != before:
        problems.append(f"the refused uploads left {after - before} file(s) on the document")

    # the keeper still has the scan, and his download is logged; the attackers have none
    if clerk.get(f"/web/content/{scan}?download=true").content[:4] != b"%PDF":
        problems.append("the keeper can no longer download the scan of the secret document")
    if not _log_rows(admin, clerk, secret, since, "attachment", problems):
        problems.append("the keeper's download of the secret scan left no row in the access log")
    for user in (other_unit, same_unit):
        if _log_rows(admin, user, secret, since):
            problems.append(f"{user.login} has a logged read of the secret document")

    assert not problems, "\n".join(problems)


def test_duplicate_number_messages_reveal_no_other_document(base, admin, demo):
    """Point 6: the duplicate-number banner counts only the documents the reader may
    read (not another unit's, not a secret one he may not open), and the number check
    never names another unit's register. The keeper's banner naming the secret
    document is logged."""
    problems = []
    since = _since()
    secret = demo["secret"]
    [original] = admin.xmlrpc("vn.incoming.document", "read", [secret], ["original_number"])
    values = {
        "company_id": demo["company_thcs_tan_lap"],
        "original_number": original["original_number"],
        "issuer_id": demo["bo_gddt"],
    }
    spec = {"duplicate_warning": {}, "original_number": {}, "company_id": {}, "issuer_id": {}}

    def banner(user):
        result = user.call(
            "vn.incoming.document", "onchange", [], values, ["original_number"], spec
        )
        return result.get("value", {}).get("duplicate_warning")

    for login in ("thpt.hoso", "thcs.gv"):
        user = WebClient(base, login)
        warning = banner(user)
        if warning:
            problems.append(f"{login} learns of the secret document from the banner: {warning}")
        if _log_rows(admin, user, secret, since):
            problems.append(f"{login} has a logged read of the secret document")
    keeper = WebClient(base, "thcs.vanthu")
    if not banner(keeper):
        problems.append("the keeper of the secret register gets no duplicate banner")
    elif not _log_rows(admin, keeper, secret, since, "warning", problems):
        problems.append("the keeper's banner naming the secret document left no log row")

    # a clerk of THPT numbers a document in a register of THCS: the refusal names
    # nothing of THCS (its register's name, its numbers)
    thpt_clerk = WebClient(base, "thpt.hoso")
    ok, result = thpt_clerk.attempt(
        "vn.incoming.document",
        "create",
        {
            "company_id": demo["company_thpt_nguyen_trai"],
            "register_id": demo["reg_thcs_in"],
            "subject": "Red team",
            "manual_number": 1,
        },
    )
    if ok:
        problems.append("a THPT document was put into a register of THCS")
        ok2, message = thpt_clerk.attempt("vn.incoming.document", "action_register", [result])
        if not ok2 and "THCS" in message:
            problems.append(f"the refused number names another unit's register: {message}")
    elif "THCS" in result or "Traceback" in result:
        problems.append(f"the refusal reveals another unit's register: {result}")

    assert not problems, "\n".join(problems)


def test_all_units_context_gives_unit_names_only(base, admin, demo):
    """Liên thông offers every unit of the system to any clerk (the ``vn_all_units``
    context of the recipient fields). A clerk who sends that context himself, over
    JSON-RPC or XML-RPC, learns the units' names and nothing else: the domain he adds
    is not evaluated (so it cannot probe a column), and reads, searches and grouped
    reads of the other unit stay refused or empty."""
    problems = []
    ctx = {"vn_all_units": True}
    clerk = WebClient(base, "thpt.hoso")
    thcs = demo["company_thcs_tan_lap"]
    [thcs_row] = admin.xmlrpc("res.company", "read", [thcs], ["name", "email", "phone"])
    offered = dict(clerk.call("res.company", "name_search", "", context=ctx, limit=1000))
    if thcs not in offered:
        problems.append("the recipient list of a THPT clerk does not offer THCS Tân Lập")
    # a probing domain changes nothing: true or false for THCS, the same answer
    name = thcs_row["name"]
    probes = [
        [("email", "=", thcs_row["email"] or "x@y.z")],
        [("email", "=", "surely-not-this@example.invalid")],
        [("phone", "ilike", "9")],
        [("id", "=", 0)],
    ]
    answers = {
        str(probe): clerk.call("res.company", "name_search", name, args=probe, context=ctx)
        for probe in probes
    }
    if len({str(answer) for answer in answers.values()}) != 1:
        problems.append(f"a domain in the context of all units changes the answer: {answers}")
    for method, args, kwargs in (
        ("search_read", [[("id", "=", thcs)]], {"fields": ["name", "email"]}),
        ("search_count", [[("id", "=", thcs)]], {}),
        ("read_group", [[("id", "=", thcs)], ["email"], ["email"]], {}),
    ):
        ok, result = clerk.attempt("res.company", method, *args, context=ctx, **kwargs)
        if (
            ok
            and result not in ([], 0)
            and not (method == "read_group" and all(not row.get("email_count") for row in result))
        ):
            problems.append(f"{method} of THCS with the context of all units gave {result}")
    ok, result = clerk.attempt("res.company", "read", [thcs], ["email"], context=ctx)
    if ok:
        problems.append(f"the THPT clerk read the e-mail of THCS: {result}")
    # the same over XML-RPC (execute_kw with the clerk's password)
    rows, _fault = xmlrpc_call(
        base,
        "thpt.hoso",
        "res.company",
        "search_read",
        [[("id", "=", thcs)]],
        {"fields": ["email"], "context": ctx},
    )
    if rows:
        problems.append(f"XML-RPC search_read of THCS with the context of all units gave {rows}")
    assert not problems, "\n".join(problems)
