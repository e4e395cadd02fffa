# old-style instances whose __getattr__ raises AttributeError for the
# operator methods: comparisons and binary operators fall back quietly
class A:
    def __getattr__(self, name):
        raise AttributeError(name)

class B:
    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return 7

class N:
    def __getattr__(self, name):
        raise AttributeError(name)
    def __add__(self, other):
        return 'added'

a = A()
b = B()
print a == a, a == 1, a != a, 1 == a, b == b, b.foo, cmp(a, a)
print a in [1, 2, a], [a] == [a], hash(a) == hash(a), bool(a)
print (a < b) != (b < a)
print sorted([a, a]) == [a, a]
print N() + 1
for expr in ['a + 1', '1 + a', 'a * a', '-a', 'len(a)']:
    try:
        print eval(expr)
    except Exception as e:
        print expr, type(e).__name__, e

class E:
    def __getattr__(self, name):
        raise KeyError(name)
e = E()
for expr in ['e == e', 'e + 1', 'cmp(e, 1)']:
    try:
        print eval(expr)
    except KeyError as ex:
        print expr, 'KeyError', ex

# the other slots that treat an AttributeError as "not defined"
print repr(a).startswith('<__main__.A instance at'), str(a).startswith('<__main__.A instance')
print a in [a], bool(b)
try:
    iter(a)
except TypeError as ex:
    print 'TypeError', ex
class S:
    def __getattr__(self, name):
        if name == '__getitem__':
            return lambda i: [1, 2][i]
        raise AttributeError(name)
print list(S()), 2 in S(), S()[1:2] if False else 'skip'
