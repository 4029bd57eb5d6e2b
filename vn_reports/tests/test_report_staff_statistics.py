from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import Form

from .common import VnReportCase

REPORT = "vn_reports.action_report_staff_statistics"
XLSX = "vn_reports.action_report_staff_statistics_xlsx"


class TestReportStaffStatistics(VnReportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.report_date = date(2026, 11, 21)
        tay = cls.env["vn.ethnicity"].search([("name", "=", "Tày")], limit=1)
        cls.new_staff = cls.env["hr.employee"].create(
            {
                "name": "Nông Thị Thanh Huyền",
                "company_id": cls.thpt.id,
                "gender": "female",
                "birthday": "1994-07-15",
                "vn_staff_category": "public_employee",
                "vn_party_join_date": "2020-05-19",
                "vn_ethnicity_id": tay.id,
            }
        )

    def _count(self, user, company, extra):
        domain = [
            ("company_id", "child_of", company.id),
            ("vn_staff_category", "=", "public_employee"),
            ("vn_work_state", "=", "working"),
        ] + extra
        return self.env["hr.employee"].with_user(user).search_count(domain)

    def _data(self, company, form="bm01_vc"):
        return {"company_id": company.id, "form": form, "report_date": "2026-11-21"}

    def test_matrix_totals_equal_counts(self):
        Stats = self.env["report.vn_reports.report_staff_statistics"].with_user(self.user_sgd_tccb)
        m = Stats._vn_statistics_matrix(self.sgd, "bm01_vc", self.report_date)
        totals = dict(zip([k for k, _l in m["columns"]], m["totals"]))
        user = self.user_sgd_tccb
        self.assertEqual(totals["total"], self._count(user, self.sgd, []))
        self.assertEqual(totals["female"], self._count(user, self.sgd, [("gender", "=", "female")]))
        self.assertEqual(
            totals["party"], self._count(user, self.sgd, [("vn_party_join_date", "!=", False)])
        )
        self.assertEqual(
            totals["minority"],
            self._count(
                user,
                self.sgd,
                [("vn_ethnicity_id", "!=", False), ("vn_ethnicity_id.name", "!=", "Kinh")],
            ),
        )
        self.assertGreaterEqual(totals["minority"], 1)
        # the age bands split the staff whose birthday is known
        ages = sum(totals[k] for k in ("a_lt30", "a_30_50", "a_51", "a_ret"))
        self.assertEqual(ages, self._count(user, self.sgd, [("birthday", "!=", False)]))
        # one row per unit under the managing body, the units' rows add up to the totals
        self.assertEqual([r["unit"] for r in m["rows"]], [self.sgd.name, self.thpt.name])
        for index, total in enumerate(m["totals"]):
            if total is not None:
                self.assertEqual(total, sum(r["values"][index] for r in m["rows"]))

    def test_pdf_header_columns_and_totals(self):
        data = self._data(self.sgd)
        text = self.render_text(
            REPORT, self.sgd.ids, data=data, user=self.user_sgd_tccb, layout=False
        )
        self.assertTextContains(
            text,
            [
                "BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG VIÊN CHỨC",
                "BM01-VC/BNV",
                "Thông tư số 07/2019/TT-BNV",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HƯNG YÊN",
                "Tính đến ngày 21/11/2026",
                "STT",
                "Tên đơn vị",
                "Tổng số",
                "Đảng viên",
                "Phụ nữ",
                "Dân tộc ít người",
                "Hạng I",
                "Hạng II",
                "Hạng III",
                "Hạng IV",
                "TS",
                "ThS",
                "Lý luận chính trị",
                "Tin học",
                "Ngoại ngữ",
                "Độ tuổi",
                "Dưới 30",
                "Trên tuổi nghỉ hưu",
                "Tổng cộng",
                "Người lập bảng",
                "Thủ trưởng đơn vị",
                "Hưng Yên, ngày 21 tháng 11 năm 2026",
                self.thpt.name,
            ],
        )
        layout = self.render_text(REPORT, self.sgd.ids, data=data, user=self.user_sgd_tccb)
        total_line = next(line for line in layout.splitlines() if "Tổng cộng" in line)
        numbers = [int(x) for x in total_line.split() if x.isdigit()]
        m = (
            self.env["report.vn_reports.report_staff_statistics"]
            .with_user(self.user_sgd_tccb)
            ._vn_statistics_matrix(self.sgd, "bm01_vc", self.report_date)
        )
        self.assertEqual(numbers, [t for t in m["totals"] if t is not None])

    def test_bm02_civil_servants(self):
        data = self._data(self.sgd, "bm02")
        text = self.render_text(
            REPORT, self.sgd.ids, data=data, user=self.user_sgd_tccb, layout=False
        )
        self.assertTextContains(
            text,
            [
                "BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÔNG CHỨC",
                "BM02/BNV",
                "Thông tư số 11/2012/TT-BNV",
                "Tổng số biên chế được giao",
                "Tôn giáo",
                "Chia theo ngạch",
                "CVCC và TĐ",
                "CVC và TĐ",
                "CV và TĐ",
                "Cán sự và TĐ",
                "Nhân viên",
                "Quản lý nhà nước",
                "Trung cấp trở lên",
                "Chứng chỉ",
                "Từ 30 trở xuống",
                "Từ 31 đến 40",
                "Từ 41 đến 50",
                "Trên tuổi nghỉ hưu",
            ],
        )
        self.assertNoFalse(text)

    def test_excel_opens_and_sums_to_the_same_totals(self):
        data = self._data(self.xa)
        workbook = self.render_xlsx(XLSX, self.xa.ids, data=data, user=self.user_xa_vhxh)
        sheet = workbook.active
        rows = list(sheet.iter_rows(values_only=True))
        self.assertIn("BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG VIÊN CHỨC", [r[0] for r in rows])
        total_row = next(r for r in rows if r[1] == "Tổng cộng")
        unit_rows = [r for r in rows if isinstance(r[0], int)]
        self.assertEqual(len(unit_rows), 4, "the commune office and its three schools")
        m = (
            self.env["report.vn_reports.report_staff_statistics"]
            .with_user(self.user_xa_vhxh)
            ._vn_statistics_matrix(self.xa, "bm01_vc", self.report_date)
        )
        self.assertEqual(list(total_row[2:]), m["totals"])
        self.assertEqual(total_row[2], self._count(self.user_xa_vhxh, self.xa, []))
        for col in range(2, len(total_row)):
            if total_row[col] is not None:
                self.assertEqual(total_row[col], sum(r[col] for r in unit_rows))

    def test_wizard_from_the_unit_form(self):
        Wizard = self.env["vn.staff.statistics.wizard"].with_user(self.user_xa_vhxh)
        with Form(Wizard.with_context(active_model="res.company", active_id=self.xa.id)) as form:
            self.assertEqual(form.company_id, self.xa)
            form.form = "bm02"
            form.report_date = "2026-06-30"
        action = form.record.action_print_xlsx()
        self.assertEqual(action["report_type"], "xlsx")
        self.assertEqual(
            action["data"], {"company_id": self.xa.id, "form": "bm02", "report_date": "2026-06-30"}
        )

    def test_teacher_cannot_print_statistics(self):
        with self.assertRaises(AccessError):
            self.render_pdf(
                REPORT, self.thcs.ids, data=self._data(self.thcs), user=self.user_thcs_gv
            )
