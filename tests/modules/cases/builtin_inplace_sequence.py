# a built-in sequence's += and *= come after the right operand's __radd__/__rmul__
class X(object):
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
    def __iter__(self): return iter([7])
    def __index__(self): return 2
l = [1]; l += X(); print l
l = [1]; l *= X(); print l
t = (1,); t += X(); print t
s = "a"; s *= X(); print s
class Y(object):
    def __iter__(self): return iter([7])
    def __index__(self): return 2
l = [1]; l += Y(); print l
l = [1]; l *= Y(); print l
class MethodNumber:
    def __init__(self,arg): self.arg = arg
    def __repr__(self): return '<MethodNumber %s>' % repr(self.arg)
    def __mul__(self,other): return self.arg * other
    def __rmul__(self,other): return other * self.arg
    def __add__(self,other): return self.arg + other
    def __radd__(self,other): return other + self.arg
for a, b in [([1], MethodNumber(2)), ((1,), MethodNumber(2)), ('x', MethodNumber(2)), ([1], MethodNumber(1.5))]:
    for op in ['*', '+']:
        z = a
        try:
            exec 'z %s= b' % op
            print repr(z)
        except Exception as e:
            print type(e).__name__, e
        try:
            print repr(eval('a %s b' % op))
        except Exception as e:
            print type(e).__name__, e
