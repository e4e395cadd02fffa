"""The `_sre` module: the regular-expression engine under lib-python's re.
The pattern code format is ours (opcodes.py); sre_compile.py writes it."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, BuiltinArgs, BuiltinOpt
from pypy27.interpreter.module._sre import matchmethods as mm
from pypy27.interpreter.module._sre import opcodes as op
from pypy27.interpreter.module._sre import patternmethods as pm
from pypy27.interpreter.module._sre.chars import getlower
from pypy27.interpreter.module._sre.objects import W_SRE_Pattern, sre_types
from pypy27.interpreter.module._sre.verify import valid_code
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject

MAGIC = 20031017
CODESIZE = 4
COPYRIGHT = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "


def sre_compile(space: "ObjSpace", args: Arguments) -> W_Root:
    """compile(pattern, flags, code, groups, groupindex, indexgroup)"""
    a = args.fixedunpack(space, "compile()", 6)
    code: list[int] = []
    for w_item in space.listview(a[2]):
        code.append(space.int_w(w_item))
    if not valid_code(code):
        raise space.error(space.w_RuntimeError, "invalid SRE code")
    return W_SRE_Pattern(code, space.int_w(a[1]), space.int_w(a[3]), a[0], a[4], a[5])


def sre_getcodesize(space: "ObjSpace") -> W_Root:
    return space.newint(CODESIZE)


def sre_getlower(space: "ObjSpace", w_char: W_Root, w_flags: W_Root) -> W_Root:
    from pypy27.interpreter.module.builtin.argconv import c_int_arg
    char = c_int_arg(space, w_char)     # "ii", as 2.7
    return space.newint(getlower(char, c_int_arg(space, w_flags)))


@not_rpython
def make_type(space: "ObjSpace", name: str, dict_w: dict[str, W_Root]) -> "W_TypeObject":
    from pypy27.interpreter.objspace.typeobject import W_TypeObject, no_new_fn
    dict_w["__module__"] = space.newstr("_sre")
    # made only by compile() and the pattern methods, as in 2.7 (whose
    # object.__init__ then accepts any arguments)
    return W_TypeObject("_sre." + name, [space.w_object], dict_w, new_fn=no_new_fn)


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
    sre_types.w_pattern = make_type(space, "SRE_Pattern", {
        "match": BuiltinArgs("match", pm.pattern_match, method=True),
        "search": BuiltinArgs("search", pm.pattern_search, method=True),
        "findall": BuiltinArgs("findall", pm.pattern_findall, method=True),
        "finditer": BuiltinArgs("finditer", pm.pattern_finditer, method=True),
        "scanner": BuiltinArgs("scanner", pm.pattern_scanner, method=True),
        "sub": BuiltinArgs("sub", pm.pattern_sub, method=True),
        "subn": BuiltinArgs("subn", pm.pattern_subn, method=True),
        "split": BuiltinArgs("split", pm.pattern_split, method=True),
        "__copy__": Builtin1("__copy__", pm.pattern_copy, method=True),
        "__deepcopy__": Builtin2("__deepcopy__", pm.pattern_deepcopy, method=True),
        "pattern": W_GetSetProperty("pattern", pm.get_pattern_attr),
        "flags": W_GetSetProperty("flags", pm.get_flags),
        "groups": W_GetSetProperty("groups", pm.get_groups),
        "groupindex": W_GetSetProperty("groupindex", pm.get_groupindex),
    })
    sre_types.w_match = make_type(space, "SRE_Match", {
        "group": BuiltinArgs("group", mm.match_group_m, method=True),
        "groups": BuiltinOpt("groups", mm.match_groups, 1, 2, method=True),
        "groupdict": BuiltinOpt("groupdict", mm.match_groupdict, 1, 2, method=True),
        "start": BuiltinOpt("start", mm.match_start, 1, 2, method=True),
        "end": BuiltinOpt("end", mm.match_end, 1, 2, method=True),
        "span": BuiltinOpt("span", mm.match_span, 1, 2, method=True),
        "expand": Builtin2("expand", mm.match_expand, method=True),
        "__copy__": Builtin1("__copy__", mm.match_copy, method=True),
        "__deepcopy__": Builtin2("__deepcopy__", mm.match_deepcopy, method=True),
        "regs": W_GetSetProperty("regs", mm.get_regs),
        "lastindex": W_GetSetProperty("lastindex", mm.get_lastindex),
        "lastgroup": W_GetSetProperty("lastgroup", mm.get_lastgroup),
        "pos": W_GetSetProperty("pos", mm.get_pos),
        "endpos": W_GetSetProperty("endpos", mm.get_endpos),
        "re": W_GetSetProperty("re", mm.get_re),
        "string": W_GetSetProperty("string", mm.get_string),
    })
    sre_types.w_scanner = make_type(space, "SRE_Scanner", {
        "match": Builtin1("match", pm.scanner_match, method=True),
        "search": Builtin1("search", pm.scanner_search, method=True),
        "pattern": W_GetSetProperty("pattern", pm.scanner_get_pattern),
    })
    w_mod = new_builtin_module(space, "_sre", None)
    w_mod.setattr_str(space, "compile", BuiltinArgs("compile", sre_compile))
    w_mod.setattr_str(space, "getcodesize", Builtin0("getcodesize", sre_getcodesize))
    w_mod.setattr_str(space, "getlower", Builtin2("getlower", sre_getlower))
    w_mod.setattr_str(space, "MAGIC", space.newint(MAGIC))
    w_mod.setattr_str(space, "CODESIZE", space.newint(CODESIZE))
    w_mod.setattr_str(space, "MAXREPEAT", space.newint(op.MAXREPEAT))
    w_mod.setattr_str(space, "copyright", space.newstr(COPYRIGHT))
    return [w_mod]
