"""The Python 2.7 compiler (interpreter/astcompiler) as a stand-alone program.

    pycompile [-q] [-n N] FILE...

Compiles each FILE and prints the canonical listing of its code objects (the
format of tests/compiler/data/dis), or with -q only a count; -n N repeats the
compilation N times (for benchmarks). It is the project's largest translation
target before the interpreter itself.
"""
from pypy27.interpreter.astcompiler.compiler import compile_source
from pypy27.interpreter.astcompiler.disassemble import disassemble
from pypy27.interpreter.pyparser.error import SyntaxErr
from pypy27.support.fileio import FileError, read_file


def entry_point(argv: list[str]) -> int:
    quiet = False
    repeat = 1
    files: list[str] = []
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == "-q":
            quiet = True
        elif arg == "-n" and i + 1 < len(argv):
            i += 1
            repeat = int(argv[i])
        else:
            files.append(arg)
        i += 1
    status = 0
    for path in files:
        try:
            source = read_file(path)
        except FileError as e:
            print("%s: %s" % (path, e.message()))
            status = 1
            continue
        try:
            for n in range(repeat):
                code = compile_source(source, path, "exec", 0)
                if n == repeat - 1:
                    if quiet:
                        print("%s: ok" % path)
                    else:
                        print(disassemble(code))
        except SyntaxErr as e:
            print("%s:%d:%d: SyntaxError: %s" % (path, e.lineno, e.offset, e.msg))
            status = 1
    return status
