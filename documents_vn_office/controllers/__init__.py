from . import binary
from . import attachment
