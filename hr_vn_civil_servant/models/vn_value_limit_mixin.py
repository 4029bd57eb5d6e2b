from odoo import api, models
from odoo.exceptions import ValidationError

#: Range of PostgreSQL's ``integer`` (int4), the column of Odoo's Integer fields.
INT4_MIN, INT4_MAX = -(2**31), 2**31 - 1


class VnValueLimitMixin(models.AbstractModel):
    """Values the database cannot hold are refused with a message before they reach it.

    Odoo 18 sends an Integer value as it is: one outside PostgreSQL's int4 makes the
    INSERT or UPDATE fail with psycopg2's "integer out of range", a server error (and a
    traceback over RPC). A text longer than the ``size`` of a Char field would be cut
    without a word (``Char.convert_to_cache``); it is refused instead. Inherited by every
    model of the suite that stores numbers or sized texts (the shared mixins carry it;
    ``tests/test_value_limits_cover_the_suite.py`` checks that none is missed)."""

    _name = "vn.value.limit.mixin"
    _description = "Value Limits"

    @api.model_create_multi
    def create(self, vals_list):
        self._vn_check_value_limits(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        self._vn_check_value_limits([vals])
        return super().write(vals)

    @api.model
    def _vn_check_value_limits(self, vals_list):
        model_fields = self._fields
        for vals in vals_list:
            for name, value in vals.items():
                field = model_fields.get(name)
                if field is None or not field.store or value is None or value is False:
                    continue
                if field.type == "integer" and not field.company_dependent:
                    try:
                        number = int(value)
                    except (TypeError, ValueError, OverflowError):
                        continue  # not a number: Odoo's own conversion reports it
                    if not INT4_MIN <= number <= INT4_MAX:
                        raise ValidationError(
                            self.env._(
                                "%(field)s: %(value)s is out of range (a whole number between "
                                "%(min)s and %(max)s).",
                                field=field._description_string(self.env),
                                value=value,
                                min=INT4_MIN,
                                max=INT4_MAX,
                            )
                        )
                elif (
                    field.type == "char"
                    and field.size
                    and isinstance(value, str)
                    and len(value) > field.size
                ):
                    raise ValidationError(
                        self.env._(
                            "%(field)s is too long: %(length)s characters, at most %(size)s.",
                            field=field._description_string(self.env),
                            length=len(value),
                            size=field.size,
                        )
                    )
