"""Rules of appointments to leadership positions (bổ nhiệm, bổ nhiệm lại), as plain
functions. Confidence of the sources is given in each docstring ([S] one secondary
source, [R] recollection to verify against the official text)."""

from datetime import timedelta

from dateutil.relativedelta import relativedelta

#: Term of an appointment to a leadership position: 05 years from the effective date of
#: the decision (Luật Cán bộ, công chức 2008 Điều 51 khoản 2 / Luật Viên chức 2010 Điều 37
#: as applied by Nghị định 138/2020/NĐ-CP and 115/2020/NĐ-CP) [R].
DEFAULT_TERM_YEARS = 5
#: Remaining service at the end of a term under which a leader is not re-appointed but his
#: term is extended to the retirement age (kéo dài thời gian giữ chức vụ).
REAPPOINTMENT_MIN_YEARS = 2
#: Days before a term ends within which the re-appointment must be prepared: "chậm nhất
#: 90 ngày trước ngày hết thời hạn bổ nhiệm" (Quyết định 727/QĐ-BNV 2025, thủ tục kéo dài
#: thời gian giữ chức vụ; Quy định 80-QĐ/TW 2022 for cán bộ) [S].
REMINDER_DAYS = 90


def term_end(date_start, years=DEFAULT_TERM_YEARS):
    """Last day of a term of ``years`` years starting on ``date_start``: a term starting
    on 01/8/2026 for 5 years ends on 31/7/2031 (Luật Cán bộ, công chức Điều 51: thời hạn
    bổ nhiệm là 05 năm) [R]."""
    if not date_start:
        return False
    return date_start + relativedelta(years=years) - timedelta(days=1)


def may_be_reappointed(date_end, retirement_date, min_years=REAPPOINTMENT_MIN_YEARS):
    """Whether a leader whose term ends on ``date_end`` may be re-appointed for a new
    term: he must still have at least 02 years of service until the retirement age at
    the end of the term; otherwise the competent authority extends his term until he
    retires (kéo dài thời gian giữ chức vụ đến thời điểm nghỉ hưu).

    Basis: Quy chế bổ nhiệm, bổ nhiệm lại, kéo dài thời gian giữ chức vụ của Bộ GDĐT
    (Quyết định 3268/QĐ-BGDĐT 2018) Điều 2 khoản 13 [S, thuvienphapluat.vn]; the same
    rule in Nghị định 138/2020/NĐ-CP (công chức) and 115/2020/NĐ-CP amended by
    85/2023/NĐ-CP (viên chức), article on "kéo dài thời gian giữ chức vụ" [R].

    Without a known retirement date the rule cannot refuse: True."""
    if not date_end or not retirement_date:
        return True
    return retirement_date >= date_end + relativedelta(years=min_years)
