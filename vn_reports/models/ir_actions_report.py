from odoo import api, models


class IrActionsReport(models.Model):
    """The statutory forms print no wkhtmltopdf header/footer and run no JavaScript: their
    paper formats skip the JavaScript delay (report.print_delay, 1 s by default) that Odoo
    leaves for the header/footer scripts of its own layouts. The Excel files rendered by
    report_xlsx's own controller go through hr_vn_civil_servant's report check too."""

    _inherit = "ir.actions.report"

    def _build_wkhtmltopdf_args(
        self, paperformat_id, landscape, specific_paperformat_args=None, set_viewport_size=False
    ):
        args = super()._build_wkhtmltopdf_args(
            paperformat_id,
            landscape,
            specific_paperformat_args=specific_paperformat_args,
            set_viewport_size=set_viewport_size,
        )
        own = (
            self.env.ref("vn_reports.paperformat_vn_a4_portrait", raise_if_not_found=False),
            self.env.ref("vn_reports.paperformat_vn_a4_landscape", raise_if_not_found=False),
        )
        if paperformat_id and paperformat_id in own and "--javascript-delay" in args:
            index = args.index("--javascript-delay")
            args[index + 1] = "0"
        return args

    @api.model
    def _render_xlsx(self, report_ref, docids, data):
        # report_xlsx's controller calls this directly (not _render): same check
        with self._vn_rendering(report_ref, docids, "xlsx"):
            return super()._render_xlsx(report_ref, docids, data)
