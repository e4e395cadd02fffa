"""The build goal: the whole interpreter as one translation target.

The object space is built here, at build time, and frozen into the executable
with every built-in type and module; entry_point runs the command line.
"""
from pypy27.interpreter.main import main
from pypy27.interpreter.objspace.std import make_space

space = make_space()


def entry_point(argv: list[str]) -> int:
    return main(space, argv)


def thread_entry(serial: int) -> None:
    """What a thread started by thread.start_new_thread runs (rt_thread.c)."""
    from pypy27.interpreter.module.thread.osthread import run_thread
    run_thread(space, serial)
