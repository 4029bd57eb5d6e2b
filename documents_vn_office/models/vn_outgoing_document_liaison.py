from odoo import _, fields, models
from odoo.exceptions import UserError


class VnOutgoingDocument(models.Model):
    """Liên thông for every clerk (Nghị định 30/2020/NĐ-CP, Điều 16 and 18: the document
    is sent to every recipient the same day it is issued): the internal recipients are
    any unit of the system, chosen by name or through a saved group of units; the
    delivery is done with the rights of the system once the clerk's issue step is
    checked; a unit that cannot receive it is refused before the issue, with its name."""

    _name = "vn.outgoing.document"
    _inherit = ["vn.outgoing.document", "vn.unit.recipient.mixin"]

    _vn_unit_recipient_fields = ("recipient_company_ids",)
    # an archived unit stays named (and is refused on issue), and its "active" is not
    # read with the rights of a user who may not read the unit
    recipient_company_ids = fields.Many2many(context={"active_test": False})

    recipient_group_id = fields.Many2one(
        "vn.interaction.group",
        string="Add the Units of a Group",
        compute="_compute_recipient_group_id",
        inverse="_inverse_recipient_group_id",
        domain="[('company_ids', '!=', False)]",
        help="Adds every unit of a saved group (Interaction Groups) to the internal "
        "recipients when the document is saved.",
    )

    def _compute_recipient_group_id(self):
        self.recipient_group_id = False

    def _inverse_recipient_group_id(self):
        for doc in self.filtered("recipient_group_id"):
            # a group the user may use (read) names its units
            group = doc.recipient_group_id
            group.check_access("read")
            units = group._vn_recipient_units("company_ids").filtered("active")
            current = doc._vn_recipient_units("recipient_company_ids")
            if units - current:
                doc.recipient_company_ids = [(4, unit.id) for unit in units - current]

    def _vn_undeliverable_units(self):
        """The internal recipients that cannot receive the document: an archived unit,
        or one without an incoming register of the document's secrecy."""
        self.ensure_one()
        Register = self.env["vn.document.register"]
        secret = self.secrecy != "normal"
        return self._vn_recipient_units("recipient_company_ids").filtered(
            lambda unit: (
                not unit.active or not Register._vn_default_register(unit, "incoming", secret)
            )
        )

    def _vn_check_issue(self):
        result = super()._vn_check_issue()
        undeliverable = self._vn_undeliverable_units()
        if undeliverable:
            raise UserError(
                _(
                    "The document cannot be delivered to %(units)s: the unit is archived or "
                    "has no active incoming register%(secret)s. Remove it from the internal "
                    "recipients, or ask its clerk to open a register, then issue again.",
                    units=", ".join(undeliverable.mapped("name")),
                    secret=_(" for secret documents") if self.secrecy != "normal" else "",
                )
            )
        return result

    def _vn_exchange(self):
        # the recipients as stored, not as the clerk's rights read them
        self.invalidate_recordset(["recipient_company_ids"])
        return super()._vn_exchange()
