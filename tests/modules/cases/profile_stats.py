# profile, cProfile and pstats with a simulated clock (exact numbers):
# the reports, sorting, restrictions, callers/callees, dump and reload,
# adding statistics together.
import os
import sys
import tempfile
import pstats
import profile
import cProfile
from StringIO import StringIO

TICKS = [1000]


def clock():
    return TICKS[0]


def spend(n):
    TICKS[0] += n


def leaf(n):
    spend(n)
    return n


def fib(n):
    spend(1)
    if n < 2:
        return leaf(n)
    return fib(n - 1) + fib(n - 2)


def work():
    spend(5)
    total = 0
    for i in range(3):
        total += leaf(i)
    total += fib(4)
    items = []
    items.append(total)
    len(items)
    return total


def report(prof, *sorts):
    out = StringIO()
    st = pstats.Stats(prof, stream=out)
    st.strip_dirs().sort_stats(*sorts)
    st.print_stats()
    st.print_callers()
    st.print_callees()
    st.print_stats('fib|leaf')
    st.print_stats(3)
    st.print_stats(0.5, 'leaf')
    return out.getvalue()

p = profile.Profile(clock, 0)
p.runctx('work()', globals(), locals())
print report(p, 'stdname')
c = cProfile.Profile(clock, 0.001)
c.runctx('work()', globals(), locals())
print report(c, 'calls', 'name')
c2 = cProfile.Profile(clock, 0.001)
print c2.runcall(fib, 3)
c2.create_stats()
out = StringIO()
s = pstats.Stats(c2, stream=out).strip_dirs().sort_stats('time', 'nfl')
s.print_stats()
s.reverse_order().print_stats()
print out.getvalue()
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'stats.prof')
c3 = cProfile.Profile(clock, 0.001)
c3.runcall(work)
c3.dump_stats(path)
loaded = pstats.Stats(path, stream=StringIO())
print sorted(pstats.func_std_string(pstats.func_strip_path(f)) for f in loaded.stats)
print loaded.total_calls, loaded.prim_calls
both = pstats.Stats(c2, stream=StringIO())
both.add(path)
print both.total_calls, both.prim_calls
os.remove(path)
os.rmdir(tmp)
s = pstats.Stats(c3, stream=StringIO())
print sorted(k for k in s.get_sort_arg_defs() if len(k) < 3)
try:
    pstats.Stats(cProfile.Profile(clock), stream=StringIO())
except TypeError as e:
    print 'TypeError', str(e)[:40]
print pstats.func_std_string(('~', 0, '<built-in method x>')), pstats.func_std_string(('a.py', 3, 'f'))
print pstats.add_callers({('a', 1, 'f'): (1, 1, 0.5, 0.5)}, {('a', 1, 'f'): (2, 1, 0.25, 1.0)})
print pstats.add_callers({('a', 1, 'f'): 3}, {('a', 1, 'f'): 4, ('b', 2, 'g'): 1})
sys.stdout.flush()
old = sys.stdout
sys.stdout = StringIO()
try:
    profile.runctx('work()', globals(), locals(), sort='calls')
    text = sys.stdout.getvalue()
finally:
    sys.stdout = old
print 'function calls' in text, 'Ordered by: call count' in text
