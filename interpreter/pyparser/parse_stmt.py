"""Recursive-descent parser for 2.7 statements (simple and compound)."""
from typing import Optional

from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.pyparser import tokenizer, consts
from pypy27.interpreter.pyparser.parse_expr import ExprParser
from pypy27.interpreter.pyparser.tokenizer import Token

AUGASSIGN_OPS = {"+=": ast.Add, "-=": ast.Sub, "*=": ast.Mult, "/=": ast.Div,
                 "%=": ast.Mod, "**=": ast.Pow, "<<=": ast.LShift,
                 ">>=": ast.RShift, "|=": ast.BitOr, "^=": ast.BitXor,
                 "&=": ast.BitAnd, "//=": ast.FloorDiv}

FUTURE_PARSER_FLAGS = {"print_function": consts.CO_FUTURE_PRINT_FUNCTION,
                       "unicode_literals": consts.CO_FUTURE_UNICODE_LITERALS}


class StmtParser(ExprParser):

    # -- statements ------------------------------------------------------------

    def parse_stmt(self, out: list[ast.stmt]) -> None:
        """stmt: simple_stmt | compound_stmt; appends to out."""
        tok = self.tok
        if tok.type == tokenizer.NAME:
            v = tok.value
            if v == "if":
                out.append(self.parse_if())
                return
            if v == "while":
                out.append(self.parse_while())
                return
            if v == "for":
                out.append(self.parse_for())
                return
            if v == "try":
                out.append(self.parse_try())
                return
            if v == "with":
                out.append(self.parse_with())
                return
            if v == "def":
                out.append(self.parse_funcdef([], tok))
                return
            if v == "class":
                out.append(self.parse_classdef([], tok))
                return
        elif tok.type == tokenizer.OP and tok.value == "@":
            out.append(self.parse_decorated())
            return
        self.parse_simple_stmt(out)

    def parse_simple_stmt(self, out: list[ast.stmt]) -> None:
        """simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE"""
        out.append(self.parse_small_stmt())
        while self.accept_op(";"):
            if self.tok.type == tokenizer.NEWLINE:
                break
            out.append(self.parse_small_stmt())
        self.expect_type(tokenizer.NEWLINE)

    def parse_small_stmt(self) -> ast.stmt:
        tok = self.tok
        if tok.type == tokenizer.NAME:
            v = tok.value
            if v == "print" and not (self.flags & consts.CO_FUTURE_PRINT_FUNCTION):
                return self.parse_print()
            if v == "del":
                self.advance()
                # each item of the exprlist is a target: del (a, b) has one
                elts = [self.parse_expr()]
                while self.accept_op(","):
                    if self.at_testlist_end():
                        break
                    elts.append(self.parse_expr())
                for t in elts:
                    self.set_context(t, ast.Del)
                return ast.Delete(elts, tok.lineno, tok.col)
            if v == "pass":
                self.advance()
                return ast.Pass(tok.lineno, tok.col)
            if v == "break":
                self.advance()
                return ast.Break(tok.lineno, tok.col)
            if v == "continue":
                self.advance()
                return ast.Continue(tok.lineno, tok.col)
            if v == "return":
                self.advance()
                value: Optional[ast.expr] = None
                if not self.at_testlist_end():
                    value = self.parse_testlist()
                return ast.Return(value, tok.lineno, tok.col)
            if v == "raise":
                return self.parse_raise()
            if v == "yield":
                e = self.parse_yield_expr()
                return ast.Expr(e, e.lineno, e.col_offset)
            if v == "import":
                return self.parse_import()
            if v == "from":
                return self.parse_import_from()
            if v == "global":
                self.advance()
                names = [self.name_token().value]
                while self.accept_op(","):
                    names.append(self.name_token().value)
                return ast.Global(names, tok.lineno, tok.col)
            if v == "exec":
                return self.parse_exec()
            if v == "assert":
                self.advance()
                test = self.parse_test()
                msg: Optional[ast.expr] = None
                if self.accept_op(","):
                    msg = self.parse_test()
                return ast.Assert(test, msg, tok.lineno, tok.col)
        return self.parse_expr_stmt()

    def parse_yield_or_testlist(self) -> ast.expr:
        if self.at_kw("yield"):
            return self.parse_yield_expr()
        return self.parse_testlist()

    def parse_expr_stmt(self) -> ast.stmt:
        start = self.tok
        first = self.parse_testlist()
        tok = self.tok
        if tok.type == tokenizer.OP and tok.value in AUGASSIGN_OPS:
            self.advance()
            value = self.parse_yield_or_testlist()
            self.set_context(first, ast.Store)
            if not (isinstance(first, ast.Name) or isinstance(first, ast.Attribute)
                    or isinstance(first, ast.Subscript)):
                self.ast_error("illegal expression for augmented assignment", first.lineno)
            return ast.AugAssign(first, AUGASSIGN_OPS[tok.value], value,
                                 start.lineno, start.col)
        if not self.at_op("="):
            return ast.Expr(first, start.lineno, start.col)
        targets = [first]
        bare_yield = [False]  # 2.7 rejects an unparenthesized yield target first
        value = first
        while self.accept_op("="):
            bare_yield.append(self.at_kw("yield"))
            value = self.parse_yield_or_testlist()
            targets.append(value)
        targets.pop()
        for k in range(len(targets)):
            if bare_yield[k]:
                self.ast_error("assignment to yield expression not possible",
                               targets[k].lineno)
            else:
                self.set_context(targets[k], ast.Store)
        return ast.Assign(targets, value, start.lineno, start.col)

    def parse_print(self) -> ast.stmt:
        start = self.advance()
        dest: Optional[ast.expr] = None
        values: list[ast.expr] = []
        nl = True
        if self.at_op(">>"):
            self.advance()
            dest = self.parse_test()
            if self.accept_op(","):
                values.append(self.parse_test())
                while self.accept_op(","):
                    if self.at_testlist_end():
                        nl = False
                        break
                    values.append(self.parse_test())
        elif not self.at_testlist_end():
            values.append(self.parse_test())
            while self.accept_op(","):
                if self.at_testlist_end():
                    nl = False
                    break
                values.append(self.parse_test())
        return ast.Print(dest, values, nl, start.lineno, start.col)

    def parse_raise(self) -> ast.stmt:
        start = self.advance()
        typ: Optional[ast.expr] = None
        inst: Optional[ast.expr] = None
        tback: Optional[ast.expr] = None
        if not self.at_testlist_end():
            typ = self.parse_test()
            if self.accept_op(","):
                inst = self.parse_test()
                if self.accept_op(","):
                    tback = self.parse_test()
        return ast.Raise(typ, inst, tback, start.lineno, start.col)

    def parse_exec(self) -> ast.stmt:
        start = self.advance()
        body = self.parse_expr()
        globs: Optional[ast.expr] = None
        locs: Optional[ast.expr] = None
        if self.accept_kw("in"):
            globs = self.parse_test()
            if self.accept_op(","):
                locs = self.parse_test()
        elif isinstance(body, ast.Tuple) and (len(body.elts) == 2 or len(body.elts) == 3):
            # exec(code, globals[, locals]) is the old statement with a tuple
            globs = body.elts[1]
            if len(body.elts) == 3:
                locs = body.elts[2]
            body = body.elts[0]
        return ast.Exec(body, globs, locs, start.lineno, start.col)

    # -- imports ---------------------------------------------------------------

    def parse_dotted_name(self) -> str:
        parts = [self.name_token().value]
        while self.accept_op("."):
            parts.append(self.name_token().value)
        return ".".join(parts)

    def parse_import(self) -> ast.stmt:
        start = self.advance()
        names: list[ast.alias] = []
        while True:
            line = self.tok.lineno
            name = self.parse_dotted_name()
            asname: Optional[str] = None
            if self.accept_kw("as"):
                asname = self.name_token().value
                self.forbidden_name(asname, line)
            elif name.find(".") < 0:
                self.forbidden_name(name, line)
            names.append(ast.alias(name, asname))
            if not self.accept_op(","):
                break
        return ast.Import(names, start.lineno, start.col)

    def parse_import_from(self) -> ast.stmt:
        start = self.advance()
        level = 0
        while self.at_op("."):
            self.advance()
            level += 1
        module: Optional[str] = None
        if level == 0 or not self.at_kw("import"):
            module = self.parse_dotted_name()
        self.expect_kw("import")
        names: list[ast.alias] = []
        if self.at_op("*"):
            self.advance()
            names.append(ast.alias("*", None))
        else:
            parens = self.accept_op("(")
            while True:
                line = self.tok.lineno
                name = self.name_token().value
                asname: Optional[str] = None
                if self.accept_kw("as"):
                    asname = self.name_token().value
                    self.forbidden_name(asname, line)
                else:
                    self.forbidden_name(name, line)
                names.append(ast.alias(name, asname))
                if not self.accept_op(","):
                    break
                if parens and self.at_op(")"):
                    break
                if not parens and self.tok.type != tokenizer.NAME:
                    self.ast_error("trailing comma not allowed without surrounding "
                                   "parentheses", start.lineno)
                    break
            if parens:
                self.expect_op(")")
        return ast.ImportFrom(module, names, level, start.lineno, start.col)

    # -- compound statements ---------------------------------------------------

    def parse_suite(self) -> list[ast.stmt]:
        """suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT"""
        body: list[ast.stmt] = []
        if self.tok.type != tokenizer.NEWLINE:
            self.parse_simple_stmt(body)
            return body
        self.advance()
        if self.tok.type != tokenizer.INDENT:
            raise self.indent_expected()
        self.advance()
        while True:
            self.parse_stmt(body)
            if self.tok.type == tokenizer.DEDENT:
                self.advance()
                return body

    def parse_colon_suite(self) -> list[ast.stmt]:
        self.expect_op(":")
        return self.parse_suite()

    def parse_if(self) -> ast.stmt:
        start = self.advance()
        test = self.parse_test()
        body = self.parse_colon_suite()
        node = ast.If(test, body, [], start.lineno, start.col)
        last = node
        while self.at_kw("elif"):
            self.advance()
            test_start = self.tok  # 2.7 places an elif at its test
            test = self.parse_test()
            body = self.parse_colon_suite()
            inner = ast.If(test, body, [], test_start.lineno, test_start.col)
            last.orelse = [inner]
            last = inner
        if self.accept_kw("else"):
            last.orelse = self.parse_colon_suite()
        return node

    def parse_while(self) -> ast.stmt:
        start = self.advance()
        test = self.parse_test()
        body = self.parse_colon_suite()
        orelse: list[ast.stmt] = []
        if self.accept_kw("else"):
            orelse = self.parse_colon_suite()
        return ast.While(test, body, orelse, start.lineno, start.col)

    def parse_for(self) -> ast.stmt:
        start = self.advance()
        target = self.parse_exprlist()
        self.set_context(target, ast.Store)
        self.expect_kw("in")
        it = self.parse_testlist()
        body = self.parse_colon_suite()
        orelse: list[ast.stmt] = []
        if self.accept_kw("else"):
            orelse = self.parse_colon_suite()
        return ast.For(target, it, body, orelse, start.lineno, start.col)

    def parse_try(self) -> ast.stmt:
        start = self.advance()
        body = self.parse_colon_suite()
        handlers: list[ast.ExceptHandler] = []
        while self.at_kw("except"):
            tok = self.advance()
            typ: Optional[ast.expr] = None
            name: Optional[ast.expr] = None
            if not self.at_op(":"):
                typ = self.parse_test()
                if self.accept_kw("as") or self.accept_op(","):
                    name = self.parse_test()
                    self.set_context(name, ast.Store)
            hbody = self.parse_colon_suite()
            handlers.append(ast.ExceptHandler(typ, name, hbody, tok.lineno, tok.col))
        orelse: list[ast.stmt] = []
        if handlers and self.accept_kw("else"):
            orelse = self.parse_colon_suite()
        finalbody: list[ast.stmt] = []
        has_finally = False
        if self.at_kw("finally"):
            self.advance()
            has_finally = True
            finalbody = self.parse_colon_suite()
        elif not handlers:
            raise self.syntax_error()
        if not handlers:
            return ast.TryFinally(body, finalbody, start.lineno, start.col)
        node: ast.stmt = ast.TryExcept(body, handlers, orelse, start.lineno, start.col)
        if has_finally:
            node = ast.TryFinally([node], finalbody, start.lineno, start.col)
        return node

    def parse_with(self) -> ast.stmt:
        start = self.advance()
        items: list[ast.expr] = []
        targets: list[Optional[ast.expr]] = []
        starts: list[Token] = []  # 2.7 places each With at its item
        while True:
            starts.append(self.tok)
            e = self.parse_test()
            target: Optional[ast.expr] = None
            if self.accept_kw("as"):
                target = self.parse_expr()
                self.set_context(target, ast.Store)
            items.append(e)
            targets.append(target)
            if not self.accept_op(","):
                break
        body = self.parse_colon_suite()
        # several items nest: with a, b: body is with a: with b: body
        k = len(items) - 1
        node = ast.With(items[k], targets[k], body, starts[k].lineno, starts[k].col)
        while k > 0:
            k -= 1
            node = ast.With(items[k], targets[k], [node], starts[k].lineno, starts[k].col)
        return node

    def parse_decorated(self) -> ast.stmt:
        start = self.tok  # a decorated definition starts at its first '@'
        decorators: list[ast.expr] = []
        while self.at_op("@"):
            at = self.advance()
            first = self.name_token()
            e: ast.expr = ast.Name(first.value, ast.Load, first.lineno, first.col)
            while self.accept_op("."):
                name = self.name_token()
                e = ast.Attribute(e, name.value, ast.Load, first.lineno, first.col)
            if self.accept_op("("):
                e = self.parse_call(e)
            self.expect_type(tokenizer.NEWLINE)
            decorators.append(e)
        if self.at_kw("def"):
            return self.parse_funcdef(decorators, start)
        if self.at_kw("class"):
            return self.parse_classdef(decorators, start)
        raise self.syntax_error()

    def parse_funcdef(self, decorators: list[ast.expr], start: Token) -> ast.stmt:
        self.advance()
        name = self.name_token()
        self.forbidden_name(name.value, name.lineno)
        self.expect_op("(")
        args = self.parse_varargslist(")")
        self.expect_op(")")
        body = self.parse_colon_suite()
        return ast.FunctionDef(name.value, args, body, decorators, start.lineno, start.col)

    def parse_classdef(self, decorators: list[ast.expr], start: Token) -> ast.stmt:
        self.advance()
        name = self.name_token()
        self.forbidden_name(name.value, name.lineno)
        bases: list[ast.expr] = []
        if self.accept_op("("):
            if not self.at_op(")"):
                b = self.parse_testlist()
                if isinstance(b, ast.Tuple):
                    bases = b.elts
                else:
                    bases = [b]
            self.expect_op(")")
        body = self.parse_colon_suite()
        return ast.ClassDef(name.value, bases, body, decorators, start.lineno, start.col)

    # -- top level -------------------------------------------------------------

    def note_future(self, stmts: list[ast.stmt]) -> None:
        """`from __future__ import print_function` and `unicode_literals`
        change how the rest of the module parses."""
        for s in stmts:
            if isinstance(s, ast.ImportFrom) and s.module == "__future__" and s.level == 0:
                for a in s.names:
                    self.flags |= FUTURE_PARSER_FLAGS.get(a.name, 0)

    def parse_file_input(self) -> ast.mod:
        body: list[ast.stmt] = []
        while self.tok.type != tokenizer.ENDMARKER:
            if self.tok.type == tokenizer.NEWLINE:
                self.advance()
                continue
            before = len(body)
            self.parse_stmt(body)
            had_unicode = self.flags & consts.CO_FUTURE_UNICODE_LITERALS
            self.note_future(body[before:])
            if before > 0 and not had_unicode and \
                    self.flags & consts.CO_FUTURE_UNICODE_LITERALS:
                self.late_unicode_literals = True
        return ast.Module(body)

    def parse_eval_input(self) -> ast.mod:
        e = self.parse_testlist()
        while self.tok.type == tokenizer.NEWLINE:
            self.advance()
        self.expect_type(tokenizer.ENDMARKER)
        return ast.Expression(e)

    def parse_single_input(self) -> ast.mod:
        """single_input: NEWLINE | simple_stmt | compound_stmt NEWLINE.
        2.7 ignores whatever follows the first statement."""
        body: list[ast.stmt] = []
        if self.tok.type == tokenizer.NEWLINE:
            return ast.Interactive(body)
        tok = self.tok
        compound = (tok.type == tokenizer.NAME and tok.value in COMPOUND_KEYWORDS) \
            or (tok.type == tokenizer.OP and tok.value == "@")
        self.parse_stmt(body)
        if compound:
            self.expect_type(tokenizer.NEWLINE)
        return ast.Interactive(body)


COMPOUND_KEYWORDS = {"if": True, "while": True, "for": True, "try": True,
                     "with": True, "def": True, "class": True}
