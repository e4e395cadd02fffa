"""Entry point of `python -m unittest [options] [tests]`."""

__unittest = True

import sys

from .main import USAGE_AS_MAIN, TestProgram, main

# Help and error messages name the command the user typed, not this file.
if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"

# The module-level help text describes test names and `discover`.
TestProgram.USAGE = USAGE_AS_MAIN
main(module=None)
