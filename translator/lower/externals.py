"""Calls of C functions declared with support.ffi.external."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mypy.nodes import CallExpr

from pypy27.translator import lltypes as L
from pypy27.translator.ir.model import Value

if TYPE_CHECKING:
    from pypy27.translator.lower.function import FunctionLowerer

# ffi type spellings -> low-level types at the call boundary
FFI_TYPES = {"Signed": L.Signed, "long": L.Signed, "int": L.Signed, "size_t": L.Signed,
             "ssize_t": L.Signed, "double": L.Float, "char*": L.STR, "void*": L.Signed,
             "void": L.Void, "bool": L.Bool}


def lower_external_call(fl: "FunctionLowerer", ext: object, e: CallExpr) -> Value:
    argtypes = [FFI_TYPES[t] for t in getattr(ext, "argtypes")]
    restype = FFI_TYPES[getattr(ext, "restype")]
    args = [fl.coerce(fl.expr(a), t) for a, t in zip(e.args, argtypes)]
    fl.prog.externals[getattr(ext, "c_name")] = ext
    return fl.emit("ccall", args, restype, ext)
