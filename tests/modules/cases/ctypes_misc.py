# ctypes: structures by value (libc's div/ldiv/inet_ntoa), pickling,
# byte-order structures, resize, in_dll, from_buffer_copy
import pickle
import sys
from ctypes import *
from ctypes.util import find_library

libc = CDLL(find_library("c"))

class div_t(Structure):
    _fields_ = [("quot", c_int), ("rem", c_int)]

class ldiv_t(Structure):
    _fields_ = [("quot", c_long), ("rem", c_long)]

libc.div.restype = div_t
libc.div.argtypes = [c_int, c_int]
r = libc.div(47, 5)
print type(r).__name__, r.quot, r.rem
libc.ldiv.restype = ldiv_t
libc.ldiv.argtypes = [c_long, c_long]
r = libc.ldiv(-(10 ** 12), 7)
print r.quot, r.rem
# without argtypes a Python int goes as a C int
libc.labs.restype = c_long
print libc.labs(-(2 ** 32 + 5))

class in_addr(Structure):
    _fields_ = [("s_addr", c_uint32)]
libc.inet_ntoa.restype = c_char_p
libc.inet_ntoa.argtypes = [in_addr]
print libc.inet_ntoa(in_addr(0x0100007f))
print libc.inet_ntoa(in_addr(0x04030201))

# pickling values without pointers
class P(Structure):
    _fields_ = [("x", c_int), ("y", c_double)]
p2 = pickle.loads(pickle.dumps(P(3, 4.5)))
print type(p2).__name__, p2.x, p2.y
print pickle.loads(pickle.dumps(c_int(42))).value
print pickle.loads(pickle.dumps(c_double(2.5), 2)).value
try:
    pickle.dumps(c_char_p("x"))
except ValueError as e:
    print "ValueError", e

# byte order
class BE(BigEndianStructure):
    _fields_ = [("a", c_uint16), ("b", c_int32)]
class LE(LittleEndianStructure):
    _fields_ = [("a", c_uint16), ("b", c_int32)]
be = BE(0x0102, -2)
le = LE(0x0102, -2)
print be.a, be.b, le.a, le.b
print repr(string_at(addressof(be), sizeof(be)))
print repr(string_at(addressof(le), sizeof(le)))
print c_int.__ctype_le__ is c_int, c_int.__ctype_be__ is c_int
print c_int.__ctype_be__.__ctype_le__ is c_int, c_int.__ctype_be__.__name__
print c_double.__ctype_be__(1.0).value

# from_buffer_copy and resize
q = P.from_buffer_copy(string_at(addressof(P(7, 1.5)), sizeof(P)))
print q.x, q.y
buf = create_string_buffer(4)
resize(buf, 16)
print sizeof(buf)
try:
    resize(buf, 2)
except ValueError as e:
    print "ValueError", e
try:
    P.from_buffer_copy("abc")
except ValueError as e:
    print "ValueError", e

# variables exported by a library
print c_int.in_dll(libc, "errno") is not None or True
print type(c_void_p.in_dll(libc, "environ").value) in (int, long)
