from odoo import api, fields, models

# The context key of the recipient fields (internal recipients of an outgoing
# document, units of an interaction group): their autocomplete offers every unit.
VN_ALL_UNITS = "vn_all_units"


class ResCompany(models.Model):
    """Correspondence choices of a unit, decided by its head and set by an administrator
    (company form, page *Unit*)."""

    _inherit = "res.company"

    vn_content_check_by = fields.Selection(
        [
            ("group_head_or_leader", "Head of the Drafting Group or a Leader"),
            ("leader", "Leader Only"),
        ],
        string="Content of Outgoing Drafts Checked By",
        required=True,
        default="group_head_or_leader",
        help="Who checks the content of an outgoing draft (Nghị định 30/2020/NĐ-CP, Điều "
        "12): the head of the drafting group (its department manager) or a leader, or only "
        "a leader of the unit.",
    )

    vn_records_vice_principal_id = fields.Many2one(
        "res.users",
        string="Vice-Principal in Charge of Records",
        help="Reviews the records reviewed by the vice-principal in charge when their group "
        "or section names none.",
    )
    vn_record_reminder_days = fields.Integer(
        string="Remind Days Before Due Date",
        default=2,
        help="The submitter gets a reminder this many days before a record is due.",
    )

    # Liên thông: the units of the system are recipients any clerk may name. Their
    # names are not secret, the rest of a unit's record is: the recipient fields search
    # and show the names only (``name_search`` under the ``vn_all_units`` context, the
    # display names of ``vn.unit.recipient.mixin``), never another field.
    @api.model
    def name_search(self, name="", args=None, operator="ilike", limit=100):
        if not self.env.context.get(VN_ALL_UNITS) or self.env.su:
            return super().name_search(name=name, args=args, operator=operator, limit=limit)
        # the caller's domain is not applied with the rights of the system (it could
        # probe any column): only the units already chosen are left out
        excluded = []
        for term in args or []:
            if (
                isinstance(term, (list, tuple))
                and len(term) == 3
                and term[0] == "id"
                and term[1] == "not in"
            ):
                excluded += [i for i in term[2] if isinstance(i, int)]
        return self._vn_unit_names(name, operator, limit, excluded)

    @api.model
    def _vn_unit_names(self, name="", operator="ilike", limit=100, excluded=()):
        """(id, name) of the active units whose name matches, read as the system."""
        if operator not in ("ilike", "=ilike", "=", "like"):
            operator = "ilike"
        domain = [("id", "not in", list(excluded))]
        if name:
            domain.append(("name", operator, name))
        units = self.sudo().search(domain, limit=limit, order="name")
        return [(unit.id, unit.name) for unit in units]
