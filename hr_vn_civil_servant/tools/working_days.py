"""Counting of legal time limits in days and in working days (pure functions, no ORM).

The days off are passed in: the national list of holidays, compensatory days and
swapped days is data (``resource.calendar.leaves`` rows with ``vn_holiday_kind``, see
``data/vn_public_holiday_data.xml``), read once by ``_vn_days_off``.
"""

from datetime import timedelta

#: Saturday and Sunday (``date.weekday()``): the weekly rest of state bodies, Quyết định
#: 188/1999/QĐ-TTg (40-hour week) and Bộ luật Lao động 45/2019/QH14 Điều 111.
WEEKEND = (5, 6)


def is_working_day(day, days_off=frozenset(), days_worked=frozenset()):
    """A working day of a state body: Monday to Friday that is not a public holiday,
    a compensatory day or a day given off by a swap (Bộ luật Lao động 45/2019/QH14
    Điều 111, 112), or a Saturday/Sunday that the yearly notice made a working day by
    a swap (``days_worked``)."""
    if day in days_worked:
        return True
    return day.weekday() not in WEEKEND and day not in days_off


def add_working_days(start, count, days_off=frozenset(), days_worked=frozenset()):
    """Last day of a time limit of ``count`` working days that starts on ``start``: the
    day of the event does not count, the limit begins on the next day (Bộ luật Dân sự
    91/2015/QH13 Điều 147) and only working days are counted. ``count`` 0 gives
    ``start`` itself.

    NĐ 27/2026/NĐ-CP Điều 19: the person completes the first declaration within 03
    working days of the creation of the e-record. A record created on Friday 13/02/2026
    (before Tết Bính Ngọ, 16-20/02/2026): the limit ends on Wednesday 25/02/2026."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    left = count
    while left:
        day += timedelta(days=1)
        if is_working_day(day, days_off, days_worked):
            left -= 1
    return day


def add_calendar_days(start, count, days_off=frozenset(), days_worked=frozenset()):
    """Last day of a time limit of ``count`` days that starts on ``start``: the next day
    is the first day (Bộ luật Dân sự 91/2015/QH13 Điều 147); when the last day
    is a weekly rest day or a holiday, the limit ends at the end of the next working day
    (Điều 148 khoản 5).

    NĐ 27/2026/NĐ-CP Điều 18 khoản 2: the managing body creates the e-record within 03
    days of the recruitment decision. A decision of Friday 28/08/2026: the third day,
    Monday 31/08/2026, is a day off (swap for Saturday 22/08) followed by Quốc khánh
    (01-02/09), so the limit ends on Thursday 03/09/2026."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start + timedelta(days=count)
    if count:
        while not is_working_day(day, days_off, days_worked):
            day += timedelta(days=1)
    return day
