"""Time small bits of Python code.

As a library: Timer(stmt, setup, timer) compiles the statement (a string
or a callable) into a loop; its timeit(number) runs the loop number times
and returns the seconds taken, and repeat(repeat, number) does that
several times and returns the list.  timeit() and repeat() are shortcuts
that build the Timer.  The garbage collector is off while a loop runs.

From the command line:
    python -m timeit [-n N] [-r N] [-s S] [-t] [-c] [-v] [-h] [--] [statement ...]

  -n/--number N: run the statement N times per measurement (by default
                 the first power of 10 that takes at least 0.2 seconds)
  -r/--repeat N: number of measurements (default 3); the best is reported
  -s/--setup S:  statement run once before each measurement (default
                 'pass'); may be given several times, one line each
  -t/--time:     use time.time() as the clock (default on Unix)
  -c/--clock:    use time.clock() as the clock (default on Windows)
  -v/--verbose:  print the raw measurements; twice for more digits
  -h/--help:     print this text and exit
  --:            ends the options (for a statement starting with -)
  statement:     the code to time (default 'pass'); each further argument
                 is one more line, and indentation inside quotes is kept

Every measurement includes the small fixed cost of the loop itself; time
'pass' (no statement) to see it.  Other processes running meanwhile make
measurements longer, which is why the minimum of several is shown.
"""
import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 3

if sys.platform == "win32":
    default_timer = time.clock
else:
    default_timer = time.time


def reindent(src, indent):
    """src with every line after the first indented by indent more spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _check_compiles(code):
    """A statement must be valid on its own at module level: 'return' or
    'break' would otherwise slip into the generated function."""
    compile(code, dummy_src_name, "exec")


class Timer:
    """Times stmt (source text or a callable taking no arguments) after
    setup (likewise), with timer (a function returning seconds)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer):
        self.timer = timer
        namespace = {}
        lines = ["def inner(_it, _timer%s):"]
        extra = []
        if isinstance(setup, basestring):
            _check_compiles(setup)
            lines.append("    " + reindent(setup, 4))
        elif callable(setup):
            namespace['_setup'] = setup
            extra.append("_setup=_setup")
            lines.append("    _setup()")
        else:
            raise ValueError("setup is neither a string nor callable")
        lines.append("    _t0 = _timer()")
        lines.append("    for _i in _it:")
        if isinstance(stmt, basestring):
            _check_compiles(stmt)
            lines.append("        " + reindent(stmt, 8))
        elif callable(stmt):
            namespace['_stmt'] = stmt
            extra.append("_stmt=_stmt")
            lines.append("        _stmt()")
        else:
            raise ValueError("stmt is neither a string nor callable")
        lines.append("    _t1 = _timer()")
        lines.append("    return _t1 - _t0")
        lines[0] = lines[0] % "".join([", " + e for e in extra])
        source = "\n".join(lines) + "\n"
        self.src = source
        code = compile(source, dummy_src_name, "exec")
        exec code in globals(), namespace
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, with the
        lines of the generated code shown (they have no file)."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None,
                                               self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement number times."""
        it = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number):
    """Timer(stmt, setup, timer).timeit(number)."""
    return Timer(stmt, setup, timer).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number):
    """Timer(stmt, setup, timer).repeat(repeat, number)."""
    return Timer(stmt, setup, timer).repeat(repeat, number)


def _per_loop(seconds, precision):
    """'2.5 usec' / '5.5 msec' / '60 sec' for a time per loop."""
    usec = seconds * 1e6
    for unit, scale in (("usec", 1.0), ("msec", 1e3)):
        if usec / scale < 1000:
            return "%.*g %s" % (precision, usec / scale, unit)
    return "%.*g sec" % (precision, usec / 1e6)


def main(args=None, _wrap_timer=None):
    """The command line (args defaults to sys.argv[1:]); returns an exit
    status when it stops early.  _wrap_timer, if given, is applied to the
    chosen timer (for testing)."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:s:r:tcvh",
                                   ["number=", "setup=", "repeat=", "time",
                                    "clock", "verbose", "help"])
    except getopt.error, err:
        print err
        print "use -h/--help for command line help"
        return 2
    stmt = "\n".join(args) or "pass"
    timer = default_timer
    number = 0
    setup_lines = []
    repeats = default_repeat
    verbose = 0
    precision = 3
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        elif opt in ("-s", "--setup"):
            setup_lines.append(value)
        elif opt in ("-r", "--repeat"):
            repeats = max(int(value), 1)
        elif opt in ("-t", "--time"):
            timer = time.time
        elif opt in ("-c", "--clock"):
            timer = time.clock
        elif opt in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        elif opt in ("-h", "--help"):
            sys.stdout.write(__doc__)
            return 0
    setup = "\n".join(setup_lines) or "pass"
    # the statement may import modules from the current directory
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        # find a number of loops that takes at least 0.2 seconds
        for power in range(1, 10):
            number = 10 ** power
            try:
                seconds = t.timeit(number)
            except:
                t.print_exc()
                return 1
            if verbose:
                print "%d loops -> %.*g secs" % (number, precision, seconds)
            if seconds >= 0.2:
                break
    try:
        times = t.repeat(repeats, number)
    except:
        t.print_exc()
        return 1
    if verbose:
        print "raw times:", " ".join(["%.*g" % (precision, x) for x in times])
    print "%d loops, best of %d: %s per loop" % (
        number, repeats, _per_loop(min(times) / number, precision))
    return None


if __name__ == "__main__":
    sys.exit(main())
