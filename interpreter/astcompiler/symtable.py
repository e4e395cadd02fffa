"""Symbol tables: which names a scope binds, and where each name lives.

A first pass collects, per scope, how every name is used (flags DEF_*); a
second pass (``analyze``) decides each name's scope -- local, global
(explicit or implicit), free or cell -- walking the scopes from the module
down, exactly like 2.7 (including its quirks, since co_varnames, co_freevars
and the choice of LOAD_FAST/LOAD_NAME/LOAD_GLOBAL/LOAD_DEREF depend on them).

Scopes are created for modules, classes, functions, lambdas, generator
expressions and set/dict comprehensions; 2.7 list comprehensions run in the
enclosing scope.
"""
from typing import Optional

from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.astcompiler.misc import (
    WarningSink, bare_syntax_error, mangle)

# how a name is used in a scope
DEF_GLOBAL = 1        # `global` statement
DEF_LOCAL = 2         # assigned
DEF_PARAM = 4         # parameter
USE = 8               # read
DEF_FREE_CLASS = 32   # free in a method, bound in the class body
DEF_IMPORT = 64       # bound by import
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# where a name lives (stored above SCOPE_OFF in the flags)
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5
SCOPE_OFF = 11
SCOPE_MASK = 7

# kinds of scope
MODULE_BLOCK = 0
CLASS_BLOCK = 1
FUNCTION_BLOCK = 2

# why a scope can't use fast locals for everything (ste_unoptimized)
OPT_IMPORT_STAR = 1
OPT_EXEC = 2
OPT_BARE_EXEC = 4

RETURN_VAL_IN_GENERATOR = "'return' with argument inside generator"


class Scope(object):
    name: str
    kind: int
    lineno: int
    symbols: dict[str, int]     # name -> DEF_* flags | scope << SCOPE_OFF
    varnames: list[str]         # parameters, in order
    children: list["Scope"]
    nested: bool                # inside a function
    generator: bool
    varargs: bool
    varkeywords: bool
    returns_value: bool
    has_free: bool              # uses a free variable
    child_free: bool            # some nested scope does
    unoptimized: int            # OPT_* bits
    opt_lineno: int             # line of the first exec / import *

    def __init__(self, name: str, kind: int, lineno: int, nested: bool) -> None:
        self.name = name
        self.kind = kind
        self.lineno = lineno
        self.symbols = {}
        self.varnames = []
        self.children = []
        self.nested = nested
        self.generator = False
        self.varargs = False
        self.varkeywords = False
        self.returns_value = False
        self.has_free = False
        self.child_free = False
        self.unoptimized = 0
        self.opt_lineno = 0

    def scope_of(self, name: str) -> int:
        """LOCAL, GLOBAL_*, FREE, CELL or 0 for a name the scope never saw."""
        return (self.symbols.get(name, 0) >> SCOPE_OFF) & SCOPE_MASK

    def names_in_scope(self, scope: int, also_flag: int) -> list[str]:
        """Sorted names whose scope is ``scope`` or whose flags have
        ``also_flag``: the order of co_cellvars / co_freevars."""
        result = []
        for name, flags in self.symbols.items():
            if ((flags >> SCOPE_OFF) & SCOPE_MASK) == scope or (flags & also_flag):
                result.append(name)
        result.sort()
        return result


class SymbolTable(ast.ASTVisitor):
    """Builds the scopes of one compilation unit; ``scopes`` maps the node
    that opens a scope (module, def, class, lambda, genexp, comprehension)
    to its Scope."""
    filename: str
    warnings: WarningSink
    scopes: dict[ast.AST, Scope]
    stack: list[Scope]
    cur: Scope
    top: Scope
    private: str            # name of the enclosing class, for mangling

    def __init__(self, filename: str, warnings: WarningSink) -> None:
        self.filename = filename
        self.warnings = warnings
        self.scopes = {}
        self.stack = []
        self.private = ""
        self.top = Scope("top", MODULE_BLOCK, 0, False)
        self.cur = self.top

    def build(self, tree: ast.mod) -> None:
        self.scopes[tree] = self.top
        if isinstance(tree, ast.Module):
            self.visit_stmts(tree.body)
        elif isinstance(tree, ast.Interactive):
            self.visit_stmts(tree.body)
        elif isinstance(tree, ast.Expression):
            tree.body.accept(self)
        elif isinstance(tree, ast.Suite):
            self.visit_stmts(tree.body)
        analyze_block(self.filename, self.top, None, {}, {})

    def lookup(self, tree: ast.AST) -> Scope:
        return self.scopes[tree]

    # ---- scope bookkeeping ----------------------------------------------

    def enter(self, name: str, kind: int, node: ast.AST, lineno: int) -> None:
        nested = self.cur.nested or self.cur.kind == FUNCTION_BLOCK
        scope = Scope(name, kind, lineno, nested)
        self.cur.children.append(scope)
        self.scopes[node] = scope
        self.stack.append(self.cur)
        self.cur = scope

    def leave(self) -> None:
        self.cur = self.stack.pop()

    def add_def(self, name: str, flag: int) -> None:
        mangled = mangle(self.private, name)
        symbols = self.cur.symbols
        if mangled in symbols:
            val = symbols[mangled]
            if (flag & DEF_PARAM) and (val & DEF_PARAM):
                raise bare_syntax_error(
                    "duplicate argument '%s' in function definition" % name,
                    self.filename, self.cur.lineno)
            val |= flag
        else:
            val = flag
        symbols[mangled] = val
        if flag & DEF_PARAM:
            self.cur.varnames.append(mangled)
        elif flag & DEF_GLOBAL:
            # a `global` anywhere also marks the module-level name
            self.top.symbols[mangled] = self.top.symbols.get(mangled, 0) | flag

    def implicit_arg(self, pos: int) -> None:
        self.add_def("." + str(pos), DEF_PARAM)

    def visit_stmts(self, body: list[ast.stmt]) -> None:
        for s in body:
            s.accept(self)

    def visit_exprs(self, exprs: list[ast.expr]) -> None:
        for e in exprs:
            e.accept(self)

    # ---- statements -----------------------------------------------------

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.add_def(node.name, DEF_LOCAL)
        self.visit_exprs(node.args.defaults)
        self.visit_exprs(node.decorator_list)
        self.enter(node.name, FUNCTION_BLOCK, node, node.lineno)
        self.visit_arguments(node.args)
        self.visit_stmts(node.body)
        self.leave()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.add_def(node.name, DEF_LOCAL)
        self.visit_exprs(node.bases)
        self.visit_exprs(node.decorator_list)
        self.enter(node.name, CLASS_BLOCK, node, node.lineno)
        saved = self.private
        self.private = node.name
        self.visit_stmts(node.body)
        self.private = saved
        self.leave()

    def visit_Return(self, node: ast.Return) -> None:
        if node.value is not None:
            node.value.accept(self)
            self.cur.returns_value = True
            if self.cur.generator:
                raise bare_syntax_error(RETURN_VAL_IN_GENERATOR, self.filename,
                                   node.lineno)

    def visit_Global(self, node: ast.Global) -> None:
        for name in node.names:
            cur = self.cur.symbols.get(mangle(self.private, name), 0)
            if cur & DEF_LOCAL:
                self.warnings.warn("name '%s' is assigned to before global "
                                   "declaration" % name, node.lineno)
            elif cur & USE:
                self.warnings.warn("name '%s' is used prior to global "
                                   "declaration" % name, node.lineno)
            self.add_def(name, DEF_GLOBAL)

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self.visit_alias(a)
        self.note_opt_lineno(node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for a in node.names:
            self.visit_alias(a)
        self.note_opt_lineno(node.lineno)

    def note_opt_lineno(self, lineno: int) -> None:
        if self.cur.unoptimized and not self.cur.opt_lineno:
            self.cur.opt_lineno = lineno

    def visit_alias(self, node: ast.alias) -> None:
        name = node.asname if node.asname is not None else node.name
        if name != "*":
            dot = name.find(".")
            if dot >= 0:
                name = name[:dot]
            self.add_def(name, DEF_IMPORT)
            return
        if self.cur.kind != MODULE_BLOCK:
            self.warnings.warn("import * only allowed at module level",
                               self.cur.lineno)
        self.cur.unoptimized |= OPT_IMPORT_STAR

    def visit_Exec(self, node: ast.Exec) -> None:
        node.body.accept(self)
        if not self.cur.opt_lineno:
            self.cur.opt_lineno = node.lineno
        if node.globals is not None:
            self.cur.unoptimized |= OPT_EXEC
            node.globals.accept(self)
            if node.locals is not None:
                node.locals.accept(self)
        else:
            self.cur.unoptimized |= OPT_BARE_EXEC

    def visit_TryExcept(self, node: ast.TryExcept) -> None:
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)
        for h in node.handlers:
            h.accept(self)

    def visit_With(self, node: ast.With) -> None:
        node.context_expr.accept(self)
        if node.optional_vars is not None:
            node.optional_vars.accept(self)
        self.visit_stmts(node.body)

    # ---- expressions ----------------------------------------------------

    def visit_Name(self, node: ast.Name) -> None:
        self.add_def(node.id, USE if node.ctx == ast.Load else DEF_LOCAL)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.visit_exprs(node.args.defaults)
        self.enter("lambda", FUNCTION_BLOCK, node, node.lineno)
        self.visit_arguments(node.args)
        node.body.accept(self)
        self.leave()

    def visit_Yield(self, node: ast.Yield) -> None:
        if node.value is not None:
            node.value.accept(self)
        self.cur.generator = True
        if self.cur.returns_value:
            raise bare_syntax_error(RETURN_VAL_IN_GENERATOR, self.filename,
                               node.lineno)

    def visit_Dict(self, node: ast.Dict) -> None:
        self.visit_exprs(node.keys)
        self.visit_exprs(node.values)

    def visit_ListComp(self, node: ast.ListComp) -> None:
        node.elt.accept(self)
        for g in node.generators:
            g.accept(self)

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self.comprehension(node, "genexpr", node.generators, node.elt, None)

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self.comprehension(node, "setcomp", node.generators, node.elt, None)

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self.comprehension(node, "dictcomp", node.generators, node.key,
                           node.value)

    def comprehension(self, node: ast.expr, name: str,
                      generators: list[ast.comprehension], elt: ast.expr,
                      value: Optional[ast.expr]) -> None:
        outermost = generators[0]
        # the outermost iterable is evaluated in the enclosing scope and
        # passed in as the implicit argument ".0"
        outermost.iter.accept(self)
        self.enter(name, FUNCTION_BLOCK, node, 0)
        self.cur.generator = isinstance(node, ast.GeneratorExp)
        self.implicit_arg(0)
        outermost.target.accept(self)
        self.visit_exprs(outermost.ifs)
        for k in range(1, len(generators)):
            generators[k].accept(self)
        if value is not None:
            value.accept(self)
        elt.accept(self)
        self.leave()

    # ---- arguments ------------------------------------------------------

    def visit_arguments(self, node: ast.arguments) -> None:
        # the defaults were visited in the enclosing scope
        self.visit_params(node.args, True)
        if node.vararg is not None:
            self.add_def(node.vararg, DEF_PARAM)
            self.cur.varargs = True
        if node.kwarg is not None:
            self.add_def(node.kwarg, DEF_PARAM)
            self.cur.varkeywords = True
        self.visit_nested_params(node.args)

    def visit_params(self, args: list[ast.expr], toplevel: bool) -> None:
        for i in range(len(args)):
            arg = args[i]
            if isinstance(arg, ast.Name):
                self.add_def(arg.id, DEF_PARAM)
            elif isinstance(arg, ast.Tuple):
                # def f((a, b)): the tuple arrives as ".<position>"
                if toplevel:
                    self.implicit_arg(i)
            else:
                raise bare_syntax_error("invalid expression in parameter list",
                                   self.filename, self.cur.lineno)
        if not toplevel:
            self.visit_nested_params(args)

    def visit_nested_params(self, args: list[ast.expr]) -> None:
        for arg in args:
            if isinstance(arg, ast.Tuple):
                self.visit_params(arg.elts, False)


# ---- the analysis pass -------------------------------------------------------

def analyze_name(filename: str, scope: Scope, result: dict[str, int],
                 name: str, flags: int, bound: Optional[dict[str, bool]],
                 local: dict[str, bool], free: dict[str, bool],
                 globl: dict[str, bool]) -> None:
    if flags & DEF_GLOBAL:
        if flags & DEF_PARAM:
            raise bare_syntax_error("name '%s' is local and global" % name,
                               filename, scope.lineno)
        result[name] = GLOBAL_EXPLICIT
        globl[name] = True
        if bound is not None and name in bound:
            del bound[name]
        return
    if flags & DEF_BOUND:
        result[name] = LOCAL
        local[name] = True
        if name in globl:
            del globl[name]
        return
    # bound in an enclosing function: free here
    if bound is not None and name in bound:
        result[name] = FREE
        scope.has_free = True
        free[name] = True
    elif name in globl:
        result[name] = GLOBAL_IMPLICIT
    else:
        if scope.nested:
            scope.has_free = True
        result[name] = GLOBAL_IMPLICIT


def analyze_block(filename: str, scope: Scope, bound: Optional[dict[str, bool]],
                  free: dict[str, bool], globl: dict[str, bool]) -> None:
    """Decide the scope of every name of ``scope`` and its children.
    ``bound``: names bound by enclosing functions; ``globl``: names declared
    global by enclosing scopes; ``free`` receives the free names of this
    subtree."""
    local: dict[str, bool] = {}
    result: dict[str, int] = {}
    newglobal: dict[str, bool] = {}
    newfree: dict[str, bool] = {}
    newbound: dict[str, bool] = {}
    if scope.kind == CLASS_BLOCK:
        # globals declared in a class body do not apply to its methods
        newglobal.update(globl)
        if bound is not None:
            newbound.update(bound)
    for name, flags in scope.symbols.items():
        analyze_name(filename, scope, result, name, flags, bound, local,
                     free, globl)
    if scope.kind != CLASS_BLOCK:
        if scope.kind == FUNCTION_BLOCK:
            newbound.update(local)
        if bound is not None:
            newbound.update(bound)
        newglobal.update(globl)
    for child in scope.children:
        # each child gets its own copies: a `global` in one nested function
        # must not leak into its siblings (2.7.18's analyze_child_block)
        child_bound: dict[str, bool] = {}
        child_bound.update(newbound)
        child_global: dict[str, bool] = {}
        child_global.update(newglobal)
        analyze_block(filename, child, child_bound, newfree, child_global)
        if child.has_free or child.child_free:
            scope.child_free = True
    if scope.kind == FUNCTION_BLOCK:
        analyze_cells(result, newfree)
    update_symbols(scope, result, bound, newfree)
    check_unoptimized(filename, scope)
    free.update(newfree)


def analyze_cells(result: dict[str, int], free: dict[str, bool]) -> None:
    """Locals that a nested scope uses become cells."""
    for name, sc in result.items():
        if sc == LOCAL and name in free:
            result[name] = CELL
            del free[name]


def update_symbols(scope: Scope, result: dict[str, int],
                   bound: Optional[dict[str, bool]],
                   free: dict[str, bool]) -> None:
    symbols = scope.symbols
    for name in list(symbols.keys()):
        symbols[name] = symbols[name] | (result[name] << SCOPE_OFF)
    # a name free in a nested scope passes through this one as free too
    for name in free.keys():
        if name in symbols:
            flags = symbols[name]
            if scope.kind == CLASS_BLOCK and flags & (DEF_BOUND | DEF_GLOBAL):
                symbols[name] = flags | DEF_FREE_CLASS
            continue
        if bound is None or name not in bound:
            continue        # a global
        symbols[name] = FREE << SCOPE_OFF


def check_unoptimized(filename: str, scope: Scope) -> None:
    """exec without 'in' and import * can't coexist with closures."""
    if (scope.kind != FUNCTION_BLOCK or not scope.unoptimized
            or not (scope.has_free or scope.child_free)):
        return
    if scope.child_free:
        trailer = "contains a nested function with free variables"
    else:
        trailer = "is a nested function"
    opt = scope.unoptimized
    if opt == OPT_EXEC:
        return
    if opt == OPT_IMPORT_STAR:
        msg = ("import * is not allowed in function '%s' because it %s"
               % (scope.name, trailer))
    elif opt == OPT_BARE_EXEC:
        msg = ("unqualified exec is not allowed in function '%s' because "
               "it %s" % (scope.name, trailer))
    else:
        msg = ("function '%s' uses import * and bare exec, which are "
               "illegal because it %s" % (scope.name, trailer))
    raise bare_syntax_error(msg, filename, scope.opt_lineno)


def build_symtable(tree: ast.mod, filename: str,
                   warnings: WarningSink) -> SymbolTable:
    st = SymbolTable(filename, warnings)
    st.build(tree)
    return st
