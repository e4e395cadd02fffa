"""Class descriptions: record layout, type ids, vtable slots.

Layout follows single inheritance: a class's fields and vtable slots extend its
parent's, so a pointer to a subclass instance is usable as its parent.
Type ids are numbered in preorder so `isinstance` is one range check.
"""
from __future__ import annotations

import importlib
import re
from typing import Optional

from mypy.nodes import Decorator, FuncDef, TypeInfo, Var

from pypy27.translator.lltypes import LLType


class SubsetError(Exception):
    """Code outside the subset, reported with file and line."""

    def __init__(self, msg: str, path: str = "", line: int = 0) -> None:
        Exception.__init__(self, "%s:%d: %s" % (path, line, msg))
        self.msg = msg
        self.path = path
        self.line = line


def funcdef_in(info: TypeInfo, name: str) -> Optional[FuncDef]:
    """The function `name` defined in a class body (decorated or not), if any."""
    node = info.names[name].node
    if isinstance(node, Decorator):
        node = node.func
    return node if isinstance(node, FuncDef) else None


class ClassDesc:
    def __init__(self, info: TypeInfo, base: Optional["ClassDesc"], suffix: str = "",
                 env: Optional[dict[object, object]] = None) -> None:
        self.info = info
        # a generic class has one ClassDesc per instantiation: the suffix names its type arguments
        self.fullname = info.fullname + suffix
        self.env: dict[object, object] = env or {}
        self.name = info.name
        self.base = base
        self.subclasses: list[ClassDesc] = []
        if base is not None:
            base.subclasses.append(self)
        self.is_builtin = info.fullname.startswith("builtins.")
        self.own_fields: dict[str, LLType] = {}
        self.tid = 0
        self.tid_max = 0
        self.instantiated = False
        self._host: object = None
        self.c_name = "C_" + re.sub(r"[^A-Za-z0-9_]", "_", self.fullname)

    # ---- hierarchy -------------------------------------------------------
    def mro(self) -> list["ClassDesc"]:
        out: list[ClassDesc] = []
        c: Optional[ClassDesc] = self
        while c is not None:
            out.append(c)
            c = c.base
        return out

    def is_subclass_of(self, other: "ClassDesc") -> bool:
        return other in self.mro()

    def subtree(self) -> list["ClassDesc"]:
        out = [self]
        for s in self.subclasses:
            out.extend(s.subtree())
        return out

    # ---- fields --------------------------------------------------------------
    def all_fields(self) -> list[tuple[str, LLType, "ClassDesc"]]:
        out: list[tuple[str, LLType, ClassDesc]] = []
        for c in reversed(self.mro()):
            for name, t in c.own_fields.items():
                out.append((name, t, c))
        return out

    def field_owner(self, name: str) -> Optional["ClassDesc"]:
        for c in self.mro():
            if name in c.own_fields:
                return c
        return None

    # ---- methods -------------------------------------------------------------
    def own_method(self, name: str) -> Optional[FuncDef]:
        if self.is_builtin:
            return None
        if name in self.info.names:
            return funcdef_in(self.info, name)
        # methods of mixins are copied into the class using them
        return self._mixin_method(name)

    def _mixin_method(self, name: str) -> Optional[FuncDef]:
        """Mixins are the extra bases (all but the first); their methods count as own."""
        for extra in self.info.bases[1:]:
            for ti in extra.type.mro:
                if ti.fullname != "builtins.object" and name in ti.names:
                    return funcdef_in(ti, name)
        return None

    def resolve_method(self, name: str) -> Optional[tuple["ClassDesc", FuncDef]]:
        for c in self.mro():
            m = c.own_method(name)
            if m is not None:
                return c, m
        return None

    def class_attr(self, name: str) -> Optional[tuple["ClassDesc", Var]]:
        for c in self.mro():
            if c.is_builtin:
                continue
            sym = c.info.names.get(name)
            if sym is not None and isinstance(sym.node, Var) and name not in c.own_fields:
                return c, sym.node
        return None

    def host_class(self) -> object:
        if self._host is None:
            mod, _, name = self.info.fullname.rpartition(".")
            if mod == "builtins":
                import builtins
                self._host = getattr(builtins, name)
            else:
                m = importlib.import_module(mod)
                self._host = getattr(m, name)
        return self._host

    def __repr__(self) -> str:
        return "<ClassDesc %s tid=%d>" % (self.fullname, self.tid)
