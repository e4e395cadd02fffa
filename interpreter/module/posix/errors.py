"""OSError raising and argument conversion shared by the posix functions."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external, get_errno

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

EINTR = 4

c_strerror = external("strerror", ["int"], "char*", header="<string.h>")


def strerror(err: int) -> str:
    text = c_strerror(err)
    if text is None:
        return "Unknown error %d" % err
    return text


def oserror(space: "ObjSpace", err: int, w_filename: Optional[W_Root] = None) -> OperationError:
    """OSError(errno, strerror[, filename]) as 2.7's posix functions raise it.
    A call interrupted by a signal (EINTR) first runs the Python handlers,
    whose exception (KeyboardInterrupt...) wins."""
    if err == EINTR:
        from pypy27.interpreter.module.signal.delivery import fire_pending
        fire_pending(space, None)
    args_w = [space.newint(err), space.newstr(strerror(err))]
    if w_filename is not None:
        args_w.append(w_filename)
    w_exc = space.call_function(space.w_OSError, args_w)
    return OperationError(space.w_OSError, w_exc)


def last_oserror(space: "ObjSpace", w_filename: Optional[W_Root] = None) -> OperationError:
    """The OSError for the errno left by the last failed C call."""
    return oserror(space, get_errno(), w_filename)


def is_unicode(space: "ObjSpace", w_obj: W_Root) -> bool:
    return space.isinstance_w(w_obj, space.w_unicode)


def path_w(space: "ObjSpace", w_path: W_Root, fname: str = "") -> str:
    """A file system path argument: a str, or unicode encoded as UTF-8.
    fname names the function in the message about NUL bytes."""
    if space.isinstance_w(w_path, space.w_str):
        path = space.str_w(w_path)
    elif is_unicode(space, w_path):
        path = space.unicode_w(w_path)
    else:
        raise space.type_error("coercing to Unicode: need string or buffer, %s found"
                               % space.type(w_path).name)
    if "\x00" in path:
        if fname:
            raise space.type_error("%s() argument 1 must be encoded string without null bytes, not str"
                                   % fname)
        raise space.type_error("must be encoded string without null bytes, not str")
    return path


def wrap_name(space: "ObjSpace", name: str, as_unicode: bool) -> W_Root:
    """A name from the file system, unicode when the caller passed unicode
    (2.7 keeps undecodable names as str)."""
    if as_unicode:
        from pypy27.support.utf8 import utf8_check
        if utf8_check(name) < 0:
            return space.newunicode(name)
    return space.newstr(name)


def c_int_w(space: "ObjSpace", w_obj: W_Root) -> int:
    """A C int argument (2.7's "i" format: descriptors, modes, codes)."""
    n = space.int_w(w_obj)
    if n > 0x7fffffff:
        raise space.error(space.w_OverflowError, "signed integer is greater than maximum")
    if n < -0x80000000:
        raise space.error(space.w_OverflowError, "signed integer is less than minimum")
    return n


def int_arg(space: "ObjSpace", w_obj: Optional[W_Root], default: int) -> int:
    if w_obj is None:
        return default
    return space.int_w(w_obj)
