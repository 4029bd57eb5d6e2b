#!/usr/bin/env python3
"""Benchmark of the monthly timesheet and of the votes (documents_vn_office, vn_reports).

    python3 bench/bench_office.py --db vn_bench_office [--staff 300]

On a database where the suite is installed, in one transaction rolled back at the end
(nothing is left): a school with ``--staff`` users and employees; the clerk prepares its
monthly timesheet (one line per employee); the Bảng chấm công is printed (PDF,
wkhtmltopdf) and exported (Excel); a secret vote is opened to the school, every member
votes once as himself (participation and ballot rows written apart), it is closed and a
leader reads the counts. Every figure is printed.
"""

import argparse
import subprocess
import sys
from pathlib import Path

from benchlib import addons_path, db_exists

SCRIPT = r"""
import time
from datetime import timedelta
from odoo import fields
from odoo.addons.hr_vn_civil_servant.tests.common import make_user
env = env(context=dict(env.context, lang="en_US", tracking_disable=True))
N = %(staff)d
C = env["res.company"].create({"name": "Bench school"})
clerk = make_user(env, "bench.clerk", C, ["documents_vn_office.group_clerk"])
leader = make_user(env, "bench.leader", C, ["documents_vn_office.group_leader"])
users = env["res.users"].with_context(no_reset_password=True).create([
    {"name": f"GV {i}", "login": f"bench.gv{i}", "company_id": C.id,
     "company_ids": [(6, 0, C.ids)]} for i in range(N)])
env["hr.employee"].create([{"name": u.name, "user_id": u.id, "company_id": C.id} for u in users])
env.flush_all()
t = time.time()
sheet = env(user=clerk)["vn.timesheet.month"].create({"company_id": C.id, "month": 3, "year": 2026})
sheet.action_generate_lines()
env.flush_all()
print("timesheet: %%d lines prepared in %%.2f s" %% (len(sheet.line_ids), time.time() - t))
Report = env["ir.actions.report"].with_context(force_report_rendering=True)
t = time.time()
pdf, _ = Report._render_qweb_pdf("vn_reports.action_report_timesheet_month", sheet.ids)
print("timesheet PDF: %%.2f s, %%d KB" %% (time.time() - t, len(pdf) // 1024))
t = time.time()
Report._render("vn_reports.action_report_timesheet_month_xlsx", sheet.ids)
print("timesheet Excel: %%.2f s" %% (time.time() - t))
vote = env(user=leader)["vn.vote"].create({
    "name": "bench", "deadline": fields.Datetime.now() + timedelta(days=1),
    "audience_company_ids": [(6, 0, C.ids)],
    "option_ids": [(0, 0, {"name": "A"}), (0, 0, {"name": "B"})]})
t = time.time()
vote.action_open()
env.flush_all()
print("vote opened to %%d voters in %%.2f s" %% (len(vote.voter_ids), time.time() - t))
options = vote.option_ids.ids
t = time.time()
for i, user in enumerate(users):
    vote.with_user(user).action_vote([options[i %% 2]])
env.flush_all()
spent = time.time() - t
print("%%d votes cast in %%.2f s (%%.1f ms each)" %% (N, spent, spent * 1000 / N))
vote.action_close()
t = time.time()
counts = [o.vote_count for o in vote.with_user(leader).option_ids]
print("counts %%s read in %%.3f s" %% (counts, time.time() - t))
env.cr.rollback()
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--staff", type=int, default=300)
    args = parser.parse_args()
    if not db_exists(args.db):
        sys.exit(f"database {args.db} does not exist: install the suite first")
    root = Path(__file__).resolve().parent.parent
    cmd = [
        sys.executable,
        "-m",
        "odoo",
        "shell",
        f"--addons-path={addons_path()}",
        f"--data-dir={root / '.odoo-data'}",
        "-d",
        args.db,
        "--no-http",
        "--log-level=error",
    ]
    out = subprocess.run(
        cmd, input=SCRIPT % {"staff": args.staff}, capture_output=True, text=True, check=False
    )
    for line in out.stdout.splitlines():
        if line and not line.startswith(("Exit with", " ")):
            print(line)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr[-2000:])


if __name__ == "__main__":
    main()
