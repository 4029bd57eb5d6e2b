import base64

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

#: report_name -> (report xml id, form, extension, mimetype): what a closing freezes
SNAPSHOT_REPORTS = {
    "staff_statistics_bm01_vc_pdf": (
        "vn_reports.action_report_staff_statistics",
        "bm01_vc",
        "pdf",
        "application/pdf",
    ),
    "staff_statistics_bm02_pdf": (
        "vn_reports.action_report_staff_statistics",
        "bm02",
        "pdf",
        "application/pdf",
    ),
    "staff_statistics_bm01_vc_xlsx": (
        "vn_reports.action_report_staff_statistics_xlsx",
        "bm01_vc",
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    "staff_statistics_bm02_xlsx": (
        "vn_reports.action_report_staff_statistics_xlsx",
        "bm02",
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
}


class VnDataSnapshot(models.Model):
    """What a managing body reported on its data closing date (seed 003 §6, seed 002
    Điều 3c): the rendered bytes of the staff statistics (BM02/BNV, BM01-VC/BNV, PDF and
    Excel), reprinted exactly later whatever changed since. Immutable: made once per
    report and date by the closing, never written nor deleted."""

    _name = "vn.data.snapshot"
    _description = "Data Closing Snapshot"
    _order = "date desc, company_id, report_name"

    company_id = fields.Many2one(
        "res.company", string="Managing Body", required=True, index=True, readonly=True
    )
    date = fields.Date(required=True, index=True, readonly=True)
    report_name = fields.Selection(
        [
            ("staff_statistics_bm01_vc_pdf", "Staff statistics BM01-VC/BNV (PDF)"),
            ("staff_statistics_bm02_pdf", "Staff statistics BM02/BNV (PDF)"),
            ("staff_statistics_bm01_vc_xlsx", "Staff statistics BM01-VC/BNV (Excel)"),
            ("staff_statistics_bm02_xlsx", "Staff statistics BM02/BNV (Excel)"),
        ],
        string="Report",
        required=True,
        index=True,
        readonly=True,
    )
    datas = fields.Binary(string="Frozen File", attachment=True, readonly=True)
    file_name = fields.Char(readonly=True)
    user_id = fields.Many2one("res.users", string="Closed By", readonly=True)

    _sql_constraints = [
        (
            "report_date_uniq",
            "unique(company_id, report_name, date)",
            "This report of this date is already frozen.",
        ),
    ]

    @api.model
    def _vn_freeze(self, body, day=None):
        """Render and store every snapshot report of the managing body for ``day``,
        with the caller's rights (his authorisations apply as for printing)."""
        day = day or vn_today(self)
        existing = self.sudo().search([("company_id", "=", body.id), ("date", "=", day)])
        if existing:
            raise UserError(
                _(
                    "The data of %(unit)s of %(date)s are already frozen.",
                    unit=body.name,
                    date=day.strftime("%d/%m/%Y"),
                )
            )
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        vals_list = []
        for name, (ref, form, ext, _mime) in SNAPSHOT_REPORTS.items():
            data = {"company_id": body.id, "form": form, "report_date": fields.Date.to_string(day)}
            content, _type = Report._render(ref, body.ids, data=data)
            vals_list.append(
                {
                    "company_id": body.id,
                    "date": day,
                    "report_name": name,
                    "datas": base64.b64encode(content),
                    "file_name": f"{name}_{day.isoformat()}.{ext}",
                    "user_id": self.env.uid,
                }
            )
        return self.sudo().with_context(vn_snapshot_create=True).create(vals_list)

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.context.get("vn_snapshot_create"):
            raise UserError(_("Snapshots are made only by the data closing."))
        return super().create(vals_list)

    def write(self, vals):
        if vals:
            raise UserError(_("A data closing snapshot cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(_("A data closing snapshot cannot be deleted."))

    def action_download(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/vn.data.snapshot/{self.id}/datas/{self.file_name}?download=true",
        }
