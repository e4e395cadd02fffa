# ctypes calls into libc: argtypes/restype, default conversions, errors, errno
import ctypes
import ctypes.util
from ctypes import *

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

libc = CDLL(ctypes.util.find_library("c"))
libm = CDLL(ctypes.util.find_library("m"))
self_ = CDLL(None)
print ctypes.util.find_library("c"), ctypes.util.find_library("m")
print ctypes.util.find_library("nonexistent_library_xyz")
print libc.abs(-5), libc.labs(-7), self_.abs(-3)
print libc.strlen("hello"), libc.atoi("123")
libm.sqrt.restype = c_double
libm.sqrt.argtypes = [c_double]
print libm.sqrt(2.0), libm.sqrt(16)
libm.powf.restype = c_float
libm.powf.argtypes = (c_float, c_float)
print libm.powf(2, 10)
libc.strchr.restype = c_char_p
libc.strchr.argtypes = [c_char_p, c_int]
print libc.strchr("hello world", ord("w")), libc.strchr("abc", ord("z"))
buf = create_string_buffer(32)
libc.sprintf(buf, "%d-%s-%.2f", 42, "x", c_double(1.5))
print buf.value
libc.snprintf.restype = c_int
print libc.snprintf(buf, 32, "%ld", c_long(-123456789012)), buf.value
n = c_int()
libc.sscanf("77", "%d", byref(n))
print n.value
arr = (c_int * 4)(4, 1, 3, 2)
libc.memcpy.restype = c_void_p
libc.memcpy.argtypes = [c_void_p, c_void_p, c_size_t]
dst = (c_int * 4)()
r = libc.memcpy(dst, arr, sizeof(arr))
print list(dst), r == addressof(dst)
libc.getenv.restype = c_char_p
print libc.getenv("CTYPES_SURELY_UNSET")
libc.strtol.restype = c_long
end = c_char_p()
print libc.strtol("0x1fz", byref(end), 16), end.value

def errcheck(result, func, args):
    return ("checked", result, args)
f = libc.abs
f.errcheck = errcheck
print f(-9)

f = libc.labs
f.argtypes = [c_long]
show(lambda: f())
show(lambda: f("x"))
show(lambda: libc.labs(1.5))
show(lambda: libc.labs(2 ** 70))
show(lambda: libc.no_such_function_here)
show(lambda: CDLL("libdoes_not_exist.so"))
show(lambda: setattr(f, "restype", 5))
show(lambda: setattr(f, "argtypes", [5]))

errlib = CDLL(None, use_errno=True)
set_errno(0)
errlib.close(-1)
print get_errno() == 9
proto = CFUNCTYPE(c_int, c_int)
labs = proto(("labs", libc))
print labs(-11)
labs2 = proto(cast(libc.labs, c_void_p).value)
print labs2(-12)
