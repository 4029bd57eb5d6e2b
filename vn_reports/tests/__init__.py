from . import test_report_format
from . import test_report_employee_2c
from . import test_report_registers
from . import test_report_staff_statistics
from . import test_report_profile_supplement
from . import test_report_hr_list
from . import test_value_ranges
