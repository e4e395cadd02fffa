"""Disassembler of CPython 2.7 bytecode (what our compiler produces)."""

import sys
import types

from opcode import *
from opcode import __all__ as _opcode_names

__all__ = ["dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels"] + _opcode_names
del _opcode_names

# What dis() disassembles when it finds it in a class or module __dict__.
_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              types.ClassType, type)


def _code_holder(x):
    """x reduced towards something with code: an instance to its class, a
    method to its function, a function to its code object."""
    if isinstance(x, types.InstanceType):
        x = x.__class__
    x = getattr(x, 'im_func', x)
    return getattr(x, 'func_code', x)


def _dis_namespace(holder):
    """Disassemble the functions, methods, classes and code objects found in
    holder's __dict__, in name order."""
    for name, value in sorted(holder.__dict__.items()):
        if not isinstance(value, _have_code):
            continue
        print "Disassembly of %s:" % name
        try:
            dis(value)
        except TypeError, why:
            print "Sorry:", why
        print


def dis(x=None):
    """Disassemble a class (each of its methods), method, function or code
    object, a string of bytecode, or by default the last traceback."""
    if x is None:
        distb()
        return
    x = _code_holder(x)
    if hasattr(x, '__dict__'):
        _dis_namespace(x)
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
        if not hasattr(sys, 'last_traceback'):
            raise RuntimeError("no last traceback to disassemble")
        tb = sys.last_traceback
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
    co_lnotab: pairs of (bytecode advance, line advance) bytes."""
    table = code.co_lnotab
    line = code.co_firstlineno
    offset = 0
    reported = None
    for k in range(0, len(table) - 1, 2):
        advance, lines = ord(table[k]), ord(table[k + 1])
        if advance:
            if line != reported:
                yield offset, line
                reported = line
            offset += advance
        line += lines
    if line != reported:
        yield offset, line


def _test():
    """Disassemble the module in the file named on the command line (or
    read from stdin)."""
    if len(sys.argv) > 1:
        filename = sys.argv[1]
        with open(filename) as source_file:
            source = source_file.read()
    else:
        filename = "<stdin>"
        source = sys.stdin.read()
    dis(compile(source, filename, "exec"))


if __name__ == "__main__":
    _test()
