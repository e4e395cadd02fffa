# complex divmod(), // and % warn (DeprecationWarning) before computing
import warnings
a, b, c, two, zero = 1j, 5j, 3 + 1j, 2, 0
for name, f in [("divmod", lambda: divmod(a, two)), ("floordiv", lambda: b // two), ("mod", lambda: c % two),
                ("rdivmod", lambda: divmod(two, c)), ("mod0", lambda: a % zero)]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            print name, f(),
        except ZeroDivisionError as e:
            print "ZeroDivisionError", e,
        print [(str(x.message), x.category.__name__) for x in w]
