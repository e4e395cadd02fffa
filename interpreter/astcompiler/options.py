"""Process-wide compiler options, set once by the command line (2.7's
Py_OptimizeFlag, _Py_QnewFlag): -O drops assert statements, -OO docstrings
too; -Qnew compiles every module with true division.  method_calls: emit
LOOKUP_METHOD/CALL_METHOD for `obj.meth(args)` (the interpreter turns it on;
off by default so that the compiler alone produces 2.7's exact bytecode)."""


class CompilerOptions(object):
    optimize: int
    division_new: bool
    method_calls: bool

    def __init__(self) -> None:
        self.optimize = 0
        self.division_new = False
        self.method_calls = False


options = CompilerOptions()
