# A bytearray refuses to change size while a memoryview of it is alive,
# and accepts again once the views are gone.


def attempt(label, b, op):
    try:
        op(b)
        print label, "ok", repr(b)
    except BufferError as e:
        print label, "BufferError", e


def resizers():
    def iadd(b):
        b += "x"

    def imul2(b):
        b *= 2

    def imul1(b):
        b *= 1

    def grow_slice(b):
        b[0:1] = "xy"

    def same_slice(b):
        b[0:1] = "z"

    def del_item(b):
        del b[0]

    def del_empty(b):
        del b[0:0]

    def del_ext(b):
        del b[::2]

    def ext_slice(b):
        b[::2] = "pq"

    def set_item(b):
        b[1] = 66

    return [("append", lambda b: b.append("x")), ("extend", lambda b: b.extend("xy")),
            ("extend empty", lambda b: b.extend("")), ("insert", lambda b: b.insert(0, "x")),
            ("pop", lambda b: b.pop()), ("remove", lambda b: b.remove(ord("a"))),
            ("iadd", iadd), ("imul 2", imul2), ("imul 1", imul1), ("grow slice", grow_slice),
            ("same-size slice", same_slice), ("del item", del_item), ("del empty slice", del_empty),
            ("del extended slice", del_ext), ("extended slice", ext_slice), ("set item", set_item),
            ("reverse", lambda b: b.reverse()), ("init", lambda b: b.__init__("abc")),
            ("init empty", lambda b: b.__init__())]


# every resizing operation is refused while a view lives; same-size ones work
b = bytearray("abc")
m = memoryview(b)
for label, op in resizers():
    attempt(label, b, op)
print m.tobytes(), m.tolist()

# dropping the only view allows resizing again
del m
b.append("!")
print repr(b)

# views of views and slices are exports too
b = bytearray("hello")
m = memoryview(b)
m2 = memoryview(m)
s = m[1:3]
del m
attempt("after del m", b, lambda b: b.append("x"))
del m2
attempt("after del m2", b, lambda b: b.append("x"))
print s.tobytes()
del s
attempt("after del s", b, lambda b: b.append("x"))


# a view made inside a function that returned
def peek(b):
    v = memoryview(b)
    return v[0:2].tobytes()

b = bytearray("xyz")
print peek(b)
b.append("w")
print repr(b)


# a view kept in a list, then the list cleared
b = bytearray("list")
views = [memoryview(b), memoryview(b)[1:]]
attempt("views in list", b, lambda b: b.extend("s!"))
del views[:]
attempt("list cleared", b, lambda b: b.extend("s!"))

# a view held by an object attribute
class Holder(object):
    pass

h = Holder()
b = bytearray("held")
h.view = memoryview(b)
attempt("held", b, lambda b: b.pop())
h.view = None
attempt("released", b, lambda b: b.pop())

# the view sees changes made through the bytearray and the other way round
b = bytearray("abcd")
m = memoryview(b)
b[0] = ord("A")
m[1] = "B"
m[2:4] = "CD"
print repr(b), m.tobytes(), len(m)
del m

# read-only views of str do not involve any bytearray
s = "text"
m = memoryview(s)
print m.readonly, m.tobytes()

# many appends with no view at all
b = bytearray()
for i in range(2000):
    b.append(i % 256)
print len(b), b[-1]

# a view created and dropped in a loop
b = bytearray()
for i in range(50):
    v = memoryview(b)
    n = len(v)
    del v
    b.append("a")
print len(b)

