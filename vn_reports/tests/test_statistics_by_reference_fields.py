"""Staff statistics columns counted from FIELDS of the reference rows (issue 10 point 10):
ethnic minority (vn.ethnicity.is_minority), religion (vn.religion.has_religion),
qualification levels (vn.education.level.statistics_class), the field of the title
(vn.grade.sector, BM01-VC "Chia theo lĩnh vực"), the title's rank and age bands from the
birthday on the report date. A school of the test's own with one employee per class of
each column; renaming the reference rows changes nothing, changing their fields does; the
PDF and the Excel file print the same numbers as the matrix."""

import io
import subprocess
from datetime import date

import openpyxl

from odoo.addons.hr_vn_civil_servant.tests.common import PersonnelCase

STATISTICS = "vn_reports.action_report_staff_statistics"
STATISTICS_XLSX = "vn_reports.action_report_staff_statistics_xlsx"
REPORT_DATE = date(2026, 11, 21)


class TestStatisticsByReferenceFields(PersonnelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.school = cls.school_a2
        cls.kinh = ref("hr_vn_civil_servant.ethnicity_01")
        cls.tay = ref("hr_vn_civil_servant.ethnicity_02")
        cls.no_religion = ref("hr_vn_civil_servant.religion_00")
        cls.buddhism = ref("hr_vn_civil_servant.religion_01")
        lvl = {
            code: ref(f"hr_vn_civil_servant.education_level_{code}")
            for code in (
                "pro_tskh",
                "pro_ts",
                "pro_ths",
                "pro_dh",
                "pro_cd",
                "pro_tc",
                "pro_sc",
                "pol_cc",
                "pol_cn",
                "pol_tc",
                "qlnn_cvcc",
                "qlnn_cvc",
                "qlnn_cv",
                "fl_b3",
                "it_basic",
            )
        }
        Level = cls.env["vn.education.level"]
        lvl["fl_degree"] = Level.create(
            {
                "kind": "foreign_language",
                "code": "test_fl_degree",
                "name": "Cử nhân ngôn ngữ (kiểm thử)",
                "statistics_class": "degree",
            }
        )
        lvl["it_degree"] = Level.create(
            {
                "kind": "it",
                "code": "test_it_degree",
                "name": "Trung cấp công nghệ thông tin (kiểm thử)",
                "statistics_class": "degree",
            }
        )
        cls.lvl = lvl
        cls.science_title = cls.env["vn.grade"].create(
            {
                "code": "T.05.TEST",
                "name": "Nghiên cứu viên (kiểm thử)",
                "pay_group_id": ref("hr_vn_civil_servant.pay_group_a1").id,
                "rank": "3",
                "sector": "science",
            }
        )
        titles = {
            "edu_1": ref("hr_vn_civil_servant.grade_v07_05_13"),  # THPT hạng I, A2.1
            "health_4": ref("hr_vn_civil_servant.grade_v05_02_08"),  # V.08.03.07 y sĩ hạng IV
            "culture_3": ref("hr_vn_civil_servant.grade_v10_02_07"),  # V.10.02.06 hạng III
            "science_3": cls.science_title,
            "other": ref("hr_vn_civil_servant.grade_ngach_01_003"),  # chuyên viên
        }
        # one viên chức per class; ages on 21/11/2026
        spec = [
            # name, gender, birthday, ethnicity, religion, levels, title, language
            ("vc1", "female", "1998-01-10", cls.kinh, cls.no_religion,
             ["pro_ts", "pol_cc", "it_basic", "fl_b3"], "edu_1", "Tiếng Anh"),
            ("vc2", "male", "1985-03-02", cls.tay, cls.buddhism,
             ["pro_tskh", "pol_cn", "fl_degree"], "health_4", "Tiếng Pháp"),
            ("vc3", "male", "1970-06-01", cls.kinh, cls.no_religion,
             ["pro_ths", "pol_tc", "it_degree"], "culture_3", False),
            ("vc4", "female", "1996-12-01", cls.kinh, cls.no_religion,
             ["pro_dh"], "science_3", False),
            ("vc5", "female", False, cls.kinh, cls.no_religion, ["pro_cd"], "other", False),
            ("vc6", "male", "1990-01-01", cls.kinh, cls.no_religion, ["pro_tc"], None, False),
            ("vc7", "male", "1958-05-05", cls.kinh, cls.no_religion, ["pro_sc"], None, False),
        ]  # fmt: skip
        cls.vc = {}
        for name, gender, birthday, ethnicity, religion, levels, title, language in spec:
            cls.vc[name] = cls._make_staff(
                name, "public_employee", gender, birthday, ethnicity, religion, levels,
                titles.get(title), language,
            )  # fmt: skip
        # công chức for BM02: religion, state management, English or not
        spec_cc = [
            ("cc1", "male", "1972-02-02", cls.tay, cls.buddhism,
             ["pro_dh", "qlnn_cvcc", "fl_b3"], "Tiếng Anh"),
            ("cc2", "female", "1973-04-04", cls.kinh, cls.no_religion,
             ["pro_dh", "qlnn_cvc", "fl_b3"], "Tiếng Pháp"),
            ("cc3", "female", "1999-09-09", cls.kinh, cls.buddhism,
             ["pro_ths", "qlnn_cv", "fl_degree"], "english"),
        ]  # fmt: skip
        cls.cc = {}
        for name, gender, birthday, ethnicity, religion, levels, language in spec_cc:
            cls.cc[name] = cls._make_staff(
                name, "civil_servant", gender, birthday, ethnicity, religion, levels,
                None, language,
            )  # fmt: skip
        cls.auth = cls._authorize(cls.hr_a, cls.body_a, cls.bodyhead_a)

    @classmethod
    def _make_staff(
        cls, name, category, gender, birthday, ethnicity, religion, levels, title, language
    ):
        kind_field = {
            "professional": "vn_professional_level_id",
            "political_theory": "vn_political_theory_id",
            "state_management": "vn_state_management_id",
            "foreign_language": "vn_foreign_language_level_id",
            "it": "vn_it_level_id",
        }
        vals = {
            "name": f"Thống kê {name}",
            "company_id": cls.school.id,
            "gender": gender,
            "birthday": birthday,
            "vn_staff_category": category,
            "vn_ethnicity_id": ethnicity.id,
            "vn_religion_id": religion.id,
            "vn_foreign_language": language,
        }
        for code in levels:
            level = cls.lvl[code]
            vals[kind_field[level.kind]] = level.id
        employee = cls.env["hr.employee"].create(vals)
        if title:
            cls.env["vn.salary.history"].create(
                {
                    "employee_id": employee.id,
                    "date": date(2024, 9, 1),
                    "grade_id": title.id,
                    "step": 1,
                }
            )
        return employee

    # ------------------------------------------------------------------ helpers
    def _matrix(self, form="bm01_vc"):
        Stats = self.env["report.vn_reports.report_staff_statistics"].with_user(self.hr_a)
        return Stats.with_context(vn_export_authorization_id=self.auth.id)._vn_statistics_matrix(
            self.school, form, REPORT_DATE
        )

    def _row(self, form="bm01_vc"):
        m = self._matrix(form)
        self.assertEqual(len(m["rows"]), 1)
        return dict(zip([k for k, _l in m["columns"]], m["rows"][0]["values"]))

    def _report(self):
        return (
            self.env["ir.actions.report"]
            .with_user(self.hr_a)
            .with_context(force_report_rendering=True, vn_export_authorization_id=self.auth.id)
        )

    def _data(self, form="bm01_vc"):
        return {"company_id": self.school.id, "form": form, "report_date": "2026-11-21"}

    # ------------------------------------------------------------------ tests
    def test_bm01_vc_counts_each_class_once(self):
        row = self._row()
        expected = {
            "total": 7,
            "female": 3,
            "minority": 1,
            # Chia theo lĩnh vực: the field of the title
            "s_edu": 1,
            "s_health": 1,
            "s_science": 1,
            "s_culture": 1,
            "s_other": 3,  # chuyên viên (other) and the two without a title
            # hạng of the title
            "g_a3": 1,
            "g_a2": 0,
            "g_a1": 2,  # V.10.02.06 and the science title
            "g_b": 1,  # y sĩ hạng IV
            "g_c": 1,  # chuyên viên has no hạng
            # professional qualification: TSKH counts as TS
            "p_ts": 2,
            "p_ths": 1,
            "p_dh": 1,
            "p_other": 3,
            # political theory: cao cấp = cử nhân + cao cấp
            "l_cc": 2,
            "l_tc": 1,
            "i_up": 1,
            "i_cert": 1,
            "f_dh": 1,
            "f_cc": 1,
            # ages on 21/11/2026: vc1 28, vc4 29 | vc2 41, vc6 36 | vc3 56 | vc7 past 62
            "a_lt30": 2,
            "a_30_50": 2,
            "a_51": 1,
            "a_ret": 1,
        }
        self.assertEqual({key: row[key] for key in expected}, expected)

    def test_bm02_counts_religion_state_management_and_english(self):
        row = self._row("bm02")
        expected = {
            "total": 3,
            "minority": 1,
            "religion": 2,
            "q_cvcc": 1,
            "q_cvc": 1,
            "q_cv": 1,
            "p_ths": 1,
            "p_dh": 2,
            "f_en_dh": 1,
            "f_en_cc": 1,
            "f_o_dh": 0,
            "f_o_cc": 1,
            # ages: cc3 27 | cc1 54 (man), cc2 53 (woman)
            "a_30": 1,
            "a_51_m": 1,
            "a_51_f": 1,
        }
        self.assertEqual({key: row[key] for key in expected}, expected)

    def test_renaming_or_archiving_reference_rows_changes_no_count(self):
        before = (self._row(), self._row("bm02"))
        # names that the old name-based rules would have read the other way round
        self.kinh.name = "Tày"
        self.tay.name = "Kinh"
        self.no_religion.name = "Phật giáo"
        self.buddhism.name = "Không"
        self.lvl["pro_ts"].name = "Đại học"
        self.lvl["pro_dh"].name = "Tiến sĩ"
        self.lvl["pol_tc"].name = "Cao cấp"
        self.lvl["qlnn_cvcc"].name = "Chuyên viên"
        self.lvl["fl_b3"].name = "Đại học tiếng Anh"
        self.lvl["it_basic"].name = "Cao đẳng tin học"
        self.science_title.name = "Giáo viên (đổi tên)"
        self.env.flush_all()
        self.assertEqual((self._row(), self._row("bm02")), before)
        # an archived row (an old level, a legacy title) still classifies who holds it
        (self.lvl["pro_ths"] | self.lvl["pol_cc"]).action_archive()
        self.science_title.action_archive()
        self.tay.action_archive()
        self.assertEqual((self._row(), self._row("bm02")), before)

    def test_changing_the_fields_of_a_reference_row_moves_the_count(self):
        before = self._row()
        self.tay.is_minority = False
        self.lvl["pro_tskh"].statistics_class = "master"
        self.science_title.sector = "health"
        after = self._row()
        self.assertEqual(after["minority"], before["minority"] - 1)
        self.assertEqual((after["p_ts"], after["p_ths"]), (before["p_ts"] - 1, before["p_ths"] + 1))
        self.assertEqual(
            (after["s_science"], after["s_health"]),
            (before["s_science"] - 1, before["s_health"] + 1),
        )

    def test_age_bands_follow_the_report_date(self):
        Stats = self.env["report.vn_reports.report_staff_statistics"].with_user(self.hr_a)
        Stats = Stats.with_context(vn_export_authorization_id=self.auth.id)
        # vc4 (born 01/12/1996) is 29 on 21/11/2026 and 30 on 01/12/2026
        later = Stats._vn_statistics_matrix(self.school, "bm01_vc", date(2026, 12, 1))
        row = dict(zip([k for k, _l in later["columns"]], later["rows"][0]["values"]))
        self.assertEqual((row["a_lt30"], row["a_30_50"]), (1, 3))

    def test_pdf_and_excel_print_the_matrix(self):
        m = self._matrix()
        pdf, _kind = self._report()._render_qweb_pdf(STATISTICS, self.school.ids, data=self._data())
        text = subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode()
        # the headings wrap in their narrow columns: the one-line ones are checked
        for label in ("Chia theo lĩnh vực", "NCKH", "VHTT", "Khác"):
            self.assertIn(label, text)
        total_line = next(line for line in text.splitlines() if "Tổng cộng" in line)
        numbers = [int(x) for x in total_line.split() if x.isdigit()]
        self.assertEqual(numbers, [t for t in m["totals"] if t is not None])
        unit_line = next(line for line in text.splitlines() if self.school.name in line)
        unit_numbers = [int(x) for x in unit_line.split() if x.isdigit()]
        self.assertEqual(unit_numbers[1:], [v for v in m["rows"][0]["values"] if v is not None])

        content, _kind = self._report()._render_xlsx(
            STATISTICS_XLSX, self.school.ids, data=self._data()
        )
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = list(sheet.iter_rows(values_only=True))
        unit_row = next(r for r in rows if r[1] == self.school.name)
        total_row = next(r for r in rows if r[1] == "Tổng cộng")
        self.assertEqual(list(unit_row[2:]), m["rows"][0]["values"])
        self.assertEqual(list(total_row[2:]), m["totals"])
