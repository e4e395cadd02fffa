"""The interpreter's own warnings (2.7's PyErr_WarnEx): they go through
_warnings.warn's rules, so filters, -W options and catch_warnings apply."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.astcompiler.misc import WarningSink
    from pypy27.interpreter.baseobjspace import ObjSpace


def warn(space: "ObjSpace", w_category: W_Root, message: str, stacklevel: int = 1) -> None:
    """Issue a warning attributed to the running app-level frame (stacklevel
    1) or one of its callers; raises what the filters say to raise."""
    from pypy27.interpreter.module._warnings.moduledef import W_WarningsModule
    w_mod = space.builtin_modules_w.get("_warnings", None)
    if not isinstance(w_mod, W_WarningsModule):
        return
    w_mod.startup(space)
    space.call_function(w_mod.get(space, "_interp_warn"),
                        [w_category, space.newstr(message), space.newint(stacklevel)])


def warn_compiled(space: "ObjSpace", sink: "WarningSink", filename: str) -> None:
    """Issue the SyntaxWarnings the compiler collected (2.7 warns with the
    file name and line, no module); one that the filters turn into an error
    becomes a SyntaxError at that line, as in 2.7."""
    from pypy27.interpreter.error import OperationError
    from pypy27.interpreter.module._warnings.moduledef import W_WarningsModule
    w_mod = space.builtin_modules_w.get("_warnings", None)
    if not isinstance(w_mod, W_WarningsModule) or not sink.warnings:
        return
    w_mod.startup(space)
    w_explicit = w_mod.get(space, "_warn_explicit")
    for warning in sink.warnings:
        try:
            space.call_function(w_explicit, [space.w_SyntaxWarning, space.newstr(warning.msg),
                                             space.newstr(filename), space.newint(warning.lineno),
                                             space.w_None, space.w_None, space.w_None])
        except OperationError as e:
            if not e.match(space, space.w_SyntaxWarning):
                raise
            w_info = space.newtuple([space.newstr(filename), space.newint(warning.lineno),
                                     space.w_None, space.w_None])
            w_exc = space.call_function(space.w_SyntaxError, [space.newstr(warning.msg), w_info])
            raise OperationError(space.w_SyntaxError, w_exc)
