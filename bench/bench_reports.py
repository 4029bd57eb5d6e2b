#!/usr/bin/env python3
"""Benchmark of the vn_reports PDFs and statistics.

    python3 bench/bench_reports.py --db h5_bench [--staff 20000] [--documents 1000]

Creates the database with the three modules and demo data when it does not exist, adds
``--staff`` employees and ``--documents`` registered incoming documents with plain SQL
(fast, idempotent: a second run reuses them), then times:

* one curriculum vitae (Mẫu 2C-BNV/2008) rendered to PDF (target < 2 s);
* a Sổ đăng ký văn bản đến of ``--documents`` rows (target < 20 s);
* the staff statistics matrix (BM01-VC/BNV) and its PDF over all the staff (target: seconds).
"""

import argparse
import os
import time

from benchlib import (
    REPO,
    addons_path,
    ensure_db,
)

MODULES = "hr_vn_civil_servant,documents_vn_office,vn_reports"
BENCH_TAG = "BENCH"


def generate_staff(env, count):
    """``count`` employees spread over the schools of the Sở, through SQL in one go."""
    cr = env.cr
    cr.execute("SELECT count(*) FROM hr_employee WHERE name LIKE %s", [f"{BENCH_TAG} %"])
    have = cr.fetchone()[0]
    if have >= count:
        return have
    missing = count - have
    sgd = env.ref("base.main_company")
    units = env["res.company"].search([("id", "child_of", sgd.id)]).ids
    grades = env["vn.grade"].search([]).ids or [None]
    levels = env["vn.education.level"].search([("kind", "=", "professional")]).ids or [None]
    ethnicities = env["vn.ethnicity"].search([]).ids or [None]
    cr.execute(
        """
        WITH res AS (
            INSERT INTO resource_resource (name, resource_type, tz, time_efficiency, active,
                                           company_id, create_date, write_date)
            SELECT %(tag)s || ' ' || g, 'user', 'Asia/Ho_Chi_Minh', 100, true,
                   (%(units)s)[1 + g %% array_length(%(units)s, 1)], now(), now()
              FROM generate_series(%(start)s, %(stop)s) g
            RETURNING id, name, company_id
        )
        INSERT INTO hr_employee (resource_id, name, company_id, active, marital,
                                 distance_home_work_unit, employee_type, vn_work_state,
                                 vn_staff_category, gender, birthday, vn_party_join_date,
                                 vn_ethnicity_id, vn_grade_id, vn_professional_level_id,
                                 vn_completeness, vn_retirement_date, create_date, write_date)
        SELECT res.id, res.name, res.company_id, true, 'single', 'kilometers', 'employee',
               'working',
               CASE WHEN n %% 10 = 0 THEN 'civil_servant' ELSE 'public_employee' END,
               CASE WHEN n %% 3 = 0 THEN 'male' ELSE 'female' END,
               DATE '1966-01-01' + (n * 7 %% 14000),
               CASE WHEN n %% 4 = 0 THEN DATE '2010-05-19' END,
               (%(eth)s)[1 + n %% array_length(%(eth)s, 1)],
               (%(grades)s)[1 + n %% array_length(%(grades)s, 1)],
               (%(levels)s)[1 + n %% array_length(%(levels)s, 1)],
               n %% 101,
               DATE '2026-01-31' + (n * 7 %% 14000),
               now(), now()
          FROM (SELECT res.*, split_part(res.name, ' ', 2)::int AS n FROM res) res
        """,
        {
            "tag": BENCH_TAG,
            "units": units,
            "start": have + 1,
            "stop": have + missing,
            "eth": ethnicities,
            "grades": grades,
            "levels": levels,
        },
    )
    env.invalidate_all()
    return count


def generate_documents(env, count):
    """A register of the THPT school with ``count`` registered incoming documents."""
    thpt = env.ref("hr_vn_civil_servant.company_thpt_nguyen_trai")
    Register = env["vn.document.register"]
    register = Register.search([("name", "=", f"{BENCH_TAG} sổ đến")], limit=1)
    if not register:
        register = Register.create(
            {"name": f"{BENCH_TAG} sổ đến", "company_id": thpt.id, "direction": "incoming",
             "book_number": "1"}
        )  # fmt: skip
    cr = env.cr
    cr.execute("SELECT count(*) FROM vn_incoming_document WHERE register_id = %s", [register.id])
    have = cr.fetchone()[0]
    doc_type = env["vn.document.type"].search([], limit=1)
    if have < count:
        cr.execute(
            """
            INSERT INTO vn_incoming_document (company_id, register_id, subject, urgency, secrecy,
                state, medium, arrival_date, document_date, arrival_number, number_year,
                original_number, author_name, type_id, recipient_text, create_date, write_date)
            SELECT %(company)s, %(register)s,
                   'Về việc triển khai nhiệm vụ năm học, văn bản số ' || g,
                   'normal', 'normal', 'registered', 'paper',
                   DATE '2026-01-02' + (g * 300 / %(count)s),
                   DATE '2026-01-01' + (g * 300 / %(count)s),
                   g, 2026, g || '/SGDĐT-VP', 'Sở Giáo dục và Đào tạo tỉnh Hưng Yên',
                   %(type)s, 'Tổ Toán - Tin', now(), now()
              FROM generate_series(%(start)s, %(stop)s) g
            """,
            {"company": thpt.id, "register": register.id, "start": have + 1, "stop": count,
             "count": count, "type": doc_type.id or None},
        )  # fmt: skip
        env.invalidate_all()
    return register


def pdf_pages(pdf):
    import io

    from PyPDF2 import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def timed(label, func, target=None):
    start = time.perf_counter()
    result = func()
    elapsed = time.perf_counter() - start
    verdict = "" if target is None else (" OK" if elapsed < target else f" SLOW (> {target} s)")
    print(f"{label:<55} {elapsed:7.2f} s{verdict}", flush=True)
    return result, elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="h5_bench")
    parser.add_argument("--staff", type=int, default=20000)
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()

    paths = addons_path()
    data_dir = os.environ.get("ODOO_DATA_DIR", os.path.join(REPO, ".odoo-data"))
    ensure_db(args.db, paths, MODULES, demo=True)

    import odoo
    from odoo import SUPERUSER_ID, api
    from odoo.tools import config

    config.parse_config(
        [f"--addons-path={paths}", f"--data-dir={data_dir}", "-d", args.db, "--log-level=warn"]
    )
    registry = odoo.modules.registry.Registry(args.db)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {"lang": "vi_VN"})
        _n, _t = timed(
            f"generate {args.staff} staff (SQL)", lambda: generate_staff(env, args.staff)
        )
        register, _t = timed(
            f"generate {args.documents} incoming documents (SQL)",
            lambda: generate_documents(env, args.documents),
        )
        cr.commit()

        Report = env["ir.actions.report"]
        employee = env.ref("hr_vn_civil_servant.employee_thpt_gv")
        pdf, _t = timed(
            "one CV (Mẫu 2C-BNV/2008), PDF",
            lambda: Report._render_qweb_pdf("vn_reports.action_report_employee_2c", employee.ids)[
                0
            ],
            target=2,
        )
        print(f"    {len(pdf)} bytes, {pdf_pages(pdf)} pages")
        data = {"register_id": register.id, "date_from": "2026-01-01", "date_to": "2026-12-31"}
        pdf, _t = timed(
            f"register of {args.documents} rows (Sổ đăng ký văn bản đến), PDF",
            lambda: Report._render_qweb_pdf(
                "vn_reports.action_report_incoming_register", [], data=data
            )[0],
            target=20,
        )
        print(f"    {len(pdf)} bytes, {pdf_pages(pdf)} pages")
        if os.environ.get("BENCH_OUT"):
            with open(os.environ["BENCH_OUT"], "wb") as out:
                out.write(pdf)
        sgd = env.ref("base.main_company")
        staff = env["hr.employee"].search_count([("company_id", "child_of", sgd.id)])
        stats = env["report.vn_reports.report_staff_statistics"]
        matrix, _t = timed(
            f"statistics matrix over {staff} staff (grouped SQL)",
            lambda: stats._vn_statistics_matrix(sgd, "bm01_vc", "2026-11-21"),
            target=10,
        )
        print(f"    total BM01-VC/BNV: {matrix['totals'][0]}")
        sdata = {"company_id": sgd.id, "form": "bm01_vc", "report_date": "2026-11-21"}
        timed(
            "statistics PDF (BM01-VC/BNV)",
            lambda: Report._render_qweb_pdf(
                "vn_reports.action_report_staff_statistics", sgd.ids, data=sdata
            )[0],
            target=10,
        )
        timed(
            "statistics Excel (BM01-VC/BNV)",
            lambda: Report._render(
                "vn_reports.action_report_staff_statistics_xlsx", sgd.ids, sdata
            ),
            target=10,
        )
        cr.rollback()


if __name__ == "__main__":
    main()
