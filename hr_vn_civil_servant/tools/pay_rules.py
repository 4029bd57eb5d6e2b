"""Pure rule functions of the personnel record: pay steps, over-ceiling seniority,
retirement age, identity numbers. No Odoo import: each function takes plain values and is
unit-tested on the examples of the legal text it cites."""

import calendar
import re
from datetime import date

from dateutil.relativedelta import relativedelta

#: Over-ceiling seniority allowance (thâm niên vượt khung): first rate and yearly increase.
OVER_CEILING_FIRST_PERCENT = 5
OVER_CEILING_YEARLY_PERCENT = 1
OVER_CEILING_YEARLY_MONTHS = 12

CCCD_RE = re.compile(r"^\d{12}$")


def end_of_month(day):
    """Last day of the month of ``day``."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def next_step_date(step_date, step_months, postponed_months=0, early_months=0):
    """Date of the next regular step raise (nâng bậc lương thường xuyên).

    Thông tư 08/2013/TT-BNV Điều 2 khoản 1: one step after 36 months on the current step
    for groups A0–A3 (college degree or higher) and after 24 months for groups B and C.
    Điều 2 khoản 3: the raise is postponed by the months of discipline or unexcused absence
    (kéo dài thời gian nâng bậc); Điều 3: an early raise for outstanding performance moves it
    forward by up to 12 months (nâng bậc lương trước thời hạn).
    """
    if not step_date or not step_months:
        return False
    return step_date + relativedelta(
        months=step_months + (postponed_months or 0) - (early_months or 0)
    )


def next_over_ceiling(
    step_date, step_months, current_percent=0, postponed_months=0, early_months=0
):
    """(date, percent) of the next over-ceiling seniority allowance (thâm niên vượt khung).

    Thông tư 04/2005/TT-BNV mục II.1: once on the last step of the pay group, after
    36 months (A0–A3) or 24 months (B, C) the allowance is 5% of the last coefficient;
    from the following year it increases by 1% every 12 months. Months of postponement
    (discipline) shift the date like a regular raise.
    """
    if not step_date or not step_months:
        return False, 0
    shift = (postponed_months or 0) - (early_months or 0)
    if not current_percent:
        return (
            step_date + relativedelta(months=step_months + shift),
            OVER_CEILING_FIRST_PERCENT,
        )
    return (
        step_date + relativedelta(months=OVER_CEILING_YEARLY_MONTHS + shift),
        current_percent + OVER_CEILING_YEARLY_PERCENT,
    )


def retirement_age_months(gender, year):
    """Retirement age, in months, in normal working conditions for the given calendar year.

    Nghị định 135/2020/NĐ-CP Điều 4 khoản 1 (Bộ luật Lao động 2019 Điều 169): from 2021,
    60 years 3 months for men and 55 years 4 months for women, then +3 months a year for
    men until 62 years (2028) and +4 months a year for women until 60 years (2035).
    Before 2021: 60 years for men, 55 years for women.
    """
    if gender == "female":
        if year < 2021:
            return 55 * 12
        return min(55 * 12 + 4 * (year - 2020), 60 * 12)
    if year < 2021:
        return 60 * 12
    return min(60 * 12 + 3 * (year - 2020), 62 * 12)


def retirement_date(birthday, gender, birth_year_only=False):
    """Date of retirement (thời điểm nghỉ hưu) in normal working conditions.

    Nghị định 135/2020/NĐ-CP Điều 3: the end of the last day of the month in which the
    person reaches the retirement age of Điều 4; when only the birth year is known, the
    birthday is taken as 1 January of that year. The age grows every year, so the year of
    retirement is the first year Y in which birthday + age(Y) falls in Y (Phụ lục I).
    Example of the decree: a man born in October 1961 retires on 30/04/2022 (60 years
    6 months). The decree has a table for men and one for women only: without the sex
    (empty or "other") no date is computed (``False``) and the record is incomplete.
    """
    if not birthday or gender not in ("male", "female"):
        return False
    if birth_year_only:
        birthday = date(birthday.year, 1, 1)
    first_year = birthday.year + (55 if gender == "female" else 60)
    for year in range(min(first_year, 2021), 2036):
        reached = birthday + relativedelta(months=retirement_age_months(gender, year))
        if reached.year == year:
            return end_of_month(reached)
        if reached.year < year:
            # age reached before the roadmap year (births before the roadmap start)
            return end_of_month(reached)
    reached = birthday + relativedelta(months=retirement_age_months(gender, 2100))
    return end_of_month(reached)


def age_on(birthday, day):
    """Age in full years on ``day``."""
    if not birthday or not day:
        return 0
    return relativedelta(day, birthday).years


def cccd_century_sex_digit(birth_year, gender):
    """Expected 4th digit of a 12-digit citizen identity number (số định danh cá nhân).

    Luật Căn cước 26/2023/QH15 (in force 01/7/2024), Nghị định 70/2024/NĐ-CP and Thông tư
    17/2024/TT-BCA, which replaced TT 59/2021/TT-BCA (itself after TT 07/2016/TT-BCA) with
    the digit structure unchanged [R: article of the digit table not seen]: century of
    birth and sex, 0/1 for men/women born 1900–1999, 2/3 for 2000–2099, 4/5 for
    2100–2199, and so on.
    Returns None when the gender is unknown or other, or the century is out of range.
    """
    century = birth_year // 100 - 19
    if century < 0 or century > 4 or gender not in ("male", "female"):
        return None
    return century * 2 + (1 if gender == "female" else 0)


def cccd_problems(number, birthday=None, gender=None):
    """List of problem codes of a 12-digit identity number against the record.

    Luật Căn cước 26/2023/QH15, Nghị định 70/2024/NĐ-CP, Thông tư 17/2024/TT-BCA (same
    structure as the repealed TT 59/2021/TT-BCA Điều 7): 3 digits province of birth
    registration, 1 digit century and sex, 2 digits year of birth, 6 random digits; no checksum.
    Codes: "format", "sex", "century", "year".
    """
    if not number:
        return []
    if not CCCD_RE.match(number):
        return ["format"]
    problems = []
    digit = int(number[3])
    if birthday:
        expected = cccd_century_sex_digit(birthday.year, gender)
        if expected is not None and digit != expected:
            problems.append("sex" if digit // 2 == expected // 2 else "century")
        elif expected is None and digit // 2 != birthday.year // 100 - 19:
            problems.append("century")
        if number[4:6] != f"{birthday.year % 100:02d}":
            problems.append("year")
    return problems


def over_ceiling_factor(coefficient, position_allowance, over_ceiling_percent):
    """Coefficient of the over-ceiling seniority allowance (phụ cấp thâm niên vượt khung).

    Thông tư 04/2005/TT-BNV, mức phụ cấp (mục III khoản 1 — section number not verified
    against the official text; the 5 %/+1 % rule is Nghị định 204/2004/NĐ-CP Điều 6): the
    allowance is computed on the salary coefficient of the last step of the pay group plus
    the position allowance coefficient (hệ số lương của bậc lương cuối cùng … cộng với
    phụ cấp chức vụ lãnh đạo), times the percentage. Example of the rule: a principal on
    the last step with a position allowance of 0.45 and 10 % gets 0.045 more than on the
    coefficient alone.
    """
    percent = over_ceiling_percent or 0
    if not percent:
        return 0.0
    return ((coefficient or 0.0) + (position_allowance or 0.0)) * percent / 100.0


def monthly_salary(coefficient, position_allowance, over_ceiling_percent, base_salary):
    """Monthly salary = (coefficient + over-ceiling allowance + position allowance)
    × base salary (Nghị định 204/2004/NĐ-CP Điều 5; lương cơ sở per the decree in force,
    e.g. Nghị định 73/2024/NĐ-CP). The over-ceiling allowance is ``over_ceiling_percent``
    % of (coefficient + position allowance), Thông tư 04/2005/TT-BNV
    (:func:`over_ceiling_factor`)."""
    coefficient = coefficient or 0.0
    factor = (
        coefficient
        + (position_allowance or 0.0)
        + over_ceiling_factor(coefficient, position_allowance, over_ceiling_percent)
    )
    return round(factor * (base_salary or 0.0))


def applied_retirement_date(normal_date, direction, months):
    """Retirement date under a recorded regime that moves the normal one.

    Luật Nhà giáo 73/2025/QH15 (in force 01/01/2026) Điều 26 khoản 2: a preschool teacher
    may, on request, retire up to 05 years earlier than the normal age; Điều 27: teachers
    holding a doctorate (tiến sĩ), the title of associate professor (phó giáo sư) or
    professor (giáo sư) may retire up to 05, 07 or 10 years later. Nghị định 135/2020/NĐ-CP
    Điều 5: up to 05 years earlier for staff with at least 15 years of heavy or hazardous
    work or in areas of extremely difficult conditions (ĐBKK). The decision fixes the years
    and months; the date stays at the end of a month (Nghị định 135/2020/NĐ-CP Điều 3).
    Example of the law: a preschool teacher, woman born 05/1975, retires normally on
    31/05/2035 (60 years); 5 years earlier she retires on 31/05/2030.
    ``direction`` is "earlier" or "later"; without a normal date there is no date.
    """
    if not normal_date:
        return False
    if not months or direction not in ("earlier", "later"):
        return normal_date
    shift = -months if direction == "earlier" else months
    return end_of_month(normal_date + relativedelta(day=1, months=shift))


def later_retirement_notice_problems(
    normal_date, application_date, decision_date, application_months=6, decision_months=3
):
    """Notice periods of a later retirement (nghỉ hưu ở tuổi cao hơn) of a teacher.

    Nghị định 93/2026/NĐ-CP Điều 18 khoản 3: the teacher files the application at least
    06 months before the retirement date; khoản 4: the decision is sent at least 03 months
    before the retirement date and recorded in the teacher's electronic record. Returns the
    codes "application" and/or "decision" of the periods that are not met (the normal
    retirement date is the one the extension starts from).
    """
    problems = []
    if not normal_date:
        return problems
    if application_date and application_date > normal_date - relativedelta(
        months=application_months or 0
    ):
        problems.append("application")
    if decision_date and decision_date > normal_date - relativedelta(months=decision_months or 0):
        problems.append("decision")
    return problems
