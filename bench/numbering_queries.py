#!/usr/bin/env python3
"""Where the SQL queries of one registration come from (not a test, not a timing).

    python3 bench/numbering_queries.py --db wt_numbering_1 [--stacks]

In a transaction that is rolled back at the end: a clerk, a register he keeps and four
incoming documents; the clerk registers them one by one (the first ones warm the caches of
the rules and of the audit rule's fields), and the last one is analysed: every query of
``action_register``, its flush and the commit's precommit (tracking message, bus), with
the part of the suite, of OCA auditlog or of Odoo's ``mail`` / ``bus`` it came from,
grouped. Deterministic: the same code gives the same
counts. ``--stacks`` prints each query with its call chain.
"""

import argparse
import collections
import os
import sys
import traceback

from benchlib import REPO, addons_path, db_exists

import odoo
from odoo.modules.registry import Registry
from odoo.sql_db import Cursor

#: path fragments that name where a query comes from, first match from the innermost frame
SOURCES = (
    ("vn_document_register.py", "the register's number (max, savepoint, UPDATE)"),
    ("auditlog", "audit trail (OCA auditlog: read before/after, log, lines)"),
    ("_track_finalize", "tracking message (precommit)"),
    ("bus/", "bus notification"),
    ("mail/models/mail_activity", "to-do closed (mail.activity: done message, unlink)"),
    ("mail/models/mail_followers", "followers"),
    ("mail/models/mail_thread", "messages (mail.thread)"),
    ("mail/models/mail_message", "messages (mail.thread)"),
    ("_vn_wf_update_todos", "to-dos: who gets one now (deciders, activities read)"),
    ("vn_workflow_review", "review row"),
    ("_vn_wf_write", "workflow write (state, stamps, number) and review row"),
    ("_vn_wf_take", "workflow checks (access, state, deciders)"),
    ("_vn_wf_actor", "workflow checks (access, state, deciders)"),
)


def classify(stack):
    """The suite's innermost frame, and the broad source of the query."""
    files = [f"{frame.filename}:{frame.name}" for frame in stack]
    source = "ORM (flush, recompute, read)"
    for frag, label in SOURCES:
        if any(frag in f for f in files):
            source = label
            break
    ours = [
        f"{os.path.basename(fr.filename)}:{fr.lineno} {fr.name}"
        for fr in stack
        if "/addons/" in fr.filename
        or "documents_vn_office" in fr.filename
        or "hr_vn_civil_servant" in fr.filename
    ]
    return source, (ours[-1] if ours else "?")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--stacks", action="store_true")
    args = parser.parse_args()
    if not db_exists(args.db):
        print(f"{args.db} does not exist")
        return 2
    data_dir = os.environ.get("ODOO_DATA_DIR", os.path.join(REPO, ".odoo-data"))
    odoo.tools.config.parse_config(
        [
            f"--addons-path={addons_path()}",
            f"--data-dir={data_dir}",
            "-d",
            args.db,
            "--log-level=warn",
        ]
    )
    registry = Registry(args.db)
    log = []
    original = Cursor.execute

    def execute(self, query, params=None, log_exceptions=True):
        if log is not None and getattr(self, "_vn_count", False):
            text = query.code if hasattr(query, "code") else str(query)
            log.append((" ".join(text.split())[:160], traceback.extract_stack()[:-1]))
        return original(self, query, params, log_exceptions)

    Cursor.execute = execute
    with registry.cursor() as cr:
        su = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        main_company = su.ref("base.main_company")
        clerk = su["res.users"].create(
            {
                "name": "Query count clerk",
                "login": "numbering_queries_clerk",
                "company_id": main_company.id,
                "company_ids": [(6, 0, main_company.ids)],
                "groups_id": [
                    (4, su.ref("base.group_user").id),
                    (4, su.ref("documents_vn_office.group_clerk").id),
                ],
            }
        )
        register = su["vn.document.register"].create(
            {
                "name": "Query count register",
                "company_id": main_company.id,
                "direction": "incoming",
                "keeper_ids": [(6, 0, clerk.ids)],
            }
        )
        docs = su["vn.incoming.document"].create(
            [
                {
                    "company_id": main_company.id,
                    "register_id": register.id,
                    "subject": f"Văn bản đếm truy vấn {i}",
                    "arrival_date": "2026-06-15",
                }
                for i in range(4)
            ]
        )
        su.flush_all()
        env = odoo.api.Environment(cr, clerk.id, {"allowed_company_ids": [main_company.id]})
        counts = []
        for doc in docs:
            env.invalidate_all()
            log.clear()
            cr._vn_count = True
            start = cr.sql_log_count
            env["vn.incoming.document"].browse(doc.id).action_register()
            env.flush_all()
            cr.precommit.run()  # the tracking message and the bus notification, as at commit
            cr._vn_count = False
            counts.append((cr.sql_log_count - start, list(log)))
        print("queries per registration (first, second, third, fourth):", [c for c, _ in counts])
        total, queries = counts[-1]
        by_source = collections.Counter(classify(stack)[0] for _, stack in queries)
        by_frame = collections.Counter(classify(stack)[1] for _, stack in queries)
        by_table = collections.Counter(
            next(
                (
                    w
                    for w in sql.split()
                    if w.startswith('"vn_')
                    or w.startswith('"mail_')
                    or w.startswith('"auditlog')
                    or w.startswith('"bus')
                    or w.startswith('"res_')
                    or w.startswith('"ir_')
                ),
                "(other)",
            ).strip('"')
            for sql, _ in queries
        )
        print(f"\nlast registration (warm): {total} queries\n\nby source:")
        for source, n in by_source.most_common():
            print(f"  {n:4d}  {source}")
        print("\nby the suite's / addon's innermost frame:")
        for frame, n in by_frame.most_common():
            print(f"  {n:4d}  {frame}")
        print("\nby first table named:")
        for table, n in by_table.most_common():
            print(f"  {n:4d}  {table}")
        cr.execute(
            "SELECT l.method, f.name, ln.old_value_text, ln.new_value_text FROM auditlog_log l "
            "JOIN auditlog_log_line ln ON ln.log_id = l.id JOIN ir_model_fields f "
            "ON f.id = ln.field_id WHERE l.res_id = %s AND l.model_model = %s ORDER BY ln.id",
            [docs[-1].id, "vn.incoming.document"],
        )
        print("\naudit lines of the last document:")
        for row in cr.fetchall():
            print("  ", *row)
        cr.execute(
            "SELECT count(*) FROM mail_message WHERE res_id = %s AND model = %s",
            [docs[-1].id, "vn.incoming.document"],
        )
        print("messages on the last document:", cr.fetchone()[0])
        if args.stacks:
            for k in (2, 3):
                print(f"\nSQL of registration {k + 1}:")
                for sql, _stack in counts[k][1]:
                    print("  ", sql[:110])
            for i, (sql, stack) in enumerate(queries, 1):
                print(f"\n#{i} {sql}")
                for fr in stack[-40:]:
                    if (
                        "/addons/" in fr.filename
                        or "/wt/" in fr.filename
                        or "/main/" in fr.filename
                    ):
                        print(f"     {os.path.basename(fr.filename)}:{fr.lineno} {fr.name}")
        cr.rollback()
    return 0


if __name__ == "__main__":
    sys.exit(main())
