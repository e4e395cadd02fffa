"""Front end: type-check the translated modules with mypy and keep its typed AST.

mypy (compiled with mypyc, so fast) does name binding and type inference; the
lowering reads `MypyFile` trees and the expression -> type map it returns.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from mypy import build
from mypy.modulefinder import BuildSource
from mypy.nodes import Expression, MypyFile
from mypy.options import Options
from mypy.types import Type

from pypy27.support import importroot

ROOT = importroot.ROOT_PACKAGE


@dataclass
class TypedProgram:
    files: dict[str, MypyFile]
    types: dict[Expression, Type]
    errors: list[str] = field(default_factory=list)


def module_path(modname: str) -> str:
    """File of a module of the root package (through the import-root symlink)."""
    importroot.ensure()
    rel = modname.split(".")
    base = os.path.join(importroot.IMPORT_ROOT, *rel)
    if os.path.isdir(base):
        return os.path.join(base, "__init__.py")
    return base + ".py"


def strict_options() -> Options:
    o = Options()
    o.preserve_asts = True
    o.export_types = True
    o.incremental = False
    o.mypy_path = [importroot.ensure()]
    o.python_version = (3, 11)
    # --strict, spelled out
    o.disallow_untyped_defs = True
    o.disallow_incomplete_defs = True
    o.disallow_untyped_calls = True
    o.disallow_any_generics = True
    o.check_untyped_defs = True
    o.warn_return_any = True
    o.strict_equality = True
    o.warn_unused_ignores = True
    return o


def typecheck(modnames: list[str]) -> TypedProgram:
    """Run mypy over the given modules (and what they import)."""
    sources = [BuildSource(module_path(m), m, None) for m in modnames]
    opts = strict_options()
    try:
        res = build.build(sources, opts)
        errors = list(res.errors)
    except Exception as e:  # CompileError carries the messages
        msgs = getattr(e, "messages", None)
        if msgs is None:
            raise
        return TypedProgram({}, {}, list(msgs))
    return TypedProgram(res.files, res.types, errors)


def discover(package: str) -> list[str]:
    """All modules of a package of the root package, by walking its folder."""
    importroot.ensure()
    top = os.path.join(importroot.IMPORT_ROOT, *package.split("."))
    mods: list[str] = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames
                             if os.path.exists(os.path.join(dirpath, d, "__init__.py")))
        rel = os.path.relpath(dirpath, importroot.IMPORT_ROOT).replace(os.sep, ".")
        for fn in sorted(filenames):
            if fn.endswith(".py"):
                mods.append(rel if fn == "__init__.py" else rel + "." + fn[:-3])
    return mods
