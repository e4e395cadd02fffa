# ctypes prototypes with paramflags: named, defaulted and output parameters
from ctypes import *
from ctypes.util import find_library

libc = CDLL(find_library("c"))
proto = CFUNCTYPE(c_long, c_char_p, POINTER(c_char_p), c_int)
strtol = proto(("strtol", libc), ((1, "s"), (2, "end"), (1, "base", 10)))
print repr(strtol("123abc")), repr(strtol("ff", base=16)), repr(strtol(s="7x"))
try:
    strtol()
except TypeError as e:
    print "TypeError", e

def check(result, func, args):
    return ("checked", result)
strtol.errcheck = check
print strtol("42")
del strtol.errcheck
print repr(strtol("42rest"))
