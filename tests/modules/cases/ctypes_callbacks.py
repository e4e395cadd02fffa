# ctypes callbacks: CFUNCTYPE objects made from Python functions, called by C
from ctypes import *
from ctypes.util import find_library

libc = CDLL(find_library("c"))

CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []

def py_cmp(a, b):
    calls.append(1)
    return a[0] - b[0]

cmp_func = CMPFUNC(py_cmp)
values = (c_int * 7)(5, 1, 7, 33, 99, -4, 2)
libc.qsort(values, len(values), sizeof(c_int), cmp_func)
print list(values), len(calls) > 0

# descending, with the comparison written against .contents
def desc(a, b):
    return b.contents.value - a.contents.value
libc.qsort(values, len(values), sizeof(c_int), CMPFUNC(desc))
print list(values)

# a callback called from Python directly
print cmp_func(pointer(c_int(3)), pointer(c_int(1)))

# doubles, and a callback making a foreign call itself
DCMP = CFUNCTYPE(c_int, POINTER(c_double), POINTER(c_double))
def dcmp(a, b):
    x, y = a[0], b[0]
    return libc.abs(int(x > y)) - int(x < y)
d = (c_double * 5)(2.5, -1.0, 9.75, 0.0, 3.0)
libc.qsort(d, 5, sizeof(c_double), DCMP(dcmp))
print list(d)

# nested qsort inside a callback
outer = (c_int * 3)(3, 1, 2)
def nested(a, b):
    inner = (c_int * 3)(9, 8, 7)
    libc.qsort(inner, 3, sizeof(c_int), cmp_func)
    assert list(inner) == [7, 8, 9]
    return a[0] - b[0]
libc.qsort(outer, 3, sizeof(c_int), CMPFUNC(nested))
print list(outer)

# an exception inside a callback is reported, the C code goes on
def broken(a, b):
    raise ZeroDivisionError("in callback")
import sys, StringIO
old = sys.stderr
sys.stderr = StringIO.StringIO()
try:
    libc.qsort((c_int * 2)(2, 1), 2, sizeof(c_int), CMPFUNC(broken))
finally:
    err = sys.stderr.getvalue()
    sys.stderr = old
print "ZeroDivisionError: in callback" in err

# callbacks with simple argument types and a void result
seen = []
VOIDCB = CFUNCTYPE(None, c_int, c_double, c_char_p)
cb = VOIDCB(lambda i, f, s: seen.append((i, f, s)))
cb(1, 2.0, "x")
print seen
