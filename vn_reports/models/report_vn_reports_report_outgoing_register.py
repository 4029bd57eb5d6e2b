from odoo import api, models


class ReportOutgoingRegister(models.AbstractModel):
    """Sổ đăng ký văn bản đi (Nghị định 30/2020/NĐ-CP, Phụ lục IV, mẫu I)."""

    _name = "report.vn_reports.report_outgoing_register"
    _inherit = "report.vn_reports.report_incoming_register"
    _description = "Report: Outgoing Documents Register"

    _vn_kind = "outgoing"

    @api.model
    def _vn_row(self, doc):
        """The 10 columns of the Sổ đăng ký văn bản đi."""
        return [
            doc.name or "",
            self._vn_date(doc.document_date),
            self._vn_type_subject(doc),
            doc.signer_name or "",
            doc.recipient_text or "",
            doc.archive_text or "",
            str(doc.copies_count) if doc.copies_count else "",
            self._vn_date(doc.transfer_date),
            "",
            self._vn_note(doc),
        ]

    @api.model
    def _vn_columns(self):
        return [
            ("Số, ký hiệu văn bản", "11%"),
            ("Ngày tháng văn bản", "7%"),
            ("Tên loại và trích yếu nội dung văn bản", "25%"),
            ("Người ký", "11%"),
            ("Nơi nhận văn bản", "13%"),
            ("Đơn vị, người nhận bản lưu", "9%"),
            ("Số lượng bản", "5%"),
            ("Ngày chuyển", "7%"),
            ("Ký nhận", "5%"),
            ("Ghi chú", "7%"),
        ]
