#!/usr/bin/env python3
"""Generator of a province (not a test, not a benchmark by itself).

    python3 bench/province.py --db vn_province [--staff 150000] [--units 2500]
        [--documents 5000000] [--years 5] [--user-share 0.05] [--seed 1]

Creates the database (the three modules, no demo data) when it does not exist, then fills
it the way a province's Sở GD&ĐT looks since 01/7/2025, with batched SQL (one INSERT ...
SELECT per table and batch: the ORM is what the benchmarks measure, not the generator):

- units under two managing-body levels: the Sở (the main company), one commune office
  (Phòng Văn hóa - Xã hội of a commune) per 25 units under it, the upper-secondary schools
  (one in ten) under the Sở and the other schools under the commune offices; each unit its
  registers (incoming, outgoing, internal, secret);
- ``--staff`` employees over the schools and offices, with about ten history lines each
  (salary, training, work, family, awards), stored pay fields computed once by the ORM;
- users for ``--user-share`` of the employees (teachers), and in each school a records
  officer, a clerk and a unit head (leader), in each managing body an HR office;
- change requests for one employee in five, in every state;
- ``--documents`` incoming, outgoing and internal documents (6 : 3 : 1) spread over
  ``--years`` years and every unit, numbered without gap per register and year, and an
  assignment for each incoming document being handled or done.

Every value comes from the row number and ``--seed`` through PostgreSQL's ``hashint8``,
so two runs with the same arguments give the same rows. The generation is resumable:
each stage records that it is done (table ``bench_province_stage``) and is skipped the
next time. Nothing here changes the modules' data outside the generated rows.
"""

import argparse
import sys
import time

from benchlib import REPO, addons_path, ensure_db

import odoo
from odoo.modules.registry import Registry

MODULES = "hr_vn_civil_servant,documents_vn_office,vn_reports"
DOCUMENT_BATCH = 500_000


def stage(cr, name, func, *args):
    """Run ``func`` once per database: the stages already done are skipped."""
    cr.execute("CREATE TABLE IF NOT EXISTS bench_province_stage (name text PRIMARY KEY, s float)")
    cr.execute("SELECT s FROM bench_province_stage WHERE name = %s", [name])
    row = cr.fetchone()
    if row:
        print(f"{name:<40} already done ({row[0]:.1f} s)", flush=True)
        return
    t0 = time.time()
    func(cr, *args)
    elapsed = time.time() - t0
    cr.execute("INSERT INTO bench_province_stage VALUES (%s, %s)", [name, elapsed])
    cr.commit()
    print(f"{name:<40} {elapsed:8.1f} s", flush=True)


def sql_functions(cr, seed):
    """h(i, k): a reproducible pseudo-random non-negative integer of row i and salt k."""
    cr.execute(
        f"""
        CREATE OR REPLACE FUNCTION pg_temp.h(i bigint, k int) RETURNS bigint
        LANGUAGE sql IMMUTABLE AS
        $$ SELECT abs(hashint8(i * 1000003 + k * 7919 + {int(seed)} * 104729)::bigint) $$
        """
    )


def gen_units(cr, env, units):
    main = env.ref("base.main_company")
    currency = main.currency_id.id
    calendar = main.resource_calendar_id.id
    main.write({"name": "Sở Giáo dục và Đào tạo tỉnh Bench", "vn_short_name": "SGDĐT"})
    env.flush_all()
    communes = max(1, units // 25)
    schools = max(1, units - 1 - communes)
    # partners of the new units, then the units: offices first, then schools
    cr.execute(
        """
        CREATE TEMP TABLE bench_unit AS
        SELECT g AS n,
               CASE WHEN g <= %(communes)s
                    THEN 'Phòng Văn hóa - Xã hội xã Bench ' || g
                    WHEN (g - %(communes)s) %% 10 = 0
                    THEN 'Trường THPT Bench ' || (g - %(communes)s)
                    ELSE (ARRAY['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS'])
                         [1 + pg_temp.h(g, 1) %% 3] || ' Bench ' || (g - %(communes)s)
               END AS name,
               CASE WHEN g <= %(communes)s THEN 'X' || g ELSE 'T' || (g - %(communes)s) END
                   AS short,
               g <= %(communes)s AS is_office,
               CASE WHEN g <= %(communes)s OR (g - %(communes)s) %% 10 = 0 THEN 0
                    ELSE 1 + pg_temp.h(g, 2) %% %(communes)s END AS commune
          FROM generate_series(1, %(total)s) g
        """,
        {"communes": communes, "total": communes + schools},
    )
    cr.execute(
        """
        WITH p AS (
            INSERT INTO res_partner (name, complete_name, is_company, active, type,
                                     create_uid, write_uid, create_date, write_date, ref)
            SELECT name, name, true, true, 'contact', 1, 1, now(), now(), 'bench-unit-' || n
              FROM bench_unit ORDER BY n
            RETURNING id, ref)
        SELECT id, ref FROM p
        """
    )
    partner_of = {ref: pid for pid, ref in cr.fetchall()}
    cr.execute("SELECT n, name, short, is_office, commune FROM bench_unit ORDER BY n")
    rows = cr.fetchall()
    company_of = {}
    for n, name, short, is_office, commune in rows:
        parent = main.id if (is_office or not commune) else company_of[commune]
        cr.execute(
            """
            INSERT INTO res_company (name, partner_id, currency_id, parent_id, active,
                                     sequence, layout_background, vn_content_check_by,
                                     vn_deadline_mode, resource_calendar_id, vn_short_name,
                                     create_uid, write_uid, create_date, write_date)
            VALUES (%s, %s, %s, %s, true, 10, 'Blank', 'group_head_or_leader', 'decree', %s,
                    %s, 1, 1, now(), now())
            RETURNING id
            """,
            [name, partner_of[f"bench-unit-{n}"], currency, parent, calendar, short],
        )
        company_of[n] = cr.fetchone()[0]
    cr.execute(
        """
        WITH RECURSIVE tree(id, path) AS (
            SELECT id, id || '/' FROM res_company WHERE parent_id IS NULL
            UNION ALL
            SELECT c.id, tree.path || c.id || '/' FROM res_company c
              JOIN tree ON c.parent_id = tree.id)
        UPDATE res_company c SET parent_path = tree.path FROM tree WHERE tree.id = c.id
        """
    )
    cr.execute(
        "UPDATE res_partner p SET company_id = NULL FROM res_company c WHERE c.partner_id = p.id"
    )
    # registers of every unit (the main company keeps the ones the install made, if any)
    cr.execute(
        """
        INSERT INTO vn_document_register (name, company_id, direction, is_secret, active,
                                          sequence, create_uid, write_uid, create_date,
                                          write_date)
        SELECT d.label, c.id, d.direction, d.secret, true, d.seq, 1, 1, now(), now()
          FROM res_company c,
               (VALUES ('Sổ đăng ký văn bản đến', 'incoming', false, 1),
                       ('Sổ đăng ký văn bản đi', 'outgoing', false, 2),
                       ('Sổ đăng ký văn bản nội bộ', 'internal', false, 3),
                       ('Sổ đăng ký văn bản mật', 'incoming', true, 4)) AS d(label, direction,
                                                                         secret, seq)
         WHERE NOT EXISTS (SELECT 1 FROM vn_document_register r WHERE r.company_id = c.id
                             AND r.direction = d.direction AND r.is_secret = d.secret)
        """
    )
    # the superuser and admin may work in every unit
    cr.execute(
        """
        INSERT INTO res_company_users_rel (cid, user_id)
        SELECT c.id, u.id FROM res_company c, res_users u WHERE u.id IN (1, 2)
        ON CONFLICT DO NOTHING
        """
    )
    env.invalidate_all()
    env.registry.clear_cache()


def gen_employees(cr, env, staff):
    grades = env["vn.grade"].search([("legacy", "=", False)]).ids
    cr.execute("SELECT id FROM res_company ORDER BY id")
    companies = [r[0] for r in cr.fetchall()]
    cr.execute(
        """
        INSERT INTO resource_resource (name, active, resource_type, time_efficiency, tz,
                                       company_id, calendar_id, create_uid, write_uid,
                                       create_date, write_date)
        SELECT 'Bench ' || (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng',
                                  'Bùi'])[1 + pg_temp.h(g, 3) %% 8]
               || ' ' || (ARRAY['Thị', 'Văn', 'Minh', 'Thu', 'Quốc'])[1 + pg_temp.h(g, 4) %% 5]
               || ' ' || (ARRAY['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Lan', 'Nam', 'Trang',
                                'Tuấn', 'Yến'])[1 + pg_temp.h(g, 5) %% 10] || ' ' || g,
               true, 'user', 100, 'Asia/Ho_Chi_Minh',
               (%(companies)s::int[])[1 + pg_temp.h(g, 6) %% array_length(%(companies)s::int[], 1)],
               1, 1, 1, now(), now()
          FROM generate_series(1, %(staff)s) g
        """,
        {"companies": companies, "staff": staff},
    )
    # fresh statistics: planned on the empty tables' figures, the anti-join below rescans
    # hr_employee once per new resource (quadratic: minutes at 150,000 staff)
    cr.execute("ANALYZE resource_resource, hr_employee")
    cr.execute(
        """
        INSERT INTO hr_employee (resource_id, name, company_id, resource_calendar_id, active,
                                 employee_type, marital, distance_home_work_unit, gender,
                                 birthday, identification_id, vn_work_state, vn_staff_category,
                                 vn_hometown, vn_grade_id, vn_salary_step, vn_step_date,
                                 create_uid, write_uid, create_date, write_date)
        SELECT r.id, r.name, r.company_id, 1, true, 'employee', 'married', 'kilometers',
               CASE WHEN pg_temp.h(r.id, 7) %% 10 < 7 THEN 'female' ELSE 'male' END,
               date '1964-01-01' + (pg_temp.h(r.id, 8) %% 13500)::int,
               '0' || lpad((pg_temp.h(r.id, 9) %% 96 + 1)::text, 2, '0') || '9'
                   || lpad(r.id::text, 8, '0'),
               'working',
               CASE WHEN pg_temp.h(r.id, 10) %% 20 = 0 THEN 'civil_servant'
                    ELSE 'public_employee' END,
               CASE WHEN pg_temp.h(r.id, 11) %% 4 = 0 THEN NULL ELSE 'Hưng Yên' END,
               (%(grades)s::int[])[1 + pg_temp.h(r.id, 12) %% array_length(%(grades)s::int[], 1)],
               1 + pg_temp.h(r.id, 13) %% 6,
               date '2021-01-01' + (pg_temp.h(r.id, 14) %% 2000)::int,
               1, 1, now(), now()
          FROM resource_resource r
         WHERE r.name LIKE 'Bench %%' AND r.resource_type = 'user'
           AND NOT EXISTS (SELECT 1 FROM hr_employee e WHERE e.resource_id = r.id)
        """,
        {"grades": grades},
    )
    cr.execute(
        """
        UPDATE hr_employee e SET vn_salary_step = LEAST(e.vn_salary_step, g.step_count),
                                 vn_pay_group_id = g.id
          FROM vn_grade gr JOIN vn_pay_group g ON g.id = gr.pay_group_id
         WHERE gr.id = e.vn_grade_id
        """
    )
    # about ten history lines a person: 3 salary, 1 training, 3 work, 1 family, 2 awards
    cr.execute(
        """
        INSERT INTO vn_salary_history (employee_id, company_id, date, grade_id, step,
                                       coefficient, over_ceiling_percent, postponed_months,
                                       early_months, decision_number, create_uid, write_uid,
                                       create_date, write_date)
        SELECT e.id, e.company_id, e.vn_step_date - (s * 3) * interval '1 year',
               e.vn_grade_id, GREATEST(1, e.vn_salary_step - s), st.coefficient, 0, 0, 0,
               (100 + s) || '/QĐ-UBND', 1, 1, now(), now()
          FROM hr_employee e
          JOIN vn_pay_group_step st ON st.pay_group_id = e.vn_pay_group_id,
               generate_series(0, 2) s
         WHERE e.name LIKE 'Bench %%' AND st.step = GREATEST(1, e.vn_salary_step - s)
        """
    )
    for table, cols, values, n in [
        (
            "vn_training",
            "school, major, date_from, date_to, form",
            "'Trường Đại học Sư phạm', 'Sư phạm', date '2005-09-01', date '2009-06-30',"
            " 'full_time'",
            1,
        ),
        ("vn_work_history", "name, date_from", "'Giáo viên', date '2010-09-01' + s * 1000", 3),
        (
            "vn_family_member",
            "side, relation, name, birth_year",
            "'self', 'father', 'Cha', 1950",
            1,
        ),
        ("vn_reward", "name, level, level_rank, year", "'Giấy khen', 'unit', 0, 2020 + s", 2),
    ]:
        cr.execute(
            f"""
            INSERT INTO {table} (employee_id, company_id, {cols}, create_uid, write_uid,
                                 create_date, write_date)
            SELECT e.id, e.company_id, {values}, 1, 1, now(), now()
              FROM hr_employee e, generate_series(1, {n}) s
             WHERE e.name LIKE 'Bench %%'
            """
        )
    cr.execute("ANALYZE")


def gen_pay_fields(cr, env):
    """The stored pay and retirement fields, computed by the suite's own rules once."""
    env.invalidate_all()
    n = env["hr.employee"]._vn_recompute_pay_rules()
    employees = env["hr.employee"].search([("name", "like", "Bench %")])
    for fname in ("vn_completeness", "vn_birth_name", "vn_highest_reward_id"):
        if fname in employees._fields and employees._fields[fname].store:
            env.add_to_compute(employees._fields[fname], employees)
    employees.flush_recordset()
    print(f"  pay rules recomputed on {n} employees", flush=True)


def _group_closure(env, xmlids):
    groups = env["res.groups"]
    for xmlid in xmlids:
        groups |= env.ref(xmlid)
    return (groups | groups.trans_implied_ids).ids


def gen_users(cr, env, share):
    roles = {
        "teacher": [
            "base.group_user",
            "hr_vn_civil_servant.group_employee",
            "documents_vn_office.group_user",
        ],
        "records": ["base.group_user", "hr_vn_civil_servant.group_records_officer"],
        "clerk": ["base.group_user", "documents_vn_office.group_clerk"],
        "head": [
            "base.group_user",
            "hr_vn_civil_servant.group_unit_head",
            "documents_vn_office.group_leader",
        ],
        "hr": [
            "base.group_user",
            "hr_vn_civil_servant.group_hr_office",
            "documents_vn_office.group_leader",
        ],
    }
    closures = {role: _group_closure(env, xmlids) for role, xmlids in roles.items()}
    # who gets an account: a share of the teachers, and per unit the first employees as
    # records officer, clerk and head; per managing body (offices and the Sở) one HR office
    cr.execute(
        """
        CREATE TEMP TABLE bench_account AS
        WITH ranked AS (
            SELECT e.id AS employee_id, e.company_id, e.name,
                   row_number() OVER (PARTITION BY e.company_id ORDER BY e.id) AS rank,
                   EXISTS (SELECT 1 FROM res_company k WHERE k.parent_id = e.company_id)
                       AS is_body
              FROM hr_employee e
             WHERE e.name LIKE 'Bench %%' AND e.user_id IS NULL)
        SELECT employee_id, company_id, name,
               CASE WHEN rank = 1 THEN 'head' WHEN rank = 2 THEN 'records'
                    WHEN rank = 3 THEN 'clerk' WHEN rank = 4 AND is_body THEN 'hr'
                    ELSE 'teacher' END AS role
          FROM ranked
         WHERE rank <= 4 OR pg_temp.h(employee_id, 20) %% 10000 < %(share)s * 10000
        """,
        {"share": share},
    )
    cr.execute(
        """
        ALTER TABLE bench_account ADD COLUMN partner_id int, ADD COLUMN user_id int;
        UPDATE bench_account SET partner_id = nextval('res_partner_id_seq'),
                                 user_id = nextval('res_users_id_seq');
        INSERT INTO res_partner (id, name, complete_name, company_id, active, type,
                                 is_company, email, lang, tz, create_uid, write_uid,
                                 create_date, write_date)
        SELECT partner_id, name, name, company_id, true, 'contact', false,
               'bench' || employee_id || '@example.com', 'vi_VN', 'Asia/Ho_Chi_Minh',
               1, 1, now(), now()
          FROM bench_account;
        INSERT INTO res_users (id, login, partner_id, company_id, active, share,
                               notification_type, create_uid, write_uid, create_date,
                               write_date)
        SELECT user_id, 'bench' || employee_id, partner_id, company_id, true, false, 'inbox',
               1, 1, now(), now()
          FROM bench_account;
        INSERT INTO res_company_users_rel (cid, user_id)
        SELECT company_id, user_id FROM bench_account;
        UPDATE hr_employee e SET user_id = a.user_id, work_contact_id = a.partner_id
          FROM bench_account a WHERE a.employee_id = e.id;
        """
    )
    # a managing body's HR office works in the body and every unit under it
    cr.execute(
        """
        INSERT INTO res_company_users_rel (cid, user_id)
        SELECT c.id, a.user_id
          FROM bench_account a
          JOIN res_company b ON b.id = a.company_id
          JOIN res_company c ON c.parent_path LIKE b.parent_path || '%%' AND c.id != b.id
         WHERE a.role = 'hr'
        ON CONFLICT DO NOTHING
        """
    )
    for role, gids in closures.items():
        cr.execute(
            """
            INSERT INTO res_groups_users_rel (gid, uid)
            SELECT g, a.user_id FROM bench_account a, unnest(%s::int[]) g WHERE a.role = %s
            ON CONFLICT DO NOTHING
            """,
            [gids, role],
        )
    # register keepers: the clerk of each unit keeps its registers
    cr.execute(
        """
        INSERT INTO vn_document_register_keeper_rel (register_id, user_id)
        SELECT r.id, a.user_id FROM bench_account a
          JOIN vn_document_register r ON r.company_id = a.company_id
         WHERE a.role = 'clerk'
        ON CONFLICT DO NOTHING
        """
    )
    cr.execute("SELECT role, count(*) FROM bench_account GROUP BY role ORDER BY role")
    print("  accounts:", ", ".join(f"{r} {n}" for r, n in cr.fetchall()), flush=True)
    env.invalidate_all()
    env.registry.clear_cache()


def gen_change_requests(cr, env):
    cr.execute(
        """
        INSERT INTO vn_profile_change_request (employee_id, company_id, state, create_uid,
                                               write_uid, create_date, write_date)
        SELECT e.id, e.company_id,
               (ARRAY['draft', 'submitted', 'unit_approved', 'approved', 'approved',
                      'rejected'])[1 + pg_temp.h(e.id, 30) % 6],
               1, 1, now() - (pg_temp.h(e.id, 31) % 700) * interval '1 day', now()
          FROM hr_employee e
         WHERE e.name LIKE 'Bench %' AND pg_temp.h(e.id, 32) % 5 = 0
        """
    )


def gen_documents(cr, env, total, years):
    last_year = 2026
    first_year = last_year - years + 1
    cr.execute("SELECT count(*) FROM res_company")
    n_units = cr.fetchone()[0]
    per = {  # documents per unit and year, by kind (6 : 3 : 1)
        "incoming": max(1, total * 6 // 10 // (n_units * years)),
        "outgoing": max(1, total * 3 // 10 // (n_units * years)),
        "internal": max(1, total // 10 // (n_units * years)),
    }
    subject = """
        (ARRAY['Về việc tổ chức', 'Kế hoạch triển khai', 'Hướng dẫn thực hiện',
               'Báo cáo kết quả', 'Thông báo lịch', 'Đề nghị phê duyệt'])[1 + pg_temp.h(k, 41) %% 6]
        || ' ' || (ARRAY['kỳ thi học sinh giỏi', 'bồi dưỡng giáo viên', 'chuyển đổi số',
               'an toàn trường học', 'tuyển sinh lớp 10', 'kiểm định chất lượng',
               'công tác thi đua', 'phòng chống thiên tai'])[1 + pg_temp.h(k, 42) %% 8]
        || ' năm ' || y || ' mã ' || u.short || '-' || k
    """
    units = "(SELECT c.id, c.vn_short_name AS short FROM res_company c) u"
    tables = {
        "incoming": f"""
            INSERT INTO vn_incoming_document
                (company_id, register_id, subject, original_number, author_name,
                 arrival_date, document_date, number_year, arrival_number, state, urgency,
                 secrecy, medium, deadline, create_uid, write_uid, create_date, write_date)
            SELECT u.id, r.id, {subject}, k || '/SGDĐT-VP',
                   (ARRAY['Bộ Giáo dục và Đào tạo', 'Ủy ban nhân dân tỉnh', 'Sở Nội vụ',
                          'Sở Giáo dục và Đào tạo'])[1 + pg_temp.h(k, 43) %% 4],
                   make_date(y, 1, 1) + (k * 360 / %(per)s)::int,
                   make_date(y, 1, 1) + (k * 360 / %(per)s)::int - 2, y, k,
                   CASE WHEN y < {last_year} THEN 'filed'
                        ELSE (ARRAY['draft', 'registered', 'to_direct', 'in_progress',
                                    'done', 'filed'])[1 + pg_temp.h(k + u.id, 44) %% 6] END,
                   CASE WHEN pg_temp.h(k, 45) %% 20 = 0 THEN 'urgent' ELSE 'normal' END,
                   'normal', 'electronic',
                   make_date(y, 1, 1) + (k * 360 / %(per)s)::int + 10,
                   1, 1, now(), now()
              FROM {units}
              JOIN vn_document_register r ON r.company_id = u.id AND r.direction = 'incoming'
                   AND NOT r.is_secret,
                   generate_series(%(y0)s, %(y1)s) y, generate_series(1, %(per)s) k
        """,
        "outgoing": f"""
            INSERT INTO vn_outgoing_document
                (company_id, register_id, subject, name, number, number_year, document_date,
                 state, urgency, secrecy, signing_authority, create_uid, write_uid,
                 create_date, write_date)
            SELECT u.id, r.id, {subject}, k || '/' || u.short, k, y,
                   make_date(y, 1, 1) + (k * 360 / %(per)s)::int,
                   CASE WHEN y < {last_year} THEN 'filed'
                        ELSE (ARRAY['issued', 'filed'])[1 + pg_temp.h(k + u.id, 46) %% 2] END,
                   'normal', 'normal', 'none', 1, 1, now(), now()
              FROM {units}
              JOIN vn_document_register r ON r.company_id = u.id AND r.direction = 'outgoing'
                   AND NOT r.is_secret,
                   generate_series(%(y0)s, %(y1)s) y, generate_series(1, %(per)s) k
        """,
        "internal": f"""
            INSERT INTO vn_internal_document
                (company_id, register_id, subject, number_year, document_date, state, urgency,
                 secrecy, create_uid, write_uid, create_date, write_date)
            SELECT u.id, r.id, {subject}, y, make_date(y, 1, 1) + (k * 360 / %(per)s)::int,
                   CASE WHEN y < {last_year} THEN 'filed'
                        ELSE (ARRAY['draft', 'submitted', 'approved', 'filed'])
                             [1 + pg_temp.h(k + u.id, 47) %% 4] END,
                   'normal', 'normal', 1, 1, now(), now()
              FROM {units}
              JOIN vn_document_register r ON r.company_id = u.id AND r.direction = 'internal'
                   AND NOT r.is_secret,
                   generate_series(%(y0)s, %(y1)s) y, generate_series(1, %(per)s) k
        """,
    }
    for kind, query in tables.items():
        t0 = time.time()
        # one year per statement keeps each batch under about a million rows
        for y in range(first_year, last_year + 1):
            cr.execute(query, {"per": per[kind], "y0": y, "y1": y})
            cr.commit()
        print(f"  {kind}: {per[kind]} a unit and year, {time.time() - t0:.1f} s", flush=True)
    # an assignment for each incoming document being handled or done: the unit's head leads
    cr.execute(
        """
        INSERT INTO vn_incoming_assignment (incoming_id, role, state, user_id, deadline,
                                            create_uid, write_uid, create_date, write_date)
        SELECT d.id, 'lead', CASE WHEN d.state = 'in_progress' THEN 'in_progress' ELSE 'done' END,
               a.user_id, d.deadline, 1, 1, now(), now()
          FROM vn_incoming_document d
          JOIN bench_head h ON h.company_id = d.company_id
          JOIN LATERAL (SELECT h.user_id) a ON true
         WHERE d.state IN ('in_progress', 'done', 'filed')
        """
    )
    cr.execute("ANALYZE")


def heads(cr):
    cr.execute(
        """
        CREATE TEMP TABLE IF NOT EXISTS bench_head AS
        SELECT DISTINCT ON (e.company_id) e.company_id, e.user_id
          FROM hr_employee e JOIN res_groups_users_rel r ON r.uid = e.user_id
         WHERE r.gid = (SELECT res_id FROM ir_model_data WHERE module = 'hr_vn_civil_servant'
                          AND name = 'group_unit_head')
         ORDER BY e.company_id, e.id
        """
    )


def counts(cr):
    out = {}
    for table in (
        "res_company",
        "hr_employee",
        "res_users",
        "vn_salary_history",
        "vn_work_history",
        "vn_profile_change_request",
        "vn_incoming_document",
        "vn_outgoing_document",
        "vn_internal_document",
        "vn_incoming_assignment",
    ):
        cr.execute(f"SELECT count(*) FROM {table}")
        out[table] = cr.fetchone()[0]
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="vn_province")
    parser.add_argument("--staff", type=int, default=150_000)
    parser.add_argument("--units", type=int, default=2_500)
    parser.add_argument("--documents", type=int, default=5_000_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--user-share", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    path = addons_path()
    ensure_db(args.db, path, MODULES)
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
    t0 = time.time()
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"lang": "en_US"})
        sql_functions(cr, args.seed)
        stage(cr, "units and registers", gen_units, env, args.units)
        stage(cr, "employees and history lines", gen_employees, env, args.staff)
        stage(cr, "stored pay fields", gen_pay_fields, env)
        stage(cr, "users", gen_users, env, args.user_share)
        stage(cr, "change requests", gen_change_requests, env)
        heads(cr)
        stage(cr, "documents and assignments", gen_documents, env, args.documents, args.years)
        figures = counts(cr)
    print(f"\nprovince in {args.db} ({time.time() - t0:.0f} s this run):")
    for table, n in figures.items():
        print(f"  {table:<28} {n:>10,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
