from . import pay_rules
