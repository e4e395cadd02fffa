"""Process-wide compiler options, set once by the command line (2.7's
Py_OptimizeFlag, _Py_QnewFlag): -O drops assert statements, -OO docstrings
too; -Qnew compiles every module with true division."""


class CompilerOptions(object):
    optimize: int
    division_new: bool

    def __init__(self) -> None:
        self.optimize = 0
        self.division_new = False


options = CompilerOptions()
