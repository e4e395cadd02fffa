# an unbound super subclass bound through __get__ keeps its class
class A(object):
    def meth(self, a): return "A(%r)" % a
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class E(A):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)
print E().meth(1)
class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print F().meth(6)

# property attributes are read-only; a subclass's instances take a __doc__
p = property()
for a in ["__doc__", "fget", "fset", "fdel"]:
    try:
        setattr(p, a, None)
    except TypeError as e:
        print a, e
class P(property):
    pass
q = P()
q.__doc__ = "x"
print q.__doc__
