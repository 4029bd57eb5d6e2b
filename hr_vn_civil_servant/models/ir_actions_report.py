import contextlib

from odoo import api, models

from .vn_personnel_data_mixin import is_personnel_model, vn_guard


class IrActionsReport(models.Model):
    """Printing personnel data of other people is an export: it needs the right
    'Personnel data export' and an authorisation, and is logged. One's own record
    can always be printed.

    Reports on a personnel model (e.g. the stock badge of hr.employee) are checked
    here for every output type; reports whose rendering model sets
    ``_vn_personnel_report`` (vn_reports' forms and lists, also those printed from a
    wizard's data) check and log what they print themselves, in the method preparing
    their values, so that the same rule holds for PDF, HTML and Excel and for a call
    of the rendering model itself."""

    _inherit = "ir.actions.report"

    @api.model
    def _vn_check_personnel_report(self, report_ref, res_ids):
        if self.env.su or not res_ids:
            return
        report = self._get_report(report_ref)
        if not report.model or report.model not in self.env:
            return
        renderer = self.env.get(f"report.{report.report_name}")
        if renderer is not None and getattr(renderer, "_vn_personnel_report", False):
            return
        Model = self.env[report.model]
        if not is_personnel_model(Model):
            return
        if isinstance(res_ids, int):
            res_ids = [res_ids]
        records = Model.browse(res_ids)
        others = records._vn_others()
        if others:
            self.env["vn.personnel.export.log"]._vn_check_and_log(
                others, "report", report_name=report.report_name, method=report.report_type
            )

    @contextlib.contextmanager
    def _vn_rendering(self, report_ref, res_ids, output):
        """Checks once, in the outermost rendering call (the PDF is rendered from the
        HTML), and tells the reports that check themselves which output is made."""
        with vn_guard(self.env, "report") as outer:
            if not outer:
                yield
                return
            self._vn_check_personnel_report(report_ref, res_ids)
            self.env.cr.cache["vn_report_output"] = output
            try:
                yield
            finally:
                self.env.cr.cache.pop("vn_report_output", None)

    @api.model
    def _render_qweb_pdf(self, report_ref, res_ids=None, data=None):
        with self._vn_rendering(report_ref, res_ids, "pdf"):
            return super()._render_qweb_pdf(report_ref, res_ids=res_ids, data=data)

    @api.model
    def _render_qweb_html(self, report_ref, docids, data=None):
        with self._vn_rendering(report_ref, docids, "html"):
            return super()._render_qweb_html(report_ref, docids, data=data)

    @api.model
    def _render_qweb_text(self, report_ref, docids, data=None):
        with self._vn_rendering(report_ref, docids, "text"):
            return super()._render_qweb_text(report_ref, docids, data=data)

    @api.model
    def _render(self, report_ref, res_ids, data=None):
        # every report type dispatched here, e.g. report_xlsx's "xlsx"
        report = self._get_report(report_ref)
        with self._vn_rendering(report_ref, res_ids, report.report_type):
            return super()._render(report_ref, res_ids, data=data)
