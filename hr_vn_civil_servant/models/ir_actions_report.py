from odoo import api, models


class IrActionsReport(models.Model):
    """Printing someone else's personnel record is an export: it needs the right
    'Personnel data export' and is logged. One's own record can always be printed."""

    _inherit = "ir.actions.report"

    @api.model
    def _vn_check_personnel_report(self, report_ref, res_ids):
        if self.env.su or self.env.context.get("vn_report_checked") or not res_ids:
            return
        report = self._get_report(report_ref)
        if not report.model or report.model not in self.env:
            return
        Model = self.env[report.model]
        if not Model._vn_is_personnel_model():
            return
        if isinstance(res_ids, int):
            res_ids = [res_ids]
        self.env["vn.personnel.export.log"]._vn_check_and_log(
            Model.browse(res_ids),
            "report",
            self.env._(
                "Printing the personnel records of other people needs the right "
                "'Personnel data export'."
            ),
            report_name=report.report_name,
        )

    @api.model
    def _render_qweb_pdf(self, report_ref, res_ids=None, data=None):
        self._vn_check_personnel_report(report_ref, res_ids)
        return super(IrActionsReport, self.with_context(vn_report_checked=True))._render_qweb_pdf(
            report_ref, res_ids=res_ids, data=data
        )

    @api.model
    def _render_qweb_html(self, report_ref, docids, data=None):
        self._vn_check_personnel_report(report_ref, docids)
        return super(IrActionsReport, self.with_context(vn_report_checked=True))._render_qweb_html(
            report_ref, docids, data=data
        )

    @api.model
    def _render_qweb_text(self, report_ref, docids, data=None):
        self._vn_check_personnel_report(report_ref, docids)
        return super(IrActionsReport, self.with_context(vn_report_checked=True))._render_qweb_text(
            report_ref, docids, data=data
        )

    @api.model
    def _render(self, report_ref, res_ids, data=None):
        # every report type dispatched here, e.g. report_xlsx's "xlsx"
        self._vn_check_personnel_report(report_ref, res_ids)
        return super(IrActionsReport, self.with_context(vn_report_checked=True))._render(
            report_ref, res_ids, data=data
        )
