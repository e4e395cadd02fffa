"""The `operator` module: the intrinsic operators as functions, plus
itemgetter, attrgetter and methodcaller."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("Operator interface.\n\n"
       "This module exports a set of functions implemented in C corresponding\n"
       "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
       "is equivalent to the expression x+y.  The function names are those\n"
       "used for special methods; variants without leading and trailing\n"
       "'__' are also provided for convenience.")

# (name, has a __name__ alias, arity, symbol or description for the docstring)
TABLE = [
    ("abs", True, 1, "abs(a)"), ("inv", True, 1, "~a"), ("invert", True, 1, "~a"), ("neg", True, 1, "-a"),
    ("pos", True, 1, "+a"), ("not_", True, 1, "not a"), ("truth", False, 1, "True if a is true, else False"),
    ("index", True, 1, "a.__index__()"), ("isCallable", False, 1, "callable(a)"),
    ("isSequenceType", False, 1, "True if a has a sequence type"),
    ("isMappingType", False, 1, "True if a has a mapping type"),
    ("isNumberType", False, 1, "True if a has a numeric type"),
    ("add", True, 2, "a + b"), ("sub", True, 2, "a - b"), ("mul", True, 2, "a * b"), ("div", True, 2, "a / b"),
    ("truediv", True, 2, "a / b when __future__.division is in effect"), ("floordiv", True, 2, "a // b"),
    ("mod", True, 2, "a % b"), ("pow", True, 2, "a ** b"), ("lshift", True, 2, "a << b"),
    ("rshift", True, 2, "a >> b"), ("and_", True, 2, "a & b"), ("or_", True, 2, "a | b"),
    ("xor", True, 2, "a ^ b"),
    ("iadd", True, 2, "a += b"), ("isub", True, 2, "a -= b"), ("imul", True, 2, "a *= b"),
    ("idiv", True, 2, "a /= b"), ("itruediv", True, 2, "a /= b when __future__.division is in effect"),
    ("ifloordiv", True, 2, "a //= b"), ("imod", True, 2, "a %= b"), ("ipow", True, 2, "a **= b"),
    ("ilshift", True, 2, "a <<= b"), ("irshift", True, 2, "a >>= b"), ("iand", True, 2, "a &= b"),
    ("ior", True, 2, "a |= b"), ("ixor", True, 2, "a ^= b"),
    ("lt", True, 2, "a<b"), ("le", True, 2, "a<=b"), ("eq", True, 2, "a==b"), ("ne", True, 2, "a!=b"),
    ("gt", True, 2, "a>b"), ("ge", True, 2, "a>=b"), ("is_", False, 2, "a is b"),
    ("is_not", False, 2, "a is not b"),
    ("concat", True, 2, "a + b, for a and b sequences"), ("iconcat", True, 2, "a += b, for a and b sequences"),
    ("repeat", True, 2, "a * b, where a is a sequence and b is an integer"),
    ("irepeat", True, 2, "a *= b, where a is a sequence and b is an integer"),
    ("contains", True, 2, "b in a (note reversed operands)"),
    ("sequenceIncludes", False, 2, "b in a (note reversed operands; deprecated)"),
    ("countOf", False, 2, "the number of times b occurs in a"),
    ("indexOf", False, 2, "the first index of b in a"),
    ("getitem", True, 2, "a[b]"), ("delitem", True, 2, "del a[b]"), ("setitem", True, 3, "a[b] = c"),
    ("getslice", True, 3, "a[b:c]"), ("delslice", True, 3, "del a[b:c]"), ("setslice", True, 4, "a[b:c] = d"),
    ("_compare_digest", False, 2, "a == b, in time independent of where they differ"),
]

IMPL_NAMES = {"not_": "op_not", "and_": "op_and", "or_": "op_or", "is_": "op_is", "inv": "op_invert",
              "sequenceIncludes": "op_contains", "_compare_digest": "op_compare_digest"}
ARGNAMES = {1: "a", 2: "a, b", 3: "a, b, c", 4: "a, b, c, d"}


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import BuiltinArgs
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.operator import functions, getters
    from pypy27.interpreter.module.operator.gateways import OpFn1, OpFn2, OpFn3, OpFn4
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    w_mod = new_builtin_module(space, "operator", DOC)
    for name, alias, arity, what in TABLE:
        fn = getattr(functions, IMPL_NAMES.get(name, "op_" + name))
        base = name.rstrip("_") if name != "_compare_digest" else name
        names = [name] + (["__%s__" % base] if alias else [])
        for n in names:
            doc = "%s(%s) -- Same as %s." % (n, ARGNAMES[arity], what)
            # the name 2.7's argument errors use
            if arity == 1:
                opname = n + "()"
            elif name in ("getslice", "setslice", "delslice"):
                opname = name + "()"
            elif name in ("is_", "is_not", "countOf", "indexOf", "sequenceIncludes"):
                opname = name
            else:
                opname = "op_" + name
            if arity == 1:
                w_fn: W_Root = OpFn1(n, opname, fn, doc)
            elif arity == 2:
                w_fn = OpFn2(n, opname, fn, doc)
            elif arity == 3:
                w_fn = OpFn3(n, opname, fn, doc)
            else:
                w_fn = OpFn4(n, opname, fn, doc)
            w_mod.setattr_str(space, n, w_fn)
    G = getters.getter_types
    for attr, name, new_fn in [("w_itemgetter", "itemgetter", getters.itemgetter_new),
                               ("w_attrgetter", "attrgetter", getters.attrgetter_new),
                               ("w_methodcaller", "methodcaller", getters.methodcaller_new)]:
        w_type = W_TypeObject("operator." + name, [space.w_object], {
            "__call__": BuiltinArgs("__call__", getters.getter_call, method=True),
            "__module__": space.newstr("operator"),
        }, new_fn=new_fn)
        setattr(G, attr, w_type)
        w_mod.setattr_str(space, name, w_type)
    return [w_mod]
