"""The app-level code object: a CodeObj from the compiler with its constants
turned into app-level objects."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Signature
from pypy27.interpreter.astcompiler import opcodes as op
from pypy27.interpreter.astcompiler.pycode import (
    CO_GENERATOR, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CodeObj, Const, ConstBool, ConstCode,
    ConstComplex, ConstEllipsis, ConstFloat, ConstInt, ConstLong, ConstNone, ConstStr,
    ConstTuple, ConstUnicode)
from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.dictobject import ModuleCell
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    from pypy27.interpreter.pyframe import PyFrame


class InternTable(object):
    """One string object per attribute/global name: instance and type dicts
    then compare their keys by pointer, never with memcmp (issue 5)."""
    names: dict[str, str]

    def __init__(self) -> None:
        self.names = {}


intern_table = InternTable()


def intern_name(name: str) -> str:
    names = intern_table.names
    found = names.get(name, None)
    if found is not None:
        return found
    names[name] = name
    return name


class PyCode(W_Root):
    """A 2.7 code object (`type(f.func_code)`)."""
    co_argcount: int
    co_nlocals: int
    co_stacksize: int
    co_flags: int
    co_code: str
    co_consts_w: list[W_Root]
    co_names: list[str]
    co_names_w: list[W_Root]
    co_varnames: list[str]
    co_freevars: list[str]
    co_cellvars: list[str]
    co_filename: str
    co_name: str
    co_firstlineno: int
    co_lnotab: str
    method_depth: int       # value-stack slots beyond co_stacksize (method_depth())
    signature: Signature
    # for each cell variable, the index of the argument it is initialised
    # from (-1: not an argument)
    cell_from_arg: list[int]
    w_docstring: Optional[W_Root]
    # LOAD_GLOBAL caches, per name: the globals/builtins dict seen last and
    # the module-dict cell of the name in it
    gcache_dict: list[Optional[W_Root]]
    gcache_cell: list[Optional["ModuleCell"]]
    bcache_dict: list[Optional[W_Root]]
    bcache_cell: list[Optional["ModuleCell"]]
    # finished frames of this code that nothing else saw, kept for the next
    # calls (pyframe.frame_for_call/release_frame): only for plain function code
    # (fast locals, no cells; a generator's frame once it is exhausted)
    recyclable: bool
    free_frames: list["PyFrame"]

    def __init__(self, space: "ObjSpace", co: CodeObj) -> None:
        self.co_argcount = co.co_argcount
        self.co_nlocals = co.co_nlocals
        self.co_stacksize = co.co_stacksize
        self.co_flags = co.co_flags
        self.co_code = co.co_code
        self.method_depth = method_depth(co.co_code)
        consts_w: list[W_Root] = []
        for c in co.co_consts:
            consts_w.append(const_w(space, c))
        self.co_consts_w = consts_w
        names: list[str] = []
        names_w: list[W_Root] = []
        for name in co.co_names:
            name = intern_name(name)
            names.append(name)
            names_w.append(space.newstr(name))
        self.co_names = names
        self.co_names_w = names_w
        self.co_varnames = co.co_varnames
        self.co_freevars = co.co_freevars
        self.co_cellvars = co.co_cellvars
        self.co_filename = co.co_filename
        self.co_name = co.co_name
        self.co_firstlineno = co.co_firstlineno
        self.co_lnotab = co.co_lnotab
        self.w_docstring = None
        self.gcache_dict = [None] * len(co.co_names)
        self.gcache_cell = [None] * len(co.co_names)
        self.bcache_dict = [None] * len(co.co_names)
        self.bcache_cell = [None] * len(co.co_names)
        argnames = co.co_varnames[:co.co_argcount]
        n = co.co_argcount
        varargname: Optional[str] = None
        kwargname: Optional[str] = None
        if co.co_flags & CO_VARARGS:
            varargname = co.co_varnames[n]
            n += 1
        if co.co_flags & CO_VARKEYWORDS:
            kwargname = co.co_varnames[n]
            n += 1
        self.signature = Signature(argnames, varargname, kwargname)
        plain = CO_OPTIMIZED | CO_NEWLOCALS
        self.recyclable = (co.co_flags & plain) == plain and \
            len(co.co_cellvars) == 0 and len(co.co_freevars) == 0
        self.free_frames = []
        self.cell_from_arg = []
        for name in co.co_cellvars:
            index = -1
            for i in range(n):
                if co.co_varnames[i] == name:
                    index = i
                    break
            self.cell_from_arg.append(index)

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_code

    def is_generator(self) -> bool:
        return (self.co_flags & CO_GENERATOR) != 0

    def getdocstring(self, space: "ObjSpace") -> W_Root:
        """The first constant if it is a str or unicode (2.7's rule)."""
        if len(self.co_consts_w) > 0:
            w_first = self.co_consts_w[0]
            if space.isinstance_w(w_first, space.w_basestring):
                return w_first
        return space.w_None

    def line_for_instr(self, lasti: int) -> int:
        """The source line of the instruction at offset lasti (co_lnotab)."""
        return line_from_lnotab(self.co_lnotab, self.co_firstlineno, lasti)


def method_depth(code: str) -> int:
    """The most method calls pending at once (LOOKUP_METHOD seen, its
    CALL_METHOD not yet): each holds one more value-stack slot than the
    LOAD_ATTR/CALL_FUNCTION that co_stacksize counts (opcodes.stack_effect).
    The compiler emits a call's arguments between the two, so the pairs
    nest like parentheses in the code string's order."""
    depth = 0
    most = 0
    i = 0
    n = len(code)
    while i < n:
        opcode = ord(code[i])
        if opcode == op.LOOKUP_METHOD:
            depth += 1
            if depth > most:
                most = depth
        elif opcode == op.CALL_METHOD:
            depth -= 1
        i += 3 if opcode >= op.HAVE_ARGUMENT else 1
    return most


def standard_code(code: str) -> str:
    """co_code as 2.7 has it: our LOOKUP_METHOD/CALL_METHOD written as the
    LOAD_ATTR/CALL_FUNCTION they stand for (same size, same argument)."""
    if chr(op.LOOKUP_METHOD) not in code and chr(op.CALL_METHOD) not in code:
        return code
    chars = list(code)
    i = 0
    n = len(code)
    while i < n:
        opcode = ord(code[i])
        chars[i] = chr(op.standard_opcode(opcode))
        i += 3 if opcode >= op.HAVE_ARGUMENT else 1
    return "".join(chars)


def line_from_lnotab(lnotab: str, firstlineno: int, lasti: int) -> int:
    line = firstlineno
    addr = 0
    i = 0
    while i + 1 < len(lnotab):
        addr += ord(lnotab[i])
        if addr > lasti:
            break
        line += ord(lnotab[i + 1])
        i += 2
    return line


def const_w(space: "ObjSpace", c: Const) -> W_Root:
    """The app-level value of a compiler constant."""
    if isinstance(c, ConstNone):
        return space.w_None
    if isinstance(c, ConstInt):
        return space.newint(c.value)
    if isinstance(c, ConstStr):
        return space.newstr(c.value)
    if isinstance(c, ConstCode):
        return PyCode(space, c.code)
    if isinstance(c, ConstTuple):
        items_w: list[W_Root] = []
        for item in c.items:
            items_w.append(const_w(space, item))
        return space.newtuple(items_w)
    if isinstance(c, ConstFloat):
        return space.newfloat(c.value)
    if isinstance(c, ConstUnicode):
        return space.newunicode(c.utf8)
    if isinstance(c, ConstLong):
        return space.newlong_from_decimal(c.text)
    if isinstance(c, ConstBool):
        return space.newbool(c.value)
    if isinstance(c, ConstComplex):
        return space.newcomplex(c.real, c.imag)
    if isinstance(c, ConstEllipsis):
        return space.w_Ellipsis
    raise ValueError("unknown constant")
