"""The bytecode dispatch loop and the implementation of every 2.7 opcode.

Each opcode is a function `op(frame, oparg, next_instr) -> next_instr`; the
loop calls it directly (OPCODES, by number, serves the rest). A return value < 0 leaves the loop: RETURN (the frame
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
from pypy27.interpreter.function import W_Cell, W_Function, W_Method, run_and_release, start_frame
from pypy27.interpreter.gateway import W_Builtin, W_BuiltinMethod
from pypy27.interpreter.generator import W_Generator
from pypy27.interpreter.pyframe import (
    EXCEPT_BLOCK, FINALLY_BLOCK, LOOP_BLOCK, WHY_BREAK, WHY_CONTINUE, WHY_EXCEPTION,
    WHY_RETURN, WITH_BLOCK, FrameBlock, PyFrame, Reraise, SuspendedUnroller,
    dict_finditem, frame_for_call, mapping_finditem)
from pypy27.interpreter.objspace import attrcache
from pypy27.interpreter.objspace.celldict import get_global_cell, make_module_dict
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.interpreter.objspace.dictobject import ModuleCell, W_DictObject, dict_getitem_w
from pypy27.interpreter.objspace.intobject import W_IntObject
from pypy27.interpreter.objspace.listobject import W_ListObject, list_getitem_int, list_setitem_int
from pypy27.interpreter.module.signal.delivery import signals_pending
from pypy27.interpreter.objspace.tupleobject import W_TupleObject
from pypy27.interpreter.objspace.typeobject import W_ObjectObject, W_TypeObject
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
    code = pycode.co_code
    # the frame's one list of fast locals and value stack (never replaced)
    # and the constants, held here: one load less per access than going
    # through the frame each time
    locals_w = frame.locals_w
    consts_w = pycode.co_consts_w
    w_true = frame.space.w_True
    w_false = frame.space.w_False
    while True:
        jitdriver.jit_merge_point(next_instr=next_instr, is_being_profiled=is_being_profiled,
                                  pycode=pycode, frame=frame, ec=ec)
        prev_instr = next_instr
        try:
            if ec.w_tracefunc is not None:
                trace_line(frame, ec, next_instr)
            # decode one instruction
            frame.last_instr = next_instr
            opcode = ord(code[next_instr])
            oparg = 0
            if opcode >= op.HAVE_ARGUMENT:
                oparg = ord(code[next_instr + 1]) | (ord(code[next_instr + 2]) << 8)
                next_instr += 3
                while opcode == op.EXTENDED_ARG:
                    opcode = ord(code[next_instr])
                    oparg = (oparg << 16) | ord(code[next_instr + 1]) | (ord(code[next_instr + 2]) << 8)
                    next_instr += 3
            else:
                next_instr += 1
            # run it: a chain of tests the translator turns into a C switch
            # (a jump table); the commonest trivial opcodes are written out
            if opcode == op.LOAD_FAST:
                w_value = locals_w[oparg]
                if w_value is None:
                    raise unbound_local_error(frame, oparg)
                depth = frame.depth         # frame.push(w_value), on locals_w
                locals_w[depth] = w_value
                frame.depth = depth + 1
            elif opcode == op.LOAD_CONST:
                depth = frame.depth
                locals_w[depth] = consts_w[oparg]
                frame.depth = depth + 1
            elif opcode == op.STORE_FAST:
                depth = frame.depth - 1     # frame.pop(), on locals_w
                locals_w[oparg] = locals_w[depth]
                locals_w[depth] = None
                frame.depth = depth
            elif opcode == op.POP_TOP:
                depth = frame.depth - 1
                locals_w[depth] = None
                frame.depth = depth
            elif opcode == op.LOAD_GLOBAL:
                # the cached module-dict cells (global_cell) read in place
                w_value = None
                if pycode.gcache_dict[oparg] is frame.w_globals:
                    cell = pycode.gcache_cell[oparg]
                    if cell is not None:
                        w_value = cell.w_value
                        if w_value is None and pycode.bcache_dict[oparg] is frame.w_builtins:
                            bcell = pycode.bcache_cell[oparg]
                            if bcell is not None:
                                w_value = bcell.w_value
                if w_value is not None:
                    frame.push(w_value)
                else:
                    next_instr = op_LOAD_GLOBAL(frame, oparg, next_instr)
            elif opcode == op.LOAD_ATTR:
                # an instance of a user class: the attribute cache straight
                # away (descroperation.cached_getattr's first case)
                w_obj = frame.peek()
                w_attr: Optional[W_Root] = None
                if isinstance(w_obj, W_ObjectObject) and w_obj.w_dict is None:
                    w_attr = attrcache.getattr_fast(frame.space, w_obj, pycode.co_names[oparg])
                    if w_attr is attrcache.NOT_PLAIN:
                        w_attr = None
                if w_attr is not None:
                    frame.settopn(0, w_attr)
                else:
                    next_instr = op_LOAD_ATTR(frame, oparg, next_instr)
            elif opcode == op.CALL_FUNCTION:
                next_instr = op_CALL_FUNCTION(frame, oparg, next_instr)
            elif opcode == op.LOOKUP_METHOD:
                next_instr = op_LOOKUP_METHOD(frame, oparg, next_instr)
            elif opcode == op.CALL_METHOD:
                next_instr = op_CALL_METHOD(frame, oparg, next_instr)
            elif opcode == op.COMPARE_OP:
                w_b = frame.peekn(0)
                w_a = frame.peekn(1)
                if oparg <= 5 and type(w_a) is W_IntObject and type(w_b) is W_IntObject \
                        and ec.w_tracefunc is None and next_instr + 2 < len(code):
                    # two exact ints (`while i < n:`): no call, no bool
                    # object when a conditional jump follows (2.7's PREDICT)
                    assert isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)
                    truth = int_compare_values(oparg, w_a.intval, w_b.intval)
                    frame.dropvaluesuntil(frame.depth - 2)
                    jump_op = ord(code[next_instr])
                    if jump_op == op.POP_JUMP_IF_FALSE or jump_op == op.POP_JUMP_IF_TRUE:
                        frame.last_instr = next_instr
                        if truth == (jump_op == op.POP_JUMP_IF_TRUE):
                            next_instr = ord(code[next_instr + 1]) | (ord(code[next_instr + 2]) << 8)
                        else:
                            next_instr += 3
                    else:
                        frame.push(frame.space.newbool(truth))
                else:
                    next_instr = op_COMPARE_OP(frame, oparg, next_instr)
                    if ec.w_tracefunc is None:
                        next_instr = compare_and_jump(frame, code, next_instr)
            elif opcode == op.POP_JUMP_IF_FALSE:
                # (one constant per test: the chain stays one C switch)
                depth = frame.depth - 1
                w_cond = locals_w[depth]
                if w_cond is w_false:       # a bool: no is_true call
                    locals_w[depth] = None
                    frame.depth = depth
                    next_instr = oparg
                elif w_cond is w_true:
                    locals_w[depth] = None
                    frame.depth = depth
                else:
                    next_instr = op_POP_JUMP_IF_FALSE(frame, oparg, next_instr)
            elif opcode == op.POP_JUMP_IF_TRUE:
                depth = frame.depth - 1
                w_cond = locals_w[depth]
                if w_cond is w_true:
                    locals_w[depth] = None
                    frame.depth = depth
                    next_instr = oparg
                elif w_cond is w_false:
                    locals_w[depth] = None
                    frame.depth = depth
                else:
                    next_instr = op_POP_JUMP_IF_TRUE(frame, oparg, next_instr)
            elif opcode == op.JUMP_ABSOLUTE:
                next_instr = oparg
            elif opcode == op.JUMP_FORWARD:
                next_instr += oparg
            elif opcode == op.FOR_ITER:
                w_iter = frame.peek()
                if isinstance(w_iter, W_XRangeIterObject):
                    w_next = w_iter.next_w(frame.space)     # `for i in xrange(n)`
                    if w_next is None:
                        frame.pop()
                        next_instr += oparg
                    else:
                        frame.push(w_next)
                else:
                    next_instr = op_FOR_ITER(frame, oparg, next_instr)
            elif opcode == op.RETURN_VALUE:
                if len(frame.blocks) == 0:
                    frame.w_return = frame.pop()
                    next_instr = RETURN
                else:
                    next_instr = op_RETURN_VALUE(frame, oparg, next_instr)
            elif opcode == op.BINARY_ADD:
                w_res = fastpath.int_add(frame.space, frame.peekn(1), frame.peekn(0))
                if w_res is not None:       # int + int
                    frame.dropvaluesuntil(frame.depth - 2)
                    frame.push(w_res)
                else:
                    next_instr = op_BINARY_ADD(frame, oparg, next_instr)
            elif opcode == op.INPLACE_ADD:
                w_res = fastpath.int_add(frame.space, frame.peekn(1), frame.peekn(0))
                if w_res is not None:       # += on ints: the same as +
                    frame.dropvaluesuntil(frame.depth - 2)
                    frame.push(w_res)
                else:
                    next_instr = op_INPLACE_ADD(frame, oparg, next_instr)
            elif opcode == op.BINARY_SUBSCR:
                w_key = frame.peekn(0)
                w_seq = frame.peekn(1)
                if type(w_key) is W_IntObject and isinstance(w_seq, W_ListObject) \
                        and type(w_seq) is W_ListObject and w_seq.w_class is None:
                    # list[int] (fastpath.getitem's commonest case) without a call
                    assert isinstance(w_key, W_IntObject)
                    w_item = list_getitem_int(frame.space, w_seq, w_key.intval)
                    frame.pop()
                    frame.settopn(0, w_item)
                else:
                    next_instr = op_BINARY_SUBSCR(frame, oparg, next_instr)
            elif opcode == op.STORE_ATTR:
                w_obj = frame.peekn(0)
                if isinstance(w_obj, W_ObjectObject) and w_obj.w_dict is None and \
                        attrcache.setattr_fast(frame.space, w_obj, pycode.co_names[oparg], frame.peekn(1)):
                    frame.dropvaluesuntil(frame.depth - 2)
                else:       # (setattr_fast changed nothing when it said no)
                    next_instr = op_STORE_ATTR(frame, oparg, next_instr)
            elif opcode == op.STORE_SUBSCR:
                w_key = frame.peekn(0)
                w_seq = frame.peekn(1)
                if type(w_key) is W_IntObject and isinstance(w_seq, W_ListObject) \
                        and type(w_seq) is W_ListObject and w_seq.w_class is None:
                    assert isinstance(w_key, W_IntObject)
                    list_setitem_int(frame.space, w_seq, w_key.intval, frame.peekn(2))
                    frame.dropvaluesuntil(frame.depth - 3)
                else:
                    next_instr = op_STORE_SUBSCR(frame, oparg, next_instr)
            elif opcode == op.BINARY_SUBTRACT:
                w_res = fastpath.int_sub(frame.space, frame.peekn(1), frame.peekn(0))
                if w_res is not None:
                    frame.dropvaluesuntil(frame.depth - 2)
                    frame.push(w_res)
                else:
                    next_instr = op_BINARY_SUBTRACT(frame, oparg, next_instr)
            elif opcode == op.INPLACE_SUBTRACT:
                w_res = fastpath.int_sub(frame.space, frame.peekn(1), frame.peekn(0))
                if w_res is not None:
                    frame.dropvaluesuntil(frame.depth - 2)
                    frame.push(w_res)
                else:
                    next_instr = op_INPLACE_SUBTRACT(frame, oparg, next_instr)
            elif opcode == op.ROT_TWO:
                # (not written out here: a value left in this function's C
                # frame by the swap stays visible to the conservative
                # collector for long, keeping weakly referenced objects alive)
                next_instr = op_ROT_TWO(frame, oparg, next_instr)
            elif opcode == op.ROT_THREE:
                next_instr = op_ROT_THREE(frame, oparg, next_instr)
            elif opcode == op.DUP_TOP:
                next_instr = op_DUP_TOP(frame, oparg, next_instr)
            elif opcode == op.ROT_FOUR:
                next_instr = op_ROT_FOUR(frame, oparg, next_instr)
            elif opcode == op.NOP:
                next_instr = op_NOP(frame, oparg, next_instr)
            elif opcode == op.UNARY_POSITIVE:
                next_instr = op_UNARY_POSITIVE(frame, oparg, next_instr)
            elif opcode == op.UNARY_NEGATIVE:
                next_instr = op_UNARY_NEGATIVE(frame, oparg, next_instr)
            elif opcode == op.UNARY_NOT:
                next_instr = op_UNARY_NOT(frame, oparg, next_instr)
            elif opcode == op.UNARY_CONVERT:
                next_instr = op_UNARY_CONVERT(frame, oparg, next_instr)
            elif opcode == op.UNARY_INVERT:
                next_instr = op_UNARY_INVERT(frame, oparg, next_instr)
            elif opcode == op.BINARY_POWER:
                next_instr = op_BINARY_POWER(frame, oparg, next_instr)
            elif opcode == op.BINARY_MULTIPLY:
                # ints and floats (fastpath.arith) without the op function
                w_res = fastpath.arith(frame.space, fastpath.MUL, frame.peekn(1), frame.peekn(0))
                if w_res is not None:
                    frame.dropvaluesuntil(frame.depth - 2)
                    frame.push(w_res)
                else:
                    next_instr = op_BINARY_MULTIPLY(frame, oparg, next_instr)
            elif opcode == op.BINARY_MODULO:
                w_res = fastpath.arith(frame.space, fastpath.MOD, frame.peekn(1), frame.peekn(0))
                if w_res is not None:
                    frame.dropvaluesuntil(frame.depth - 2)
                    frame.push(w_res)
                else:
                    next_instr = op_BINARY_MODULO(frame, oparg, next_instr)
            elif opcode == op.BINARY_DIVIDE:
                next_instr = op_BINARY_DIVIDE(frame, oparg, next_instr)
            elif opcode == op.BINARY_FLOOR_DIVIDE:
                next_instr = op_BINARY_FLOOR_DIVIDE(frame, oparg, next_instr)
            elif opcode == op.BINARY_TRUE_DIVIDE:
                next_instr = op_BINARY_TRUE_DIVIDE(frame, oparg, next_instr)
            elif opcode == op.INPLACE_FLOOR_DIVIDE:
                next_instr = op_INPLACE_FLOOR_DIVIDE(frame, oparg, next_instr)
            elif opcode == op.INPLACE_TRUE_DIVIDE:
                next_instr = op_INPLACE_TRUE_DIVIDE(frame, oparg, next_instr)
            elif opcode == op.STORE_MAP:
                next_instr = op_STORE_MAP(frame, oparg, next_instr)
            elif opcode == op.INPLACE_MULTIPLY:
                next_instr = op_INPLACE_MULTIPLY(frame, oparg, next_instr)
            elif opcode == op.INPLACE_DIVIDE:
                next_instr = op_INPLACE_DIVIDE(frame, oparg, next_instr)
            elif opcode == op.INPLACE_MODULO:
                next_instr = op_INPLACE_MODULO(frame, oparg, next_instr)
            elif opcode == op.DELETE_SUBSCR:
                next_instr = op_DELETE_SUBSCR(frame, oparg, next_instr)
            elif opcode == op.BINARY_LSHIFT:
                next_instr = op_BINARY_LSHIFT(frame, oparg, next_instr)
            elif opcode == op.BINARY_RSHIFT:
                next_instr = op_BINARY_RSHIFT(frame, oparg, next_instr)
            elif opcode == op.BINARY_AND:
                next_instr = op_BINARY_AND(frame, oparg, next_instr)
            elif opcode == op.BINARY_XOR:
                next_instr = op_BINARY_XOR(frame, oparg, next_instr)
            elif opcode == op.BINARY_OR:
                next_instr = op_BINARY_OR(frame, oparg, next_instr)
            elif opcode == op.INPLACE_POWER:
                next_instr = op_INPLACE_POWER(frame, oparg, next_instr)
            elif opcode == op.GET_ITER:
                next_instr = op_GET_ITER(frame, oparg, next_instr)
            elif opcode == op.PRINT_EXPR:
                next_instr = op_PRINT_EXPR(frame, oparg, next_instr)
            elif opcode == op.PRINT_ITEM:
                next_instr = op_PRINT_ITEM(frame, oparg, next_instr)
            elif opcode == op.PRINT_NEWLINE:
                next_instr = op_PRINT_NEWLINE(frame, oparg, next_instr)
            elif opcode == op.PRINT_ITEM_TO:
                next_instr = op_PRINT_ITEM_TO(frame, oparg, next_instr)
            elif opcode == op.PRINT_NEWLINE_TO:
                next_instr = op_PRINT_NEWLINE_TO(frame, oparg, next_instr)
            elif opcode == op.INPLACE_LSHIFT:
                next_instr = op_INPLACE_LSHIFT(frame, oparg, next_instr)
            elif opcode == op.INPLACE_RSHIFT:
                next_instr = op_INPLACE_RSHIFT(frame, oparg, next_instr)
            elif opcode == op.INPLACE_AND:
                next_instr = op_INPLACE_AND(frame, oparg, next_instr)
            elif opcode == op.INPLACE_XOR:
                next_instr = op_INPLACE_XOR(frame, oparg, next_instr)
            elif opcode == op.INPLACE_OR:
                next_instr = op_INPLACE_OR(frame, oparg, next_instr)
            elif opcode == op.BREAK_LOOP:
                next_instr = op_BREAK_LOOP(frame, oparg, next_instr)
            elif opcode == op.WITH_CLEANUP:
                next_instr = op_WITH_CLEANUP(frame, oparg, next_instr)
            elif opcode == op.LOAD_LOCALS:
                next_instr = op_LOAD_LOCALS(frame, oparg, next_instr)
            elif opcode == op.IMPORT_STAR:
                next_instr = op_IMPORT_STAR(frame, oparg, next_instr)
            elif opcode == op.EXEC_STMT:
                next_instr = op_EXEC_STMT(frame, oparg, next_instr)
            elif opcode == op.YIELD_VALUE:
                frame.w_return = frame.pop()
                next_instr = YIELD
            elif opcode == op.POP_BLOCK:
                next_instr = op_POP_BLOCK(frame, oparg, next_instr)
            elif opcode == op.END_FINALLY:
                next_instr = op_END_FINALLY(frame, oparg, next_instr)
            elif opcode == op.BUILD_CLASS:
                next_instr = op_BUILD_CLASS(frame, oparg, next_instr)
            elif opcode == op.STORE_NAME:
                next_instr = op_STORE_NAME(frame, oparg, next_instr)
            elif opcode == op.DELETE_NAME:
                next_instr = op_DELETE_NAME(frame, oparg, next_instr)
            elif opcode == op.UNPACK_SEQUENCE:
                next_instr = op_UNPACK_SEQUENCE(frame, oparg, next_instr)
            elif opcode == op.LIST_APPEND:
                next_instr = op_LIST_APPEND(frame, oparg, next_instr)
            elif opcode == op.DELETE_ATTR:
                next_instr = op_DELETE_ATTR(frame, oparg, next_instr)
            elif opcode == op.STORE_GLOBAL:
                next_instr = op_STORE_GLOBAL(frame, oparg, next_instr)
            elif opcode == op.DELETE_GLOBAL:
                next_instr = op_DELETE_GLOBAL(frame, oparg, next_instr)
            elif opcode == op.DUP_TOPX:
                next_instr = op_DUP_TOPX(frame, oparg, next_instr)
            elif opcode == op.LOAD_NAME:
                next_instr = op_LOAD_NAME(frame, oparg, next_instr)
            elif opcode == op.BUILD_TUPLE:
                next_instr = op_BUILD_TUPLE(frame, oparg, next_instr)
            elif opcode == op.BUILD_LIST:
                next_instr = op_BUILD_LIST(frame, oparg, next_instr)
            elif opcode == op.BUILD_SET:
                next_instr = op_BUILD_SET(frame, oparg, next_instr)
            elif opcode == op.BUILD_MAP:
                next_instr = op_BUILD_MAP(frame, oparg, next_instr)
            elif opcode == op.IMPORT_NAME:
                next_instr = op_IMPORT_NAME(frame, oparg, next_instr)
            elif opcode == op.IMPORT_FROM:
                next_instr = op_IMPORT_FROM(frame, oparg, next_instr)
            elif opcode == op.JUMP_IF_FALSE_OR_POP:
                next_instr = op_JUMP_IF_FALSE_OR_POP(frame, oparg, next_instr)
            elif opcode == op.JUMP_IF_TRUE_OR_POP:
                next_instr = op_JUMP_IF_TRUE_OR_POP(frame, oparg, next_instr)
            elif opcode == op.CONTINUE_LOOP:
                next_instr = op_CONTINUE_LOOP(frame, oparg, next_instr)
            elif opcode == op.SETUP_LOOP:
                next_instr = op_SETUP_LOOP(frame, oparg, next_instr)
            elif opcode == op.SETUP_EXCEPT:
                next_instr = op_SETUP_EXCEPT(frame, oparg, next_instr)
            elif opcode == op.SETUP_FINALLY:
                next_instr = op_SETUP_FINALLY(frame, oparg, next_instr)
            elif opcode == op.DELETE_FAST:
                next_instr = op_DELETE_FAST(frame, oparg, next_instr)
            elif opcode == op.RAISE_VARARGS:
                next_instr = op_RAISE_VARARGS(frame, oparg, next_instr)
            elif opcode == op.MAKE_FUNCTION:
                next_instr = op_MAKE_FUNCTION(frame, oparg, next_instr)
            elif opcode == op.BUILD_SLICE:
                next_instr = op_BUILD_SLICE(frame, oparg, next_instr)
            elif opcode == op.MAKE_CLOSURE:
                next_instr = op_MAKE_CLOSURE(frame, oparg, next_instr)
            elif opcode == op.LOAD_CLOSURE:
                next_instr = op_LOAD_CLOSURE(frame, oparg, next_instr)
            elif opcode == op.LOAD_DEREF:
                next_instr = op_LOAD_DEREF(frame, oparg, next_instr)
            elif opcode == op.STORE_DEREF:
                next_instr = op_STORE_DEREF(frame, oparg, next_instr)
            elif opcode == op.CALL_FUNCTION_VAR:
                next_instr = op_CALL_FUNCTION_VAR(frame, oparg, next_instr)
            elif opcode == op.CALL_FUNCTION_KW:
                next_instr = op_CALL_FUNCTION_KW(frame, oparg, next_instr)
            elif opcode == op.CALL_FUNCTION_VAR_KW:
                next_instr = op_CALL_FUNCTION_VAR_KW(frame, oparg, next_instr)
            elif opcode == op.SETUP_WITH:
                next_instr = op_SETUP_WITH(frame, oparg, next_instr)
            elif opcode == op.SET_ADD:
                next_instr = op_SET_ADD(frame, oparg, next_instr)
            elif opcode == op.MAP_ADD:
                next_instr = op_MAP_ADD(frame, oparg, next_instr)
            else:
                next_instr = OPCODES[opcode](frame, oparg, next_instr)
        except OperationError as e:
            next_instr = handle_operation_error(frame, ec, e, True)
        except Reraise as r:
            next_instr = handle_operation_error(frame, ec, r.operr, False)
        except StackOverflow:
            next_instr = handle_operation_error(frame, ec, stack_overflow_error(frame.space), True)
        except MemoryError:     # an allocation too large for the runtime: 2.7's MemoryError
            next_instr = handle_operation_error(frame, ec, memory_error(frame.space), True)
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


def memory_error(space: "ObjSpace") -> OperationError:
    return OperationError(space.w_MemoryError, space.w_None)


def stack_overflow_error(space: "ObjSpace") -> OperationError:
    return OperationError(space.w_RuntimeError, space.newstr("maximum recursion depth exceeded"))


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
            from pypy27.interpreter.module.sys.excvars import publish_exc
            publish_exc(space, operr)
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
    return unroll_why(frame, unroller.why, unroller.w_value, unroller.jump_to, unroller)


def unroll_why(frame: PyFrame, why: int, w_value: Optional[W_Root], jump_to: int,
               unroller: Optional[SuspendedUnroller]) -> int:
    """unroll() for (why, w_value, jump_to); the unroller object is made only
    when a finally or with block needs it on the stack (a return or break
    inside loops alone allocates nothing)."""
    while len(frame.blocks) > 0:
        block = frame.blocks[len(frame.blocks) - 1]
        if block.kind == LOOP_BLOCK:
            if why == WHY_CONTINUE:
                return jump_to
            frame.blocks.pop()
            frame.dropvaluesuntil(block.level)
            if why == WHY_BREAK:
                return block.handler
            continue
        frame.blocks.pop()
        frame.dropvaluesuntil(block.level)
        if block.kind == EXCEPT_BLOCK:
            continue
        if unroller is None:
            unroller = SuspendedUnroller(why, w_value, jump_to, None)
        frame.push(unroller)
        return block.handler
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


# (kept out of the dispatch loop: a value left in the loop's own C frame by
# a swap stays visible to the conservative collector for long, keeping
# weakly referenced objects alive; these frames are transient)

def op_ROT_TWO(frame: PyFrame, oparg: int, next_instr: int) -> int:
    stack = frame.valuestack_w
    top = frame.depth - 1
    w_1 = stack[top]
    stack[top] = stack[top - 1]
    stack[top - 1] = w_1
    return next_instr


def op_ROT_THREE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    stack = frame.valuestack_w
    top = frame.depth - 1
    w_1 = stack[top]
    stack[top] = stack[top - 1]
    stack[top - 1] = stack[top - 2]
    stack[top - 2] = w_1
    return next_instr


def op_ROT_FOUR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    stack = frame.valuestack_w
    top = frame.depth - 1
    w_1 = stack[top]
    stack[top] = stack[top - 1]
    stack[top - 1] = stack[top - 2]
    stack[top - 2] = stack[top - 3]
    stack[top - 3] = w_1
    return next_instr


def op_DUP_TOP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    stack = frame.valuestack_w
    depth = frame.depth
    stack[depth] = stack[depth - 1]
    frame.depth = depth + 1
    return next_instr


def op_DUP_TOPX(frame: PyFrame, oparg: int, next_instr: int) -> int:
    # the compiler emits 2 (x[i] += v) and 3 (x[i:j] += v)
    stack = frame.valuestack_w
    depth = frame.depth
    if oparg == 2:
        stack[depth] = stack[depth - 2]
        stack[depth + 1] = stack[depth - 1]
    else:
        for i in range(oparg):
            stack[depth + i] = stack[depth - oparg + i]
    frame.depth = depth + oparg
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
    w_res = fastpath.getitem(frame.space, w_obj, w_key)
    frame.push(w_res if w_res is not None else frame.space.getitem(w_obj, w_key))
    return next_instr


def op_STORE_SUBSCR(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_key = frame.pop()
    w_obj = frame.pop()
    w_value = frame.pop()
    if not fastpath.setitem(frame.space, w_obj, w_key, w_value):
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


def fast_binop(frame: PyFrame, kind: int, name: str) -> None:
    """A binary operator with a fast path for ints and floats (fastpath.arith)."""
    w_b = frame.pop()
    w_a = frame.pop()
    w_res = fastpath.arith(frame.space, kind, w_a, w_b)
    if w_res is None:
        w_res = frame.space.binop(name, w_a, w_b)
    frame.push(w_res)


def fast_inplace(frame: PyFrame, kind: int, name: str) -> None:
    """An in-place operator: for ints and floats the same as the binary one."""
    w_res = fastpath.arith(frame.space, kind, frame.peekn(1), frame.peekn(0))
    if w_res is None:
        inplace(frame, name)
    else:
        frame.pop()
        frame.settopn(0, w_res)


def op_BINARY_ADD(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_b = frame.pop()
    w_a = frame.pop()
    w_res = fastpath.arith(frame.space, fastpath.ADD, w_a, w_b)
    frame.push(w_res if w_res is not None else frame.space.add(w_a, w_b))
    return next_instr


def op_BINARY_SUBTRACT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_b = frame.pop()
    w_a = frame.pop()
    w_res = fastpath.arith(frame.space, fastpath.SUB, w_a, w_b)
    frame.push(w_res if w_res is not None else frame.space.sub(w_a, w_b))
    return next_instr


def op_BINARY_MULTIPLY(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_b = frame.pop()
    w_a = frame.pop()
    w_res = fastpath.arith(frame.space, fastpath.MUL, w_a, w_b)
    frame.push(w_res if w_res is not None else frame.space.mul(w_a, w_b))
    return next_instr


def op_BINARY_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    if frame.pycode.co_flags & CO_FUTURE_DIVISION:
        fast_binop(frame, fastpath.DIV, "truediv")
    else:
        fast_binop(frame, fastpath.DIV, "div")
    return next_instr


def op_BINARY_TRUE_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    fast_binop(frame, fastpath.DIV, "truediv")
    return next_instr


def op_BINARY_FLOOR_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    fast_binop(frame, fastpath.FLOORDIV, "floordiv")
    return next_instr


def op_BINARY_MODULO(frame: PyFrame, oparg: int, next_instr: int) -> int:
    fast_binop(frame, fastpath.MOD, "mod")
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
    fast_inplace(frame, fastpath.ADD, "add")
    return next_instr


def op_INPLACE_SUBTRACT(frame: PyFrame, oparg: int, next_instr: int) -> int:
    fast_inplace(frame, fastpath.SUB, "sub")
    return next_instr


def op_INPLACE_MULTIPLY(frame: PyFrame, oparg: int, next_instr: int) -> int:
    fast_inplace(frame, fastpath.MUL, "mul")
    return next_instr


def op_INPLACE_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    if frame.pycode.co_flags & CO_FUTURE_DIVISION:
        fast_inplace(frame, fastpath.DIV, "truediv")
    else:
        fast_inplace(frame, fastpath.DIV, "div")
    return next_instr


def op_INPLACE_TRUE_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    fast_inplace(frame, fastpath.DIV, "truediv")
    return next_instr


def op_INPLACE_FLOOR_DIVIDE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    fast_inplace(frame, fastpath.FLOORDIV, "floordiv")
    return next_instr


def op_INPLACE_MODULO(frame: PyFrame, oparg: int, next_instr: int) -> int:
    fast_inplace(frame, fastpath.MOD, "mod")
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


def int_compare_values(oparg: int, a: int, b: int) -> bool:
    """COMPARE_OP 0..5 (< <= == != > >=) on two machine ints."""
    if oparg == 0:
        return a < b
    if oparg == 1:
        return a <= b
    if oparg == 2:
        return a == b
    if oparg == 3:
        return a != b
    if oparg == 4:
        return a > b
    return a >= b


def compare_and_jump(frame: PyFrame, code: str, next_instr: int) -> int:
    """After COMPARE_OP: when the next instruction is POP_JUMP_IF_FALSE/TRUE
    (`if a < b:`, `while i < n:`) and the comparison gave a bool, run that
    jump now, as 2.7's PREDICT does (not while tracing: it would miss the
    jump's instruction)."""
    if next_instr + 2 >= len(code):
        return next_instr
    opcode = ord(code[next_instr])
    if opcode != op.POP_JUMP_IF_FALSE and opcode != op.POP_JUMP_IF_TRUE:
        return next_instr
    space = frame.space
    w_cond = frame.peek()
    if w_cond is space.w_True:
        jump = opcode == op.POP_JUMP_IF_TRUE
    elif w_cond is space.w_False:
        jump = opcode == op.POP_JUMP_IF_FALSE
    else:
        return next_instr
    frame.pop()
    frame.last_instr = next_instr
    if jump:
        return ord(code[next_instr + 1]) | (ord(code[next_instr + 2]) << 8)
    return next_instr + 3


def op_COMPARE_OP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    w_b = frame.pop()
    w_a = frame.pop()
    fast = fastpath.int_compare(oparg, w_a, w_b)
    if fast < 0:
        fast = fastpath.float_compare(oparg, w_a, w_b)
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
    if type(w_seq) is W_TupleObject:
        # an exact tuple of the right length: its items as they are (no copy)
        assert isinstance(w_seq, W_TupleObject)
        if w_seq.w_class is None and len(w_seq.wrappeditems) == oparg:
            tuple_w = w_seq.wrappeditems
            i = oparg - 1
            while i >= 0:
                frame.push(tuple_w[i])
                i -= 1
            return next_instr
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
    space = frame.space
    w_cond = frame.pop()
    if w_cond is space.w_True:
        return next_instr
    if w_cond is space.w_False or not space.is_true(w_cond):
        return oparg
    return next_instr


def op_POP_JUMP_IF_TRUE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    space = frame.space
    w_cond = frame.pop()
    if w_cond is space.w_False:
        return next_instr
    if w_cond is space.w_True or space.is_true(w_cond):
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
    elif isinstance(w_iter, W_Generator):
        w_next = generator_step(frame.space, w_iter)
    else:
        w_next = frame.space.next(w_iter)
    if w_next is None:
        frame.pop()
        return next_instr + oparg
    frame.push(w_next)
    return next_instr


def generator_step(space: "ObjSpace", gen: W_Generator) -> Optional[W_Root]:
    """The generator's next value, or None when it is exhausted (resumed
    directly: no lookup of `next`, no StopIteration when it returns)."""
    try:
        return gen.send_ex(space, None, None)
    except OperationError as e:
        if not e.match(space, space.w_StopIteration):
            raise
        return None


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
    return unroll_why(frame, WHY_BREAK, None, 0, None)


def op_CONTINUE_LOOP(frame: PyFrame, oparg: int, next_instr: int) -> int:
    return unroll_why(frame, WHY_CONTINUE, None, oparg, None)


def op_RETURN_VALUE(frame: PyFrame, oparg: int, next_instr: int) -> int:
    w_value = frame.pop()
    if len(frame.blocks) == 0:
        frame.w_return = w_value
        return RETURN
    return unroll_why(frame, WHY_RETURN, w_value, 0, None)


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
    if w_star is None and w_starstar is None and \
            call_from_stack(frame, oparg & 0xff, (oparg >> 8) & 0xff):
        return
    call_function_general(frame, oparg, w_star, w_starstar)


def call_function_general(frame: PyFrame, oparg: int, w_star: Optional[W_Root],
                          w_starstar: Optional[W_Root]) -> None:
    """call_function for what call_from_stack left (or was not asked)."""
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
        if 1 <= nargs <= 3 and isinstance(w_callee, W_Builtin):
            # len(x), isinstance(x, t): call_selfN(a, ...) is the call with
            # the positional arguments (a, ...), without an argument list
            if nargs == 1:
                w_res = w_callee.call_self0(space, frame.peekn(0))
            elif nargs == 2:
                w_res = w_callee.call_self1(space, frame.peekn(1), frame.peekn(0))
            else:
                w_res = w_callee.call_self2(space, frame.peekn(2), frame.peekn(1), frame.peekn(0))
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


def call_from_stack(frame: PyFrame, nargs: int, nkw: int) -> bool:
    """A call of a Python function or bound method whose arguments go from
    the value stack straight into the new frame's locals (no argument list,
    no Arguments object); False (stack untouched) when the call needs the
    general path: *args/**kwargs parameters, errors, other callables."""
    nstack = nargs + 2 * nkw
    w_callee = frame.peekn(nstack)
    w_self: Optional[W_Root] = None
    if isinstance(w_callee, W_TypeObject):
        return instantiate_from_stack(frame, w_callee, nargs, nkw)
    if isinstance(w_callee, W_Method):
        w_self = w_callee.w_instance
        if w_self is None:
            return False
        w_callee = w_callee.w_function
    if not isinstance(w_callee, W_Function) or is_profiling():
        return False
    space = frame.space
    first = 0 if w_self is None else 1
    if nkw == 0:
        new_frame = w_callee.frame_for_positional(space, first + nargs)
    else:
        new_frame = frame_for_keywords(frame, w_callee, first + nargs, nkw)
    if new_frame is None:
        return False
    locals_w = new_frame.locals_w
    if w_self is not None:
        locals_w[0] = w_self
    for i in range(nargs):
        locals_w[first + i] = frame.peekn(nstack - 1 - i)
    frame.dropvaluesuntil(frame.depth - nstack - 1)
    frame.push(run_and_release(new_frame))
    return True


def instantiate_from_stack(frame: PyFrame, w_type: W_TypeObject, nargs: int, nkw: int) -> bool:
    """Point(x, y) for a class whose instances are made by object.__new__
    and set up by a Python __init__ (W_TypeObject.plain_init, the same case
    as call_type's fast path): the new instance and the arguments go
    straight into __init__'s frame; False (stack untouched) otherwise."""
    w_init = w_type.plain_init()
    if w_init is None or is_profiling():
        return False
    space = frame.space
    nstack = nargs + 2 * nkw
    if nkw == 0:
        new_frame = w_init.frame_for_positional(space, 1 + nargs)
    else:
        new_frame = frame_for_keywords(frame, w_init, 1 + nargs, nkw)
    if new_frame is None:
        return False
    w_inst = W_ObjectObject(w_type)
    locals_w = new_frame.locals_w
    locals_w[0] = w_inst
    for i in range(nargs):
        locals_w[1 + i] = frame.peekn(nstack - 1 - i)
    frame.dropvaluesuntil(frame.depth - nstack - 1)
    w_ret = run_and_release(new_frame)
    if not space.is_w(w_ret, space.w_None):
        raise space.type_error("__init__() should return None, not '%s'" % space.type(w_ret).name)
    frame.push(w_inst)
    return True


def frame_for_keywords(frame: PyFrame, w_func: W_Function, npos: int, nkw: int) -> Optional[PyFrame]:
    """The new frame of a call with npos positional arguments (stored by the
    caller) and the nkw keyword arguments on top of frame's stack, for a
    signature without *args/**kwargs; None when binding would fail (the
    general path then reports the error)."""
    space = frame.space
    code = w_func.code
    sig = code.signature
    if sig.varargname is not None or sig.kwargname is not None:
        return None
    argnames = sig.argnames
    argcount = len(argnames)
    if npos > argcount:
        return None
    new_frame = frame_for_call(space, code, w_func.w_func_globals, w_func.closure)
    locals_w = new_frame.locals_w
    for k in range(nkw):
        w_key = frame.peekn(2 * (nkw - 1 - k) + 1)
        if not isinstance(w_key, W_BytesObject):
            return None
        key = w_key.value
        j = npos
        while j < argcount and argnames[j] != key:
            j += 1
        if j == argcount or locals_w[j] is not None:
            return None        # unknown, positional or repeated
        locals_w[j] = frame.peekn(2 * (nkw - 1 - k))
    defaults_w = w_func.defaults_w
    base = argcount - len(defaults_w)
    for i in range(npos, argcount):
        if locals_w[i] is None:
            if i < base:
                return None    # missing argument
            locals_w[i] = defaults_w[i - base]
    return new_frame


def op_CALL_FUNCTION(frame: PyFrame, oparg: int, next_instr: int) -> int:
    # a Python function or class: straight into its frame (one C call less)
    if not call_from_stack(frame, oparg & 0xff, (oparg >> 8) & 0xff):
        call_function_general(frame, oparg, None, None)
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
    from pypy27.interpreter.pyopcode_method import lookup_method
    lookup_method(frame, oparg)
    return next_instr


def op_CALL_METHOD(frame: PyFrame, oparg: int, next_instr: int) -> int:
    from pypy27.interpreter.pyopcode_method import call_method
    call_method(frame, oparg)
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
