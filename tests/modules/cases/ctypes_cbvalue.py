# ctypes callbacks taking structures by value, called through C
from ctypes import *

class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

class RECT(Structure):
    _fields_ = [("a", POINT), ("b", POINT), ("w", c_double)]

add = CFUNCTYPE(c_int, POINT)(lambda p: p.x + p.y)
print add(POINT(1, 2)), add(POINT(-5, 3))

def area(r, scale):
    return int(((r.b.x - r.a.x) * (r.b.y - r.a.y)) * r.w * scale)
area_cb = CFUNCTYPE(c_long, RECT, c_double)(area)
print area_cb(RECT(POINT(0, 0), POINT(4, 5), 0.5), 2.0)

# an array argument type only has to be accepted
CFUNCTYPE(None, c_int * 3)(lambda arr: None)

try:
    add((1, 2, 3))
except ArgumentError as e:
    print "ArgumentError", e
try:
    CFUNCTYPE(POINTER(c_int))(lambda: None)
except TypeError as e:
    print "TypeError", e
