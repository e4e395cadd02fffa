"""Recursive-descent parser for 2.7 expressions, building the AST directly.

Follows the 2.7 grammar rule by rule (test, or_test, ..., atom, trailer) so
that a syntax error is reported at the same token as CPython's LL(1) parser.
"""
from typing import Optional

from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.pyparser import tokenizer, literals, consts
from pypy27.interpreter.pyparser.parser_base import ParserBase
from pypy27.interpreter.pyparser.tokenizer import Token

KEYWORDS = {
    "and": True, "as": True, "assert": True, "break": True, "class": True,
    "continue": True, "def": True, "del": True, "elif": True, "else": True,
    "except": True, "exec": True, "finally": True, "for": True, "from": True,
    "global": True, "if": True, "import": True, "in": True, "is": True,
    "lambda": True, "not": True, "or": True, "pass": True, "print": True,
    "raise": True, "return": True, "try": True, "while": True, "with": True,
    "yield": True,
}

COMPARISON_OPS = {"<": ast.Lt, ">": ast.Gt, "==": ast.Eq, ">=": ast.GtE,
                  "<=": ast.LtE, "<>": ast.NotEq, "!=": ast.NotEq}
SHIFT_OPS = {"<<": ast.LShift, ">>": ast.RShift}
ARITH_OPS = {"+": ast.Add, "-": ast.Sub}
TERM_OPS = {"*": ast.Mult, "/": ast.Div, "%": ast.Mod, "//": ast.FloorDiv}
FACTOR_OPS = {"+": ast.UAdd, "-": ast.USub, "~": ast.Invert}

# what set_context says about each kind of expression it cannot assign to
ARG_KEYWORD = 0
ARG_POSITIONAL = 1
ARG_GENERATOR = 2


def expr_name(e: ast.expr) -> str:
    """2.7's name of an expression kind in "can't assign to ..." errors."""
    if isinstance(e, ast.Lambda):
        return "lambda"
    if isinstance(e, ast.Call):
        return "function call"
    if isinstance(e, ast.BoolOp) or isinstance(e, ast.BinOp) or isinstance(e, ast.UnaryOp):
        return "operator"
    if isinstance(e, ast.GeneratorExp):
        return "generator expression"
    if isinstance(e, ast.Yield):
        return "yield expression"
    if isinstance(e, ast.ListComp):
        return "list comprehension"
    if isinstance(e, ast.SetComp):
        return "set comprehension"
    if isinstance(e, ast.DictComp):
        return "dict comprehension"
    if (isinstance(e, ast.Dict) or isinstance(e, ast.Set) or isinstance(e, ast.Num)
            or isinstance(e, ast.Str)):
        return "literal"
    if isinstance(e, ast.Compare):
        return "comparison"
    if isinstance(e, ast.Repr):
        return "repr"
    if isinstance(e, ast.IfExp):
        return "conditional expression"
    return "expression"


class ExprParser(ParserBase):

    def is_keyword(self, name: str) -> bool:
        if name == "print" and self.flags & consts.CO_FUTURE_PRINT_FUNCTION:
            return False
        return name in KEYWORDS

    def name_token(self) -> Token:
        """A NAME that is not a keyword."""
        if self.tok.type != tokenizer.NAME or self.is_keyword(self.tok.value):
            raise self.syntax_error()
        return self.advance()

    # -- context checks (2.7's set_context) ----------------------------------

    def forbidden_name(self, name: str, lineno: int) -> bool:
        if name == "None":
            self.ast_error("cannot assign to None", lineno)
            return True
        if name == "__debug__":
            self.ast_error("cannot assign to __debug__", lineno)
            return True
        return False

    def set_context(self, e: ast.expr, ctx: int) -> None:
        if isinstance(e, ast.Name):
            if ctx == ast.Store:
                self.forbidden_name(e.id, e.lineno)
            e.ctx = ctx
        elif isinstance(e, ast.Attribute):
            if ctx == ast.Store:
                self.forbidden_name(e.attr, e.lineno)
            e.ctx = ctx
        elif isinstance(e, ast.Subscript):
            e.ctx = ctx
        elif isinstance(e, ast.Tuple):
            if len(e.elts) == 0:
                self.ast_error("can't delete ()" if ctx == ast.Del else "can't assign to ()", e.lineno)
            e.ctx = ctx
            for elt in e.elts:
                self.set_context(elt, ctx)
        elif isinstance(e, ast.List):
            e.ctx = ctx
            for elt in e.elts:
                self.set_context(elt, ctx)
        else:
            verb = "delete" if ctx == ast.Del else "assign to"
            self.ast_error("can't %s %s" % (verb, expr_name(e)), e.lineno)

    # -- tests ---------------------------------------------------------------

    def parse_test(self) -> ast.expr:
        if self.at_kw("lambda"):
            return self.parse_lambdef(False)
        start = self.tok
        e = self.parse_or_test()
        if self.at_kw("if"):
            self.advance()
            cond = self.parse_or_test()
            self.expect_kw("else")
            orelse = self.parse_test()
            return ast.IfExp(cond, e, orelse, start.lineno, start.col)
        return e

    def parse_old_test(self) -> ast.expr:
        if self.at_kw("lambda"):
            return self.parse_lambdef(True)
        return self.parse_or_test()

    def parse_lambdef(self, old: bool) -> ast.expr:
        start = self.advance()
        args = self.parse_varargslist(":")
        self.expect_op(":")
        body = self.parse_old_test() if old else self.parse_test()
        return ast.Lambda(args, body, start.lineno, start.col)

    def parse_or_test(self) -> ast.expr:
        start = self.tok
        e = self.parse_and_test()
        if not self.at_kw("or"):
            return e
        values = [e]
        while self.accept_kw("or"):
            values.append(self.parse_and_test())
        return ast.BoolOp(ast.Or, values, start.lineno, start.col)

    def parse_and_test(self) -> ast.expr:
        start = self.tok
        e = self.parse_not_test()
        if not self.at_kw("and"):
            return e
        values = [e]
        while self.accept_kw("and"):
            values.append(self.parse_not_test())
        return ast.BoolOp(ast.And, values, start.lineno, start.col)

    def parse_not_test(self) -> ast.expr:
        if self.at_kw("not"):
            start = self.advance()
            operand = self.parse_not_test()
            return ast.UnaryOp(ast.Not, operand, start.lineno, start.col)
        return self.parse_comparison()

    def comparison_op(self) -> int:
        """The comparison operator at the current token (consumed), or 0."""
        tok = self.tok
        if tok.type == tokenizer.OP:
            op = COMPARISON_OPS.get(tok.value, 0)
            if op:
                self.advance()
            return op
        if tok.type == tokenizer.NAME:
            if tok.value == "in":
                self.advance()
                return ast.In
            if tok.value == "not":
                self.advance()
                self.expect_kw("in")
                return ast.NotIn
            if tok.value == "is":
                self.advance()
                if self.accept_kw("not"):
                    return ast.IsNot
                return ast.Is
        return 0

    def parse_comparison(self) -> ast.expr:
        start = self.tok
        e = self.parse_expr()
        op = self.comparison_op()
        if op == 0:
            return e
        ops: list[int] = []
        comparators: list[ast.expr] = []
        while op:
            ops.append(op)
            comparators.append(self.parse_expr())
            op = self.comparison_op()
        return ast.Compare(e, ops, comparators, start.lineno, start.col)

    # -- binary operators ----------------------------------------------------

    def parse_expr(self) -> ast.expr:
        pos = self.tok
        e = self.parse_xor_expr()
        while self.at_op("|"):
            optok = self.advance()
            e = ast.BinOp(e, ast.BitOr, self.parse_xor_expr(), pos.lineno, pos.col)
            pos = self.tok  # 2.7 places a chained operation at its operator
        return e

    def parse_xor_expr(self) -> ast.expr:
        pos = self.tok
        e = self.parse_and_expr()
        while self.at_op("^"):
            optok = self.advance()
            e = ast.BinOp(e, ast.BitXor, self.parse_and_expr(), pos.lineno, pos.col)
            pos = self.tok  # 2.7 places a chained operation at its operator
        return e

    def parse_and_expr(self) -> ast.expr:
        pos = self.tok
        e = self.parse_shift_expr()
        while self.at_op("&"):
            optok = self.advance()
            e = ast.BinOp(e, ast.BitAnd, self.parse_shift_expr(), pos.lineno, pos.col)
            pos = self.tok  # 2.7 places a chained operation at its operator
        return e

    def parse_shift_expr(self) -> ast.expr:
        pos = self.tok
        e = self.parse_arith_expr()
        while self.tok.type == tokenizer.OP and self.tok.value in SHIFT_OPS:
            optok = self.advance()
            e = ast.BinOp(e, SHIFT_OPS[optok.value], self.parse_arith_expr(), pos.lineno, pos.col)
            pos = self.tok  # 2.7 places a chained operation at its operator
        return e

    def parse_arith_expr(self) -> ast.expr:
        pos = self.tok
        e = self.parse_term()
        while self.tok.type == tokenizer.OP and self.tok.value in ARITH_OPS:
            optok = self.advance()
            e = ast.BinOp(e, ARITH_OPS[optok.value], self.parse_term(), pos.lineno, pos.col)
            pos = self.tok  # 2.7 places a chained operation at its operator
        return e

    def parse_term(self) -> ast.expr:
        pos = self.tok
        e = self.parse_factor()
        while self.tok.type == tokenizer.OP and self.tok.value in TERM_OPS:
            optok = self.advance()
            e = ast.BinOp(e, TERM_OPS[optok.value], self.parse_factor(), pos.lineno, pos.col)
            pos = self.tok  # 2.7 places a chained operation at its operator
        return e

    def parse_factor(self) -> ast.expr:
        tok = self.tok
        if tok.type == tokenizer.OP and tok.value in FACTOR_OPS:
            self.advance()
            if tok.value == "-" and self.tok.type == tokenizer.NUMBER:
                # 2.7 folds the minus into a bare number literal: -1 is Num(-1)
                after = self.peek(1)
                if not (after.type == tokenizer.OP and (after.value == "(" or after.value == "["
                                                        or after.value == "." or after.value == "**")):
                    num = self.advance()
                    return self.make_number("-" + num.value, tok)
            operand = self.parse_factor()
            return ast.UnaryOp(FACTOR_OPS[tok.value], operand, tok.lineno, tok.col)
        return self.parse_power()

    def parse_power(self) -> ast.expr:
        start = self.tok
        e = self.parse_atom()
        while self.tok.type == tokenizer.OP:
            v = self.tok.value
            if v == "(":
                self.advance()
                e = self.parse_call(e)
            elif v == "[":
                self.advance()
                sl = self.parse_subscriptlist()
                self.expect_op("]")
                e = ast.Subscript(e, sl, ast.Load, e.lineno, e.col_offset)
            elif v == ".":
                self.advance()
                name = self.name_token()
                e = ast.Attribute(e, name.value, ast.Load, e.lineno, e.col_offset)
            else:
                break
        if self.at_op("**"):
            self.advance()
            right = self.parse_factor()
            e = ast.BinOp(e, ast.Pow, right, start.lineno, start.col)
        return e

    # -- atoms ---------------------------------------------------------------

    def make_number(self, text: str, tok: Token) -> ast.expr:
        return ast.Num(literals.parse_number(text), tok.lineno, tok.col)

    def parse_atom(self) -> ast.expr:
        tok = self.tok
        t = tok.type
        if t == tokenizer.NAME:
            if self.is_keyword(tok.value):
                raise self.syntax_error()
            self.advance()
            return ast.Name(tok.value, ast.Load, tok.lineno, tok.col)
        if t == tokenizer.NUMBER:
            self.advance()
            return self.make_number(tok.value, tok)
        if t == tokenizer.STRING:
            return self.parse_strings()
        if t != tokenizer.OP:
            raise self.syntax_error()
        v = tok.value
        if v == "(":
            self.advance()
            if self.at_op(")"):
                self.advance()
                return ast.Tuple([], ast.Load, tok.lineno, tok.col)
            if self.at_kw("yield"):
                e = self.parse_yield_expr()
                self.expect_op(")")
                return e
            e = self.parse_testlist_comp()
            self.expect_op(")")
            return e
        if v == "[":
            self.advance()
            if self.at_op("]"):
                self.advance()
                return ast.List([], ast.Load, tok.lineno, tok.col)
            e = self.parse_listmaker(tok)
            self.expect_op("]")
            return e
        if v == "{":
            self.advance()
            if self.at_op("}"):
                self.advance()
                return ast.Dict([], [], tok.lineno, tok.col)
            e = self.parse_dictorsetmaker(tok)
            self.expect_op("}")
            return e
        if v == "`":
            self.advance()
            inner = self.tok
            first = self.parse_test()
            if self.at_op(","):
                elts = [first]
                while self.accept_op(","):
                    elts.append(self.parse_test())
                first = ast.Tuple(elts, ast.Load, inner.lineno, inner.col)
            self.expect_op("`")
            return ast.Repr(first, tok.lineno, tok.col)
        raise self.syntax_error()

    def parse_strings(self) -> ast.expr:
        first = self.tok
        parts: list[str] = []
        kinds: list[bool] = []
        any_unicode = False
        unicode_literals = (self.flags & consts.CO_FUTURE_UNICODE_LITERALS) != 0
        failed = False
        while self.tok.type == tokenizer.STRING:
            tok = self.advance()
            if failed:
                continue
            try:
                s, is_unicode = literals.parse_string(tok.value, self.encoding,
                                                      unicode_literals)
            except literals.LiteralError as e:
                if e.is_value_error:
                    self.ast_value_error(e.msg, first.lineno)
                else:
                    self.ast_error(e.msg, first.lineno)
                failed = True
                continue
            parts.append(s)
            kinds.append(is_unicode)
            any_unicode = any_unicode or is_unicode
        if any_unicode and not failed:
            for k in range(len(parts)):
                if not kinds[k]:
                    try:
                        parts[k] = literals.str_to_unicode(parts[k])
                    except literals.LiteralError as e:
                        self.ast_error(e.msg, first.lineno)
                        break
        node = ast.Str("".join(parts), first.lineno, first.col, any_unicode)
        node.plain_literal = len(parts) == 1 and literals.is_plain_literal(first.value)
        return node

    def parse_testlist_comp(self) -> ast.expr:
        start = self.tok
        first = self.parse_test()
        if self.at_kw("for"):
            gens = self.parse_comp_for()
            return ast.GeneratorExp(first, gens, start.lineno, start.col)
        if not self.at_op(","):
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_op(")"):
                break
            elts.append(self.parse_test())
        return ast.Tuple(elts, ast.Load, start.lineno, start.col)

    def parse_listmaker(self, start: Token) -> ast.expr:
        inner = self.tok
        first = self.parse_test()
        if self.at_kw("for"):
            gens = self.parse_list_for()
            return ast.ListComp(first, gens, inner.lineno, inner.col)
        elts = [first]
        while self.accept_op(","):
            if self.at_op("]"):
                break
            elts.append(self.parse_test())
        return ast.List(elts, ast.Load, start.lineno, start.col)

    def parse_dictorsetmaker(self, start: Token) -> ast.expr:
        inner = self.tok
        first = self.parse_test()
        if self.accept_op(":"):
            value = self.parse_test()
            if self.at_kw("for"):
                gens = self.parse_comp_for()
                return ast.DictComp(first, value, gens, inner.lineno, inner.col)
            keys = [first]
            values = [value]
            while self.accept_op(","):
                if self.at_op("}"):
                    break
                keys.append(self.parse_test())
                self.expect_op(":")
                values.append(self.parse_test())
            return ast.Dict(keys, values, start.lineno, start.col)
        if self.at_kw("for"):
            gens = self.parse_comp_for()
            return ast.SetComp(first, gens, inner.lineno, inner.col)
        elts = [first]
        while self.accept_op(","):
            if self.at_op("}"):
                break
            elts.append(self.parse_test())
        return ast.Set(elts, start.lineno, start.col)

    # -- comprehensions ------------------------------------------------------

    def parse_comp_target(self) -> ast.expr:
        target = self.parse_exprlist()
        self.set_context(target, ast.Store)
        return target

    def parse_list_for(self) -> list[ast.comprehension]:
        """list_for: 'for' exprlist 'in' testlist_safe [list_iter]"""
        gens: list[ast.comprehension] = []
        while self.at_kw("for"):
            self.advance()
            target = self.parse_comp_target()
            self.expect_kw("in")
            it = self.parse_old_test()
            if self.at_op(","):
                elts = [it]
                self.advance()
                elts.append(self.parse_old_test())
                while self.accept_op(","):
                    if self.at_op("]") or self.at_kw("for") or self.at_kw("if"):
                        break
                    elts.append(self.parse_old_test())
                it = ast.Tuple(elts, ast.Load, it.lineno, it.col_offset)
            ifs: list[ast.expr] = []
            while self.at_kw("if"):
                self.advance()
                ifs.append(self.parse_old_test())
            gens.append(ast.comprehension(target, it, ifs))
        return gens

    def parse_comp_for(self) -> list[ast.comprehension]:
        """comp_for: 'for' exprlist 'in' or_test [comp_iter]"""
        gens: list[ast.comprehension] = []
        while self.at_kw("for"):
            self.advance()
            target = self.parse_comp_target()
            self.expect_kw("in")
            it = self.parse_or_test()
            ifs: list[ast.expr] = []
            while self.at_kw("if"):
                self.advance()
                ifs.append(self.parse_old_test())
            gens.append(ast.comprehension(target, it, ifs))
        return gens

    # -- lists of expressions ------------------------------------------------

    def at_testlist_end(self) -> bool:
        """Whether a trailing comma ended the list: the token cannot start a test."""
        t = self.tok
        if t.type == tokenizer.NAME:
            return self.is_keyword(t.value) and t.value != "not" and t.value != "lambda"
        if t.type == tokenizer.NUMBER or t.type == tokenizer.STRING:
            return False
        if t.type == tokenizer.OP:
            v = t.value
            return not (v == "(" or v == "[" or v == "{" or v == "`" or v == "-"
                        or v == "+" or v == "~")
        return True

    def parse_testlist(self) -> ast.expr:
        start = self.tok
        first = self.parse_test()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_testlist_end():
                break
            elts.append(self.parse_test())
        return ast.Tuple(elts, ast.Load, start.lineno, start.col)

    def parse_exprlist(self) -> ast.expr:
        first = self.parse_expr()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_testlist_end() or self.at_kw("not") or self.at_kw("lambda"):
                break
            elts.append(self.parse_expr())
        return ast.Tuple(elts, ast.Load, first.lineno, first.col_offset)

    def parse_yield_expr(self) -> ast.expr:
        start = self.advance()
        value: Optional[ast.expr] = None
        if not self.at_testlist_end():
            value = self.parse_testlist()
        return ast.Yield(value, start.lineno, start.col)

    # -- subscripts ----------------------------------------------------------

    def parse_subscript(self) -> ast.slice:
        if self.at_op(".") and self.peek(1).type == tokenizer.OP and self.peek(1).value == ".":
            self.advance()
            self.advance()
            self.expect_op(".")
            return ast.Ellipsis()
        lower: Optional[ast.expr] = None
        if not self.at_op(":"):
            lower = self.parse_test()
            if not self.at_op(":"):
                return ast.Index(lower)
        self.advance()
        upper: Optional[ast.expr] = None
        if not (self.at_op("]") or self.at_op(",") or self.at_op(":")):
            upper = self.parse_test()
        step: Optional[ast.expr] = None
        if self.at_op(":"):
            colon = self.advance()
            if self.at_op("]") or self.at_op(","):
                # 2.7 spells an empty step as the name None
                step = ast.Name("None", ast.Load, colon.lineno, colon.col)
            else:
                step = self.parse_test()
        return ast.Slice(lower, upper, step)

    def parse_subscriptlist(self) -> ast.slice:
        start = self.tok
        first = self.parse_subscript()
        if not self.at_op(","):
            return first
        dims = [first]
        while self.accept_op(","):
            if self.at_op("]"):
                break
            dims.append(self.parse_subscript())
        elts: list[ast.expr] = []
        for d in dims:
            if not isinstance(d, ast.Index):
                return ast.ExtSlice(dims)
            elts.append(d.value)
        return ast.Index(ast.Tuple(elts, ast.Load, start.lineno, start.col))

    # -- calls ---------------------------------------------------------------

    def parse_call(self, func: ast.expr) -> ast.expr:
        kinds: list[int] = []
        exprs: list[ast.expr] = []
        values: list[Optional[ast.expr]] = []
        after_star: list[bool] = []
        starargs: Optional[ast.expr] = None
        kwargs: Optional[ast.expr] = None
        while not self.at_op(")"):
            if self.at_op("*") and starargs is None:
                self.advance()
                starargs = self.parse_test()
                if not self.accept_op(","):
                    break
                if self.at_op(")"):
                    raise self.syntax_error()
                continue
            if self.at_op("**"):
                self.advance()
                kwargs = self.parse_test()
                break
            arg_start = self.tok
            e = self.parse_test()
            if self.at_kw("for"):
                gens = self.parse_comp_for()
                kinds.append(ARG_GENERATOR)
                exprs.append(ast.GeneratorExp(e, gens, arg_start.lineno, arg_start.col))
                values.append(None)
            elif self.at_op("="):
                self.advance()
                kinds.append(ARG_KEYWORD)
                exprs.append(e)
                values.append(self.parse_test())
            else:
                kinds.append(ARG_POSITIONAL)
                exprs.append(e)
                values.append(None)
            after_star.append(starargs is not None)
            if not self.accept_op(","):
                break
            if starargs is not None and self.at_op(")"):
                raise self.syntax_error()
        self.expect_op(")")
        return self.build_call(func, kinds, exprs, values, after_star, starargs, kwargs)

    def build_call(self, func: ast.expr, kinds: list[int], exprs: list[ast.expr],
                   values: list[Optional[ast.expr]], after_star: list[bool],
                   starargs: Optional[ast.expr], kwargs: Optional[ast.expr]) -> ast.expr:
        """The checks of 2.7's ast_for_call, in its order."""
        nargs = 0
        nkeywords = 0
        ngens = 0
        for kind in kinds:
            if kind == ARG_POSITIONAL:
                nargs += 1
            elif kind == ARG_GENERATOR:
                ngens += 1
            else:
                nkeywords += 1
        if ngens > 1 or (ngens and (nargs or nkeywords)):
            self.ast_error("Generator expression must be parenthesized if not sole argument",
                           func.lineno)
        if nargs + nkeywords + ngens > 255:
            self.ast_error("more than 255 arguments", func.lineno)
        args: list[ast.expr] = []
        keywords: list[ast.keyword] = []
        seen: dict[str, bool] = {}
        nkeywords = 0
        for k in range(len(kinds)):
            e = exprs[k]
            if kinds[k] == ARG_KEYWORD:
                value = values[k]
                assert value is not None
                nkeywords += 1
                if isinstance(e, ast.Lambda):
                    self.ast_error("lambda cannot contain assignment", e.lineno)
                elif not isinstance(e, ast.Name):
                    self.ast_error("keyword can't be an expression", e.lineno)
                else:
                    if not self.forbidden_name(e.id, e.lineno) and e.id in seen:
                        self.ast_error("keyword argument repeated", e.lineno)
                    seen[e.id] = True
                    keywords.append(ast.keyword(e.id, value))
            else:
                if nkeywords and kinds[k] == ARG_POSITIONAL:
                    self.ast_error("non-keyword arg after keyword arg", e.lineno)
                if after_star[k]:
                    self.ast_error("only named arguments may follow *expression", e.lineno)
                args.append(e)
        return ast.Call(func, args, keywords, starargs, kwargs, func.lineno, func.col_offset)

    # -- parameters ----------------------------------------------------------

    def parse_fpdef(self, top: bool) -> ast.expr:
        """fpdef: NAME | '(' fplist ')'"""
        if self.at_op("("):
            self.advance()
            inner = self.tok  # the fplist starts after the parenthesis
            first = self.parse_fpdef(False)
            if not self.at_op(","):
                self.expect_op(")")
                if top and isinstance(first, ast.Name):
                    # def f((x)): is the plain parameter x
                    first.ctx = ast.Param
                return first
            elts = [first]
            while self.accept_op(","):
                if self.at_op(")"):
                    break
                elts.append(self.parse_fpdef(False))
            self.expect_op(")")
            return ast.Tuple(elts, ast.Store, inner.lineno, inner.col)
        tok = self.name_token()
        self.forbidden_name(tok.value, tok.lineno)
        return ast.Name(tok.value, ast.Param if top else ast.Store, tok.lineno, tok.col)

    def parse_varargslist(self, end: str) -> ast.arguments:
        args: list[ast.expr] = []
        defaults: list[ast.expr] = []
        vararg: Optional[str] = None
        kwarg: Optional[str] = None
        found_default = False
        first_line = self.tok.lineno
        while not self.at_op(end):
            if self.at_op("*"):
                self.advance()
                tok = self.name_token()
                self.forbidden_name(tok.value, tok.lineno)
                vararg = tok.value
                if self.accept_op(","):
                    self.expect_op("**")
                    tok = self.name_token()
                    self.forbidden_name(tok.value, tok.lineno)
                    kwarg = tok.value
                break
            if self.at_op("**"):
                self.advance()
                tok = self.name_token()
                self.forbidden_name(tok.value, tok.lineno)
                kwarg = tok.value
                break
            parenthesized = self.at_op("(")
            arg = self.parse_fpdef(True)
            args.append(arg)
            if self.accept_op("="):
                if parenthesized and isinstance(arg, ast.Name):
                    self.ast_error("parenthesized arg with default", first_line)
                defaults.append(self.parse_test())
                found_default = True
            elif found_default:
                if parenthesized and isinstance(arg, ast.Name):
                    self.ast_error("parenthesized arg with default", first_line)
                else:
                    self.ast_error("non-default argument follows default argument",
                                   first_line)
            if not self.accept_op(","):
                break
        return ast.arguments(args, vararg, kwarg, defaults)
