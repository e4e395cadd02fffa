"""The program database: classes, graphs and the work list of the translation.

Lowering is demand-driven: starting from the entry point, every function,
method and class that translated code reaches is added here.
"""
from __future__ import annotations

import importlib
import os
import re
from typing import Callable, Optional

from mypy.nodes import Decorator, Expression, FuncDef, TypeInfo, Var
from mypy.types import (CallableType, Instance, LiteralType, NoneType, TupleType, Type,
                        UnionType, get_proper_type)

from mypy.expandtype import expand_type  # after mypy.types: import cycle

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
        self.env: dict[object, object] = {}     # type variable bindings (monomorphisation)


class BoundMethod:
    """A method bound to a prebuilt instance, used as a function value."""

    def __init__(self, fd: FuncDesc, obj: object) -> None:
        self.fd = fd
        self.obj = obj


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
        self.tvar_env: dict[object, object] = {}   # bindings while lowering a generic function

    # ---- mypy lookups ------------------------------------------------------------
    def builtin_info(self, name: str) -> TypeInfo:
        node = self.typed.files["builtins"].names[name].node
        assert isinstance(node, TypeInfo)
        return node

    def type_of(self, e: Expression) -> Type:
        t = self.typed.types.get(e)
        if t is None:
            raise SubsetError("no type known for expression %s" % type(e).__name__, "", e.line)
        return t

    # ---- classes -------------------------------------------------------------------
    def classdesc(self, info: TypeInfo, args: Optional[list[Type]] = None) -> ClassDesc:
        """The class description of info, instantiated with args if it is generic."""
        env: dict[object, object] = {}
        suffix = ""
        if info.defn.type_vars:
            if not args or len(args) != len(info.defn.type_vars):
                raise SubsetError("generic class %s used without type arguments" % info.name)
            lls = [self.lltype(a) for a in args]
            suffix = "[%s]" % ",".join(t.key() for t in lls)
            env = {tv.id: a for tv, a in zip(info.defn.type_vars, args)}
        cd = self.classes.get(info.fullname + suffix)
        if cd is not None:
            return cd
        base: Optional[ClassDesc] = None
        if info.fullname != "builtins.object":
            if not info.bases:
                base = self.classdesc(self.builtin_info("object"))
            else:
                b = info.bases[0]
                bargs = [expand_type(a, env) for a in b.args] if env else list(b.args)  # type: ignore
                base = self.classdesc(b.type, bargs or None)
        if info.fullname.startswith("builtins.") and info.fullname != "builtins.object":
            if not info.has_base("builtins.BaseException"):
                raise SubsetError("built-in class %s cannot be used as an instance type" % info.fullname)
        cd = ClassDesc(info, base, suffix, env)
        self.classes[cd.fullname] = cd
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
            saved = self.tvar_env
            self.tvar_env = dict(cd.env)
            try:
                cd.own_fields[name] = self.lltype(node.type)
            finally:
                self.tvar_env = saved

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
        if self.tvar_env:
            t = expand_type(t, self.tvar_env)  # type: ignore[arg-type]
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
            return L.InstT(self.classdesc(p.type, list(p.args) or None))
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
            insts = [t for t in lls.values() if isinstance(t, L.InstT)]
            if len(insts) == len(lls) > 1:
                # a union of classes: their nearest common base (a pointer to any of them)
                common = insts[0].cls.mro()
                for t in insts[1:]:
                    common = [c for c in common if t.cls.is_subclass_of(c)]
                return L.InstT(common[0])
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
    def funcdesc(self, fdef: FuncDef, owner: Optional[ClassDesc],
                 call_env: Optional[dict[object, object]] = None) -> FuncDesc:
        """A function to translate; generic ones once per binding of their type variables."""
        env = dict(owner.env) if owner is not None else {}
        env.update(call_env or {})
        suffix = ""
        if call_env:
            suffix = "__" + "_".join(self.lltype(t).key() for t in call_env.values())  # type: ignore
        key = (id(fdef), (owner.fullname if owner else "") + suffix)
        fd = self.funcs.get(key)
        if fd is None:
            if owner is not None:
                c_name = "m_%s__%s" % (owner.c_name[2:], fdef.name)
            else:
                c_name = "f_" + fdef.fullname.replace(".", "_")
            c_name = re.sub(r"[^A-Za-z0-9_]", "_", c_name + suffix)
            fd = FuncDesc(fdef, owner, c_name)
            fd.env = env
            saved = self.tvar_env
            self.tvar_env = env
            try:
                fd.sig = self.signature(fdef)
            finally:
                self.tvar_env = saved
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
                saved = self.tvar_env
                self.tvar_env = fd.env
                try:
                    fd.graph = self.lowerer_factory(self, fd)
                finally:
                    self.tvar_env = saved
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

