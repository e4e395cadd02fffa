"""tcgetattr/tcsetattr and the other tty calls over glibc's struct termios
(x86-64 layout: four 32-bit flag words, c_line, 32 control characters,
then the input and output speeds at 52 and 56)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.select.pollfds import fileno_of
from pypy27.support.ffi import external, get_errno
from pypy27.support.rarith import intmask
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i32, raw_load_u8, raw_store_i32, raw_store_u8

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

H = "<termios.h>"
c_tcgetattr = external("tcgetattr", ["int", "void*"], "int", header=H)
c_tcsetattr = external("tcsetattr", ["int", "int", "void*"], "int", header=H)
c_cfgetispeed = external("cfgetispeed", ["void*"], "unsigned int", header=H)
c_cfgetospeed = external("cfgetospeed", ["void*"], "unsigned int", header=H)
c_cfsetispeed = external("cfsetispeed", ["void*", "unsigned int"], "int", header=H)
c_cfsetospeed = external("cfsetospeed", ["void*", "unsigned int"], "int", header=H)
c_tcsendbreak = external("tcsendbreak", ["int", "int"], "int", header=H)
c_tcdrain = external("tcdrain", ["int"], "int", header=H)
c_tcflush = external("tcflush", ["int", "int"], "int", header=H)
c_tcflow = external("tcflow", ["int", "int"], "int", header=H)

SIZEOF_TERMIOS = 60
CC_OFFSET = 17
NCCS = 32
ICANON = 2
VTIME = 5
VMIN = 6


class TermiosState(object):
    w_error: Optional[W_Root]

    def __init__(self) -> None:
        self.w_error = None


state = TermiosState()


def termios_error(space: "ObjSpace") -> OperationError:
    from pypy27.interpreter.module.posix.errors import strerror
    err = get_errno()
    w_error = state.w_error
    assert w_error is not None
    w_exc = space.call_function(w_error, [space.newint(err), space.newstr(strerror(err))])
    return OperationError(w_error, w_exc)


def _int(space: "ObjSpace", w_obj: W_Root) -> int:
    from pypy27.interpreter.module.itertools.common import index_w
    return index_w(space, w_obj)


def tcgetattr(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    fd = fileno_of(space, w_fd)
    buf = raw_alloc(SIZEOF_TERMIOS)
    try:
        if c_tcgetattr(fd, buf) < 0:
            raise termios_error(space)
        items_w: list[W_Root] = []
        for i in range(4):
            items_w.append(space.newint(raw_load_i32(buf, 4 * i) & 0xFFFFFFFF))
        items_w.append(space.newint(c_cfgetispeed(buf) & 0xFFFFFFFF))
        items_w.append(space.newint(c_cfgetospeed(buf) & 0xFFFFFFFF))
        lflag = raw_load_i32(buf, 12)
        cc_w: list[W_Root] = []
        for i in range(NCCS):
            c = raw_load_u8(buf, CC_OFFSET + i)
            if (lflag & ICANON) == 0 and (i == VMIN or i == VTIME):
                cc_w.append(space.newint(c))
            else:
                cc_w.append(space.newstr(chr(c)))
        items_w.append(space.newlist(cc_w))
        return space.newlist(items_w)
    finally:
        raw_free(buf)


def tcsetattr(space: "ObjSpace", w_fd: W_Root, w_when: W_Root, w_attrs: W_Root) -> W_Root:
    fd = fileno_of(space, w_fd)
    when = _int(space, w_when)
    if not space.isinstance_w(w_attrs, space.w_list) or space.len_w(w_attrs) != 7:
        raise space.type_error("tcsetattr, arg 3: must be 7 element list")
    attrs_w = space.listview(w_attrs)
    flags: list[int] = []
    for i in range(6):
        flags.append(intmask(space.int_w(attrs_w[i])))
    w_cc = attrs_w[6]
    if not space.isinstance_w(w_cc, space.w_list) or space.len_w(w_cc) != NCCS:
        raise space.type_error("tcsetattr: attributes[6] must be %d element list" % NCCS)
    cc_w = space.listview(w_cc)
    buf = raw_alloc(SIZEOF_TERMIOS)
    try:
        if c_tcgetattr(fd, buf) < 0:
            raise termios_error(space)
        for i in range(4):
            raw_store_i32(buf, 4 * i, flags[i])
        for i in range(NCCS):
            w_c = cc_w[i]
            if space.isinstance_w(w_c, space.w_str) and space.len_w(w_c) == 1:
                raw_store_u8(buf, CC_OFFSET + i, ord(space.str_w(w_c)[0]))
            elif space.isinstance_w(w_c, space.w_int):
                raw_store_u8(buf, CC_OFFSET + i, space.int_w(w_c) & 0xFF)
            else:
                raise space.type_error("tcsetattr: elements of attributes must be characters or integers")
        if c_cfsetispeed(buf, flags[4] & 0xFFFFFFFF) < 0:
            raise termios_error(space)
        if c_cfsetospeed(buf, flags[5] & 0xFFFFFFFF) < 0:
            raise termios_error(space)
        if c_tcsetattr(fd, when, buf) < 0:
            raise termios_error(space)
    finally:
        raw_free(buf)
    return space.w_None


def tcsendbreak(space: "ObjSpace", w_fd: W_Root, w_duration: W_Root) -> W_Root:
    fd = fileno_of(space, w_fd)
    if c_tcsendbreak(fd, _int(space, w_duration)) < 0:
        raise termios_error(space)
    return space.w_None


def tcdrain(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    fd = fileno_of(space, w_fd)
    if c_tcdrain(fd) < 0:
        raise termios_error(space)
    return space.w_None


def tcflush(space: "ObjSpace", w_fd: W_Root, w_queue: W_Root) -> W_Root:
    fd = fileno_of(space, w_fd)
    if c_tcflush(fd, _int(space, w_queue)) < 0:
        raise termios_error(space)
    return space.w_None


def tcflow(space: "ObjSpace", w_fd: W_Root, w_action: W_Root) -> W_Root:
    fd = fileno_of(space, w_fd)
    if c_tcflow(fd, _int(space, w_action)) < 0:
        raise termios_error(space)
    return space.w_None
