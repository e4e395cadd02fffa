# ctypes arrays, pointers, byref, cast, buffers and memory functions
from ctypes import *

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

A = c_int * 5
a = A(5, 4, 3)
print A.__name__, len(a), sizeof(A), list(a), a[-1], a[1:3], a[::2]
a[4] = 100
a[0:2] = [7, 8]
print list(a)
print (c_int * 3) is (c_int * 3), ARRAY(c_double, 2)().__class__.__name__
m = ((c_int * 3) * 2)()
m[1][2] = 6
print m[1][2], sizeof(m)

buf = create_string_buffer("hello", 10)
print repr(buf.raw), buf.value, sizeof(buf), buf[1], buf[0:3]
buf.value = "hi"
print repr(buf.raw[:4])
print sizeof(create_string_buffer("abc")), repr(create_string_buffer(3).raw)
ub = create_unicode_buffer(u"wide")
print ub.value, len(ub)

p = pointer(c_int(42))
print p.contents.value, p[0], type(p).__name__, POINTER(c_int) is type(p)
p.contents.value = 43
print p[0]
ip = cast(a, POINTER(c_int))
print ip[0], ip[4], ip[0:3]
ip[1] = 99
print a[1]
np = POINTER(c_int)()
print bool(np), bool(p)
x = c_int(5)
print addressof(x) == addressof(pointer(x).contents)
print cast(c_void_p(addressof(x)), POINTER(c_int)).contents.value

src = create_string_buffer("abcdef")
dst = create_string_buffer(10)
memmove(dst, src, 4)
print dst.value
memset(dst, ord('q'), 2)
print dst.value
print string_at(src), string_at(src, 3), string_at(addressof(src) + 2)
print wstring_at(ub), wstring_at(ub, 2)
d = c_double(3.25)
print c_double.from_address(addressof(d)).value
ref = byref(x)
print type(ref).__name__

show(lambda: a[5])
show(lambda: A(1, 2, 3, 4, 5, 6))
show(lambda: c_int * -1)
show(lambda: np[0])
show(lambda: np.contents)
show(lambda: pointer(5))
show(lambda: byref(5))
show(lambda: addressof(5))
show(lambda: cast(5, c_int))
show(lambda: setattr(buf, "value", "x" * 20))
show(lambda: POINTER(c_int).from_param(5))
show(lambda: POINTER(c_int).from_param(c_long(5)))
