"""A throwaway workflow model for the mechanism's own tests (loaded with
odoo_test_helper.FakeModelLoader, never installed)."""

from odoo import fields, models


class VnWorkflowTester(models.Model):
    _name = "vn.workflow.tester"
    _description = "Workflow Tester"
    _inherit = ["vn.workflow.mixin"]

    _vn_wf_guarded_fields = ("number", "approver_id", "approval_date", "confirmer_id", "reason")
    _vn_wf_frozen = {"approved": "__all__", "submitted": ("name", "amount")}
    _vn_wf_decider_fields = {"comment": "refuse"}

    name = fields.Char(required=True)
    amount = fields.Integer()
    note = fields.Text()
    comment = fields.Text()
    company_id = fields.Many2one("res.company", required=True, default=lambda s: s.env.company)
    author_id = fields.Many2one("res.users", default=lambda s: s.env.user)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("confirmed", "Confirmed"),
            ("refused", "Refused"),
        ],
        default="draft",
        required=True,
    )
    number = fields.Integer()
    approver_id = fields.Many2one("res.users")
    approval_date = fields.Datetime()
    confirmer_id = fields.Many2one("res.users")
    reason = fields.Text()

    def _vn_wf_transitions(self):
        return {
            "submit": {
                "label": "Submit",
                "sources": ("draft", "refused"),
                "target": "submitted",
                "deciders": "_deciders_author",
            },
            "approve": {
                "label": "Approve",
                "sources": ("submitted",),
                "target": "approved",
                "deciders": "_deciders_heads",
                "todo": "Approve the test record",
                "right": "approve",
                "no_self": True,
                "stamp": {"approver_id": "user", "approval_date": "now"},
            },
            "confirm": {
                "label": "Confirm",
                "sources": ("approved",),
                "target": "confirmed",
                "deciders": "_deciders_heads",
                "todo": "Confirm the test record",
                "right": "approve",
                "distinct_from": ("approve",),
                "stamp": {"confirmer_id": "user"},
            },
            "refuse": {
                "label": "Refuse",
                "sources": ("submitted",),
                "target": "refused",
                "deciders": "_deciders_heads",
                "right": "approve",
                "reason": True,
                "reason_field": "reason",
                "notify_author": True,
            },
        }

    def _vn_wf_authors(self):
        return self.sudo().author_id

    def _deciders_author(self):
        return self.sudo().author_id

    def _deciders_heads(self):
        return self._vn_wf_users("hr_vn_civil_servant.group_unit_head", self.sudo().company_id)

    def action_submit(self):
        return self._vn_wf_take("submit")

    def action_approve(self):
        return self._vn_wf_take("approve", vals_fn=lambda rec: {"number": rec.id * 10})

    def action_confirm(self):
        return self._vn_wf_take("confirm")

    def action_refuse(self, reason=None):
        return self._vn_wf_take("refuse", reason=reason)
