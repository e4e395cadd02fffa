"""socket.error (an IOError), herror, gaierror and timeout, and raising them."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external, get_errno

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

c_gai_strerror = external("gai_strerror", ["int"], "char*", header="<netdb.h>")
c_hstrerror = external("hstrerror", ["int"], "char*", header="<netdb.h>")


class SocketState(object):
    w_error: Optional[W_Root]
    w_herror: Optional[W_Root]
    w_gaierror: Optional[W_Root]
    w_timeout: Optional[W_Root]
    w_socket_type: Optional[W_Root]
    default_timeout: float      # < 0: None (blocking)

    def __init__(self) -> None:
        self.w_error = None
        self.w_herror = None
        self.w_gaierror = None
        self.w_timeout = None
        self.w_socket_type = None
        self.default_timeout = -1.0


state = SocketState()


def raise_with(space: "ObjSpace", w_type: Optional[W_Root], args_w: list[W_Root]) -> OperationError:
    assert w_type is not None
    w_exc = space.call_function(w_type, args_w)
    return OperationError(space.type(w_exc), w_exc)


def socket_error(space: "ObjSpace", err: int) -> OperationError:
    from pypy27.interpreter.module.posix.errors import strerror
    return raise_with(space, state.w_error, [space.newint(err), space.newstr(strerror(err))])


def last_socket_error(space: "ObjSpace") -> OperationError:
    return socket_error(space, get_errno())


def socket_error_msg(space: "ObjSpace", msg: str) -> OperationError:
    return raise_with(space, state.w_error, [space.newstr(msg)])


def gai_error(space: "ObjSpace", code: int) -> OperationError:
    text = c_gai_strerror(code)
    return raise_with(space, state.w_gaierror, [space.newint(code), space.newstr(text or "unknown error")])


def herror(space: "ObjSpace", code: int) -> OperationError:
    text = c_hstrerror(code)
    return raise_with(space, state.w_herror, [space.newint(code), space.newstr(text or "unknown error")])


def timeout_error(space: "ObjSpace") -> OperationError:
    return raise_with(space, state.w_timeout, [space.newstr("timed out")])
