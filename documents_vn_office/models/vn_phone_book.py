from odoo import fields, models, tools


class VnPhoneBook(models.Model):
    """The phone book (danh bạ) of the managing body: one row per internal user's
    employee in the units of the body, with only the public directory fields (name,
    unit, department, position, work phones, work e-mail). A read-only SQL view: no
    private field (birthday, identity numbers, private phone or address) exists on it,
    whatever the channel (form, list, ``read``, ``search_read``)."""

    _name = "vn.phone.book"
    _description = "Phone Book"
    _auto = False
    _order = "company_id, department_id, name"

    name = fields.Char(readonly=True)
    company_id = fields.Many2one("res.company", string="Unit", readonly=True)
    department_id = fields.Many2one("hr.department", readonly=True)
    job_title = fields.Char(string="Position", readonly=True)
    work_phone = fields.Char(readonly=True)
    mobile_phone = fields.Char(string="Work Mobile", readonly=True)
    work_email = fields.Char(readonly=True)
    user_id = fields.Many2one("res.users", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
                SELECT emp.id AS id,
                       emp.name AS name,
                       emp.company_id AS company_id,
                       emp.department_id AS department_id,
                       emp.job_title AS job_title,
                       emp.work_phone AS work_phone,
                       emp.mobile_phone AS mobile_phone,
                       emp.work_email AS work_email,
                       emp.user_id AS user_id
                  FROM hr_employee emp
                  JOIN res_users usr ON usr.id = emp.user_id
                 WHERE emp.active AND usr.active AND NOT usr.share
            )"""
        )
