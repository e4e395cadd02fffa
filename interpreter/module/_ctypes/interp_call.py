"""Calling a C function through libffi (ct_ffi.h's ct_call).  The app level
has already converted every argument to an int (integers, addresses) or a
float, and names the C types by ctypes type codes."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._ctypes.capi import (
    SLOT, c_call, c_get_errno, c_load_float, c_load_int, c_set_errno, c_store_float,
    c_store_int)
from pypy27.support.rawmem import raw_alloc, raw_free

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _arg(args_w: list[Optional[W_Root]], i: int) -> W_Root:
    w = args_w[i]
    assert w is not None
    return w


def ct_call(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """call(fnaddr, codes, args, flags): codes holds one code per argument and
    the result's code last ('v': void, the result is None)."""
    fn = space.int_w(_arg(args_w, 0))
    codes = space.str_w(_arg(args_w, 1))
    values_w = space.listview(_arg(args_w, 2))
    flags = space.int_w(_arg(args_w, 3))
    n = len(values_w)
    if len(codes) != n + 1:
        raise space.value_error("_ctypes call: codes do not match the arguments")
    if fn == 0:
        raise space.value_error("NULL function pointer")
    slots = raw_alloc((n + 1) * SLOT)
    res = slots + n * SLOT
    try:
        for i in range(n):
            c = codes[i]
            if c == "f" or c == "d" or c == "g":
                c_store_float(slots + i * SLOT, ord(c), space.float_w(values_w[i]))
            else:
                c_store_int(slots + i * SLOT, ord("q"), space.int_w(values_w[i]))
        if c_call(fn, codes, n, slots, res, flags) < 0:
            raise space.error(space.w_RuntimeError, "ffi_prep_cif failed")
        rc = codes[n]
        if rc == "v":
            return space.w_None
        if rc == "f" or rc == "d" or rc == "g":
            return space.newfloat(c_load_float(res, ord(rc)))
        return space.newint(c_load_int(res, ord(rc)))
    finally:
        raw_free(slots)


def ct_get_errno(space: "ObjSpace") -> W_Root:
    return space.newint(c_get_errno())


def ct_set_errno(space: "ObjSpace", w_value: W_Root) -> W_Root:
    """Set the private errno copy; returns the old value (as ctypes.set_errno)."""
    old = c_get_errno()
    c_set_errno(space.int_w(w_value))
    return space.newint(old)
