"""Reading one line with readline (the >>> prompt and raw_input, once the
readline module is imported and stdin and stdout are the terminal).

The interpreter reads the terminal byte by byte and feeds readline's
callback interface (rl_glue.h), so Ctrl-C arrives here as an interrupted
read and the Python completer runs here, before the key that asks for it."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module.readline.capi import (
    c_abort, c_add_history_unique, c_add_match, c_arm, c_begin, c_clear_matches, c_completion_type,
    c_display_count, c_display_done, c_display_item, c_display_max, c_display_pending, c_end,
    c_feed, c_has_line, c_key_completes, c_line, c_line_buffer, c_point, c_redisplay, c_word_start,
    str_or_empty)
from pypy27.support.ffi import external, get_errno
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_u8

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

c_read = external("read", ["int", "void*", "size_t"], "ssize_t", header="<unistd.h>")
c_isatty = external("isatty", ["int"], "int", header="<unistd.h>")

EINTR = 4
ESC = 0o33
MAX_MATCHES = 100000      # a completer that never returns None must not hang the prompt


class ReadlineState(object):
    active: bool                      # the module is imported: prompts go through readline
    w_completer: Optional[W_Root]
    w_startup_hook: Optional[W_Root]
    w_pre_input_hook: Optional[W_Root]
    w_display_hook: Optional[W_Root]
    history_length: int               # for write_history_file; -1: no limit
    begidx: int
    endidx: int
    completion_type: int

    def __init__(self) -> None:
        self.active = False
        self.w_completer = None
        self.w_startup_hook = None
        self.w_pre_input_hook = None
        self.w_display_hook = None
        self.history_length = -1
        self.begidx = 0
        self.endidx = 0
        self.completion_type = 0


rl_state = ReadlineState()


def std_file_fd(space: "ObjSpace", name: str) -> int:
    """The descriptor of sys.<name> if it is a built-in file, else -1."""
    from pypy27.interpreter.module.builtin.io import W_File
    from pypy27.interpreter.module.sys.state import sys_get
    w_f = sys_get(space, name)
    if isinstance(w_f, W_File) and not w_f.closed:
        return w_f.fd
    return -1


def usable(space: "ObjSpace") -> bool:
    """Read with readline? (2.7: the module is imported and sys.stdin and
    sys.stdout are the process's terminal.)"""
    if not rl_state.active:
        return False
    return (std_file_fd(space, "stdin") == 0 and std_file_fd(space, "stdout") == 1
            and c_isatty(0) == 1 and c_isatty(1) == 1)


def call_quietly(space: "ObjSpace", w_fn: Optional[W_Root], args_w: list[W_Root]) -> Optional[W_Root]:
    """Call a hook the way 2.7's readline does: its exceptions are dropped."""
    if w_fn is None:
        return None
    try:
        return space.call_function(w_fn, args_w)
    except OperationError as e:
        if e.match(space, space.w_KeyboardInterrupt) or e.match(space, space.w_SystemExit):
            raise
        return None


def prepare_completion(space: "ObjSpace", w_completer: W_Root) -> None:
    """Ask the completer for every match of the word before the cursor; the
    completion command of the coming key hands them to readline."""
    c_clear_matches()
    line = str_or_empty(c_line_buffer())
    point = c_point()
    start = c_word_start()
    rl_state.begidx = start
    rl_state.endidx = point
    rl_state.completion_type = c_completion_type()
    w_text = space.newstr(line[start:point])
    for state in range(MAX_MATCHES):
        w_res = call_quietly(space, w_completer, [w_text, space.newint(state)])
        if w_res is None or not space.isinstance_w(w_res, space.w_str):
            break
        c_add_match(space.str_w(w_res))
    c_arm()


def show_matches(space: "ObjSpace") -> None:
    """readline wanted to list matches and a display hook is set: call it
    with (substitution, matches, longest match length)."""
    n = c_display_count()
    w_sub = space.newstr(str_or_empty(c_display_item(0)))
    items_w: list[W_Root] = []
    for i in range(1, n):
        items_w.append(space.newstr(str_or_empty(c_display_item(i))))
    longest = c_display_max()
    c_display_done()
    call_quietly(space, rl_state.w_display_hook, [w_sub, space.newlist(items_w), space.newint(longest)])


def read_byte(space: "ObjSpace", buf: int) -> int:
    """The next byte of the terminal, -1 at end of input; runs signal
    handlers when interrupted (Ctrl-C raises KeyboardInterrupt)."""
    from pypy27.interpreter.module.signal.delivery import fire_pending
    while True:
        n = c_read(0, buf, 1)
        if n == 1:
            return raw_load_u8(buf, 0)
        if n < 0 and get_errno() == EINTR:
            fire_pending(space, None)
            continue
        return -1


def readline_input(space: "ObjSpace", prompt: str) -> Optional[str]:
    """One line (without its newline) edited with readline; None at end of
    input. A non-empty line goes into the history unless it repeats the last."""
    c_begin(prompt)
    buf = raw_alloc(8)
    try:
        if rl_state.w_startup_hook is not None or rl_state.w_pre_input_hook is not None:
            call_quietly(space, rl_state.w_startup_hook, [])
            call_quietly(space, rl_state.w_pre_input_hook, [])
            c_redisplay()
        prev = -1
        while True:
            c = read_byte(space, buf)
            if c < 0:
                c_abort()
                return None
            w_completer = rl_state.w_completer
            if w_completer is not None and c_key_completes(prev, c) != 0:
                prepare_completion(space, w_completer)
            done = c_feed(c)
            if c_display_pending() != 0:
                show_matches(space)
            prev = -1 if prev == ESC else c
            if done != 0:
                break
    except OperationError:
        c_abort()
        raise
    finally:
        raw_free(buf)
    if c_has_line() == 0:
        c_end()
        return None
    line = str_or_empty(c_line())
    c_end()
    if line:
        c_add_history_unique(line)
    return line
