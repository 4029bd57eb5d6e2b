"""Lists of the HR office: staff due for a regular step raise, staff reaching retirement
age, staff list with salary, semi-annual report on electronic records management."""

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

LIST_TYPES = [
    ("step_raise", "Staff Due for a Regular Step Raise"),
    ("retirement", "Staff Reaching Retirement Age"),
    ("salary", "Staff List with Salary"),
    ("records", "Electronic Records Management (Semi-annual)"),
]
TITLES = {
    "step_raise": "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC ĐẾN HẠN NÂNG BẬC LƯƠNG THƯỜNG XUYÊN",
    "retirement": "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC ĐẾN TUỔI NGHỈ HƯU",
    "salary": "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ TIỀN LƯƠNG",
    "records": "BÁO CÁO TÌNH HÌNH QUẢN LÝ HỒ SƠ ĐIỆN TỬ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC",
}
# History lines whose changes count as updates of the electronic record.
HISTORY_FIELDS = (
    "vn_training_ids",
    "vn_work_history_ids",
    "vn_family_ids",
    "vn_salary_history_ids",
    "vn_reward_ids",
    "vn_discipline_ids",
    "vn_evaluation_ids",
)
#: Months between the retirement notice and the retirement date.
RETIREMENT_NOTICE_MONTHS = 6


class ReportHrList(models.AbstractModel):
    _name = "report.vn_reports.report_hr_list"
    _inherit = "vn.report.format"
    _description = "Report: HR Office Lists"

    @api.model
    def _vn_notice_date(self, retirement_date):
        """Latest date of the written retirement notice: 6 months before the retirement
        date (thông báo nghỉ hưu, Nghị định 115/2020/NĐ-CP as amended by Nghị định
        85/2023/NĐ-CP for viên chức, Nghị định 170/2025/NĐ-CP, which replaced Nghị định
        138/2020/NĐ-CP, for công chức [R: the notice article of NĐ 170/2025 not seen];
        the retirement date itself comes from
        hr_vn_civil_servant, Nghị định 135/2020/NĐ-CP)."""
        if not retirement_date:
            return False
        return retirement_date - relativedelta(months=RETIREMENT_NOTICE_MONTHS)

    @api.model
    def _vn_regime_note(self, employee):
        """The recorded retirement regime that moved the date (Luật Nhà giáo 73/2025/QH15
        Điều 26–27, Nghị định 135/2020/NĐ-CP Điều 5): its name, years, decision and the
        normal date, so that the list shows both dates."""
        regime = employee.vn_retirement_regime_id
        if not regime:
            return ""
        shift = f"{regime.years} năm" + (f" {regime.months} tháng" if regime.months else "")
        decision = f", {regime.decision_number}" if regime.decision_number else ""
        normal = self._vn_date(employee.vn_retirement_date_normal)
        return f"{regime.type_id.name}: {shift}{decision}; điều kiện bình thường: {normal}"

    @api.model
    def _vn_employees(self, company, extra, order):
        units = self.env["res.company"].search([("id", "child_of", company.id)])
        domain = [("company_id", "in", units.ids), ("vn_work_state", "=", "working")] + extra
        return self.env["hr.employee"].search(domain, order=order)

    @api.model
    def _vn_step_raise(self, company, date_from, date_to):
        """Staff due for a regular step raise in the period: the rule of the step-raise
        batches and of the staff list's filter "Step Raise Due in 90 Days"
        (``hr.employee._vn_raise_due_domain``), so the screen and the print agree."""
        Employee = self.env["hr.employee"]
        staff = Employee.search(
            Employee._vn_raise_due_domain(company, "vn_next_step_date", date_from, date_to),
            order="vn_next_step_date, name",
        )
        columns = [
            "STT", "Họ và tên", "Ngày sinh", "Đơn vị", "Mã ngạch", "Bậc hiện hưởng",
            "Hệ số hiện hưởng", "Ngày hưởng", "Bậc mới", "Hệ số mới", "Ngày nâng bậc",
        ]  # fmt: skip
        rows = []
        for index, emp in enumerate(staff, start=1):
            new_step = (emp.vn_salary_step or 0) + 1
            new_coefficient = (
                emp.vn_pay_group_id._coefficient(new_step) if emp.vn_pay_group_id else 0
            )
            rows.append([
                index, emp.name, self._vn_date(emp.birthday), emp.company_id.name,
                emp.vn_grade_id.code or "", emp.vn_salary_step or "",
                self._vn_number(emp.vn_salary_coefficient) if emp.vn_salary_coefficient else "",
                self._vn_date(emp.vn_step_date), new_step,
                self._vn_number(new_coefficient) if new_coefficient else "",
                self._vn_date(emp.vn_next_step_date),
            ])  # fmt: skip
        return columns, rows, None, staff

    @api.model
    def _vn_retirement(self, company, date_from, date_to):
        staff = self._vn_employees(
            company,
            [("vn_retirement_date", ">=", date_from), ("vn_retirement_date", "<=", date_to)],
            "vn_retirement_date, name",
        )
        columns = [
            "STT", "Họ và tên", "Giới tính", "Ngày sinh", "Đơn vị", "Chức vụ, chức danh",
            "Ngày nghỉ hưu", "Hạn thông báo nghỉ hưu (trước 06 tháng)", "Ghi chú",
        ]  # fmt: skip
        gender = {"male": "Nam", "female": "Nữ"}
        rows = [
            [
                index, emp.name, gender.get(emp.gender, ""), self._vn_date(emp.birthday),
                emp.company_id.name, emp.vn_position_id.name or emp.job_title or "",
                self._vn_date(emp.vn_retirement_date),
                self._vn_date(self._vn_notice_date(emp.vn_retirement_date)),
                self._vn_regime_note(emp),
            ]
            for index, emp in enumerate(staff, start=1)
        ]  # fmt: skip
        # Section "cannot compute": no birthday or no sex (empty/other) gives no retirement
        # date (Nghị định 135/2020/NĐ-CP Điều 4 has a men's and a women's table only); those
        # people are listed, whatever the period, so the record gets completed.
        unknown = self._vn_employees(company, [("vn_retirement_date", "=", False)], "name")
        if unknown:
            rows.append(
                ["", "Không tính được ngày nghỉ hưu (thiếu ngày sinh hoặc giới tính)"]
                + [""] * (len(columns) - 2)
            )
            for index, emp in enumerate(unknown, start=len(staff) + 1):
                rows.append([
                    index, emp.name, gender.get(emp.gender, ""), self._vn_date(emp.birthday),
                    emp.company_id.name, emp.vn_position_id.name or emp.job_title or "",
                    "Không tính được", "", "",
                ])  # fmt: skip
        return columns, rows, None, staff | unknown

    @api.model
    def _vn_salary(self, company, date_from, date_to):
        """Salary at the base salary in force on the end of the period."""
        base = self.env["vn.base.salary"]._amount_on(date_to)
        staff = self._vn_employees(company, [], "company_id, name")
        columns = [
            "STT", "Họ và tên", "Đơn vị", "Mã ngạch", "Bậc", "Hệ số lương", "Phụ cấp chức vụ",
            "Vượt khung (%)", "Lương cơ sở", "Thành tiền (đồng/tháng)",
        ]  # fmt: skip
        rows = []
        total = 0
        for index, emp in enumerate(staff, start=1):
            amount = emp._vn_monthly_salary_on(date_to, base_salary=base)
            total += amount
            # the allowance valid on the end of the period; an unverified value is marked
            allowance, _row, placeholder = emp.vn_position_id._vn_allowance_on(
                emp.company_id, date_to
            )
            allowance_cell = self._vn_number(allowance) if allowance else ""
            if allowance_cell and placeholder:
                allowance_cell += " (chưa xác minh)"
            rows.append([
                index, emp.name, emp.company_id.name, emp.vn_grade_id.code or "",
                emp.vn_salary_step or "",
                self._vn_number(emp.vn_salary_coefficient) if emp.vn_salary_coefficient else "",
                allowance_cell,
                emp.vn_over_ceiling_percent or "", self._vn_amount(base),
                self._vn_amount(amount) if amount else "",
            ])  # fmt: skip
        totals = ["", "Tổng cộng"] + [""] * 7 + [self._vn_amount(total)]
        return columns, rows, totals, staff

    @api.model
    def _vn_records(self, company, date_from, date_to):
        """Per unit: records, complete records, average completeness, records updated in
        the period (the record itself or one of its history lines), all by grouped reads."""
        Employee = self.env["hr.employee"]
        units = self.env["res.company"].search(
            [("id", "child_of", company.id)], order="parent_path, id"
        )
        base = [("company_id", "in", units.ids), ("vn_work_state", "=", "working")]
        start = fields.Datetime.to_datetime(date_from)
        end = fields.Datetime.to_datetime(date_to) + relativedelta(days=1)
        updated_ids = set()
        for fname in HISTORY_FIELDS:
            field = Employee._fields.get(fname)
            if not field:
                continue
            Line = self.env[field.comodel_name]
            groups = Line._read_group(
                [("write_date", ">=", start), ("write_date", "<", end)], ["employee_id"], []
            )
            updated_ids.update(employee.id for (employee,) in groups)
        stats = {
            unit.id: (count, avg)
            for unit, count, avg in Employee._read_group(
                base, ["company_id"], ["__count", "vn_completeness:avg"]
            )
        }
        complete = dict(
            Employee._read_group(
                base + [("vn_completeness", ">=", 100)], ["company_id"], ["__count"]
            )
        )
        updated = dict(
            Employee._read_group(
                base
                + [
                    "|",
                    "&",
                    ("write_date", ">=", start),
                    ("write_date", "<", end),
                    ("id", "in", list(updated_ids)),
                ],
                ["company_id"],
                ["__count"],
            )
        )
        complete = {unit.id: n for unit, n in complete.items()}
        updated = {unit.id: n for unit, n in updated.items()}
        columns = [
            "STT", "Tên đơn vị", "Số hồ sơ", "Số hồ sơ đầy đủ", "Tỷ lệ hồ sơ đầy đủ (%)",
            "Mức độ hoàn thiện bình quân (%)", "Số hồ sơ được cập nhật trong kỳ",
        ]  # fmt: skip
        rows = []
        sums = [0, 0, 0, 0.0]
        for index, unit in enumerate(units, start=1):
            count, avg = stats.get(unit.id, (0, 0.0))
            done = complete.get(unit.id, 0)
            upd = updated.get(unit.id, 0)
            rows.append([
                index, unit.name, count, done,
                self._vn_number(100.0 * done / count, 1) if count else "",
                self._vn_number(avg or 0.0, 1) if count else "", upd,
            ])  # fmt: skip
            sums[0] += count
            sums[1] += done
            sums[2] += upd
            sums[3] += (avg or 0.0) * count
        totals = [
            "", "Tổng cộng", sums[0], sums[1],
            self._vn_number(100.0 * sums[1] / sums[0], 1) if sums[0] else "",
            self._vn_number(sums[3] / sums[0], 1) if sums[0] else "", sums[2],
        ]  # fmt: skip
        return columns, rows, totals, Employee.search(base)

    @api.model
    def _vn_list(self, data, report_name="vn_reports.report_hr_list"):
        """The prepared list shared by the PDF and the Excel file. Printing it is an
        export of the listed staff's data (checked and logged before it is returned)."""
        if not self.env.user.has_group("hr.group_hr_user"):
            raise AccessError(_("Only the HR officers print the personnel lists."))
        list_type = data.get("list_type")
        if list_type not in TITLES:
            raise UserError(_("Choose which list to print."))
        company = self.env["res.company"].browse(data.get("company_id") or self.env.company.id)
        date_from = fields.Date.to_date(data.get("date_from")) or vn_today(self)
        date_to = fields.Date.to_date(data.get("date_to")) or date_from
        if date_from > date_to:
            raise UserError(_("The start date must be before the end date."))
        columns, rows, totals, staff = getattr(self, f"_vn_{list_type}")(
            company, date_from, date_to
        )
        self._vn_check_personnel_output(staff, report_name)
        subtitle = (
            f"Tính đến ngày {self._vn_date(date_to)}"
            if list_type == "salary"
            else f"Từ ngày {self._vn_date(date_from)} đến ngày {self._vn_date(date_to)}"
        )
        body = rows + ([totals] if totals else [])
        # the browser's automatic table layout gives long texts the wider columns
        weights = [
            min(max([len(str(r[i] or "")) for r in body] + [len(columns[i]) // 2]), 40) + 3
            for i in range(len(columns))
        ]
        widths = [100.0 * w / sum(weights) for w in weights]
        return {
            "company": company,
            "agency": self._vn_agency(company),
            "list_type": list_type,
            "pages": self._vn_paginate(
                body, widths, page_lines=42, first_page_lines=34, chars_per_pct=1.5
            ),
            "title": TITLES[list_type],
            "subtitle": subtitle,
            "columns": columns,
            "rows": rows,
            "totals": totals,
            "date_line": self._vn_date_line(self._vn_place(company), vn_today(self)),
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        lst = self._vn_list(data or {})
        return {
            "doc_ids": lst["company"].ids,
            "doc_model": "res.company",
            "docs": lst["company"],
            "lst": lst,
        }
