# ctypes Structure and Union: layout, nesting, arrays inside, bit fields, _pack_
from ctypes import *

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

class RECT(Structure):
    _fields_ = [("a", POINT), ("b", POINT), ("tag", c_char * 8), ("v", c_double)]

p = POINT(1, 2)
print p.x, p.y, sizeof(POINT), alignment(POINT)
print POINT.x, POINT.y
r = RECT(POINT(1, 2), (3, 4), "abc", 1.5)
print r.a.x, r.a.y, r.b.x, r.b.y, r.tag, r.v, sizeof(RECT), RECT.v.offset
r.a.x = 10
print r.a.x
inner = r.b
inner.y = 40
print r.b.y
r.tag = "xyz"
print r.tag

class Mixed(Structure):
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short), ("i", c_int)]
print sizeof(Mixed), [getattr(Mixed, n).offset for n in ("c", "d", "s", "i")]

class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]
print sizeof(Packed), Packed.d.offset, Packed.s.offset

class U(Union):
    _fields_ = [("i", c_int), ("c", c_char * 4), ("d", c_double)]
u = U()
u.i = 0x41424344
print sizeof(U), u.c[0], u.c[3]

class Bits(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_short), ("d", c_uint, 4)]
b = Bits()
b.a = 3
b.b = 17
b.c = -2
b.d = 15
print b.a, b.b, b.c, b.d, sizeof(Bits)
b.a = 7
print b.a, b.b
print Bits.a, Bits.b, Bits.c

class Node(Structure):
    pass
Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
n1 = Node(1)
n2 = Node(2, pointer(n1))
print n2.next.contents.value, bool(n1.next)

class Derived(POINT):
    _fields_ = [("z", c_int)]
d = Derived(1, 2, 3)
print d.x, d.y, d.z, sizeof(Derived)

class WithArr(Structure):
    _fields_ = [("n", c_int), ("vals", c_int * 3)]
w = WithArr(3, (1, 2, 3))
print w.n, list(w.vals)
w.vals[1] = 20
print w.vals[1]

class Anon(Structure):
    _anonymous_ = ("u",)
    _fields_ = [("kind", c_int), ("u", U)]
a = Anon()
a.i = 5
print a.u.i, a.i

show(lambda: POINT(1, 2, 3))
show(lambda: POINT("x"))
show(lambda: setattr(POINT, "_fields_", []))
show(lambda: setattr(RECT(), "a", 5))
show(lambda: type(Structure)("S", (Structure,), {"_fields_": [("a",)]}))
show(lambda: type(Structure)("S", (Structure,), {"_fields_": [("a", 5)]}))
show(lambda: type(Structure)("S", (Structure,), {"_fields_": [("a", c_double, 3)]}))
show(lambda: type(Structure)("S", (Structure,), {"_fields_": [("a", c_int, 33)]}))
show(lambda: type(Structure)("S", (Structure,), {"_fields_": [("a", c_int)], "_pack_": -1}))
