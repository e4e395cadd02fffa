"""Code generation for expressions (and the nested code objects they
create: lambdas, generator expressions, set and dict comprehensions)."""
from typing import Optional

from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.astcompiler import opcodes as op
from pypy27.interpreter.astcompiler.codegen_base import CodeGenBase
from pypy27.interpreter.astcompiler.options import options
from pypy27.interpreter.astcompiler.pycode import (
    CO_FUTURE_DIVISION, Const, ConstComplex, ConstEllipsis, ConstFloat,
    ConstInt, ConstLong, ConstNone, ConstStr, ConstUnicode)
from pypy27.interpreter.astcompiler.symtable import FUNCTION_BLOCK

BINARY_OPS = [0, op.BINARY_ADD, op.BINARY_SUBTRACT, op.BINARY_MULTIPLY,
              op.BINARY_DIVIDE, op.BINARY_MODULO, op.BINARY_POWER,
              op.BINARY_LSHIFT, op.BINARY_RSHIFT, op.BINARY_OR, op.BINARY_XOR,
              op.BINARY_AND, op.BINARY_FLOOR_DIVIDE]
INPLACE_OPS = [0, op.INPLACE_ADD, op.INPLACE_SUBTRACT, op.INPLACE_MULTIPLY,
               op.INPLACE_DIVIDE, op.INPLACE_MODULO, op.INPLACE_POWER,
               op.INPLACE_LSHIFT, op.INPLACE_RSHIFT, op.INPLACE_OR,
               op.INPLACE_XOR, op.INPLACE_AND, op.INPLACE_FLOOR_DIVIDE]
UNARY_OPS = [0, op.UNARY_INVERT, op.UNARY_NOT, op.UNARY_POSITIVE,
             op.UNARY_NEGATIVE]
# ast cmpop -> COMPARE_OP argument
COMPARE_ARGS = [0, 2, 3, 0, 1, 4, 5, 8, 9, 6, 7]

COMP_GENEXP = 0
COMP_SETCOMP = 1
COMP_DICTCOMP = 2


def number_const(n: ast.Number) -> Const:
    if n.kind == ast.NUM_INT:
        return ConstInt(n.intval)
    if n.kind == ast.NUM_LONG:
        return ConstLong(n.text)
    if n.kind == ast.NUM_FLOAT:
        return ConstFloat(n.floatval)
    return ConstComplex(0.0, n.floatval)


def str_const(s: ast.Str) -> Const:
    if s.is_unicode:
        return ConstUnicode(s.s)
    return ConstStr(s.s, s.plain_literal)


class ExprCodeGen(CodeGenBase):

    def visit_expr(self, e: ast.expr) -> None:
        self.update_lineno(e.lineno)
        e.accept(self)

    def visit_exprs(self, exprs: list[ast.expr]) -> None:
        for e in exprs:
            self.visit_expr(e)

    def binary_op(self, operator: int) -> int:
        if operator == ast.Div and self.flags & CO_FUTURE_DIVISION:
            return op.BINARY_TRUE_DIVIDE
        return BINARY_OPS[operator]

    def inplace_op(self, operator: int) -> int:
        if operator == ast.Div and self.flags & CO_FUTURE_DIVISION:
            return op.INPLACE_TRUE_DIVIDE
        return INPLACE_OPS[operator]

    # ---- simple expressions -------------------------------------------------

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        jump = op.JUMP_IF_FALSE_OR_POP if node.op == ast.And else op.JUMP_IF_TRUE_OR_POP
        end = self.new_block()
        n = len(node.values) - 1
        for i in range(n):
            self.visit_expr(node.values[i])
            self.emit_jump(jump, end)
        self.visit_expr(node.values[n])
        self.use_next_block(end)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        self.visit_expr(node.left)
        self.visit_expr(node.right)
        self.emit(self.binary_op(node.op))

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        self.visit_expr(node.operand)
        self.emit(UNARY_OPS[node.op])

    def visit_IfExp(self, node: ast.IfExp) -> None:
        end = self.new_block()
        orelse = self.new_block()
        self.visit_expr(node.test)
        self.emit_jump(op.POP_JUMP_IF_FALSE, orelse)
        self.visit_expr(node.body)
        self.emit_jump(op.JUMP_FORWARD, end)
        self.use_next_block(orelse)
        self.visit_expr(node.orelse)
        self.use_next_block(end)

    def visit_Dict(self, node: ast.Dict) -> None:
        n = len(node.values)
        self.emit_arg(op.BUILD_MAP, n if n < 0xffff else 0xffff)
        for i in range(n):
            # the value is evaluated first, as 2.7 does
            self.visit_expr(node.values[i])
            self.visit_expr(node.keys[i])
            self.emit(op.STORE_MAP)

    def visit_Set(self, node: ast.Set) -> None:
        self.visit_exprs(node.elts)
        self.emit_arg(op.BUILD_SET, len(node.elts))

    def visit_Yield(self, node: ast.Yield) -> None:
        if self.unit.scope.kind != FUNCTION_BLOCK:
            raise self.error("'yield' outside function")
        self.visit_optional_value(node.value)
        self.emit(op.YIELD_VALUE)

    def visit_Compare(self, node: ast.Compare) -> None:
        self.visit_expr(node.left)
        n = len(node.ops)
        cleanup = self.new_block()
        if n > 1:
            self.visit_expr(node.comparators[0])
        for i in range(1, n):
            self.emit(op.DUP_TOP)
            self.emit(op.ROT_THREE)
            self.emit_arg(op.COMPARE_OP, COMPARE_ARGS[node.ops[i - 1]])
            self.emit_jump(op.JUMP_IF_FALSE_OR_POP, cleanup)
            self.next_block()
            if i < n - 1:
                self.visit_expr(node.comparators[i])
        self.visit_expr(node.comparators[n - 1])
        self.emit_arg(op.COMPARE_OP, COMPARE_ARGS[node.ops[n - 1]])
        if n > 1:
            end = self.new_block()
            self.emit_jump(op.JUMP_FORWARD, end)
            self.use_next_block(cleanup)
            self.emit(op.ROT_TWO)
            self.emit(op.POP_TOP)
            self.use_next_block(end)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if options.method_calls and isinstance(func, ast.Attribute) and func.ctx == ast.Load \
                and node.starargs is None and node.kwargs is None:
            self.method_call(func, node)
            return
        self.visit_expr(func)
        n = len(node.args)
        self.visit_exprs(node.args)
        for kw in node.keywords:
            self.load_const(ConstStr(kw.arg))
            self.visit_expr(kw.value)
        n |= len(node.keywords) << 8
        kind = 0
        if node.starargs is not None:
            self.visit_expr(node.starargs)
            kind |= 1
        if node.kwargs is not None:
            self.visit_expr(node.kwargs)
            kind |= 2
        if kind == 0:
            self.emit_arg(op.CALL_FUNCTION, n)
        elif kind == 1:
            self.emit_arg(op.CALL_FUNCTION_VAR, n)
        elif kind == 2:
            self.emit_arg(op.CALL_FUNCTION_KW, n)
        else:
            self.emit_arg(op.CALL_FUNCTION_VAR_KW, n)

    def method_call(self, func: ast.Attribute, node: ast.Call) -> None:
        """obj.meth(args, kw=v): LOOKUP_METHOD then CALL_METHOD (our own
        opcodes, see opcodes.py), with CALL_FUNCTION's argument layout."""
        self.visit_expr(func.value)
        self.emit_name(op.LOOKUP_METHOD, func.attr)
        self.visit_exprs(node.args)
        for kw in node.keywords:
            self.load_const(ConstStr(kw.arg))
            self.visit_expr(kw.value)
        self.emit_arg(op.CALL_METHOD, len(node.args) | (len(node.keywords) << 8))

    def visit_Repr(self, node: ast.Repr) -> None:
        self.visit_expr(node.value)
        self.emit(op.UNARY_CONVERT)

    def visit_Num(self, node: ast.Num) -> None:
        self.load_const(number_const(node.n))

    def visit_Str(self, node: ast.Str) -> None:
        self.load_const(str_const(node))

    def visit_Name(self, node: ast.Name) -> None:
        self.name_op(node.id, node.ctx)

    def visit_List(self, node: ast.List) -> None:
        n = len(node.elts)
        if node.ctx == ast.Store:
            self.emit_arg(op.UNPACK_SEQUENCE, n)
        self.visit_exprs(node.elts)
        if node.ctx == ast.Load:
            self.emit_arg(op.BUILD_LIST, n)

    def visit_Tuple(self, node: ast.Tuple) -> None:
        n = len(node.elts)
        if node.ctx == ast.Store:
            self.emit_arg(op.UNPACK_SEQUENCE, n)
        self.visit_exprs(node.elts)
        if node.ctx == ast.Load:
            self.emit_arg(op.BUILD_TUPLE, n)

    # ---- attributes and subscripts ------------------------------------------

    def visit_Attribute(self, node: ast.Attribute) -> None:
        ctx = node.ctx
        if ctx != ast.AugStore:
            self.visit_expr(node.value)
        if ctx == ast.AugLoad:
            self.emit(op.DUP_TOP)
            self.emit_name(op.LOAD_ATTR, node.attr)
        elif ctx == ast.Load:
            self.emit_name(op.LOAD_ATTR, node.attr)
        elif ctx == ast.AugStore:
            self.emit(op.ROT_TWO)
            self.emit_name(op.STORE_ATTR, node.attr)
        elif ctx == ast.Store:
            self.emit_name(op.STORE_ATTR, node.attr)
        elif ctx == ast.Del:
            self.emit_name(op.DELETE_ATTR, node.attr)
        else:
            raise self.error("param invalid in attribute expression")

    def visit_Subscript(self, node: ast.Subscript) -> None:
        ctx = node.ctx
        if ctx != ast.AugStore:
            self.visit_expr(node.value)
        self.subscript(node.slice, ctx)

    def subscript(self, sl: ast.SliceNode, ctx: int) -> None:
        if isinstance(sl, ast.Index):
            if ctx != ast.AugStore:
                self.visit_expr(sl.value)
        elif isinstance(sl, ast.Ellipsis):
            if ctx != ast.AugStore:
                self.load_const(ConstEllipsis())
        elif isinstance(sl, ast.Slice):
            if sl.step is None:
                self.simple_slice(sl, ctx)
                return
            if ctx != ast.AugStore:
                self.build_slice(sl)
        elif isinstance(sl, ast.ExtSlice):
            if ctx != ast.AugStore:
                for dim in sl.dims:
                    self.nested_slice(dim)
                self.emit_arg(op.BUILD_TUPLE, len(sl.dims))
        if ctx == ast.AugLoad:
            self.emit_arg(op.DUP_TOPX, 2)
        elif ctx == ast.AugStore:
            self.emit(op.ROT_THREE)
        if ctx == ast.Load or ctx == ast.AugLoad:
            self.emit(op.BINARY_SUBSCR)
        elif ctx == ast.Store or ctx == ast.AugStore:
            self.emit(op.STORE_SUBSCR)
        elif ctx == ast.Del:
            self.emit(op.DELETE_SUBSCR)
        else:
            raise self.error("param invalid in subscript expression")

    def build_slice(self, sl: ast.Slice) -> None:
        self.visit_optional_value(sl.lower)
        self.visit_optional_value(sl.upper)
        n = 2
        if sl.step is not None:
            n = 3
            self.visit_expr(sl.step)
        self.emit_arg(op.BUILD_SLICE, n)

    def nested_slice(self, sl: ast.SliceNode) -> None:
        if isinstance(sl, ast.Ellipsis):
            self.load_const(ConstEllipsis())
        elif isinstance(sl, ast.Slice):
            self.build_slice(sl)
        elif isinstance(sl, ast.Index):
            self.visit_expr(sl.value)
        else:
            raise self.error("extended slice invalid in nested slice")

    def simple_slice(self, sl: ast.Slice, ctx: int) -> None:
        """x[a:b]: the SLICE+n family (n: 1 lower given, 2 upper given)."""
        offset = 0
        count = 0
        if sl.lower is not None:
            offset += 1
            count += 1
            if ctx != ast.AugStore:
                self.visit_expr(sl.lower)
        if sl.upper is not None:
            offset += 2
            count += 1
            if ctx != ast.AugStore:
                self.visit_expr(sl.upper)
        if ctx == ast.AugLoad:
            if count == 0:
                self.emit(op.DUP_TOP)
            else:
                self.emit_arg(op.DUP_TOPX, count + 1)
        elif ctx == ast.AugStore:
            self.emit([op.ROT_TWO, op.ROT_THREE, op.ROT_FOUR][count])
        if ctx == ast.Load or ctx == ast.AugLoad:
            self.emit(op.SLICE + offset)
        elif ctx == ast.Store or ctx == ast.AugStore:
            self.emit(op.STORE_SLICE + offset)
        elif ctx == ast.Del:
            self.emit(op.DELETE_SLICE + offset)
        else:
            raise self.error("param invalid in simple slice")

    # ---- functions -------------------------------------------------------

    def unpack_nested_args(self, args: ast.arguments) -> None:
        """def f((a, b)): unpack the tuple argument ".<position>"."""
        for i in range(len(args.args)):
            arg = args.args[i]
            if isinstance(arg, ast.Tuple):
                self.name_op("." + str(i), ast.Load)
                self.visit_expr(arg)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.visit_exprs(node.args.defaults)
        self.enter_scope("<lambda>", node, node.lineno)
        self.unpack_nested_args(node.args)
        self.add_const(ConstNone())     # so a lambda has no docstring
        self.unit.argcount = len(node.args.args)
        self.visit_expr(node.body)
        if self.unit.scope.generator:
            self.emit(op.POP_TOP)
        else:
            self.emit(op.RETURN_VALUE)
        code = self.assemble(True)
        self.exit_scope()
        self.make_closure(code, len(node.args.defaults))

    # ---- comprehensions --------------------------------------------------

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self.emit_arg(op.BUILD_LIST, 0)
        self.listcomp_generator(node.generators, 0, node.elt)

    def listcomp_generator(self, generators: list[ast.comprehension],
                           index: int, elt: ast.expr) -> None:
        start = self.new_block()
        skip = self.new_block()
        if_cleanup = self.new_block()
        anchor = self.new_block()
        gen = generators[index]
        self.visit_expr(gen.iter)
        self.emit(op.GET_ITER)
        self.use_next_block(start)
        self.emit_jump(op.FOR_ITER, anchor)
        self.next_block()
        self.visit_expr(gen.target)
        for cond in gen.ifs:
            self.visit_expr(cond)
            self.emit_jump(op.POP_JUMP_IF_FALSE, if_cleanup)
            self.next_block()
        index += 1
        if index < len(generators):
            self.listcomp_generator(generators, index, elt)
        else:
            self.visit_expr(elt)
            self.emit_arg(op.LIST_APPEND, index + 1)
            self.use_next_block(skip)
        self.use_next_block(if_cleanup)
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.use_next_block(anchor)

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self.comprehension(node, "<genexpr>", COMP_GENEXP, node.generators,
                           node.elt, None)

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self.comprehension(node, "<setcomp>", COMP_SETCOMP, node.generators,
                           node.elt, None)

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self.comprehension(node, "<dictcomp>", COMP_DICTCOMP, node.generators,
                           node.key, node.value)

    def comprehension(self, node: ast.expr, name: str, kind: int,
                      generators: list[ast.comprehension], elt: ast.expr,
                      value: Optional[ast.expr]) -> None:
        self.enter_scope(name, node, node.lineno)
        if kind == COMP_SETCOMP:
            self.emit_arg(op.BUILD_SET, 0)
        elif kind == COMP_DICTCOMP:
            self.emit_arg(op.BUILD_MAP, 0)
        self.comprehension_generator(generators, 0, elt, value, kind)
        if kind != COMP_GENEXP:
            self.emit(op.RETURN_VALUE)
        code = self.assemble(True)
        self.exit_scope()
        self.make_closure(code, 0)
        # the outermost iterable is evaluated here and passed as ".0"
        self.visit_expr(generators[0].iter)
        self.emit(op.GET_ITER)
        self.emit_arg(op.CALL_FUNCTION, 1)

    def comprehension_generator(self, generators: list[ast.comprehension],
                                index: int, elt: ast.expr,
                                value: Optional[ast.expr], kind: int) -> None:
        start = self.new_block()
        skip = self.new_block()
        if_cleanup = self.new_block()
        anchor = self.new_block()
        gen = generators[index]
        if index == 0:
            self.unit.argcount = 1
            self.emit_arg(op.LOAD_FAST, 0)
        else:
            self.visit_expr(gen.iter)
            self.emit(op.GET_ITER)
        self.use_next_block(start)
        self.emit_jump(op.FOR_ITER, anchor)
        self.next_block()
        self.visit_expr(gen.target)
        for cond in gen.ifs:
            self.visit_expr(cond)
            self.emit_jump(op.POP_JUMP_IF_FALSE, if_cleanup)
            self.next_block()
        index += 1
        if index < len(generators):
            self.comprehension_generator(generators, index, elt, value, kind)
        else:
            if kind == COMP_GENEXP:
                self.visit_expr(elt)
                self.emit(op.YIELD_VALUE)
                self.emit(op.POP_TOP)
            elif kind == COMP_SETCOMP:
                self.visit_expr(elt)
                self.emit_arg(op.SET_ADD, index + 1)
            else:
                assert value is not None
                # like d[k] = v, the value is evaluated before the key
                self.visit_expr(value)
                self.visit_expr(elt)
                self.emit_arg(op.MAP_ADD, index + 1)
            self.use_next_block(skip)
        self.use_next_block(if_cleanup)
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.use_next_block(anchor)
