from odoo import fields, models


class VnStickyNote(models.Model):
    """A sticky note (ghi chú nhanh) of one user: only he sees it (a global record rule,
    which holds for administrators' ordinary reads too)."""

    _name = "vn.sticky.note"
    _description = "Sticky Note"
    _inherit = ["vn.value.limit.mixin"]
    _order = "done, sequence, id desc"

    user_id = fields.Many2one(
        "res.users",
        string="Owner",
        required=True,
        index=True,
        default=lambda self: self.env.user,
        ondelete="cascade",
    )
    name = fields.Text(string="Note", required=True)
    color = fields.Integer(string="Colour", default=0)
    done = fields.Boolean(index=True)
    sequence = fields.Integer(default=10)

    def action_toggle_done(self):
        for note in self:
            note.done = not note.done
        return True
