from odoo import _, api, models
from odoo.exceptions import UserError


class ReportIncomingSlip(models.AbstractModel):
    """Phiếu giải quyết văn bản đến (Nghị định 30/2020/NĐ-CP, Phụ lục IV, mẫu VII): the
    agency leader's instruction and assignment (with "ủy quyền" when his delegate gave
    it), the unit leader's assignment to a person and the handler's proposal, one slip
    per document in register order."""

    _name = "report.vn_reports.report_incoming_slip"
    _inherit = "vn.report.format"
    _description = "Report: Incoming Document Handling Slip"

    @api.model
    def _vn_handler(self, assignment):
        deadline = self._vn_date(assignment.deadline)
        name = assignment._vn_handler_name()
        return f"{name} (thời hạn: {deadline})" if deadline else name

    @api.model
    def _vn_director(self, doc):
        """Who gave the instruction, as the Direct step recorded it: the leader, or his
        delegate followed by "(ủy quyền: <leader>)"."""
        review = doc._vn_wf_last_review("direct")
        if review.user_id and review.user_id == doc.instruction_user_id:
            if review.on_behalf_of_id:
                return f"{review.user_id.name} (ủy quyền: {review.on_behalf_of_id.name})"
            return review.user_id.name
        return doc.instruction_user_id.name or doc.leader_id.name or ""

    @api.model
    def _vn_slip_values(self, doc):
        assignments = doc.assignment_ids
        top = assignments.filtered(lambda a: not a.parent_id)
        sub = assignments.filtered(lambda a: a.parent_id)
        describe = [
            doc.type_id.name or "",
            f"số {doc.original_number}" if doc.original_number else "",
            f"ngày {self._vn_date(doc.document_date)}" if doc.document_date else "",
            doc.author_name or "",
        ]
        company = doc.company_id
        proposals = [
            {
                "handler": a._vn_handler_name(),
                "opinion": a.opinion or "",
                "date": self._vn_date(a.proposal_date),
            }
            for a in assignments
            if a.opinion
        ]
        sub_leaders = sub.mapped("assigned_by_id")
        return {
            "doc": doc,
            "agency": self._vn_agency(company),
            "date_line": self._vn_date_line(self._vn_place(company), doc.arrival_date),
            "description": ", ".join(p for p in describe if p),
            "subject": doc.subject or "",
            "arrival": doc.arrival_number_display or "",
            "instruction": doc.instruction or "",
            "leads": [self._vn_handler(a) for a in top if a.role == "lead"],
            "supports": [self._vn_handler(a) for a in top if a.role == "support"],
            "instruction_date": self._vn_date(doc.instruction_date),
            "leader": self._vn_director(doc),
            "unit_assignments": [self._vn_handler(a) for a in sub],
            "unit_date": self._vn_date(max(sub.mapped("assign_date"), default=False)),
            "unit_leader": ", ".join(sub_leaders.mapped("name")),
            "proposals": proposals,
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["vn.incoming.document"].browse(docids)
        docs.check_access("read")
        if not docs:
            raise UserError(_("Select at least one incoming document."))
        docs = docs.sorted(lambda d: (d.register_id.id or 0, d.number_year, d.arrival_number, d.id))
        docs._vn_log_read("report")  # a printed secret document is a logged read
        return {
            "doc_ids": docs.ids,
            "doc_model": "vn.incoming.document",
            "docs": docs,
            "slips": [self._vn_slip_values(doc) for doc in docs],
        }
