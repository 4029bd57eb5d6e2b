"""Pure rule functions of the HR office's decisions: early step raises, probation,
promotion seniority. No Odoo import; each function cites its article and is tested on
the text's example (tests/test_hr_decision_rules.py)."""

import math

from dateutil.relativedelta import relativedelta

#: Longest early raise (Thông tư 08/2013/TT-BNV Điều 3 khoản 1).
EARLY_RAISE_MAX_MONTHS = 12


def early_raise_quota(staff_count, percent, carried=0.0):
    """(quota, remainder) of early step raises for outstanding performance in one year.

    Thông tư 08/2013/TT-BNV Điều 3 khoản 4 (amended by Thông tư 03/2021/TT-BNV [R]):
    the people raised early for outstanding performance in a year are at most
    ``percent`` % (10 %, then 15 % [R]) of the staff on the unit's payroll
    (danh sách trả lương). A fraction of a person is not granted: it is carried
    into the next year's count [R: our reading of the "số dư" rule].
    Example: 45 staff at 10 % → 4 people, 0.5 carried; next year 45 staff with 0.5
    carried → 5 people, 0 carried.
    """
    exact = max(staff_count, 0) * percent / 100.0 + (carried or 0.0)
    quota = math.floor(exact + 1e-9)
    return quota, round(exact - quota, 6)


def early_raise_date(due_date, early_months):
    """Date from which the step granted early counts: the regular date brought forward
    by the months granted (Thông tư 08/2013/TT-BNV Điều 3: at most 12 months)."""
    return due_date - relativedelta(months=early_months)


def postponed_raise_date(due_date, postponed_months):
    """Date of a raise postponed for discipline (Thông tư 08/2013/TT-BNV Điều 2 khoản 3:
    the time of the disciplinary measure is not counted; the next raise counts from the
    new date)."""
    return due_date + relativedelta(months=postponed_months)


def probation_end(start, months):
    """Last day of probation (tập sự): ``months`` after the first working day, minus one
    day (Nghị định 115/2020/NĐ-CP Điều 21 for viên chức; Nghị định 138/2020/NĐ-CP
    Điều 20 for công chức [R]). No end without a start or a length."""
    if not start or not months:
        return False
    return start + relativedelta(months=months, days=-1)


def months_between(start, end):
    """Full months from ``start`` to ``end`` (0 if either is missing or end < start)."""
    if not start or not end or end < start:
        return 0
    delta = relativedelta(end, start)
    return delta.years * 12 + delta.months


def closest_step(coefficients, current):
    """Step of the new pay group on promotion: the lowest step whose coefficient is equal
    to or higher than the current one (Thông tư 02/2007/TT-BNV mục II.1 [R]).
    ``coefficients`` is {step: coefficient}; the last step if every one is lower."""
    if not coefficients:
        return 0
    for step in sorted(coefficients):
        if coefficients[step] + 1e-9 >= current:
            return step
    return max(coefficients)
