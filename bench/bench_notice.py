#!/usr/bin/env python3
"""Benchmark of a notice to all the staff of a managing body (documents_vn_office).

    python3 bench/bench_notice.py --db vn_bench_notice [--schools 200] [--staff 8000]
        [--notify inbox]

Creates the database with documents_vn_office (no demo) when it does not exist, a
managing body with ``--schools`` schools (ORM) and ``--staff`` internal users spread over
them (plain SQL: partners and users, once; reused by later runs), then in one run, each
step in a transaction rolled back afterwards:

1. the body's clerk sends a notice to the body and the units it manages
   (``action_send``: the check, the recipients resolved, one INSERT ... SELECT of the
   recipient rows, one inbox message with a notification per person); the rows created
   are counted (one per recipient);
2. stock Odoo references measured in the same run: the same message posted with
   ``message_post`` on the body's partner to ``--stock-sample`` of the same partners (the
   chatter's own cost, linear in the inbox users; scaled to all of them), and a stock ORM
   ``create`` of the same recipient rows (what the single INSERT replaces);
3. a recipient opens the notice (``web_read``: his row marked read) and the sender reads
   the read count.

``--notify email`` gives the staff e-mail notifications instead of the Odoo inbox (the
e-mails are queued as mail.mail, sent by the mail queue's cron).
"""

import argparse
import os
import time

from benchlib import addons_path, ensure_db

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def setup(env, schools, staff):
    """The body, its schools, its clerk and the staff (created once)."""
    Company = env["res.company"]
    body = Company.search([("name", "=", "Bench Body")], limit=1)
    if not body:
        body = Company.create({"name": "Bench Body", "vn_short_name": "BBODY"})
    have = Company.search_count([("parent_id", "=", body.id)])
    if have < schools:
        Company.create(
            [
                {"name": f"Bench School {n:03d}", "parent_id": body.id, "vn_short_name": f"BS{n}"}
                for n in range(have, schools)
            ]
        )
    units = Company.search([("parent_id", "=", body.id)], order="id", limit=schools)
    clerk = env["res.users"].search([("login", "=", "bench_notice_clerk")])
    if not clerk:
        clerk = (
            env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": "Bench Notice Clerk",
                    "login": "bench_notice_clerk",
                    "email": "bench_notice_clerk@example.com",
                    "company_id": body.id,
                    "company_ids": [(6, 0, body.ids)],
                    "groups_id": [
                        (4, env.ref("base.group_user").id),
                        (4, env.ref("documents_vn_office.group_clerk").id),
                    ],
                }
            )
        )
    cr = env.cr
    cr.execute("SELECT count(*) FROM res_users WHERE login LIKE 'bench.staff.%%'")
    existing = cr.fetchone()[0]
    if existing < staff:
        cr.execute(
            """
            WITH n AS (
                SELECT g AS n, (%(units)s::int[])[1 + (g %% %(count)s)] AS company_id
                  FROM generate_series(%(first)s, %(last)s) g
            ), p AS (
                INSERT INTO res_partner (name, complete_name, email, company_id, active, type,
                                         lang, tz, create_date, write_date)
                SELECT 'Bench Staff ' || n, 'Bench Staff ' || n,
                       'bench.staff.' || n || '@example.com', company_id, true, 'contact',
                       'vi_VN', 'Asia/Ho_Chi_Minh', now(), now()
                  FROM n
                RETURNING id, company_id, email
            )
            INSERT INTO res_users (login, partner_id, company_id, active, share,
                                   notification_type, create_date, write_date)
            SELECT split_part(p.email, '@', 1), p.id, p.company_id, true, false, 'inbox',
                   now(), now()
              FROM p
            """,
            {"units": units.ids, "count": len(units), "first": existing, "last": staff - 1},
        )
        cr.execute(
            """
            INSERT INTO res_company_users_rel (cid, user_id)
            SELECT company_id, id FROM res_users WHERE login LIKE 'bench.staff.%%'
            ON CONFLICT DO NOTHING
            """
        )
        cr.execute(
            """
            INSERT INTO res_groups_users_rel (gid, uid)
            SELECT g, id FROM res_users, unnest(%s::int[]) AS g
             WHERE login LIKE 'bench.staff.%%'
            ON CONFLICT DO NOTHING
            """,
            [(env.ref("base.group_user") | env.ref("base.group_user").trans_implied_ids).ids],
        )
        env.invalidate_all()
    return body, units, clerk


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="vn_bench_notice")
    parser.add_argument("--schools", type=int, default=200)
    parser.add_argument("--staff", type=int, default=8000)
    parser.add_argument("--notify", choices=("inbox", "email"), default="inbox")
    parser.add_argument(
        "--stock-sample",
        type=int,
        default=200,
        help="people the stock message_post is measured on (it formats the message once "
        "per inbox user: minutes for all of them); the figure is also scaled per person",
    )
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
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        start = time.perf_counter()
        body, units, clerk = setup(env, args.schools, args.staff)
        cr.execute(
            "UPDATE res_users SET notification_type = %s WHERE login LIKE 'bench.staff.%%'",
            [args.notify],
        )
        print(f"setup: {len(units)} schools, staff ready in {time.perf_counter() - start:.1f} s")
        body_id, clerk_id, unit_ids = body.id, clerk.id, units.ids

    figures = {}
    # ------------------------------------------------------------------ 1. the notice
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        clerk = env["res.users"].browse(clerk_id)
        cenv = env(user=clerk, context={"allowed_company_ids": [body_id]})
        notice = cenv["vn.notice"].create(
            {
                "subject": "Thông báo về việc triển khai nhiệm vụ năm học (bench)",
                "body": "<p>Kính gửi toàn thể cán bộ, giáo viên, nhân viên.</p>",
                "company_id": body_id,
                "company_ids": [(6, 0, [body_id])],
                "include_sub_units": True,
            }
        )
        env.flush_all()
        start = time.perf_counter()
        notice.action_send()
        env.flush_all()
        figures["send"] = time.perf_counter() - start
        cr.execute(
            "SELECT count(*), count(DISTINCT user_id) FROM vn_notice_recipient"
            " WHERE notice_id = %s",
            [notice.id],
        )
        rows, people = cr.fetchone()
        cr.execute(
            """
            SELECT count(*) FROM mail_notification n JOIN mail_message m ON m.id = n.mail_message_id
             WHERE m.model = 'vn.notice' AND m.res_id = %s
            """,
            [notice.id],
        )
        notifications = cr.fetchone()[0]
        cr.execute(
            "SELECT count(*) FROM res_users WHERE active AND NOT share AND company_id = ANY(%s)",
            [unit_ids + [body_id]],
        )
        expected = cr.fetchone()[0]
        print(
            f"1. send to {people} people: {figures['send']:.2f} s; recipient rows {rows} "
            f"(one per person: {rows == people == expected}, expected {expected}); "
            f"notifications (inbox or e-mail) {notifications}"
        )
        # ------------------------------------------------------------ 3. reading
        reader = env["res.users"].search([("login", "=", "bench.staff.2")])
        start = time.perf_counter()
        env(user=reader)["vn.notice"].browse(notice.id).web_read({"subject": {}, "body": {}})
        figures["read"] = time.perf_counter() - start
        start = time.perf_counter()
        count = cenv["vn.notice"].browse(notice.id).read_count
        figures["count"] = time.perf_counter() - start
        print(
            f"3. a recipient opens it: {figures['read'] * 1000:.0f} ms; the sender's read "
            f"count ({count}): {figures['count'] * 1000:.0f} ms"
        )
        Users = env["res.users"]
        start = time.perf_counter()
        unread = Users.browse(reader.id).with_user(reader).vn_notice_unread_count
        figures["counter"] = time.perf_counter() - start
        print(f"   his 'new for me' notices counter ({unread}): {figures['counter'] * 1000:.0f} ms")
        cr.execute("SELECT user_id FROM vn_notice_recipient WHERE notice_id = %s", [notice.id])
        user_ids = [row[0] for row in cr.fetchall()]
        partner_ids = env["res.users"].browse(user_ids).partner_id.ids
        notice_id = notice.id
        cr.rollback()

    # ------------------------------------------------------------------ 2. stock references
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        partner = env["res.company"].browse(body_id).partner_id
        start = time.perf_counter()
        sample = partner_ids[: args.stock_sample]
        partner.with_context(mail_notify_force_send=False).message_post(
            body="<p>Kính gửi toàn thể cán bộ (bench, stock)</p>",
            partner_ids=sample,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        env.flush_all()
        figures["stock_post"] = time.perf_counter() - start
        cr.rollback()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        clerk = env["res.users"].browse(clerk_id)
        notice = env["vn.notice"].create(
            {
                "subject": "bench stock rows",
                "company_id": body_id,
                "sender_id": clerk_id,
                "company_ids": [(6, 0, [body_id])],
                "include_sub_units": True,
            }
        )
        start = time.perf_counter()
        notice._vn_resolve_user_ids()
        figures["resolve"] = time.perf_counter() - start
        start = time.perf_counter()
        env["vn.notice.recipient"].create(
            [{"notice_id": notice.id, "user_id": uid, "company_id": body_id} for uid in user_ids]
        )
        env.flush_all()
        figures["stock_create"] = time.perf_counter() - start
        cr.execute("DELETE FROM vn_notice_recipient WHERE notice_id = %s", [notice.id])
        start = time.perf_counter()
        cr.execute(
            """
            INSERT INTO vn_notice_recipient
                (notice_id, user_id, company_id, create_uid, create_date, write_uid, write_date)
            SELECT %s, uid, %s, 1, now(), 1, now() FROM unnest(%s::int[]) AS uid
            """,
            [notice.id, body_id, user_ids],
        )
        figures["insert"] = time.perf_counter() - start
        cr.rollback()
    per_person = figures["stock_post"] / max(len(sample), 1)
    scaled = per_person * len(partner_ids)
    print(
        f"2. stock message_post to {len(sample)} of the same partners: "
        f"{figures['stock_post']:.2f} s ({per_person * 1000:.1f} ms a person, i.e. "
        f"~{scaled:.0f} s for all {len(partner_ids)}) -> send / stock post (scaled) = "
        f"{figures['send'] / scaled:.3f}"
    )
    print(
        f"   recipients resolved in {figures['resolve'] * 1000:.0f} ms; rows: one INSERT ... "
        f"SELECT {figures['insert'] * 1000:.0f} ms vs stock ORM create "
        f"{figures['stock_create']:.2f} s "
        f"(x{figures['stock_create'] / max(figures['insert'], 1e-6):.0f})"
    )
    print(f"(notice {notice_id} rolled back; nothing kept but the bench units and staff)")


if __name__ == "__main__":
    main()
