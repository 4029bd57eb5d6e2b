from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, ValidationError
from odoo.tools.safe_eval import safe_eval

from ..tools.dates import vn_today


class VnDueWorkSource(models.Model):
    """One line of the HR office's "due work" (Việc đến hạn) board: a model and a domain
    counted with the user's own rights over every unit he may see.

    The domain is text evaluated by ``safe_eval`` with ``today`` (the Vietnamese date),
    ``date``, ``datetime``, ``timedelta`` and ``relativedelta`` only; a new kind of due
    work is a new data row, no code."""

    _name = "vn.due.work.source"
    _description = "Due Work Source"
    _inherit = ["vn.value.limit.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True, size=128)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    model = fields.Char(
        required=True,
        size=128,
        help="Technical name of the model whose records are counted, e.g. hr.employee.",
    )
    domain = fields.Text(
        required=True,
        default="[]",
        help="Odoo domain evaluated with today, date, datetime, timedelta and relativedelta.",
    )
    action_id = fields.Many2one(
        "ir.actions.act_window",
        help="Action whose views open the filtered list (default: the model's list and form).",
    )
    count = fields.Integer(compute="_compute_count", help="Records due, counted with your rights.")

    def _eval_context(self):
        return {
            "today": vn_today(self),
            "date": date,
            "datetime": datetime,
            "timedelta": timedelta,
            "relativedelta": relativedelta,
        }

    def _eval_domain(self):
        """The source's domain as a list (ValueError / SyntaxError on bad text)."""
        self.ensure_one()
        domain = safe_eval(self.domain or "[]", self._eval_context())
        if not isinstance(domain, (list, tuple)):
            raise ValueError(self.domain)
        return list(domain)

    @api.constrains("model", "domain")
    def _check_model_domain(self):
        for source in self:
            if source.model not in self.env:
                raise ValidationError(_("Unknown model: %s.", source.model))
            try:
                domain = source._eval_domain()
                self.env[source.model].sudo()._where_calc(domain)
            except Exception as error:  # noqa: BLE001 - any bad text gives one message
                raise ValidationError(
                    _(
                        "The domain of the due-work source %(name)s is not valid: %(error)s",
                        name=source.name,
                        error=error,
                    )
                ) from error

    def _scoped_model(self):
        """The counted model with the user's rights over all his allowed units (not only
        those ticked in the company switcher): record rules still decide what he sees."""
        self.ensure_one()
        user = self.env.user
        return self.env[self.model].with_context(allowed_company_ids=user.company_ids.ids)

    @api.depends_context("uid")
    def _compute_count(self):
        for source in self:
            model = source._scoped_model()
            if not model.has_access("read"):
                source.count = 0
                continue
            source.count = model.search_count(source._eval_domain())

    def action_open(self):
        """Open the filtered list of the source's records."""
        self.ensure_one()
        model = self.env[self.model]
        if not model.has_access("read"):
            raise AccessError(_("You may not read the records of this list."))
        action = {
            "type": "ir.actions.act_window",
            "res_model": self.model,
            "views": [(False, "list"), (False, "form")],
        }
        if self.action_id:
            # the action's views and search view only (metadata, no records)
            values = self.action_id.sudo().read(["views", "search_view_id"])[0]
            action["views"] = values["views"] or action["views"]
            if values["search_view_id"]:
                action["search_view_id"] = values["search_view_id"]
        action.update(
            {"name": self.name, "domain": self._eval_domain(), "context": {"create": False}}
        )
        return action
