"""The `_warnings` module: warn(), warn_explicit() and the filter state
(filters, default_action, once_registry) that lib-python's warnings.py
re-exports, and the entry point for the interpreter's own warnings
(interp_warn.warn, 2.7's PyErr_WarnEx).

The logic is 2.7 source (app_warnings.py27) compiled and run into the
module's namespace at build time, like _io's classes.  The default filters
depend on -3, -Qwarn and -b, so they are installed at run time, the first
time the module is imported or the interpreter warns."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.builtin.moduleobject import W_Module
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("_warnings provides basic warning filtering support.\n"
       "It is a helper module to speed up interpreter start-up.")


class W_WarningsModule(W_Module):
    """Installs the default filters once the command-line flags are known."""
    started: bool

    def __init__(self, space: "ObjSpace", w_name: Optional[W_Root]) -> None:
        W_Module.__init__(self, space, w_name)
        self.started = False

    def startup(self, space: "ObjSpace") -> None:
        if self.started:
            return
        self.started = True
        space.call_function(self.get(space, "_install_default_filters"), [])


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.objspace.celldict import make_module_dict
    from pypy27.interpreter.pyopcode_helpers import compile_code, run_code
    import os
    w_mod = W_WarningsModule(space, space.newstr("_warnings"))
    make_module_dict(space, w_mod.w_dict)
    w_mod.setattr_str(space, "__doc__", space.newstr(DOC))
    w_mod.setattr_str(space, "__builtins__", space.w_builtin)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "app_warnings.py27")) as f:
        source = f.read()
    # a failure here is a build error (the OperationError propagates)
    code = compile_code(space, source, "<_warnings>", "exec", 0)
    run_code(space, code, w_mod.w_dict, w_mod.w_dict)
    # warn and warn_explicit are built-in functions in 2.7 (no func_code):
    # gateways forwarding to the app-level functions, kept under _py_*
    from pypy27.interpreter.gateway import BuiltinArgs
    for name, fn, doc in [("warn", forward_warn, "Issue a warning (or ignore it, or raise it as an "
                           "exception, as the filters say)."),
                          ("warn_explicit", forward_warn_explicit, "Issue a warning for an explicit "
                           "file, line, module and registry.")]:
        w_mod.setattr_str(space, "_py_" + name, w_mod.get(space, name))
        w_gateway = BuiltinArgs(name, fn, doc=doc)
        w_gateway.modname = "_warnings"
        w_mod.setattr_str(space, name, w_gateway)
    return [w_mod]


def _app_function(space: "ObjSpace", name: str) -> W_Root:
    w_mod = space.builtin_modules_w["_warnings"]
    assert isinstance(w_mod, W_WarningsModule)
    w_mod.startup(space)
    return w_mod.get(space, name)


def forward_warn(space: "ObjSpace", args: "Arguments") -> W_Root:
    return space.call_args(_app_function(space, "_py_warn"), args)


def forward_warn_explicit(space: "ObjSpace", args: "Arguments") -> W_Root:
    return space.call_args(_app_function(space, "_py_warn_explicit"), args)
