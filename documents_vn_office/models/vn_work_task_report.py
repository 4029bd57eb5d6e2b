from odoo import fields, models


class VnWorkTaskReport(models.Model):
    """One progress report on a task (báo cáo tiến độ): who, when, how far, what was
    done, with his files. Written only by the task's step *Report Progress*; readable by
    whoever reads the task."""

    _name = "vn.work.task.report"
    _description = "Task Progress Report"
    _inherit = ["vn.value.limit.mixin"]
    _order = "create_date desc, id desc"

    task_id = fields.Many2one("vn.work.task", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="task_id.company_id", store=True, index=True)
    user_id = fields.Many2one("res.users", string="Reported By", required=True, index=True)
    progress = fields.Integer(string="Progress (%)", aggregator="max")
    note = fields.Text(string="Report", required=True)
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "vn_work_task_report_attachment_rel",
        "report_id",
        "attachment_id",
        string="Files",
    )
