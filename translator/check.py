"""The subset checker: mypy in strict mode, then the subset's own rules.

    python3 -m pypy27.translator.check [PACKAGE ...]

With no argument it checks every package of translated code (TRANSLATED).
Each rejection is printed as `file:line: reason`; the exit status is 1 if any.
Module-level code runs at build time on the host and is not restricted; the
bodies of functions and methods are (docs/subset.md). Functions marked
@primitive or @not_rpython (support/markers.py) are host-only and skipped.
"""
from __future__ import annotations

import os
import sys
import time

from mypy.nodes import (ARG_POS, ARG_OPT, ARG_NAMED, ARG_NAMED_OPT, AwaitExpr, BytesExpr, CallExpr,
                        ClassDef, Decorator, FuncDef, GeneratorExpr, GlobalDecl, LambdaExpr,
                        MatchStmt, MypyFile, NameExpr, Node, NonlocalDecl, OverloadedFuncDef,
                        AssignmentExpr, SetComprehension, SetExpr, StarExpr, TypeInfo, YieldExpr,
                        YieldFromExpr, Var, DictionaryComprehension, RefExpr)
from mypy.types import AnyType, DeletedType, get_proper_type

from pypy27.support import importroot

TRANSLATED = ["interpreter", "gc", "jit", "support", "goal", "translator.examples"]
ALLOWED_DECORATORS = ("pypy27.support.jit.", "pypy27.support.markers.", "pypy27.support.objectmodel.")
FORBIDDEN_CALLS = {"builtins.getattr": "getattr()", "builtins.setattr": "setattr()",
                   "builtins.eval": "eval()", "builtins.exec": "exec()", "builtins.globals": "globals()",
                   "builtins.locals": "locals()", "builtins.vars": "vars()",
                   "builtins.set": "sets", "builtins.frozenset": "sets", "builtins.iter": "iter()",
                   "builtins.next": "next()", "builtins.hasattr": "hasattr()", "builtins.id": "id()",
                   "builtins.sorted": "sorted()", "builtins.map": "map()",
                   "builtins.filter": "filter()", "builtins.hash": "hash()", "builtins.tuple": "tuple()"}
FORBIDDEN_NODES = {
    LambdaExpr: "lambda", GeneratorExpr: "generator expressions", YieldExpr: "generators (yield)",
    YieldFromExpr: "yield from", AwaitExpr: "async", SetExpr: "sets", SetComprehension: "sets",
    DictionaryComprehension: "dict comprehensions", StarExpr: "star-unpacking",
    AssignmentExpr: "the walrus operator", MatchStmt: "match", BytesExpr: "bytes",
    GlobalDecl: "global", NonlocalDecl: "nonlocal",
}


class Problem:
    def __init__(self, path: str, line: int, msg: str) -> None:
        self.path = path
        self.line = line
        self.msg = msg

    def __str__(self) -> str:
        return "%s:%d: %s" % (self.path, self.line, self.msg)


def relpath(path: str) -> str:
    return os.path.relpath(os.path.realpath(path), importroot.REPO)


def is_host_only(node: Node) -> bool:
    decorators = node.decorators if isinstance(node, Decorator) else []
    for d in decorators:
        if isinstance(d, RefExpr) and d.fullname in ("pypy27.support.markers.primitive",
                                                     "pypy27.support.markers.not_rpython",
                                                     "pypy27.support.objectmodel.not_rpython"):
            return True
    return False


class BodyChecker:
    """Walks a function body and reports constructs outside the subset."""

    def __init__(self, path: str, out: list[Problem]) -> None:
        self.path = path
        self.out = out

    def report(self, node: Node, msg: str) -> None:
        self.out.append(Problem(self.path, node.line, msg))

    def walk(self, node: Node, top: bool = True, in_listcomp: bool = False) -> None:
        for cls, what in FORBIDDEN_NODES.items():
            # a list comprehension holds a GeneratorExpr node: that one is fine
            if isinstance(node, cls) and not (in_listcomp and isinstance(node, GeneratorExpr)):
                self.report(node, "%s is not in the subset" % what)
        if isinstance(node, (FuncDef, Decorator, ClassDef)) and not top:
            self.report(node, "nested functions and classes are not in the subset")
            return
        if isinstance(node, CallExpr):
            if any(k not in (ARG_POS, ARG_NAMED) for k in node.arg_kinds):
                self.report(node, "*args/**kwargs in calls are not in the subset")
            if isinstance(node.callee, NameExpr) and node.callee.fullname in FORBIDDEN_CALLS:
                self.report(node, "%s is not in the subset" % FORBIDDEN_CALLS[node.callee.fullname])
        for child in children(node):
            self.walk(child, False, type(node).__name__ == "ListComprehension")


def children(node: Node) -> list[Node]:
    """Direct sub-nodes (statements and expressions) of a mypy node."""
    out: list[Node] = []
    for attr in CHILD_ATTRS.get(type(node).__name__, ()):
        v = getattr(node, attr, None)
        if v is None:
            continue
        if isinstance(v, Node):
            out.append(v)
        elif isinstance(v, (list, tuple)):
            for x in v:
                if isinstance(x, Node):
                    out.append(x)
                elif isinstance(x, (list, tuple)):
                    out.extend(y for y in x if isinstance(y, Node))
    return out


CHILD_ATTRS: dict[str, tuple[str, ...]] = {
    "FuncDef": ("body",), "Decorator": ("func",), "Block": ("body",),
    "ExpressionStmt": ("expr",), "AssignmentStmt": ("lvalues", "rvalue"),
    "OperatorAssignmentStmt": ("lvalue", "rvalue"), "WhileStmt": ("expr", "body", "else_body"),
    "ForStmt": ("index", "expr", "body", "else_body"), "ReturnStmt": ("expr",),
    "AssertStmt": ("expr", "msg"), "DelStmt": ("expr",), "IfStmt": ("expr", "body", "else_body"),
    "RaiseStmt": ("expr", "from_expr"), "TryStmt": ("body", "types", "vars", "handlers", "else_body",
                                                    "finally_body"),
    "WithStmt": ("expr", "target", "body"), "CallExpr": ("callee", "args"), "OpExpr": ("left", "right"),
    "ComparisonExpr": ("operands",), "UnaryExpr": ("expr",), "MemberExpr": ("expr",),
    "IndexExpr": ("base", "index"), "SliceExpr": ("begin_index", "end_index", "stride"),
    "ListExpr": ("items",), "TupleExpr": ("items",), "DictExpr": ("items",), "SetExpr": ("items",),
    "ConditionalExpr": ("cond", "if_expr", "else_expr"), "ListComprehension": ("generator",),
    "GeneratorExpr": ("left_expr", "sequences", "condlists"), "CastExpr": ("expr",),
    "StarExpr": ("expr",), "AssignmentExpr": ("target", "value"), "LambdaExpr": ("body",),
    "YieldExpr": ("expr",), "YieldFromExpr": ("expr",), "AwaitExpr": ("expr",),
    "SetComprehension": ("generator",), "DictionaryComprehension": ("key", "value", "sequences", "condlists"),
}


def check_function(fdef: FuncDef, path: str, out: list[Problem], prog: object) -> None:
    from pypy27.translator.classes import SubsetError
    from pypy27.translator.program import Program
    assert isinstance(prog, Program)
    for a in fdef.arguments:
        if a.kind not in (ARG_POS, ARG_OPT, ARG_NAMED, ARG_NAMED_OPT):
            out.append(Problem(path, fdef.line, "*args/**kwargs in definitions are not in the subset"))
    try:
        prog.signature(fdef)
    except SubsetError as e:
        out.append(Problem(path, e.line or fdef.line, e.msg))
    BodyChecker(path, out).walk(fdef.body, False)
    # local variable types
    for v in local_vars(fdef):
        if v.type is not None and not isinstance(get_proper_type(v.type), DeletedType):
            if isinstance(get_proper_type(v.type), AnyType):
                out.append(Problem(path, v.line if v.line > 0 else fdef.line,
                                   "variable %r has type Any" % v.name))
                continue
            try:
                prog.lltype(v.type, path, fdef.line)
            except SubsetError as e:
                out.append(Problem(path, v.line if v.line > 0 else fdef.line, "%s: %s" % (v.name, e.msg)))


def local_vars(fdef: FuncDef) -> list[Var]:
    out: list[Var] = []

    def walk(n: Node) -> None:
        if isinstance(n, NameExpr) and isinstance(n.node, Var) and n.is_inferred_def:
            out.append(n.node)
        for c in children(n):
            walk(c)
    walk(fdef.body)
    return out


def check_class(info: TypeInfo, path: str, out: list[Problem], prog: object) -> None:
    from pypy27.translator.classes import SubsetError
    from pypy27.translator.program import Program
    assert isinstance(prog, Program)
    if len(info.bases) > 1:
        for extra in info.bases[1:]:
            host = None
            try:
                host = ClassHost.get(extra.type)
            except Exception:
                pass
            if not getattr(host, "_mixin_", False) and not getattr(host, "_is_mixin", False):
                out.append(Problem(path, info.defn.line, "extra base %s is not a @mixin" % extra.type.name))
    if info.metaclass_type is not None and info.metaclass_type.type.fullname not in (
            "builtins.type", "abc.ABCMeta"):
        out.append(Problem(path, info.defn.line, "metaclasses are not in the subset"))
    try:
        prog.classdesc(info)
    except SubsetError as e:
        out.append(Problem(path, e.line or info.defn.line, e.msg))


class ClassHost:
    @staticmethod
    def get(info: TypeInfo) -> object:
        import importlib
        mod, _, name = info.fullname.rpartition(".")
        return getattr(importlib.import_module(mod), name)


def check_file(f: MypyFile, out: list[Problem], prog: object) -> None:
    if "HOST_ONLY" in f.names:
        return                     # a build-time module (support/markers.py, ...)
    path = relpath(f.path)
    for d in f.defs:
        visit_def(d, path, out, prog)


def visit_def(d: Node, path: str, out: list[Problem], prog: object) -> None:
    if isinstance(d, Decorator):
        if is_host_only(d):
            return
        for dec in d.decorators:
            target = dec.callee if isinstance(dec, CallExpr) else dec
            if not (isinstance(target, RefExpr) and target.fullname.startswith(ALLOWED_DECORATORS)):
                name = target.fullname if isinstance(target, RefExpr) else type(target).__name__
                out.append(Problem(path, d.line, "decorator %s is not in the subset" % name))
        check_function(d.func, path, out, prog)
    elif isinstance(d, FuncDef):
        check_function(d, path, out, prog)
    elif isinstance(d, OverloadedFuncDef):
        if d.impl is None or not is_host_only(d.impl):
            out.append(Problem(path, d.line, "overloads are not in the subset"))
    elif isinstance(d, ClassDef):
        info = d.info
        host = None
        try:
            host = ClassHost.get(info)
        except Exception:
            pass
        if getattr(host, "_primitive_", False) or getattr(host, "_not_rpython_", False):
            return
        check_class(info, path, out, prog)
        for s in d.defs.body:
            if isinstance(s, (FuncDef, Decorator, OverloadedFuncDef)):
                visit_def(s, path, out, prog)


def run(packages: list[str]) -> list[Problem]:
    from pypy27.translator.frontend.mypybuild import discover, typecheck
    from pypy27.translator.program import Program
    importroot.ensure()
    mods: list[str] = []
    for p in packages:
        full = importroot.ROOT_PACKAGE + "." + p
        if os.path.isdir(os.path.join(importroot.REPO, *p.split("."))):
            mods.extend(discover(full))
    typed = typecheck(mods)
    problems = [Problem("", 0, "mypy: " + e) for e in typed.errors]
    if problems:
        return problems
    prog = Program(typed)
    for m in mods:
        if m in typed.files:
            check_file(typed.files[m], problems, prog)
    return problems


def main(argv: list[str]) -> int:
    t0 = time.time()
    packages = argv or TRANSLATED
    problems = run(packages)
    for p in problems:
        print(p)
    print("subset check of %s: %d problem(s) in %.1fs" % (", ".join(packages), len(problems), time.time() - t0))
    return 1 if problems else 0


if __name__ == "__main__":
    importroot.ensure()
    sys.exit(main(sys.argv[1:]))
