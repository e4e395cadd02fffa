"""The command line of python2.7: options, what to run, and its error messages.

Parsing needs no object space; interpreter/main.py applies the result. Short
options may be combined (-Sc cmd) and options taking an argument may have it
attached (-cpass, -Wignore, -Qnew, -mmod); the first non-option (a script, or
`-` for stdin) ends the options, the rest is the program's sys.argv."""
from typing import Optional

VERSION_LINE = "Python 2.7.18\n"

# option letters that take an argument, and those that are flags
ARG_OPTIONS = "cmQW"
FLAG_OPTIONS = "3bBdEhiOsStuUvVxR?"


def usage_line(prog: str) -> str:
    return "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n" % prog


def help_text(prog: str) -> str:
    return usage_line(prog) + HELP_BODY


HELP_BODY = """Options and arguments:
-B     : write no .py[co] files on import (sys.flags.dont_write_bytecode);
         also PYTHONDONTWRITEBYTECODE=x
-c cmd : run the program given as a string (ends the option list)
-d     : parser debugging flag (sys.flags.debug)
-E     : ignore the PYTHON* environment variables
-h     : print this help and exit (also --help)
-i     : after the program, enter interactive mode even when stdin is not a
         terminal; also PYTHONINSPECT=x
-m mod : run a library module as the __main__ script (ends the option list)
-O     : optimise: skip assert statements, __debug__ is False; also PYTHONOPTIMIZE=x
-OO    : like -O and also drop docstrings
-Q arg : division options: -Qold (default), -Qwarn, -Qwarnall, -Qnew
-R     : set sys.flags.hash_randomization
-s     : do not add the user site directory to sys.path; also PYTHONNOUSERSITE
-S     : do not import the site module at start-up
-t     : flag inconsistent tab usage (-tt: make it an error)
-u     : unbuffered stdout and stderr; also PYTHONUNBUFFERED=x
-v     : verbose (sys.flags.verbose); also PYTHONVERBOSE=x
-V     : print the version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         (sys.warnoptions); also PYTHONWARNINGS=arg
-x     : skip the first line of the source (for #! lines that are not Unix ones)
-3     : warn about Python 3.x incompatibilities that 2to3 cannot fix
file   : the program read from a script file
-      : the program read from stdin (the default; interactive on a terminal)
arg ...: the program's arguments, in sys.argv[1:]

Environment variables:
PYTHONSTARTUP: a file run before the first prompt of an interactive session
PYTHONPATH   : directories (':'-separated) put before the library on sys.path
PYTHONHOME   : where the standard library lives
PYTHONCASEOK : ignore case in import statements
PYTHONIOENCODING: encoding[:errors] of stdin, stdout and stderr
PYTHONHASHSEED: accepted for compatibility
"""


class CmdLine(object):
    """What the command line asks for."""
    command: Optional[str]      # -c
    module: Optional[str]       # -m
    filename: Optional[str]     # a script, or "-" for stdin; None: stdin too
    prog_argv: list[str]        # sys.argv
    inspect: bool               # -i
    unbuffered: bool            # -u
    optimize: int               # -O, -OO
    no_site: bool               # -S
    no_user_site: bool          # -s
    ignore_environment: bool    # -E
    dont_write_bytecode: bool   # -B
    skip_first_line: bool       # -x
    py3k_warning: bool          # -3
    hash_randomization: bool    # -R
    bytes_warning: int          # -b
    verbose: int                # -v
    debug: bool                 # -d
    tabcheck: int               # -t
    division_warning: int       # -Qwarn, -Qwarnall
    division_new: bool          # -Qnew
    unicode: bool               # -U
    warnoptions: list[str]      # -W
    show_help: bool             # -h
    show_version: bool          # -V
    error: str                  # a usage error: printed with the usage line, exit status 2

    def __init__(self) -> None:
        self.command = None
        self.module = None
        self.filename = None
        self.prog_argv = [""]
        self.inspect = False
        self.unbuffered = False
        self.optimize = 0
        self.no_site = False
        self.no_user_site = False
        self.ignore_environment = False
        self.dont_write_bytecode = False
        self.skip_first_line = False
        self.py3k_warning = False
        self.hash_randomization = False
        self.bytes_warning = 0
        self.verbose = 0
        self.debug = False
        self.tabcheck = 0
        self.division_warning = 0
        self.division_new = False
        self.unicode = False
        self.warnoptions = []
        self.show_help = False
        self.show_version = False
        self.error = ""


def parse_cmdline(args: list[str]) -> CmdLine:
    """args: the command line without the executable."""
    cl = CmdLine()
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--help":
            cl.show_help = True
            return cl
        if a == "--version":
            cl.show_version = True
            return cl
        if a == "--":
            i += 1
            break
        if not a.startswith("-") or a == "-":
            break
        j = 1
        while j < len(a):
            letter = a[j]
            j += 1
            if letter in ARG_OPTIONS:
                if j < len(a):
                    value = a[j:]
                elif i + 1 < len(args):
                    i += 1
                    value = args[i]
                else:
                    cl.error = "Argument expected for the -%s option\n" % letter
                    return cl
                if letter == "c":
                    cl.command = value + "\n"
                    cl.prog_argv = ["-c"] + args[i + 1:]
                    return cl
                if letter == "m":
                    cl.module = value
                    cl.prog_argv = ["-c"] + args[i + 1:]     # runpy puts the file in argv[0]
                    return cl
                if letter == "W":
                    cl.warnoptions.append(value)
                elif not set_division(cl, value):
                    cl.error = "-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only\n"
                    return cl
                break
            if letter not in FLAG_OPTIONS:
                cl.error = "Unknown option: -%s\n" % letter
                return cl
            set_flag_option(cl, letter)
            if cl.show_help or cl.show_version:
                return cl
        i += 1
    if i < len(args):
        cl.filename = args[i]
        cl.prog_argv = args[i:]
    return cl


def set_division(cl: CmdLine, value: str) -> bool:
    if value == "old":
        return True
    if value == "warn":
        cl.division_warning = 1
    elif value == "warnall":
        cl.division_warning = 2
    elif value == "new":
        cl.division_new = True
    else:
        return False
    return True


def set_flag_option(cl: CmdLine, letter: str) -> None:
    if letter == "3":
        cl.py3k_warning = True
    elif letter == "b":
        cl.bytes_warning += 1
    elif letter == "B":
        cl.dont_write_bytecode = True
    elif letter == "d":
        cl.debug = True
    elif letter == "E":
        cl.ignore_environment = True
    elif letter == "h" or letter == "?":
        cl.show_help = True
    elif letter == "i":
        cl.inspect = True
    elif letter == "O":
        cl.optimize += 1
    elif letter == "s":
        cl.no_user_site = True
    elif letter == "S":
        cl.no_site = True
    elif letter == "t":
        cl.tabcheck += 1
    elif letter == "u":
        cl.unbuffered = True
    elif letter == "U":
        cl.unicode = True
    elif letter == "v":
        cl.verbose += 1
    elif letter == "V":
        cl.show_version = True
    elif letter == "x":
        cl.skip_first_line = True
    elif letter == "R":
        cl.hash_randomization = True
