from odoo import api, models


class ReportIncomingFollowup(models.AbstractModel):
    """Sổ theo dõi giải quyết văn bản đến (Nghị định 30/2020/NĐ-CP, Phụ lục IV, mẫu VIII)."""

    _name = "report.vn_reports.report_incoming_followup"
    _inherit = "report.vn_reports.report_incoming_register"
    _description = "Report: Incoming Documents Follow-up Book"

    _vn_kind = "followup"

    @api.model
    def _vn_row(self, doc):
        """The 7 columns of the Sổ theo dõi giải quyết văn bản đến."""
        parts = [
            doc.type_id.name or "",
            doc.original_number or "",
            self._vn_date(doc.document_date),
            doc.author_name or "",
        ]
        return [
            doc.arrival_number_display or "",
            ", ".join(p for p in parts if p),
            doc.recipient_text or "",
            self._vn_date(doc.deadline),
            doc.progress or "",
            doc.reply_notation or "",
            doc.note or "",
        ]

    @api.model
    def _vn_columns(self):
        return [
            ("Số đến", "6%"),
            ("Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản", "30%"),
            ("Đơn vị hoặc người nhận", "15%"),
            ("Thời hạn giải quyết", "9%"),
            ("Tiến độ giải quyết", "14%"),
            ("Số, ký hiệu văn bản trả lời", "12%"),
            ("Ghi chú", "14%"),
        ]
