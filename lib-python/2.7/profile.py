#! /usr/bin/env python
"""A profiler written in Python (cProfile does the same job faster).

    profile.run('main()')              profile a statement, print a report
    python -m profile [-o file] [-s sort] script.py [args]

Profile(timer, bias) measures with timer (by default the process's CPU
time) and subtracts bias from every event to make up for the profiler's
own cost (see calibrate()).  Its statistics are read with pstats.
"""
import marshal
import os
import sys
import time
from optparse import OptionParser

__all__ = ["run", "runctx", "help", "Profile"]


def _report(profiling, filename, sort):
    """Run profiling(Profile()); then save or print the statistics (a
    SystemExit of the profiled code ends it normally)."""
    prof = Profile()
    try:
        prof = profiling(prof)
    except SystemExit:
        pass
    if filename is None:
        return prof.print_stats(sort)
    prof.dump_stats(filename)


def run(statement, filename=None, sort=-1):
    """Profile statement in __main__'s namespace; write the statistics to
    filename, or print a report ordered by sort."""
    return _report(lambda prof: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """run() in the given namespaces."""
    return _report(lambda prof: prof.runctx(statement, globals, locals),
                   filename, sort)


def help():
    print "The profile module is documented in the Python Library Reference"
    print "('The Python Profilers')."


def _cpu_time():
    user, system = os.times()[:2]
    return user + system


class _Record(object):
    """One active call on the profiler's own stack."""
    __slots__ = ('before', 'inside', 'below', 'func', 'frame', 'parent')

    def __init__(self, before, func, frame, parent):
        self.before = before    # time since the last event, owed to the caller
        self.inside = 0         # time spent in this call itself
        self.below = 0          # time spent in the calls it made
        self.func = func
        self.frame = frame
        self.parent = parent


class Profile:
    """Deterministic profiler over sys.setprofile.

    self.timings maps each function key (file, first line, name) to
    [primitive calls, active calls - 1 (recursion depth), time inside,
    cumulative time, {caller: count}]."""

    bias = 0

    class fake_code:
        """The code of the pseudo-frames the profiler adds (profile:0(...))."""
        co_firstlineno = 0

        def __init__(self, filename, line, name):
            self.co_filename, self.co_line, self.co_name = filename, line, name

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        def __init__(self, code, prior):
            self.f_code, self.f_back = code, prior

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        if bias is None:
            bias = self.bias
        self.bias = bias
        if timer is None:
            timer = _cpu_time
        self.timer = timer
        self.get_time = self._reader(timer)
        self.t = self.get_time()
        self.simulate_call('profiler')

    @staticmethod
    def _reader(timer):
        """A function returning the time as one number: timers may return
        a number or a sequence of numbers (summed)."""
        sample = timer()
        try:
            len(sample)
        except TypeError:
            return timer
        return lambda: sum(timer())

    # ---- the profile function ---------------------------------------------------

    def dispatcher(self, frame, event, arg):
        elapsed = self.get_time() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        handler = self.dispatch.get(event)
        if handler is not None and handler(self, frame, elapsed):
            self.t = self.get_time()
        else:
            # not accounted for: leave it to the next event
            self.t = self.get_time() - elapsed

    # names the profiler used to have (some callers set the dispatcher)
    trace_dispatch = trace_dispatch_i = trace_dispatch_l = dispatcher

    def _enter(self, frame, func, elapsed):
        self.cur = _Record(elapsed, func, frame, self.cur)
        entry = self.timings.get(func)
        if entry is None:
            self.timings[func] = [0, 0, 0, 0, {}]
        else:
            entry[1] += 1
        return 1

    def trace_dispatch_call(self, frame, elapsed):
        cur = self.cur
        if cur is not None and frame.f_back is not cur.frame:
            # the frame that was current ended by an exception
            if not isinstance(cur.frame, Profile.fake_frame):
                assert cur.frame.f_back is frame.f_back, ("Bad call", cur.func)
                self.trace_dispatch_return(cur.frame, 0)
                assert self.cur is None or frame.f_back is self.cur.frame, \
                    ("Bad call", self.cur.func)
        code = frame.f_code
        return self._enter(frame, (code.co_filename, code.co_firstlineno, code.co_name),
                           elapsed)

    def trace_dispatch_c_call(self, frame, elapsed):
        return self._enter(frame, ("", 0, self.c_func_name), elapsed)

    def trace_dispatch_exception(self, frame, elapsed):
        cur = self.cur
        if cur.frame is not frame and cur.parent is not None:
            # the exception left the current call
            return self.trace_dispatch_return(cur.frame, elapsed)
        cur.inside += elapsed
        return 1

    def trace_dispatch_return(self, frame, elapsed):
        if frame is not self.cur.frame:
            # a call that ended by an exception was never closed
            assert frame is self.cur.frame.f_back, ("Bad return", self.cur.func)
            self.trace_dispatch_return(self.cur.frame, 0)
        done = self.cur
        done.inside += elapsed
        total = done.inside + done.below
        caller = done.parent
        caller.inside += done.before
        caller.below += total
        self.cur = caller
        entry = self.timings[done.func]
        if not entry[1]:
            # the outermost active call of this function: count it whole
            entry[3] += total
            entry[0] += 1
        # the depth counts from 0 for one active call (-1: none)
        entry[1] -= 1
        entry[2] += done.inside
        callers = entry[4]
        callers[caller.func] = callers.get(caller.func, 0) + 1
        return 1

    dispatch = {
        "call": trace_dispatch_call,
        "exception": trace_dispatch_exception,
        "return": trace_dispatch_return,
        "c_call": trace_dispatch_c_call,
        "c_exception": trace_dispatch_return,
        "c_return": trace_dispatch_return,
    }

    # ---- pseudo-calls for the profiled command ------------------------------------

    def set_cmd(self, cmd):
        if self.cur.parent is not None:
            return      # already inside a command
        self.cmd = cmd
        self.simulate_call(cmd)

    def simulate_call(self, name):
        code = self.fake_code('profile', 0, name)
        parent = self.cur is not None and self.cur.frame or None
        self.dispatch['call'](self, self.fake_frame(code, parent), 0)

    def simulate_cmd_complete(self):
        """Return from every call still open (up to the 'profiler' one)."""
        elapsed = self.get_time() - self.t
        while self.cur.parent is not None:
            self.dispatch['return'](self, self.cur.frame, elapsed)
            elapsed = 0
        self.t = self.get_time() - elapsed

    # ---- results ----------------------------------------------------------------

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for func, (cc, depth, tt, ct, callers) in self.timings.iteritems():
            callers = dict(callers)
            self.stats[func] = cc, sum(callers.itervalues()), tt, ct, callers

    # ---- running code ---------------------------------------------------------------

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec cmd in globals, locals
            return self
        finally:
            sys.setprofile(None)

    def runcall(self, func, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            result = func(*args, **kw)
        finally:
            sys.setprofile(None)
        return result

    # ---- calibration ---------------------------------------------------------------

    def calibrate(self, m, verbose=0):
        """The profiler's cost per event, measured over m calls: the value
        to use as bias."""
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        # measured without any correction
        previous, self.bias = self.bias, 0
        try:
            return self._measure_overhead(m, verbose)
        finally:
            self.bias = previous

    def _measure_overhead(self, m, verbose):
        get_time = self.get_time

        def work(n):
            for i in range(n):
                pass

        def driver(n):
            for i in range(n):
                work(100)

        driver(m)   # warm up
        start = get_time()
        driver(m)
        plain = get_time() - start
        if verbose:
            print "elapsed time without profiling =", plain
        p = Profile()
        start = get_time()
        p.runctx('driver(m)', {'driver': driver, 'm': m}, {})
        profiled = get_time() - start
        if verbose:
            print "elapsed time with profiling =", profiled
        measured = 0.0
        for (filename, line, name), (cc, ns, tt, ct, callers) in p.timings.items():
            if name in ("work", "driver"):
                measured += tt
        if verbose:
            print "'CPU seconds' profiler reported =", measured
            print "total # calls =", m + 1
        # two events per call: a call and its return
        mean = (measured - plain) / 2 / (m + 1)
        if verbose:
            print "mean stopwatch overhead per profile event =", mean
        return mean


def main():
    parser = OptionParser(
        usage="profile.py [-o output_file_path] [-s sort] scriptfile [arg] ...")
    # options after the script name belong to the script
    parser.allow_interspersed_args = False
    parser.add_option('-s', '--sort', dest="sort", default=-1,
                      help="Sort order when printing to stdout, based on pstats.Stats class")
    parser.add_option('-o', '--outfile', dest="outfile", default=None,
                      help="Save stats to <outfile>")
    if len(sys.argv) < 2:
        parser.print_usage()
        sys.exit(2)
    options, args = parser.parse_args()
    sys.argv[:] = args
    if not args:
        parser.print_usage()
        return parser
    script = args[0]
    sys.path.insert(0, os.path.dirname(script))
    with open(script, 'rb') as f:
        code = compile(f.read(), script, 'exec')
    namespace = {'__name__': '__main__', '__file__': script,
                 '__package__': None}
    runctx(code, namespace, None, options.outfile, options.sort)
    return parser


if __name__ == '__main__':
    main()
