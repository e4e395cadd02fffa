from .. import leaf
from ..leaf import VALUE
NAME = __name__
