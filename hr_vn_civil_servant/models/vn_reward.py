from odoo import api, fields, models

#: Level of the awarding authority, lowest first (Luật Thi đua, khen thưởng 2022).
REWARD_LEVELS = [
    ("unit", "Unit"),
    ("commune", "Commune"),
    ("province", "Province / Ministry"),
    ("government", "Prime Minister / Government"),
    ("state", "State"),
]


class VnReward(models.Model):
    """Award (khen thưởng), Mẫu 2C-BNV/2008 item 21. The highest one (by the level of the
    authority, then the year) is summarised on the employee."""

    _name = "vn.reward"
    _description = "Award"
    _inherit = ["vn.employee.history.mixin"]
    _order = "employee_id, year desc, id desc"

    name = fields.Char(
        string="Form of Award",
        required=True,
        help="E.g. Giấy khen, Bằng khen, Chiến sĩ thi đua cơ sở, Huân chương Lao động hạng Ba.",
    )
    level = fields.Selection(REWARD_LEVELS, required=True, default="unit")
    level_rank = fields.Integer(compute="_compute_level_rank", store=True)
    year = fields.Integer(required=True)

    @api.depends("level")
    def _compute_level_rank(self):
        ranks = {key: index for index, (key, _label) in enumerate(REWARD_LEVELS)}
        for reward in self:
            reward.level_rank = ranks.get(reward.level, 0)

    @api.constrains("year")
    def _check_year(self):
        self._vn_check_year("year")
