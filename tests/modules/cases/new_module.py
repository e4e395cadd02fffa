# The deprecated `new` module and the type constructors behind it:
# instance() without __init__, function() closure checks, instancemethod().
import new
import types


class Old:
    def __init__(self):
        print 'init ran'

    def hello(self):
        return 'hello from %s' % self.__class__.__name__


print new.classobj is types.ClassType, new.instance is types.InstanceType
print new.instancemethod is types.MethodType, new.function is types.FunctionType
print new.code is types.CodeType, new.module is types.ModuleType

a = new.instance(Old)
print a.__class__.__name__, a.__dict__, a.hello()
b = new.instance(Old, {'x': 5})
print b.x, new.instance(Old, None).__dict__
C = new.classobj('C', (Old,), {'y': 7})
print C.y, new.instance(C).hello()


def show(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print 'ok', type(r).__name__
    except Exception as e:
        print type(e).__name__, e


show(new.instance, 1)
show(new.instance, Old, 1)
show(new.instance)
show(new.instance, Old, {}, 3)


def outer():
    x = 1

    def inner():
        return x
    return inner


g = outer()


def plain():
    return 42


show(new.function, g.func_code, {}, 'g2', None, None)
show(new.function, g.func_code, {}, 'g2', None, ())
show(new.function, g.func_code, {}, 'g2', None, (1,))
show(new.function, g.func_code, {}, 'g2', None, g.func_closure * 2)
show(new.function, g.func_code, {}, 'g2', None, [1])
show(new.function, plain.func_code, {}, 'p', None, g.func_closure)
f2 = new.function(g.func_code, {}, 'g2', None, g.func_closure)
print f2.__name__, f2()

show(new.instancemethod, plain, None)
show(new.instancemethod, 1, 1)
show(new.instancemethod, plain, a, kw=1)
m = new.instancemethod(Old.hello.im_func, a, Old)
print m()
print new.instancemethod(Old.hello.im_func, None, Old)
