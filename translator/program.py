"""The program database: classes, graphs and the work list of the translation.

Lowering is demand-driven: starting from the entry point, every function,
method and class that translated code reaches is added here.
"""
from __future__ import annotations

import importlib
import os
from typing import Callable, Optional

from mypy.nodes import Decorator, Expression, FuncDef, MypyFile, TypeInfo, Var
from mypy.types import (CallableType, Instance, LiteralType, NoneType, TupleType, Type,
                        TypeAliasType, UnionType, get_proper_type)

from pypy27.translator import lltypes as L
from pypy27.translator.classes import ClassDesc, SubsetError
from pypy27.translator.frontend.mypybuild import TypedProgram
from pypy27.translator.ir.model import Graph

R_DICT = "pypy27.support.objectmodel.r_dict"


class FuncDesc:
    """One function to translate: a top-level function or a method of a class."""

    def __init__(self, fdef: FuncDef, owner: Optional[ClassDesc], c_name: str) -> None:
        self.fdef = fdef
        self.owner = owner
        self.c_name = c_name
        self.graph: Optional[Graph] = None
        self.sig: Optional[L.FuncT] = None


class Program:
    def __init__(self, typed: TypedProgram) -> None:
        self.typed = typed
        self.classes: dict[str, ClassDesc] = {}
        self.funcs: dict[tuple[int, str], FuncDesc] = {}
        self.todo: list[FuncDesc] = []
        self.used_slots: dict[tuple[str, str], bool] = {}   # (class fullname, method) -> called virtually
        self.root = self.classdesc(self.builtin_info("object"))
        self.lowerer_factory: Optional[Callable[["Program", FuncDesc], Graph]] = None
        self.externals: dict[str, object] = {}
        self.tuple_types: dict[str, L.TupleT] = {}

    # ---- mypy lookups ------------------------------------------------------------
    def builtin_info(self, name: str) -> TypeInfo:
        node = self.typed.files["builtins"].names[name].node
        assert isinstance(node, TypeInfo)
        return node

    def module(self, name: str) -> MypyFile:
        return self.typed.files[name]

    def type_of(self, e: Expression) -> Type:
        t = self.typed.types.get(e)
        if t is None:
            raise SubsetError("no type known for expression %s" % type(e).__name__, "", e.line)
        return t

    # ---- classes -------------------------------------------------------------------
    def classdesc(self, info: TypeInfo) -> ClassDesc:
        cd = self.classes.get(info.fullname)
        if cd is not None:
            return cd
        base: Optional[ClassDesc] = None
        if info.fullname != "builtins.object":
            if not info.bases:
                base = self.classdesc(self.builtin_info("object"))
            else:
                base = self.classdesc(info.bases[0].type)
        if info.fullname.startswith("builtins.") and info.fullname != "builtins.object":
            if not info.has_base("builtins.BaseException"):
                raise SubsetError("built-in class %s cannot be used as an instance type" % info.fullname)
        cd = ClassDesc(info, base)
        self.classes[info.fullname] = cd
        if not cd.is_builtin and not getattr(cd.host_class(), "_primitive_", False):
            self._collect_fields(cd)     # primitive classes (JitDriver) have no run-time layout
        return cd

    def classdesc_for_host(self, cls: type) -> ClassDesc:
        """The class description of a prebuilt instance's host class."""
        mod = cls.__module__
        f = self.typed.files.get(mod)
        if f is None:
            raise SubsetError("prebuilt instance of %s.%s, whose module was not type-checked"
                              % (mod, cls.__qualname__))
        sym = f.names.get(cls.__qualname__)
        if sym is None or not isinstance(sym.node, TypeInfo):
            raise SubsetError("prebuilt instance of unknown class %s.%s" % (mod, cls.__qualname__))
        return self.classdesc(sym.node)

    def funcdesc_for_host(self, func: object) -> FuncDesc:
        """The translated function of a prebuilt function object (e.g. in a table)."""
        mod = getattr(func, "__module__", "")
        f = self.typed.files.get(mod)
        sym = f.names.get(getattr(func, "__qualname__", "")) if f is not None else None
        node = sym.node if sym is not None else None
        if isinstance(node, Decorator):
            node = node.func
        if not isinstance(node, FuncDef):
            raise SubsetError("prebuilt function %r is not a translated top-level function" % (func,))
        return self.funcdesc(node, None)

    def _collect_fields(self, cd: ClassDesc) -> None:
        for name, sym in cd.info.names.items():
            node = sym.node
            if not isinstance(node, Var) or node.type is None:
                continue
            if node.has_explicit_value or node.is_classvar:
                continue           # class-level constant
            if cd.base is not None and cd.base.field_owner(name) is not None:
                continue
            cd.own_fields[name] = self.lltype(node.type)

    def assign_type_ids(self) -> None:
        counter = [16]   # RT_FIRST_USER_TID

        def walk(c: ClassDesc) -> None:
            c.tid = counter[0]
            counter[0] += 1
            for s in sorted(c.subclasses, key=lambda x: x.fullname):
                walk(s)
            c.tid_max = counter[0] - 1
        walk(self.root)

    # ---- types ---------------------------------------------------------------------
    def lltype(self, t: Type, where: str = "", line: int = 0) -> L.LLType:
        p = get_proper_type(t)
        if isinstance(p, LiteralType):
            p = p.fallback
        if isinstance(p, Instance):
            fn = p.type.fullname
            if fn == "builtins.int":
                return L.Signed
            if fn == "builtins.float":
                return L.Float
            if fn == "builtins.bool":
                return L.Bool
            if fn == "builtins.str":
                return L.STR
            if fn == "builtins.list":
                return L.ListT(self.lltype(p.args[0], where, line))
            if fn == "builtins.dict":
                return L.DictT(self.lltype(p.args[0], where, line), self.lltype(p.args[1], where, line))
            if fn == R_DICT:
                return L.DictT(self.lltype(p.args[0], where, line), self.lltype(p.args[1], where, line), True)
            if fn == "builtins.tuple":
                raise SubsetError("variable-length tuples are not in the subset", where, line)
            if fn.startswith("builtins.") and not p.type.has_base("builtins.BaseException") \
                    and fn != "builtins.object":
                raise SubsetError("type %s is not in the subset" % fn, where, line)
            return L.InstT(self.classdesc(p.type))
        if isinstance(p, NoneType):
            return L.NONE
        if isinstance(p, UnionType):
            items = [get_proper_type(i) for i in p.items]
            rest = [i for i in items if not isinstance(i, NoneType)]
            lls = {self.lltype(i, where, line).key(): self.lltype(i, where, line) for i in rest}
            if len(lls) == 1 and len(rest) > 1:      # e.g. Literal['a'] | Literal['b']
                inner = list(lls.values())[0]
                if len(rest) == len(items) or L.is_ref(inner):
                    return inner
            if len(rest) == 1 and len(items) == 2:
                inner = self.lltype(rest[0], where, line)
                if not L.is_ref(inner):
                    raise SubsetError("Optional[%s] is not in the subset (only pointer types may be None)"
                                      % inner.key(), where, line)
                return inner
            raise SubsetError("union types other than Optional are not in the subset: %s" % p, where, line)
        if isinstance(p, TupleType):
            tt = L.TupleT([self.lltype(i, where, line) for i in p.items])
            return self.tuple_types.setdefault(tt.key(), tt)
        if isinstance(p, CallableType):
            return L.FuncT([self.lltype(a, where, line) for a in p.arg_types],
                           self.result_lltype(p.ret_type, where, line))
        raise SubsetError("type %s is not in the subset" % p, where, line)

    def result_lltype(self, t: Type, where: str = "", line: int = 0) -> L.LLType:
        p = get_proper_type(t)
        if isinstance(p, NoneType):
            return L.Void
        return self.lltype(t, where, line)

    # ---- functions -----------------------------------------------------------------
    def funcdesc(self, fdef: FuncDef, owner: Optional[ClassDesc]) -> FuncDesc:
        key = (id(fdef), owner.fullname if owner else "")
        fd = self.funcs.get(key)
        if fd is None:
            if owner is not None:
                c_name = "m_%s__%s" % (owner.fullname.replace(".", "_"), fdef.name)
            else:
                c_name = "f_" + fdef.fullname.replace(".", "_")
            fd = FuncDesc(fdef, owner, c_name)
            fd.sig = self.signature(fdef)
            self.funcs[key] = fd
            self.todo.append(fd)
        return fd

    def signature(self, fdef: FuncDef) -> L.FuncT:
        ft = fdef.type
        if not isinstance(ft, CallableType):
            raise SubsetError("function %s has no type annotations" % fdef.name,
                              self.path_of(fdef), fdef.line)
        args = [self.lltype(a, self.path_of(fdef), fdef.line) for a in ft.arg_types]
        return L.FuncT(args, self.result_lltype(ft.ret_type, self.path_of(fdef), fdef.line))

    def path_of(self, fdef: FuncDef) -> str:
        mod = fdef.fullname.rsplit(".", 1)[0]
        while mod and mod not in self.typed.files:
            mod = mod.rsplit(".", 1)[0] if "." in mod else ""
        return os.path.realpath(self.typed.files[mod].path) if mod else "?"

    def host_global(self, module: str, name: str) -> object:
        m = importlib.import_module(module)
        return getattr(m, name)

    def lower_all(self) -> None:
        assert self.lowerer_factory is not None
        while True:
            while self.todo:
                fd = self.todo.pop()
                fd.graph = self.lowerer_factory(self, fd)
            # virtual calls need every override in the receiver's subtree
            before = len(self.funcs)
            for (cname, meth) in list(self.used_slots):
                for sub in self.classes[cname].subtree():
                    r = sub.resolve_method(meth)
                    if r is not None and not r[0].is_builtin:
                        self.funcdesc(r[1], r[0])
            if len(self.funcs) == before and not self.todo:
                break

    def graphs(self) -> list[Graph]:
        return [fd.graph for fd in self.funcs.values() if fd.graph is not None]

