#!/usr/bin/env python3
"""Benchmark of the personnel record at scale (not a test).

    python3 bench/bench_hr_employee.py --db h1_bench [--count 20000]

Creates the database (hr_vn_civil_servant without demo data) if it does not exist, fills it
with COUNT employees spread over six units with about ten history lines each (batched SQL:
the ORM is the thing measured, not the generator), then times in the same run, as an HR
office user: the stock employee list (web_search_read with the stock list fields) against
our list (stock + personnel columns), the "raise due in 90 days" and "retiring in 12 months"
filters, a form web_read with every 2C page, and _vn_recompute_pay_rules() on everyone.
"""

import argparse
import statistics
import time
from datetime import date

from benchlib import addons_path, ensure_db
from dateutil.relativedelta import relativedelta

import odoo
from odoo.modules.registry import Registry

STOCK_LIST = {
    "name": {},
    "work_phone": {},
    "work_email": {},
    "activity_ids": {"fields": {}},
    "activity_user_id": {"fields": {"display_name": {}}},
    "activity_date_deadline": {},
    "company_id": {"fields": {"display_name": {}}},
    "department_id": {"fields": {"display_name": {}}},
    "job_id": {"fields": {"display_name": {}}},
    "parent_id": {"fields": {"display_name": {}}},
    "work_location_id": {"fields": {"display_name": {}}},
    "coach_id": {"fields": {"display_name": {}}},
    "active": {},
    "category_ids": {"fields": {"display_name": {}}},
}
OUR_LIST = dict(
    STOCK_LIST,
    vn_staff_category={},
    vn_grade_id={"fields": {"display_name": {}}},
    vn_salary_step={},
    vn_salary_coefficient={},
    vn_next_raise_date={},
    vn_retirement_date={},
    vn_work_state={},
    vn_completeness={},
)
LINE_SPEC = {"fields": {"display_name": {}}}


def generate(env, count, lines):
    """Batched SQL generation: resources, employees, then the history lines."""
    cr = env.cr
    cr.execute("SELECT count(*) FROM hr_employee WHERE name LIKE 'Bench %'")
    if cr.fetchone()[0] >= count:
        print("data already generated", flush=True)
        return
    t0 = time.time()
    companies = env["res.company"].search([], limit=6).ids
    while len(companies) < 6:
        companies.append(env["res.company"].create({"name": f"Bench Unit {len(companies)}"}).id)
    grades = env["vn.grade"].search([("legacy", "=", False)]).ids
    uid = env.uid
    cr.execute(
        """
        INSERT INTO resource_resource (name, active, resource_type, time_efficiency, tz,
                                       company_id, create_uid, write_uid, create_date,
                                       write_date)
        SELECT 'Bench ' || g, true, 'user', 100, 'Asia/Ho_Chi_Minh',
               (%(companies)s::int[])[1 + g %% 6], %(uid)s, %(uid)s, now(), now()
          FROM generate_series(1, %(count)s) g
        RETURNING id
        """,
        {"companies": companies, "uid": uid, "count": count},
    )
    cr.execute(
        """
        INSERT INTO hr_employee (resource_id, name, company_id, active, employee_type, marital,
                                 distance_home_work_unit, gender, birthday, identification_id,
                                 vn_work_state, vn_staff_category, vn_hometown,
                                 create_uid, write_uid, create_date, write_date)
        SELECT r.id, r.name, r.company_id, true, 'employee', 'single', 'kilometers',
               CASE WHEN r.id %% 3 = 0 THEN 'male' ELSE 'female' END,
               date '1962-01-01' + ((r.id * 7919) %% 14000),
               '0' || lpad((r.id %% 96 + 1)::text, 2, '0') || '9' || lpad(r.id::text, 8, '0'),
               'working', 'public_employee',
               CASE WHEN r.id %% 4 = 0 THEN NULL ELSE 'Hưng Yên' END,
               %(uid)s, %(uid)s, now(), now()
          FROM resource_resource r
         WHERE r.name LIKE 'Bench %%'
        """,
        {"uid": uid},
    )
    per = max(lines // 3, 1)
    cr.execute(
        """
        INSERT INTO vn_salary_history (employee_id, company_id, date, grade_id, step, coefficient,
                                       over_ceiling_percent, postponed_months, early_months,
                                       decision_number, create_uid, write_uid, create_date,
                                       write_date)
        SELECT e.id, e.company_id,
               date '2026-11-01' - (s * 36 + (e.id %% 40)) * interval '1 month',
               (%(grades)s::int[])[1 + e.id %% array_length(%(grades)s::int[], 1)],
               GREATEST(1, 5 - s), 0, 0, 0, 0, s || '/QĐ', %(uid)s, %(uid)s, now(), now()
          FROM hr_employee e, generate_series(0, %(per)s - 1) s
         WHERE e.name LIKE 'Bench %%'
        """,
        {"grades": grades, "uid": uid, "per": per},
    )
    cr.execute(
        """
        UPDATE vn_salary_history l SET coefficient = st.coefficient,
               step = LEAST(l.step, g.step_count)
          FROM vn_grade gr JOIN vn_pay_group g ON g.id = gr.pay_group_id
          JOIN vn_pay_group_step st ON st.pay_group_id = g.id
         WHERE gr.id = l.grade_id AND st.step = LEAST(l.step, g.step_count)
        """
    )
    for table, cols, values in [
        (
            "vn_training",
            "school, major, date_from, date_to, form",
            "'Đại học Sư phạm', 'Sư phạm', date '2005-09-01', date '2009-06-30', 'full_time'",
        ),
        ("vn_work_history", "name, date_from", "'Giáo viên', date '2010-09-01'"),
        ("vn_family_member", "side, relation, name, birth_year", "'self', 'father', 'Cha', 1950"),
        ("vn_reward", "name, level, level_rank, year", "'Giấy khen', 'unit', 0, 2024"),
    ]:
        n = (
            per
            if table in ("vn_training", "vn_family_member")
            else max((lines - 3 * per - 2 * per) // 2, 1)
        )
        cr.execute(
            f"""
            INSERT INTO {table} (employee_id, company_id, {cols}, create_uid, write_uid,
                                 create_date, write_date)
            SELECT e.id, e.company_id, {values}, %(uid)s, %(uid)s, now(), now()
              FROM hr_employee e, generate_series(1, %(n)s) s
             WHERE e.name LIKE 'Bench %%'
            """,
            {"uid": uid, "n": n},
        )
    env.invalidate_all()
    employees = env["hr.employee"].search([("name", "like", "Bench %")])
    for fname in ("vn_completeness", "vn_birth_name", "vn_highest_reward_id"):
        env.add_to_compute(employees._fields[fname], employees)
    employees.flush_recordset()
    cr.execute("ANALYZE")
    cr.commit()
    cr.execute("SELECT count(*) FROM vn_salary_history")
    n_salary = cr.fetchone()[0]
    print(
        f"generated {count} employees, {n_salary} salary lines "
        f"(+ training, work, family, awards) in {time.time() - t0:.1f}s",
        flush=True,
    )


def timed(label, func, repeat=5):
    func()  # warm the caches
    durations = []
    for _i in range(repeat):
        t0 = time.perf_counter()
        func()
        durations.append(time.perf_counter() - t0)
    value = statistics.median(durations) * 1000
    print(f"{label:<58} {value:9.1f} ms", flush=True)
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="h1_bench")
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--lines", type=int, default=10)
    args = parser.parse_args()
    path = addons_path()
    ensure_db(args.db, path, "hr_vn_civil_servant", lang=None)
    odoo.tools.config.parse_config([f"--addons-path={path}", "-d", args.db, "--log-level=warn"])
    registry = Registry(args.db)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        generate(env, args.count, args.lines)
        cr.execute(
            "SELECT count(*) FROM hr_employee WHERE birthday IS NOT NULL "
            "AND vn_retirement_date IS NULL"
        )
        if cr.fetchone()[0]:
            t0 = time.time()
            env["hr.employee"]._vn_recompute_pay_rules()
            cr.execute("ANALYZE hr_employee")
            cr.commit()
            print(f"initial computation of the stored pay fields: {time.time() - t0:.1f}s")
    with registry.cursor() as cr:
        su_env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        admin = su_env.ref("base.user_admin")
        companies = su_env["res.company"].search([])
        admin.write({"company_ids": [(6, 0, companies.ids)]})
        env = odoo.api.Environment(
            cr, admin.id, {"allowed_company_ids": companies.ids, "lang": "en_US"}
        )
        Employee = env["hr.employee"]
        today = date.today()
        print(f"employees: {Employee.search_count([])}", flush=True)

        def list_read(spec, domain=None):
            def run():
                env.invalidate_all()
                Employee.web_search_read(domain or [], spec, limit=80, count_limit=10001)

            return run

        stock = timed("stock list (web_search_read, 80 rows, stock fields)", list_read(STOCK_LIST))
        ours = timed("our list (stock + personnel columns)", list_read(OUR_LIST))
        due = [
            ("vn_next_raise_date", "!=", False),
            ("vn_next_raise_date", "<=", today + relativedelta(days=90)),
        ]
        retiring = [
            ("vn_retirement_date", ">=", today),
            ("vn_retirement_date", "<=", today + relativedelta(months=12)),
        ]
        f1 = timed("filter: step raise due in 90 days", list_read(OUR_LIST, due))
        f2 = timed("filter: retiring in 12 months", list_read(OUR_LIST, retiring))
        print(
            f"  (matches: raise due {Employee.search_count(due)}, "
            f"retiring {Employee.search_count(retiring)})"
        )
        emp = Employee.search([("name", "like", "Bench %")], limit=1)
        form_spec = {
            name: {}
            for name, field in Employee._fields.items()
            if field.type not in ("one2many", "many2many", "many2one", "binary")
            and not name.startswith("activity")
            and field.store
        }
        for name in ("company_id", "department_id", "vn_grade_id", "vn_ethnicity_id"):
            form_spec[name] = {"fields": {"display_name": {}}}
        for name in (
            "vn_salary_history_ids",
            "vn_training_ids",
            "vn_work_history_ids",
            "vn_family_ids",
            "vn_reward_ids",
        ):
            form_spec[name] = LINE_SPEC

        def form_read():
            env.invalidate_all()
            emp.web_read(form_spec)

        form = timed("form web_read (all 2C pages)", form_read)
        t0 = time.perf_counter()
        n = Employee._vn_recompute_pay_rules()
        recompute = (time.perf_counter() - t0) * 1000
        print(f"{'_vn_recompute_pay_rules() on ' + str(n) + ' employees':<58} {recompute:9.1f} ms")
        cr.rollback()
        print(f"ratio our list / stock list: {ours / stock:.2f}")
        print(f"ratio filters / stock list: {f1 / stock:.2f}, {f2 / stock:.2f}")
        print(f"form read: {form:.1f} ms; recompute: {recompute / max(n, 1):.3f} ms per employee")


if __name__ == "__main__":
    main()
