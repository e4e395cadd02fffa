# timeit: Timer with string and callable statements, a fake clock so the
# numbers are exact, the errors, print_exc and main()'s report.
import sys
import timeit
import __main__
from StringIO import StringIO


class Clock(object):
    def __init__(self, step):
        self.now = 100.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now

calls = []
t = timeit.Timer("calls.append(1)", "from __main__ import calls; calls.append(0)", timer=Clock(0.5))
print t.timeit(5)
print calls
del calls[:]
t = timeit.Timer(lambda: calls.append('s'), lambda: calls.append('u'), timer=Clock(2.0))
print t.repeat(3, 2), calls
print timeit.timeit("pass", number=0, timer=Clock(1.0))
print timeit.repeat("pass", repeat=2, number=3, timer=Clock(0.25))
print repr(timeit.reindent("a\nb\n  c", 4))
for kw in [dict(stmt=None), dict(setup=None), dict(stmt='return'), dict(setup='break'),
           dict(stmt='yield 1')]:
    try:
        timeit.Timer(**kw)
    except (ValueError, SyntaxError) as e:
        print type(e).__name__
out = StringIO()
try:
    timeit.Timer("1/0").timeit(1)
except ZeroDivisionError:
    timeit.Timer("1/0").print_exc(out)
lines = out.getvalue().splitlines()
print lines[0], lines[-2:]


def make_tick():
    # a clock that advances only when the timed statement runs
    box = {'t': 0.0}

    def tick(per):
        box['t'] += per

    def wrap(real):
        return lambda: box['t']
    return tick, wrap


def main(args):
    saved = sys.stdout
    sys.stdout = StringIO()
    path = sys.path[:]
    try:
        result = timeit.main(args, _wrap_timer=wrap)
        return result, sys.stdout.getvalue()
    finally:
        sys.stdout = saved
        sys.path[:] = path

for args, per in [([], 1.0), (['-n', '35'], 2.0), (['-r', '9'], 60.0), (['-r-5'], 60.0),
                  (['-n100'], 0.0000025), ([], 0.0055), (['-v'], 1.0), (['-vv'], 0.00005),
                  (['-s', 'from __main__ import tick', '-s', 'print "setup"', '-n', '3'], 1.5)]:
    __main__.tick, wrap = make_tick()
    print args
    print main(args + ["from __main__ import tick", "tick(%r)" % per])
print main(['--bogus'])
print main(['-h'])[1] == timeit.__doc__
