#!/usr/bin/env python
"""Trace the execution of Python code: print each line as it runs, count
how often each line runs (annotated '.cover' listings, with the lines
that never ran marked '>>>>>>'), list the functions called, or who called
whom.

    python -m trace --count -C coverdir --missing script.py [args]
    python -m trace --trace script.py
    python -m trace --report --file counts   (listings from saved counts)

From Python:
    tracer = trace.Trace(count=1, trace=0)
    tracer.runfunc(main) / tracer.run('main()')
    tracer.results().write_results(show_missing=True, coverdir='/tmp')
"""
import dis
import linecache
import os
import re
import sys
import time
import token
import tokenize
import types

try:
    import cPickle as pickle
except ImportError:
    import pickle

try:
    import threading
except ImportError:
    threading = None

__all__ = ["Trace", "CoverageResults"]


def _settrace(func):
    if threading is not None:
        threading.settrace(func)
    sys.settrace(func)


def _unsettrace():
    sys.settrace(None)
    if threading is not None:
        threading.settrace(None)


def usage(outfile):
    outfile.write("""Usage: %s [OPTIONS] <file> [ARGS]

  --help                 show this text;  --version: show the version

One of these is required:
  -t, --trace            print each line before it runs
  -c, --count            count how often each line runs and write
                         <module>.cover listings (see -C, -f, -R)
  -l, --listfuncs        list the functions that ran, at the end
  -T, --trackcalls       list which function called which, at the end
  -r, --report           only write the listings from a counts file
                         saved by an earlier run (needs -f)

Modifiers:
  -f, --file=FILE        counts file accumulated over runs
  -R, --no-report        write no listings (just accumulate with -f)
  -C, --coverdir=DIR     write the listings under DIR (package/module.cover)
  -m, --missing          mark the lines that never ran with '>>>>>>'
  -s, --summary          print a line per file: lines, coverage, module
  -g, --timing           with --trace: show the time since the start

Filters (may be repeated):
  --ignore-module=MOD    skip these modules and their submodules (MOD may
                         be a comma-separated list)
  --ignore-dir=DIR       skip modules under these directories (joined with
                         os.pathsep; $prefix and $exec_prefix are expanded)
""" % sys.argv[0])

PRAGMA_NOCOVER = "#pragma NO COVER"

# lines that count neither as run nor as missed
rx_blank = re.compile(r'^\s*(#.*)?$')


class Ignore:
    """Which modules and directories are not traced."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules or ())
        self._dirs = [os.path.normpath(d) for d in dirs or ()]
        self._ignore = {'<string>': 1}

    def names(self, filename, modulename):
        """1 if the module (or its file) is to be ignored, else 0."""
        if modulename in self._ignore:
            return self._ignore[modulename]
        verdict = self._decide(filename, modulename)
        self._ignore[modulename] = verdict
        return verdict

    def _decide(self, filename, modulename):
        for mod in self._mods:
            # the module itself, or a submodule of an ignored package
            if modulename == mod or modulename.startswith(mod + '.'):
                return 1
        if filename is None:
            return 1        # built-in modules have no file
        for directory in self._dirs:
            if filename.startswith(directory + os.sep):
                return 1
        return 0


def modname(path):
    """The module name of a file: its base name without extension."""
    return os.path.splitext(os.path.basename(path))[0]


def fullmodname(path):
    """The dotted module name of a file, from the longest sys.path entry
    containing it."""
    compared = os.path.normcase(path)
    longest = ""
    for entry in sys.path:
        entry = os.path.normcase(entry)
        if (compared.startswith(entry) and compared[len(entry):len(entry) + 1] == os.sep
                and len(entry) > len(longest)):
            longest = entry
    base = longest and path[len(longest) + 1:] or path
    base = os.path.splitdrive(base)[1].replace(os.sep, ".")
    if os.altsep:
        base = base.replace(os.altsep, ".")
    return os.path.splitext(base)[0].lstrip(".")


class CoverageResults:
    """Line counts, called functions and caller pairs, merged with those
    saved in infile; write_results() makes the listings and reports."""

    def __init__(self, counts=None, calledfuncs=None, infile=None,
                 callers=None, outfile=None):
        self.counts = counts if counts is not None else {}
        self.counter = self.counts.copy()
        self.calledfuncs = calledfuncs if calledfuncs is not None else {}
        self.calledfuncs = self.calledfuncs.copy()
        self.callers = callers if callers is not None else {}
        self.callers = self.callers.copy()
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            try:
                with open(self.infile, 'rb') as f:
                    counts, calledfuncs, callers = pickle.load(f)
                self.update(self.__class__(counts, calledfuncs, callers))
            except (IOError, EOFError, ValueError), err:
                print >> sys.stderr, ("Skipping counts file %r: %s"
                                      % (self.infile, err))

    def update(self, other):
        """Add other's results to these."""
        for key, count in other.counts.iteritems():
            self.counts[key] = self.counts.get(key, 0) + count
        self.calledfuncs.update(dict.fromkeys(other.calledfuncs, 1))
        self.callers.update(dict.fromkeys(other.callers, 1))

    def _print_functions(self):
        print
        print "functions called:"
        for filename, modulename, funcname in sorted(self.calledfuncs):
            print ("filename: %s, modulename: %s, funcname: %s"
                   % (filename, modulename, funcname))

    def _print_callers(self):
        print
        print "calling relationships:"
        last_file = last_callee_file = ""
        for (pfile, pmod, pfunc), (cfile, cmod, cfunc) in sorted(self.callers):
            if pfile != last_file:
                print
                print "***", pfile, "***"
                last_file = pfile
                last_callee_file = ""
            if cfile != pfile and last_callee_file != cfile:
                print "  -->", cfile
                last_callee_file = cfile
            print "    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc)

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        """Print the called functions and calling pairs, write a .cover
        listing per file (next to it, or in coverdir), print a summary."""
        if self.calledfuncs:
            self._print_functions()
        if self.callers:
            self._print_callers()
        by_file = {}
        for (filename, lineno), count in self.counts.iteritems():
            by_file.setdefault(filename, {})[lineno] = count
        totals = {}
        for filename, hits in by_file.iteritems():
            if filename == "<string>" or filename.startswith("<doctest "):
                continue
            if filename.endswith((".pyc", ".pyo")):
                filename = filename[:-1]
            if coverdir is None:
                directory = os.path.dirname(os.path.abspath(filename))
                module = modname(filename)
            else:
                directory = coverdir
                if not os.path.exists(directory):
                    os.makedirs(directory)
                module = fullmodname(filename)
            executable = show_missing and find_executable_linenos(filename) or {}
            source = linecache.getlines(filename)
            path = os.path.join(directory, module + ".cover")
            n_hits, n_lines = self.write_results_file(path, source, executable, hits)
            if summary and n_lines:
                totals[module] = (n_lines, 100 * n_hits // n_lines, module, filename)
        if summary and totals:
            print "lines   cov%   module   (path)"
            for module in sorted(totals):
                print "%5d   %3d%%   %s   (%s)" % totals[module]
        if self.outfile:
            try:
                with open(self.outfile, 'wb') as f:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
            except IOError, err:
                print >> sys.stderr, "Can't save counts files because %s" % err

    def write_results_file(self, path, lines, lnotab, lines_hit):
        """Write one annotated listing; returns (lines run, lines that
        could have run)."""
        try:
            out = open(path, "w")
        except IOError, err:
            print >> sys.stderr, ("trace: Could not open %r for writing: %s"
                                  "- skipping" % (path, err))
            return 0, 0
        n_hits = n_lines = 0
        with out:
            for lineno, line in enumerate(lines, 1):
                if lineno in lines_hit:
                    prefix = "%5d: " % lines_hit[lineno]
                    n_hits += 1
                    n_lines += 1
                elif (not rx_blank.match(line) and lineno in lnotab
                      and PRAGMA_NOCOVER not in line):
                    prefix = ">>>>>> "
                    n_lines += 1
                else:
                    prefix = "       "
                out.write(prefix + line.expandtabs(8))
        return n_hits, n_lines


# ---- which lines can run ----------------------------------------------------------

def find_lines_from_code(code, strs):
    """The line numbers that start code in one code object (docstring
    lines excluded)."""
    found = {}
    for offset, lineno in dis.findlinestarts(code):
        if lineno not in strs:
            found[lineno] = 1
    return found


def find_lines(code, strs):
    """find_lines_from_code() over a code object and all it contains."""
    found = find_lines_from_code(code, strs)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found.update(find_lines(const, strs))
    return found


def find_strings(filename):
    """The lines of the docstrings (strings standing alone as the first
    thing of a line after an indent or at module level)."""
    lines = {}
    previous = token.INDENT
    with open(filename) as f:
        for kind, text, start, end, line in tokenize.generate_tokens(f.readline):
            if kind == token.STRING and previous == token.INDENT:
                for lineno in range(start[0], end[0] + 1):
                    lines[lineno] = 1
            previous = kind
    return lines


def find_executable_linenos(filename):
    """{line: 1} for every line of the file that has code."""
    try:
        with open(filename, "rU") as f:
            source = f.read()
    except IOError, err:
        print >> sys.stderr, ("Not printing coverage data for %r: %s"
                              % (filename, err))
        return {}
    code = compile(source, filename, "exec")
    return find_lines(code, find_strings(filename))


# ---- the tracer -------------------------------------------------------------------

class Trace:
    """Runs code under sys.settrace to print lines (trace), count lines
    (count), note the functions called (countfuncs) or the caller/callee
    pairs (countcallers); modules and directories can be left out."""

    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0,
                 ignoremods=(), ignoredirs=(), infile=None, outfile=None,
                 timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = timing and time.time() or None
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace or count:
            self.globaltrace = self.globaltrace_lt
            if trace and count:
                self.localtrace = self.localtrace_trace_and_count
            elif trace:
                self.localtrace = self.localtrace_trace
            else:
                self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        active = not self.donothing
        if active:
            _settrace(self.globaltrace)
        try:
            exec cmd in globals, locals
        finally:
            if active:
                _unsettrace()

    def runfunc(self, func, *args, **kw):
        """func(*args, **kw) traced (in this thread); its result."""
        active = not self.donothing
        if active:
            sys.settrace(self.globaltrace)
        try:
            return func(*args, **kw)
        finally:
            if active:
                sys.settrace(None)

    def _class_of(self, code, frame):
        """The name of the class whose method code is, or None: looked for
        among the classes of the frame's first argument and the module's
        classes."""
        candidates = []
        if code.co_argcount:
            first = frame.f_locals.get(code.co_varnames[0])
            if isinstance(first, (type, types.ClassType)):
                candidates.append(first)
            elif first is not None:
                candidates.append(type(first))
                candidates.append(getattr(first, '__class__', None))
        candidates.extend(v for v in frame.f_globals.values()
                          if isinstance(v, (type, types.ClassType)))
        found = None
        for cls in candidates:
            if cls is None:
                continue
            for klass in getattr(cls, '__mro__', (cls,)):
                # plain functions only: like 2.7, static and class methods
                # go by their bare names
                for value in getattr(klass, '__dict__', {}).values():
                    if getattr(value, 'func_code', None) is code:
                        if found is not None and found is not klass:
                            return None     # ambiguous
                        found = klass
        return found is not None and found.__name__ or None

    def file_module_function_of(self, frame):
        """(file, module, function) of a frame; methods are named
        Class.method."""
        code = frame.f_code
        filename = code.co_filename
        modulename = filename and modname(filename) or None
        funcname = code.co_name
        if code not in self._caller_cache:
            self._caller_cache[code] = self._class_of(code, frame)
        clsname = self._caller_cache[code]
        if clsname is not None:
            funcname = "%s.%s" % (clsname, funcname)
        return filename, modulename, funcname

    def globaltrace_trackcallers(self, frame, why, arg):
        """Note the caller/callee pair of each call."""
        if why == 'call':
            callee = self.file_module_function_of(frame)
            caller = self.file_module_function_of(frame.f_back)
            self._callers[(caller, callee)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        """Note each function called."""
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """On each call, trace the lines of modules that are not ignored."""
        if why != 'call':
            return None
        filename = frame.f_globals.get('__file__', None)
        if not filename:
            return None
        module = modname(filename)
        if module is None or self.ignore.names(filename, module):
            return None
        if self.trace:
            print (" --- modulename: %s, funcname: %s"
                   % (module, frame.f_code.co_name))
        return self.localtrace

    def _count(self, frame):
        key = frame.f_code.co_filename, frame.f_lineno
        self.counts[key] = self.counts.get(key, 0) + 1

    def _show(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print '%.2f' % (time.time() - self.start_time),
        print "%s(%d): %s" % (os.path.basename(filename), lineno,
                              linecache.getline(filename, lineno)),

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._count(frame)
            self._show(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._show(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._count(frame)
        return self.localtrace

    def results(self):
        """A CoverageResults of what was gathered (plus the counts file)."""
        return CoverageResults(counts=self.counts, calledfuncs=self._calledfuncs,
                               callers=self._callers, infile=self.infile,
                               outfile=self.outfile)


def _err_exit(msg):
    sys.stderr.write("%s: %s\n" % (sys.argv[0], msg))
    sys.exit(1)


def main(argv=None):
    import getopt
    argv = argv or sys.argv
    try:
        opts, prog_argv = getopt.getopt(
            argv[1:], "tcrRf:d:msC:lTg",
            ["help", "version", "trace", "count", "report", "no-report",
             "summary", "file=", "missing", "ignore-module=", "ignore-dir=",
             "coverdir=", "listfuncs", "trackcalls", "timing"])
    except getopt.error, msg:
        sys.stderr.write("%s: %s\n" % (sys.argv[0], msg))
        sys.stderr.write("Try `%s --help' for more information\n" % sys.argv[0])
        sys.exit(1)
    trace = count = report = listfuncs = countcallers = timing = 0
    no_report = summary = missing = 0
    counts_file = coverdir = None
    ignore_modules = []
    ignore_dirs = []
    for opt, val in opts:
        if opt in ("--help", "--version"):
            if opt == "--help":
                usage(sys.stdout)
            else:
                sys.stdout.write("trace 2.0\n")
            sys.exit(0)
        elif opt in ("-T", "--trackcalls"):
            countcallers = 1
        elif opt in ("-l", "--listfuncs"):
            listfuncs = 1
        elif opt in ("-g", "--timing"):
            timing = 1
        elif opt in ("-t", "--trace"):
            trace = 1
        elif opt in ("-c", "--count"):
            count = 1
        elif opt in ("-r", "--report"):
            report = 1
        elif opt in ("-R", "--no-report"):
            no_report = 1
        elif opt in ("-f", "--file"):
            counts_file = val
        elif opt in ("-m", "--missing"):
            missing = 1
        elif opt in ("-C", "--coverdir"):
            coverdir = val
        elif opt in ("-s", "--summary"):
            summary = 1
        elif opt == "--ignore-module":
            ignore_modules.extend(m.strip() for m in val.split(","))
        elif opt == "--ignore-dir":
            for d in val.split(os.pathsep):
                d = os.path.expandvars(d)
                # $prefix and $exec_prefix name the library directories
                d = d.replace("$prefix", os.path.join(sys.prefix, "lib",
                                                      "python" + sys.version[:3]))
                d = d.replace("$exec_prefix", os.path.join(sys.exec_prefix, "lib",
                                                           "python" + sys.version[:3]))
                ignore_dirs.append(os.path.normpath(d))
    if not (count or trace or report or listfuncs or countcallers):
        _err_exit("must specify one of --trace, --count, --report, "
                  "--listfuncs, or --trackcalls")
    if listfuncs and (count or trace):
        _err_exit("cannot specify both --listfuncs and (--trace or --count)")
    if report and no_report:
        _err_exit("cannot specify both --report and --no-report")
    if report and not counts_file:
        _err_exit("--report requires a --file")
    if no_report and len(prog_argv) == 0:
        _err_exit("missing name of file to run")
    if report:
        results = CoverageResults(infile=counts_file, outfile=counts_file)
        results.write_results(missing, summary=summary, coverdir=coverdir)
        return
    sys.argv = prog_argv
    progname = prog_argv[0]
    sys.path[0] = os.path.split(progname)[0]
    tracer = Trace(count, trace, countfuncs=listfuncs, countcallers=countcallers,
                   ignoremods=ignore_modules, ignoredirs=ignore_dirs,
                   infile=counts_file, outfile=counts_file, timing=timing)
    try:
        with open(progname) as f:
            code = compile(f.read(), progname, 'exec')
        namespace = {'__file__': progname, '__name__': '__main__',
                     '__package__': None, '__cached__': None}
        tracer.runctx(code, namespace, namespace)
    except IOError, err:
        _err_exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass
    results = tracer.results()
    if not no_report:
        results.write_results(missing, summary=summary, coverdir=coverdir)


if __name__ == '__main__':
    main()
