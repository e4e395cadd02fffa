"""thread.LockType: a plain (non-recursive) lock.

Its state is an ordinary interpreter object, safe because only the GIL
holder looks at it.  A thread that must wait appends its parking handle to
`waiters` and sleeps with the GIL dropped; release() wakes the first waiter,
which then competes for the lock again (no hand-off: a thread that releases
and re-acquires in a loop keeps running until its time slice ends, as in
CPython)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.thread import gil

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class LockTypes(object):
    w_LockType: Optional["W_TypeObject"]
    w_error: Optional[W_Root]


types = LockTypes()
types.w_LockType = None
types.w_error = None


class W_Lock(W_Root):
    locked: bool
    waiters: list[int]

    def __init__(self) -> None:
        self.locked = False
        self.waiters = []

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        w_type = types.w_LockType
        assert w_type is not None
        return w_type

    def acquire(self, space: "ObjSpace", blocking: bool) -> bool:
        if not self.locked:
            self.locked = True
            return True
        if not blocking:
            return False
        if not gil.threads.on:
            # no other thread exists that could ever release it
            raise thread_error(space, "deadlock: acquire() of a held lock with no other thread")
        me = gil.my_handle()
        while True:
            self.waiters.append(me)
            gil.park()
            if self.take():
                return True

    def take(self) -> bool:
        """Lock it if it is free (a method: mypy would narrow `locked`)."""
        if self.locked:
            return False
        self.locked = True
        return True

    def release(self, space: "ObjSpace") -> None:
        if not self.locked:
            raise thread_error(space, "release unlocked lock")
        self.locked = False
        if len(self.waiters) > 0:
            gil.unpark(self.waiters.pop(0))


def thread_error(space: "ObjSpace", msg: str) -> OperationError:
    w_error = types.w_error
    assert w_error is not None
    return OperationError(w_error, space.newstr(msg))


def _self(space: "ObjSpace", w_self: Optional[W_Root]) -> W_Lock:
    if not isinstance(w_self, W_Lock):
        raise space.type_error("descriptor requires a 'thread.lock' object")
    return w_self


def lock_acquire(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    lock = _self(space, args_w[0])
    w_blocking = args_w[1]
    blocking = True
    if w_blocking is not None:
        blocking = space.int_w(w_blocking) != 0
    return space.newbool(lock.acquire(space, blocking))


def lock_release(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self).release(space)
    return space.w_None


def lock_locked(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newbool(_self(space, w_self).locked)


def lock_enter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self).acquire(space, True)
    return space.w_True


def lock_exit(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    _self(space, args_w[0]).release(space)
    return space.w_None


def allocate_lock(space: "ObjSpace") -> W_Root:
    return W_Lock()
