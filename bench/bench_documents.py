#!/usr/bin/env python3
"""Benchmark of the correspondence registers (documents_vn_office).

    python3 bench/bench_documents.py --db h3_bench [--rows 200000] [--clerks 8] [--per-clerk 25]

Creates the database with documents_vn_office (no demo) when it does not exist, then in
one run:

1. generates ``--rows`` incoming documents with plain SQL (one INSERT ... SELECT) and as
   many res.partner rows, the stock list we compare with;
2. lets ``--clerks`` clerks register documents at the same time, each in his own cursor
   and transaction (one commit per document), and checks that the arrival numbers are
   1..N without gap or duplicate;
3. times a subject search (ilike '%…%') with the trigram index, then with the index
   dropped inside a transaction that is rolled back afterwards;
4. times the list view's ``web_search_read`` (first page of 80 + count) of the incoming
   documents as a clerk, and the same call on res.partner of the same size.

Every figure is printed; nothing is left in the database except the generated rows.
"""

import argparse
import os
import sys
import threading
import time

from benchlib import INCOMING_LIST, PARTNER_LIST, addons_path, ensure_db, timed

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="h3_bench")
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--clerks", type=int, default=8)
    parser.add_argument("--per-clerk", type=int, default=25)
    args = parser.parse_args()

    path = addons_path()
    ensure_db(args.db, path, "documents_vn_office", lang=None)

    import odoo
    from odoo import SUPERUSER_ID, api
    from odoo.modules.registry import Registry

    odoo.tools.config.parse_config(
        [
            f"--addons-path={path}",
            f"--data-dir={REPO}/.odoo-data",
            "-d",
            args.db,
            "--log-level=warn",
        ]
    )
    registry = Registry(args.db)
    figures = {}

    # ------------------------------------------------------------------ setup
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        company = env.ref("base.main_company")
        if not company.vn_short_name:
            company.vn_short_name = "BENCH"
        clerk = env["res.users"].search([("login", "=", "bench_clerk")])
        if not clerk:
            clerk = env["res.users"].create(
                {
                    "name": "Bench Clerk",
                    "login": "bench_clerk",
                    "company_id": company.id,
                    "company_ids": [(6, 0, company.ids)],
                    "groups_id": [
                        (4, env.ref("base.group_user").id),
                        (4, env.ref("documents_vn_office.group_clerk").id),
                    ],
                }
            )
        Register = env["vn.document.register"]
        bulk = Register.search([("name", "=", "Bench bulk register")]) or Register.create(
            {"name": "Bench bulk register", "company_id": company.id, "direction": "incoming"}
        )
        live = Register.create(
            {
                "name": f"Bench concurrency register {time.time():.0f}",
                "company_id": company.id,
                "direction": "incoming",
                "keeper_ids": [(6, 0, clerk.ids)],
            }
        )
        clerk_id, company_id, bulk_id, live_id = clerk.id, company.id, bulk.id, live.id

    # ------------------------------------------------------------------ 1. generation
    with registry.cursor() as cr:
        cr.execute("SELECT count(*) FROM vn_incoming_document WHERE register_id = %s", [bulk_id])
        existing = cr.fetchone()[0]
        missing = max(0, args.rows - existing)
        start = time.perf_counter()
        if missing:
            cr.execute(
                """
                INSERT INTO vn_incoming_document
                    (company_id, register_id, subject, original_number, author_name,
                     arrival_date, number_year, arrival_number, state, urgency, secrecy,
                     medium, create_uid, write_uid, create_date, write_date)
                SELECT %(company)s, %(register)s,
                       (ARRAY['Về việc tổ chức', 'Kế hoạch triển khai', 'Hướng dẫn thực hiện',
                              'Báo cáo kết quả', 'Thông báo lịch'])[1 + i %% 5]
                       || ' ' || (ARRAY['kỳ thi học sinh giỏi', 'bồi dưỡng giáo viên',
                              'chuyển đổi số', 'an toàn trường học', 'tuyển sinh lớp 10',
                              'kiểm định chất lượng', 'công tác thi đua'])[1 + i %% 7]
                       || ' mã HS' || i,
                       i || '/SGDĐT-VP',
                       (ARRAY['Bộ Giáo dục và Đào tạo', 'Ủy ban nhân dân tỉnh',
                              'Sở Nội vụ'])[1 + i %% 3],
                       DATE '2015-01-01' + (i / 50),
                       EXTRACT(YEAR FROM DATE '2015-01-01' + (i / 50))::int,
                       i, 'filed', 'normal', 'normal', 'paper', 1, 1, now(), now()
                  FROM generate_series(%(first)s, %(last)s) AS i
                """,
                {
                    "company": company_id,
                    "register": bulk_id,
                    "first": existing + 1,
                    "last": existing + missing,
                },
            )
        # the stock list we compare with: as many contacts
        cr.execute("SELECT count(*) FROM res_partner WHERE ref = 'bench'")
        partners = cr.fetchone()[0]
        if partners < args.rows:
            cr.execute(
                """
                INSERT INTO res_partner (name, complete_name, ref, active, type, is_company,
                                         create_uid, write_uid, create_date, write_date)
                SELECT 'Liên hệ ' || i, 'Liên hệ ' || i, 'bench', true, 'contact', false,
                       1, 1, now(), now()
                  FROM generate_series(%s, %s) AS i
                """,
                [partners + 1, args.rows],
            )
        cr.execute("ANALYZE vn_incoming_document")
        cr.execute("ANALYZE res_partner")
        figures["generation_s"] = time.perf_counter() - start
        figures["generated_rows"] = missing

    # ------------------------------------------------------------------ 2. concurrent clerks
    total = args.clerks * args.per_clerk
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        docs = env["vn.incoming.document"].create(
            [
                {
                    "company_id": company_id,
                    "register_id": live_id,
                    "subject": f"Văn bản đến đồng thời {i}",
                    "arrival_date": "2026-06-15",
                }
                for i in range(total)
            ]
        )
        doc_ids = docs.ids
    chunks = [doc_ids[i :: args.clerks] for i in range(args.clerks)]
    errors = []
    barrier = threading.Barrier(args.clerks)

    def clerk_work(ids):
        try:
            barrier.wait(timeout=60)
            for doc_id in ids:
                with registry.cursor() as cr:
                    env = api.Environment(cr, clerk_id, {"allowed_company_ids": [company_id]})
                    env["vn.incoming.document"].browse(doc_id).action_register()
        except Exception as exc:  # noqa: BLE001 - counted and printed
            errors.append(repr(exc))

    threads = [threading.Thread(target=clerk_work, args=(chunk,)) for chunk in chunks]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    with registry.cursor() as cr:
        cr.execute(
            "SELECT arrival_number FROM vn_incoming_document WHERE register_id = %s "
            "ORDER BY arrival_number",
            [live_id],
        )
        numbers = [row[0] for row in cr.fetchall()]
    figures["clerks"] = args.clerks
    figures["registrations"] = total
    figures["registration_errors"] = len(errors)
    figures["registrations_per_s"] = total / elapsed
    figures["numbers_continuous"] = numbers == list(range(1, total + 1))

    # ------------------------------------------------------------------ 3. trigram search
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        Incoming = env["vn.incoming.document"]
        term = f"HS{args.rows // 3 + 7}"

        def subject_search():
            Incoming.invalidate_model()
            return Incoming.search([("subject", "ilike", term)], limit=80)

        with_index, found = timed(subject_search, warm=False)
        cr.execute("DROP INDEX vn_incoming_document__subject_index")
        without_index, found2 = timed(subject_search, repeat=3, warm=False)
        cr.rollback()  # the index comes back
        figures["search_hits"] = len(found)
        figures["search_same_result"] = found.ids == found2.ids
        figures["search_trigram_ms"] = with_index * 1000
        figures["search_no_index_ms"] = without_index * 1000
        figures["search_ratio"] = without_index / with_index if with_index else 0

    # ------------------------------------------------------------------ 4. list views
    with registry.cursor() as cr:
        env = api.Environment(cr, clerk_id, {"allowed_company_ids": [company_id]})
        spec_in = dict(INCOMING_LIST, type_id={"fields": {"display_name": {}}})
        spec_p = PARTNER_LIST

        def list_incoming():
            env.invalidate_all()
            return env["vn.incoming.document"].web_search_read(
                domain=[], specification=spec_in, limit=80, count_limit=10001
            )

        def list_partner():
            env.invalidate_all()
            return env["res.partner"].web_search_read(
                domain=[], specification=spec_p, limit=80, count_limit=10001
            )

        t_in, res_in = timed(list_incoming, warm=False)
        t_p, res_p = timed(list_partner, warm=False)
        figures["list_incoming_ms"] = t_in * 1000
        figures["list_incoming_length"] = res_in["length"]
        figures["list_partner_ms"] = t_p * 1000
        figures["list_partner_length"] = res_p["length"]
        cr.rollback()

    print("\n=== documents_vn_office benchmark ===")
    for key, value in figures.items():
        print(f"{key:28} {value:.1f}" if isinstance(value, float) else f"{key:28} {value}")
    if errors:
        print("errors:", *errors[:5], sep="\n  ")
    ok = figures["numbers_continuous"] and not errors
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
