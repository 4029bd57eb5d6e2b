"""Mẫu 2C-BNV/2008 (Quyết định 02/2008/QĐ-BNV ngày 06/10/2008 của Bộ trưởng Bộ Nội vụ)."""

import base64

from odoo import _, api, fields, models
from odoo.exceptions import AccessError
from odoo.tools.mimetypes import guess_mimetype

# Alternative field names of the record, first match wins (hr_vn_civil_servant).
F = {
    "birth_name": ["vn_birth_name", "name"],
    "other_name": ["vn_other_names"],
    "birth_place": ["place_of_birth"],
    "hometown": ["vn_hometown"],
    "ethnicity": ["vn_ethnicity_id"],
    "religion": ["vn_religion_id"],
    "recruit_occupation": ["vn_recruitment_occupation"],
    "recruit_date": ["vn_recruitment_date"],
    "recruit_agency": ["vn_recruitment_agency"],
    "position": ["vn_position_id", "job_title"],
    "concurrent": ["vn_concurrent_positions"],
    "main_duty": ["vn_main_duties", "job_id"],
    "step": ["vn_salary_step"],
    "coefficient": ["vn_salary_coefficient"],
    "step_date": ["vn_step_date"],
    "position_allowance": ["vn_position_allowance"],
    "other_allowance": ["vn_other_allowances"],
    "general_education": ["vn_general_education_id"],
    "education_level": ["vn_professional_level_id", "certificate"],
    "major": ["vn_professional_major", "study_field"],
    "political_theory": ["vn_political_theory_id"],
    "state_management": ["vn_state_management_id"],
    "foreign_language": ["vn_foreign_language"],
    "foreign_language_level": ["vn_foreign_language_level_id"],
    "it_level": ["vn_it_level_id"],
    "party_date": ["vn_party_join_date"],
    "party_official_date": ["vn_party_official_date"],
    "mass_org": ["vn_mass_organisations"],
    "enlistment_date": ["vn_military_enlist_date"],
    "discharge_date": ["vn_military_discharge_date"],
    "military_rank": ["vn_military_rank"],
    "honorary_title": ["vn_honorary_title"],
    "strengths": ["vn_strengths"],
    "reward": ["vn_highest_reward"],
    "discipline": ["vn_highest_discipline"],
    "health": ["vn_health_status"],
    "height": ["vn_height_cm"],
    "weight": ["vn_weight_kg"],
    "blood_group": ["vn_blood_group"],
    "war_invalid": ["vn_war_invalid_class"],
    "policy_family": ["vn_policy_family"],
    "identification": ["identification_id"],
    "id_issue_date": ["vn_id_issue_date"],
    "id_issue_place": ["vn_id_issue_place"],
    "social_insurance": ["ssnid"],
    "history_a": ["vn_history_detention"],
    "history_b": ["vn_history_foreign_org"],
    "history_c": ["vn_history_relatives_abroad"],
    "assessment": ["vn_assessment"],
    "staff_number": ["vn_staff_number", "barcode"],
}
# Statutory wording of the coded values printed on the form.
TRAINING_FORMS = {
    "full_time": "Chính quy",
    "in_service": "Tại chức",
    "intensive": "Chuyên tu",
    "distance": "Từ xa",
    "short_course": "Bồi dưỡng",
    "other": "Khác",
}
RELATIONS = {
    "father": "Cha",
    "mother": "Mẹ",
    "child": "Con",
    "sibling": "Anh chị em ruột",
}

SALARY_COLUMNS = 10

# Form printed per staff category (Luật Viên chức 2010; TT 07/2019/TT-BNV for viên chức,
# QĐ 02/2008/QĐ-BNV for cán bộ, công chức). The HS02-VC layout is not verified: the
# items of 2C are printed "theo mẫu HS02-VC/BNV".
FORMS = {
    "2c": {
        "code": "2C-BNV/2008",
        "header": "Mẫu 2C-BNV/2008 ban hành kèm theo Quyết định số 02/2008/QĐ-BNV "
        "ngày 06/10/2008 của Bộ trưởng Bộ Nội vụ",
        "title": "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC",
    },
    "hs02vc": {
        "code": "HS02-VC/BNV",
        "header": "Theo mẫu HS02-VC/BNV ban hành kèm theo Thông tư số 07/2019/TT-BNV "
        "ngày 01/6/2019 của Bộ trưởng Bộ Nội vụ",
        "title": "SƠ YẾU LÝ LỊCH VIÊN CHỨC",
    },
}


class ReportEmployee2c(models.AbstractModel):
    _name = "report.vn_reports.report_employee_2c"
    _vn_form = "2c"
    _vn_report_name = "vn_reports.report_employee_2c"
    _inherit = "vn.report.format"
    _description = "Report: Mẫu 2C-BNV/2008 Curriculum Vitae"

    # ------------------------------------------------------------------ access
    @api.model
    def _vn_readable_employees(self, docids):
        """The employees the current user may print (record access, never bypassed).

        An employee prints his own CV; printing someone else's needs read access to
        the private record (HR officer of his unit): anyone else gets an AccessError.
        """
        employees = self.env["hr.employee"].browse(docids)
        own = employees.filtered(lambda e: e.sudo().user_id == self.env.user)
        others = employees - own
        if others:
            if not self.env.user.has_group("hr.group_hr_user"):
                raise AccessError(_("You can only print your own curriculum vitae."))
            others.check_access("read")
        # Own record: read like "My Profile" does (Odoo lets everyone read his own file).
        return own.sudo() | others

    # ------------------------------------------------------------------ lines
    @api.model
    def _vn_lines(self, employee, fname):
        """History lines of the employee (empty when the field does not exist)."""
        if fname not in employee._fields:
            return employee.browse()
        return employee[fname]

    @api.model
    def _vn_period(self, line):
        """ "mm/yyyy - mm/yyyy" of a dated history line; an open line ends "nay" (now)."""
        start = self._vn_month_year(line.date_from)
        end = self._vn_month_year(line.date_to)
        if start and end:
            return f"{start} - {end}"
        if start:
            return f"{start} - nay"
        return end

    @api.model
    def _vn_chronological(self, lines):
        return lines.sorted(lambda ln: (ln.date_from or fields.Date.to_date("1900-01-01"), ln.id))

    @api.model
    def _vn_training_rows(self, employee):
        """Item 27: Tên trường | Chuyên ngành | Từ - đến | Hình thức | Văn bằng."""
        lines = self._vn_chronological(self._vn_lines(employee, "vn_training_ids"))
        return [self._vn_training_row(line) for line in lines]

    @api.model
    def _vn_training_row(self, line):
        """The five columns of item 27 for one training line (also used by the
        profile supplement slip, section II)."""
        return {
            "school": line.school or "",
            "major": line.major or "",
            "period": self._vn_period(line),
            "mode": TRAINING_FORMS.get(line.form, ""),
            "degree": line.diploma or line.education_level_id.name or "",
        }

    @api.model
    def _vn_work_rows(self, employee):
        """Item 28: Từ tháng, năm đến tháng, năm | Chức danh, chức vụ, đơn vị công tác."""
        lines = self._vn_chronological(self._vn_lines(employee, "vn_work_history_ids"))
        return [{"period": self._vn_period(line), "description": line.name or ""} for line in lines]

    @api.model
    def _vn_family_rows(self, employee):
        """Item 30: a) own side, b) spouse's side; the spouse is Vợ or Chồng."""
        lines = self._vn_lines(employee, "vn_family_ids")
        spouse_word = "Chồng" if employee.gender == "female" else "Vợ"
        own, spouse = [], []
        for line in lines:
            relation = RELATIONS.get(line.relation, "")
            if line.relation == "spouse":
                relation = spouse_word
            row = {
                "relation": relation,
                "name": line.name or "",
                "birth_year": str(line.birth_year) if line.birth_year else "",
                "details": line.details or "",
            }
            (spouse if line.side == "spouse" else own).append(row)
        return own, spouse

    @api.model
    def _vn_salary_grid(self, employee):
        """Item 31: rows Tháng/năm | Mã ngạch/bậc | Hệ số lương, SALARY_COLUMNS per block."""
        lines = self._vn_lines(employee, "vn_salary_history_ids")
        lines = lines.sorted(lambda ln: (ln.date, ln.id))
        blank = {"month": "", "grade_step": "", "coefficient": ""}
        cells = [
            {
                "month": self._vn_month_year(line.date),
                "grade_step": "/".join(
                    p for p in (line.grade_id.code or "", str(line.step or "")) if p
                ),
                "coefficient": self._vn_number(line.coefficient) if line.coefficient else "",
            }
            for line in lines
        ]
        blocks = [cells[i : i + SALARY_COLUMNS] for i in range(0, len(cells), SALARY_COLUMNS)]
        for block in blocks:
            block.extend([blank] * (SALARY_COLUMNS - len(block)))
        return blocks or [[blank] * SALARY_COLUMNS]

    @api.model
    def _vn_address(self, street, ward, province):
        return ", ".join(p for p in (street or "", ward.name or "", province.name or "") if p)

    @api.model
    def _vn_photo(self, employee):
        """(mimetype, base64) of the employee's photo; None for no photo or for the
        generated letter avatar (SVG), so that the empty 4 x 6 cm frame is printed."""
        data = employee.image_1920
        if not data:
            return None
        raw = base64.b64decode(data)
        mimetype = guess_mimetype(raw)
        if mimetype not in ("image/png", "image/jpeg", "image/gif"):
            return None
        return {"mimetype": mimetype, "data": data.decode() if isinstance(data, bytes) else data}

    # ------------------------------------------------------------------ values
    @api.model
    def _vn_employee_values(self, employee):
        """Display strings of every item of Mẫu 2C-BNV/2008, in the form's order."""

        def v(key, digits=2):
            return self._vn_first(employee, F[key], digits)

        company = employee.company_id
        grade = employee["vn_grade_id"] if "vn_grade_id" in employee._fields else False
        gender = {"male": "Nam", "female": "Nữ"}.get(employee.gender, "")
        birthday = employee.birthday
        year_only = "vn_birth_year_only" in employee._fields and employee.vn_birth_year_only
        own, spouse = self._vn_family_rows(employee)
        image = self._vn_photo(employee)
        return {
            "employee": employee,
            "form_code": FORMS[self._vn_form]["code"],
            "form_header": FORMS[self._vn_form]["header"],
            "form_title": FORMS[self._vn_form]["title"],
            "agency": self._vn_agency(company),
            "managing_unit": company.sudo().parent_id.name or company.name or "",
            "employing_unit": company.name or "",
            "staff_number": v("staff_number"),
            "image": image,
            "birth_name": v("birth_name").upper(),
            "other_name": v("other_name"),
            "birth_day": birthday and not year_only and f"{birthday.day:02d}" or "",
            "birth_month": birthday and not year_only and f"{birthday.month:02d}" or "",
            "birth_year": birthday and str(birthday.year) or "",
            "gender": gender,
            "birth_place": v("birth_place"),
            "hometown": v("hometown"),
            "ethnicity": v("ethnicity"),
            "religion": v("religion"),
            "permanent_address": self._vn_address(
                employee.vn_permanent_street,
                employee.vn_permanent_ward_id,
                employee.vn_permanent_province_id,
            ),
            "current_address": self._vn_address(
                employee.private_street,
                employee.vn_residence_ward_id,
                employee.vn_residence_province_id,
            ),
            "recruit_occupation": v("recruit_occupation"),
            "recruit_date": v("recruit_date"),
            "recruit_agency": v("recruit_agency"),
            "position": ", ".join(p for p in (v("position"), v("concurrent")) if p),
            "main_duty": v("main_duty"),
            "grade_name": grade.name if grade else "",
            "grade_code": grade.code if grade and "code" in grade._fields and grade.code else "",
            "step": v("step"),
            "coefficient": v("coefficient"),
            "step_date": v("step_date"),
            "position_allowance": v("position_allowance"),
            "other_allowance": v("other_allowance"),
            "general_education": v("general_education"),
            "education_level": v("education_level"),
            "major": v("major"),
            "political_theory": v("political_theory"),
            "state_management": v("state_management"),
            "foreign_language": " ".join(
                p for p in (v("foreign_language"), v("foreign_language_level")) if p
            ),
            "it_level": v("it_level"),
            "party_date": v("party_date"),
            "party_official_date": v("party_official_date"),
            "mass_org": v("mass_org"),
            "enlistment_date": v("enlistment_date"),
            "discharge_date": v("discharge_date"),
            "military_rank": v("military_rank"),
            "honorary_title": v("honorary_title"),
            "strengths": v("strengths"),
            "reward": v("reward"),
            "discipline": v("discipline"),
            "health": v("health"),
            "height": v("height", 0),
            "weight": v("weight", 0),
            "blood_group": v("blood_group"),
            "war_invalid": v("war_invalid"),
            "policy_family": v("policy_family"),
            "identification": v("identification"),
            "id_issue_date": ", ".join(p for p in (v("id_issue_date"), v("id_issue_place")) if p),
            "social_insurance": v("social_insurance"),
            "training": self._vn_training_rows(employee),
            "work": self._vn_work_rows(employee),
            "history_a": v("history_a"),
            "history_b": v("history_b"),
            "history_c": v("history_c"),
            "family_own": own,
            "family_spouse": spouse,
            "salary_blocks": self._vn_salary_grid(employee),
            "assessment": v("assessment"),
            "date_line": self._vn_date_line(self._vn_place(company), False),
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        employees = self._vn_readable_employees(docids)
        self._vn_check_personnel_output(employees, self._vn_report_name)
        return {
            "doc_ids": employees.ids,
            "doc_model": "hr.employee",
            "docs": employees,
            "vn_docs": [self._vn_employee_values(e) for e in employees],
        }
