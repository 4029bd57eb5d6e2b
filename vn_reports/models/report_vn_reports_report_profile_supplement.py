"""Phiếu bổ sung lý lịch cán bộ, công chức, viên chức (companion form of Mẫu 2C-BNV/2008):
the changes of one period, from the employee's approved change requests."""

from odoo import _, api, fields, models
from odoo.exceptions import UserError

# Form code printed on the slip, by staff category. HS03-VC/BNV: Thông tư 07/2019/TT-BNV
# (viên chức); the official annex was not seen, the slip is printed "theo mẫu".
SUPPLEMENT_CODES = {
    "public_employee": "Theo mẫu HS03-VC/BNV ban hành kèm theo Thông tư số 07/2019/TT-BNV "
    "ngày 01/6/2019 của Bộ trưởng Bộ Nội vụ",
}
SUPPLEMENT_CODE_DEFAULT = "Phiếu bổ sung của Mẫu 2C-BNV/2008 ban hành kèm theo Quyết định số "
SUPPLEMENT_CODE_DEFAULT += "02/2008/QĐ-BNV ngày 06/10/2008 của Bộ trưởng Bộ Nội vụ"

# Section of the slip of each history model / record field (others go to IX).
SECTIONS = [
    ("I", "THAY ĐỔI VỀ CHỨC DANH, CHỨC VỤ, ĐƠN VỊ CÔNG TÁC"),
    ("II", "ĐÀO TẠO, BỒI DƯỠNG"),
    ("III", "KHEN THƯỞNG"),
    ("IV", "KỶ LUẬT"),
    ("V", "ĐI NƯỚC NGOÀI"),
    ("VI", "TÌNH TRẠNG SỨC KHỎE"),
    ("VII", "VỀ KINH TẾ BẢN THÂN"),
    ("VIII", "VỀ GIA ĐÌNH"),
    ("IX", "NHỮNG VẤN ĐỀ KHÁC CẦN BỔ SUNG"),
]
HISTORY_SECTIONS = {
    "vn.work.history": "I",
    "vn.training": "II",
    "vn.reward": "III",
    "vn.discipline": "IV",
    "vn.health.check": "VI",
    "vn.family.member": "VIII",
}
FIELD_SECTIONS = {
    "I": ("vn_position_id", "vn_concurrent_positions", "vn_honorary_title", "job_title"),
    "II": (
        "vn_general_education_id",
        "vn_professional_level_id",
        "vn_professional_major",
        "vn_political_theory_id",
        "vn_state_management_id",
        "vn_foreign_language",
        "vn_foreign_language_level_id",
        "vn_it_level_id",
        "certificate",
        "study_field",
        "study_school",
    ),
    "VI": ("vn_health_status", "vn_height_cm", "vn_weight_kg", "vn_blood_group"),
    "VIII": ("marital", "children", "spouse_complete_name", "spouse_birthdate"),
}


class ReportProfileSupplement(models.AbstractModel):
    _name = "report.vn_reports.report_profile_supplement"
    _inherit = "vn.report.format"
    _description = "Report: Profile Supplement Slip"

    @api.model
    def _vn_section_of(self, line):
        if line.line_type == "history":
            return HISTORY_SECTIONS.get(line.history_model, "IX")
        for section, fnames in FIELD_SECTIONS.items():
            if line.field_name in fnames:
                return section
        return "IX"

    @api.model
    def _vn_line_text(self, line):
        if line.line_type == "history":
            return line.new_value_text or line.description or ""
        old = line.old_value_text or ""
        new = line.new_value_text or ""
        label = line.field_label or ""
        if old:
            return f"{label}: {old} → {new}"
        return f"{label}: {new}"

    @api.model
    def _vn_slips(self, requests, date_from=None, date_to=None):
        """One slip per employee: the lines of his approved requests, by section."""
        not_approved = requests.filtered(lambda r: r.state != "approved")
        if not_approved:
            raise UserError(
                _(
                    "Only approved change requests can be printed on the profile supplement "
                    "slip: %s.",
                    ", ".join(not_approved.mapped("display_name")),
                )
            )
        cv = self.env["report.vn_reports.report_employee_2c"]
        employees = cv._vn_readable_employees(requests.employee_id.ids)
        slips = []
        for employee in employees:
            emp_requests = requests.filtered(lambda r, e=employee: r.employee_id.id == e.id)
            values = cv._vn_employee_values(employee)
            dates = [d for d in emp_requests.mapped("approval_date") if d]
            start = date_from or (min(emp_requests.mapped("submit_date") or dates or [False]))
            end = date_to or (max(dates) if dates else False)
            sections = {code: [] for code, _title in SECTIONS}
            training_lines = emp_requests.line_ids.filtered(
                lambda ln: (
                    ln.line_type == "history"
                    and ln.history_model == "vn.training"
                    and ln.history_res_id
                )
            )
            # The employee was checked readable above; his own created training lines.
            trainings = (
                self.env["vn.training"]
                .sudo()
                .browse(training_lines.mapped("history_res_id"))
                .exists()
                .filtered(lambda t, e=employee: t.employee_id.id == e.id)
            )
            for line in emp_requests.line_ids - training_lines.filtered(
                lambda ln, ids=set(trainings.ids): ln.history_res_id in ids
            ):
                sections[self._vn_section_of(line)].append(
                    {
                        "period": " - ".join(
                            p
                            for p in (self._vn_date(line.date_from), self._vn_date(line.date_to))
                            if p
                        ),
                        "text": self._vn_line_text(line),
                    }
                )
            values.update(
                {
                    "requests": emp_requests,
                    "supplement_code": SUPPLEMENT_CODES.get(
                        employee.sudo().vn_staff_category, SUPPLEMENT_CODE_DEFAULT
                    ),
                    "training_rows": [
                        cv._vn_training_row(t) for t in cv._vn_chronological(trainings)
                    ],
                    "period_from": self._vn_date(start),
                    "period_to": self._vn_date(end),
                    "sections": [(code, title, sections[code]) for code, title in SECTIONS],
                    "date_line": self._vn_date_line(
                        self._vn_place(employee.company_id),
                        fields.Date.to_date(end) if end else False,
                    ),
                }
            )
            slips.append(values)
        return slips

    @api.model
    def _get_report_values(self, docids, data=None):
        data = data or {}
        Request = self.env["vn.profile.change.request"]
        if data.get("employee_id"):
            domain = [
                ("employee_id", "=", data["employee_id"]),
                ("state", "=", "approved"),
            ]
            if data.get("date_from"):
                domain.append(("approval_date", ">=", data["date_from"]))
            if data.get("date_to"):
                day_after = fields.Date.add(fields.Date.to_date(data["date_to"]), days=1)
                domain.append(("approval_date", "<", day_after))
            requests = Request.search(domain, order="approval_date, id")
            if not requests:
                raise UserError(_("No approved change request of this employee in the period."))
        else:
            requests = Request.browse(docids)
            requests.check_access("read")
        self._vn_check_personnel_output(
            requests.sudo().employee_id, "vn_reports.report_profile_supplement"
        )
        return {
            "doc_ids": requests.ids,
            "doc_model": "vn.profile.change.request",
            "docs": requests,
            "slips": self._vn_slips(
                requests,
                fields.Date.to_date(data.get("date_from")),
                fields.Date.to_date(data.get("date_to")),
            ),
        }
