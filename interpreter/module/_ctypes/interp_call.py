"""Calling a C function through libffi (ct_ffi.h's ct_call).  The app level
has already converted every argument to an int (integers, addresses), a
float, or a str (the bytes of a structure passed by value), and spells the
C types with ctypes type codes ("{...}" around a structure's members)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module._ctypes.capi import (
    CT_PENDING, SLOT, c_call, c_call_co, c_cb_info, c_closure_code, c_closure_free,
    c_closure_new, c_get_errno, c_load_float, c_load_int, c_resume, c_set_errno,
    c_store_float, c_store_int)
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.support.rawmem import raw_alloc, raw_free, raw_mem_to_str, raw_str_to_mem

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _arg(args_w: list[Optional[W_Root]], i: int) -> W_Root:
    w = args_w[i]
    assert w is not None
    return w


def split_codes(codes: str) -> list[str]:
    """The spelling of each type in codes ("i", "d", "{iid}"...)."""
    items: list[str] = []
    i = 0
    n = len(codes)
    while i < n:
        if codes[i] != "{":
            items.append(codes[i])
            i += 1
            continue
        depth = 0
        j = i
        while j < n:
            if codes[j] == "{":
                depth += 1
            elif codes[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        items.append(codes[i:j + 1])
        i = j + 1
    return items


def _slot_size(nbytes: int) -> int:
    if nbytes < SLOT:
        return SLOT
    return (nbytes + SLOT - 1) // SLOT * SLOT


def ct_call(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    """call(fnaddr, codes, args, flags, dispatch, ressize): codes spells each
    argument's type and the result's last ('v': void, the result is None;
    a structure's result comes back as a str of ressize bytes).  dispatch
    None: a direct call; otherwise the call runs on its own C stack and
    dispatch(id, argument pointers, result buffer) serves the callbacks it
    makes."""
    fn = space.int_w(_arg(args_w, 0))
    codes = space.str_w(_arg(args_w, 1))
    values_w = space.listview(_arg(args_w, 2))
    flags = space.int_w(_arg(args_w, 3))
    w_dispatch = _arg(args_w, 4)
    ressize = space.int_w(_arg(args_w, 5))
    n = len(values_w)
    items = split_codes(codes)
    if len(items) != n + 1:
        raise space.value_error("_ctypes call: codes do not match the arguments")
    if fn == 0:
        raise space.value_error("NULL function pointer")
    # layout: the values, each in a 16-byte aligned slot, the pointer array, the result
    offsets: list[int] = []
    total = 0
    for i in range(n):
        offsets.append(total)
        w_value = values_w[i]
        if isinstance(w_value, W_BytesObject):
            total += _slot_size(len(space.str_w(w_value)))
        else:
            total += SLOT
    pointers = total
    res = pointers + _slot_size(8 * n)
    block = raw_alloc(res + _slot_size(ressize))
    try:
        for i in range(n):
            addr = block + offsets[i]
            c = items[i]
            w_value = values_w[i]
            if c[0] == "{":
                raw_str_to_mem(space.str_w(w_value), addr, 0)
            elif c == "f" or c == "d" or c == "g":
                c_store_float(addr, ord(c), space.float_w(w_value))
            else:
                c_store_int(addr, ord("q"), space.int_w(w_value))
            c_store_int(block + pointers + 8 * i, ord("q"), addr)
        if space.is_w(w_dispatch, space.w_None):
            if c_call(fn, codes, n, block + pointers, block + res, flags) < 0:
                raise space.error(space.w_RuntimeError, "ffi_prep_cif failed")
        else:
            _call_serving_callbacks(space, fn, codes, n, block + pointers, block + res, flags,
                                    w_dispatch)
        rc = items[n]
        if rc == "v":
            return space.w_None
        if rc[0] == "{":
            return space.newstr(raw_mem_to_str(block + res, ressize, 0))
        if rc == "f" or rc == "d" or rc == "g":
            return space.newfloat(c_load_float(block + res, ord(rc)))
        return space.newint(c_load_int(block + res, ord(rc)))
    finally:
        raw_free(block)


def _call_serving_callbacks(space: "ObjSpace", fn: int, codes: str, n: int, avalues: int, res: int,
                            flags: int, w_dispatch: W_Root) -> None:
    rc = c_call_co(fn, codes, n, avalues, res, flags)
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
    holder = c_closure_new(codes, len(split_codes(codes)) - 1, space.int_w(w_id))
    if holder == 0:
        return space.newtuple([space.newint(0), space.newint(0)])
    return space.newtuple([space.newint(holder), space.newint(c_closure_code(holder))])


def ct_closure_free(space: "ObjSpace", w_holder: W_Root) -> W_Root:
    c_closure_free(space.int_w(w_holder))
    return space.w_None


def ct_get_errno(space: "ObjSpace") -> W_Root:
    return space.newint(c_get_errno())


def ct_set_errno(space: "ObjSpace", w_value: W_Root) -> W_Root:
    """Set the private errno copy; returns the old value (as ctypes.set_errno)."""
    old = c_get_errno()
    c_set_errno(space.int_w(w_value))
    return space.newint(old)
