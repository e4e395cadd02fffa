# from-import-* of a sys.modules entry that is not a module (2.7's ImportError),
# of a module with __all__, and skipping private names
import sys, types
sys.modules['fake_mod'] = 0
try:
    from fake_mod import *
except ImportError as e:
    print 'ImportError', e
m = types.ModuleType('m2')
m.a, m._b, m.c = 1, 2, 3
sys.modules['m2'] = m
from m2 import *
print a, c, '_b' in dir()
m.__all__ = ['_b']
from m2 import *
print _b
