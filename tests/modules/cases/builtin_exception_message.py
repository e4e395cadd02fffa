# BaseException.message: deprecated when set by __init__, plain when set,
# gone after del; EnvironmentError pickles its filename
import warnings, pickle, cPickle
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    exc = BaseException("foo")
    print exc.message
    print [str(x.message) for x in w], [x.category.__name__ for x in w]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    exc = BaseException("foo")
    exc.message = "bar"
    print exc.message, len(w)
    del exc.message
    try:
        exc.message
    except AttributeError as e:
        print "AttributeError", e
    e2 = Exception("x")
    del e2.message
    try:
        e2.message
    except AttributeError as e:
        print "AttributeError", e

for args in [('foo', 'bar'), ('foo', 'bar', 'baz'), (1, 2, 3, 4), ('x',)]:
    e = IOError(*args)
    print e.__reduce__()
    for p in pickle, cPickle:
        for proto in range(3):
            x = p.loads(p.dumps(e, proto))
            print x.args, x.errno, x.strerror, x.filename
