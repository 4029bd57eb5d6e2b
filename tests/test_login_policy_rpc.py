"""The login policy on a served instance (scripts/run.sh, as the README runs it): the
brute-force cooldown counts the wrong passwords of every channel (XML-RPC authenticate and
execute_kw, JSON-RPC, the web login) and refuses the right one on every channel during the
cooldown; a weak or recent password is refused over the web; sign-up is by invitation
only; the roles that require two-factor login are sent to its setup and kept off the
external API with their password."""

import re
import xmlrpc.client

import requests

from .common import serve_database
from .http_client import WebClient, db_name, demo_password, superuser

STRONG = "Chinh-sach-2026"
STRONG_2 = "Mat-khau#2027"
WRONG = "Sai-mat-khau-1"
POLICY_USER = "t.policy.web"


def _authenticate(base, login, password):
    return xmlrpc.client.ServerProxy(f"{base}/xmlrpc/2/common").authenticate(
        db_name(), login, password, {}
    )


def _execute(base, uid, password):
    proxy = xmlrpc.client.ServerProxy(f"{base}/xmlrpc/2/object", allow_none=True)
    return proxy.execute_kw(db_name(), uid, password, "res.users", "read", [[uid], ["login"]])


def _jsonrpc_login(base, login, password):
    payload = {
        "jsonrpc": "2.0",
        "method": "call",
        "params": {"service": "common", "method": "login", "args": [db_name(), login, password]},
        "id": 1,
    }
    return requests.post(f"{base}/jsonrpc", json=payload, timeout=60).json()


def _web_authenticate(base, login, password):
    payload = {
        "jsonrpc": "2.0",
        "method": "call",
        "params": {"db": db_name(), "login": login, "password": password},
        "id": 1,
    }
    return requests.post(f"{base}/web/session/authenticate", json=payload, timeout=60).json()


def test_wrong_passwords_over_xmlrpc_put_every_channel_on_cooldown():
    login = "thpt.gv"
    right = demo_password(login)
    with serve_database() as base:
        uid = _authenticate(base, login, right)
        assert uid
        # five failures (the setting base.login_cooldown_after), over both XML-RPC calls
        for _ in range(3):
            assert _authenticate(base, login, WRONG) is False
        for _ in range(2):
            try:
                _execute(base, uid, WRONG)
            except xmlrpc.client.Fault as fault:
                assert "AccessDenied" in fault.faultString or "Access Denied" in fault.faultString
            else:
                raise AssertionError("a wrong password was accepted by execute_kw")
        # now the right password is refused on every channel
        assert _authenticate(base, login, right) is False
        try:
            _execute(base, uid, right)
        except xmlrpc.client.Fault as fault:
            assert "Too many login failures" in fault.faultString, fault.faultString
        else:
            raise AssertionError("the right password was accepted during the cooldown")
        reply = _jsonrpc_login(base, login, right)
        assert not reply.get("result"), reply
        reply = _web_authenticate(base, login, right)
        assert "error" in reply, reply
        assert "Too many login failures" in reply["error"]["data"]["message"]


def _policy_user():
    with superuser() as env:
        user = env["res.users"].search([("login", "=", POLICY_USER)])
        if not user:
            school = env.ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
            user = (
                env["res.users"]
                .with_context(no_reset_password=True)
                .create(
                    {
                        "name": "Người dùng kiểm tra chính sách",
                        "login": POLICY_USER,
                        "email": f"{POLICY_USER}@example.com",
                        "lang": "en_US",
                        "company_id": school.id,
                        "company_ids": [(6, 0, school.ids)],
                        "groups_id": [(6, 0, env.ref("base.group_user").ids)],
                    }
                )
            )
        user.password = STRONG
        env.cr.commit()
        return user.id


def _drop_policy_user(user_id):
    with superuser() as env:
        user = env["res.users"].browse(user_id)
        env["res.users.pass.history"].search([("user_id", "=", user_id)]).unlink()
        user.write({"active": False, "login": f"{POLICY_USER}.{user_id}.done"})
        env.cr.commit()


def test_weak_or_recent_passwords_and_signup_are_refused_over_the_web():
    user_id = _policy_user()
    try:
        with serve_database() as base:
            client = WebClient(base, POLICY_USER, STRONG)
            for weak, why in (
                ("1", "at least 10 characters"),
                ("abcdefghijk", "Uppercase letter"),
                ("Abcdefghij1", "Special character"),
            ):
                ok, message = client.attempt("res.users", "change_password", STRONG, weak)
                assert not ok and why in message, message
            # still the old password
            assert _authenticate(base, POLICY_USER, STRONG) == user_id
            ok, message = client.attempt("res.users", "change_password", STRONG, STRONG_2)
            assert ok, message
            client = WebClient(base, POLICY_USER, STRONG_2)
            ok, message = client.attempt("res.users", "change_password", STRONG_2, STRONG)
            assert not ok and "most recent" in message, message
            assert _authenticate(base, POLICY_USER, STRONG_2) == user_id
            # nobody signs up without an invitation
            session = requests.Session()
            page = session.get(f"{base}/web/signup", timeout=60).text
            match = re.search(r'name="csrf_token" value="([^"]+)"', page)
            session.post(
                f"{base}/web/signup",
                data={
                    "login": "outsider@example.com",
                    "name": "Outsider",
                    "password": STRONG,
                    "confirm_password": STRONG,
                    "csrf_token": match.group(1) if match else "",
                },
                timeout=60,
            )
            with superuser() as env:
                assert not env["res.users"].search([("login", "=", "outsider@example.com")])
    finally:
        _drop_policy_user(user_id)


def test_the_records_officer_is_sent_to_the_two_factor_setup():
    officer = "thpt.hoso"
    with serve_database(two_factor=True) as base:
        # a teacher's role does not require it
        assert WebClient(base, "thpt.gv").uid
        # the records officer's password opens no session by itself
        reply = _web_authenticate(base, officer, demo_password(officer))
        assert not (reply.get("result") or {}).get("uid"), reply
        session = requests.Session()
        page = session.get(f"{base}/web/login", timeout=60).text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        response = session.post(
            f"{base}/web/login",
            data={"login": officer, "password": demo_password(officer), "csrf_token": csrf},
            timeout=60,
        )
        assert "/web/login/totp/setup" in response.url, response.url
        # nor the external API
        assert _authenticate(base, officer, demo_password(officer)) is False
