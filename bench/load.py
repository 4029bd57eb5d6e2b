#!/usr/bin/env python3
"""Bounded load generator: a school day's mix against a served instance (not a test).

    python3 bench/load.py --db vn_province [--users 24] [--requests 600] [--workers 0,4]
        [--replica-port 5433]

For each ``--workers`` value it serves ``--db`` with the README's run command
(``scripts/run.sh --workers=N`` on a free loopback port; with ``--replica-port`` the
read-only requests go to the standby of ``scripts/replica.sh``), logs in ``--users``
simulated users of the generated province (teachers, clerks, leaders, HR offices, in the
proportions of a school day) and replays exactly ``--requests`` JSON-RPC calls between
them, then stops the server. Each user works in his own thread with his own session:

- teacher: opens his notices and "new for me", his change requests;
- clerk: opens the incoming list, registers a new incoming document (a write: numbering);
- leader: opens the documents to direct and one document's form;
- HR office: the personnel list, the raise-due filter, the headcount by unit.

It prints, per worker setting, the throughput (requests per second), p50 and p95 latency
overall and per kind of request, the errors, and with a standby how many transactions
the standby served. Loopback only; nothing runs after it returns. The simulated users get
the password ``--password`` (set through the ORM before the run; by default a new one each
run: the password policy refuses the last five passwords of a user).
"""

import argparse
import contextlib
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

from benchlib import REPO, addons_path, db_exists

MIX = {"teacher": 12, "clerk": 5, "leader": 4, "hr": 3}  # users per 24 of a school day


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare_users(db, count, password):
    """Choose the simulated users among the province's accounts and set their password."""
    import odoo
    from odoo.modules.registry import Registry

    odoo.tools.config.parse_config(
        [f"--addons-path={addons_path()}", f"--data-dir={REPO}/.odoo-data", "-d", db]
    )
    chosen = {}
    with Registry(db).cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        groups = {
            "teacher": "hr_vn_civil_servant.group_employee",
            "clerk": "documents_vn_office.group_clerk",
            "leader": "documents_vn_office.group_leader",
            "hr": "hr_vn_civil_servant.group_hr_office",
        }
        taken = env["res.users"]
        total = sum(MIX.values())
        for role, xmlid in groups.items():
            want = max(1, round(count * MIX[role] / total))
            users = env.ref(xmlid).users.filtered(lambda u: u.login.startswith("bench"))
            if role == "teacher":
                users = users.filtered(lambda u: len(u.groups_id) <= 12)
            users = (users - taken).sorted("id")[:want]
            taken |= users
            chosen[role] = users.mapped("login")
        # one user at a time: the password policy (OCA password_security) checks one
        for user in taken.with_context(no_reset_password=True):
            user.write({"password": password})
    return chosen


@contextlib.contextmanager
def password_logins(db):
    """The roles' "Require Two-factor Login" off in the bench database while the load runs
    (a JSON-RPC password login cannot give the second factor: with it on, the clerks',
    records officers' and HR offices' sessions stay half-open and every call answers
    "Session expired"), given back afterwards, as the served tests do
    (``tests/common.py::two_factor_roles``)."""
    import odoo
    from odoo.modules.registry import Registry

    with Registry(db).cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        groups = env["res.groups"].search([("vn_require_totp", "=", True)])
        groups.write({"vn_require_totp": False})
        ids = groups.ids
    try:
        yield ids
    finally:
        with Registry(db).cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            env["res.groups"].browse(ids).write({"vn_require_totp": True})


class Client:
    """One user's session over JSON-RPC (the web client's own endpoints)."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        self.ids = itertools.count(1)

    def rpc(self, path, params):
        body = json.dumps(
            {"jsonrpc": "2.0", "method": "call", "id": next(self.ids), "params": params}
        ).encode()
        req = urllib.request.Request(self.base + path, body, {"Content-Type": "application/json"})
        with self.opener.open(req, timeout=120) as resp:
            data = json.loads(resp.read())
        if "error" in data:
            raise RuntimeError(data["error"].get("data", {}).get("message") or data["error"])
        return data["result"]

    def call(self, model, method, *args, **kwargs):
        return self.rpc(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        )


def day_of(role, client, uid):
    """The role's requests, in the order of a working day (cycled as long as needed)."""
    spec_in = {"subject": {}, "arrival_date": {}, "state": {}, "arrival_number_display": {}}
    spec_emp = {"name": {}, "vn_next_raise_date": {}, "vn_retirement_date": {}, "company_id": {}}
    if role == "teacher":
        yield (
            "notices",
            lambda: client.call(
                "vn.notice.recipient", "web_search_read", [], {"display_name": {}}, limit=40
            ),
        )
        yield (
            "change requests",
            lambda: client.call(
                "vn.profile.change.request", "web_search_read", [], {"state": {}}, limit=40
            ),
        )
    elif role == "clerk":
        yield (
            "incoming list",
            lambda: client.call(
                "vn.incoming.document", "web_search_read", [], spec_in, limit=80, count_limit=10001
            ),
        )

        def register():
            reg = client.call(
                "vn.document.register",
                "search_read",
                [("direction", "=", "incoming"), ("is_secret", "=", False)],
                ["id", "company_id"],
                limit=1,
            )[0]
            doc = client.call(
                "vn.incoming.document",
                "create",
                {
                    "register_id": reg["id"],
                    "company_id": reg["company_id"][0],
                    "subject": f"Văn bản đến tải thử {time.time()}",
                    "author_name": "Sở Giáo dục và Đào tạo",
                },
            )
            client.call("vn.incoming.document", "action_register", [doc])
            # read after write: the same user reads it back at once (a read-only request,
            # on the standby when there is one): it must already be registered
            back = client.call("vn.incoming.document", "web_read", [doc], {"state": {}})
            if back[0]["state"] == "draft":
                raise RuntimeError("stale read after write: the document reads as a draft")

        yield "register incoming", register
    elif role == "leader":
        yield (
            "to direct",
            lambda: client.call(
                "vn.incoming.document",
                "web_search_read",
                [("state", "in", ("registered", "to_direct"))],
                spec_in,
                limit=80,
            ),
        )

        def form():
            ids = client.call("vn.incoming.document", "search", [], limit=1)
            client.call("vn.incoming.document", "web_read", ids, {"subject": {}, "state": {}})

        yield "document form", form
    else:
        yield (
            "personnel list",
            lambda: client.call(
                "hr.employee", "web_search_read", [], spec_emp, limit=80, count_limit=10001
            ),
        )
        yield (
            "raise due",
            lambda: client.call(
                "hr.employee",
                "web_search_read",
                [("vn_next_raise_date", "!=", False), ("vn_next_raise_date", "<=", "2027-03-01")],
                spec_emp,
                limit=80,
            ),
        )
        yield (
            "headcount by unit",
            lambda: client.call("hr.employee", "read_group", [], ["company_id"], ["company_id"]),
        )


@contextlib.contextmanager
def served(db, workers, replica_port):
    port = free_port()
    env = dict(os.environ, VN_DB=db, VN_PORT=str(port))
    if replica_port:
        env["VN_REPLICA_PORT"] = str(replica_port)
    log = open(os.path.join(REPO, ".odoo-data", f"load_{workers}.log"), "w")  # noqa: SIM115
    proc = subprocess.Popen(
        ["bash", os.path.join(REPO, "scripts", "run.sh"), f"--workers={workers}",
         "--max-cron-threads=0", "--limit-time-real=600", "--limit-time-cpu=600"],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                with urllib.request.urlopen(base + "/web/login", timeout=5) as resp:
                    if resp.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(1)
        else:
            raise RuntimeError(f"the server did not start (log: {log.name})")
        yield base
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=60)
        log.close()


def replica_commits(db, port):
    if not port:
        return None
    out = subprocess.run(
        ["psql", "-p", str(port), "-d", "postgres", "-tAc",
         f"SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '{db}'"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return int(out.stdout.strip() or 0)


def run_load(base, db, chosen, password, total):
    people = [(role, login) for role, logins in chosen.items() for login in logins]
    share = [total // len(people) + (i < total % len(people)) for i in range(len(people))]
    samples, errors = [], []
    lock = threading.Lock()
    barrier = threading.Barrier(len(people))

    def user(role, login, count):
        client = Client(base)
        try:
            uid = client.rpc(
                "/web/session/authenticate", {"db": db, "login": login, "password": password}
            )["uid"]
        except Exception as exc:  # noqa: BLE001 - counted and printed
            errors.append(f"login {login}: {exc}")
            barrier.abort()
            return
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=120)
        steps = itertools.cycle(list(day_of(role, client, uid)))
        for _ in range(count):
            kind, func = next(steps)
            t0 = time.perf_counter()
            try:
                func()
                ok = True
            except Exception as exc:  # noqa: BLE001 - counted and printed
                ok = False
                errors.append(f"{role} {kind}: {exc}")
            with lock:
                samples.append((kind, time.perf_counter() - t0, ok))

    threads = [
        threading.Thread(target=user, args=(role, login, n))
        for (role, login), n in zip(people, share, strict=True)
    ]
    t0 = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples, errors, time.perf_counter() - t0


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="vn_province")
    parser.add_argument("--users", type=int, default=24)
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--workers", default="0,4")
    parser.add_argument("--replica-port", type=int, default=0)
    parser.add_argument("--password", default=f"Bench-Load-{int(time.time())}!x")
    args = parser.parse_args()
    if not db_exists(args.db):
        print(f"{args.db} does not exist: run bench/province.py --db {args.db} first")
        return 2
    chosen = prepare_users(args.db, args.users, args.password)
    print("simulated users:", ", ".join(f"{r} {len(v)}" for r, v in chosen.items()), flush=True)
    with password_logins(args.db) as groups:
        print(f"two-factor login off for {len(groups)} roles during the run", flush=True)
        return run_all(args, chosen)


def run_all(args, chosen):
    failed = False
    for workers in [int(w) for w in args.workers.split(",")]:
        with served(args.db, workers, args.replica_port) as base:
            before = replica_commits(args.db, args.replica_port)
            samples, errors, elapsed = run_load(base, args.db, chosen, args.password, args.requests)
            after = replica_commits(args.db, args.replica_port)
        times = [t for _k, t, _ok in samples]
        print(
            f"\n--workers={workers}: {len(samples)} requests in {elapsed:.1f} s, "
            f"{len(samples) / elapsed:.1f} req/s, p50 {percentile(times, 50) * 1000:.0f} ms, "
            f"p95 {percentile(times, 95) * 1000:.0f} ms, {len(errors)} errors"
        )
        for kind in sorted({k for k, _t, _ok in samples}):
            kt = [t for k, t, _ok in samples if k == kind]
            print(
                f"   {kind:<20} {len(kt):5d}  p50 {percentile(kt, 50) * 1000:7.0f} ms  "
                f"p95 {percentile(kt, 95) * 1000:7.0f} ms  "
                f"mean {statistics.mean(kt) * 1000:7.0f} ms"
            )
        if before is not None:
            print(f"   transactions served by the standby: {after - before}")
        for error in errors[:5]:
            print("   error:", str(error)[:300])
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
