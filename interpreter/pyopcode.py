"""The bytecode dispatch loop and the implementation of every 2.7 opcode.

Each opcode is a function `op(frame, oparg, next_instr) -> next_instr`, found
in OPCODES by number. A return value < 0 leaves the loop: RETURN (the frame
returned frame.w_return) or YIELD (a generator yielded frame.w_return).
"""
from typing import TYPE_CHECKING, Callable, Optional

from pypy27.interpreter import fastpath
from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.astcompiler import opcodes as op
from pypy27.interpreter.astcompiler.pycode import CO_FUTURE_DIVISION
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.executioncontext import ec as the_ec
from pypy27.interpreter.function import W_Cell, W_Function, W_Method
from pypy27.interpreter.gateway import W_Builtin, W_BuiltinMethod
from pypy27.interpreter.pyframe import (
    EXCEPT_BLOCK, FINALLY_BLOCK, LOOP_BLOCK, WHY_BREAK, WHY_CONTINUE, WHY_EXCEPTION,
    WHY_RETURN, WITH_BLOCK, FrameBlock, PyFrame, Reraise, SuspendedUnroller,
    dict_finditem, mapping_finditem)
from pypy27.interpreter.objspace.celldict import get_global_cell, make_module_dict
from pypy27.interpreter.objspace.dictobject import ModuleCell, W_DictObject, dict_getitem_w
from pypy27.interpreter.module.signal.delivery import signals_pending
from pypy27.support.rgc import finalizers_pending
from pypy27.interpreter.objspace.xrangeobject import W_XRangeIterObject
from pypy27.support.jit import JitDriver
from pypy27.support.markers import not_rpython
from pypy27.support.objectmodel import StackOverflow, newlist_hint

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.executioncontext import ExecutionContext
    from pypy27.interpreter.pycode import PyCode

RETURN = -1
YIELD = -2

jitdriver = JitDriver(greens=["next_instr", "is_being_profiled", "pycode"],
                      reds=["frame", "ec"], name="pypyjit")


def dispatch(frame: PyFrame, pycode: "PyCode", next_instr: int, ec: "ExecutionContext",
             operr: Optional[OperationError]) -> W_Root:
    """Run the frame from next_instr (raising operr there first, if given)
    until it returns or yields; the returned or yielded value."""
    is_being_profiled = ec.w_profilefunc is not None
    if operr is not None:
        next_instr = handle_operation_error(frame, ec, operr, True)
    while True:
        jitdriver.jit_merge_point(next_instr=next_instr, is_being_profiled=is_being_profiled,
                                  pycode=pycode, frame=frame, ec=ec)
        prev_instr = next_instr
        try:
            if ec.w_tracefunc is not None:
                trace_line(frame, ec, next_instr)
            next_instr = step(frame, pycode, next_instr)
        except OperationError as e:
            next_instr = handle_operation_error(frame, ec, e, True)
        except Reraise as r:
            next_instr = handle_operation_error(frame, ec, r.operr, False)
        except StackOverflow:
            next_instr = handle_operation_error(frame, ec, stack_overflow_error(frame.space), True)
        if next_instr < 0:
            w_result = frame.w_return
            assert w_result is not None
            frame.w_return = None
            if next_instr == RETURN:
                frame.finished = True
            else:
                # 2.7 drops a generator's caught exception when it yields
                frame.last_exception = None
            return w_result
        if next_instr < prev_instr:
            if signals_pending() or finalizers_pending():
                next_instr = run_signal_handlers(frame, ec, next_instr)
            jitdriver.can_enter_jit(next_instr=next_instr, is_being_profiled=is_being_profiled,
                                    pycode=pycode, frame=frame, ec=ec)


def run_signal_handlers(frame: PyFrame, ec: "ExecutionContext", next_instr: int) -> int:
    """At a backward jump with signals recorded: run their Python handlers
    here; an exception they raise (KeyboardInterrupt) is raised in the frame.
    Objects the collector queued for finalization (__del__, weak reference
    callbacks) are finalized here too."""
    from pypy27.interpreter.module.gc.finalize import run_finalizers
    from pypy27.interpreter.module.signal.delivery import fire_pending
    try:
        fire_pending(frame.space, frame)
    except OperationError as e:
        return handle_operation_error(frame, ec, e, True)
    run_finalizers(frame.space)
    return next_instr


def stack_overflow_error(space: "ObjSpace") -> OperationError:
    return OperationError(space.w_RuntimeError, space.newstr("maximum recursion depth exceeded"))


def step(frame: PyFrame, pycode: "PyCode", next_instr: int) -> int:
    code = pycode.co_code
    frame.last_instr = next_instr
    opcode = ord(code[next_instr])
    next_instr += 1
    oparg = 0
    if opcode >= op.HAVE_ARGUMENT:
        oparg = ord(code[next_instr]) | (ord(code[next_instr + 1]) << 8)
        next_instr += 2
        while opcode == op.EXTENDED_ARG:
            opcode = ord(code[next_instr])
            oparg = (oparg << 16) | ord(code[next_instr + 1]) | (ord(code[next_instr + 2]) << 8)
            next_instr += 3
    return OPCODES[opcode](frame, oparg, next_instr)


def trace_line(frame: PyFrame, ec: "ExecutionContext", next_instr: int) -> None:
    from pypy27.interpreter.tracing import maybe_trace_line
    maybe_trace_line(frame, ec, next_instr)


def handle_operation_error(frame: PyFrame, ec: "ExecutionContext", operr: OperationError,
                           add_traceback: bool) -> int:
    """Unwind the block stack for an exception: the handler's offset, or
    re-raise operr if the frame has no handler."""
    space = frame.space
    if add_traceback:
        from pypy27.interpreter.traceback import record_traceback
        record_traceback(space, operr, frame)
        if ec.w_tracefunc is not None or frame.w_f_trace is not None:
            from pypy27.interpreter.tracing import trace_exception
            trace_exception(space, ec, frame, operr)
    while len(frame.blocks) > 0:
        block = frame.blocks.pop()
        frame.dropvaluesuntil(block.level)
        if block.kind == LOOP_BLOCK:
            continue
        w_value = normalize_exception(space, operr)
        if block.kind == EXCEPT_BLOCK:
            frame.last_exception = operr
            frame.exc_cleared = False
        frame.push(SuspendedUnroller(WHY_EXCEPTION, None, 0, operr))
        frame.push(w_value)
        frame.push(operr.w_type)
        return block.handler
    raise operr


def normalize_exception(space: "ObjSpace", operr: OperationError) -> W_Root:
    """The exception instance (created now if raised as a class), and w_type
    made its class (2.7's PyErr_NormalizeException)."""
    w_value = operr.normalize(space)
    if space.isinstance_w(w_value, space.w_BaseException):
        operr.w_type = space.type(w_value)
    return w_value


def unroll(frame: PyFrame, unroller: SuspendedUnroller) -> int:
    """Unwind the block stack for return, break or continue."""
    why = unroller.why
    while len(frame.blocks) > 0:
        block = frame.blocks[len(frame.blocks) - 1]
        if block.kind == LOOP_BLOCK:
            if why == WHY_CONTINUE:
                return unroller.jump_to
            frame.blocks.pop()
            frame.dropvaluesuntil(block.level)
            if why == WHY_BREAK:
                return block.handler
            continue
        frame.blocks.pop()
        frame.dropvaluesuntil(block.level)
        if block.kind == EXCEPT_BLOCK:
            continue
        frame.push(unroller)
        return block.handler
    w_value = unroller.w_value
    assert w_value is not None
    frame.w_return = w_value
    return RETURN


OpFn = Callable[[PyFrame, int, int], int]


def unknown_opcode(frame: PyFrame, oparg: int, next_instr: int) -> int:
    raise OperationError(frame.space.w_SystemError, frame.space.newstr("unknown opcode"))


# ==== stack manipulation =====================================================

def op_NOP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    return next_instr


def op_POP_TOP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.pop()
    return next_instr


def op_ROT_TWO(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_1 = frame.peekn(0)
    w_2 = frame.peekn(1)
    frame.settopn(0, w_2)
    frame.settopn(1, w_1)
    return next_instr


def op_ROT_THREE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_1 = frame.peekn(0)
    w_2 = frame.peekn(1)
    w_3 = frame.peekn(2)
    frame.settopn(0, w_2)
    frame.settopn(1, w_3)
    frame.settopn(2, w_1)
    return next_instr


def op_ROT_FOUR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_1 = frame.peekn(0)
    w_2 = frame.peekn(1)
    w_3 = frame.peekn(2)
    w_4 = frame.peekn(3)
    frame.settopn(0, w_2)
    frame.settopn(1, w_3)
    frame.settopn(2, w_4)
    frame.settopn(3, w_1)
    return next_instr


def op_DUP_TOP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.peek())
    return next_instr


def op_DUP_TOPX(frame: PyFrame, oparg: int, next_instr: int) -> int:
    for i in range(oparg):
        frame.push(frame.peekn(oparg - 1))
    return next_instr


# ==== constants and variables ===================================================

def op_LOAD_CONST(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.pycode.co_consts_w[oparg])
    return next_instr


def op_LOAD_FAST(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_value = frame.locals_w[oparg]
    if w_value is None:
        raise unbound_local_error(frame, oparg)
    frame.push(w_value)
    return next_instr


def unbound_local_error(frame: PyFrame, index: int) -> OperationError:
    space = frame.space
    return OperationError(space.w_UnboundLocalError, space.newstr(
        "local variable '%s' referenced before assignment" % frame.pycode.co_varnames[index]))


def op_STORE_FAST(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.locals_w[oparg] = frame.pop()
    return next_instr


def op_DELETE_FAST(frame: PyFrame, oparg: int, next_instr: int) -> int:
    if frame.locals_w[oparg] is None:
        raise unbound_local_error(frame, oparg)
    frame.locals_w[oparg] = None
    return next_instr


def name_error(space: "ObjSpace", fmt: str, name: str) -> OperationError:
    return OperationError(space.w_NameError, space.newstr(fmt % name))


def load_global(frame: PyFrame, w_name: W_Root) -> Optional[W_Root]:
    space = frame.space
    w_value = dict_finditem(space, frame.w_globals, w_name)
    if w_value is None:
        w_value = dict_finditem(space, frame.w_builtins, w_name)
    return w_value


def op_LOAD_NAME(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    w_name = frame.pycode.co_names_w[oparg]
    w_locals = frame.w_locals
    if w_locals is None:
        raise OperationError(space.w_SystemError, space.newstr(
            "no locals when loading '%s'" % frame.pycode.co_names[oparg]))
    if isinstance(w_locals, W_DictObject) and w_locals.w_class is None:
        w_value = dict_getitem_w(space, w_locals, w_name)
    else:
        w_value = mapping_finditem(space, w_locals, w_name)
    if w_value is None:
        w_value = load_global(frame, w_name)
        if w_value is None:
            raise name_error(space, "name '%s' is not defined", frame.pycode.co_names[oparg])
    frame.push(w_value)
    return next_instr


def op_STORE_NAME(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    w_locals = frame.w_locals
    if w_locals is None:
        raise OperationError(space.w_SystemError, space.newstr(
            "no locals found when storing '%s'" % frame.pycode.co_names[oparg]))
    w_value = frame.pop()
    if isinstance(w_locals, W_DictObject) and w_locals.w_class is None:
        w_locals.setitem(space, frame.pycode.co_names_w[oparg], w_value)
    else:
        space.setitem(w_locals, frame.pycode.co_names_w[oparg], w_value)
    return next_instr


def op_DELETE_NAME(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    w_locals = frame.w_locals
    assert w_locals is not None
    try:
        space.delitem(w_locals, frame.pycode.co_names_w[oparg])
    except OperationError as e:
        if not e.match(space, space.w_KeyError):
            raise
        raise name_error(space, "name '%s' is not defined", frame.pycode.co_names[oparg])
    return next_instr


def global_cell(frame: PyFrame, w_dict: W_Root, index: int, builtins: bool) -> Optional[ModuleCell]:
    """The module-dict cell of name `index` in w_dict, cached on the code
    object per dict (None if w_dict is not a module dict)."""
    code = frame.pycode
    if builtins:
        if code.bcache_dict[index] is w_dict:
            return code.bcache_cell[index]
    elif code.gcache_dict[index] is w_dict:
        return code.gcache_cell[index]
    cell = get_global_cell(frame.space, w_dict, code.co_names[index])
    if builtins:
        code.bcache_dict[index] = w_dict
        code.bcache_cell[index] = cell
    else:
        code.gcache_dict[index] = w_dict
        code.gcache_cell[index] = cell
    return cell


def op_LOAD_GLOBAL(frame: PyFrame, oparg: int, next_instr: int) -> int:
    cell = global_cell(frame, frame.w_globals, oparg, False)
    if cell is not None:
        w_value = cell.w_value
        if w_value is not None:
            frame.push(w_value)
            return next_instr
        w_builtins = frame.w_builtins
        if isinstance(w_builtins, W_DictObject) and w_builtins.cells is None:
            make_module_dict(frame.space, w_builtins)
        bcell = global_cell(frame, w_builtins, oparg, True)
        if bcell is not None:
            w_value = bcell.w_value
            if w_value is not None:
                frame.push(w_value)
                return next_instr
    w_value = load_global(frame, frame.pycode.co_names_w[oparg])
    if w_value is None:
        raise name_error(frame.space, "global name '%s' is not defined", frame.pycode.co_names[oparg])
    frame.push(w_value)
    return next_instr


def op_STORE_GLOBAL(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.space.setitem(frame.w_globals, frame.pycode.co_names_w[oparg], frame.pop())
    return next_instr


def op_DELETE_GLOBAL(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    try:
        space.delitem(frame.w_globals, frame.pycode.co_names_w[oparg])
    except OperationError as e:
        if not e.match(space, space.w_KeyError):
            raise
        raise name_error(space, "global name '%s' is not defined", frame.pycode.co_names[oparg])
    return next_instr


def cell_name(frame: PyFrame, index: int) -> str:
    code = frame.pycode
    if index < len(code.co_cellvars):
        return code.co_cellvars[index]
    return code.co_freevars[index - len(code.co_cellvars)]


def op_LOAD_CLOSURE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.cells[oparg])
    return next_instr


def op_LOAD_DEREF(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_value = frame.cells[oparg].get()
    if w_value is None:
        space = frame.space
        name = cell_name(frame, oparg)
        if oparg < len(frame.pycode.co_cellvars):
            raise OperationError(space.w_UnboundLocalError, space.newstr(
                "local variable '%s' referenced before assignment" % name))
        raise name_error(space, "free variable '%s' referenced before assignment in enclosing scope",
                         name)
    frame.push(w_value)
    return next_instr


def op_STORE_DEREF(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.cells[oparg].set(frame.pop())
    return next_instr


def op_LOAD_LOCALS(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_locals = frame.w_locals
    if w_locals is None:
        raise OperationError(frame.space.w_SystemError, frame.space.newstr("no locals"))
    frame.push(w_locals)
    return next_instr


# ==== attributes and items ==========================================================

def op_LOAD_ATTR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_obj = frame.pop()
    frame.push(frame.space.getattr(w_obj, frame.pycode.co_names_w[oparg]))
    return next_instr


def op_STORE_ATTR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_obj = frame.pop()
    w_value = frame.pop()
    frame.space.setattr(w_obj, frame.pycode.co_names_w[oparg], w_value)
    return next_instr


def op_DELETE_ATTR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_obj = frame.pop()
    frame.space.delattr(w_obj, frame.pycode.co_names_w[oparg])
    return next_instr


def op_BINARY_SUBSCR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_key = frame.pop()
    w_obj = frame.pop()
    frame.push(frame.space.getitem(w_obj, w_key))
    return next_instr


def op_STORE_SUBSCR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_key = frame.pop()
    w_obj = frame.pop()
    w_value = frame.pop()
    frame.space.setitem(w_obj, w_key, w_value)
    return next_instr


def op_DELETE_SUBSCR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_key = frame.pop()
    w_obj = frame.pop()
    frame.space.delitem(w_obj, w_key)
    return next_instr


def slice_bounds(frame: PyFrame, kind: int) -> tuple[W_Root, W_Root]:
    """Pop the bounds of SLICE+kind (1: lower, 2: upper, 3: both)."""
    w_none = frame.space.w_None
    w_stop = frame.pop() if kind & 2 else w_none
    w_start = frame.pop() if kind & 1 else w_none
    return w_start, w_stop


def op_SLICE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    kind = ord(frame.pycode.co_code[frame.last_instr]) - op.SLICE
    w_start, w_stop = slice_bounds(frame, kind)
    w_obj = frame.pop()
    frame.push(frame.space.getslice(w_obj, w_start, w_stop))
    return next_instr


def op_STORE_SLICE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    kind = ord(frame.pycode.co_code[frame.last_instr]) - op.STORE_SLICE
    w_start, w_stop = slice_bounds(frame, kind)
    w_obj = frame.pop()
    w_value = frame.pop()
    from pypy27.interpreter.pyopcode_helpers import setslice
    setslice(frame.space, w_obj, w_start, w_stop, w_value)
    return next_instr


def op_DELETE_SLICE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    kind = ord(frame.pycode.co_code[frame.last_instr]) - op.DELETE_SLICE
    w_start, w_stop = slice_bounds(frame, kind)
    w_obj = frame.pop()
    from pypy27.interpreter.pyopcode_helpers import delslice
    delslice(frame.space, w_obj, w_start, w_stop)
    return next_instr


def op_BUILD_SLICE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    w_step = frame.pop() if oparg == 3 else space.w_None
    w_stop = frame.pop()
    w_start = frame.pop()
    frame.push(space.newslice(w_start, w_stop, w_step))
    return next_instr


# ==== operators =========================================================================

def binop(frame: PyFrame, name: str) -> None:
    w_b = frame.pop()
    w_a = frame.pop()
    frame.push(frame.space.binop(name, w_a, w_b))


def inplace(frame: PyFrame, name: str) -> None:
    w_b = frame.pop()
    w_a = frame.pop()
    frame.push(frame.space.inplace_binop(name, w_a, w_b))


def op_BINARY_ADD(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_b = frame.pop()
    w_a = frame.pop()
    w_res = fastpath.int_add(frame.space, w_a, w_b)
    frame.push(w_res if w_res is not None else frame.space.add(w_a, w_b))
    return next_instr


def op_BINARY_SUBTRACT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_b = frame.pop()
    w_a = frame.pop()
    w_res = fastpath.int_sub(frame.space, w_a, w_b)
    frame.push(w_res if w_res is not None else frame.space.sub(w_a, w_b))
    return next_instr


def op_BINARY_MULTIPLY(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_b = frame.pop()
    w_a = frame.pop()
    frame.push(frame.space.mul(w_a, w_b))
    return next_instr


def op_BINARY_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    if frame.pycode.co_flags & CO_FUTURE_DIVISION:
        binop(frame, "truediv")
    else:
        binop(frame, "div")
    return next_instr


def op_BINARY_TRUE_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    binop(frame, "truediv")
    return next_instr


def op_BINARY_FLOOR_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    binop(frame, "floordiv")
    return next_instr


def op_BINARY_MODULO(frame: PyFrame, oparg: int, next_instr: int) -> int:
    binop(frame, "mod")
    return next_instr


def op_BINARY_POWER(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_b = frame.pop()
    w_a = frame.pop()
    frame.push(frame.space.pow(w_a, w_b, frame.space.w_None))
    return next_instr


def op_BINARY_LSHIFT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    binop(frame, "lshift")
    return next_instr


def op_BINARY_RSHIFT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    binop(frame, "rshift")
    return next_instr


def op_BINARY_AND(frame: PyFrame, oparg: int, next_instr: int) -> int:
    binop(frame, "and")
    return next_instr


def op_BINARY_OR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    binop(frame, "or")
    return next_instr


def op_BINARY_XOR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    binop(frame, "xor")
    return next_instr


def op_INPLACE_ADD(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_res = fastpath.int_add(frame.space, frame.peekn(1), frame.peekn(0))
    if w_res is None:
        inplace(frame, "add")
    else:
        frame.pop()
        frame.settopn(0, w_res)
    return next_instr


def op_INPLACE_SUBTRACT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_res = fastpath.int_sub(frame.space, frame.peekn(1), frame.peekn(0))
    if w_res is None:
        inplace(frame, "sub")
    else:
        frame.pop()
        frame.settopn(0, w_res)
    return next_instr


def op_INPLACE_MULTIPLY(frame: PyFrame, oparg: int, next_instr: int) -> int:
    inplace(frame, "mul")
    return next_instr


def op_INPLACE_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    if frame.pycode.co_flags & CO_FUTURE_DIVISION:
        inplace(frame, "truediv")
    else:
        inplace(frame, "div")
    return next_instr


def op_INPLACE_TRUE_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    inplace(frame, "truediv")
    return next_instr


def op_INPLACE_FLOOR_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    inplace(frame, "floordiv")
    return next_instr


def op_INPLACE_MODULO(frame: PyFrame, oparg: int, next_instr: int) -> int:
    inplace(frame, "mod")
    return next_instr


def op_INPLACE_POWER(frame: PyFrame, oparg: int, next_instr: int) -> int:
    inplace(frame, "pow")
    return next_instr


def op_INPLACE_LSHIFT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    inplace(frame, "lshift")
    return next_instr


def op_INPLACE_RSHIFT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    inplace(frame, "rshift")
    return next_instr


def op_INPLACE_AND(frame: PyFrame, oparg: int, next_instr: int) -> int:
    inplace(frame, "and")
    return next_instr


def op_INPLACE_OR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    inplace(frame, "or")
    return next_instr


def op_INPLACE_XOR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    inplace(frame, "xor")
    return next_instr


def op_UNARY_POSITIVE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.space.unaryop("pos", frame.pop()))
    return next_instr


def op_UNARY_NEGATIVE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.space.unaryop("neg", frame.pop()))
    return next_instr


def op_UNARY_INVERT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.space.unaryop("invert", frame.pop()))
    return next_instr


def op_UNARY_NOT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    frame.push(space.newbool(not space.is_true(frame.pop())))
    return next_instr


def op_UNARY_CONVERT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.space.repr(frame.pop()))
    return next_instr


def op_COMPARE_OP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    w_b = frame.pop()
    w_a = frame.pop()
    fast = fastpath.int_compare(oparg, w_a, w_b)
    if fast >= 0:
        w_res = space.newbool(fast == 1)
    elif oparg == 0:
        w_res = space.compare("lt", w_a, w_b)
    elif oparg == 1:
        w_res = space.compare("le", w_a, w_b)
    elif oparg == 2:
        w_res = space.compare("eq", w_a, w_b)
    elif oparg == 3:
        w_res = space.compare("ne", w_a, w_b)
    elif oparg == 4:
        w_res = space.compare("gt", w_a, w_b)
    elif oparg == 5:
        w_res = space.compare("ge", w_a, w_b)
    elif oparg == 6:
        w_res = space.newbool(space.contains(w_b, w_a))
    elif oparg == 7:
        w_res = space.newbool(not space.contains(w_b, w_a))
    elif oparg == 8:
        w_res = space.newbool(space.is_w(w_a, w_b))
    elif oparg == 9:
        w_res = space.newbool(not space.is_w(w_a, w_b))
    elif oparg == 10:
        w_res = space.newbool(space.exception_match(w_a, w_b))
    else:
        raise OperationError(space.w_SystemError, space.newstr("bad COMPARE_OP oparg"))
    frame.push(w_res)
    return next_instr


# ==== building containers ==============================================================

def op_BUILD_TUPLE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.space.newtuple(frame.popvalues(oparg)))
    return next_instr


def op_BUILD_LIST(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.space.newlist(frame.popvalues(oparg)))
    return next_instr


def op_BUILD_SET(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    items_w = frame.popvalues(oparg)
    w_set = space.call_function(space.w_set, [])
    for w_item in items_w:
        space.call_method(w_set, "add", [w_item])
    frame.push(w_set)
    return next_instr


def op_BUILD_MAP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.space.newdict_sized(oparg))
    return next_instr


def op_STORE_MAP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_key = frame.pop()
    w_value = frame.pop()
    frame.space.setitem(frame.peek(), w_key, w_value)
    return next_instr


def op_LIST_APPEND(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_value = frame.pop()
    w_list = frame.peekn(oparg - 1)
    frame.space.call_method(w_list, "append", [w_value])
    return next_instr


def op_SET_ADD(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_value = frame.pop()
    w_set = frame.peekn(oparg - 1)
    frame.space.call_method(w_set, "add", [w_value])
    return next_instr


def op_MAP_ADD(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_key = frame.pop()
    w_value = frame.pop()
    w_dict = frame.peekn(oparg - 1)
    frame.space.setitem(w_dict, w_key, w_value)
    return next_instr


def op_UNPACK_SEQUENCE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_seq = frame.pop()
    items_w = frame.space.fixedview(w_seq, oparg)
    i = len(items_w) - 1
    while i >= 0:
        frame.push(items_w[i])
        i -= 1
    return next_instr


# ==== jumps and loops ===================================================================

def op_JUMP_FORWARD(frame: PyFrame, oparg: int, next_instr: int) -> int:
    return next_instr + oparg


def op_JUMP_ABSOLUTE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    return oparg


def op_POP_JUMP_IF_FALSE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    if not frame.space.is_true(frame.pop()):
        return oparg
    return next_instr


def op_POP_JUMP_IF_TRUE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    if frame.space.is_true(frame.pop()):
        return oparg
    return next_instr


def op_JUMP_IF_FALSE_OR_POP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    if not frame.space.is_true(frame.peek()):
        return oparg
    frame.pop()
    return next_instr


def op_JUMP_IF_TRUE_OR_POP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    if frame.space.is_true(frame.peek()):
        return oparg
    frame.pop()
    return next_instr


def op_GET_ITER(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push(frame.space.iter(frame.pop()))
    return next_instr


def op_FOR_ITER(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_iter = frame.peek()
    if isinstance(w_iter, W_XRangeIterObject):
        w_next = w_iter.next_w(frame.space)
    else:
        w_next = frame.space.next(w_iter)
    if w_next is None:
        frame.pop()
        return next_instr + oparg
    frame.push(w_next)
    return next_instr


def op_SETUP_LOOP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push_block(FrameBlock(LOOP_BLOCK, next_instr + oparg, frame.depth))
    return next_instr


def op_SETUP_EXCEPT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push_block(FrameBlock(EXCEPT_BLOCK, next_instr + oparg, frame.depth))
    return next_instr


def op_SETUP_FINALLY(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.push_block(FrameBlock(FINALLY_BLOCK, next_instr + oparg, frame.depth))
    return next_instr


def op_POP_BLOCK(frame: PyFrame, oparg: int, next_instr: int) -> int:
    block = frame.blocks.pop()
    frame.dropvaluesuntil(block.level)
    return next_instr


def op_BREAK_LOOP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    return unroll(frame, SuspendedUnroller(WHY_BREAK, None, 0, None))


def op_CONTINUE_LOOP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    return unroll(frame, SuspendedUnroller(WHY_CONTINUE, None, oparg, None))


def op_RETURN_VALUE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_value = frame.pop()
    if len(frame.blocks) == 0:
        frame.w_return = w_value
        return RETURN
    return unroll(frame, SuspendedUnroller(WHY_RETURN, w_value, 0, None))


def op_YIELD_VALUE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    frame.w_return = frame.pop()
    return YIELD


def op_END_FINALLY(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    w_top = frame.pop()
    if space.is_w(w_top, space.w_None):
        return next_instr
    if isinstance(w_top, SuspendedUnroller):
        if w_top.why == WHY_EXCEPTION:
            operr = w_top.operr
            assert operr is not None
            raise Reraise(operr)
        return unroll(frame, w_top)
    # an exception: type, value and the unroller keeping its traceback
    w_value = frame.pop()
    w_unroller = frame.pop()
    if isinstance(w_unroller, SuspendedUnroller) and w_unroller.operr is not None:
        raise Reraise(w_unroller.operr)
    raise Reraise(OperationError(w_top, w_value))


def op_SETUP_WITH(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    w_manager = frame.peek()
    if space.type(w_manager) is space.w_instance:
        # old-style instances: plain attribute lookup (2.7's special_lookup)
        frame.settopn(0, space.getattr_str(w_manager, "__exit__"))
        w_result = space.call_function(space.getattr_str(w_manager, "__enter__"), [])
        frame.push_block(FrameBlock(WITH_BLOCK, next_instr + oparg, frame.depth))
        frame.push(w_result)
        return next_instr
    w_exit = space.lookup(w_manager, "__exit__")
    if w_exit is None:
        raise OperationError(space.w_AttributeError, space.newstr("__exit__"))
    w_enter = space.lookup(w_manager, "__enter__")
    if w_enter is None:
        raise OperationError(space.w_AttributeError, space.newstr("__enter__"))
    frame.settopn(0, space.get(w_exit, w_manager))
    w_result = space.call_function(space.get(w_enter, w_manager), [])
    frame.push_block(FrameBlock(WITH_BLOCK, next_instr + oparg, frame.depth))
    frame.push(w_result)
    return next_instr


def op_WITH_CLEANUP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    w_top = frame.peek()
    if space.is_w(w_top, space.w_None) or isinstance(w_top, SuspendedUnroller) \
            and w_top.why != WHY_EXCEPTION:
        w_exit = frame.peekn(1)
        frame.settopn(1, w_top)
        frame.pop()
        space.call_function(w_exit, [space.w_None, space.w_None, space.w_None])
        return next_instr
    # an exception: [exit, unroller, value, type]
    w_type = frame.peekn(0)
    w_value = frame.peekn(1)
    w_unroller = frame.peekn(2)
    w_exit = frame.peekn(3)
    frame.settopn(3, w_unroller)
    frame.settopn(2, w_value)
    frame.settopn(1, w_type)
    frame.pop()
    w_tb: W_Root = space.w_None
    if isinstance(w_unroller, SuspendedUnroller) and w_unroller.operr is not None:
        if w_unroller.operr.w_traceback is not None:
            w_tb = w_unroller.operr.w_traceback
    w_res = space.call_function(w_exit, [w_type, w_value, w_tb])
    if space.is_true(w_res):
        frame.popvalues(3)
        frame.push(space.w_None)
    return next_instr


# ==== raise ===============================================================================

def op_RAISE_VARARGS(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pyopcode_helpers import prepare_raise
    space = frame.space
    if oparg == 0:
        from pypy27.interpreter.executioncontext import get_ec
        operr = get_ec(space).sys_exc_info()
        if operr is None:
            raise space.type_error("exceptions must be old-style classes or derived from "
                                   "BaseException, not NoneType")
        raise Reraise(operr)
    w_tb: Optional[W_Root] = None
    w_value: W_Root = space.w_None
    if oparg >= 3:
        w_tb = frame.pop()
    if oparg >= 2:
        w_value = frame.pop()
    w_type = frame.pop()
    operr = prepare_raise(space, w_type, w_value, w_tb)
    if w_tb is not None and operr.w_traceback is not None:
        # 2.7: raising with a traceback adds no entry for this frame
        raise Reraise(operr)
    raise operr


# ==== calls ===================================================================================

def is_profiling() -> bool:
    return the_ec.w_profilefunc is not None


def call_function(frame: PyFrame, oparg: int, w_star: Optional[W_Root],
                  w_starstar: Optional[W_Root]) -> None:
    space = frame.space
    nargs = oparg & 0xff
    nkw = (oparg >> 8) & 0xff
    keywords: Optional[list[str]] = None
    keywords_w: Optional[list[W_Root]] = None
    if nkw > 0:
        keywords = [""] * nkw
        keywords_w = [space.w_None] * nkw
        i = nkw - 1
        while i >= 0:
            w_value = frame.pop()
            w_key = frame.pop()
            keywords[i] = space.str_w(w_key)
            keywords_w[i] = w_value
            i -= 1
    simple = keywords is None and w_star is None and w_starstar is None and not is_profiling()
    if simple:
        w_callee = frame.peekn(nargs)
        if nargs <= 2 and isinstance(w_callee, W_BuiltinMethod):
            # a bound built-in method (d.get(k), l.append(x)): no argument list
            w_bf = w_callee.w_function
            w_self = w_callee.w_self
            if nargs == 0:
                w_res = w_bf.call_self0(space, w_self)
            elif nargs == 1:
                w_res = w_bf.call_self1(space, w_self, frame.peekn(0))
            else:
                w_res = w_bf.call_self2(space, w_self, frame.peekn(1), frame.peekn(0))
            frame.dropvaluesuntil(frame.depth - nargs - 1)
            frame.push(w_res)
            return
        if isinstance(w_callee, W_Method) and w_callee.w_instance is not None:
            w_mf = w_callee.w_function
            if isinstance(w_mf, W_Function):
                # obj.meth(a, b): one list [obj, a, b], no concatenation
                margs_w: list[W_Root] = newlist_hint(nargs + 1)
                margs_w.append(w_callee.w_instance)
                for i in range(nargs):
                    margs_w.append(frame.peekn(nargs - 1 - i))
                frame.dropvaluesuntil(frame.depth - nargs - 1)
                frame.push(w_mf.call_positional(space, margs_w))
                return
    args_w = frame.popvalues(nargs)
    w_func = frame.pop()
    if simple:
        if isinstance(w_func, W_Function):
            frame.push(w_func.call_positional(space, args_w))
            return
        if isinstance(w_func, W_Method) and w_func.w_instance is not None:
            w_f = w_func.w_function
            if isinstance(w_f, W_Function):
                frame.push(w_f.call_positional(space, [w_func.w_instance] + args_w))
                return
        if isinstance(w_func, W_Builtin):
            frame.push(w_func.call_fixed(space, args_w))
            return
        if isinstance(w_func, W_BuiltinMethod):
            frame.push(w_func.w_function.call_fixed(space, [w_func.w_self] + args_w))
            return
    if w_star is not None or w_starstar is not None:
        from pypy27.interpreter.pyopcode_helpers import make_call_args
        args = make_call_args(space, w_func, args_w, keywords, keywords_w, w_star, w_starstar)
    else:
        args = Arguments(args_w, keywords, keywords_w)
    ec = the_ec
    if ec.w_profilefunc is not None and (isinstance(w_func, W_Builtin)
                                         or isinstance(w_func, W_BuiltinMethod)):
        from pypy27.interpreter.tracing import profile_c_call
        frame.push(profile_c_call(space, ec, frame, w_func, args))
        return
    frame.push(space.call_args(w_func, args))


def op_CALL_FUNCTION(frame: PyFrame, oparg: int, next_instr: int) -> int:
    call_function(frame, oparg, None, None)
    return next_instr


def op_CALL_FUNCTION_VAR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_star = frame.pop()
    call_function(frame, oparg, w_star, None)
    return next_instr


def op_CALL_FUNCTION_KW(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_starstar = frame.pop()
    call_function(frame, oparg, None, w_starstar)
    return next_instr


def op_CALL_FUNCTION_VAR_KW(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_starstar = frame.pop()
    w_star = frame.pop()
    call_function(frame, oparg, w_star, w_starstar)
    return next_instr


def op_MAKE_FUNCTION(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pycode import PyCode
    w_code = frame.pop()
    assert isinstance(w_code, PyCode)
    defaults_w = frame.popvalues(oparg)
    frame.push(W_Function(frame.space, w_code, frame.w_globals, defaults_w, []))
    return next_instr


def op_MAKE_CLOSURE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pycode import PyCode
    space = frame.space
    w_code = frame.pop()
    assert isinstance(w_code, PyCode)
    w_cells = frame.pop()
    cells: list[W_Cell] = []
    for w_cell in space.fixedview(w_cells, -1):
        assert isinstance(w_cell, W_Cell)
        cells.append(w_cell)
    defaults_w = frame.popvalues(oparg)
    frame.push(W_Function(space, w_code, frame.w_globals, defaults_w, cells))
    return next_instr


def op_BUILD_CLASS(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pyopcode_helpers import build_class
    w_dict = frame.pop()
    w_bases = frame.pop()
    w_name = frame.pop()
    frame.push(build_class(frame, w_name, w_bases, w_dict))
    return next_instr


# ==== print, exec, import ==================================================================

def op_PRINT_EXPR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pyopcode_helpers import print_expr
    print_expr(frame.space, frame.pop())
    return next_instr


def op_PRINT_ITEM(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pyopcode_helpers import print_item
    print_item(frame.space, None, frame.pop())
    return next_instr


def op_PRINT_ITEM_TO(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pyopcode_helpers import print_item
    w_stream = frame.pop()
    w_value = frame.pop()
    print_item(frame.space, w_stream, w_value)
    return next_instr


def op_PRINT_NEWLINE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pyopcode_helpers import print_newline
    print_newline(frame.space, None)
    return next_instr


def op_PRINT_NEWLINE_TO(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pyopcode_helpers import print_newline
    print_newline(frame.space, frame.pop())
    return next_instr


def op_EXEC_STMT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pyopcode_helpers import exec_stmt
    w_locals = frame.pop()
    w_globals = frame.pop()
    w_prog = frame.pop()
    exec_stmt(frame, w_prog, w_globals, w_locals)
    return next_instr


def op_IMPORT_NAME(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.importing import import_name
    w_fromlist = frame.pop()
    w_level = frame.pop()
    frame.push(import_name(frame, frame.pycode.co_names_w[oparg], w_fromlist, w_level))
    return next_instr


def op_IMPORT_FROM(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.importing import import_from
    frame.push(import_from(frame, frame.peek(), frame.pycode.co_names[oparg]))
    return next_instr


def op_IMPORT_STAR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.importing import import_star
    import_star(frame, frame.pop())
    return next_instr


def op_LOOKUP_METHOD(frame: PyFrame, oparg: int, next_instr: int) -> int:
    # our own opcode (not produced by default): pushes the bound method and a
    # placeholder, CALL_METHOD then calls it
    space = frame.space
    w_obj = frame.pop()
    frame.push(space.getattr(w_obj, frame.pycode.co_names_w[oparg]))
    frame.push(space.w_None)
    return next_instr


def op_CALL_METHOD(frame: PyFrame, oparg: int, next_instr: int) -> int:
    args_w = frame.popvalues(oparg)
    frame.pop()
    w_func = frame.pop()
    frame.push(frame.space.call_function(w_func, args_w))
    return next_instr


@not_rpython
def _build_table() -> list[OpFn]:
    table: list[OpFn] = [unknown_opcode] * 256
    g = globals()
    for name, num in op.OPMAP.items():
        base = name.split("+")[0]
        fn = g.get("op_" + base)
        if fn is not None:
            table[num] = fn
    return table


OPCODES: list[OpFn] = _build_table()
