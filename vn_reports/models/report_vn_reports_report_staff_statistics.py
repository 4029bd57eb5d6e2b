"""Báo cáo số lượng, chất lượng: BM02/BNV (Thông tư 11/2012/TT-BNV, công chức) and
BM01-VC/BNV (Thông tư 07/2019/TT-BNV, viên chức)."""

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

FORMS = [
    ("bm02", "BM02/BNV - Civil servants (Circular 11/2012/TT-BNV)"),
    ("bm01_vc", "BM01-VC/BNV - Public employees (Circular 07/2019/TT-BNV)"),
]
FORM_TITLES = {
    "bm02": ("BM02/BNV", "BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÔNG CHỨC"),
    "bm01_vc": ("BM01-VC/BNV", "BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG VIÊN CHỨC"),
}
FORM_BASIS = {
    "bm02": "Ban hành kèm theo Thông tư số 11/2012/TT-BNV ngày 17/12/2012 của Bộ Nội vụ",
    "bm01_vc": "Ban hành kèm theo Thông tư số 07/2019/TT-BNV ngày 01/6/2019 của Bộ Nội vụ",
}
# Staff category (hr.employee.vn_staff_category) counted by each form.
FORM_CATEGORIES = {
    "bm02": ["civil_servant"],
    "bm01_vc": ["public_employee"],
}
# Pay group code prefix -> grade class (Nghị định 204/2004/NĐ-CP, Bảng 2 and 3): the code
# is the decree's own identifier of the pay group (A3, A2.1, A0, B, C1 ...), not a name.
GRADE_CLASSES = [
    ("A3", "a3"),
    ("A2", "a2"),
    ("A1", "a1"),
    ("A0", "a1"),
    ("B", "b"),
    ("C", "c"),
]
# hr.employee field holding each kind of vn.education.level (Mẫu 2C-BNV/2008 mục 15).
LEVEL_FIELDS = {
    "professional": "vn_professional_level_id",
    "political_theory": "vn_political_theory_id",
    "state_management": "vn_state_management_id",
    "foreign_language": "vn_foreign_language_level_id",
    "it": "vn_it_level_id",
}
# Fields (lĩnh vực) of BM01-VC/BNV "Chia theo lĩnh vực": vn.grade.sector of the title.
SECTORS = ["education", "health", "science", "culture"]
# Spellings of English in the free-text item "Ngoại ngữ" of the record (hr.employee.
# vn_foreign_language), compared case-insensitively as a whole: the record has no
# reference list of languages (see the README, limits of the statistics).
ENGLISH_NAMES = ["anh", "tiếng anh", "anh văn", "english"]


class ReportStaffStatistics(models.AbstractModel):
    _name = "report.vn_reports.report_staff_statistics"
    _inherit = "vn.report.format"
    _description = "Report: Staff Headcount and Quality Statistics"

    # ------------------------------------------------------------------ reference data
    @api.model
    def _vn_level(self, kind, *classes):
        """Staff whose level of ``kind`` has one of the statistics classes: a field of the
        reference row (vn.education.level.statistics_class), never its name."""
        field = LEVEL_FIELDS[kind]
        if field not in self.env["hr.employee"]._fields:
            return [("id", "=", 0)]
        return [(f"{field}.statistics_class", "in", list(classes))]

    @api.model
    def _vn_english(self, english=True):
        """Staff whose declared foreign language is (or is not) English."""
        if "vn_foreign_language" not in self.env["hr.employee"]._fields:
            return [] if not english else [("id", "=", 0)]
        terms = [("vn_foreign_language", "=ilike", name) for name in ENGLISH_NAMES]
        domain = ["|"] * (len(terms) - 1) + terms
        return domain if english else ["!"] + domain

    @api.model
    def _vn_category_domain(self, form):
        """Staff counted by the form: công chức (BM02) or viên chức (BM01-VC)."""
        if "vn_staff_category" not in self.env["hr.employee"]._fields:
            return []
        return [("vn_staff_category", "in", FORM_CATEGORIES[form])]

    # ------------------------------------------------------------------ columns
    @api.model
    def _vn_age_domains(self, report_date):
        """Age bands on the report date; staff past their retirement date (NĐ 135/2020,
        computed by hr_vn_civil_servant as vn_retirement_date) form their own band."""

        def born_after(years):  # younger than ``years`` on the report date
            return ("birthday", ">", report_date - relativedelta(years=years))

        def born_on_or_before(years):  # at least ``years`` old
            return ("birthday", "<=", report_date - relativedelta(years=years))

        if "vn_retirement_date" in self.env["hr.employee"]._fields:
            retired = [("vn_retirement_date", "<", report_date)]
            working = [
                "|",
                ("vn_retirement_date", "=", False),
                ("vn_retirement_date", ">=", report_date),
            ]
        else:
            retired = [("id", "=", 0)]
            working = []
        return {
            "le30": [born_after(31)] + working,
            "lt30": [born_after(30)] + working,
            "31_40": [born_on_or_before(31), born_after(41)] + working,
            "30_50": [born_on_or_before(30), born_after(51)] + working,
            "41_50": [born_on_or_before(41), born_after(51)] + working,
            "51_ret": [born_on_or_before(51)] + working,
            "retired": retired,
        }

    @api.model
    def _vn_columns(self, form, report_date):
        """Column groups of the form: [(group label, [(key, label, domain or None)])].

        A domain of None prints a blank column (data the record does not hold, e.g. the
        assigned headcount)."""
        Employee = self.env["hr.employee"]
        female = [("gender", "=", "female")]
        party = (
            [("vn_party_join_date", "!=", False)]
            if "vn_party_join_date" in Employee._fields
            else [("id", "=", 0)]
        )
        # classes read from fields of the reference rows (issue 10 point 10)
        minority = (
            [("vn_ethnicity_id.is_minority", "=", True)]
            if "vn_ethnicity_id" in Employee._fields
            else [("id", "=", 0)]
        )
        religion = (
            [("vn_religion_id.has_religion", "=", True)]
            if "vn_religion_id" in Employee._fields
            else [("id", "=", 0)]
        )
        level = self._vn_level
        english = self._vn_english(True)
        other_language = self._vn_english(False)

        grade_ids = {}
        if "vn.grade" in self.env:
            for grade in self.env["vn.grade"].sudo().with_context(active_test=False).search([]):
                code = (grade.pay_group_id.code or "").upper()
                for prefix, key in GRADE_CLASSES:
                    if code.startswith(prefix):
                        grade_ids.setdefault(key, []).append(grade.id)
                        break
        has_grade = "vn_grade_id" in Employee._fields

        def grade(key):
            ids = grade_ids.get(key, [])
            return [("vn_grade_id", "in", ids)] if has_grade and ids else [("id", "=", 0)]

        def rank(value):
            """BM01-VC "Hạng I–IV": the title's own rank (vn.grade.rank), never the pay
            group (a hạng I teacher is paid on A2.1 but is hạng I); False = no rank."""
            if not has_grade:
                return [("id", "=", 0)]
            if not value:
                return [("vn_grade_id", "!=", False), ("vn_grade_id.rank", "=", False)]
            return [("vn_grade_id.rank", "=", value)]

        def sector(value):
            """BM01-VC "Chia theo lĩnh vực": the field of the title (vn.grade.sector);
            "Khác" holds the other fields and the staff without a title."""
            if not has_grade:
                return [("id", "=", 0)]
            if value:
                return [("vn_grade_id.sector", "=", value)]
            return [
                "|",
                ("vn_grade_id", "=", False),
                ("vn_grade_id.sector", "in", [False, "other"]),
            ]

        ages = self._vn_age_domains(report_date)
        male = [("gender", "=", "male")]
        if form == "bm02":
            return [
                ("", [("assigned", "Tổng số biên chế được giao", None), ("total", "Tổng số", [])]),
                (
                    "Trong đó",
                    [
                        ("party", "Đảng viên", party),
                        ("female", "Phụ nữ", female),
                        ("minority", "Dân tộc ít người", minority),
                        ("religion", "Tôn giáo", religion),
                    ],
                ),
                (
                    "Chia theo ngạch",
                    [
                        ("g_a3", "CVCC và TĐ", grade("a3")),
                        ("g_a2", "CVC và TĐ", grade("a2")),
                        ("g_a1", "CV và TĐ", grade("a1")),
                        ("g_b", "Cán sự và TĐ", grade("b")),
                        ("g_c", "Nhân viên", grade("c")),
                    ],
                ),
                (
                    "Trình độ chuyên môn",
                    [
                        ("p_ts", "TS", level("professional", "doctorate")),
                        ("p_ths", "ThS", level("professional", "master")),
                        ("p_dh", "ĐH", level("professional", "university")),
                        ("p_cd", "CĐ", level("professional", "college")),
                        ("p_tc", "TC", level("professional", "intermediate")),
                        ("p_sc", "Sơ cấp", level("professional", "elementary")),
                    ],
                ),
                (
                    "Lý luận chính trị",
                    [
                        ("l_cn", "Cử nhân", level("political_theory", "bachelor")),
                        ("l_cc", "Cao cấp", level("political_theory", "advanced")),
                        ("l_tc", "Trung cấp", level("political_theory", "intermediate")),
                        ("l_sc", "Sơ cấp", level("political_theory", "elementary")),
                    ],
                ),
                (
                    "Quản lý nhà nước",
                    [
                        ("q_cvcc", "CVCC", level("state_management", "senior_specialist")),
                        ("q_cvc", "CVC", level("state_management", "principal_specialist")),
                        ("q_cv", "CV", level("state_management", "specialist")),
                    ],
                ),
                (
                    "Tin học",
                    [
                        ("i_up", "Trung cấp trở lên", level("it", "degree")),
                        ("i_cert", "Chứng chỉ", level("it", "certificate")),
                    ],
                ),
                (
                    "Ngoại ngữ",
                    [
                        ("f_en_dh", "Anh văn ĐH", level("foreign_language", "degree") + english),
                        (
                            "f_en_cc",
                            "Anh văn CC",
                            level("foreign_language", "certificate") + english,
                        ),
                        (
                            "f_o_dh",
                            "NN khác ĐH",
                            level("foreign_language", "degree") + other_language,
                        ),
                        (
                            "f_o_cc",
                            "NN khác CC",
                            level("foreign_language", "certificate") + other_language,
                        ),
                    ],
                ),
                (
                    "Độ tuổi",
                    [
                        ("a_30", "Từ 30 trở xuống", ages["le30"]),
                        ("a_31_40", "Từ 31 đến 40", ages["31_40"]),
                        ("a_41_50", "Từ 41 đến 50", ages["41_50"]),
                        ("a_51_f", "Nữ từ 51 đến tuổi nghỉ hưu", ages["51_ret"] + female),
                        ("a_51_m", "Nam từ 51 đến tuổi nghỉ hưu", ages["51_ret"] + male),
                        ("a_ret", "Trên tuổi nghỉ hưu", ages["retired"]),
                    ],
                ),
            ]
        return [
            ("", [("total", "Tổng số", [])]),
            (
                "Trong đó",
                [
                    ("party", "Đảng viên", party),
                    ("female", "Phụ nữ", female),
                    ("minority", "Dân tộc ít người", minority),
                ],
            ),
            (
                "Chia theo lĩnh vực",
                [
                    ("s_edu", "Giáo dục", sector("education")),
                    ("s_health", "Y tế", sector("health")),
                    ("s_science", "NCKH", sector("science")),
                    ("s_culture", "VHTT", sector("culture")),
                    ("s_other", "Khác", sector(False)),
                ],
            ),
            (
                "Chia theo hạng chức danh nghề nghiệp",
                [
                    ("g_a3", "Hạng I", rank("1")),
                    ("g_a2", "Hạng II", rank("2")),
                    ("g_a1", "Hạng III", rank("3")),
                    ("g_b", "Hạng IV", rank("4")),
                    ("g_c", "Còn lại", rank(False)),
                ],
            ),
            (
                "Trình độ chuyên môn",
                [
                    ("p_ts", "TS", level("professional", "doctorate")),
                    ("p_ths", "ThS", level("professional", "master")),
                    ("p_dh", "ĐH", level("professional", "university")),
                    (
                        "p_other",
                        "Còn lại",
                        level("professional", "college", "intermediate", "elementary", "other"),
                    ),
                ],
            ),
            (
                "Lý luận chính trị",
                [
                    (
                        "l_cc",
                        "Cao cấp",
                        level("political_theory", "bachelor", "advanced"),
                    ),
                    ("l_tc", "Trung cấp", level("political_theory", "intermediate")),
                ],
            ),
            (
                "Tin học",
                [
                    ("i_up", "Trung cấp trở lên", level("it", "degree")),
                    ("i_cert", "Chứng chỉ", level("it", "certificate")),
                ],
            ),
            (
                "Ngoại ngữ",
                [
                    (
                        "f_dh",
                        "Đại học",
                        level("foreign_language", "degree"),
                    ),
                    (
                        "f_cc",
                        "Chứng chỉ",
                        level("foreign_language", "certificate"),
                    ),
                ],
            ),
            (
                "Độ tuổi",
                [
                    ("a_lt30", "Dưới 30", ages["lt30"]),
                    ("a_30_50", "Từ 30 đến 50", ages["30_50"]),
                    ("a_51", "Trên 50 đến tuổi nghỉ hưu", ages["51_ret"]),
                    ("a_ret", "Trên tuổi nghỉ hưu", ages["retired"]),
                ],
            ),
        ]

    # ------------------------------------------------------------------ matrix
    @api.model
    def _vn_statistics_matrix(
        self,
        company,
        form="bm01_vc",
        report_date=None,
        report_name="vn_reports.report_staff_statistics",
    ):
        """The prepared matrix shared by the PDF and the Excel file.

        One grouped count (``_read_group`` by unit) per column, over every employee of
        the units under ``company`` that the user may read: no per-employee loop.
        """
        if not self.env.user.has_group("hr.group_hr_user"):
            raise AccessError(_("Only the HR officers print the staff statistics."))
        if form not in FORM_TITLES:
            raise UserError(_("Unknown statistics form: %s", form))
        report_date = fields.Date.to_date(report_date) or vn_today(self)
        units = self.env["res.company"].search(
            [("id", "child_of", company.id)], order="parent_path, id"
        )
        Employee = self.env["hr.employee"]
        base = [("company_id", "in", units.ids), ("active", "=", True)]
        base += self._vn_category_domain(form)
        if "vn_work_state" in Employee._fields:
            base.append(("vn_work_state", "=", "working"))
        # counts of other people's private data: printing them is an export
        self._vn_check_personnel_output(Employee.search(base), report_name)
        groups = self._vn_columns(form, report_date)
        columns = [col for _label, cols in groups for col in cols]
        counts = {}
        # archived reference rows (an old level, a legacy title) still classify the staff
        # holding them: the base domain keeps the active employees only
        Counted = Employee.with_context(active_test=False)
        for key, _label, domain in columns:
            if domain is None:
                continue
            counts[key] = {
                unit.id: count
                for unit, count in Counted._read_group(base + domain, ["company_id"], ["__count"])
            }
        rows = []
        for index, unit in enumerate(units, start=1):
            values = [
                None if domain is None else counts[key].get(unit.id, 0)
                for key, _label, domain in columns
            ]
            rows.append({"index": index, "unit": unit.name, "unit_id": unit.id, "values": values})
        totals = [
            None if domain is None else sum(counts[key].values()) for key, _label, domain in columns
        ]
        code, title = FORM_TITLES[form]
        return {
            "company": company,
            "agency": self._vn_agency(company),
            "form": form,
            "form_code": code,
            "form_basis": FORM_BASIS[form],
            "title": title,
            "report_date": report_date,
            "report_date_text": self._vn_date(report_date),
            "date_line": self._vn_date_line(self._vn_place(company), report_date),
            "groups": [(label, [(k, lbl) for k, lbl, _d in cols]) for label, cols in groups],
            "columns": [(k, lbl) for k, lbl, _d in columns],
            "rows": rows,
            "totals": totals,
            # one table per page (header on every page): one or two lines per unit
            "pages": self._vn_paginate(
                [[row["index"], row["unit"]] for row in rows] + [["", "Tổng cộng"]],
                [2.5, 14.0],
                page_lines=26,
                first_page_lines=18,
            ),
        }

    @api.model
    def _vn_matrix_from_data(self, docids, data, report_name="vn_reports.report_staff_statistics"):
        data = data or {}
        company_id = data.get("company_id") or (docids and docids[0]) or self.env.company.id
        company = self.env["res.company"].browse(company_id)
        form = data.get("form") or "bm01_vc"
        return self._vn_statistics_matrix(
            company, form, data.get("report_date"), report_name=report_name
        )

    @api.model
    def _get_report_values(self, docids, data=None):
        matrix = self._vn_matrix_from_data(docids, data)
        return {
            "doc_ids": [matrix["company"].id],
            "doc_model": "res.company",
            "docs": matrix["company"],
            "m": matrix,
        }
