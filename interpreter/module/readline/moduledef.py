"""The `readline` module: line editing and history for the >>> prompt and
raw_input() over GNU readline (libreadline). Importing it switches the
prompts to readline when stdin and stdout are the terminal, as in 2.7.

The glue (rl_glue.h) exists only in the translated interpreter: under
bin/pypy-untranslated `import readline` fails with ImportError and the
prompt reads plain lines."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.builtin.moduleobject import W_Module
from pypy27.support.markers import not_rpython
from pypy27.support.objectmodel import we_are_translated

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Importing this module enables command line editing using GNU readline."


class W_ReadlineModule(W_Module):
    """Initialises readline when first imported (run time)."""
    initialized: bool

    def __init__(self, space: "ObjSpace", w_name: Optional[W_Root]) -> None:
        W_Module.__init__(self, space, w_name)
        self.initialized = False

    def startup(self, space: "ObjSpace") -> None:
        from pypy27.interpreter.module.readline.capi import c_runtime_version, c_setup, c_version
        from pypy27.interpreter.module.readline.lineinput import rl_state
        if not we_are_translated():
            from pypy27.interpreter.importing import sys_modules
            space.delitem(sys_modules(space), space.newstr("readline"))
            raise OperationError(space.w_ImportError, space.newstr("No module named readline"))
        if self.initialized:
            return
        self.initialized = True
        c_setup()
        self.setdictvalue(space, "_READLINE_VERSION", space.newint(c_version()))
        self.setdictvalue(space, "_READLINE_RUNTIME_VERSION", space.newint(c_runtime_version()))
        rl_state.active = True


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, BuiltinOpt
    from pypy27.interpreter.module.readline import functions as F
    w_mod = W_ReadlineModule(space, space.newstr("readline"))
    w_mod.setdictvalue(space, "__doc__", space.newstr(DOC))
    fns: list[W_Root] = [
        Builtin1("parse_and_bind", F.parse_and_bind),
        Builtin0("get_line_buffer", F.get_line_buffer),
        Builtin1("insert_text", F.insert_text),
        Builtin0("redisplay", F.redisplay),
        BuiltinOpt("read_init_file", F.read_init_file, 0, 1),
        BuiltinOpt("read_history_file", F.read_history_file, 0, 1),
        BuiltinOpt("write_history_file", F.write_history_file, 0, 1),
        Builtin1("set_history_length", F.set_history_length),
        Builtin0("get_history_length", F.get_history_length),
        Builtin0("get_current_history_length", F.get_current_history_length),
        Builtin1("get_history_item", F.get_history_item),
        Builtin1("remove_history_item", F.remove_history_item),
        Builtin2("replace_history_item", F.replace_history_item),
        Builtin1("add_history", F.add_history),
        Builtin0("clear_history", F.clear_history),
        BuiltinOpt("set_completer", F.set_completer, 0, 1),
        Builtin0("get_completer", F.get_completer),
        BuiltinOpt("set_startup_hook", F.set_startup_hook, 0, 1),
        BuiltinOpt("set_pre_input_hook", F.set_pre_input_hook, 0, 1),
        BuiltinOpt("set_completion_display_matches_hook", F.set_completion_display_matches_hook, 0, 1),
        Builtin0("get_completion_type", F.get_completion_type),
        Builtin0("get_begidx", F.get_begidx),
        Builtin0("get_endidx", F.get_endidx),
        Builtin1("set_completer_delims", F.set_completer_delims),
        Builtin0("get_completer_delims", F.get_completer_delims),
    ]
    for w_fn in fns:
        from pypy27.interpreter.gateway import W_Builtin
        assert isinstance(w_fn, W_Builtin)
        w_mod.setdictvalue(space, w_fn.name, w_fn)
    return [w_mod]
