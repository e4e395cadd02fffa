# old-style classes as exceptions: an except clause naming a base class
# catches instances of its subclasses
class AClass: pass
class BClass(AClass): pass
class CClass: pass

try:
    raise BClass()
except AClass:
    print "caught BClass() by AClass"

try:
    raise BClass
except AClass as v:
    print "caught BClass by AClass:", v.__class__.__name__

try:
    try:
        raise BClass()
    except CClass:
        print "wrong"
except BClass:
    print "CClass did not catch it"

try:
    raise AClass()
except (CClass, AClass):
    print "caught by tuple"

b = BClass()
try:
    raise AClass, b
except BClass as v:
    print "instance kept", v is b

# an unbound method stored on an unrelated class stays unbound
class C:
    def foo(self):
        return 1
class E:
    foo = C.foo
print E().foo == C.foo, E().foo
class D(C):
    pass
print D().foo()
class N(object):
    foo = C.foo
print N().foo == C.foo
