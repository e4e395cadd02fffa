#! /usr/bin/env python
"""Profiling with the _lsprof profiler: the same interface as the profile
module (run, runctx, Profile with run/runctx/runcall, print_stats,
dump_stats), with statistics readable by pstats.

    python -m cProfile [-o output_file] [-s sort] script.py [args]
"""
import _lsprof

__all__ = ["run", "runctx", "help", "Profile"]


def _report(profiling, filename, sort):
    prof = Profile()
    try:
        profiling(prof)
    except SystemExit:
        pass
    if filename is None:
        return prof.print_stats(sort)
    prof.dump_stats(filename)


def run(statement, filename=None, sort=-1):
    """Profile statement in __main__'s namespace; save the statistics to
    filename, or print a report ordered by sort."""
    return _report(lambda prof: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """run() in the given namespaces."""
    return _report(lambda prof: prof.runctx(statement, globals, locals),
                   filename, sort)


def help():
    print "The cProfile module is documented in the Python Library Reference"
    print "('The Python Profilers')."


def label(code):
    """The pstats key of a code object or of a built-in's description."""
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


class Profile(_lsprof.Profiler):
    """Profile(custom_timer=None, time_unit=None, subcalls=True, builtins=True)

    Collects statistics between enable() and disable(), or around run(),
    runctx() and runcall()."""

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        """self.stats in the pstats layout, from getstats()."""
        entries = self.getstats()
        self.stats = {}
        callers_of = {}     # id(code) -> the callers dict of that function
        for entry in entries:
            callers = {}
            callers_of[id(entry.code)] = callers
            self.stats[label(entry.code)] = (
                entry.callcount - entry.reccallcount, entry.callcount,
                entry.inlinetime, entry.totaltime, callers)
        for entry in entries:
            caller = label(entry.code)
            for sub in entry.calls or ():
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                figures = (sub.callcount, sub.callcount - sub.reccallcount,
                           sub.inlinetime, sub.totaltime)
                if caller in callers:
                    figures = tuple([a + b for a, b in zip(figures, callers[caller])])
                callers[caller] = figures

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec cmd in globals, locals
        finally:
            self.disable()
        return self

    def runcall(self, func, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()


def main():
    import os
    import sys
    import pstats
    from optparse import OptionParser
    parser = OptionParser(
        usage="cProfile.py [-o output_file_path] [-s sort] scriptfile [arg] ...")
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest="outfile", default=None,
                      help="Save stats to <outfile>")
    parser.add_option('-s', '--sort', dest="sort", default=-1,
                      choices=sorted(pstats.Stats.sort_arg_dict_default),
                      help="Sort order when printing to stdout, based on pstats.Stats class")
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
