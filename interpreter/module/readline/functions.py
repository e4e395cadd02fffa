"""The functions of the readline module (2.7's API over GNU readline)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.readline.capi import (
    c_add_history, c_clear_history, c_get_delims, c_history_get, c_history_length, c_insert_text,
    c_line_buffer, c_parse_and_bind, c_read_history, c_read_init_file, c_redisplay,
    c_remove_history, c_replace_history, c_set_delims, c_set_display_hook, c_write_history,
    str_or_empty)
from pypy27.interpreter.module.readline.lineinput import rl_state

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def str_arg(space: "ObjSpace", w_obj: W_Root, fname: str, pos: int = 1) -> str:
    from pypy27.interpreter.module.builtin.argconv import s_arg
    return s_arg(space, w_obj, fname, pos)


def int_arg(space: "ObjSpace", w_obj: W_Root) -> int:
    from pypy27.interpreter.module.builtin.argconv import c_int_arg
    return c_int_arg(space, w_obj)


def opt_filename(space: "ObjSpace", w_name: Optional[W_Root], fname: str) -> tuple[str, int]:
    """(name, 1) for a given file name, ("", 0) for readline's default."""
    if w_name is None or space.is_w(w_name, space.w_None):
        return ("", 0)
    return (str_arg(space, w_name, fname), 1)


def errno_error(space: "ObjSpace", err: int) -> OperationError:
    from pypy27.interpreter.module.builtin.io import ioerror
    return ioerror(space, err, None)


def parse_and_bind(space: "ObjSpace", w_string: W_Root) -> W_Root:
    c_parse_and_bind(str_arg(space, w_string, "parse_and_bind"))
    return space.w_None


def get_line_buffer(space: "ObjSpace") -> W_Root:
    return space.newstr(str_or_empty(c_line_buffer()))


def insert_text(space: "ObjSpace", w_string: W_Root) -> W_Root:
    c_insert_text(str_arg(space, w_string, "insert_text"))
    return space.w_None


def redisplay(space: "ObjSpace") -> W_Root:
    c_redisplay()
    return space.w_None


def read_init_file(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    name, has = opt_filename(space, args_w[0], "read_init_file")
    err = c_read_init_file(name, has)
    if err != 0:
        raise errno_error(space, err)
    return space.w_None


def read_history_file(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    name, has = opt_filename(space, args_w[0], "read_history_file")
    err = c_read_history(name, has)
    if err != 0:
        raise errno_error(space, err)
    return space.w_None


def write_history_file(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    name, has = opt_filename(space, args_w[0], "write_history_file")
    err = c_write_history(name, has, rl_state.history_length)
    if err != 0:
        raise errno_error(space, err)
    return space.w_None


def set_history_length(space: "ObjSpace", w_length: W_Root) -> W_Root:
    rl_state.history_length = int_arg(space, w_length)
    return space.w_None


def get_history_length(space: "ObjSpace") -> W_Root:
    return space.newint(rl_state.history_length)


def get_current_history_length(space: "ObjSpace") -> W_Root:
    return space.newint(c_history_length())


def get_history_item(space: "ObjSpace", w_index: W_Root) -> W_Root:
    line = c_history_get(int_arg(space, w_index))
    if line is None:
        return space.w_None
    return space.newstr(line)


def remove_history_item(space: "ObjSpace", w_pos: W_Root) -> W_Root:
    pos = int_arg(space, w_pos)
    if pos < 0:
        raise space.value_error("History index cannot be negative")
    if c_remove_history(pos) != 0:
        raise space.value_error("No history item at position %d" % pos)
    return space.w_None


def replace_history_item(space: "ObjSpace", w_pos: W_Root, w_line: W_Root) -> W_Root:
    pos = int_arg(space, w_pos)
    line = str_arg(space, w_line, "replace_history_item", 2)
    if pos < 0:
        raise space.value_error("History index cannot be negative")
    if c_replace_history(pos, line) != 0:
        raise space.value_error("No history item at position %d" % pos)
    return space.w_None


def add_history(space: "ObjSpace", w_line: W_Root) -> W_Root:
    c_add_history(str_arg(space, w_line, "add_history"))
    return space.w_None


def clear_history(space: "ObjSpace") -> W_Root:
    c_clear_history()
    return space.w_None


def callable_or_none(space: "ObjSpace", w_fn: Optional[W_Root], what: str) -> Optional[W_Root]:
    if w_fn is None or space.is_w(w_fn, space.w_None):
        return None
    from pypy27.interpreter.module.builtin.operation import callable_w
    if not callable_w(space, w_fn):
        raise space.type_error("%s(func): argument not callable" % what)
    return w_fn


def set_completer(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    rl_state.w_completer = callable_or_none(space, args_w[0], "set_completer")
    return space.w_None


def get_completer(space: "ObjSpace") -> W_Root:
    w_fn = rl_state.w_completer
    return w_fn if w_fn is not None else space.w_None


def set_startup_hook(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    rl_state.w_startup_hook = callable_or_none(space, args_w[0], "set_startup_hook")
    return space.w_None


def set_pre_input_hook(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    rl_state.w_pre_input_hook = callable_or_none(space, args_w[0], "set_pre_input_hook")
    return space.w_None


def set_completion_display_matches_hook(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_fn = callable_or_none(space, args_w[0], "set_completion_display_matches_hook")
    rl_state.w_display_hook = w_fn
    c_set_display_hook(1 if w_fn is not None else 0)
    return space.w_None


def get_completion_type(space: "ObjSpace") -> W_Root:
    return space.newint(rl_state.completion_type)


def get_begidx(space: "ObjSpace") -> W_Root:
    return space.newint(rl_state.begidx)


def get_endidx(space: "ObjSpace") -> W_Root:
    return space.newint(rl_state.endidx)


def set_completer_delims(space: "ObjSpace", w_string: W_Root) -> W_Root:
    c_set_delims(str_arg(space, w_string, "set_completer_delims"))
    return space.w_None


def get_completer_delims(space: "ObjSpace") -> W_Root:
    return space.newstr(str_or_empty(c_get_delims()))
