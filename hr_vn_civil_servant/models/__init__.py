from . import res_company
from . import vn_record_lock_mixin
