"""LOOKUP_METHOD / CALL_METHOD: `obj.meth(args)` without a bound-method object.

The compiler emits them for a call whose callee is an attribute (no *args or
**kwargs; opcodes.py).  LOOKUP_METHOD pops obj and pushes two values:

    [function, obj]   the attribute cache (attrcache.py) says obj.meth is a
                      plain function, or a built-in method descriptor, of
                      obj's class, not shadowed by the instance: binding it
                      would only make a bound method to be thrown away;
    [NULL, bound]     anything else: bound is getattr(obj, name), as
                      LOAD_ATTR would push it.

CALL_METHOD (CALL_FUNCTION's argument) calls either shape.  The first one
passes obj as the first argument straight into the new frame; whenever that
fast path does not apply (profiling, a call that needs the general argument
binding or reports an error) the bound method is made after all and the
call is exactly CALL_FUNCTION's, so behaviour and messages are unchanged.
"""
from typing import Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.function import W_Function, run_and_release
from pypy27.interpreter.gateway import W_Builtin
from pypy27.interpreter.objspace import attrcache
from pypy27.interpreter.objspace.descroperation import dictless_builtin
from pypy27.interpreter.objspace.mapdict import AttrMap, map_state
from pypy27.interpreter.objspace.typeobject import W_ObjectObject, W_TypeObject
from pypy27.interpreter.pyframe import PyFrame
from pypy27.interpreter.pyopcode import call_function, frame_for_keywords, is_profiling


def cached_method(w_type: W_TypeObject, m: AttrMap, name: str) -> Optional[W_Root]:
    """The class attribute that obj.name binds, when the read cache has a
    valid entry saying the read is a plain binding of a function or of a
    built-in method; None otherwise (a miss included: the general getattr
    then fills the entry)."""
    e = attrcache.read_cache.entries[attrcache.slot_for(w_type, m, name)]
    if e.w_type is w_type and e.map is m and e.name is name and e.version == w_type.version \
            and e.kind == attrcache.BIND:
        w_descr = e.w_descr
        if type(w_descr) is W_Function:
            return w_descr
        if isinstance(w_descr, W_Builtin) and w_descr.is_method:
            return w_descr
    return None


def lookup_method(frame: PyFrame, oparg: int) -> None:
    space = frame.space
    w_obj = frame.pop()
    name = frame.pycode.co_names[oparg]
    w_descr: Optional[W_Root] = None
    if isinstance(w_obj, W_ObjectObject):
        if w_obj.w_dict is None:
            w_descr = cached_method(w_obj.w_class, w_obj.attrmap, name)
    elif dictless_builtin(w_obj):
        w_descr = cached_method(space.type(w_obj), map_state.empty, name)
        if w_descr is not None and not isinstance(w_descr, W_Builtin):
            w_descr = None
    if w_descr is not None:
        frame.push(w_descr)
        frame.push(w_obj)
        return
    w_attr = space.getattr(w_obj, frame.pycode.co_names_w[oparg])
    push_null(frame)
    frame.push(w_attr)


def push_null(frame: PyFrame) -> None:
    frame.valuestack_w[frame.depth] = None
    frame.depth += 1


def call_method(frame: PyFrame, oparg: int) -> None:
    nargs = oparg & 0xff
    nkw = (oparg >> 8) & 0xff
    nstack = nargs + 2 * nkw
    base = frame.depth - nstack - 2
    w_first = frame.valuestack_w[base]
    if w_first is not None:
        w_self = frame.valuestack_w[base + 1]
        assert w_self is not None
        if not is_profiling():
            if type(w_first) is W_Function:
                if call_into_frame(frame, w_first, w_self, nargs, nkw):
                    return
            elif nkw == 0 and nargs <= 2 and isinstance(w_first, W_Builtin):
                space = frame.space
                if nargs == 0:
                    w_res = w_first.call_self0(space, w_self)
                elif nargs == 1:
                    w_res = w_first.call_self1(space, w_self, frame.peekn(0))
                else:
                    w_res = w_first.call_self2(space, w_self, frame.peekn(1), frame.peekn(0))
                frame.dropvaluesuntil(base)
                frame.push(w_res)
                return
        # the general path: bind after all, then call as CALL_FUNCTION does
        space = frame.space
        frame.valuestack_w[base + 1] = space.get_descr(w_first, w_self, space.type(w_self))
        frame.valuestack_w[base] = None
    # [NULL, callable, args...]: CALL_FUNCTION's layout above the NULL
    call_function(frame, oparg, None, None)
    w_res = frame.pop()
    frame.depth -= 1        # the NULL
    frame.push(w_res)


def call_into_frame(frame: PyFrame, w_func: W_Function, w_self: W_Root, nargs: int, nkw: int) -> bool:
    """w_func(w_self, args...) with the arguments going from the value stack
    straight into the new frame; False (stack untouched) when the call needs
    the general argument binding."""
    space = frame.space
    nstack = nargs + 2 * nkw
    if nkw == 0:
        new_frame = w_func.frame_for_positional(space, 1 + nargs)
    else:
        new_frame = frame_for_keywords(frame, w_func, 1 + nargs, nkw)
    if new_frame is None:
        return False
    locals_w = new_frame.locals_w
    locals_w[0] = w_self
    for i in range(nargs):
        locals_w[1 + i] = frame.peekn(nstack - 1 - i)
    frame.dropvaluesuntil(frame.depth - nstack - 2)
    frame.push(run_and_release(new_frame))
    return True
