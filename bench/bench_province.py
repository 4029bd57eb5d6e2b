#!/usr/bin/env python3
"""Benchmarks at province scale (not a test).

    python3 bench/province.py --db vn_province           # once: the province (see there)
    python3 bench/bench_province.py --db vn_province [--only lists,documents,...]

Times, on the database bench/province.py made, each call the way the web client makes it
(``web_search_read`` of a list's first page with its count, ``web_read`` of a form,
grouped counts of the dashboards), as the real roles of the generated province, and prints
beside each figure the comparator measured in the same run and the ratio:

- lists of ``hr.employee``: our list (stock + personnel columns) as the role, against the
  stock employee list (the stock list columns) on the same domain by the same user;
- lists of documents: as the role, against the same call as the superuser (no record rules:
  the price of our security), and the stock contacts list (``res.partner``) of the province;
- dashboards and filters: absolute milliseconds (goal: under 100 ms);
- the staff statistics of the whole province (matrix, PDF, Excel; goal: under 10 s);
- a 10,000-row register print; the daily recompute of the pay fields;
- numbering: one clerk alone (the cost of one registration), 16 clerks over 8 registers
  and 8 clerks on one register, one commit per document, checking that each register's
  numbers run 1..N without gap or duplicate; as threads of this one interpreter and spread
  over spawned processes with their own registries (``--numbering-processes 0,1,2``).

Everything the benchmark writes is rolled back or deleted afterwards, except the
registrations of the numbering part (in registers named "Bench numbering ...").
"""

import argparse
import multiprocessing
import os
import sys
import threading
import time
from datetime import date

from bench_hr_employee import OUR_LIST, STOCK_LIST
from benchlib import INCOMING_LIST, PARTNER_LIST, REPO, addons_path, db_exists, timed
from dateutil.relativedelta import relativedelta

import odoo
from odoo.modules.registry import Registry

OUTGOING_LIST = {
    name: {} for name in ("name", "document_date", "subject", "recipient_text", "state")
}
INTERNAL_LIST = {name: {} for name in ("name", "document_date", "subject", "state")}
RESULTS = []


def report(label, ours, stock=None, goal=None):
    """Print one figure (milliseconds), its comparator and the ratio, and keep it."""
    line = f"{label:<62} {ours * 1000:9.1f} ms"
    if stock:
        line += f"   stock {stock * 1000:8.1f} ms   ratio {ours / stock:5.2f}"
    if goal:
        line += f"   goal {'met' if ours <= goal else 'MISSED'} ({goal * 1000:.0f} ms)"
    print(line, flush=True)
    RESULTS.append((label, ours, stock, goal))


def env_as(cr, user):
    return odoo.api.Environment(
        cr, user.id, {"allowed_company_ids": user.company_ids.ids, "lang": "vi_VN"}
    )


def pick_users(env):
    def first(xmlid, domain=()):
        users = env.ref(xmlid).users.filtered(lambda u: u.login.startswith("bench"))
        users = users.filtered_domain(list(domain)) if domain else users
        return users.sorted("id")[:1]

    main = env.ref("base.main_company")
    return {
        "records officer (one school)": first(
            "hr_vn_civil_servant.group_records_officer", [("company_id.parent_id", "!=", False)]
        ),
        "HR office (province)": first(
            "hr_vn_civil_servant.group_hr_office", [("company_id", "=", main.id)]
        ),
        "HR office (commune)": first(
            "hr_vn_civil_servant.group_hr_office", [("company_id", "!=", main.id)]
        ),
        "clerk (one school)": first("documents_vn_office.group_clerk"),
        "leader (Sở)": first("documents_vn_office.group_leader", [("company_id", "=", main.id)]),
    }


def web_list(env, model, spec, domain=()):
    def run():
        env.invalidate_all()
        return env[model].web_search_read(list(domain), spec, limit=80, count_limit=10001)

    return run


def bench_lists(registry, users):
    today = date.today()
    filters = {
        "raise due in 90 days": [
            ("vn_next_raise_date", "!=", False),
            ("vn_next_raise_date", "<=", today + relativedelta(days=90)),
        ],
        "retiring in 12 months": [
            ("vn_retirement_date", ">=", today),
            ("vn_retirement_date", "<=", today + relativedelta(months=12)),
        ],
        "incomplete records": [("vn_completeness", "<", 100)],
    }
    with registry.cursor() as cr:
        for role in ("records officer (one school)", "HR office (commune)", "HR office (province)"):
            env = env_as(cr, users[role])
            count = env["hr.employee"].search_count([])
            stock, _r = timed(web_list(env, "hr.employee", STOCK_LIST))
            ours, _r = timed(web_list(env, "hr.employee", OUR_LIST))
            report(f"personnel list as {role} ({count} staff)", ours, stock)
            for name, domain in filters.items():
                t, _r = timed(web_list(env, "hr.employee", OUR_LIST, domain))
                report(f"  filter {name}", t, goal=0.1)
        cr.rollback()


def bench_documents(registry, users):
    lists = {
        "vn.incoming.document": INCOMING_LIST,
        "vn.outgoing.document": OUTGOING_LIST,
        "vn.internal.document": INTERNAL_LIST,
    }
    with registry.cursor() as cr:
        su = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"lang": "vi_VN"})
        partners, _r = timed(web_list(su, "res.partner", PARTNER_LIST))
        report(f"stock contacts list ({su['res.partner'].search_count([])} contacts)", partners)
        for role in ("clerk (one school)", "leader (Sở)"):
            user = users[role]
            env = env_as(cr, user)
            for model, spec in lists.items():
                count = env[model].search_count([])
                domain = [("company_id", "in", user.company_ids.ids)]
                ours, _r = timed(web_list(env, model, spec))
                norules, _r = timed(web_list(su, model, spec, domain))
                report(f"{model} list as {role} ({count} rows)", ours, norules)
            registers = env["vn.document.register"].search([])
            counters = [f for f in registers._fields if f.startswith("count_")]

            def dashboard(env=env, counters=counters):
                env.invalidate_all()
                return env["vn.document.register"].search_read([], counters)

            t, _r = timed(dashboard)
            report(f"  dashboard counters as {role} ({len(registers)} registers)", t, goal=0.1)
            term = "tuyển sinh lớp 10"
            t, _r = timed(
                web_list(env, "vn.incoming.document", INCOMING_LIST, [("subject", "ilike", term)])
            )
            report(f"  subject search '{term}' as {role}", t, goal=0.1)
        term = f"mã T7-{3}"
        t, _r = timed(
            web_list(su, "vn.incoming.document", INCOMING_LIST, [("subject", "ilike", term)])
        )
        total = su["vn.incoming.document"].search_count([])
        report(f"subject search over all {total} incoming (superuser)", t, goal=0.1)
        emp = env_as(cr, users["HR office (province)"])["hr.employee"].search([], limit=1)
        form_spec = {
            name: {}
            for name, field in emp._fields.items()
            if field.store
            and field.type not in ("one2many", "many2many", "many2one", "binary")
            and not name.startswith("activity")
            and (not field.groups or emp.env.user.has_groups(field.groups))
        }
        for name in ("vn_salary_history_ids", "vn_training_ids", "vn_work_history_ids"):
            form_spec[name] = {"fields": {"display_name": {}}}

        def employee_form():
            emp.env.invalidate_all()
            return emp.web_read(form_spec)

        t, _r = timed(employee_form)
        report("employee form (web_read, 2C pages) as HR office (province)", t, goal=0.1)
        clerk_env = env_as(cr, users["clerk (one school)"])
        doc = clerk_env["vn.incoming.document"].search([], limit=1)
        doc_spec = {
            name: {}
            for name, field in doc._fields.items()
            if field.store
            and field.type not in ("one2many", "many2many", "binary")
            and not name.startswith(("message", "activity"))
            and (not field.groups or doc.env.user.has_groups(field.groups))
        }

        def document_form():
            doc.env.invalidate_all()
            return doc.web_read(doc_spec)

        t, _r = timed(document_form)
        report("incoming document form (web_read) as clerk", t, goal=0.1)
        cr.rollback()


def bench_reports(registry):
    with registry.cursor() as cr:
        su = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"lang": "vi_VN"})
        # as the superuser: the HR office would first record an export authorisation
        env = su
        main = su.ref("base.main_company")
        staff = su["hr.employee"].search_count([("company_id", "child_of", main.id)])
        stats = env["report.vn_reports.report_staff_statistics"]
        day = date.today().isoformat()
        t, _r = timed(lambda: stats._vn_statistics_matrix(main, "bm01_vc", day), repeat=1)
        report(f"province statistics matrix BM01-VC ({staff} staff)", t, goal=10)
        Report = env["ir.actions.report"]
        data = {"company_id": main.id, "form": "bm01_vc", "report_date": day}
        t, _r = timed(
            lambda: Report._render_qweb_pdf(
                "vn_reports.action_report_staff_statistics", main.ids, data=data
            ),
            repeat=1,
            warm=False,
        )
        report("  statistics PDF", t, goal=10)
        t, _r = timed(
            lambda: Report._render(
                "vn_reports.action_report_staff_statistics_xlsx", main.ids, data
            ),
            repeat=1,
            warm=False,
        )
        report("  statistics Excel", t, goal=10)
        # a register of 10,000 rows in one year (made here, rolled back afterwards)
        register = su["vn.document.register"].create(
            {"name": "Bench print register", "company_id": main.id, "direction": "incoming"}
        )
        cr.execute(
            """
            INSERT INTO vn_incoming_document (company_id, register_id, subject, arrival_date,
                number_year, arrival_number, state, urgency, secrecy, medium, author_name,
                original_number, create_uid, write_uid, create_date, write_date)
            SELECT %s, %s, 'Văn bản in sổ ' || k, date '2026-01-01' + (k / 30), 2026, k,
                   'filed', 'normal', 'normal', 'paper', 'Bộ Giáo dục và Đào tạo',
                   k || '/BGDĐT', 1, 1, now(), now()
              FROM generate_series(1, 10000) k
            """,
            [main.id, register.id],
        )
        pdata = {"register_id": register.id, "date_from": "2026-01-01", "date_to": "2026-12-31"}
        t, _r = timed(
            lambda: su["ir.actions.report"]._render_qweb_pdf(
                "vn_reports.action_report_incoming_register", [], data=pdata
            ),
            repeat=1,
            warm=False,
        )
        report("register print, 10,000 rows (PDF)", t)
        t0 = time.perf_counter()
        n = su["hr.employee"]._vn_recompute_pay_rules()
        report(f"daily recompute of the pay fields ({n} employees)", time.perf_counter() - t0)
        cr.rollback()


def _numbering_clerks(registry, work, company_id, timeout=60):
    """Run the clerks of ``work`` ((uid, document ids) each) as threads of this process,
    each registering his documents in his own cursor, one commit each; return the errors
    and the queries they made."""
    errors = []
    queries = []
    barrier = threading.Barrier(len(work))

    def clerk(uid, ids):
        try:
            barrier.wait(timeout=timeout)
            for doc_id in ids:
                with registry.cursor() as cr:
                    env = odoo.api.Environment(cr, uid, {"allowed_company_ids": [company_id]})
                    env["vn.incoming.document"].browse(doc_id).action_register()
                queries.append(cr.sql_log_count)  # the commit's precommit (tracking) included
        except Exception as exc:  # noqa: BLE001 - counted and printed
            errors.append(repr(exc))

    threads = [threading.Thread(target=clerk, args=item) for item in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors, queries


def _numbering_warm_up(registry, uid, company_id):
    """One registration by ``uid`` in a register of its own, rolled back: a fresh process
    loads its caches (rules, translations, the to-do's message template) before the
    clock starts, as a long-running worker has them."""
    with registry.cursor() as cr:
        su = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        register = su["vn.document.register"].create(
            {
                "name": "Bench numbering warm-up",
                "company_id": company_id,
                "direction": "incoming",
                "keeper_ids": [(6, 0, [uid])],
            }
        )
        doc = su["vn.incoming.document"].create(
            {
                "company_id": company_id,
                "register_id": register.id,
                "subject": "Khởi động",
                "arrival_date": "2026-06-15",
            }
        )
        env = odoo.api.Environment(cr, uid, {"allowed_company_ids": [company_id]})
        env["vn.incoming.document"].browse(doc.id).action_register()
        env.flush_all()
        cr.rollback()


def _numbering_process(config_args, db, work, company_id, barrier, results):
    """One benchmark process (``--numbering-processes``): its own interpreter, Registry
    and cursors; warmed up, starts registering when every process is ready."""
    odoo.tools.config.parse_config(config_args)
    registry = Registry(db)
    _numbering_warm_up(registry, work[0][0], company_id)
    barrier.wait(timeout=600)
    results.put(_numbering_clerks(registry, work, company_id))


def bench_numbering(registry, clerks, registers_count, per_clerk, processes=0, config_args=()):
    """``clerks`` clerks over ``registers_count`` registers of the Sở, each registering
    ``per_clerk`` documents in his own cursor, one commit each: as threads of this process
    (``processes`` 0: one interpreter, GIL-bound), or spread over ``processes`` processes
    (spawned, each with its own Registry and cursors, the clerks of each as its threads)."""
    with registry.cursor() as cr:
        su = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        main = su.ref("base.main_company")
        stamp = f"{time.time():.3f}"
        people = su["res.users"].create(
            [
                {
                    "name": f"Bench numbering clerk {i}",
                    "login": f"bench_numbering_{stamp}_{clerks}_{processes}_{i}",
                    "company_id": main.id,
                    "company_ids": [(6, 0, main.ids)],
                    "groups_id": [
                        (4, su.ref("base.group_user").id),
                        (4, su.ref("documents_vn_office.group_clerk").id),
                    ],
                }
                for i in range(clerks)
            ]
        )
        registers = su["vn.document.register"].create(
            [
                {
                    "name": f"Bench numbering {stamp} {clerks}x{registers_count} p{processes} #{r}",
                    "company_id": main.id,
                    "direction": "incoming",
                    "keeper_ids": [(6, 0, people.ids)],
                }
                for r in range(registers_count)
            ]
        )
        work = []
        for i, person in enumerate(people):
            register = registers[i % registers_count]
            docs = su["vn.incoming.document"].create(
                [
                    {
                        "company_id": main.id,
                        "register_id": register.id,
                        "subject": f"Văn bản đến đồng thời {i}-{k}",
                        "arrival_date": "2026-06-15",
                    }
                    for k in range(per_clerk)
                ]
            )
            work.append((person.id, docs.ids))
        register_ids = registers.ids
        company_id = main.id
    errors, queries = [], []
    if not processes:
        _numbering_warm_up(registry, work[0][0], company_id)
        t0 = time.perf_counter()
        errors, queries = _numbering_clerks(registry, work, company_id)
        elapsed = time.perf_counter() - t0
    else:
        ctx = multiprocessing.get_context("spawn")
        barrier = ctx.Barrier(processes + 1)
        results = ctx.Queue()
        shares = [work[p::processes] for p in range(processes)]
        children = [
            ctx.Process(
                target=_numbering_process,
                args=(list(config_args), registry.db_name, share, company_id, barrier, results),
            )
            for share in shares
        ]
        for child in children:
            child.start()
        barrier.wait(timeout=600)
        t0 = time.perf_counter()
        for _child in children:
            child_errors, child_queries = results.get(timeout=3600)
            errors += child_errors
            queries += child_queries
        elapsed = time.perf_counter() - t0
        for child in children:
            child.join()
    gapless = True
    with registry.cursor() as cr:
        for register_id in register_ids:
            cr.execute(
                "SELECT arrival_number FROM vn_incoming_document WHERE register_id = %s "
                "ORDER BY arrival_number",
                [register_id],
            )
            numbers = [row[0] for row in cr.fetchall()]
            gapless &= numbers == list(range(1, len(numbers) + 1))
    total = clerks * per_clerk
    mode = f"{processes} process(es)" if processes else "threads"
    per_doc = sum(queries) / len(queries) if queries else 0
    print(
        f"numbering ({mode}): {clerks} clerks over {registers_count} registers: "
        f"{total / elapsed:6.1f} registrations/s, {per_doc:.1f} queries each, "
        f"{len(errors)} errors, {'no gap' if gapless else 'GAPS'}",
        flush=True,
    )
    if errors:
        print("  ", *errors[:3], sep="\n   ")
    RESULTS.append((f"numbering {clerks}x{registers_count} {mode}", total / elapsed, None, None))
    return gapless and not errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="vn_province")
    parser.add_argument("--only", default="lists,documents,reports,numbering")
    parser.add_argument("--per-clerk", type=int, default=25)
    parser.add_argument(
        "--numbering-processes",
        default="0,1,2",
        help="numbering: comma-separated runs, 0 = threads of this process, P = P spawned "
        "processes with their own Registry (default 0,1,2)",
    )
    args = parser.parse_args()
    if not db_exists(args.db):
        print(f"{args.db} does not exist: run bench/province.py --db {args.db} first")
        return 2
    path = addons_path()
    data_dir = os.environ.get("ODOO_DATA_DIR", os.path.join(REPO, ".odoo-data"))
    config_args = [
        f"--addons-path={path}",
        f"--data-dir={data_dir}",
        "-d",
        args.db,
        "--log-level=warn",
    ]
    odoo.tools.config.parse_config(config_args)
    registry = Registry(args.db)
    with registry.cursor() as cr:
        su = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        users = {role: su["res.users"].browse(user.id) for role, user in pick_users(su).items()}
        missing = [role for role, user in users.items() if not user]
        if missing:
            print("the province has no user for:", ", ".join(missing))
            return 2
        users = {role: user.id for role, user in users.items()}
    ok = True
    with registry.cursor() as cr:
        su = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        users = {role: su["res.users"].browse(uid) for role, uid in users.items()}
        only = set(args.only.split(","))
        if "lists" in only:
            bench_lists(registry, users)
        if "documents" in only:
            bench_documents(registry, users)
        if "reports" in only:
            bench_reports(registry)
    if "numbering" in only:
        # one clerk alone: the cost of one registration, the bound of the concurrent runs
        for processes in (int(p) for p in args.numbering_processes.split(",")):
            for clerks, registers_count in ((1, 1), (16, 8), (8, 1)):
                if processes > clerks:
                    continue
                ok &= bench_numbering(
                    registry, clerks, registers_count, args.per_clerk, processes, config_args
                )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
