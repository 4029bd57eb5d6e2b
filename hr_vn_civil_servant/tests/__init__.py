from . import test_change_request
from . import test_record_lock
from . import test_deadlines
from . import test_export_log
from . import test_import
from . import test_pay_rules
from . import test_employee_record
from . import test_value_ranges
