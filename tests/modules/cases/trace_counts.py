# trace: line counts, called functions, caller pairs, the annotated
# .cover listing with missing lines and the summary, and tracing output.
import os
import shutil
import sys
import tempfile
import trace
from StringIO import StringIO

SOURCE = '''\
"""A module to trace."""


def square(x):
    """docstring"""
    return x * x


def loop(n):
    total = 0
    for i in range(n):
        total += square(i)
    if total < 0:
        print "never"
    return total


class Box(object):
    def method(self, n):
        return loop(n)

    @staticmethod
    def static(n):
        return square(n)
'''

tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)
with open(os.path.join(tmp, 'traced.py'), 'w') as f:
    f.write(SOURCE)
import traced


def short(key):
    return (os.path.basename(key[0]),) + tuple(key[1:])

tracer = trace.Trace(count=1, trace=0)
print tracer.runfunc(traced.loop, 3)
counts = tracer.results().counts
print sorted((short(k), v) for k, v in counts.items())

tracer = trace.Trace(count=0, trace=0, countfuncs=1)
tracer.runfunc(traced.Box().method, 2)
tracer.runfunc(traced.Box.static, 2)
print sorted(short(k) for k in tracer.results().calledfuncs)

tracer = trace.Trace(count=0, trace=0, countcallers=1)
tracer.runfunc(traced.Box().method, 1)
print sorted((short(a), short(b)) for a, b in tracer.results().callers if 'traced' in a[0])

cover = os.path.join(tmp, 'cover')
tracer = trace.Trace(count=1, trace=0)
tracer.runctx('traced.loop(2)', {'traced': traced}, {})
saved = sys.stdout
sys.stdout = StringIO()
try:
    tracer.results().write_results(show_missing=True, summary=True, coverdir=cover)
    report = sys.stdout.getvalue()
finally:
    sys.stdout = saved
# (the trace module's own lines are counted too: left out)
print '\n'.join(l for l in report.replace(tmp + os.sep, '').splitlines() if 'trace   (' not in l)
with open(os.path.join(cover, 'traced.cover')) as f:
    print f.read()

saved = sys.stdout
sys.stdout = StringIO()
try:
    trace.Trace(count=0, trace=1).runfunc(traced.square, 4)
    shown = sys.stdout.getvalue()
finally:
    sys.stdout = saved
print shown
print trace.modname('/a/b/c.py'), sorted(trace.find_executable_linenos(os.path.join(tmp, 'traced.py')))
ignore = trace.Ignore(['os', 'xml'], ['/usr/lib'])
print ignore.names('/x/os.py', 'os'), ignore.names('/x/xml/dom.py', 'xml.dom'), ignore.names('/usr/lib/a.py', 'a'), ignore.names('/x/b.py', 'b'), ignore.names(None, 'sys')
shutil.rmtree(tmp)
