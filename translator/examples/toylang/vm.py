"""The bytecode dispatch loop, written the way the tracing JIT expects it."""
from typing import Optional

from pypy27.support.jit import JitDriver, virtualizable
from pypy27.translator.examples.toylang import bytecode as bc
from pypy27.translator.examples.toylang.bytecode import Code, Program
from pypy27.translator.examples.toylang.errors import ToyError
from pypy27.translator.examples.toylang.values import (
    IntValue, StrValue, Value, bool_value)

# greens identify the position in the toy program; the frame is the only red
driver = JitDriver(greens=["pc", "code"], reds=["frame"], virtualizables=["frame"],
                   name="toylang")


@virtualizable("locals[*]", "stack[*]", "sp")
class Frame:
    """Locals and a fixed-size operand stack (sized by the compiler), so the
    JIT can keep both in registers."""
    locals: list[Optional[Value]]
    stack: list[Optional[Value]]
    sp: int

    def __init__(self, code: Code) -> None:
        self.locals = [None] * len(code.localnames)
        self.stack = [None] * code.maxstack
        self.sp = 0

    def push(self, v: Value) -> None:
        self.stack[self.sp] = v
        self.sp += 1

    def pop(self) -> Value:
        self.sp -= 1
        v = self.stack[self.sp]
        self.stack[self.sp] = None      # do not keep garbage alive
        assert v is not None
        return v


def compare(op: int, left: Value, right: Value) -> bool:
    if op == bc.EQ:
        return left.equals(right)
    if op == bc.NE:
        return not left.equals(right)
    if op == bc.LT:
        return left.less_than(right)
    if op == bc.LE:
        return not right.less_than(left)
    if op == bc.GT:
        return right.less_than(left)
    return not left.less_than(right)      # GE


def call_builtin(which: int, arg: Value) -> Value:
    if which == bc.BUILTIN_STR:
        return StrValue(arg.to_str())
    if which == bc.BUILTIN_LEN:
        if isinstance(arg, StrValue):
            return IntValue(len(arg.strval))
        raise ToyError("len() of %s" % arg.type_name())
    # BUILTIN_INT
    if isinstance(arg, IntValue):
        return arg
    if isinstance(arg, StrValue):
        text = arg.strval.strip()
        digits = text[1:] if text.startswith("-") else text
        if len(digits) == 0 or len(digits) > 18 or not digits.isdigit():
            raise ToyError("invalid integer %r" % arg.strval)
        return IntValue(int(text))
    raise ToyError("int() of %s" % arg.type_name())


def call_function(site: bc.CallSite, caller: Frame) -> Value:
    callee = site.target
    assert callee is not None
    frame = Frame(callee)
    i = site.argc - 1
    while i >= 0:
        frame.locals[i] = caller.pop()
        i -= 1
    return execute(callee, frame)


def execute(code: Code, frame: Frame) -> Value:
    """Run code in frame until RETURN; ToyErrors get the current source line."""
    pc = 0
    try:
        while True:
            driver.jit_merge_point(pc=pc, code=code, frame=frame)
            op = code.ops[pc]
            arg = code.ops[pc + 1]
            pc += 2
            if op == bc.LOAD_LOCAL:
                v = frame.locals[arg]
                if v is None:
                    raise ToyError("variable %s used before assignment" % code.localnames[arg])
                frame.push(v)
            elif op == bc.LOAD_CONST:
                frame.push(code.consts[arg])
            elif op == bc.STORE_LOCAL:
                frame.locals[arg] = frame.pop()
            elif op == bc.JUMP_IF_FALSE:
                if not frame.pop().is_true():
                    pc = arg
            elif op == bc.JUMP:
                if arg < pc:
                    pc = arg
                    driver.can_enter_jit(pc=pc, code=code, frame=frame)
                else:
                    pc = arg
            elif op == bc.ADD:
                right = frame.pop()
                frame.push(frame.pop().add(right))
            elif op == bc.SUB:
                right = frame.pop()
                frame.push(frame.pop().sub(right))
            elif op == bc.MUL:
                right = frame.pop()
                frame.push(frame.pop().mul(right))
            elif op == bc.DIV:
                right = frame.pop()
                frame.push(frame.pop().div(right))
            elif op == bc.MOD:
                right = frame.pop()
                frame.push(frame.pop().mod(right))
            elif op == bc.NEG:
                frame.push(frame.pop().neg())
            elif bc.EQ <= op and op <= bc.GE:
                right = frame.pop()
                frame.push(bool_value(compare(op, frame.pop(), right)))
            elif op == bc.CALL:
                frame.push(call_function(code.callsites[arg], frame))
            elif op == bc.BUILTIN:
                frame.push(call_builtin(arg, frame.pop()))
            elif op == bc.POP:
                frame.pop()
            elif op == bc.PRINT:
                pieces = [""] * arg
                i = arg - 1
                while i >= 0:
                    pieces[i] = frame.pop().to_str()
                    i -= 1
                print(" ".join(pieces))
            elif op == bc.RETURN:
                return frame.pop()
            else:
                raise ToyError("bad opcode %d" % op)
    except ToyError as e:
        if e.line == 0:
            e.line = code.line_at(pc - 2)
        raise e


def run_program(program: Program) -> Value:
    return execute(program.main, Frame(program.main))
