"""Instances of user subclasses of built-in types: the UserAttrs record
(objspace/userattrs.py) behind their __dict__ and __slots__."""
from pypy27.interpreter.objspace.dictobject import W_DictObject
from pypy27.interpreter.objspace.intobject import W_IntObjectUser
from pypy27.interpreter.objspace.userattrs import new_user_attrs
from pypy27.tests.interpreter.apptest import get_space, run_app, run_app_exc


def test_exact_builtins_get_no_record() -> None:
    space = get_space()
    assert new_user_attrs(None) is None
    assert new_user_attrs(space.w_dict) is None
    w_d = W_DictObject()
    assert w_d.user_attrs(True) is None
    assert w_d.getdict(space) is None
    assert not w_d.setdictvalue(space, "x", space.w_None)


def test_record_is_created_on_first_store() -> None:
    space = get_space()
    w_sub = space.call_function(space.w_type, [space.newstr("I"), space.newtuple([space.w_int]),
                                               space.newdict()])
    w_i = space.call_function(w_sub, [space.newint(3)])
    assert isinstance(w_i, W_IntObjectUser)
    assert w_i.user is None
    assert w_i.getdictvalue(space, "x") is None
    assert w_i.user is None                       # reading does not allocate
    assert w_i.setdictvalue(space, "x", space.newint(1))
    assert w_i.user is not None
    assert space.int_w(w_i.getdictvalue(space, "x")) == 1


def test_app_dict_and_slots() -> None:
    assert run_app(
        "class D(dict): pass\n"
        "d = D(a=1); d.x = 2\n"
        "print d, d.x, d.__dict__, vars(d)\n"
        "class L(list): __slots__ = ('a',)\n"
        "l = L(); l.a = 5\n"
        "print l.a, hasattr(l, '__dict__')\n"
        "class S(str): __slots__ = ()\n"
        "print hasattr(S('x'), '__dict__')\n") == \
        "{'a': 1} 2 {'x': 2} {'x': 2}\n5 False\nFalse\n"
    assert run_app_exc("class S(str): __slots__ = ()\nS('x').y = 1\n") == \
        ("", "AttributeError: 'S' object has no attribute 'y'")
    assert run_app_exc("class T(tuple): pass\nimport weakref\nweakref.ref(T())\n") == \
        ("", "TypeError: cannot create weak reference to 'T' object")


def test_app_pickle_keeps_attributes() -> None:
    assert run_app(
        "import pickle, copy\n"
        "class F(float): pass\n"
        "f = F(1.5); f.unit = 'm'\n"
        "for p in (0, 1, 2):\n"
        "    g = pickle.loads(pickle.dumps(f, p))\n"
        "    print type(g).__name__, g, g.unit\n"
        "print copy.copy(f).unit\n") == \
        "F 1.5 m\nF 1.5 m\nF 1.5 m\nm\n"
