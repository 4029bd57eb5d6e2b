from collections import defaultdict

from odoo import _, api, fields, models
from odoo.exceptions import UserError


class VnWorkflowReview(models.Model):
    """One step taken on a workflow record (vn.workflow.mixin): who, on behalf of whom,
    when, from which state to which, with what comment. Written by the mechanism only
    (as superuser, after its checks); nobody changes or deletes it. Readable by whoever
    may read the record it belongs to, like mail activities and messages."""

    _name = "vn.workflow.review"
    _description = "Workflow Step"
    _inherit = ["vn.value.limit.mixin"]
    _order = "date desc, id desc"

    res_model = fields.Char(string="Model", required=True, index=True, readonly=True)
    res_id = fields.Many2oneReference(
        string="Record", model_field="res_model", required=True, index=True, readonly=True
    )
    company_id = fields.Many2one("res.company", string="Unit", index=True, readonly=True)
    transition = fields.Char(string="Step Key", required=True, readonly=True)
    transition_label = fields.Char(string="Workflow Step", compute="_compute_labels")
    state_from = fields.Char(string="From State Key", readonly=True)
    state_to = fields.Char(string="To State Key", readonly=True)
    state_from_label = fields.Char(string="From", compute="_compute_labels")
    state_to_label = fields.Char(string="To", compute="_compute_labels")
    user_id = fields.Many2one("res.users", string="By", required=True, readonly=True, index=True)
    on_behalf_of_id = fields.Many2one(
        "res.users",
        readonly=True,
        help="The leader whose right the user exercised by delegation (ủy quyền).",
    )
    delegation_id = fields.Many2one("vn.delegation", readonly=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now, readonly=True)
    comment = fields.Text(string="Comment or Reason", readonly=True)

    @api.depends_context("lang")
    @api.depends("res_model", "transition", "state_from", "state_to")
    def _compute_labels(self):
        for review in self:
            Model = self.env.get(review.res_model)
            if Model is None or not hasattr(Model, "_vn_wf_transitions"):
                spec, labels = {}, {}
            else:
                spec = Model._vn_wf_transitions().get(review.transition, {})
                field = Model._fields[Model._vn_wf_state_field]
                labels = dict(field._description_selection(self.env))
            review.transition_label = spec.get("label", review.transition)
            review.state_from_label = labels.get(review.state_from, review.state_from)
            review.state_to_label = labels.get(review.state_to, review.state_to)

    @api.depends("transition_label", "user_id")
    def _compute_display_name(self):
        for review in self:
            review.display_name = f"{review.transition_label} - {review.user_id.name or ''}"

    # ------------------------------------------------------------------ integrity
    def write(self, vals):
        if not self.env.su:
            raise UserError(_("The review history of a record cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_superuser(self):
        if not self.env.su:
            raise UserError(_("The review history of a record cannot be deleted."))

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            raise UserError(_("Review rows are written by the workflow steps only."))
        return super().create(vals_list)

    # ------------------------------------------------------------------ access
    def _check_access(self, operation):
        """Read: as the record the step belongs to. Nothing else but for the superuser
        (the ACL gives read only)."""
        result = super()._check_access(operation)
        if operation != "read" or not self:
            return result
        reviews = self - result[0] if result else self
        by_model = defaultdict(lambda: defaultdict(list))
        for review in reviews.sudo():
            by_model[review.res_model][review.res_id].append(review.id)
        forbidden = []
        for model, by_id in by_model.items():
            if model not in self.env:
                forbidden += [rid for ids in by_id.values() for rid in ids]
                continue
            documents = self.env[model].browse(list(by_id)).exists()
            allowed = set(documents._filtered_access("read").ids)
            forbidden += [
                rid for doc_id, ids in by_id.items() if doc_id not in allowed for rid in ids
            ]
        if forbidden:
            records = self.browse(forbidden)
            if result:
                return (result[0] + records, result[1])
            return (records, lambda: records._make_access_error(operation))
        return result

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        """Only the rows of records the user may read, whatever the domain."""
        if self.env.su:
            return super()._search(domain, offset, limit, order)
        query = super()._search(domain, offset, limit, order)
        rows = self.env.execute_query(
            query.select(
                self._field_to_sql(self._table, "id"),
                self._field_to_sql(self._table, "res_model"),
                self._field_to_sql(self._table, "res_id"),
            )
        )
        by_model = defaultdict(set)
        for __, model, res_id in rows:
            by_model[model].add(res_id)
        allowed = {}
        for model, ids in by_model.items():
            if model in self.env:
                docs = self.env[model].browse(ids).exists()
                allowed[model] = set(docs._filtered_access("read").ids)
        reviews = self.browse(
            rid for rid, model, res_id in rows if res_id in allowed.get(model, ())
        )
        return reviews._as_query(order)
