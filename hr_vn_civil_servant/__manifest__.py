{
    "name": "Vietnamese Civil Servant Records",
    "summary": "Electronic personnel record (Mẫu 2C-BNV/2008) of cán bộ, công chức, "
    "viên chức and contract staff of Vietnamese schools and education offices",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Employees",
    "license": "LGPL-3",
    "author": "VN School Office Suite",
    "website": "https://github.com/vn-school-office/vn-school-office",
    "depends": ["hr", "mail"],
    "external_dependencies": {"python": ["vietnam_provinces"]},
    "data": [
        "security/hr_vn_civil_servant_groups.xml",
        "security/ir.model.access.csv",
        "views/res_company_views.xml",
        "views/hr_vn_civil_servant_menus.xml",
    ],
    "demo": [
        "demo/res_company_demo.xml",
        "demo/res_users_demo.xml",
    ],
    "application": True,
    "installable": True,
}
