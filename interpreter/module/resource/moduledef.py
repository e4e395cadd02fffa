"""The `resource` module: resource limits (getrlimit/setrlimit) and usage
(getrusage)."""
import errno as host_errno
import resource as host_resource
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.ffi import external, get_errno
from pypy27.support.markers import not_rpython
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i64, raw_store_i64

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

NAMES = ['RLIMIT_AS', 'RLIMIT_CORE', 'RLIMIT_CPU', 'RLIMIT_DATA', 'RLIMIT_FSIZE',
         'RLIMIT_MEMLOCK', 'RLIMIT_NOFILE', 'RLIMIT_NPROC', 'RLIMIT_OFILE', 'RLIMIT_RSS',
         'RLIMIT_STACK', 'RUSAGE_CHILDREN', 'RUSAGE_SELF']
RUSAGE_FIELDS = ['ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
                 'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd',
                 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw']
EINVAL = host_errno.EINVAL
EPERM = host_errno.EPERM
RUSAGE_SELF = host_resource.RUSAGE_SELF
RUSAGE_CHILDREN = host_resource.RUSAGE_CHILDREN
RUSAGE_THREAD = 1

c_getrlimit = external("getrlimit", ["int", "void*"], "int", header="<sys/resource.h>")
c_setrlimit = external("setrlimit", ["int", "void*"], "int", header="<sys/resource.h>")
c_getrusage = external("getrusage", ["int", "void*"], "int", header="<sys/resource.h>")
c_getpagesize = external("getpagesize", [], "int", header="<unistd.h>")


class ResourceState(object):
    w_rusage_type: Optional["W_TypeObject"]
    w_error: Optional[W_Root]

    def __init__(self) -> None:
        self.w_rusage_type = None
        self.w_error = None


state = ResourceState()


def resource_error(space: "ObjSpace") -> OperationError:
    from pypy27.interpreter.module.posix.errors import strerror
    err = get_errno()
    w_error = state.w_error
    assert w_error is not None
    w_exc = space.call_function(w_error, [space.newint(err), space.newstr(strerror(err))])
    return OperationError(space.type(w_exc), w_exc)


def check_resource(space: "ObjSpace", w_res: W_Root) -> int:
    res = space.int_w(w_res)
    if res < 0 or res >= 16:
        raise space.value_error("invalid resource specified")
    return res


def resource_getrlimit(space: "ObjSpace", w_res: W_Root) -> W_Root:
    """getrlimit(resource) -> (soft, hard); RLIM_INFINITY is -1."""
    res = check_resource(space, w_res)
    buf = raw_alloc(16)
    try:
        if c_getrlimit(res, buf) < 0:
            raise resource_error(space)
        return space.newtuple([space.newint(raw_load_i64(buf, 0)), space.newint(raw_load_i64(buf, 8))])
    finally:
        raw_free(buf)


def resource_setrlimit(space: "ObjSpace", w_res: W_Root, w_limits: W_Root) -> W_Root:
    """setrlimit(resource, (soft, hard))"""
    res = check_resource(space, w_res)
    items_w = space.fixedview(w_limits, -1)
    if len(items_w) != 2:
        raise space.value_error("expected a tuple of 2 integers")
    soft = space.int_w(items_w[0])
    hard = space.int_w(items_w[1])
    buf = raw_alloc(16)
    try:
        raw_store_i64(buf, 0, soft)
        raw_store_i64(buf, 8, hard)
        if c_setrlimit(res, buf) < 0:
            err = get_errno()
            if err == EINVAL:
                raise space.value_error("current limit exceeds maximum limit")
            if err == EPERM:
                raise space.value_error("not allowed to raise maximum limit")
            raise resource_error(space)
    finally:
        raw_free(buf)
    return space.w_None


def resource_getrusage(space: "ObjSpace", w_who: W_Root) -> W_Root:
    """getrusage(who) -> struct_rusage"""
    from pypy27.interpreter.module.sys.structseq import new_structseq
    who = space.int_w(w_who)
    if who != RUSAGE_SELF and who != RUSAGE_CHILDREN and who != RUSAGE_THREAD:
        raise space.value_error("invalid who parameter")
    # struct rusage (x86_64): two timevals, then 14 longs
    buf = raw_alloc(144)
    try:
        if c_getrusage(who, buf) < 0:
            raise resource_error(space)
        items_w: list[W_Root] = [
            space.newfloat(float(raw_load_i64(buf, 0)) + float(raw_load_i64(buf, 8)) * 1e-6),
            space.newfloat(float(raw_load_i64(buf, 16)) + float(raw_load_i64(buf, 24)) * 1e-6)]
        for i in range(14):
            items_w.append(space.newint(raw_load_i64(buf, 32 + 8 * i)))
    finally:
        raw_free(buf)
    w_type = state.w_rusage_type
    assert w_type is not None
    return new_structseq(space, w_type, items_w)


def resource_getpagesize(space: "ObjSpace") -> W_Root:
    return space.newint(c_getpagesize())


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.sys.structseq import make_structseq_type
    w_mod = new_builtin_module(space, "resource", None)
    for name in NAMES:
        w_mod.setattr_str(space, name, space.newint(int(getattr(host_resource, name))))
    w_mod.setattr_str(space, "RLIM_INFINITY", space.newint(-1))
    w_type = make_structseq_type(space, "resource.struct_rusage", RUSAGE_FIELDS)
    state.w_rusage_type = w_type
    w_mod.setattr_str(space, "struct_rusage", w_type)
    w_dict = space.newdict()
    space.setitem(w_dict, space.newstr("__module__"), space.newstr("resource"))
    w_error = space.call_function(space.w_type, [space.newstr("error"),
                                                 space.newtuple([space.w_Exception]), w_dict])
    state.w_error = w_error
    w_mod.setattr_str(space, "error", w_error)
    w_mod.setattr_str(space, "getrlimit", Builtin1("getrlimit", resource_getrlimit))
    w_mod.setattr_str(space, "setrlimit", Builtin2("setrlimit", resource_setrlimit))
    w_mod.setattr_str(space, "getrusage", Builtin1("getrusage", resource_getrusage))
    w_mod.setattr_str(space, "getpagesize", Builtin0("getpagesize", resource_getpagesize))
    return [w_mod]
