from odoo import fields, models


class ResCompany(models.Model):
    """Which deadlines of the e-record a managing body applies (read from
    ``parent_id or self``): the time limits of NĐ 27/2026/NĐ-CP (Record Deadline Rules,
    in working days where the decree says so) or its own delays in calendar days
    (``vn_new_record_days``, ``vn_update_days``: 60 and 15 days, the suite's settings
    before the decree)."""

    _inherit = ["res.company"]

    vn_deadline_mode = fields.Selection(
        [
            ("decree", "Time limits of NĐ 27/2026/NĐ-CP"),
            ("own", "Own delays (calendar days)"),
        ],
        string="Record Deadlines",
        default="decree",
        required=True,
        help="On a managing body: the time limits of Nghị định 27/2026/NĐ-CP (03 days to "
        "create the e-record after the decision, 03 working days to complete it, and the "
        "update delay of the Record Deadline Rules), or the body's own delays below.",
    )
