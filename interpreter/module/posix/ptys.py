"""Pseudo-terminals: openpty() and forkpty(), over glibc's openpty(3) and
forkpty(3) (<pty.h>, in libutil before glibc 2.34)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.posix.errors import last_oserror
from pypy27.support.ffi import external
from pypy27.support.rawmem import raw_alloc, raw_free, raw_load_i32

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

# the name, termios and winsize arguments are always NULL here
c_openpty = external("openpty", ["void*", "void*", "void*", "void*", "void*"], "int", header="<pty.h>",
                     lib="util")
c_forkpty = external("forkpty", ["void*", "void*", "void*", "void*"], "int", header="<pty.h>", lib="util")

OPENPTY_DOC = """openpty() -> (master_fd, slave_fd)

Open a pseudo-terminal, returning open fd's for both master and slave end.
"""
FORKPTY_DOC = """forkpty() -> (pid, master_fd)

Fork a new process with a new pseudo-terminal as controlling tty.

Like fork(), return 0 as pid to child process, and PID of child to parent.
To both, return fd of newly opened pseudo-terminal.
"""


def posix_openpty(space: "ObjSpace") -> W_Root:
    buf = raw_alloc(8)
    try:
        if c_openpty(buf, buf + 4, 0, 0, 0) < 0:
            raise last_oserror(space)
        return space.newtuple([space.newint(raw_load_i32(buf, 0)), space.newint(raw_load_i32(buf, 4))])
    finally:
        raw_free(buf)


def posix_forkpty(space: "ObjSpace") -> W_Root:
    from pypy27.interpreter.module.builtin.io import flush_dirty_files
    flush_dirty_files(space)     # or the child would write the buffers a second time
    buf = raw_alloc(8)
    try:
        pid = c_forkpty(buf, 0, 0, 0)
        if pid < 0:
            raise last_oserror(space)
        if pid == 0:
            from pypy27.interpreter.module.thread.osthread import after_fork
            after_fork(space)
        return space.newtuple([space.newint(pid), space.newint(raw_load_i32(buf, 0))])
    finally:
        raw_free(buf)
