"""code(argcount, nlocals, stacksize, flags, codestring, constants, names,
varnames, filename, name, firstlineno, lnotab[, freevars[, cellvars]]):
the code type's constructor (types.CodeType), which marshal.loads needs."""
from typing import TYPE_CHECKING

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.astcompiler.pycode import CodeObj, Const
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.tupleobject import W_TupleObject
from pypy27.interpreter.pycode import PyCode

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


def _tuple(space: "ObjSpace", w_obj: W_Root, index: int) -> list[W_Root]:
    if not isinstance(w_obj, W_TupleObject):
        raise space.type_error("code() argument %d must be tuple, not %s"
                               % (index, space.type(w_obj).name))
    return w_obj.wrappeditems


def _names(space: "ObjSpace", w_obj: W_Root, index: int) -> list[str]:
    names: list[str] = []
    for w_name in _tuple(space, w_obj, index):
        names.append(space.str_w(w_name))
    return names


def _int(space: "ObjSpace", w_obj: W_Root, index: int) -> int:
    if not space.isinstance_w(w_obj, space.w_int):
        raise space.type_error("code() argument %d must be integer, not %s"
                               % (index, space.type(w_obj).name))
    return space.int_w(w_obj)


def _str(space: "ObjSpace", w_obj: W_Root, index: int) -> str:
    if not space.isinstance_w(w_obj, space.w_str):
        raise space.type_error("code() argument %d must be string, not %s"
                               % (index, space.type(w_obj).name))
    return space.str_w(w_obj)


def code_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    args.unpack_stars(space, "code()")
    if args.keywords:
        raise space.type_error("code() does not take keyword arguments")
    a = args.args_w
    n = len(a)
    if n < 12 or n > 14:
        raise space.type_error("code() takes at least 12 arguments (%d given)" % n
                               if n < 12 else
                               "code() takes at most 14 arguments (%d given)" % n)
    argcount = _int(space, a[0], 1)
    nlocals = _int(space, a[1], 2)
    if argcount < 0:
        raise space.value_error("code: argcount must not be negative")
    if nlocals < 0:
        raise space.value_error("code: nlocals must not be negative")
    stacksize = _int(space, a[2], 3)
    flags = _int(space, a[3], 4)
    code = _str(space, a[4], 5)
    consts_w = list(_tuple(space, a[5], 6))
    names = _names(space, a[6], 7)
    varnames = _names(space, a[7], 8)
    filename = _str(space, a[8], 9)
    name = _str(space, a[9], 10)
    firstlineno = _int(space, a[10], 11)
    lnotab = _str(space, a[11], 12)
    freevars: list[str] = []
    cellvars: list[str] = []
    if n > 12:
        freevars = _names(space, a[12], 13)
    if n > 13:
        cellvars = _names(space, a[13], 14)
    if len(varnames) < argcount:
        raise space.value_error("code: varnames is too small")
    no_consts: list[Const] = []
    co = CodeObj(argcount, nlocals, stacksize, flags, code, no_consts, names, varnames,
                 freevars, cellvars, filename, name, firstlineno, lnotab)
    w_code = PyCode(space, co)
    w_code.co_consts_w = consts_w
    return w_code
