"""The `thread` module: OS threads under a global interpreter lock
(docs/threads.md), locks, thread._local."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module provides primitive operations to write multi-threaded programs.\n"
       "The 'threading' module provides a more convenient interface.")

LOCK_DOC = ("A lock object is a synchronization primitive.  To create a lock,\n"
            "call the PyThread_allocate_lock() function.  Methods are:\n\n"
            "acquire() -- lock the lock, possibly blocking until it can be obtained\n"
            "release() -- unlock of the lock\n"
            "locked() -- test whether the lock is currently locked\n\n"
            "A lock is not owned by the thread that locked it; another thread may\n"
            "unlock it.  A thread attempting to lock a lock that it has already locked\n"
            "will block until another thread unlocks it.  Deadlocks may ensue.")


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, BuiltinArgs, BuiltinOpt
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.thread import local, lock, osthread
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    from pypy27.interpreter.objspace.objectobject import object_get_dict
    from pypy27.interpreter.objspace.typeobject import W_TypeObject, no_new_fn
    w_mod = new_builtin_module(space, "thread", DOC)
    w_dict = space.newdict()
    space.setitem(w_dict, space.newstr("__module__"), space.newstr("thread"))
    w_error = space.call_function(space.w_type, [space.newstr("error"),
                                                 space.newtuple([space.w_Exception]), w_dict])
    lock.types.w_error = w_error
    w_mod.setattr_str(space, "error", w_error)

    acquire = BuiltinOpt("acquire", lock.lock_acquire, 1, 2, method=True)
    release = Builtin1("release", lock.lock_release, method=True)
    locked = Builtin1("locked", lock.lock_locked, method=True)
    lock_dict: dict[str, W_Root] = {
        "acquire": acquire, "acquire_lock": acquire,
        "release": release, "release_lock": release,
        "locked": locked, "locked_lock": locked,
        "__enter__": Builtin1("__enter__", lock.lock_enter, method=True),
        "__exit__": BuiltinOpt("__exit__", lock.lock_exit, 1, 4, method=True),
        "__doc__": space.newstr(LOCK_DOC),
    }
    # made only by allocate_lock(), as in 2.7
    w_lock_type = W_TypeObject("thread.lock", [space.w_object], lock_dict, new_fn=no_new_fn)
    lock.types.w_LockType = w_lock_type
    w_mod.setattr_str(space, "LockType", w_lock_type)

    local_dict: dict[str, W_Root] = {
        "__doc__": space.newstr("Thread-local data"),
        "__dict__": W_GetSetProperty("__dict__", object_get_dict,
                                     doc="Local-data dictionary"),
    }
    w_local_type = W_TypeObject("thread._local", [space.w_object], local_dict, new_fn=local.local_new)
    w_local_type.hasdict = True
    local.types.w_local = w_local_type
    w_mod.setattr_str(space, "_local", w_local_type)

    allocate = Builtin0("allocate_lock", lock.allocate_lock)
    start = BuiltinArgs("start_new_thread", osthread.start_new_thread)
    exit_fn = Builtin0("exit", osthread.thread_exit)
    for name, w_fn in [("allocate_lock", allocate), ("allocate", allocate),
                       ("start_new_thread", start), ("start_new", start),
                       ("get_ident", Builtin0("get_ident", osthread.get_ident)),
                       ("_count", Builtin0("_count", osthread.thread_count)),
                       ("exit", exit_fn), ("exit_thread", exit_fn),
                       ("interrupt_main", Builtin0("interrupt_main", osthread.interrupt_main)),
                       ("stack_size", BuiltinOpt("stack_size", osthread.stack_size, 0, 1))]:
        w_mod.setattr_str(space, name, w_fn)
    return [w_mod]
