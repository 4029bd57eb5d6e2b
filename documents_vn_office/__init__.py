from . import controllers
from . import models
from .hooks import _vn_post_init
