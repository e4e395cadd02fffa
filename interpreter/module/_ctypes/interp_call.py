"""Calling a C function through libffi (ct_ffi.h's ct_call).  The app level
has already converted every argument to an int (integers, addresses) or a
float, and names the C types by ctypes type codes."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module._ctypes.capi import (
    CT_PENDING, SLOT, c_call, c_call_co, c_cb_info, c_closure_code, c_closure_free,
    c_closure_new, c_get_errno, c_load_float, c_load_int, c_resume, c_set_errno,
    c_store_float, c_store_int)
from pypy27.support.rawmem import raw_alloc, raw_free

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _arg(args_w: list[Optional[W_Root]], i: int) -> W_Root:
    w = args_w[i]
    assert w is not None
    return w


def ct_call(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """call(fnaddr, codes, args, flags, dispatch): codes holds one code per
    argument and the result's code last ('v': void, the result is None).
    dispatch None: a direct call; otherwise the call runs on its own C stack
    and dispatch(id, argument pointers, result buffer) serves the callbacks
    it makes."""
    fn = space.int_w(_arg(args_w, 0))
    codes = space.str_w(_arg(args_w, 1))
    values_w = space.listview(_arg(args_w, 2))
    flags = space.int_w(_arg(args_w, 3))
    w_dispatch = _arg(args_w, 4)
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
        if space.is_w(w_dispatch, space.w_None):
            if c_call(fn, codes, n, slots, res, flags) < 0:
                raise space.error(space.w_RuntimeError, "ffi_prep_cif failed")
        else:
            _call_serving_callbacks(space, fn, codes, n, slots, res, flags, w_dispatch)
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


def _call_serving_callbacks(space: "ObjSpace", fn: int, codes: str, n: int, slots: int, res: int,
                            flags: int, w_dispatch: W_Root) -> None:
    rc = c_call_co(fn, codes, n, slots, res, flags)
    if rc == -1:
        raise space.error(space.w_RuntimeError, "ffi_prep_cif failed or callbacks nested too deeply")
    error: Optional[OperationError] = None
    while rc == CT_PENDING:
        w_id = space.newint(c_cb_info(0))
        w_args = space.newint(c_cb_info(1))
        w_res = space.newint(c_cb_info(2))
        try:
            space.call_function(w_dispatch, [w_id, w_args, w_res])
        except OperationError as e:
            # the C stack must finish before anything propagates
            if error is None:
                error = e
        rc = c_resume()
    if error is not None:
        raise error


def ct_closure_new(space: "ObjSpace", w_codes: W_Root, w_id: W_Root) -> W_Root:
    """A libffi closure for the signature codes (result code last) calling
    back with id: (holder, C address); (0, 0) on failure."""
    codes = space.str_w(w_codes)
    holder = c_closure_new(codes, len(codes) - 1, space.int_w(w_id))
    if holder == 0:
        return space.newtuple([space.newint(0), space.newint(0)])
    return space.newtuple([space.newint(holder), space.newint(c_closure_code(holder))])


def ct_closure_free(space: "ObjSpace", w_holder: W_Root) -> W_Root:
    c_closure_free(space.int_w(w_holder))
    return space.w_None
