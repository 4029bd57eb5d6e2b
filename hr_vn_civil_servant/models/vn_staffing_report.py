from odoo import fields, models, tools
from odoo.tools import SQL

from .vn_staffing_quota import KIND_CATEGORIES, QUOTA_KINDS


class VnStaffingReport(models.Model):
    """Quota against actual, one row per staffing quota (a database view, read in the
    list, the pivot and the PDF): the people of the unit working now in the staff
    categories of the quota's kind (and in its job position, if it has one), or for
    contracts the running labour contracts under Nghị định 111/2022/NĐ-CP."""

    _name = "vn.staffing.report"
    _description = "Staffing Quota and Actual"
    _auto = False
    _order = "year desc, company_id, kind, position_id"
    # flushed before the view is read
    _depends = {
        "vn.staffing.quota": [
            "company_id",
            "year",
            "kind",
            "position_id",
            "quota",
            "decision_ref",
            "active",
        ],
        "hr.employee": [
            "company_id",
            "active",
            "vn_work_state",
            "vn_staff_category",
            "vn_job_position_id",
        ],
        "hr.contract": [
            "company_id",
            "state",
            "vn_contract_kind",
            "vn_job_position_id",
            "employee_id",
        ],
    }

    company_id = fields.Many2one("res.company", string="Unit", readonly=True)
    year = fields.Integer(readonly=True, aggregator=None)
    kind = fields.Selection(QUOTA_KINDS, readonly=True)
    position_id = fields.Many2one("vn.job.position", string="Job Position", readonly=True)
    decision_ref = fields.Char(string="Decision", readonly=True)
    quota = fields.Integer(string="Assigned", readonly=True, aggregator="sum")
    actual = fields.Integer(readonly=True, aggregator="sum")
    difference = fields.Integer(readonly=True, aggregator="sum")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        cases = SQL(" ").join(
            SQL("WHEN %s THEN %s::varchar[]", kind, list(categories))
            for kind, categories in KIND_CATEGORIES.items()
        )
        self.env.cr.execute(
            SQL(
                """
            CREATE OR REPLACE VIEW %(view)s AS (
                SELECT q.id, q.company_id, q.year, q.kind, q.position_id, q.decision_ref,
                       q.quota, a.actual, q.quota - a.actual AS difference
                  FROM vn_staffing_quota q
                  CROSS JOIN LATERAL (
                    SELECT CASE WHEN q.kind = 'contract' THEN (
                        SELECT count(*) FROM hr_contract c
                          JOIN hr_employee ce ON ce.id = c.employee_id AND ce.active
                         WHERE c.company_id = q.company_id AND c.state = 'open'
                           AND c.vn_contract_kind IS NOT NULL
                           AND (q.position_id IS NULL OR c.vn_job_position_id = q.position_id)
                    ) ELSE (
                        SELECT count(*) FROM hr_employee e
                         WHERE e.company_id = q.company_id AND e.active
                           AND e.vn_work_state = 'working'
                           AND e.vn_staff_category = ANY(CASE q.kind %(cases)s END)
                           AND (q.position_id IS NULL OR e.vn_job_position_id = q.position_id)
                    ) END::integer AS actual
                  ) a
                 WHERE q.active
            )
            """,
                view=SQL.identifier(self._table),
                cases=cases,
            )
        )
