# dict.get/setdefault/pop called with and without an Arguments object: results and 2.7's errors.
d = {1: 2}
print d.get(1), d.get(3), d.get(3, 'x'), d.get(1, 'y'), d.setdefault(5), d.setdefault(6, 7), d.setdefault(1, 9), d
print d.pop(1), d.pop(99, 'dflt'), d
for f, a in ((d.get, ()), (d.get, (1, 2, 3)), (d.pop, ()), (d.pop, (42,)), (d.setdefault, (1, 2, 3)), (dict.get, (5, 1)), (dict.get, ([], 1)), (d.get, ([],))):
    try: print f(*a)
    except Exception as e: print type(e).__name__, e
try: d.get(key=1)
except TypeError as e: print e
print dict.get(d, 5), dict.pop(d, 5), dict.setdefault(d, 'k', 'v'), d
class D(dict):
    def __missing__(self, k): return 'missing'
x = D(a=1); print x.get('b'), x['b'], x.pop('a'), x
print type({}.get).__name__, type(dict.get).__name__, repr(dict.get)[:30], {}.get.__name__, dict.pop.__objclass__
print map({1: 'a'}.get, [1, 2]), getattr({}, 'setdefault')('q', 1)
