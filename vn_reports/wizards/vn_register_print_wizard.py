from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.hr_vn_civil_servant.tools.dates import vn_today

ACTIONS = {
    "register": {
        "incoming": "vn_reports.action_report_incoming_register",
        "outgoing": "vn_reports.action_report_outgoing_register",
    },
    "followup": {"incoming": "vn_reports.action_report_incoming_followup"},
}


class VnRegisterPrintWizard(models.TransientModel):
    """Prints a register book (Nghị định 30/2020/NĐ-CP, Phụ lục IV) for a period: the
    Sổ đăng ký văn bản đến/đi or the Sổ theo dõi giải quyết văn bản đến."""

    _name = "vn.register.print.wizard"
    _description = "Print Register Book"
    _inherit = ["vn.report.period.mixin", "vn.value.limit.mixin"]

    register_id = fields.Many2one(
        "vn.document.register",
        required=True,
        domain="[('direction', 'in', ('incoming', 'outgoing'))]",
    )
    direction = fields.Selection(related="register_id.direction", string="Direction")
    book = fields.Selection(
        [("register", "Register Book"), ("followup", "Follow-up Book (incoming)")],
        required=True,
        default="register",
    )
    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda s: vn_today(s).replace(month=1, day=1),
    )
    date_to = fields.Date(string="To", required=True, default=lambda self: vn_today(self))

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        ctx = self.env.context
        if ctx.get("active_model") == "vn.document.register" and ctx.get("active_id"):
            values["register_id"] = ctx["active_id"]
        return values

    def action_print(self):
        self.ensure_one()
        xmlid = ACTIONS[self.book].get(self.register_id.direction)
        if not xmlid:
            raise ValidationError(
                _("The follow-up book exists only for registers of incoming documents.")
            )
        data = {
            "register_id": self.register_id.id,
            "date_from": fields.Date.to_string(self.date_from),
            "date_to": fields.Date.to_string(self.date_to),
        }
        report = self.env.ref(xmlid)
        # fail here, with a clear message, when the period holds no document
        self.env[f"report.{report.report_name}"]._vn_documents([], data)
        return report.report_action([], data=data)
