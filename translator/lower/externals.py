"""Calls of C functions declared with support.ffi.external."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mypy.nodes import CallExpr

from pypy27.translator import lltypes as L
from pypy27.translator.ir.model import Value

if TYPE_CHECKING:
    from pypy27.translator.lower.function import FunctionLowerer

# ffi type spellings -> low-level types at the call boundary
INT_SPELLINGS = ("Signed", "Unsigned", "int", "unsigned int", "long", "unsigned long", "size_t",
                 "ssize_t", "off_t", "int64_t", "uint64_t", "int32_t", "uint32_t", "uint8_t", "void*")
FFI_TYPES: dict[str, L.LLType] = {name: L.Signed for name in INT_SPELLINGS}
FFI_TYPES.update({"double": L.Float, "char*": L.STR, "void": L.Void, "bool": L.Bool})


def lower_external_call(fl: "FunctionLowerer", ext: object, e: CallExpr) -> Value:
    argtypes = [FFI_TYPES[t] for t in getattr(ext, "argtypes")]
    restype = FFI_TYPES[getattr(ext, "restype")]
    args = [fl.coerce(fl.expr(a), t) for a, t in zip(e.args, argtypes)]
    fl.prog.externals[getattr(ext, "c_name")] = ext
    return fl.emit("ccall", args, restype, ext)
