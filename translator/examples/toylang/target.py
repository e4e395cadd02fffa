"""Translation target: ``toylang program.toy`` runs a toy program."""
from pypy27.support.fileio import FileError, read_file
from pypy27.support.objectmodel import StackOverflow, stack_guard
from pypy27.translator.examples.toylang.compiler import compile_program
from pypy27.translator.examples.toylang.errors import ToyError
from pypy27.translator.examples.toylang.vm import run_program


def run_source(src: str) -> int:
    """Compile and run; reports a bad program on stdout and returns 1."""
    try:
        program = compile_program(src)
        with stack_guard():
            run_program(program)
    except ToyError as e:
        print("error: %s" % e.describe())
        return 1
    except StackOverflow:
        print("error: stack overflow")
        return 1
    return 0


def entry_point(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: %s PROGRAM.toy" % argv[0])
        return 2
    try:
        src = read_file(argv[1])
    except FileError as e:
        print("error: %s" % e.message())
        return 2
    return run_source(src)


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
