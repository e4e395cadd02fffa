"""The `select` module: select() and poll() (both on poll(2))."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module supports asynchronous I/O on multiple file descriptors.\n\n"
       "*** IMPORTANT NOTICE ***\n"
       "On Windows only sockets are supported; on Unix, all file descriptors.")

CONSTANTS = {"POLLIN": 0x001, "POLLPRI": 0x002, "POLLOUT": 0x004, "POLLERR": 0x008,
             "POLLHUP": 0x010, "POLLNVAL": 0x020, "POLLRDNORM": 0x040, "POLLRDBAND": 0x080,
             "POLLWRNORM": 0x100, "POLLWRBAND": 0x200, "POLLMSG": 0x400, "PIPE_BUF": 4096}


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin2, Builtin3, BuiltinOpt
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.select import pollfds
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    w_mod = new_builtin_module(space, "select", DOC)
    w_dict = space.newdict()
    space.setitem(w_dict, space.newstr("__module__"), space.newstr("select"))
    w_error = space.call_function(space.w_type, [space.newstr("error"),
                                                 space.newtuple([space.w_Exception]), w_dict])
    pollfds.state.w_error = w_error
    w_mod.setattr_str(space, "error", w_error)
    dict_w: dict[str, W_Root] = {
        "register": BuiltinOpt("register", pollfds.poll_register, 2, 3, method=True),
        "modify": Builtin3("modify", pollfds.poll_modify, method=True),
        "unregister": Builtin2("unregister", pollfds.poll_unregister, method=True),
        "poll": BuiltinOpt("poll", pollfds.poll_poll, 1, 2, method=True),
    }
    pollfds.state.w_poll_type = W_TypeObject("select.poll", [space.w_object], dict_w)
    w_mod.setattr_str(space, "select", BuiltinOpt("select", pollfds.select_select, 3, 4))
    w_mod.setattr_str(space, "poll", Builtin0("poll", pollfds.select_poll))
    for name, value in CONSTANTS.items():
        w_mod.setattr_str(space, name, space.newint(value))
    return [w_mod]
