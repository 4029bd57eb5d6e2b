from odoo import _, api, models
from odoo.tools.misc import file_path

from ..tools.model_labels import model_label


class VnEmployeeHistoryMixin(models.AbstractModel):
    """Import templates of the history lines (methods only; the lines are defined in
    vn_employee_history_mixin.py and the concrete line models)."""

    _inherit = "vn.employee.history.mixin"

    @api.model
    def get_import_templates(self):
        name = self._name.replace(".", "_")
        path = f"hr_vn_civil_servant/static/xls/{name}_import_template.xlsx"
        try:
            file_path(path)
        except FileNotFoundError:
            return super().get_import_templates()
        return [
            {
                "label": _("Import Template for %s", model_label(self.env, self._name)),
                "template": f"/{path}",
            }
        ]
