# ctypes simple types: values, wrapping, sizes, from_param, errors
from ctypes import *

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

for t in (c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
          c_longlong, c_ulonglong, c_float, c_double, c_char, c_bool, c_void_p,
          c_char_p, c_wchar, c_wchar_p, c_size_t, c_ssize_t, c_int8, c_uint64):
    print t.__name__, sizeof(t), alignment(t), t._type_
print c_int(5), c_long(-3), c_double(2.5), c_float(0.1).value, c_char('x')
print c_ubyte(-1).value, c_byte(200).value, c_ushort(-1).value, c_int(2**31).value
print c_uint(-1).value, c_ulong(-1).value, c_longlong(2**63).value
print c_bool(5), c_bool(0).value, c_void_p(None), c_void_p(10).value
print c_char_p("hello").value, c_char_p().value, c_wchar(u"z"), c_wchar_p(u"abc").value
print c_int().value, c_double().value, c_char().value == '\0'
x = c_int(7)
x.value = 9
print x.value, sizeof(x), bool(x), bool(c_int(0))
show(lambda: c_int("x"))
show(lambda: c_int(1.5))
show(lambda: c_double("x"))
show(lambda: c_char("ab"))
show(lambda: c_char(65))
show(lambda: c_char_p(1.5))
show(lambda: c_void_p("x").value is not None)
show(lambda: c_wchar("ab"))
show(lambda: c_int.from_param("x"))
show(lambda: c_int.from_param(3))
show(lambda: c_double.from_param(3))
show(lambda: c_char_p.from_param(5))
show(lambda: c_void_p.from_param(5))
show(lambda: sizeof(5))
show(lambda: sizeof(c_int(3)))

class MyInt(c_int):
    pass
m = MyInt(4)
print type(m).__name__, m.value, isinstance(m, c_int)

class BadType(object):
    pass
try:
    class Bad(c_int.__bases__[0]):
        _type_ = "y"
except AttributeError as e:
    print "AttributeError", str(e).split("\n")[0]
