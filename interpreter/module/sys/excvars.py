"""sys.exc_type, sys.exc_value and sys.exc_traceback: 2.7's deprecated copies
of sys.exc_info(), stored in the sys module's dict whenever an except clause
catches an exception, and put back when the catching frame returns."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.module.builtin.moduleobject import W_Module


def _sys(space: "ObjSpace") -> "W_Module":
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    w_sys = space.w_sys
    assert isinstance(w_sys, W_Module)
    return w_sys


def publish_exc(space: "ObjSpace", operr: Optional[OperationError]) -> None:
    """Store operr (None: no exception) as sys.exc_type/exc_value/exc_traceback."""
    w_sys = _sys(space)
    if operr is None:
        w_sys.setattr_str(space, "exc_type", space.w_None)
        w_sys.setattr_str(space, "exc_value", space.w_None)
        w_sys.setattr_str(space, "exc_traceback", space.w_None)
        return
    w_value = operr.normalize(space)
    w_tb = operr.w_traceback
    w_sys.setattr_str(space, "exc_type", operr.w_type)
    w_sys.setattr_str(space, "exc_value", w_value)
    w_sys.setattr_str(space, "exc_traceback", w_tb if w_tb is not None else space.w_None)


def restore_exc(space: "ObjSpace") -> None:
    """A frame that caught an exception returned: the caller's view again."""
    from pypy27.interpreter.executioncontext import get_ec
    publish_exc(space, get_ec(space).sys_exc_info())
