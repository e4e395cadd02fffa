"""Process-wide compiler options, set once by the command line (2.7's
Py_OptimizeFlag): -O drops assert statements, -OO docstrings too."""


class CompilerOptions(object):
    optimize: int

    def __init__(self) -> None:
        self.optimize = 0


options = CompilerOptions()
