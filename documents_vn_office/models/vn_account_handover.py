from odoo import _, api, models

#: the suite's documents whose followers move with an account
FOLLOWED_MODELS = [
    "vn.incoming.document",
    "vn.outgoing.document",
    "vn.internal.document",
    "vn.work.task",
    "vn.case.file",
    "vn.notice",
]
OPEN_TASK_STATES = ("assigned", "in_progress", "proposed", "transfer", "reported")


class VnAccountHandover(models.Model):
    """The correspondence part of an account handover: the registers kept or viewed,
    the open incoming assignments and the open tasks move to the new person."""

    _inherit = "vn.account.handover"

    @api.model
    def _vn_handover_followed_models(self):
        return super()._vn_handover_followed_models() + FOLLOWED_MODELS

    def _vn_handover_items(self, old, new):
        lines = super()._vn_handover_items(old, new)
        Register = self.env["vn.document.register"].with_context(active_test=False)
        kept = Register.search([("keeper_ids", "in", old.id)])
        kept.write({"keeper_ids": [(3, old.id), (4, new.id)]})
        viewed = Register.search([("viewer_ids", "in", old.id)])
        viewed.write({"viewer_ids": [(3, old.id), (4, new.id)]})
        lines.append(
            _(
                "Registers kept: %(kept)s; registers viewed: %(viewed)s",
                kept=", ".join(kept.mapped("name")) or "-",
                viewed=", ".join(viewed.mapped("name")) or "-",
            )
        )
        assignments = self.env["vn.incoming.assignment"].search(
            [("user_id", "=", old.id), ("state", "in", ("assigned", "in_progress"))]
        )
        assignments.write({"user_id": new.id})
        lines.append(_("Open incoming assignments: %(count)s", count=len(assignments)))
        Task = self.env["vn.work.task"]
        open_tasks = [("state", "in", OPEN_TASK_STATES)]
        led = Task.search([("lead_user_id", "=", old.id)] + open_tasks)
        led.write({"lead_user_id": new.id})
        supported = Task.search([("support_user_ids", "in", old.id)] + open_tasks)
        supported.write({"support_user_ids": [(3, old.id), (4, new.id)]})
        given = Task.search([("giver_id", "=", old.id)] + open_tasks)
        given.write({"giver_id": new.id})
        lines.append(
            _(
                "Open tasks: %(led)s led, %(supported)s supported, %(given)s given",
                led=len(led),
                supported=len(supported),
                given=len(given),
            )
        )
        return lines
