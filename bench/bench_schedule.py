#!/usr/bin/env python3
"""Benchmark of the units' work schedules (lịch công tác tuần, documents_vn_office).

    python3 bench/bench_schedule.py --db vn_bench_schedule [--schools 200] [--lines 15]

Creates the database with documents_vn_office (no demo) when it does not exist, then:

1. a managing body with ``--schools`` schools, each with a published schedule of this
   week of ``--lines`` lines (reused between runs), and as many calendar events as there
   are schedules and lines (the stock lists we compare with);
2. as the body's leader (who works in the body only and sees its schools' published
   schedules through the record rules), times ``search_read`` of the list of all the
   week's schedules (the list view's fields), and of all the week's lines; then
   ``search_read`` of the same number of ``calendar.event`` rows by the same user.

Every figure is printed (median of 5 runs, after one warm-up) with its ratio to the stock
list measured in the same run.
"""

import argparse
import time
from datetime import date, datetime, timedelta

from benchlib import REPO, addons_path, ensure_db, timed

SCHEDULE_FIELDS = ["week_start", "week_end", "company_id", "line_count", "approver_id", "state"]
LINE_FIELDS = ["start", "stop", "name", "location", "chair_id", "company_id", "changed"]
EVENT_FIELDS = ["start", "stop", "name", "location", "user_id", "privacy"]


def setup(env, schools, lines):
    """The body, its schools and their published schedules of this week (SQL for the
    state: the steps are measured by the tests, not here), the leader, the events."""
    monday = date.today() - timedelta(days=date.today().weekday())
    Company = env["res.company"]
    body = Company.search([("name", "=", "Bench Body")]) or Company.create({"name": "Bench Body"})
    have = Company.search_count([("parent_id", "=", body.id)])
    if have < schools:
        print(f"creating {schools - have} schools ...", flush=True)
        Company.create(
            [
                {
                    "name": f"Bench School {i:03d}",
                    "parent_id": body.id,
                    "vn_short_name": f"BS{i:03d}",
                }
                for i in range(have, schools)
            ]
        )
    schools_rs = Company.search([("parent_id", "=", body.id)], order="id", limit=schools)
    Users = env["res.users"].with_context(no_reset_password=True)
    leader = Users.search([("login", "=", "bench_body_leader")]) or Users.create(
        {
            "name": "Bench Body Leader",
            "login": "bench_body_leader",
            "company_id": body.id,
            "company_ids": [(6, 0, body.ids)],
            "groups_id": [
                (4, env.ref("base.group_user").id),
                (4, env.ref("documents_vn_office.group_leader").id),
            ],
        }
    )
    Schedule = env["vn.work.schedule"].with_context(tracking_disable=True)
    done = Schedule.search([("company_id", "in", schools_rs.ids), ("week_start", "=", monday)])
    todo = schools_rs - done.company_id
    if todo:
        print(f"creating {len(todo)} schedules of {lines} lines ...", flush=True)
        vals = []
        for company in todo:
            rows = []
            for i in range(lines):
                day = monday + timedelta(days=i % 6)
                start = datetime.combine(day, datetime.min.time()) + timedelta(hours=1 + i % 8)
                rows.append(
                    (
                        0,
                        0,
                        {
                            "start": start,
                            "stop": start + timedelta(hours=1, minutes=30),
                            "name": f"Nội dung công tác số {i + 1} của {company.name}",
                            "location": "Phòng họp",
                        },
                    )
                )
            vals.append({"company_id": company.id, "week_start": monday, "line_ids": rows})
        created = Schedule.create(vals)
        env.cr.execute(
            "UPDATE vn_work_schedule SET state = 'published' WHERE id IN %s", [tuple(created.ids)]
        )
    wanted = schools + schools * lines
    Event = env["calendar.event"].with_context(no_mail_to_attendees=True, tracking_disable=True)
    have = Event.search_count([("description", "=", "bench")])
    if have < wanted:
        print(f"creating {wanted - have} calendar events ...", flush=True)
        start = datetime.combine(monday, datetime.min.time()) + timedelta(hours=2)
        Event.create(
            [
                {
                    "name": f"Sự kiện {i}",
                    "start": start + timedelta(minutes=i),
                    "stop": start + timedelta(minutes=i + 60),
                    "location": "Phòng họp",
                    "description": "bench",
                    "privacy": "public",
                    "user_id": leader.id,
                }
                for i in range(have, wanted)
            ]
        )
    env.cr.execute("ANALYZE vn_work_schedule")
    env.cr.execute("ANALYZE vn_work_schedule_line")
    env.cr.execute("ANALYZE calendar_event")
    return leader.id, monday


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="vn_bench_schedule")
    parser.add_argument("--schools", type=int, default=200)
    parser.add_argument("--lines", type=int, default=15)
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
        leader_id, monday = setup(env, args.schools, args.lines)
        print(f"setup: {time.perf_counter() - start:.1f} s")

    with registry.cursor() as cr:
        env = api.Environment(cr, leader_id, {})
        week = [("week_start", "=", monday)]

        def schedules():
            env.invalidate_all()
            return env["vn.work.schedule"].search_read(week, SCHEDULE_FIELDS)

        def lines():
            env.invalidate_all()
            return env["vn.work.schedule.line"].search_read(
                [("schedule_id.week_start", "=", monday)], LINE_FIELDS
            )

        def events(limit):
            def run():
                env.invalidate_all()
                return env["calendar.event"].search_read(
                    [("description", "=", "bench")], EVENT_FIELDS, limit=limit, order="start"
                )

            return run

        t_sched, rows_sched = timed(schedules, warm=False)
        t_ev_s, rows_ev_s = timed(events(len(rows_sched)), warm=False)
        t_lines, rows_lines = timed(lines, warm=False)
        t_ev_l, rows_ev_l = timed(events(len(rows_lines)), warm=False)
        cr.rollback()

    print(f"schools: {args.schools}, lines per schedule: {args.lines}")
    print(
        f"week's schedules as the body's leader: {len(rows_sched)} rows in "
        f"{t_sched * 1000:.0f} ms; calendar.event {len(rows_ev_s)} rows in "
        f"{t_ev_s * 1000:.0f} ms; ratio {t_sched / t_ev_s:.2f}"
    )
    print(
        f"week's lines as the body's leader: {len(rows_lines)} rows in "
        f"{t_lines * 1000:.0f} ms; calendar.event {len(rows_ev_l)} rows in "
        f"{t_ev_l * 1000:.0f} ms; ratio {t_lines / t_ev_l:.2f}"
    )


if __name__ == "__main__":
    main()
