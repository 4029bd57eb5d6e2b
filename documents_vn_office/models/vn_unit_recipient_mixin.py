from odoo import models


class VnUnitRecipientMixin(models.AbstractModel):
    """Records that name units of the system as recipients (``_vn_unit_recipient_fields``,
    Many2many to res.company): the form shows the names of every named unit, also those
    the user may not read (his rights read only the units he works in). Only the id and
    the name of a unit are shown, and only on a record the user may read."""

    _name = "vn.unit.recipient.mixin"
    _description = "Units Named as Recipients"

    _vn_unit_recipient_fields = ()

    def _vn_recipient_units(self, fname):
        """The units named in ``fname``, as stored (the system's read, not the cache
        of the caller's read, which his rights filter)."""
        self.ensure_one()
        self.invalidate_recordset([fname])
        units = self.sudo().with_context(active_test=False)[fname]
        self.invalidate_recordset([fname])
        return units

    def web_read(self, specification):
        names = [
            fname
            for fname in self._vn_unit_recipient_fields
            if fname in specification
            and set((specification[fname] or {}).get("fields", {})) <= {"display_name"}
        ]
        if not names or self.env.su:
            return super().web_read(specification)
        # only a record the caller may read (also when nothing else is asked)
        self.check_access("read")
        # read by the caller, the units he may not read would be dropped (or refused
        # when the cache holds them): the names are read here instead
        result = super().web_read(
            {key: spec for key, spec in specification.items() if key not in names}
        )
        for values in result:
            record = self.browse(values["id"])
            for fname in names:
                units = record._vn_recipient_units(fname)
                if not (specification[fname] or {}).get("fields"):
                    values[fname] = units.ids
                else:
                    values[fname] = [{"id": unit.id, "display_name": unit.name} for unit in units]
        return result

    def onchange(self, values, field_names, fields_spec):
        # no onchange sets the units: the form keeps the ones it shows, and their names
        # are not read with the caller's rights
        if not self.env.su:
            fields_spec = {
                key: spec
                for key, spec in fields_spec.items()
                if key not in self._vn_unit_recipient_fields
            }
        return super().onchange(values, field_names, fields_spec)
