# dis: listings of functions and classes, line starts, labels, raw bytecode
import dis
def f(a, b=2):
    x = [i * a for i in range(b) if i]
    try:
        return x[0] + len(b)
    except (IndexError, TypeError) as e:
        return None
    finally:
        del x
def g_unused():
    y = 1
    def h():
        return y
    return h
class K:
    def m(self):
        for k in self:
            if k is None: break
            while k: k -= 1
        else:
            pass
dis.dis(f)
dis.dis(K)
print list(dis.findlinestarts(f.func_code))
print dis.findlabels(f.func_code.co_code)
dis.disassemble_string('d\x00\x00S')
try:
    dis.dis(1)
except TypeError as e:
    print e
print dis.opname[100], dis.HAVE_ARGUMENT
