"""Option entries and checks shared by several commands."""
from distutils.errors import DistutilsOptionError

__revision__ = "$Id$"

FORCE_INSTALL = ('force', 'f', "force installation (overwrite existing files)")
FORCE_BUILD = ('force', 'f', "forcibly build everything (ignore file timestamps)")
COMPILE_DEFAULT = ('compile', 'c', "compile .py to .pyc [default]")
NO_COMPILE = ('no-compile', None, "don't compile .py files")
OPTIMIZE = ('optimize=', 'O', "also compile with optimization: -O1 for \"python -O\", "
            "-O2 for \"python -OO\", and -O0 to disable [default: -O0]")
SKIP_BUILD = ('skip-build', None, "skip the build steps")
OWNER = ('owner=', 'u', "Owner name used when creating a tar file [default: current user]")
GROUP = ('group=', 'g', "Group name used when creating a tar file [default: current group]")


def checked_optimize(value):
    """--optimize as an int in 0..2 (it arrives as a string from the
    command line and config files)."""
    if isinstance(value, int):
        return value
    try:
        level = int(value)
    except ValueError:
        level = -1
    if level not in (0, 1, 2):
        raise DistutilsOptionError("optimize must be 0, 1, or 2")
    return level


def show_compilers():
    from distutils.ccompiler import show_compilers as show
    show()
