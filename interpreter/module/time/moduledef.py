"""The `time` module: the C library's clocks and calendar conversions."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module provides various functions to manipulate time values.\n\n"
       "There are two standard representations of time.  One is the number\n"
       "of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n"
       "or a floating point number (to represent fractions of seconds).\n"
       "The Epoch is system-defined; on Unix, it is generally January 1st, 1970.\n"
       "The actual value can be retrieved by calling gmtime(0).\n")


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0
    from pypy27.interpreter.module.math.gateways import MethO, UnpackOpt
    from pypy27.interpreter.module.time import funcs, structtime, tzmodule
    w_mod = tzmodule.W_TimeModule(space, space.newstr("time"))
    w_mod.setattr_str(space, "__doc__", space.newstr(DOC))
    tzmodule.holder.w_time = w_mod
    w_mod.setattr_str(space, "struct_time", structtime.make_type(space))
    w_mod.setattr_str(space, "accept2dyear", space.newint(1))
    w_mod.setattr_str(space, "time", Builtin0("time", funcs.time_time))
    w_mod.setattr_str(space, "clock", Builtin0("clock", funcs.time_clock))
    w_mod.setattr_str(space, "tzset", Builtin0("tzset", tzmodule.time_tzset))
    w_mod.setattr_str(space, "sleep", MethO("sleep", funcs.time_sleep))
    w_mod.setattr_str(space, "mktime", MethO("mktime", funcs.time_mktime))
    for name in ["gmtime", "localtime", "asctime", "ctime"]:
        w_mod.setattr_str(space, name, UnpackOpt(name, getattr(funcs, "time_" + name), 0, 1))
    w_mod.setattr_str(space, "strftime", UnpackOpt("strftime", funcs.time_strftime, 1, 2))
    w_mod.setattr_str(space, "strptime", UnpackOpt("strptime", funcs.time_strptime, 1, 2))
    return [w_mod]
