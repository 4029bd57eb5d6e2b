"""Every model of the suite that stores a number or a sized text carries the value
limits (vn.value.limit.mixin): a number PostgreSQL cannot hold, or a text longer than
its field, is refused with a message instead of a server error or a silent cut."""

from .common import SUITE_MODULES, SuiteCase


class TestValueLimitsCoverTheSuite(SuiteCase):
    def test_every_model_with_numbers_or_sized_texts_has_the_limits(self):
        missing = []
        for name in self.env.registry:
            Model = self.env[name]
            if Model._abstract or not Model._auto:
                continue
            ours = [
                field
                for field in Model._fields.values()
                if field.store
                and field.name != "id"
                and not (field.compute and not field.inverse and field.readonly)
                and set(field._modules or ()) & set(SUITE_MODULES)
                and (field.type == "integer" or (field.type == "char" and field.size))
            ]
            if ours and not hasattr(Model, "_vn_check_value_limits"):
                missing.append(f"{name} ({', '.join(f.name for f in ours[:3])})")
        self.assertFalse(missing, "models without vn.value.limit.mixin: " + "; ".join(missing))
