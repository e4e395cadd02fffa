"""select.epoll: Linux's epoll(7) as 2.7 exposes it.

struct epoll_event is packed on x86-64: a 32-bit event mask at offset 0,
then the 64-bit user data at offset 4 (12 bytes); we keep the fd there."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.builtin.io import ioerror
from pypy27.interpreter.module.select.pollfds import fileno_of, interrupted_by_collector
from pypy27.interpreter.module.thread import gil
from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i32, raw_load_i64, raw_store_i32, raw_store_i64

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

c_epoll_create1 = external("epoll_create1", ["int"], "int", header="<sys/epoll.h>")
c_epoll_ctl = external("epoll_ctl", ["int", "int", "int", "void*"], "int", header="<sys/epoll.h>")
c_epoll_wait = external("epoll_wait", ["int", "void*", "int", "int"], "int", header="<sys/epoll.h>")
c_close = external("close", ["int"], "int", header="<unistd.h>")

EPOLL_CLOEXEC = 0o2000000
CTL_ADD = 1
CTL_DEL = 2
CTL_MOD = 3
EVENT_SIZE = 12
EBADF = 9

CONSTANTS = {"EPOLLIN": 0x001, "EPOLLPRI": 0x002, "EPOLLOUT": 0x004, "EPOLLERR": 0x008,
             "EPOLLHUP": 0x010, "EPOLLRDNORM": 0x040, "EPOLLRDBAND": 0x080, "EPOLLWRNORM": 0x100,
             "EPOLLWRBAND": 0x200, "EPOLLMSG": 0x400, "EPOLLONESHOT": 1 << 30, "EPOLLET": 1 << 31}
DEFAULT_MASK = 0x001 | 0x004 | 0x002

TYPE_DOC = ("select.epoll([sizehint=-1])\n\n"
            "Returns an epolling object\n\n"
            "sizehint must be a positive integer or -1 for the default size. The\n"
            "sizehint is used to optimize internal data structures. It doesn't limit\n"
            "the maximum number of monitored events.")


class EpollState(object):
    w_type: Optional["W_TypeObject"]

    def __init__(self) -> None:
        self.w_type = None


state = EpollState()


class W_Epoll(W_Root):
    epfd: int           # -1 once closed
    w_class: "W_TypeObject"

    def __init__(self, epfd: int, w_class: "W_TypeObject") -> None:
        self.epfd = epfd
        self.w_class = w_class

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class


def as_epoll(space: "ObjSpace", w_self: Optional[W_Root]) -> W_Epoll:
    if not isinstance(w_self, W_Epoll):
        raise space.type_error("descriptor requires a 'select.epoll' object")
    return w_self


def epoll_mask(space: "ObjSpace", w_mask: W_Root) -> int:
    """An event mask: 2.7's "I", an int or long taken modulo 2**32 (the
    arguments are converted before the epoll object is checked)."""
    if space.isinstance_w(w_mask, space.w_float):
        raise space.type_error("integer argument expected, got float")
    if not (space.isinstance_w(w_mask, space.w_int) or space.isinstance_w(w_mask, space.w_long)):
        raise space.type_error("an integer is required")
    w_low = space.binop("and", w_mask, space.newint(0xffffffff))
    return space.int_w(w_low)


def open_epoll(space: "ObjSpace", w_self: Optional[W_Root]) -> W_Epoll:
    ep = as_epoll(space, w_self)
    if ep.epfd < 0:
        raise space.value_error("I/O operation on closed epoll fd")
    return ep


def epoll_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    from pypy27.interpreter.module.itertools.common import parse_kw
    a = parse_kw(space, args, "epoll()", ["sizehint"], 0)
    if a[0] is not None:
        hint = space.int_w(a[0])
        if hint != -1 and hint <= 0:
            raise space.value_error("sizehint must be greater zero, got %d" % hint)
    epfd = c_epoll_create1(EPOLL_CLOEXEC)
    if epfd < 0:
        raise ioerror(space, get_errno(), None)
    return W_Epoll(epfd, w_subtype)


def epoll_fromfd(space: "ObjSpace", w_cls: W_Root, w_fd: W_Root) -> W_Root:
    """fromfd(fd) -> epoll

Create an epoll object from a given control fd."""
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    assert isinstance(w_cls, W_TypeObject)
    return W_Epoll(space.int_w(w_fd), w_cls)


def epoll_close(space: "ObjSpace", w_self: W_Root) -> W_Root:
    """close() -> None

Close the epoll control file descriptor. Further operations on the epoll
object will raise an exception."""
    ep = as_epoll(space, w_self)
    if ep.epfd >= 0:
        fd = ep.epfd
        ep.epfd = -1
        if c_close(fd) < 0:
            raise ioerror(space, get_errno(), None)
    return space.w_None


def epoll_closed(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newbool(as_epoll(space, w_self).epfd < 0)


def epoll_fileno(space: "ObjSpace", w_self: W_Root) -> W_Root:
    """fileno() -> int

Return the epoll control file descriptor."""
    return space.newint(open_epoll(space, w_self).epfd)


def control(space: "ObjSpace", ep: W_Epoll, op: int, fd: int, mask: int) -> None:
    buf = raw_alloc(EVENT_SIZE)
    try:
        mask &= 0xffffffff
        raw_store_i32(buf, 0, mask - (1 << 32) if mask >= (1 << 31) else mask)
        raw_store_i64(buf, 4, fd)
        if c_epoll_ctl(ep.epfd, op, fd, buf) < 0:
            err = get_errno()
            # 2.7 ignores EBADF on removal: the fd may have been closed already
            if not (op == CTL_DEL and err == EBADF):
                raise ioerror(space, err, None)
    finally:
        raw_free(buf)


def epoll_register(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """register(fd[, eventmask]) -> None

Registers a new fd or raises an IOError if the fd is already registered.
fd is the target file descriptor of the operation.
events is a bit set composed of the various EPOLL constants; the default
is EPOLL_IN | EPOLL_OUT | EPOLL_PRI.

The epoll interface supports all file descriptors that support poll."""
    w_mask = args_w[2]
    mask = DEFAULT_MASK if w_mask is None else epoll_mask(space, w_mask)
    ep = open_epoll(space, args_w[0])
    w_fd = args_w[1]
    assert w_fd is not None
    fd = fileno_of(space, w_fd)
    control(space, ep, CTL_ADD, fd, mask)
    return space.w_None


def epoll_modify(space: "ObjSpace", w_self: W_Root, w_fd: W_Root, w_mask: W_Root) -> W_Root:
    """modify(fd, eventmask) -> None

fd is the target file descriptor of the operation
events is a bit set composed of the various EPOLL constants"""
    mask = epoll_mask(space, w_mask)
    ep = open_epoll(space, w_self)
    control(space, ep, CTL_MOD, fileno_of(space, w_fd), mask)
    return space.w_None


def epoll_unregister(space: "ObjSpace", w_self: W_Root, w_fd: W_Root) -> W_Root:
    """unregister(fd) -> None

fd is the target file descriptor of the operation."""
    ep = open_epoll(space, w_self)
    control(space, ep, CTL_DEL, fileno_of(space, w_fd), 0)
    return space.w_None


def epoll_poll(space: "ObjSpace", args: Arguments) -> W_Root:
    """poll([timeout=-1[, maxevents=-1]]) -> [(fd, events), (...)]

Wait for events on the epoll file descriptor for a maximum time of timeout
in seconds (as float). -1 makes poll wait indefinitely.
Up to maxevents are returned to the caller."""
    from pypy27.interpreter.module.itertools.common import parse_kw
    args.unpack_stars(space, "poll()")
    if not args.args_w:
        raise space.type_error("descriptor 'poll' of 'select.epoll' object needs an argument")
    ep = open_epoll(space, args.args_w[0])
    a = parse_kw(space, Arguments(args.args_w[1:], args.keywords, args.keywords_w),
                 "poll()", ["timeout", "maxevents"], 0)
    timeout_ms = -1
    if a[0] is not None:
        if not (space.isinstance_w(a[0], space.w_int) or space.isinstance_w(a[0], space.w_long)
                or space.isinstance_w(a[0], space.w_float)):
            raise space.type_error("a float is required")
        t = space.float_w(a[0])
        if t >= 0.0:
            timeout_ms = int(t * 1000.0)
    maxevents = -1 if a[1] is None else space.int_w(a[1])
    if maxevents == -1:
        maxevents = 1023      # FD_SETSIZE - 1, 2.7's default
    elif maxevents < 1:
        raise space.value_error("maxevents must be greater than 0, got %d" % maxevents)
    buf = raw_alloc(EVENT_SIZE * maxevents)
    try:
        while True:
            gil.release()
            n = c_epoll_wait(ep.epfd, buf, maxevents, timeout_ms)
            gil.acquire()
            if interrupted_by_collector(n):
                continue
            break
        if n < 0:
            raise ioerror(space, get_errno(), None)
        result_w: list[W_Root] = []
        for i in range(n):
            events = raw_load_i32(buf, EVENT_SIZE * i) & 0xffffffff
            fd = raw_load_i64(buf, EVENT_SIZE * i + 4)
            result_w.append(space.newtuple([space.newint(fd), space.newint(events)]))
        return space.newlist(result_w)
    finally:
        raw_free(buf)
