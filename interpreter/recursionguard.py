"""2.7's Py_EnterRecursiveCall for C-level recursion that runs no frame
(repr of nested containers, isinstance with nested tuples): each level
counts against sys.getrecursionlimit() like a Python call."""
from typing import TYPE_CHECKING

from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def enter_recursive_call(space: "ObjSpace", where: str) -> None:
    """One more level; RuntimeError 'maximum recursion depth exceeded<where>'."""
    from pypy27.interpreter.executioncontext import get_ec
    ec = get_ec(space)
    if ec.depth >= ec.recursionlimit:
        raise OperationError(space.w_RuntimeError,
                             space.newstr("maximum recursion depth exceeded" + where))
    ec.depth += 1


def leave_recursive_call(space: "ObjSpace") -> None:
    from pypy27.interpreter.executioncontext import get_ec
    get_ec(space).depth -= 1
