# list(), tuple(), extend, += and slice assignment iterate a list or tuple
# subclass through its own __iter__; concatenation and len use the items.
class L(list):
    def __iter__(self):
        return iter([7, 8, 9])


class T(tuple):
    def __iter__(self):
        return iter(["x", "y"])


class Plain(list):
    pass


l = L([1, 2, 3])
print list(l), tuple(l), sorted(l), sorted(set(l))
x = [0]; x.extend(l); print x
x = [0]; x += l; print x
x = [0, 1]; x[:1] = l; print x
x = [0, 1, 2, 3, 4]; x[::2] = L([5, 6]); print x
print l + [4], [4] + l, len(l), l[0], l[:]
print list(T((1, 2))), tuple(T((1, 2))), list(T((1, 2)) + (3,))
print "-".join(T(("a", "b")))
a, b, c = l; print a, b, c
print [i for i in l], map(None, l), zip(l, "abc")
print list(Plain([4, 5])), tuple(Plain([4, 5])), Plain([1]) + Plain([2])
y = Plain([1]); y.extend(Plain([2, 3])); y += Plain([4]); print y, type(y).__name__
