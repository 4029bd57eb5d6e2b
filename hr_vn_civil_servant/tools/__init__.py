from . import dates, pay_rules
