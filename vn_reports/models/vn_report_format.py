"""Display helpers shared by the statutory reports (NĐ 30/2020/NĐ-CP, Phụ lục I)."""

from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

#: Dates a report can be asked for: from 1900 to this many years ahead (retirement lists).
REPORT_MIN_DATE = date(1900, 1, 1)
REPORT_MAX_YEARS_AHEAD = 50


class VnReportFormat(models.AbstractModel):
    """Turns stored values into the strings printed on the forms.

    Reports never print ``False``/``None``: a missing value is a blank string. Every
    report model inherits these helpers and prepares its values with them.
    """

    _name = "vn.report.format"
    _description = "Vietnamese Report Formatting Helpers"

    #: The report checks and logs the personnel data it prints itself (see
    #: hr_vn_civil_servant's ir.actions.report), in the method preparing its values.
    _vn_personnel_report = True

    @api.model
    def _vn_check_personnel_output(self, employees, report_name):
        """Printing personnel data of other people (a form, a list, statistics; PDF,
        HTML or Excel alike) is an export: the right 'Personnel data export', an
        authorisation covering their units, and one row in the export log. Called
        with the employees the output is about, before it is prepared."""
        employees = self.env["hr.employee"].browse(employees.ids)
        others = employees._vn_others()
        if others:
            self.env["vn.personnel.export.log"]._vn_check_and_log(
                others,
                "report",
                report_name=report_name,
                method=self.env.cr.cache.get("vn_report_output") or "report values",
            )

    @api.model
    def _vn_check_report_dates(self, *days):
        """Refuse a report date before 1900 or more than 50 years ahead."""
        last = vn_today(self) + relativedelta(years=REPORT_MAX_YEARS_AHEAD)
        for day in days:
            if day and not REPORT_MIN_DATE <= day <= last:
                raise ValidationError(
                    self.env._(
                        "A report date must be between %(first)s and %(last)s (%(date)s given).",
                        first=REPORT_MIN_DATE.strftime("%d/%m/%Y"),
                        last=last.strftime("%d/%m/%Y"),
                        date=day.strftime("%d/%m/%Y"),
                    )
                )

    @api.model
    def _vn_text(self, value):
        """A printable string: blank for False/None/empty, never the word False."""
        if value is None or value is False:
            return ""
        if isinstance(value, models.BaseModel):
            return ", ".join(r.display_name or "" for r in value)
        return str(value)

    @api.model
    def _vn_date(self, value, fmt="%d/%m/%Y"):
        """dd/mm/yyyy (or ``fmt``) of a date or datetime; blank when unset."""
        if not value:
            return ""
        if isinstance(value, str):
            value = fields.Date.to_date(value[:10])
        return value.strftime(fmt)

    @api.model
    def _vn_month_year(self, value):
        """mm/yyyy, used by the history tables of Mẫu 2C-BNV/2008."""
        return self._vn_date(value, "%m/%Y")

    @api.model
    def _vn_number(self, value, digits=2):
        """A decimal number with a decimal comma (Vietnamese notation); blank when unset."""
        if value is None or value is False or value == "":
            return ""
        if isinstance(value, int) and not isinstance(value, bool):
            return f"{value:,}".replace(",", ".")
        text = f"{value:,.{digits}f}"
        return text.replace(",", " ").replace(".", ",").replace(" ", ".")

    @api.model
    def _vn_amount(self, value):
        """A money amount in đồng with thousands dots (2.530.000)."""
        if value is None or value is False:
            return ""
        return f"{round(value):,}".replace(",", ".")

    @api.model
    def _vn_date_parts(self, value):
        """Day and month of the date line of NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.

        Days below 10 and the months 1 and 2 are written with a leading zero
        ("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 3 năm 2026").
        """
        day = f"{value.day:02d}"
        month = f"{value.month:02d}" if value.month < 3 else str(value.month)
        return day, month, str(value.year)

    @api.model
    def _vn_date_line(self, place, value):
        """ "Địa danh, ngày dd tháng mm năm yyyy" (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4).

        Without a date the blanks of the paper form are printed for handwriting.
        """
        place = place or "……………"
        if not value:
            return f"{place}, ngày …… tháng …… năm ……"
        day, month, year = self._vn_date_parts(fields.Date.to_date(value))
        return f"{place}, ngày {day} tháng {month} năm {year}"

    @api.model
    def _vn_place(self, company):
        """Địa danh of the date line: the unit's city, else its province."""
        company = company.sudo()
        return company.city or company.state_id.name or ""

    @api.model
    def _vn_agency(self, company):
        """The two-line agency block: cơ quan chủ quản above the unit's name, uppercase.

        Unit names are public reference data: read with sudo, so that a school's staff
        print their managing body's name without reading its records."""
        company = company.sudo()
        superior = company.vn_header_superior if "vn_header_superior" in company._fields else ""
        return {
            "superior": (superior or "").upper(),
            "name": (company.name or "").upper(),
        }

    @api.model
    def _vn_field(self, record, fname, digits=2):
        """The display string of ``record[fname]``; blank when the field does not exist
        (an optional module is not installed) or has no value."""
        if not record or fname not in record._fields:
            return ""
        field = record._fields[fname]
        value = record[fname]
        if field.type == "selection":
            if not value:
                return ""
            return dict(field._description_selection(record.env)).get(value, value)
        if field.type in ("many2one", "many2many", "one2many"):
            return self._vn_text(value)
        if field.type in ("date", "datetime"):
            return self._vn_date(value)
        if field.type == "float":
            return "" if not value else self._vn_number(value, digits)
        if field.type == "monetary":
            return "" if not value else self._vn_amount(value)
        if field.type == "boolean":
            return ""
        if field.type == "integer":
            return "" if not value else str(value)
        return self._vn_text(value)

    @api.model
    def _vn_first(self, record, fnames, digits=2):
        """The first non-blank value among alternative field names."""
        for fname in fnames:
            text = self._vn_field(record, fname, digits)
            if text:
                return text
        return ""

    # ------------------------------------------------------------------ pagination
    @api.model
    def _vn_text_lines(self, text, chars):
        """Lines taken by ``text`` in a cell of ``chars`` characters (greedy word wrap)."""
        lines = 0
        for paragraph in str(text or "").split("\n"):
            lines += 1
            used = 0
            for word in paragraph.split():
                size = len(word)
                if used and used + 1 + size > chars:
                    lines += 1
                    used = size
                else:
                    used += size + (1 if used else 0)
                while used > chars:
                    lines += 1
                    used -= chars
        return max(lines, 1)

    @api.model
    def _vn_paginate(self, rows, widths, page_lines=36, first_page_lines=None, chars_per_pct=1.5):
        """Split table rows into pages that each fit on one sheet.

        Debian's wkhtmltopdf (unpatched Qt) neither repeats ``thead`` on a new page nor
        keeps a row in one piece, so the tables are paginated here: each page is printed
        as its own table with its header. ``widths`` are the columns' widths in percent;
        ``page_lines`` is the page's height in text lines (header included), a row costs
        its wrapped lines plus half a line of padding."""
        chars = [max(int(w * chars_per_pct), 4) for w in widths]
        pages, page, used = [], [], 0.0
        budget = first_page_lines or page_lines
        for row in rows:
            cost = 0.5 + max(
                self._vn_text_lines(cell, chars[i] if i < len(chars) else 10)
                for i, cell in enumerate(row)
            )
            if page and used + cost > budget:
                pages.append(page)
                page, used, budget = [], 0.0, page_lines
            page.append(row)
            used += cost
        if page or not pages:
            pages.append(page)
        return pages

    # ------------------------------------------------------------------ Excel
    @api.model
    def _vn_write_matrix_sheet(self, workbook, sheet_name, header, groups, rows, totals=None):
        """One worksheet with the agency block, title, two header rows (column groups
        and their columns), the rows and an optional totals row. Returns the sheet.

        ``groups`` = [(group label, [(key, label)])]; ``rows`` = lists of cell values
        (None prints blank)."""
        sheet = workbook.add_worksheet(sheet_name[:31])
        base = {"font_name": "Times New Roman", "font_size": 11, "valign": "vcenter"}
        f_center_b = workbook.add_format(dict(base, bold=True, align="center"))
        f_center = workbook.add_format(dict(base, align="center"))
        f_italic = workbook.add_format(dict(base, italic=True, align="center"))
        f_title = workbook.add_format(dict(base, bold=True, font_size=14, align="center"))
        f_head = workbook.add_format(
            dict(base, bold=True, align="center", text_wrap=True, border=1)
        )
        f_cell = workbook.add_format(dict(base, border=1, text_wrap=True))
        f_num = workbook.add_format(dict(base, border=1, align="right"))
        f_total = workbook.add_format(dict(base, border=1, bold=True))
        f_total_num = workbook.add_format(dict(base, border=1, bold=True, align="right"))
        width = sum(len(cols) for _label, cols in groups)
        last = max(width - 1, 4)
        half = max(last // 2, 2)
        agency = header.get("agency") or {}
        sheet.merge_range(0, 0, 0, half - 1, agency.get("superior", ""), f_center)
        sheet.merge_range(1, 0, 1, half - 1, agency.get("name", ""), f_center_b)
        sheet.merge_range(0, half, 0, last, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f_center_b)
        sheet.merge_range(1, half, 1, last, "Độc lập - Tự do - Hạnh phúc", f_center_b)
        if header.get("form_code"):
            sheet.merge_range(2, half, 2, last, header["form_code"], f_italic)
        if header.get("form_basis"):
            sheet.merge_range(3, half, 3, last, header["form_basis"], f_italic)
        sheet.merge_range(5, 0, 5, last, header.get("title", ""), f_title)
        if header.get("subtitle"):
            sheet.merge_range(6, 0, 6, last, header["subtitle"], f_italic)
        row = 8
        col = 0
        for label, cols in groups:
            if label and len(cols) > 1:
                sheet.merge_range(row, col, row, col + len(cols) - 1, label, f_head)
            elif label:
                sheet.write(row, col, label, f_head)
            for offset, (_key, sub_label) in enumerate(cols):
                if label:
                    sheet.write(row + 1, col + offset, sub_label, f_head)
                else:
                    sheet.merge_range(row, col + offset, row + 1, col + offset, sub_label, f_head)
            col += len(cols)
        sheet.set_row(row + 1, 45)
        sheet.set_column(0, 0, 5)
        sheet.set_column(1, 1, 32)
        sheet.set_column(2, width - 1, 10)
        row += 2
        for values in rows:
            self._vn_write_row(sheet, row, values, f_cell, f_num)
            row += 1
        if totals:
            self._vn_write_row(sheet, row, totals, f_total, f_total_num)
        sheet.freeze_panes(10, 2)
        return sheet

    @api.model
    def _vn_write_row(self, sheet, row, values, f_text, f_number):
        """Numbers as numbers (so that the sheet sums), None/False as blank cells."""
        for col, value in enumerate(values):
            if value is None or value is False:
                sheet.write_blank(row, col, None, f_text)
            elif isinstance(value, (int, float)):
                sheet.write_number(row, col, value, f_number)
            else:
                sheet.write_string(row, col, str(value), f_text)
