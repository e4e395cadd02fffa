# tee refuses re-entry into its source (from the source itself or from
# another thread); subclasses of the itertools types take keywords meant for
# their __init__; an old-style iterator without next() is a TypeError.
import threading
from itertools import (tee, izip, imap, chain, ifilter, ifilterfalse, islice, starmap,
                       takewhile, dropwhile, cycle, repeat, compress)


class Reenter:
    first = True
    def __iter__(self):
        return self
    def next(self):
        first = self.first
        self.first = False
        if first:
            return next(b)

a, b = tee(Reenter())
try:
    next(a)
except RuntimeError as e:
    print "RuntimeError:", e

start = threading.Event()
finish = threading.Event()
class Blocking:
    def __iter__(self):
        return self
    def next(self):
        start.set()
        finish.wait()
        return 1

a, b = tee(Blocking())
t = threading.Thread(target=next, args=[a])
t.start()
start.wait()
try:
    next(b)
except RuntimeError as e:
    print "RuntimeError:", e
finish.set()
t.join()
print next(b), list(islice(a, 0))

# the source raising leaves the tee usable
class Flaky:
    n = 0
    def __iter__(self):
        return self
    def next(self):
        self.n += 1
        if self.n == 2:
            raise ValueError("flaky")
        if self.n > 4:
            raise StopIteration
        return self.n
a, b = tee(Flaky())
print next(a),
try:
    next(a)
except ValueError as e:
    print "ValueError:", e,
print list(a), list(b)

for cls in (repeat, izip, ifilter, ifilterfalse, chain, imap, starmap, islice,
            takewhile, dropwhile, cycle, compress):
    class Sub(cls):
        def __init__(self, newarg=None, *args):
            cls.__init__(self, *args)
    try:
        Sub(newarg=1)
        print cls.__name__, "ok"
    except TypeError as e:
        print cls.__name__, "TypeError:", e
    try:
        cls(newarg=1)
    except TypeError as e:
        print cls.__name__, "TypeError:", e

class NoNext:
    def __iter__(self):
        return self
it = iter(NoNext())
for f in (lambda: next(it), lambda: list(chain(NoNext())), lambda: [x for x in NoNext()]):
    try:
        f()
    except TypeError as e:
        print "TypeError:", e
