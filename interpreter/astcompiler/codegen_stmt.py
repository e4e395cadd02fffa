"""Code generation for statements, function and class definitions, and
whole compilation units (module, interactive, expression)."""
from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.astcompiler import opcodes as op
from pypy27.interpreter.astcompiler.assembler import Block
from pypy27.interpreter.astcompiler.codegen_base import (
    FB_EXCEPT, FB_FINALLY_END, FB_FINALLY_TRY, FB_LOOP, FrameBlock)
from pypy27.interpreter.astcompiler.codegen_expr import ExprCodeGen, str_const
from pypy27.interpreter.astcompiler.future import ERR_LATE_FUTURE
from pypy27.interpreter.astcompiler.pycode import (
    CO_FUTURE_ABSOLUTE_IMPORT, CodeObj, Const, ConstInt, ConstNone, ConstStr,
    ConstTuple)
from pypy27.interpreter.astcompiler.options import options
from pypy27.interpreter.astcompiler.symtable import FUNCTION_BLOCK


def is_docstring(s: ast.stmt) -> bool:
    return isinstance(s, ast.Expr) and isinstance(s.value, ast.Str)


def expr_constant(e: ast.expr) -> int:
    """1 / 0 if ``e`` is a constant true / false for if and while (numbers,
    strings, __debug__), -1 if not known at compile time."""
    if isinstance(e, ast.Num):
        return 1 if number_is_true(e.n) else 0
    if isinstance(e, ast.Str):
        return 1 if len(e.s) > 0 else 0
    if isinstance(e, ast.Name) and e.id == "__debug__":
        return 1
    return -1


def number_is_true(n: ast.Number) -> bool:
    if n.kind == ast.NUM_INT:
        return n.intval != 0
    if n.kind == ast.NUM_LONG:
        return n.text != "0" and n.text != "-0"
    return n.floatval != 0.0


class CodeGenerator(ExprCodeGen):

    # ---- units ----------------------------------------------------------

    def compile_mod(self, tree: ast.mod) -> CodeObj:
        self.enter_scope("<module>", tree, 0)
        add_none = True
        if isinstance(tree, ast.Module):
            self.body(tree.body)
        elif isinstance(tree, ast.Interactive):
            self.interactive = True
            self.visit_stmts(tree.body)
        elif isinstance(tree, ast.Expression):
            self.visit_expr(tree.body)
            add_none = False
        else:
            raise self.error("suite should not be possible")
        return self.assemble(add_none)

    def body(self, stmts: list[ast.stmt]) -> None:
        """A module or class body: a leading string becomes __doc__."""
        start = 0
        if stmts and is_docstring(stmts[0]) and options.optimize < 2:
            first = stmts[0]
            assert isinstance(first, ast.Expr)
            start = 1
            self.set_lineno(first.lineno)
            self.visit_expr(first.value)
            self.name_op("__doc__", ast.Store)
        for k in range(start, len(stmts)):
            self.visit_stmt(stmts[k])

    def visit_stmt(self, s: ast.stmt) -> None:
        self.set_lineno(s.lineno)
        s.accept(self)

    def visit_stmts(self, stmts: list[ast.stmt]) -> None:
        for s in stmts:
            self.visit_stmt(s)

    def push_fblock(self, kind: int, block: Block) -> None:
        if len(self.unit.fblocks) >= 20:        # 2.7's CO_MAXBLOCKS
            from pypy27.interpreter.astcompiler.misc import NO_LINENO, bare_syntax_error
            raise bare_syntax_error("too many statically nested blocks", self.filename, NO_LINENO)
        self.unit.fblocks.append(FrameBlock(kind, block))

    def pop_fblock(self) -> None:
        self.unit.fblocks.pop()

    # ---- definitions ----------------------------------------------------

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.visit_exprs(node.decorator_list)
        self.visit_exprs(node.args.defaults)
        self.enter_scope(node.name, node, node.lineno)
        first: Const = ConstNone()
        docstring = is_docstring(node.body[0])
        if docstring and options.optimize < 2:     # -OO drops docstrings
            doc = node.body[0]
            assert isinstance(doc, ast.Expr)
            docnode = doc.value
            assert isinstance(docnode, ast.Str)
            first = str_const(docnode)
        self.add_const(first)
        self.unpack_nested_args(node.args)
        self.unit.argcount = len(node.args.args)
        for k in range(1 if docstring else 0, len(node.body)):
            self.visit_stmt(node.body[k])
        code = self.assemble(True)
        self.exit_scope()
        self.make_closure(code, len(node.args.defaults))
        for k in range(len(node.decorator_list)):
            self.emit_arg(op.CALL_FUNCTION, 1)
        self.name_op(node.name, ast.Store)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.visit_exprs(node.decorator_list)
        self.load_const(ConstStr(node.name))
        self.visit_exprs(node.bases)
        self.emit_arg(op.BUILD_TUPLE, len(node.bases))
        self.enter_scope(node.name, node, node.lineno)
        self.unit.private = node.name
        self.name_op("__name__", ast.Load)
        self.name_op("__module__", ast.Store)
        self.body(node.body)
        self.emit(op.LOAD_LOCALS)
        self.emit(op.RETURN_VALUE)
        code = self.assemble(True)
        self.exit_scope()
        self.make_closure(code, 0)
        self.emit_arg(op.CALL_FUNCTION, 0)
        self.emit(op.BUILD_CLASS)
        for k in range(len(node.decorator_list)):
            self.emit_arg(op.CALL_FUNCTION, 1)
        self.name_op(node.name, ast.Store)

    # ---- simple statements ----------------------------------------------

    def visit_Return(self, node: ast.Return) -> None:
        if self.unit.scope.kind != FUNCTION_BLOCK:
            raise self.error("'return' outside function")
        self.visit_optional_value(node.value)
        self.emit(op.RETURN_VALUE)

    def visit_Delete(self, node: ast.Delete) -> None:
        self.visit_exprs(node.targets)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit_expr(node.value)
        n = len(node.targets)
        for i in range(n):
            if i < n - 1:
                self.emit(op.DUP_TOP)
            self.visit_expr(node.targets[i])

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        target = node.target
        if isinstance(target, ast.Attribute):
            aug = ast.Attribute(target.value, target.attr, ast.AugLoad,
                                target.lineno, target.col_offset)
            self.visit_expr(aug)
            self.visit_expr(node.value)
            self.emit(self.inplace_op(node.op))
            aug.ctx = ast.AugStore
            self.visit_expr(aug)
        elif isinstance(target, ast.Subscript):
            sub = ast.Subscript(target.value, target.slice, ast.AugLoad,
                                target.lineno, target.col_offset)
            self.visit_expr(sub)
            self.visit_expr(node.value)
            self.emit(self.inplace_op(node.op))
            sub.ctx = ast.AugStore
            self.visit_expr(sub)
        elif isinstance(target, ast.Name):
            self.name_op(target.id, ast.Load)
            self.visit_expr(node.value)
            self.emit(self.inplace_op(node.op))
            self.name_op(target.id, ast.Store)
        else:
            raise self.error("invalid node type for augmented assignment")

    def visit_Print(self, node: ast.Print) -> None:
        dest = node.dest
        if dest is not None:
            self.visit_expr(dest)
        for e in node.values:
            if dest is not None:
                self.emit(op.DUP_TOP)
                self.visit_expr(e)
                self.emit(op.ROT_TWO)
                self.emit(op.PRINT_ITEM_TO)
            else:
                self.visit_expr(e)
                self.emit(op.PRINT_ITEM)
        if node.nl:
            self.emit(op.PRINT_NEWLINE_TO if dest is not None else op.PRINT_NEWLINE)
        elif dest is not None:
            self.emit(op.POP_TOP)

    def visit_Raise(self, node: ast.Raise) -> None:
        n = 0
        if node.type is not None:
            self.visit_expr(node.type)
            n += 1
            if node.inst is not None:
                self.visit_expr(node.inst)
                n += 1
                if node.tback is not None:
                    self.visit_expr(node.tback)
                    n += 1
        self.emit_arg(op.RAISE_VARARGS, n)

    def visit_Assert(self, node: ast.Assert) -> None:
        if options.optimize:        # -O
            return
        test = node.test
        if isinstance(test, ast.Tuple) and len(test.elts) > 0:
            self.warnings.warn("assertion is always true, perhaps remove "
                               "parentheses?", self.unit.lineno)
        self.visit_expr(test)
        end = self.new_block()
        self.emit_jump(op.POP_JUMP_IF_TRUE, end)
        self.emit_arg(op.LOAD_GLOBAL, self.add_name("AssertionError"))
        if node.msg is not None:
            self.visit_expr(node.msg)
            self.emit_arg(op.CALL_FUNCTION, 1)
        self.emit_arg(op.RAISE_VARARGS, 1)
        self.use_next_block(end)

    def import_level(self) -> Const:
        return ConstInt(0 if self.flags & CO_FUTURE_ABSOLUTE_IMPORT else -1)

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self.load_const(self.import_level())
            self.load_none()
            self.emit_name(op.IMPORT_NAME, a.name)
            if a.asname is not None:
                # import a.b.c as d: d is the innermost module
                parts = a.name.split(".")
                for k in range(1, len(parts)):
                    self.emit_arg(op.LOAD_ATTR, self.add_name(parts[k]))
                self.name_op(a.asname, ast.Store)
            else:
                dot = a.name.find(".")
                self.name_op(a.name[:dot] if dot >= 0 else a.name, ast.Store)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level == 0 and not (self.flags & CO_FUTURE_ABSOLUTE_IMPORT):
            level: Const = ConstInt(-1)
        else:
            level = ConstInt(node.level)
        items: list[Const] = []
        for a in node.names:
            items.append(ConstStr(a.name, True))
        if node.lineno > self.future_lineno and node.module == "__future__":
            raise self.error(ERR_LATE_FUTURE)
        self.load_const(level)
        self.load_const(ConstTuple(items))
        self.emit_name(op.IMPORT_NAME, node.module if node.module is not None else "")
        for i in range(len(node.names)):
            a = node.names[i]
            if i == 0 and a.name.startswith("*"):
                self.emit(op.IMPORT_STAR)
                return
            self.emit_name(op.IMPORT_FROM, a.name)
            self.name_op(a.asname if a.asname is not None else a.name, ast.Store)
        self.emit(op.POP_TOP)

    def visit_Exec(self, node: ast.Exec) -> None:
        self.visit_expr(node.body)
        if node.globals is not None:
            self.visit_expr(node.globals)
            if node.locals is not None:
                self.visit_expr(node.locals)
            else:
                self.emit(op.DUP_TOP)
        else:
            self.load_none()
            self.emit(op.DUP_TOP)
        self.emit(op.EXEC_STMT)

    def visit_Global(self, node: ast.Global) -> None:
        pass

    def visit_Expr(self, node: ast.Expr) -> None:
        value = node.value
        if self.interactive and not self.units:
            self.visit_expr(value)
            self.emit(op.PRINT_EXPR)
        elif not isinstance(value, ast.Str) and not isinstance(value, ast.Num):
            self.visit_expr(value)
            self.emit(op.POP_TOP)

    def visit_Pass(self, node: ast.Pass) -> None:
        pass

    def visit_Break(self, node: ast.Break) -> None:
        for fb in self.unit.fblocks:
            if fb.kind == FB_LOOP:
                self.emit(op.BREAK_LOOP)
                return
        raise self.error("'break' outside loop")

    def visit_Continue(self, node: ast.Continue) -> None:
        fblocks = self.unit.fblocks
        if not fblocks:
            raise self.error("'continue' not properly in loop")
        i = len(fblocks) - 1
        kind = fblocks[i].kind
        if kind == FB_LOOP:
            self.emit_jump(op.JUMP_ABSOLUTE, fblocks[i].block)
        elif kind == FB_EXCEPT or kind == FB_FINALLY_TRY:
            i -= 1
            while i >= 0 and fblocks[i].kind != FB_LOOP:
                # no continue anywhere under a finally, even in a nested try
                if fblocks[i].kind == FB_FINALLY_END:
                    raise self.error("'continue' not supported inside "
                                     "'finally' clause")
                i -= 1
            if i < 0:
                raise self.error("'continue' not properly in loop")
            self.emit_jump(op.CONTINUE_LOOP, fblocks[i].block)
        else:
            raise self.error("'continue' not supported inside 'finally' clause")

    # ---- compound statements --------------------------------------------

    def visit_If(self, node: ast.If) -> None:
        end = self.new_block()
        constant = expr_constant(node.test)
        if constant == 0:
            self.visit_stmts(node.orelse)
        elif constant == 1:
            self.visit_stmts(node.body)
        else:
            orelse = self.new_block() if node.orelse else end
            self.visit_expr(node.test)
            self.emit_jump(op.POP_JUMP_IF_FALSE, orelse)
            self.visit_stmts(node.body)
            self.emit_jump(op.JUMP_FORWARD, end)
            if node.orelse:
                self.use_next_block(orelse)
                self.visit_stmts(node.orelse)
        self.use_next_block(end)

    def visit_While(self, node: ast.While) -> None:
        constant = expr_constant(node.test)
        if constant == 0:
            self.visit_stmts(node.orelse)
            return
        loop = self.new_block()
        end = self.new_block()
        anchor = self.new_block()
        self.emit_jump(op.SETUP_LOOP, end)
        self.use_next_block(loop)
        self.push_fblock(FB_LOOP, loop)
        if constant == -1:
            self.visit_expr(node.test)
            self.emit_jump(op.POP_JUMP_IF_FALSE, anchor)
        self.visit_stmts(node.body)
        self.emit_jump(op.JUMP_ABSOLUTE, loop)
        if constant == -1:
            self.use_next_block(anchor)
        self.emit(op.POP_BLOCK)
        self.pop_fblock()
        self.visit_stmts(node.orelse)
        self.use_next_block(end)

    def visit_For(self, node: ast.For) -> None:
        start = self.new_block()
        cleanup = self.new_block()
        end = self.new_block()
        self.emit_jump(op.SETUP_LOOP, end)
        self.push_fblock(FB_LOOP, start)
        self.visit_expr(node.iter)
        self.emit(op.GET_ITER)
        self.use_next_block(start)
        self.emit_jump(op.FOR_ITER, cleanup)
        self.visit_expr(node.target)
        self.visit_stmts(node.body)
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.use_next_block(cleanup)
        self.emit(op.POP_BLOCK)
        self.pop_fblock()
        self.visit_stmts(node.orelse)
        self.use_next_block(end)

    def visit_TryExcept(self, node: ast.TryExcept) -> None:
        body = self.new_block()
        handler_block = self.new_block()
        orelse = self.new_block()
        end = self.new_block()
        self.emit_jump(op.SETUP_EXCEPT, handler_block)
        self.use_next_block(body)
        self.push_fblock(FB_EXCEPT, body)
        self.visit_stmts(node.body)
        self.emit(op.POP_BLOCK)
        self.pop_fblock()
        self.emit_jump(op.JUMP_FORWARD, orelse)
        self.use_next_block(handler_block)
        n = len(node.handlers)
        for i in range(n):
            handler = node.handlers[i]
            if handler.type is None and i < n - 1:
                raise self.error("default 'except:' must be last")
            self.set_lineno(handler.lineno)
            next_handler = self.new_block()
            if handler.type is not None:
                self.emit(op.DUP_TOP)
                self.visit_expr(handler.type)
                self.emit_arg(op.COMPARE_OP, op.CMP_EXC_MATCH)
                self.emit_jump(op.POP_JUMP_IF_FALSE, next_handler)
            self.emit(op.POP_TOP)
            if handler.name is not None:
                self.visit_expr(handler.name)
            else:
                self.emit(op.POP_TOP)
            self.emit(op.POP_TOP)
            self.visit_stmts(handler.body)
            self.emit_jump(op.JUMP_FORWARD, end)
            self.use_next_block(next_handler)
        self.emit(op.END_FINALLY)
        self.use_next_block(orelse)
        self.visit_stmts(node.orelse)
        self.use_next_block(end)

    def visit_TryFinally(self, node: ast.TryFinally) -> None:
        body = self.new_block()
        end = self.new_block()
        self.emit_jump(op.SETUP_FINALLY, end)
        self.use_next_block(body)
        self.push_fblock(FB_FINALLY_TRY, body)
        self.visit_stmts(node.body)
        self.emit(op.POP_BLOCK)
        self.pop_fblock()
        self.load_none()
        self.use_next_block(end)
        self.push_fblock(FB_FINALLY_END, end)
        self.visit_stmts(node.finalbody)
        self.emit(op.END_FINALLY)
        self.pop_fblock()

    def visit_With(self, node: ast.With) -> None:
        block = self.new_block()
        final = self.new_block()
        self.visit_expr(node.context_expr)
        self.emit_jump(op.SETUP_WITH, final)
        self.use_next_block(block)
        self.push_fblock(FB_FINALLY_TRY, block)
        if node.optional_vars is not None:
            self.visit_expr(node.optional_vars)
        else:
            self.emit(op.POP_TOP)   # the result of __enter__()
        self.visit_stmts(node.body)
        self.emit(op.POP_BLOCK)
        self.pop_fblock()
        self.load_none()
        self.use_next_block(final)
        self.push_fblock(FB_FINALLY_END, final)
        self.emit(op.WITH_CLEANUP)
        self.emit(op.END_FINALLY)
        self.pop_fblock()
