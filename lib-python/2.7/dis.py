"""Disassembler of CPython 2.7 bytecode (what our compiler produces)."""

import sys
import types

from opcode import *
from opcode import __all__ as _opcodes_all

__all__ = ["dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType, types.ClassType, type)


def dis(x=None):
    """Disassemble a class (each of its methods), method, function or code
    object, a string of bytecode, or by default the last traceback."""
    if x is None:
        distb()
        return
    if isinstance(x, types.InstanceType):
        x = x.__class__
    if hasattr(x, 'im_func'):
        x = x.im_func
    if hasattr(x, 'func_code'):
        x = x.func_code
    if hasattr(x, '__dict__'):
        for name, value in sorted(x.__dict__.items()):
            if isinstance(value, _have_code):
                print "Disassembly of %s:" % name
                try:
                    dis(value)
                except TypeError, msg:
                    print "Sorry:", msg
                print
    elif hasattr(x, 'co_code'):
        disassemble(x)
    elif isinstance(x, str):
        disassemble_string(x)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None):
    """Disassemble the code of a traceback's innermost frame (the last
    traceback by default), marking the instruction that failed."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble")
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti)


def _instructions(code):
    """(offset, opcode, argument or None) for each instruction, with
    EXTENDED_ARG folded into the next argument."""
    n = len(code)
    i = 0
    extended_arg = 0
    while i < n:
        op = ord(code[i])
        start = i
        i += 1
        arg = None
        if op >= HAVE_ARGUMENT:
            arg = ord(code[i]) + ord(code[i + 1]) * 256 + extended_arg
            extended_arg = 0
            i += 2
            if op == EXTENDED_ARG:
                extended_arg = arg * 65536
        yield start, op, arg, i


def _print_instruction(i, op, oparg, next_i, linestarts, labels, lasti, names, consts, varnames, free):
    if i in linestarts:
        if i > 0:
            print
        print "%3d" % linestarts[i],
    else:
        print '   ',
    print '-->' if i == lasti else '   ',
    print '>>' if i in labels else '  ',
    print repr(i).rjust(4),
    print opname[op].ljust(20),
    if oparg is not None:
        print repr(oparg).rjust(5),
        if op in hasconst:
            print '(' + repr(consts[oparg]) + ')' if consts is not None else '',
        elif op in hasname:
            print '(' + names[oparg] + ')' if names is not None else '',
        elif op in hasjrel:
            print '(to ' + repr(next_i + oparg) + ')',
        elif op in haslocal:
            print '(' + varnames[oparg] + ')' if varnames is not None else '',
        elif op in hascompare:
            print '(' + cmp_op[oparg] + ')',
        elif op in hasfree:
            print '(' + free[oparg] + ')' if free is not None else '',
    print


def disassemble(co, lasti=-1):
    """Print the instructions of a code object."""
    code = co.co_code
    labels = findlabels(code)
    linestarts = dict(findlinestarts(co))
    free = co.co_cellvars + co.co_freevars
    for i, op, oparg, next_i in _instructions(code):
        _print_instruction(i, op, oparg, next_i, linestarts, labels, lasti, co.co_names, co.co_consts,
                           co.co_varnames, free)

disco = disassemble


def disassemble_string(code, lasti=-1, varnames=None, names=None, constants=None):
    """Print the instructions of a raw bytecode string."""
    labels = findlabels(code)
    for i, op, oparg, next_i in _instructions(code):
        if i == lasti:
            print '-->',
        else:
            print '   ',
        print '>>' if i in labels else '  ',
        print repr(i).rjust(4),
        print opname[op].ljust(15),
        if oparg is not None:
            print repr(oparg).rjust(5),
            if op in hasconst:
                print '(' + repr(constants[oparg]) + ')' if constants else '(%d)' % oparg,
            elif op in hasname:
                print '(' + names[oparg] + ')' if names is not None else '(%d)' % oparg,
            elif op in hasjrel:
                print '(to ' + repr(next_i + oparg) + ')',
            elif op in haslocal:
                print '(' + varnames[oparg] + ')' if varnames else '(%d)' % oparg,
            elif op in hascompare:
                print '(' + cmp_op[oparg] + ')',
        print


def findlabels(code):
    """The offsets that are jump targets."""
    labels = []
    for i, op, oparg, next_i in _instructions(code):
        label = -1
        if op in hasjrel:
            label = next_i + oparg
        elif op in hasjabs:
            label = oparg
        if label >= 0 and label not in labels:
            labels.append(label)
    return labels


def findlinestarts(code):
    """(offset, line number) where each source line's code starts, from
    co_lnotab."""
    byte_increments = [ord(c) for c in code.co_lnotab[0::2]]
    line_increments = [ord(c) for c in code.co_lnotab[1::2]]
    lastlineno = None
    lineno = code.co_firstlineno
    addr = 0
    for byte_incr, line_incr in zip(byte_increments, line_increments):
        if byte_incr:
            if lineno != lastlineno:
                yield (addr, lineno)
                lastlineno = lineno
            addr += byte_incr
        lineno += line_incr
    if lineno != lastlineno:
        yield (addr, lineno)


def _test():
    """Disassemble a file given on the command line (or stdin)."""
    if sys.argv[1:]:
        fn = sys.argv[1]
        f = open(fn)
    else:
        fn = "<stdin>"
        f = sys.stdin
    source = f.read()
    if sys.argv[1:]:
        f.close()
    dis(compile(source, fn, "exec"))

if __name__ == "__main__":
    _test()
