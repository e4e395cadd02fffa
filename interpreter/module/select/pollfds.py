"""select() and poll objects, both on top of poll(2): an array of struct
pollfd {int fd; short events; short revents;} (8 bytes each)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import (raw_alloc, raw_free, raw_load_i32, raw_store_i32)
from pypy27.interpreter.module.signal.delivery import signal_recorded
from pypy27.interpreter.module.thread import gil

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

c_poll = external("poll", ["void*", "unsigned long", "int"], "int", header="<poll.h>")

POLLIN = 0x001
POLLPRI = 0x002
POLLOUT = 0x004
POLLERR = 0x008
POLLHUP = 0x010
POLLNVAL = 0x020
READ_EVENTS = POLLIN | POLLPRI | POLLERR | POLLHUP
WRITE_EVENTS = POLLOUT | POLLERR


EINTR = 4


class SelectState(object):
    w_error: Optional[W_Root]
    w_poll_type: Optional["W_TypeObject"]

    def __init__(self) -> None:
        self.w_error = None
        self.w_poll_type = None


state = SelectState()


def select_error(space: "ObjSpace", err: int) -> OperationError:
    """select.error(errno, strerror)."""
    from pypy27.interpreter.module.posix.errors import strerror
    w_error = state.w_error
    assert w_error is not None
    w_exc = space.call_function(w_error, [space.newint(err), space.newstr(strerror(err))])
    return OperationError(space.type(w_exc), w_exc)


def fd_int(space: "ObjSpace", w_int: W_Root) -> int:
    """An int or long as a C int; out of range is -1 (2.7 then reports a
    negative descriptor)."""
    try:
        fd = space.int_w(w_int)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        return -1
    if fd > 0x7fffffff or fd < -0x80000000:
        return -1
    return fd


def poll_mask(space: "ObjSpace", w_mask: W_Root) -> int:
    """poll's event mask, a C unsigned short.  2.7's converter fails with
    an internal SystemError for anything but an int or a long."""
    if not (space.isinstance_w(w_mask, space.w_int) or space.isinstance_w(w_mask, space.w_long)):
        raise space.error(space.w_SystemError, "Objects/longobject.c:426: bad argument to internal function")
    if space.is_true(space.compare("lt", w_mask, space.newint(0))):
        raise space.error(space.w_OverflowError, "can't convert negative value to unsigned long")
    if space.is_true(space.compare("gt", w_mask, space.newint(0xffff))):
        raise space.error(space.w_OverflowError, "Python int too large for C unsigned short")
    return space.int_w(w_mask)


def fileno_of(space: "ObjSpace", w_obj: W_Root) -> int:
    """An int, long or object with fileno(); 2.7's errors otherwise."""
    if space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long):
        fd = fd_int(space, w_obj)
    else:
        if space.findattr(w_obj, "fileno") is None:
            raise space.type_error("argument must be an int, or have a fileno() method")
        w_fd = space.call_method(w_obj, "fileno", [])
        if not (space.isinstance_w(w_fd, space.w_int) or space.isinstance_w(w_fd, space.w_long)):
            raise space.type_error("fileno() returned a non-integer")
        fd = fd_int(space, w_fd)
    if fd < 0:
        raise space.value_error("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def interrupted_by_collector(res: int) -> bool:
    """Whether a wait that returned res should simply be restarted: in threads
    the collector's stop-the-world signals interrupt it (EINTR); only a real
    signal makes it fail, as in 2.7."""
    return res < 0 and get_errno() == EINTR and gil.threads.on and not signal_recorded()


def do_poll(space: "ObjSpace", fds: list[int], events: list[int], timeout_ms: int) -> list[int]:
    """poll(2) over fds; the revents of each (select.error on failure)."""
    n = len(fds)
    buf = raw_alloc(8 * n + 8)
    try:
        for i in range(n):
            raw_store_i32(buf, 8 * i, fds[i])
            raw_store_i32(buf, 8 * i + 4, events[i] & 0xffff)
        while True:
            gil.release()
            res = c_poll(buf, n, timeout_ms)
            gil.acquire()
            if interrupted_by_collector(res):
                continue
            break
        if res < 0:
            raise select_error(space, get_errno())
        revents: list[int] = []
        for i in range(n):
            revents.append((raw_load_i32(buf, 8 * i + 4) >> 16) & 0xffff)
        return revents
    finally:
        raw_free(buf)


def timeout_ms_of(space: "ObjSpace", w_timeout: Optional[W_Root], seconds: bool) -> int:
    """-1 (wait forever) for None; else milliseconds, rounded up."""
    if w_timeout is None or space.is_w(w_timeout, space.w_None):
        return -1
    if not (space.isinstance_w(w_timeout, space.w_int) or space.isinstance_w(w_timeout, space.w_long)
            or space.isinstance_w(w_timeout, space.w_float)):
        if seconds:
            raise space.type_error("timeout must be a float or None")
        raise space.type_error("timeout must be an integer or None")
    t = space.float_w(space.call_function(space.w_float, [w_timeout]))
    if seconds:
        if t < 0.0:
            raise space.value_error("timeout must be non-negative")
        t = t * 1000.0
    if t < 0.0:
        return -1
    ms = int(t)
    if float(ms) < t:
        ms += 1
    return ms


def select_select(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """select(rlist, wlist, xlist[, timeout]) -> (rlist, wlist, xlist)"""
    lists_w: list[list[W_Root]] = []
    for i in range(3):
        w_seq = args_w[i]
        assert w_seq is not None
        try:
            lists_w.append(space.listview(space.call_function(space.w_list, [w_seq])))
        except OperationError as e:
            if not e.match(space, space.w_TypeError):
                raise
            raise space.type_error("arguments 1-3 must be sequences")
    timeout_ms = timeout_ms_of(space, args_w[3], True)
    fds: list[int] = []
    events: list[int] = []
    owners: list[int] = []      # which list each entry comes from
    objs_w: list[W_Root] = []
    masks = [POLLIN, POLLOUT, POLLPRI]
    for which in range(3):
        for w_obj in lists_w[which]:
            fds.append(fileno_of(space, w_obj))
            events.append(masks[which])
            owners.append(which)
            objs_w.append(w_obj)
    revents = do_poll(space, fds, events, timeout_ms)
    results_w: list[list[W_Root]] = [[], [], []]
    for i in range(len(fds)):
        r = revents[i]
        if r & POLLNVAL:
            raise select_error(space, 9)    # EBADF, as select(2) reports it
        which = owners[i]
        if which == 0 and r & READ_EVENTS:
            results_w[0].append(objs_w[i])
        elif which == 1 and r & WRITE_EVENTS:
            results_w[1].append(objs_w[i])
        elif which == 2 and r & POLLPRI:
            results_w[2].append(objs_w[i])
    return space.newtuple([space.newlist(results_w[0]), space.newlist(results_w[1]),
                           space.newlist(results_w[2])])


class W_Poll(W_Root):
    fds: dict[int, int]         # fd -> event mask, in registration order

    def __init__(self) -> None:
        self.fds = {}

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        w_type = state.w_poll_type
        assert w_type is not None
        return w_type


def as_poll(space: "ObjSpace", w_self: Optional[W_Root]) -> W_Poll:
    if not isinstance(w_self, W_Poll):
        raise space.type_error("descriptor requires a 'select.poll' object")
    return w_self


def select_poll(space: "ObjSpace") -> W_Root:
    """poll() -> a polling object"""
    return W_Poll()


def poll_register(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """register(fd [, eventmask=POLLIN|POLLPRI|POLLOUT])"""
    p = as_poll(space, args_w[0])
    w_fd = args_w[1]
    assert w_fd is not None
    mask = POLLIN | POLLPRI | POLLOUT
    if args_w[2] is not None:
        mask = poll_mask(space, args_w[2])     # converted first, as in 2.7
    fd = fileno_of(space, w_fd)
    p.fds[fd] = mask
    return space.w_None


def poll_modify(space: "ObjSpace", w_self: W_Root, w_fd: W_Root, w_mask: W_Root) -> W_Root:
    p = as_poll(space, w_self)
    mask = poll_mask(space, w_mask)
    fd = fileno_of(space, w_fd)
    if fd not in p.fds:
        from pypy27.interpreter.module.posix.errors import oserror
        raise oserror(space, 2)     # ENOENT, as 2.7 reports it
    p.fds[fd] = mask
    return space.w_None


def poll_unregister(space: "ObjSpace", w_self: W_Root, w_fd: W_Root) -> W_Root:
    p = as_poll(space, w_self)
    fd = fileno_of(space, w_fd)
    if fd not in p.fds:
        raise OperationError(space.w_KeyError, space.newint(fd))
    del p.fds[fd]
    return space.w_None


def poll_poll(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """poll([timeout]) -> [(fd, events), ...]; timeout in milliseconds."""
    p = as_poll(space, args_w[0])
    timeout_ms = timeout_ms_of(space, args_w[1], False)
    fds: list[int] = []
    events: list[int] = []
    for fd, mask in p.fds.items():
        fds.append(fd)
        events.append(mask)
    revents = do_poll(space, fds, events, timeout_ms)
    result_w: list[W_Root] = []
    for i in range(len(fds)):
        if revents[i] != 0:
            result_w.append(space.newtuple([space.newint(fds[i]), space.newint(revents[i])]))
    return space.newlist(result_w)
