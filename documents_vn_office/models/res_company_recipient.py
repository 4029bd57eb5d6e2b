from odoo import api, models

# The context key of the recipient fields (internal recipients of an outgoing
# document, units of an interaction group): their autocomplete offers every unit.
VN_ALL_UNITS = "vn_all_units"


class ResCompany(models.Model):
    """Liên thông: the units of the system are recipients any clerk may name. Their
    names are not secret, the rest of a unit's record is: the recipient fields search
    and show the names only (``name_search`` under the ``vn_all_units`` context, the
    display names of ``vn.unit.recipient.mixin``), never another field."""

    _inherit = "res.company"

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
