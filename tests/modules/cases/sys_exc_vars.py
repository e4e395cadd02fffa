import sys
print sys.exc_type
try:
    1/0
except ZeroDivisionError:
    print sys.exc_type, sys.exc_value, type(sys.exc_traceback).__name__
print sys.exc_type
def f():
    try:
        raise KeyError(3)
    except KeyError:
        print sys.exc_type, repr(sys.exc_value)
    print sys.exc_type
f()
print sys.exc_type
sys.exc_clear()
print sys.exc_type, sys.exc_value, sys.exc_traceback
def g():
    try:
        raise ValueError("v")
    except ValueError:
        pass
try:
    raise IndexError
except IndexError:
    g()
    print sys.exc_type, repr(sys.exc_value)
try:
    raise TypeError("t")
except TypeError:
    tb = sys.exc_traceback
    print tb.tb_frame is sys._getframe(), sys.exc_info()[2] is tb
