"""Frames: the state of one running code object (fast locals, cells, value
stack, block stack), and 2.7's block-stack unwinding."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.executioncontext import get_ec
from pypy27.interpreter.astcompiler.pycode import CO_NEWLOCALS, CO_OPTIMIZED
from pypy27.interpreter.function import W_Cell
from pypy27.support.objectmodel import stack_guard

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    from pypy27.interpreter.pycode import PyCode


def dict_finditem_str(space: "ObjSpace", w_dict: W_Root, name: str) -> Optional[W_Root]:
    """w_dict[name], or None if it is missing."""
    return dict_finditem(space, w_dict, space.newstr(name))


def dict_finditem(space: "ObjSpace", w_dict: W_Root, w_key: W_Root) -> Optional[W_Root]:
    """w_dict[w_key] or None: like 2.7's PyDict_GetItem for dicts (and their
    subclasses), the mapping protocol for other objects."""
    from pypy27.interpreter.objspace.dictobject import W_DictObject, dict_getitem_w
    if isinstance(w_dict, W_DictObject):
        return dict_getitem_w(space, w_dict, w_key)
    return mapping_finditem(space, w_dict, w_key)


def mapping_finditem(space: "ObjSpace", w_dict: W_Root, w_key: W_Root) -> Optional[W_Root]:
    """w_dict[w_key] through the mapping protocol, or None on KeyError."""
    try:
        return space.getitem(w_dict, w_key)
    except OperationError as e:
        if e.match(space, space.w_KeyError):
            return None
        raise


# why a block is being unwound
WHY_EXCEPTION = 1
WHY_RETURN = 2
WHY_BREAK = 3
WHY_CONTINUE = 4


class SuspendedUnroller(W_Root):
    """Pushed on the value stack while a `finally` block runs on the way out of
    a return, break, continue or exception; END_FINALLY resumes the unwinding."""
    why: int
    w_value: Optional[W_Root]          # WHY_RETURN
    jump_to: int                        # WHY_CONTINUE
    operr: Optional[OperationError]     # WHY_EXCEPTION

    def __init__(self, why: int, w_value: Optional[W_Root], jump_to: int,
                 operr: Optional[OperationError]) -> None:
        self.why = why
        self.w_value = w_value
        self.jump_to = jump_to
        self.operr = operr

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_object


# block kinds
LOOP_BLOCK = 0
EXCEPT_BLOCK = 1
FINALLY_BLOCK = 2
WITH_BLOCK = 3


class FrameBlock(object):
    kind: int
    handler: int        # bytecode offset of the handler / loop end
    level: int          # value stack depth when the block was set up

    def __init__(self, kind: int, handler: int, level: int) -> None:
        self.kind = kind
        self.handler = handler
        self.level = level


class Reraise(Exception):
    """Re-raising an exception without adding a traceback entry (bare `raise`,
    END_FINALLY)."""
    operr: OperationError

    def __init__(self, operr: OperationError) -> None:
        self.operr = operr


# shared by the frames that have no cells / no blocks (never mutated)
NO_CELLS: list[W_Cell] = []
NO_BLOCKS: list[FrameBlock] = []


class PyFrame(W_Root):
    space: "ObjSpace"
    pycode: "PyCode"
    w_globals: W_Root
    w_locals: Optional[W_Root]      # the locals dict (module/class bodies, exec, locals())
    w_builtins: W_Root
    locals_w: list[Optional[W_Root]]  # the fast locals, then the value stack
    cells: list[W_Cell]             # cellvars then freevars
    valuestack_w: list[Optional[W_Root]]   # the same list as locals_w
    depth: int                      # index of the stack's top (starts at co_nlocals)
    blocks: list[FrameBlock]
    last_instr: int
    f_backref: Optional["PyFrame"]
    last_exception: Optional[OperationError]
    exc_cleared: bool               # sys.exc_clear() ran in this frame
    finished: bool
    running: bool
    w_f_trace: Optional[W_Root]
    trace_lineno: int
    trace_instr_prev: int
    w_return: Optional[W_Root]
    escaped: bool                   # seen by app-level code (mark_escaped): never reused

    def __init__(self, space: "ObjSpace", code: "PyCode", w_globals: W_Root,
                 closure: Optional[list[W_Cell]]) -> None:
        self.space = space
        self.pycode = code
        # one list for the fast locals and the value stack above them: one
        # allocation per frame instead of two
        nlocals = code.co_nlocals
        if nlocals < len(code.co_varnames):     # a code object built by hand
            nlocals = len(code.co_varnames)
        self.locals_w = [None] * (nlocals + code.co_stacksize + code.method_depth + 1)
        self.valuestack_w = self.locals_w
        ncell = len(code.co_cellvars)
        if ncell == 0 and (closure is None or len(closure) == 0):
            self.cells = NO_CELLS          # most frames: no list to allocate
        else:
            cells: list[W_Cell] = []
            for i in range(ncell):
                cells.append(W_Cell())
            if closure is not None:
                for c in closure:
                    cells.append(c)
            self.cells = cells
        self.escaped = False
        self.setup(w_globals, nlocals)

    def setup(self, w_globals: W_Root, nlocals: int) -> None:
        """The state of a frame about to run (a new one, or a reused one
        whose locals_w is all None again)."""
        space = self.space
        code = self.pycode
        self.w_globals = w_globals
        self.w_locals = None
        # 2.7 (PyFrame_New): a frame called from a frame with the same globals
        # shares its builtins; otherwise they come from globals['__builtins__']
        w_back = get_ec(space).topframe
        if w_back is not None and w_back.w_globals is w_globals:
            self.w_builtins = w_back.w_builtins
        else:
            self.w_builtins = get_builtins(space, w_globals)
        self.depth = nlocals
        self.blocks = NO_BLOCKS            # replaced by a list of its own on the first push_block
        self.last_instr = -1
        self.f_backref = None
        self.last_exception = None
        self.exc_cleared = False
        self.finished = False
        self.running = False
        self.w_f_trace = None
        self.trace_lineno = -1
        self.trace_instr_prev = -1
        self.w_return = None
        flags = code.co_flags & (CO_OPTIMIZED | CO_NEWLOCALS)
        if flags == CO_NEWLOCALS:
            self.w_locals = space.newdict()     # a class body, a function using exec
        elif flags == 0:
            self.w_locals = w_globals           # module-level code

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_frame

    # ---- initialisation ----------------------------------------------------------
    def init_fast_locals(self, scope_w: list[Optional[W_Root]]) -> None:
        for i in range(len(scope_w)):
            self.locals_w[i] = scope_w[i]
        self.init_cells()

    def init_cells(self) -> None:
        cell_from_arg = self.pycode.cell_from_arg
        for i in range(len(cell_from_arg)):
            index = cell_from_arg[i]
            if index >= 0:
                self.cells[i].set(self.locals_w[index])

    # ---- running ---------------------------------------------------------------------
    def run(self) -> W_Root:
        """Run a new frame: its result, or a generator for generator code."""
        if self.pycode.is_generator():
            from pypy27.interpreter.generator import W_Generator
            return W_Generator(self.space, self)
        return self.execute(None, None)

    def execute(self, w_inputvalue: Optional[W_Root], operr: Optional[OperationError]) -> W_Root:
        """Run (or resume) the frame until it returns or yields. w_inputvalue
        is pushed when resuming a generator; operr is raised at the resume
        point (generator.throw)."""
        from pypy27.interpreter.pyopcode import dispatch
        from pypy27.interpreter.executioncontext import get_ec
        space = self.space
        ec = get_ec(space)
        ec.enter(space, self)
        self.running = True
        try:
            if ec.w_tracefunc is not None or ec.w_profilefunc is not None:
                from pypy27.interpreter.tracing import call_trace
                call_trace(space, ec, self, "call", space.w_None)
            if w_inputvalue is not None:
                self.push(w_inputvalue)
            try:
                with stack_guard():
                    w_result = dispatch(self, self.pycode, self.last_instr + 1, ec, operr)
            except OperationError:
                if ec.w_tracefunc is not None or ec.w_profilefunc is not None:
                    from pypy27.interpreter.tracing import call_trace
                    call_trace(space, ec, self, "return", space.w_None)
                raise
            if ec.w_tracefunc is not None or ec.w_profilefunc is not None:
                from pypy27.interpreter.tracing import call_trace
                call_trace(space, ec, self, "return", w_result)
        finally:
            self.running = False
            ec.leave(self)
            if self.last_exception is not None:
                from pypy27.interpreter.module.sys.excvars import restore_exc
                restore_exc(space)
        return w_result

    def push_block(self, block: FrameBlock) -> None:
        if self.blocks is NO_BLOCKS:
            self.blocks = [block]          # never append to the shared NO_BLOCKS
        else:
            self.blocks.append(block)

    # ---- value stack -------------------------------------------------------------------
    def push(self, w_obj: W_Root) -> None:
        self.valuestack_w[self.depth] = w_obj
        self.depth += 1

    def pop(self) -> W_Root:
        self.depth -= 1
        w_obj = self.valuestack_w[self.depth]
        self.valuestack_w[self.depth] = None
        assert w_obj is not None
        return w_obj

    def peek(self) -> W_Root:
        w_obj = self.valuestack_w[self.depth - 1]
        assert w_obj is not None
        return w_obj

    def peekn(self, n: int) -> W_Root:
        """The value n places below the top (0: the top)."""
        w_obj = self.valuestack_w[self.depth - 1 - n]
        assert w_obj is not None
        return w_obj

    def settopn(self, n: int, w_obj: W_Root) -> None:
        self.valuestack_w[self.depth - 1 - n] = w_obj

    def popvalues(self, n: int) -> list[W_Root]:
        """The top n values, bottom first, removed from the stack."""
        values_w: list[W_Root] = []
        base = self.depth - n
        for i in range(n):
            w_obj = self.valuestack_w[base + i]
            assert w_obj is not None
            values_w.append(w_obj)
            self.valuestack_w[base + i] = None
        self.depth = base
        return values_w

    def dropvaluesuntil(self, level: int) -> None:
        while self.depth > level:
            self.depth -= 1
            self.valuestack_w[self.depth] = None

    # ---- locals ---------------------------------------------------------------------------
    def getlocalsdict(self) -> W_Root:
        """locals(): the locals dict, refreshed from the fast locals."""
        space = self.space
        w_locals = self.w_locals
        if w_locals is None:
            w_locals = space.newdict()
            self.w_locals = w_locals
        self.fast2locals()
        return w_locals

    def fast2locals(self) -> None:
        space = self.space
        w_locals = self.w_locals
        assert w_locals is not None
        code = self.pycode
        for i in range(len(code.co_varnames)):
            name = code.co_varnames[i]
            w_value = self.locals_w[i]
            w_name = space.newstr(name)
            if w_value is not None:
                space.setitem(w_locals, w_name, w_value)
            elif dict_finditem(space, w_locals, w_name) is not None:
                space.delitem(w_locals, w_name)
        ncell = len(code.co_cellvars)
        ncopy = len(self.cells)
        if not (code.co_flags & CO_OPTIMIZED):
            ncopy = ncell       # a class body: free variables it passes through are not its locals
        for i in range(ncopy):
            if i < ncell:
                name = code.co_cellvars[i]
            else:
                name = code.co_freevars[i - ncell]
            w_value = self.cells[i].get()
            w_name = space.newstr(name)
            if w_value is not None:
                space.setitem(w_locals, w_name, w_value)
            elif dict_finditem(space, w_locals, w_name) is not None:
                space.delitem(w_locals, w_name)

    def locals2fast(self) -> None:
        """After exec in a function: copy the dict back into the fast locals."""
        space = self.space
        w_locals = self.w_locals
        if w_locals is None:
            return
        code = self.pycode
        for i in range(len(code.co_varnames)):
            self.locals_w[i] = dict_finditem_str(space, w_locals, code.co_varnames[i])

    def get_lineno(self) -> int:
        """f_lineno: the line of the instruction being executed."""
        if self.w_f_trace is not None and self.trace_lineno >= 0:
            return self.trace_lineno
        return self.pycode.line_for_instr(self.last_instr)


# ---- frame reuse ---------------------------------------------------------------------
# A call of plain function code takes a finished frame of the same code when
# one is kept (no allocation of the frame and its locals list).  Only frames
# that app-level code never saw are reused: every way a frame object reaches
# it (sys._getframe, tracebacks, trace and profile functions, f_back,
# sys._current_frames) marks it, and the frames below it, escaped.

MAX_FREE_FRAMES = 8


def frame_for_call(space: "ObjSpace", code: "PyCode", w_globals: W_Root,
                   closure: Optional[list[W_Cell]]) -> "PyFrame":
    """A frame to run code in: a reused one if the code has one kept."""
    free = code.free_frames
    if len(free) > 0:
        frame = free.pop()
        frame.setup(w_globals, frame.depth)
        return frame
    return PyFrame(space, code, w_globals, closure)


def release_frame(frame: "PyFrame") -> None:
    """The frame's call returned: keep it for reuse if nothing else can
    see it.  Its locals and stack are cleared (nothing kept alive); its
    depth, back at the number of fast locals, is what setup needs."""
    code = frame.pycode
    if frame.escaped or not code.recyclable or len(code.free_frames) >= MAX_FREE_FRAMES:
        return
    locals_w = frame.locals_w
    for i in range(len(locals_w)):
        locals_w[i] = None
    nlocals = code.co_nlocals
    if nlocals < len(code.co_varnames):
        nlocals = len(code.co_varnames)
    frame.depth = nlocals
    frame.w_locals = None
    frame.w_globals = frame.space.w_None
    frame.w_builtins = frame.space.w_None
    frame.f_backref = None
    frame.last_exception = None
    code.free_frames.append(frame)


def mark_escaped(frame: Optional["PyFrame"]) -> None:
    """frame is handed to app-level code: it and the frames below it
    (reachable through f_back) are never reused.  A generator's frame is
    walked through even when marked: its f_back changes at each resume."""
    while frame is not None:
        if frame.escaped and not frame.pycode.is_generator():
            return
        frame.escaped = True
        frame = frame.f_backref


def get_builtins(space: "ObjSpace", w_globals: W_Root) -> W_Root:
    """The builtins dict of code running with these globals (2.7: from
    globals['__builtins__'], a module or a dict; else the real ones)."""
    from pypy27.interpreter.objspace.celldict import get_global_cell
    w_builtin_module = space.w_builtin
    cell = get_global_cell(space, w_globals, "__builtins__")     # no key object to build
    if cell is not None:
        w_b = cell.w_value
    else:
        w_b = dict_finditem_str(space, w_globals, "__builtins__")
    if w_b is not None and w_b is not w_builtin_module:
        if space.isinstance_w(w_b, space.w_dict):
            return w_b
        w_d = w_b.getdict(space)
        if w_d is not None:
            return w_d
    w_d = w_builtin_module.getdict(space)
    assert w_d is not None
    return w_d
