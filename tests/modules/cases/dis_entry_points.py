# dis: the entry points (functions, classes, instances, modules, strings, tracebacks),
# line starts and labels; code object addresses and file names are masked
import re, sys as _sys
class _Masked(object):
    def __init__(self, out): self.out = out
    def write(self, text):
        text = re.sub('file "[^"]*"', 'file "FILE"', text)
        self.out.write(re.sub('at 0x[0-9a-f]+', 'at ADDR', text))
_sys.stdout = _Masked(_sys.stdout)
import dis, sys, types
def f(a, b=2):
    x = [i for i in a if i > b]
    for y in x:
        if y: break
    else:
        y = None
    def g(): return x
    return g, y
class C:
    def m(self): return self
    n = 5
    k = staticmethod(len)
class D(object):
    def m(self): pass
    class Inner: pass
dis.dis(f); dis.dis(C); dis.dis(C().m); dis.dis(C()); dis.dis(D); dis.dis(f.func_code)
dis.dis('d\x00\x00S'); dis.disassemble_string('|\x00\x00d\x01\x00k\x02\x00r\x0f\x00d\x00\x00Sn\x00\x00d\x00\x00S', 3, ['v'], ['n'], [None, 1])
print list(dis.findlinestarts(f.func_code)), dis.findlabels(f.func_code.co_code)
for bad in [5, None if False else 1.5]:
    try: dis.dis(bad)
    except TypeError as e: print 'TypeError', e
m = types.ModuleType('m'); exec 'def h(): return 1\nz = 3' in m.__dict__; dis.dis(m)
try: 1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
dis.distb(tb)
if hasattr(sys, 'last_traceback'): del sys.last_traceback
try: dis.distb()
except RuntimeError as e: print 'RuntimeError', e
try: dis.dis()
except RuntimeError as e: print 'RuntimeError', e
sys.last_traceback = tb; dis.dis()
print dis.disco is dis.disassemble, 'HAVE_ARGUMENT' in dis.__all__, dis.__all__[:6]
