from odoo import api, fields, models

TEAM = "documents_vn_office.group_records_team"


class VnRecordsSupportRequest(models.Model):
    """A problem with the professional records reported by a user (e-record rules of
    the school, Điều 6b, 7c): it reaches the records team of his school (tổ quản lý
    phần mềm, Điều 5), which takes it and answers."""

    _name = "vn.records.support.request"
    _description = "Records Support Request"
    _inherit = ["vn.workflow.mixin", "vn.value.limit.mixin"]
    _order = "id desc"
    _check_company_auto = True

    _vn_wf_guarded_fields = ("handled_by_id", "reported_by_id")
    _vn_wf_frozen = {"resolved": ("name", "description", "company_id", "record_id")}
    _vn_wf_decider_fields = {"answer": "resolve"}

    name = fields.Char(string="Subject", required=True)
    description = fields.Text(required=True)
    company_id = fields.Many2one(
        "res.company",
        string="School",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    record_id = fields.Many2one(
        "vn.teaching.record", string="Professional Record", index=True, check_company=True
    )
    reported_by_id = fields.Many2one(
        "res.users",
        default=lambda self: self.env.user,
        readonly=True,
        index=True,
    )
    state = fields.Selection(
        [("new", "New"), ("in_progress", "In Progress"), ("resolved", "Resolved")],
        default="new",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    handled_by_id = fields.Many2one("res.users", readonly=True)
    answer = fields.Text(tracking=True)

    def _vn_wf_transitions(self):
        return {
            "take": {
                "label": self.env._("Take"),
                "sources": ("new",),
                "target": "in_progress",
                "deciders": "_vn_wf_team",
                "todo": self.env._("Handle the records problem"),
                "stamp": {"handled_by_id": "user"},
            },
            "resolve": {
                "label": self.env._("Resolve"),
                "sources": ("in_progress",),
                "target": "resolved",
                "deciders": "_vn_wf_team",
                "reason": True,
                "reason_field": "answer",
                "notify_author": True,
            },
            "reopen": {
                "label": self.env._("Reopen"),
                "sources": ("resolved",),
                "target": "new",
                "deciders": "_vn_wf_authors",
                "reason": True,
            },
        }

    def _vn_wf_authors(self):
        self.ensure_one()
        return self.sudo().reported_by_id

    def _vn_wf_team(self):
        self.ensure_one()
        return self._vn_wf_users(TEAM, self.sudo().company_id)

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._vn_wf_update_todos()
        return records

    def action_take(self):
        self._vn_wf_take("take")
        return True

    def action_resolve(self, reason=None):
        for rec in self:
            rec._vn_wf_take("resolve", reason=rec.answer if reason is None else reason)
        return True

    def action_reopen(self, reason=None):
        for rec in self:
            rec._vn_wf_take("reopen", reason=reason or self.env._("Not solved"))
        return True
