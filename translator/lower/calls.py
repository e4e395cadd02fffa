"""Lowering of calls: functions, methods, classes, built-ins and support helpers."""
from __future__ import annotations

from typing import Optional

from mypy.types import CallableType

from mypy.nodes import (ARG_NAMED, ARG_POS, CallExpr, Context, Decorator,
                        Expression, FuncDef, MemberExpr, MypyFile, NameExpr, OpExpr, RefExpr,
                        SuperExpr, TypeInfo, UnaryExpr, Var)

from pypy27.translator import lltypes as L
from pypy27.translator.classes import ClassDesc
from pypy27.translator.ir.model import Constant, Value
from pypy27.translator.lower.exprs import ExprLowerer

from pypy27.translator.program import FuncDesc

SUPPORT = "pypy27.support."
# JIT hints: no-ops today, kept in the graphs for the JIT.
JIT_MARKERS = ("jit_merge_point", "can_enter_jit")
IDENTITY_HINTS = (SUPPORT + "jit.promote", SUPPORT + "jit.hint", SUPPORT + "rarith.intmask")
OVF_OPS = {"+": "int_add_ovf", "-": "int_sub_ovf", "*": "int_mul_ovf", "<<": "int_lshift_ovf"}


class CallLowerer(ExprLowerer):

    def e_CallExpr(self, e: CallExpr, want_void: bool = False) -> Value:
        callee = e.callee
        if any(k not in (ARG_POS, ARG_NAMED) for k in e.arg_kinds):
            raise self.error("*args and **kwargs are not in the subset", e)
        if isinstance(callee, SuperExpr):
            return self.call_super(e, callee)
        is_exc_class = isinstance(callee, RefExpr) and isinstance(callee.node, TypeInfo) \
            and callee.node.has_base("builtins.BaseException")
        if isinstance(callee, NameExpr) and callee.fullname.startswith("builtins.") and not is_exc_class:
            from pypy27.translator.lower.builtins import lower_builtin_call
            return lower_builtin_call(self, callee.name, e)  # type: ignore[arg-type]
        if isinstance(callee, (NameExpr, MemberExpr)) and isinstance(callee.node, TypeInfo):
            return self.instantiate(callee.node, e, e.args)
        if isinstance(callee, RefExpr) and isinstance(callee.node, (FuncDef, Decorator)):
            fdef = callee.node.func if isinstance(callee.node, Decorator) else callee.node
            is_module_level = isinstance(callee, NameExpr) or (
                isinstance(callee, MemberExpr) and isinstance(callee.expr, RefExpr)
                and isinstance(callee.expr.node, MypyFile))
            if is_module_level:
                if fdef.fullname.startswith(SUPPORT):
                    special = self.support_call(fdef.fullname, e)
                    if special is not None:
                        return special
                return self.call_function(fdef, e)
        if isinstance(callee, MemberExpr):
            base = callee.expr
            if isinstance(base, RefExpr) and isinstance(base.node, TypeInfo):
                return self.call_unbound(self.prog.classdesc(base.node), callee.name, e)
            obj_t = self.t(base)
            if isinstance(obj_t, L.InstT) and obj_t.cls.fullname == SUPPORT + "jit.JitDriver":
                if callee.name not in JIT_MARKERS:
                    raise self.error("JitDriver has no run-time method %r" % callee.name, e)
                return self.jit_marker(e, callee.name)
            if isinstance(obj_t, L.InstT):
                obj = self.expr(base)
                owner = obj_t.cls.field_owner(callee.name)
                if owner is not None:        # a field holding a function: `self.fn(x)`
                    fn = self.emit("getfield", [obj], owner.own_fields[callee.name], (owner, callee.name))
                    return self.call_pointer(fn, e)
                return self.call_method(obj, obj_t.cls, callee.name, e)
            if obj_t == L.STR or isinstance(obj_t, (L.ListT, L.DictT)):
                from pypy27.translator.lower.methods import lower_builtin_method
                return lower_builtin_method(self, self.expr(base), callee.name, e)  # type: ignore[arg-type]
        if isinstance(callee, RefExpr) and isinstance(callee.node, Var):
            host = None
            if callee.kind == 1 or isinstance(callee, MemberExpr):    # GDEF: maybe an external C function
                mod, _, name = callee.node.fullname.rpartition(".")
                try:
                    host = self.prog.host_global(mod, name)
                except (ImportError, AttributeError):
                    host = None
            if host is not None and hasattr(host, "c_name") and hasattr(host, "argtypes"):
                from pypy27.translator.lower.externals import lower_external_call
                return lower_external_call(self, host, e)  # type: ignore[arg-type]
        return self.call_pointer(self.expr(callee), e)

    def call_pointer(self, fn: Value, e: CallExpr) -> Value:
        """Call through a function pointer value (positional arguments only)."""
        ft = fn.type
        if not isinstance(ft, L.FuncT):
            raise self.error("cannot call a value of type %s" % ft, e)
        if any(n is not None for n in e.arg_names) or len(e.args) != len(ft.args):
            raise self.error("calls through function values take exactly their positional arguments", e)
        args = [self.coerce(self.expr(a), t) for a, t in zip(e.args, ft.args)]
        return self.emit("indirect_call", [fn] + args, ft.result, None, canraise=True)

    # ---- argument binding -------------------------------------------------------------
    def bind_args(self, fdef: FuncDef, e: CallExpr, args: list[Expression], skip: int) -> list[Value]:
        """Match call arguments to parameters (positional, keyword, defaults)."""
        params = fdef.arguments[skip:]
        slots: list[Optional[Value]] = [None] * len(params)
        names = [p.variable.name for p in params]
        pos = 0
        for a, kind, name in zip(args, e.arg_kinds[len(e.args) - len(args):], e.arg_names[len(e.args) - len(args):]):
            if kind == ARG_POS:
                slots[pos] = self.expr(a)
                pos += 1
            else:
                assert name is not None
                slots[names.index(name)] = self.expr(a)
        out: list[Value] = []
        for p, v in zip(params, slots):
            if v is None:
                if p.initializer is None:
                    raise self.error("missing argument %r" % p.variable.name, e)
                v = self.expr(p.initializer)
            out.append(v)
        return out

    def coerce_args(self, sig: L.FuncT, args: list[Value]) -> list[Value]:
        return [self.coerce(a, t) for a, t in zip(args, sig.args)]

    def direct_call(self, fd: FuncDesc, args: list[Value]) -> Value:
        assert fd.sig is not None
        return self.emit("direct_call", self.coerce_args(fd.sig, args), fd.sig.result, fd, canraise=True)

    def call_function(self, fdef: FuncDef, e: CallExpr) -> Value:
        env = None
        ft = fdef.type
        if isinstance(ft, CallableType) and ft.variables:
            from pypy27.translator.lower.generics import call_bindings
            env = call_bindings(ft, self.prog.type_of(e.callee))
            if self.prog.tvar_env:     # a generic calling a generic: bind through our own bindings
                from mypy.expandtype import expand_type
                env = {k: expand_type(v, self.prog.tvar_env) for k, v in env.items()}  # type: ignore
        fd = self.prog.funcdesc(fdef, None, env)
        return self.direct_call(fd, self.bind_args(fdef, e, e.args, 0))

    # ---- methods ---------------------------------------------------------------------
    def method_target(self, cls: ClassDesc, name: str, ctx: Context) -> tuple[ClassDesc, FuncDef]:
        r = cls.resolve_method(name)
        if r is None:
            raise self.error("%s has no method %r" % (cls.name, name), ctx)
        return r

    def call_method(self, obj: Value, cls: ClassDesc, name: str, e: CallExpr) -> Value:
        owner, fdef = self.method_target(cls, name, e)
        args = [obj] + self.bind_args(fdef, e, e.args, 1)
        return self.invoke_method(cls, owner, fdef, name, args)

    def call_method_value(self, obj: Value, name: str, args: list[Value], ctx: Optional[Context]) -> Value:
        t = obj.type
        if not isinstance(t, L.InstT):
            raise self.error("method call on %s" % t, ctx)
        owner, fdef = self.method_target(t.cls, name, ctx)  # type: ignore[arg-type]
        return self.invoke_method(t.cls, owner, fdef, name, [obj] + args)

    def invoke_method(self, cls: ClassDesc, owner: ClassDesc, fdef: FuncDef, name: str,
                      args: list[Value]) -> Value:
        """A virtual call. Subclasses may appear later in the lowering, so the
        C backend devirtualises it once every class is known."""
        fd = self.prog.funcdesc(fdef, owner)
        self.prog.used_slots[(cls.fullname, name)] = True
        assert fd.sig is not None
        return self.emit("method_call", self.coerce_args(fd.sig, args), fd.sig.result, (cls, name, fd),
                         canraise=True)

    def call_super(self, e: CallExpr, callee: SuperExpr) -> Value:
        info = callee.info
        assert info is not None
        cd = self.prog.classdesc(info)
        if cd.base is None or cd.base.resolve_method(callee.name) is None or \
                cd.base.resolve_method(callee.name)[0].is_builtin:  # type: ignore[index]
            if callee.name == "__init__":
                return Constant(None, L.NONE)        # Exception.__init__ and object.__init__
            raise self.error("super().%s not found" % callee.name, e)
        owner, fdef = cd.base.resolve_method(callee.name)  # type: ignore[misc]
        selfv = self.vars[id(self.fd.fdef.arguments[0].variable)]
        return self.direct_call(self.prog.funcdesc(fdef, owner), [selfv] + self.bind_args(fdef, e, e.args, 1))

    def call_unbound(self, cd: ClassDesc, name: str, e: CallExpr) -> Value:
        """`Base.method(self, ...)`: a direct call of that class's method."""
        r = cd.resolve_method(name)
        if r is None or r[0].is_builtin:
            if name == "__init__":
                for a in e.args:
                    self.expr(a)
                return Constant(None, L.NONE)
            raise self.error("%s has no method %r" % (cd.name, name), e)
        owner, fdef = r
        args = [self.expr(e.args[0])] + self.bind_args(fdef, e, e.args[1:], 1)
        return self.direct_call(self.prog.funcdesc(fdef, owner), args)

    # ---- instantiation ---------------------------------------------------------------
    def instantiate(self, info: TypeInfo, e: CallExpr, args: list[Expression]) -> Value:
        if info.fullname == "pypy27.support.objectmodel.r_dict":
            return self.new_rdict(e)
        cd = self.prog.classdesc(info) if not info.defn.type_vars else None
        if cd is None:
            lt = self.t(e)          # a generic class: the instantiation mypy inferred
            assert isinstance(lt, L.InstT)
            cd = lt.cls
        cd.instantiated = True
        obj = self.emit("malloc", [], L.InstT(cd), cd)
        r = cd.resolve_method("__init__")
        if r is not None and not r[0].is_builtin:
            owner, fdef = r
            self.direct_call(self.prog.funcdesc(fdef, owner), [obj] + self.bind_args(fdef, e, args, 1))
        elif cd.is_builtin or (r is not None and r[0].is_builtin):
            # built-in exception: keep the message for error reports
            for a in args:
                self.expr(a)
        return obj

    def new_rdict(self, e: CallExpr) -> Value:
        """r_dict(eq, hash): the functions must be top-level functions (constants)."""
        dt = self.t(e)
        assert isinstance(dt, L.DictT)
        fns = []
        for a in e.args:
            f = self.expr(a)
            if not (isinstance(f, Constant) and isinstance(f.value, FuncDesc)):
                raise self.error("r_dict() needs top-level functions for eq and hash", e)
            fns.append(f.value)
        return self.emit("new_rdict", [], dt, (fns[0], fns[1], dt))

    # ---- support library ----------------------------------------------------------------
    def support_call(self, fullname: str, e: CallExpr) -> Optional[Value]:
        short = fullname[len(SUPPORT):]
        if short == "rarith.ovfcheck":
            return self.ovfcheck(e.args[0], e)
        if fullname in IDENTITY_HINTS:
            v = self.expr(e.args[0])
            if short == "jit.promote":
                return self.emit("jit_promote", [v], v.type)
            return v
        if short == "objectmodel.we_are_translated":
            return Constant(True, L.Bool)
        if short == "jit.we_are_jitted":
            return self.emit("jit_we_are_jitted", [], L.Bool)
        if short == "objectmodel.newlist_hint":
            lt = self.t(e)
            assert isinstance(lt, L.ListT)
            self.expr(e.args[0])
            return self.rtcall("rt_list_new", [Constant(0, L.Signed), Constant(L.is_ref(lt.item), L.Bool)], lt)
        mod, _, name = fullname.rpartition(".")
        host = self.prog.host_global(mod, name)
        if getattr(host, "_primitive_", False):
            # C in translator/c/primitives.h
            callee = e.callee
            assert isinstance(callee, RefExpr)
            fdef = callee.node.func if isinstance(callee.node, Decorator) else callee.node
            assert isinstance(fdef, FuncDef)
            fd = self.prog.signature(fdef)
            args = self.coerce_args(fd, self.bind_args(fdef, e, e.args, 0))
            return self.rtcall("ps_" + name, args, fd.result, canraise=True)
        return None

    def ovfcheck(self, arg: Expression, e: CallExpr) -> Value:
        if isinstance(arg, OpExpr) and arg.op in OVF_OPS:
            a = self.coerce(self.expr(arg.left), L.Signed)
            b = self.coerce(self.expr(arg.right), L.Signed)
            return self.emit(OVF_OPS[arg.op], [a, b], L.Signed, None, canraise=True)
        if isinstance(arg, UnaryExpr) and arg.op == "-":
            return self.emit("int_neg_ovf", [self.coerce(self.expr(arg.expr), L.Signed)], L.Signed,
                             None, canraise=True)
        raise self.error("ovfcheck() needs a +, -, * or << expression", e)

    def jit_marker(self, e: CallExpr, name: str) -> Value:
        """jit_merge_point / can_enter_jit: checked against the driver now, kept in
        the graph (with the driver and the variables' names) for the JIT."""
        callee = e.callee
        assert isinstance(callee, MemberExpr)
        driver = None
        if isinstance(callee.expr, RefExpr) and isinstance(callee.expr.node, Var):
            mod, _, gname = callee.expr.node.fullname.rpartition(".")
            driver = self.prog.host_global(mod, gname)
        if driver is None:
            raise self.error("%s must be called on a module-level JitDriver" % name, e)
        names = [n for n in e.arg_names]
        expected = list(getattr(driver, "greens")) + list(getattr(driver, "reds"))
        if sorted(n or "" for n in names) != sorted(expected):
            raise self.error("%s: arguments %s do not match the driver's greens+reds %s"
                             % (name, names, expected), e)
        for a, n in zip(e.args, names):
            if not (isinstance(a, NameExpr) and a.name == n):
                raise self.error("%s: argument %s must be the local variable of that name" % (name, n), e)
        args = [self.expr(a) for a in e.args]
        return self.emit("jit_marker", args, L.Void, (name, names, driver))
