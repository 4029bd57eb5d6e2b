{
    "name": "Vietnamese Statutory Reports",
    "summary": "Mẫu 2C-BNV/2008, phiếu bổ sung lý lịch, NĐ 30/2020 registers and "
    "slips, staff statistics (TT 11/2012, TT 07/2019) as PDF and Excel",
    "version": "18.0.1.0.0",
    "category": "Human Resources",
    "license": "LGPL-3",
    "author": "VN School Office Suite",
    "website": "https://github.com/vn-school-office/vn-school-office",
    "depends": ["hr_vn_civil_servant", "documents_vn_office", "report_xlsx"],
    "data": [
        "security/ir.model.access.csv",
    ],
    "installable": True,
}
