{
    "name": "Vietnamese Official Correspondence (Văn thư)",
    "summary": "Incoming, outgoing and internal official documents under Nghị định "
    "30/2020/NĐ-CP: registers, yearly numbering, direction, case files",
    "version": "18.0.1.0.0",
    "category": "Productivity/Documents",
    "license": "LGPL-3",
    "author": "VN School Office Suite",
    "website": "https://github.com/vn-school-office/vn-school-office",
    "depends": ["hr_vn_civil_servant", "mail"],
    "data": [
        "security/documents_vn_office_groups.xml",
        "security/ir.model.access.csv",
        "views/documents_vn_office_menus.xml",
    ],
    "demo": [
        "demo/res_users_demo.xml",
    ],
    "application": True,
    "installable": True,
}
