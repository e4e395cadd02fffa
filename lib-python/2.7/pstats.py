"""Reports on profiling results.

Stats(profiler or file name, ..., stream=sys.stdout) loads the statistics
that profile or cProfile gathered (several sources are added together);
strip_dirs(), sort_stats(key, ...) and reverse_order() arrange them and
print_stats(), print_callers() and print_callees() print tables,
optionally restricted (a count, a fraction, or a regular expression
matched against 'file:line(function)').

The statistics are a dict: (file, line, function name) -> (primitive
calls, all calls, time inside, cumulative time, callers), where callers
maps each calling function to a count (profile) or to a tuple (calls,
primitive calls, time inside, cumulative time) (cProfile).
"""
import marshal
import os
import re
import sys
import time
from functools import cmp_to_key

__all__ = ["Stats"]


class Stats:
    """Profiling statistics and the reports on them; see the module
    documentation."""

    # key name -> (((field index, direction), ...), description); the
    # indexes are into (cc, nc, tt, ct, file, line, name, std name, func)
    sort_arg_dict_default = {
        "calls": (((1, -1),), "call count"),
        "ncalls": (((1, -1),), "call count"),
        "cumtime": (((3, -1),), "cumulative time"),
        "cumulative": (((3, -1),), "cumulative time"),
        "file": (((4, 1),), "file name"),
        "filename": (((4, 1),), "file name"),
        "line": (((5, 1),), "line number"),
        "module": (((4, 1),), "file name"),
        "name": (((6, 1),), "function name"),
        "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
        "pcalls": (((0, -1),), "primitive call count"),
        "stdname": (((7, 1),), "standard name"),
        "time": (((2, -1),), "internal time"),
        "tottime": (((2, -1),), "internal time"),
    }

    def __init__(self, *args, **kwds):
        self.stream = kwds.pop("stream", None) or sys.stdout
        if kwds:
            raise TypeError("Stats() got an unexpected keyword argument %r"
                            % kwds.keys()[0])
        first = args and args[0] or None
        self.init(first)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = {}
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except:
            source = self.files and self.files[-1] or ''
            self.stream.write("Invalid timing data %s\n" % source)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, basestring):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                arg = time.ctime(os.stat(arg).st_mtime) + "    " + arg
            except OSError:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level[func] = None
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        """Add the statistics of more profilers, files or Stats."""
        for other in reversed(arg_list):
            if not (type(self) == type(other) and self.__class__ == other.__class__):
                other = Stats(other)
            self.files += other.files
            self.total_calls += other.total_calls
            self.prim_calls += other.prim_calls
            self.total_tt += other.total_tt
            self.top_level.update(dict.fromkeys(other.top_level))
            self.max_name_len = max(self.max_name_len, other.max_name_len)
            self.fcn_list = None
            for func, stat in other.stats.iteritems():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        """Write the statistics (marshal format) to a file."""
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    # ---- ordering ------------------------------------------------------------

    def get_sort_arg_defs(self):
        """The sort keys and their abbreviations: every prefix of a key,
        except those that are the longest common prefix of two keys (these
        are ambiguous, even a whole key, like 'file' in 'filename')."""
        if self.sort_arg_dict:
            return self.sort_arg_dict
        words = self.sort_arg_dict_default.keys()
        shared = set()
        for i, one in enumerate(words):
            for other in words[i + 1:]:
                common = os.path.commonprefix([one, other])
                if common:
                    shared.add(common)
        table = {}
        for word in words:
            for end in range(1, len(word) + 1):
                if word[:end] not in shared:
                    table[word[:end]] = self.sort_arg_dict_default[word]
        self.sort_arg_dict = table
        return table

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], (int, long)):
            # the old numeric keys
            field = [{-1: "stdname", 0: "calls", 1: "time",
                      2: "cumulative"}[field[0]]]
        definitions = self.get_sort_arg_defs()
        criteria = ()
        names = []
        for word in field:
            criteria += definitions[word][0]
            names.append(definitions[word][1])
        self.sort_type = ", ".join(names)
        rows = []
        for func, (cc, nc, tt, ct, callers) in self.stats.iteritems():
            rows.append((cc, nc, tt, ct) + func + (func_std_string(func), func))
        rows.sort(key=cmp_to_key(TupleComp(criteria).compare))
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        """Keep only the base names of the files (merging functions that
        then look the same)."""
        merged = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.iteritems():
            short = func_strip_path(func)
            short_callers = dict((func_strip_path(f), v) for f, v in callers.iteritems())
            entry = (cc, nc, tt, ct, short_callers)
            if short in merged:
                entry = add_func_stats(merged[short], entry)
            merged[short] = entry
        self.stats = merged
        self.top_level = dict.fromkeys([func_strip_path(f) for f in self.top_level])
        self.max_name_len = max([0] + [len(func_std_string(f)) for f in merged])
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        """Invert the callers tables: function -> {callee: statistics}."""
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.iteritems():
            callees.setdefault(func, {})
            for caller, value in callers.iteritems():
                callees.setdefault(caller, {})[func] = value

    # ---- restricting -------------------------------------------------------------

    def eval_print_amount(self, sel, list, msg):
        chosen = list
        if isinstance(sel, basestring):
            try:
                pattern = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return chosen, msg
            chosen = [f for f in list if pattern.search(func_std_string(f))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                chosen = list[:int(count * sel + .5)]
            elif isinstance(sel, (int, long)) and 0 <= sel < count:
                chosen = list[:sel]
        if len(list) != len(chosen):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(list), len(chosen), sel)
        return chosen, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            chosen = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            chosen = self.stats.keys()
            msg = "   Random listing order was used\n"
        for selection in sel_list:
            chosen, msg = self.eval_print_amount(selection, chosen, msg)
        if not chosen:
            return 0, chosen
        self.stream.write(msg + "\n")
        if len(chosen) < len(self.stats):
            width = max([len(func_std_string(f)) for f in chosen])
        return width + 2, chosen

    # ---- the reports ----------------------------------------------------------------

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            out.write("%s\n" % (filename,))
        if self.files:
            out.write("\n")
        for func in self.top_level:
            out.write("         %s\n" % (func_get_function_name(func),))
        line = "         %s function calls " % (self.total_calls,)
        if self.total_calls != self.prim_calls:
            line += "(%d primitive calls) " % self.prim_calls
        out.write(line + "in %.3f seconds\n\n" % self.total_tt)
        width, chosen = self.get_print_list(amount)
        if chosen:
            self.print_title()
            for func in chosen:
                self.print_line(func)
            out.write("\n\n")
        return self

    def print_callees(self, *amount):
        width, chosen = self.get_print_list(amount)
        if chosen:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in chosen:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            self.stream.write("\n\n")
        return self

    def print_callers(self, *amount):
        width, chosen = self.get_print_list(amount)
        if chosen:
            self.print_call_heading(width, "was called by...")
            for func in chosen:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            self.stream.write("\n\n")
        return self

    def print_call_heading(self, name_size, column_title):
        self.stream.write("Function ".ljust(name_size) + column_title + "\n")
        # cProfile's callers carry timings: say what the columns are
        for entry in self.stats.itervalues():
            callers = entry[4]
            if callers:
                if isinstance(callers.itervalues().next(), tuple):
                    self.stream.write(" " * name_size + "    ncalls  tottime  cumtime\n")
                break

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        out = self.stream
        out.write(func_std_string(source).ljust(name_size) + arrow)
        if not call_dict:
            out.write("\n")
            return
        first = True
        for func in sorted(call_dict):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                calls = nc != cc and '%d/%d' % (nc, cc) or '%d' % (nc,)
                text = '%s %s %s  %s' % (calls.rjust(first and 7 or 9), f8(tt), f8(ct), name)
                pad = name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                pad = name_size + 3
            out.write((first and ' ' or ' ' * pad) + text + "\n")
            first = False

    def print_title(self):
        self.stream.write('   ncalls  tottime  percall  cumtime  percall '
                          'filename:lineno(function)\n')

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc)
        if nc != cc:
            calls += '/' + str(cc)
        fields = [calls.rjust(9), f8(tt),
                  nc and f8(float(tt) / nc) or ' ' * 8,
                  f8(ct),
                  cc and f8(float(ct) / cc) or ' ' * 8,
                  func_std_string(func)]
        self.stream.write(' '.join(fields) + "\n")


class TupleComp:
    """Compares tuples on chosen fields, each ascending (1) or descending
    (-1)."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for index, direction in self.comp_select_list:
            a, b = left[index], right[index]
            if a != b:
                return a < b and -direction or direction
        return 0


# ---- helpers on function keys (file, line, name) ------------------------------------

def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    """'file:line(name)'; cProfile's built-ins ('~', 0, '<...>') show as
    '{...}'."""
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def add_func_stats(target, source):
    """The sum of two statistics entries."""
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct,
            add_callers(t_callers, callers))


def add_callers(target, source):
    """The sum of two callers tables (counts or cProfile's tuples)."""
    result = dict(target)
    for func, value in source.iteritems():
        if func not in result:
            result[func] = value
        elif isinstance(value, tuple):
            result[func] = tuple([a + b for a, b in zip(value, result[func])])
        else:
            result[func] += value
    return result


def count_calls(callers):
    """The total of a callers table of counts."""
    return sum(callers.itervalues())


def f8(x):
    return "%8.3f" % x


if __name__ == '__main__':
    import cmd

    class ProfileBrowser(cmd.Cmd):
        """A small prompt for loading and reporting statistics files."""

        def __init__(self, profile=None):
            cmd.Cmd.__init__(self)
            self.prompt = "% "
            self.stats = None
            self.stream = sys.stdout
            if profile is not None:
                self.do_read(profile)

        def _report(self, method, line):
            if self.stats is None:
                print >>self.stream, "No statistics object is loaded."
                return 0
            args = []
            for word in line.split():
                try:
                    args.append(int(word))
                    continue
                except ValueError:
                    pass
                try:
                    fraction = float(word)
                    if not 0 < fraction < 1:
                        print >>self.stream, "Fraction argument must be in [0, 1]"
                        continue
                    args.append(fraction)
                    continue
                except ValueError:
                    pass
                args.append(word)
            getattr(self.stats, method)(*args)
            return 0

        def do_read(self, line):
            """read <file>: load a statistics file."""
            if line:
                try:
                    self.stats = Stats(line)
                except IOError, err:
                    print >>self.stream, err.args[1]
                    return
                self.prompt = line + "% "
            elif self.stats is None:
                print >>self.stream, "No statistics object is loaded."
            return 0

        def do_stats(self, line):
            """stats [restrictions]: print the statistics."""
            return self._report('print_stats', line)

        def do_callers(self, line):
            """callers [restrictions]: who called each function."""
            return self._report('print_callers', line)

        def do_callees(self, line):
            """callees [restrictions]: what each function called."""
            return self._report('print_callees', line)

        def do_sort(self, line):
            """sort key [key ...]: order the statistics."""
            if self.stats is None:
                print >>self.stream, "No statistics object is loaded."
                return 0
            keys = line.split()
            if keys and all(k in self.stats.get_sort_arg_defs() for k in keys):
                self.stats.sort_stats(*keys)
            else:
                for key, value in sorted(Stats.sort_arg_dict_default.items()):
                    print >>self.stream, "%s -- %s" % (key, value[1])
            return 0

        def do_reverse(self, line):
            """reverse: reverse the order."""
            if self.stats is not None:
                self.stats.reverse_order()
            return 0

        def do_strip(self, line):
            """strip: drop the directories of file names."""
            if self.stats is not None:
                self.stats.strip_dirs()
            return 0

        def do_quit(self, line):
            """quit: leave the browser."""
            return 1

        do_EOF = do_quit

        def emptyline(self):
            return 0

    try:
        browser = ProfileBrowser(sys.argv[1] if len(sys.argv) > 1 else None)
        print >>browser.stream, "Welcome to the profile statistics browser."
        browser.cmdloop()
        print >>browser.stream, "Goodbye."
    except KeyboardInterrupt:
        pass
