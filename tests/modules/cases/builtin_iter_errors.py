# Where 2.7 replaces whatever iter() raised by its own TypeError (`in`,
# operator.countOf/indexOf, reduce) a closed file's ValueError becomes that
# TypeError; map/zip keep it.  bisect wants a sequence length (dicts have
# none); signal.default_int_handler raises KeyboardInterrupt whatever its
# arguments.
import operator
import bisect
import signal

f = open('scratch', 'w')
f.close()
tests = [
    ("'x' in closed", lambda: 'x' in f),
    ('operator.contains', lambda: operator.contains(f, 'x')),
    ('operator.countOf', lambda: operator.countOf(f, 'x')),
    ('operator.indexOf', lambda: operator.indexOf(f, 'x')),
    ('reduce', lambda: reduce(None, f)),
    ('reduce(None, 1)', lambda: reduce(None, 1)),
    ('map', lambda: map(None, f)),
    ('zip', lambda: zip(f)),
    ('list', lambda: list(f)),
    ('bisect({}, 1)', lambda: bisect.bisect({}, 1)),
    ('bisect_left({}, 1)', lambda: bisect.bisect_left({}, 1)),
    ('insort({}, 1)', lambda: bisect.insort({}, 1)),
    ('bisect({}, 1, 0, 0)', lambda: bisect.bisect({}, 1, 0, 0)),
    ('bisect([1, 3], 2)', lambda: bisect.bisect([1, 3], 2)),
    ('default_int_handler()', lambda: signal.default_int_handler()),
    ('default_int_handler(1, 2, 3)', lambda: signal.default_int_handler(1, 2, 3)),
]
for label, fn in tests:
    try:
        r = fn()
        print label, 'ok', r
    except BaseException as e:
        print label, type(e).__name__, e
