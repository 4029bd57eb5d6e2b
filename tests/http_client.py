"""The one HTTP client of the cross-module tests that talk to a served instance
(``tests/common.py::serve_database``) as the demo users: the web client's own JSON-RPC
endpoint, the external XML-RPC and JSON-RPC APIs, downloads, uploads and the export
controller, and the committed database read as the superuser from the test process."""

import contextlib
import re
import xmlrpc.client

import requests

from odoo import SUPERUSER_ID, api
from odoo.modules.registry import Registry
from odoo.tools import config


def demo_password(login):
    """The documented password of a demo login (README): the login followed by
    ``@Vn2026``, long enough and with every class of characters the password policy asks."""
    return f"{login}@Vn2026"


def db_name():
    db = config["db_name"]
    return db[0] if isinstance(db, list) else db


class RpcError(Exception):
    """A call refused by the server: ``name`` is the exception's class path (e.g.
    ``odoo.exceptions.AccessError``), ``message`` what the user reads."""

    def __init__(self, name, message):
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


class WebClient:
    """A demo user logged in through /web/session/authenticate (password: ``demo_password``), with
    the session cookie a browser keeps; also speaks XML-RPC with the same login."""

    def __init__(self, base, login, password=None):
        self.base = base
        self.login = login
        self.password = password or demo_password(login)
        self.http = requests.Session()
        self._csrf = None
        reply = self.json(
            "/web/session/authenticate",
            {"db": db_name(), "login": login, "password": self.password},
        )
        assert reply.get("result", {}).get("uid"), f"{login} cannot log in: {reply}"
        self.uid = reply["result"]["uid"]

    def json(self, path, params):
        """The JSON-RPC answer (``result`` or ``error``) of a web client route."""
        payload = {"jsonrpc": "2.0", "method": "call", "params": params, "id": 1}
        return self.http.post(f"{self.base}{path}", json=payload, timeout=180).json()

    def call(self, model, method, *args, **kwargs):
        """``/web/dataset/call_kw``: the result, or RpcError when refused."""
        reply = self.json(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        )
        if "error" in reply:
            data = reply["error"].get("data", {})
            raise RpcError(data.get("name"), data.get("message"))
        return reply["result"]

    def attempt(self, model, method, *args, **kwargs):
        """(True, result) when the call went through, (False, message) when refused."""
        try:
            return True, self.call(model, method, *args, **kwargs)
        except RpcError as exc:
            return False, str(exc)

    def try_call(self, model, method, args, kwargs=None):
        """(result, None) when the call went through, (None, message) when refused."""
        try:
            return self.call(model, method, *args, **(kwargs or {})), None
        except RpcError as exc:
            return None, exc.message

    def xmlrpc(self, model, method, *args, **kwargs):
        proxy = xmlrpc.client.ServerProxy(f"{self.base}/xmlrpc/2/object", allow_none=True)
        return proxy.execute_kw(
            db_name(), self.uid, self.password, model, method, list(args), kwargs
        )

    def get(self, path, data=None):
        """The response to a GET of ``path``, or to a POST of the form ``data``."""
        if data is not None:
            return self.http.post(f"{self.base}{path}", data=data, timeout=300)
        return self.http.get(f"{self.base}{path}", timeout=300)

    def csrf(self):
        if not self._csrf:
            page = self.get("/odoo").text
            match = re.search(r'csrf_token:\s*"([^"]+)"', page)
            assert match, "no CSRF token in the web client page"
            self._csrf = match.group(1)
        return self._csrf

    def upload(self, path, filename, content, **fields):
        return self.http.post(
            f"{self.base}{path}",
            data=dict(fields, csrf_token=self.csrf()),
            files={"ufile": (filename, content, "application/pdf")},
            timeout=120,
        )


def xmlrpc_call(base, login, model, method, args, kwargs=None):
    """(result, fault string) of the external XML-RPC API."""
    uid = xmlrpc.client.ServerProxy(f"{base}/xmlrpc/2/common").authenticate(
        db_name(), login, demo_password(login), {}
    )
    proxy = xmlrpc.client.ServerProxy(f"{base}/xmlrpc/2/object", allow_none=True)
    try:
        return proxy.execute_kw(
            db_name(), uid, demo_password(login), model, method, args, kwargs or {}
        ), None
    except xmlrpc.client.Fault as fault:
        return None, fault.faultString


def jsonrpc_call(base, login, model, method, args, kwargs=None):
    """(result, error message) of the external JSON-RPC API (/jsonrpc)."""

    def post(service, method_, args_):
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "params": {"service": service, "method": method_, "args": args_},
            "id": 1,
        }
        return requests.post(f"{base}/jsonrpc", json=payload, timeout=120).json()

    uid = post("common", "login", [db_name(), login, demo_password(login)])["result"]
    reply = post(
        "object",
        "execute_kw",
        [db_name(), uid, demo_password(login), model, method, args, kwargs or {}],
    )
    if "error" in reply:
        return None, reply["error"]["data"]["message"]
    return reply["result"], None


@contextlib.contextmanager
def superuser():
    """The database as the served instance committed it, read (and, to undo an attack
    that succeeded, written) as the superuser from the test process."""
    with Registry(db_name()).cursor() as cr:
        yield api.Environment(cr, SUPERUSER_ID, {"active_test": False})
