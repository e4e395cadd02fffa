"""The `_ast` module: app-level classes for the nodes of the 2.7 AST, and
compile()'s PyCF_ONLY_AST / compile(ast_object) through astconv.py."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

ENUMS = {
    "expr_context": ast.CONTEXT_NAMES,
    "boolop": ast.BOOLOP_NAMES,
    "operator": ast.OPERATOR_NAMES,
    "unaryop": ast.UNARYOP_NAMES,
    "cmpop": ast.CMPOP_NAMES,
}
ABSTRACT = ["mod", "stmt", "expr", "expr_context", "slice", "boolop", "operator", "unaryop", "cmpop",
            "excepthandler"]
WITH_POSITION = ["stmt", "expr", "excepthandler"]


class AstState(object):
    types_w: dict[str, "W_TypeObject"]
    singletons_w: dict[str, W_Root]     # "Load" -> the shared Load() instance

    def __init__(self) -> None:
        self.types_w = {}
        self.singletons_w = {}


state = AstState()


# ---- helpers used by the generated astconv.py --------------------------------------

def new_node(space: "ObjSpace", name: str) -> W_Root:
    from pypy27.interpreter.objspace.typeobject import W_ObjectObject
    return W_ObjectObject(state.types_w[name])


def set_field(space: "ObjSpace", w_node: W_Root, name: str, w_value: W_Root) -> None:
    w_node.setdictvalue(space, name, w_value)


def node_kind(space: "ObjSpace", w_node: W_Root) -> str:
    """The _ast class name of w_node (or of its nearest _ast base), '' if none."""
    for w_t in space.type(w_node).mro_w:
        w_known = state.types_w.get(w_t.name, None)
        if w_known is w_t:
            return w_t.name
    return ""


def wrong_node(space: "ObjSpace", expected: str, w_node: W_Root) -> OperationError:
    if expected == "mod":
        return space.type_error("expected some sort of mod, but got %s" % space.str_w(space.repr(w_node)))
    return space.type_error("expected some sort of %s, but got %s" % (expected, space.str_w(space.repr(w_node))))


def opt_field(space: "ObjSpace", w_node: W_Root, name: str) -> Optional[W_Root]:
    w_value = space.findattr(w_node, name)
    if w_value is None or space.is_w(w_value, space.w_None):
        return None
    return w_value


def req_field(space: "ObjSpace", w_node: W_Root, name: str, owner: str) -> W_Root:
    w_value = space.findattr(w_node, name)
    if w_value is None:
        raise space.type_error('required field "%s" missing from %s' % (name, owner))
    return w_value


def field_list(space: "ObjSpace", w_node: W_Root, name: str, owner: str) -> list[W_Root]:
    w_value = req_field(space, w_node, name, owner)
    if not space.isinstance_w(w_value, space.w_list):
        raise space.type_error("%s field \"%s\" must be a list, not a %s"
                               % (owner, name, space.type(w_value).name))
    return space.listview(w_value)


def field_str(space: "ObjSpace", w_node: W_Root, name: str, owner: str) -> str:
    w_value = req_field(space, w_node, name, owner)
    return str_of_identifier(space, w_value)


def str_of_identifier(space: "ObjSpace", w_value: W_Root) -> str:
    if space.isinstance_w(w_value, space.w_str):
        return space.str_w(w_value)
    if space.isinstance_w(w_value, space.w_unicode):
        return space.str_w(space.call_method(w_value, "encode", []))
    raise space.type_error("AST string must be of type str or unicode")


def field_optstr(space: "ObjSpace", w_node: W_Root, name: str) -> Optional[str]:
    w_value = opt_field(space, w_node, name)
    if w_value is None:
        return None
    return str_of_identifier(space, w_value)


def field_bool(space: "ObjSpace", w_node: W_Root, name: str, owner: str) -> bool:
    return space.is_true(req_field(space, w_node, name, owner))


def field_int(space: "ObjSpace", w_node: W_Root, name: str, owner: str) -> int:
    w_value = req_field(space, w_node, name, owner)
    if not space.isinstance_w(w_value, space.w_int):
        raise space.type_error("invalid integer value: %s" % space.str_w(space.repr(w_value)))
    return space.int_w(w_value)


def number_to_app(space: "ObjSpace", n: ast.Number) -> W_Root:
    if n.kind == ast.NUM_INT:
        return space.newint(n.intval)
    if n.kind == ast.NUM_LONG:
        return space.newlong_from_decimal(n.text)
    if n.kind == ast.NUM_FLOAT:
        return space.newfloat(n.floatval)
    return space.newcomplex(0.0, n.floatval)


def number_from_app(space: "ObjSpace", w_n: W_Root) -> ast.Number:
    if space.isinstance_w(w_n, space.w_bool) or space.isinstance_w(w_n, space.w_int):
        i = space.int_w(w_n)
        return ast.Number(ast.NUM_INT, str(i), i, 0.0)
    if space.isinstance_w(w_n, space.w_long):
        return ast.Number(ast.NUM_LONG, space.str_w(space.str_of(w_n)), 0, 0.0)
    if space.isinstance_w(w_n, space.w_float):
        return ast.Number(ast.NUM_FLOAT, "", 0, space.float_w(w_n))
    if space.isinstance_w(w_n, space.w_complex):
        return ast.Number(ast.NUM_COMPLEX, "", 0, space.float_w(space.getattr_str(w_n, "imag")))
    raise space.type_error("non-numeric type in Num")


def enum_to_app(space: "ObjSpace", enum: str, value: int) -> W_Root:
    return state.singletons_w[ENUMS[enum][value]]


def enum_from_app(space: "ObjSpace", enum: str, w_value: W_Root) -> int:
    names = ENUMS[enum]
    kind = node_kind(space, w_value)
    for i in range(1, len(names)):
        if names[i] == kind:
            return i
    raise space.type_error("expected some sort of %s, but got %s" % (enum, space.str_w(space.repr(w_value))))


# ---- app-level classes -----------------------------------------------------------------

def fields_of(space: "ObjSpace", w_type: W_Root) -> list[W_Root]:
    w_fields = space.findattr(w_type, "_fields")
    if w_fields is None:
        return []
    return space.fixedview(w_fields, -1)


def ast_init(space: "ObjSpace", args: Arguments) -> W_Root:
    """AST.__init__(self, *fields, **attributes)."""
    args.unpack_stars(space, "__init__()")
    if not args.args_w:
        raise space.type_error("descriptor '__init__' of '_ast.AST' object needs an argument")
    w_self = args.args_w[0]
    positional = args.args_w[1:]
    if positional:
        fields_w = fields_of(space, space.type(w_self))
        if len(positional) != len(fields_w):
            raise space.type_error("%s constructor takes either 0 or %d positional argument%s"
                                   % (space.type(w_self).name, len(fields_w), "" if len(fields_w) == 1 else "s"))
        for i in range(len(fields_w)):
            space.setattr(w_self, fields_w[i], positional[i])
    for i in range(len(args.keywords)):
        space.setattr(w_self, space.newstr(args.keywords[i]), args.keywords_w[i])
    return space.w_None


def ast_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_dict = space.findattr(w_self, "__dict__")
    items_w: list[W_Root] = [space.type(w_self), space.newtuple([])]
    if w_dict is not None:
        items_w.append(w_dict)
    return space.newtuple(items_w)


@not_rpython
def make_type(space: "ObjSpace", name: str, w_base: "W_TypeObject", fields: list[str],
              attributes: list[str]) -> "W_TypeObject":
    from pypy27.interpreter.objspace.typeobject import W_TypeObject, new_object
    dict_w: dict[str, W_Root] = {
        "__module__": space.newstr("_ast"),
        "_fields": space.newtuple([space.newstr(f) for f in fields]),
    }
    if attributes:
        dict_w["_attributes"] = space.newtuple([space.newstr(a) for a in attributes])
    w_type = W_TypeObject(name, [w_base], dict_w, is_heaptype=True, new_fn=new_object)
    state.types_w[name] = w_type
    return w_type


@not_rpython
def setup_ast_module(space: "ObjSpace") -> "W_Module":
    from pypy27.interpreter.gateway import Builtin1, BuiltinArgs
    from pypy27.interpreter.module.builtin.astconv import BASES, FIELDS
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace.typeobject import W_ObjectObject
    w_ast = make_type(space, "AST", space.w_object, [], [])
    w_ast.dict_w["__init__"] = BuiltinArgs("__init__", ast_init, method=True)
    w_ast.dict_w["__reduce__"] = Builtin1("__reduce__", ast_reduce, method=True)
    from pypy27.interpreter.objspace import objectobject
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    w_ast.dict_w["__dict__"] = W_GetSetProperty("__dict__", objectobject.object_get_dict,
                                                objectobject.object_set_dict)
    w_mod = new_builtin_module(space, "_ast")
    w_mod.setattr_str(space, "AST", w_ast)
    w_mod.setattr_str(space, "PyCF_ONLY_AST", space.newint(1024))
    w_mod.setattr_str(space, "__version__", space.newstr("82160"))
    for name in ABSTRACT:
        attrs = ["lineno", "col_offset"] if name in WITH_POSITION else []
        w_mod.setattr_str(space, name, make_type(space, name, w_ast, [], attrs))
    for enum, names in ENUMS.items():
        for i in range(1, len(names)):
            w_t = make_type(space, names[i], state.types_w[enum], [], [])
            w_mod.setattr_str(space, names[i], w_t)
            state.singletons_w[names[i]] = W_ObjectObject(w_t)
    for name, base in BASES.items():
        attrs = ["lineno", "col_offset"] if base in WITH_POSITION else []
        w_mod.setattr_str(space, name, make_type(space, name, state.types_w[base], FIELDS[name], attrs))
    return w_mod


# ---- compile() -------------------------------------------------------------------------

def is_ast_object(space: "ObjSpace", w_obj: W_Root) -> bool:
    w_ast = state.types_w.get("AST", None)
    return w_ast is not None and space.type(w_obj).issubtype(w_ast)


def tree_to_app(space: "ObjSpace", tree: ast.mod) -> W_Root:
    from pypy27.interpreter.module.builtin.astconv import to_app
    return to_app(space, tree)


def tree_from_app(space: "ObjSpace", w_tree: W_Root, mode: str) -> ast.mod:
    from pypy27.interpreter.module.builtin.astconv import from_app_mod
    expected = "Module"
    if mode == "eval":
        expected = "Expression"
    elif mode == "single":
        expected = "Interactive"
    kind = node_kind(space, w_tree)
    if kind != expected:
        raise space.type_error("expected %s node, got %s" % (expected, space.type(w_tree).name))
    return from_app_mod(space, w_tree)
