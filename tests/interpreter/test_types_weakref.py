"""Weak references (objspace/weakref.py) through a `_weakref` module installed
for the test (the built-in modules part exposes it for real)."""
from pypy27.tests.interpreter.apptest import get_space, run_app


def install() -> None:
    space = get_space()
    if "_weakref" in space.builtin_modules_w:
        return
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace import weakref
    w_mod = new_builtin_module(space, "_weakref")
    for name, w_value in weakref.module_contents(space).items():
        w_mod.setattr_str(space, name, w_value)
    space.builtin_modules_w["_weakref"] = w_mod


def test_ref() -> None:
    install()
    src = """
import _weakref
class C(object):
    pass
class D(object):
    __slots__ = ('a',)
class E(object):
    __slots__ = ('a', '__weakref__')
c = C()
r = _weakref.ref(c)
r2 = _weakref.ref(c, len)
print r() is c, r is _weakref.ref(c), r2 is r, _weakref.getweakrefcount(c)
print hash(r) == hash(c), r == _weakref.ref(c), type(r).__name__
for obj in [1, 'a', (), [], {}, D(), None]:
    try:
        _weakref.ref(obj)
    except TypeError as e:
        print e
e = E()
print _weakref.ref(e)() is e, _weakref.ref(C)() is C
p = _weakref.proxy(c)
c.x = 5
print p.x, type(p).__name__
p.y = 6
print c.y
class KeyedRef(_weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, callback, key):
        self = _weakref.ref.__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super(KeyedRef, self).__init__(ob, callback)
k = KeyedRef(c, None, 'kk')
print k.key, k() is c, isinstance(k, _weakref.ref)
"""
    assert run_app(src) == (
        "True True False 2\n"
        "True True weakref\n"
        "cannot create weak reference to 'int' object\n"
        "cannot create weak reference to 'str' object\n"
        "cannot create weak reference to 'tuple' object\n"
        "cannot create weak reference to 'list' object\n"
        "cannot create weak reference to 'dict' object\n"
        "cannot create weak reference to 'D' object\n"
        "cannot create weak reference to 'NoneType' object\n"
        "True True\n"
        "5 weakproxy\n"
        "6\n"
        "kk True True\n")
