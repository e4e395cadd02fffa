"""The `select` module: select() and poll() (both on poll(2)), and epoll."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.module.builtin.moduleobject import W_Module

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
    setup_epoll(space, w_mod)
    w_mod.setattr_str(space, "select", BuiltinOpt("select", pollfds.select_select, 3, 4))
    w_mod.setattr_str(space, "poll", Builtin0("poll", pollfds.select_poll))
    for name, value in CONSTANTS.items():
        w_mod.setattr_str(space, name, space.newint(value))
    return [w_mod]


@not_rpython
def setup_epoll(space: "ObjSpace", w_mod: "W_Module") -> None:
    from pypy27.interpreter.gateway import Builtin1, Builtin2, Builtin3, BuiltinArgs, BuiltinOpt
    from pypy27.interpreter.module.select import epoll as E
    from pypy27.interpreter.objspace.descriptors import W_ClassMethod, W_GetSetProperty, descr_types
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    methods = [
        Builtin1("close", E.epoll_close, method=True, doc=E.epoll_close.__doc__ or ""),
        Builtin1("fileno", E.epoll_fileno, method=True, doc=E.epoll_fileno.__doc__ or ""),
        BuiltinOpt("register", E.epoll_register, 2, 3, method=True, doc=E.epoll_register.__doc__ or ""),
        Builtin3("modify", E.epoll_modify, method=True, doc=E.epoll_modify.__doc__ or ""),
        Builtin2("unregister", E.epoll_unregister, method=True, doc=E.epoll_unregister.__doc__ or ""),
        BuiltinArgs("poll", E.epoll_poll, method=True, doc=E.epoll_poll.__doc__ or ""),
    ]
    dict_w: dict[str, W_Root] = {"__module__": space.newstr("select"),
                                 "__doc__": space.newstr(E.TYPE_DOC)}
    for w_fn in methods:
        dict_w[w_fn.name] = w_fn
    dict_w["closed"] = W_GetSetProperty("closed", E.epoll_closed, doc="True if the epoll handler is closed")
    w_fromfd = Builtin2("fromfd", E.epoll_fromfd, method=True, doc=E.epoll_fromfd.__doc__ or "")
    dict_w["fromfd"] = W_ClassMethod(descr_types.w_classmethod, w_fromfd, False)
    w_type = W_TypeObject("select.epoll", [space.w_object], dict_w, new_fn=E.epoll_new)
    E.state.w_type = w_type
    w_mod.setattr_str(space, "epoll", w_type)
    for name, value in E.CONSTANTS.items():
        w_mod.setattr_str(space, name, space.newint(value))
