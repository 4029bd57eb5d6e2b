"""The access matrix of the README, as data: role -> model -> operations.

Letters: r read, w write, c create, u unlink; "-" none. The scope of each role (own
record, own unit, units of the managing body) comes from the record rules and is tested
in each module"s tests and in test_multi_company_isolation.py; this matrix fixes the
operations. scripts/access_matrix.py prints it as the README"s table, and
test_access_matrix.py checks every cell against the installed database.
"""

# Groups given to the test user of each role, on top of base.group_user (which implies
# the employee"s self-service groups of both applications).
ROLES = {
    "Employee / teacher": [],
    "Records officer": ["hr_vn_civil_servant.group_records_officer"],
    "Unit head": ["hr_vn_civil_servant.group_unit_head"],
    "HR office": ["hr_vn_civil_servant.group_hr_office"],
    "Văn thư clerk": ["documents_vn_office.group_clerk"],
    "Leader (directs)": ["documents_vn_office.group_leader"],
    "Admin": [
        "base.group_system",
        "hr_vn_civil_servant.group_admin",
        "documents_vn_office.group_admin",
    ],
}

ROLE_SCOPE = {
    "Employee / teacher": "own record; own requests; documents assigned to him",
    "Records officer": "records of his unit",
    "Unit head": "records of his unit; approves step 1; locks",
    "HR office": "every unit of its managing body; final approval; unlocks",
    "Văn thư clerk": "documents and registers of his unit",
    "Leader (directs)": "documents of his unit, directs and signs",
    "Admin": "configuration, reference data, access groups",
}

# model: {role: ops}, reviewed by hand against the modules' security files and the
# design (employees never delete personnel data: hr.employee unlink is refused in code too).
_ROLE_ORDER = list(ROLES)


def _row(*ops):
    return dict(zip(_ROLE_ORDER, ops))


MATRIX = {
    "hr.contract": _row("-", "rwc", "rwc", "rwc", "-", "-", "rwcu"),
    "hr.employee": _row("-", "rwc", "rwc", "rwc", "-", "-", "rwcu"),
    "vn.appointment": _row("-", "r", "r", "rwcu", "-", "-", "rwcu"),
    "vn.base.salary": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.cadre.plan": _row("-", "-", "r", "rwcu", "-", "-", "rwcu"),
    "vn.cadre.plan.line": _row("-", "-", "r", "rwcu", "-", "-", "rwcu"),
    "vn.cadre.plan.review": _row("-", "-", "r", "rc", "-", "-", "rc"),
    "vn.case.file": _row("r", "r", "r", "r", "rwc", "rwc", "rwcu"),
    "vn.discipline": _row("r", "rwc", "rwc", "rwc", "r", "r", "rwcu"),
    "vn.document.access.log": _row("-", "-", "-", "-", "-", "r", "r"),
    "vn.document.field": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.document.link": _row("rc", "rc", "rc", "rc", "rwcu", "rwcu", "rwcu"),
    "vn.document.register": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.document.type": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.education.level": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.employee.transfer": _row("-", "rwc", "rwc", "rwc", "-", "-", "rwcu"),
    "vn.ethnicity": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.evaluation": _row("r", "rwc", "rwc", "rwc", "r", "r", "rwcu"),
    "vn.delegation": _row("rwc", "rwc", "rwc", "rwc", "rwc", "rwc", "rwcu"),
    "vn.export.authorization": _row("-", "-", "rwc", "rwc", "-", "-", "rwc"),
    "vn.family.member": _row("r", "rwc", "rwc", "rwc", "r", "r", "rwcu"),
    "vn.file.plan": _row("r", "r", "r", "r", "rwc", "rwc", "rwcu"),
    "vn.file.plan.line": _row("r", "r", "r", "r", "rwcu", "rwcu", "rwcu"),
    "vn.grade": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.health.check": _row("r", "rwc", "rwc", "rwc", "r", "r", "rwcu"),
    "vn.incoming.assignment": _row("rw", "rw", "rw", "rw", "rw", "rw", "rw"),
    "vn.incoming.document": _row("r", "r", "r", "r", "rwc", "rw", "rwcu"),
    "vn.internal.document": _row("rwc", "rwc", "rwc", "rwc", "rwc", "rwc", "rwcu"),
    "vn.job.position": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.outgoing.document": _row("rwc", "rwc", "rwc", "rwc", "rwc", "rwc", "rwcu"),
    "vn.outgoing.tracking": _row("r", "r", "r", "r", "r", "r", "r"),
    "vn.pay.group": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.pay.group.step": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.personnel.export.log": _row("-", "-", "-", "-", "-", "-", "r"),
    "vn.position": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.position.allowance": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.profile.change.request": _row("rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu"),
    "vn.profile.change.request.line": _row("rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu"),
    "vn.province": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.record.lock.log": _row("-", "r", "r", "r", "-", "-", "r"),
    "vn.religion": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.retention.period": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.reward": _row("r", "rwc", "rwc", "rwc", "r", "r", "rwcu"),
    "vn.salary.history": _row("r", "rwc", "rwc", "rwc", "r", "r", "rwcu"),
    "vn.school.calendar": _row("r", "rwc", "rwcu", "rwcu", "r", "r", "rwcu"),
    "vn.staffing.quota": _row("-", "r", "r", "rwc", "-", "-", "rwcu"),
    "vn.staffing.report": _row("-", "r", "r", "r", "-", "-", "r"),
    "vn.teaching.period.lock": _row("r", "r", "rwcu", "rwcu", "r", "r", "rwcu"),
    "vn.teaching.record": _row("rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu"),
    "vn.training": _row("r", "rwc", "rwc", "rwc", "r", "r", "rwcu"),
    "vn.ward": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.workflow.review": _row("r", "r", "r", "r", "r", "r", "r"),
    "vn.work.history": _row("r", "rwc", "rwc", "rwc", "r", "r", "rwcu"),
    # votes and polls, monthly timesheets, stored documents and personal folders
    "vn.vote": _row("r", "r", "r", "r", "r", "rwc", "rwcu"),
    "vn.vote.option": _row("r", "r", "r", "r", "r", "rwcu", "rwcu"),
    "vn.vote.participation": _row("r", "r", "r", "r", "r", "r", "r"),
    "vn.vote.ballot": _row("r", "r", "r", "r", "r", "r", "r"),
    "vn.timesheet.symbol": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    "vn.timesheet.month": _row("-", "-", "r", "r", "rwc", "-", "rwcu"),
    "vn.timesheet.line": _row("-", "-", "r", "r", "rwcu", "-", "rwcu"),
    "vn.stored.document": _row("r", "r", "r", "r", "rwc", "rwc", "rwcu"),
    "vn.personal.folder": _row("rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu"),
    "vn.personal.folder.item": _row("rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu"),
    "vn.work.schedule": _row("r", "r", "r", "r", "rwcu", "rwcu", "rwcu"),
    "vn.work.schedule.line": _row("r", "r", "r", "r", "rwcu", "rwcu", "rwcu"),
    "vn.sticky.note": _row("rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu"),
    "vn.personal.contact": _row("rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu"),
    "vn.phone.book": _row("r", "r", "r", "r", "r", "r", "r"),
    "vn.work.task": _row("rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu"),
    "vn.work.task.report": _row("r", "r", "r", "r", "r", "r", "r"),
    "vn.interaction.group": _row("rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu", "rwcu"),
    "vn.notice": _row("r", "r", "r", "r", "rwcu", "rwcu", "rwcu"),
    "vn.notice.recipient": _row("r", "r", "r", "r", "r", "r", "r"),
    "vn.document.seen": _row("r", "r", "r", "r", "r", "r", "r"),
    "vn.teaching.record.kind": _row("r", "r", "rwcu", "rwcu", "r", "r", "rwcu"),
    "vn.school.section": _row("r", "r", "rwcu", "rwcu", "r", "r", "rwcu"),
    "vn.teaching.record.change.request": _row("rwc", "rwc", "rwc", "rwc", "rwc", "rwc", "rwc"),
    "vn.records.support.request": _row("rwc", "rwc", "rwc", "rwc", "rwc", "rwc", "rwc"),
    "vn.document.number": _row("-", "-", "-", "-", "-", "-", "r"),
}

# HR office decisions (recruitment, probation, step raises, promotions): read by the
# records officers and unit heads of the unit, prepared by the HR office; the head's
# approval is a workflow step, not a write right.
MATRIX.update(
    {
        "vn.salary.raise.batch": _row("-", "r", "r", "rwcu", "-", "-", "rwcu"),
        "vn.salary.raise.batch.line": _row("-", "r", "r", "rwcu", "-", "-", "rwcu"),
        "vn.recruitment.round": _row("-", "r", "r", "rwcu", "-", "-", "rwcu"),
        "vn.recruitment.candidate": _row("-", "r", "r", "rwcu", "-", "-", "rwcu"),
        "vn.probation.confirmation": _row("-", "r", "r", "rwcu", "-", "-", "rwcu"),
        "vn.promotion.round": _row("-", "r", "r", "rwcu", "-", "-", "rwcu"),
        "vn.promotion.candidate": _row("-", "r", "r", "rwcu", "-", "-", "rwcu"),
        "vn.probation.length": _row("r", "r", "r", "r", "r", "r", "rwcu"),
        "vn.early.raise.rate": _row("r", "r", "r", "r", "r", "r", "rwcu"),
        "vn.promotion.rule": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    }
)

# Account policy (README: administration): lost-password requests are filed by anyone for
# himself (the unit's officers and heads for their staff); the audit trail is read by the
# HR office and the administrators and written by nobody (the audit rules write it as the
# superuser).
MATRIX.update(
    {
        "vn.password.reset.request": _row("rwc", "rwc", "rwc", "rwc", "rwc", "rwc", "rwcu"),
        "auditlog.log": _row("-", "-", "-", "r", "-", "-", "r"),
        "auditlog.log.line": _row("-", "-", "-", "r", "-", "-", "r"),
    }
)

# Accounts (issue 11.2, 17.5): role presets read by everyone, kept by the administrator;
# account handovers recorded by the unit head or the HR office (a log: never deleted).
MATRIX.update(
    {
        "vn.role.preset": _row("r", "r", "r", "r", "r", "r", "rwcu"),
        "vn.account.handover": _row("-", "-", "rwc", "rwc", "-", "-", "rwc"),
    }
)

# Regular retraining of teachers (bồi dưỡng thường xuyên): the required periods, reference data.
MATRIX.update(
    {
        "vn.retraining.requirement": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    }
)

# Due-work board (Việc đến hạn): the sources are configuration read by the records
# officers, unit heads and the HR office (counts use the reader's own rights).
MATRIX.update({"vn.due.work.source": _row("-", "r", "r", "r", "-", "-", "rwcu")})

# Yearly cycles: declaration rounds (the HR office opens and closes them; employees read
# the rounds they have a line in and their own line) and data closing snapshots (read only,
# made by the closing, never written nor deleted).
MATRIX.update(
    {
        "vn.declaration.round": _row("r", "r", "r", "rwcu", "r", "r", "rwcu"),
        "vn.declaration.round.line": _row("r", "r", "r", "r", "r", "r", "rwcu"),
        "vn.data.snapshot": _row("-", "-", "-", "r", "-", "-", "r"),
    }
)

# Record deadlines (issue 10.2): the time limits of NĐ 27/2026/NĐ-CP, reference data read
# by everyone and kept by the administrator.
MATRIX.update({"vn.deadline.rule": _row("r", "r", "r", "r", "r", "r", "rwcu")})
# Retirement regimes and disciplinary measures by category (issue 10 points 7, 8): the
# regime lines are history lines of the record like the discipline lines; their types and
# the measure types are reference data kept by the administrator.
MATRIX.update(
    {
        "vn.retirement.regime": _row("r", "rwc", "rwc", "rwc", "r", "r", "rwcu"),
        "vn.retirement.regime.type": _row("r", "r", "r", "r", "r", "r", "rwcu"),
        "vn.discipline.measure": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    }
)

# Evaluation rounds (issue 14 point 1): the HR office opens and closes the rounds; every
# role writes the lines and criteria it has a step on (the workflow decides which fields,
# by whom, in which state; lines and criteria are made by the opening only); the
# professional standards are reference data.
MATRIX.update(
    {
        "vn.evaluation.round": _row("r", "r", "r", "rwcu", "r", "r", "rwcu"),
        "vn.evaluation.round.line": _row("rw", "rw", "rw", "rw", "rw", "rw", "rwcu"),
        "vn.evaluation.round.criterion": _row("rw", "rw", "rw", "rw", "rw", "rw", "rwcu"),
        "vn.professional.standard": _row("r", "r", "r", "r", "r", "r", "rwcu"),
        "vn.professional.criterion": _row("r", "r", "r", "r", "r", "r", "rwcu"),
    }
)

# Training plans of the managing body (its HR office drafts and closes them, its head
# approves; every user reads the plans covering his units), enrolments (the records
# officers of the unit and the HR office; an employee reads his own) and the e-record
# management reports of the units (records officer, unit head, HR office of the body).
MATRIX.update(
    {
        "vn.training.plan": _row("r", "r", "r", "rwcu", "r", "r", "rwcu"),
        "vn.training.course": _row("r", "r", "r", "rwcu", "r", "r", "rwcu"),
        "vn.training.enrolment": _row("r", "rwcu", "rwcu", "rwcu", "r", "r", "rwcu"),
        "vn.record.report": _row("-", "rwcu", "rwcu", "rwcu", "-", "-", "rwcu"),
    }
)
