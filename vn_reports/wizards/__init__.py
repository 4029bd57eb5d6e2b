from . import vn_staff_statistics_wizard
from . import vn_register_print_wizard
from . import vn_profile_supplement_wizard
from . import vn_hr_list_wizard
from . import vn_usage_report_print
