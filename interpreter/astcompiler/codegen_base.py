"""The code generator's state: one ``CodeUnit`` per code object being built,
instruction emission, constant/name tables, line numbers, name resolution
(LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL / LOAD_NAME), closures, and turning a
finished unit into a ``CodeObj``.

The generator itself is split by concept along a single-inheritance chain:
``CodeGenBase`` (here) <- ``ExprCodeGen`` (codegen_expr.py) <-
``CodeGenerator`` (codegen_stmt.py).
"""
from typing import Optional

from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.astcompiler import opcodes as op
from pypy27.interpreter.astcompiler.assembler import (
    Block, Instr, emit, resolve_jumps, stack_depth)
from pypy27.interpreter.astcompiler.misc import (
    NO_LINENO, WarningSink, bare_syntax_error, mangle, syntax_error)
from pypy27.interpreter.astcompiler.peephole import optimize
from pypy27.interpreter.astcompiler.pycode import (
    CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_NOFREE, CO_OPTIMIZED,
    CO_VARARGS, CO_VARKEYWORDS, CodeObj, Const, ConstCode, ConstNone)
from pypy27.interpreter.astcompiler.symtable import (
    CELL, DEF_FREE_CLASS, FREE, FUNCTION_BLOCK, GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT, LOCAL, MODULE_BLOCK, Scope, SymbolTable)

# kinds of frame block, for break/continue checks
FB_LOOP = 0
FB_EXCEPT = 1
FB_FINALLY_TRY = 2
FB_FINALLY_END = 3


class FrameBlock(object):
    kind: int
    block: Block

    def __init__(self, kind: int, block: Block) -> None:
        self.kind = kind
        self.block = block


class CodeUnit(object):
    """Everything about the code object being generated."""
    scope: Scope
    name: str
    firstlineno: int
    argcount: int
    private: str
    consts: list[Const]
    const_index: dict[str, int]
    names: list[str]
    name_index: dict[str, int]
    varnames: list[str]
    varname_index: dict[str, int]
    cellvars: list[str]
    freevars: list[str]
    deref_index: dict[str, int]     # cells first, then free variables
    blocks: list[Block]             # in layout order
    entry: Block
    current: Block
    lineno: int
    lineno_set: bool
    fblocks: list[FrameBlock]

    def __init__(self, scope: Scope, name: str, firstlineno: int,
                 private: str) -> None:
        self.scope = scope
        self.name = name
        self.firstlineno = firstlineno
        self.argcount = 0
        self.private = private
        self.consts = []
        self.const_index = {}
        self.names = []
        self.name_index = {}
        self.varnames = []
        self.varname_index = {}
        for v in scope.varnames:
            self.varname_index[v] = len(self.varnames)
            self.varnames.append(v)
        self.cellvars = scope.names_in_scope(CELL, 0)
        self.freevars = scope.names_in_scope(FREE, DEF_FREE_CLASS)
        self.deref_index = {}
        for v in self.cellvars:
            self.deref_index[v] = len(self.deref_index)
        for v in self.freevars:
            self.deref_index[v] = len(self.deref_index)
        self.entry = Block()
        self.entry.used = True
        self.blocks = [self.entry]
        self.current = self.entry
        self.lineno = 0
        self.lineno_set = False
        self.fblocks = []


def _add_name(names: list[str], index: dict[str, int], name: str) -> int:
    if name in index:
        return index[name]
    i = len(names)
    names.append(name)
    index[name] = i
    return i


class CodeGenBase(ast.ASTVisitor):
    filename: str
    flags: int              # compiler flags, future features included
    symtable: SymbolTable
    warnings: WarningSink
    unit: CodeUnit
    units: list[CodeUnit]   # enclosing units
    active: bool            # self.unit is a real unit
    interactive: bool
    future_lineno: int

    def __init__(self, filename: str, flags: int, symtable: SymbolTable,
                 warnings: WarningSink, future_lineno: int) -> None:
        self.filename = filename
        self.flags = flags
        self.symtable = symtable
        self.warnings = warnings
        self.units = []
        self.active = False
        self.unit = CodeUnit(symtable.top, "", 0, "")   # replaced on entry
        self.interactive = False
        self.future_lineno = future_lineno

    # ---- units ------------------------------------------------------------

    def enter_scope(self, name: str, node: ast.AST, lineno: int) -> None:
        private = ""
        if self.active:
            private = self.unit.private
            self.units.append(self.unit)
        self.active = True
        self.unit = CodeUnit(self.symtable.lookup(node), name, lineno, private)

    def exit_scope(self) -> None:
        if self.units:
            self.unit = self.units.pop()

    def error(self, msg: str) -> Exception:
        return syntax_error(msg, self.filename, self.unit.lineno)

    # ---- blocks and instructions -----------------------------------------

    def new_block(self) -> Block:
        return Block()

    def use_next_block(self, block: Block) -> None:
        """Continue emitting into ``block``, placed after the current one."""
        assert not block.used
        block.used = True
        self.unit.current.next = block
        self.unit.current = block
        self.unit.blocks.append(block)

    def next_block(self) -> None:
        self.use_next_block(Block())

    def _append(self, instr: Instr) -> None:
        u = self.unit
        if not u.lineno_set:
            u.lineno_set = True
            instr.lineno = u.lineno
        u.current.instrs.append(instr)
        if instr.opcode == op.RETURN_VALUE:
            u.current.has_return = True

    def emit(self, opcode: int) -> None:
        self._append(Instr(opcode, 0, None, 0))

    def emit_arg(self, opcode: int, arg: int) -> None:
        self._append(Instr(opcode, arg, None, 0))

    def emit_jump(self, opcode: int, target: Block) -> None:
        self._append(Instr(opcode, 0, target, 0))

    def set_lineno(self, lineno: int) -> None:
        """A statement starts: its first instruction gets a line entry."""
        self.unit.lineno = lineno
        self.unit.lineno_set = False

    def update_lineno(self, lineno: int) -> None:
        """An expression on a later line than anything before."""
        if lineno > self.unit.lineno:
            self.unit.lineno = lineno
            self.unit.lineno_set = False

    # ---- tables -----------------------------------------------------------

    def add_const(self, c: Const) -> int:
        u = self.unit
        key = c.key()
        if key in u.const_index:
            return u.const_index[key]
        i = len(u.consts)
        u.consts.append(c)
        u.const_index[key] = i
        return i

    def load_const(self, c: Const) -> None:
        self.emit_arg(op.LOAD_CONST, self.add_const(c))

    def load_none(self) -> None:
        self.load_const(ConstNone())

    def add_name(self, name: str) -> int:
        return _add_name(self.unit.names, self.unit.name_index, name)

    def emit_name(self, opcode: int, name: str) -> None:
        """An instruction naming an attribute/import: mangled, in co_names."""
        self.emit_arg(opcode, self.add_name(mangle(self.unit.private, name)))

    # ---- names ------------------------------------------------------------

    def name_op(self, name: str, ctx: int) -> None:
        u = self.unit
        mangled = mangle(u.private, name)
        scope = u.scope.scope_of(mangled)
        is_function = u.scope.kind == FUNCTION_BLOCK
        if scope == FREE or scope == CELL:
            if ctx == ast.Load:
                opcode = op.LOAD_DEREF
            elif ctx == ast.Store:
                opcode = op.STORE_DEREF
            elif ctx == ast.Del:
                raise bare_syntax_error("can not delete variable '%s' referenced "
                                   "in nested scope" % name, self.filename,
                                   NO_LINENO)
            else:
                raise self.error("invalid context for a closure variable")
            self.emit_arg(opcode, u.deref_index[mangled])
            return
        if scope == LOCAL and is_function:
            if ctx == ast.Load:
                opcode = op.LOAD_FAST
            elif ctx == ast.Del:
                opcode = op.DELETE_FAST
            else:
                opcode = op.STORE_FAST
            self.emit_arg(opcode, _add_name(u.varnames, u.varname_index, mangled))
            return
        if scope == GLOBAL_EXPLICIT or (scope == GLOBAL_IMPLICIT and is_function
                                        and not u.scope.unoptimized):
            if ctx == ast.Load:
                opcode = op.LOAD_GLOBAL
            elif ctx == ast.Del:
                opcode = op.DELETE_GLOBAL
            else:
                opcode = op.STORE_GLOBAL
        else:
            if ctx == ast.Load:
                opcode = op.LOAD_NAME
            elif ctx == ast.Del:
                opcode = op.DELETE_NAME
            else:
                opcode = op.STORE_NAME
        self.emit_arg(opcode, self.add_name(mangled))

    # ---- code objects -----------------------------------------------------

    def code_flags(self) -> int:
        u = self.unit
        scope = u.scope
        flags = 0
        if scope.kind != MODULE_BLOCK:
            flags |= CO_NEWLOCALS
        if scope.kind == FUNCTION_BLOCK:
            if not scope.unoptimized:
                flags |= CO_OPTIMIZED
            if scope.nested:
                flags |= CO_NESTED
            if scope.generator:
                flags |= CO_GENERATOR
            if scope.varargs:
                flags |= CO_VARARGS
            if scope.varkeywords:
                flags |= CO_VARKEYWORDS
        flags |= self.flags
        if not u.freevars and not u.cellvars:
            flags |= CO_NOFREE
        return flags

    def assemble(self, add_none: bool) -> CodeObj:
        """Finish the current unit: every path falling off the end returns
        None (or the value on the stack for an expression)."""
        u = self.unit
        if not u.current.has_return:
            self.next_block()
            if add_none:
                self.load_none()
            self.emit(op.RETURN_VALUE)
        firstlineno = u.firstlineno
        if not firstlineno:
            if u.entry.instrs:
                firstlineno = u.entry.instrs[0].lineno
            else:
                firstlineno = 1
        depth = stack_depth(u.entry, u.blocks)
        resolve_jumps(u.blocks)
        code, lnotab = emit(u.blocks, firstlineno)
        flags = self.code_flags()
        consts = list(u.consts)
        code, lnotab = optimize(code, consts, u.names, lnotab)
        chars = []
        for b in code:
            chars.append(chr(b))
        return CodeObj(u.argcount, len(u.varnames), depth, flags,
                       "".join(chars), consts, list(u.names),
                       list(u.varnames), list(u.freevars), list(u.cellvars),
                       self.filename, u.name, firstlineno, lnotab)

    def make_closure(self, code: CodeObj, ndefaults: int) -> None:
        """Push a function object for ``code`` with ``ndefaults`` defaults
        (already on the stack), passing the cells it closes over."""
        const = ConstCode(code)
        if not code.co_freevars:
            self.load_const(const)
            self.emit_arg(op.MAKE_FUNCTION, ndefaults)
            return
        u = self.unit
        for name in code.co_freevars:
            # a method's free variable may also be a class-body name: it
            # is then among the class's own free variables (DEF_FREE_CLASS)
            self.emit_arg(op.LOAD_CLOSURE, u.deref_index[name])
        self.emit_arg(op.BUILD_TUPLE, len(code.co_freevars))
        self.load_const(const)
        self.emit_arg(op.MAKE_CLOSURE, ndefaults)

    # ---- provided by the subclasses ----------------------------------------

    def visit_expr(self, e: ast.expr) -> None:
        raise NotImplementedError

    def visit_stmt(self, s: ast.stmt) -> None:
        raise NotImplementedError

    def visit_optional_value(self, e: Optional[ast.expr]) -> None:
        if e is None:
            self.load_none()
        else:
            self.visit_expr(e)
