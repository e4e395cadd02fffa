"""Tokens -> bytecode, in one recursive-descent pass.

    program   := statement*
    statement := "def" NAME "(" [NAME ("," NAME)*] ")" block      (top level only)
               | "if" expr block ("elif" expr block)* ["else" block]
               | "while" expr block
               | "return" [expr] | "print" expr ("," expr)*
               | NAME "=" expr | expr
    block     := "{" statement* "}"
    expr      := sum [("==" | "!=" | "<" | "<=" | ">" | ">=") sum]
    sum       := term (("+" | "-") term)*
    term      := unary (("*" | "/" | "%") unary)*
    unary     := "-" unary | INT | STRING | NAME | NAME "(" args ")" | "(" expr ")"

Statements end at a newline, ";" or "}".  Variables are local to their
function (the top level is the function "<main>").
"""
from pypy27.translator.examples.toylang import bytecode as bc
from pypy27.translator.examples.toylang.bytecode import BUILTINS, CallSite, Code, Program
from pypy27.translator.examples.toylang.errors import ToyError
from pypy27.translator.examples.toylang.lexer import Token, tokenize
from pypy27.translator.examples.toylang.values import NONE, IntValue, StrValue, Value

COMPARISONS = {"==": bc.EQ, "!=": bc.NE, "<": bc.LT, "<=": bc.LE, ">": bc.GT, ">=": bc.GE}
MAXINT_TEXT = "9223372036854775807"


def fits_in_int(digits: str) -> bool:
    """Whether a decimal literal is at most MAXINT (int() would not overflow)."""
    digits = digits.lstrip("0")
    if len(digits) != len(MAXINT_TEXT):
        return len(digits) < len(MAXINT_TEXT)
    return digits <= MAXINT_TEXT     # same length: text order is numeric order


class FunctionBuilder:
    """Accumulates one Code, tracking the stack depth to size frames."""
    code: Code
    localmap: dict[str, int]
    depth: int

    def __init__(self, name: str, params: list[str]) -> None:
        self.code = Code(name, len(params))
        self.localmap = {}
        self.depth = 0
        for p in params:
            self.local_index(p)

    def emit(self, op: int, arg: int, line: int) -> int:
        """Append an instruction; returns its position for patching."""
        self.adjust_depth(bc.STACK_EFFECT[op])
        pos = len(self.code.ops)
        self.code.ops.append(op)
        self.code.ops.append(arg)
        self.code.lines.append(line)
        return pos

    def adjust_depth(self, delta: int) -> None:
        self.depth += delta
        assert self.depth >= 0
        if self.depth > self.code.maxstack:
            self.code.maxstack = self.depth

    def here(self) -> int:
        return len(self.code.ops)

    def patch(self, pos: int, target: int) -> None:
        self.code.ops[pos + 1] = target

    def add_const(self, v: Value) -> int:
        self.code.consts.append(v)
        return len(self.code.consts) - 1

    def local_index(self, name: str) -> int:
        index = self.localmap.get(name, -1)
        if index < 0:
            index = len(self.code.localnames)
            self.localmap[name] = index
            self.code.localnames.append(name)
        return index


class Compiler:
    tokens: list[Token]
    pos: int
    builder: FunctionBuilder
    main: FunctionBuilder
    functions: dict[str, Code]
    callsites: list[CallSite]

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.main = FunctionBuilder("<main>", [])
        self.builder = self.main
        self.functions = {}
        self.callsites = []

    # ---- token helpers ----------------------------------------------------

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def advance(self) -> Token:
        t = self.tokens[self.pos]
        if t.kind != "eof":
            self.pos += 1
        return t

    def error(self, message: str) -> ToyError:
        t = self.peek()
        found = "end of input" if t.kind == "eof" else repr(t.text)
        return ToyError("%s, found %s" % (message, found), t.line)

    def expect_op(self, text: str) -> Token:
        if not self.peek().is_op(text):
            raise self.error("expected '%s'" % text)
        return self.advance()

    def expect_name(self) -> str:
        if self.peek().kind != "name":
            raise self.error("expected a name")
        return self.advance().text

    def skip_separators(self) -> None:
        while self.peek().kind == "newline" or self.peek().is_op(";"):
            self.advance()

    def next_is_keyword_after_newlines(self, word: str) -> bool:
        """Lets "}" and "else" sit on different lines."""
        i = self.pos
        while self.tokens[i].kind == "newline":
            i += 1
        if self.tokens[i].is_keyword(word):
            self.pos = i
            return True
        return False

    # ---- program and statements -------------------------------------------

    def compile(self) -> Program:
        while True:
            self.skip_separators()
            if self.peek().kind == "eof":
                break
            self.statement()
        line = self.peek().line
        self.main.emit(bc.LOAD_CONST, self.main.add_const(NONE), line)
        self.main.emit(bc.RETURN, 0, line)
        self.link()
        return Program(self.main.code, self.functions)

    def link(self) -> None:
        for site in self.callsites:
            target = self.functions.get(site.name, None)
            if target is None:
                raise ToyError("undefined function %s" % site.name, site.line)
            if target.nparams != site.argc:
                raise ToyError("%s() takes %d arguments, %d given"
                               % (site.name, target.nparams, site.argc), site.line)
            site.target = target

    def statement(self) -> None:
        t = self.peek()
        if t.is_keyword("def"):
            self.function_def()
        elif t.is_keyword("if"):
            self.if_statement()
        elif t.is_keyword("while"):
            self.while_statement()
        elif t.is_keyword("return"):
            self.advance()
            if self.at_statement_end():
                self.builder.emit(bc.LOAD_CONST, self.builder.add_const(NONE), t.line)
            else:
                self.expression()
            self.builder.emit(bc.RETURN, 0, t.line)
        elif t.is_keyword("print"):
            self.advance()
            count = 1
            self.expression()
            while self.peek().is_op(","):
                self.advance()
                self.expression()
                count += 1
            self.builder.emit(bc.PRINT, count, t.line)
            self.builder.adjust_depth(-count)
        elif t.kind == "name" and self.tokens[self.pos + 1].is_op("="):
            self.advance()
            self.advance()
            self.expression()
            self.builder.emit(bc.STORE_LOCAL, self.builder.local_index(t.text), t.line)
        else:
            self.expression()
            self.builder.emit(bc.POP, 0, t.line)
        if not self.at_statement_end():
            raise self.error("expected end of statement")

    def at_statement_end(self) -> bool:
        t = self.peek()
        return t.kind == "newline" or t.kind == "eof" or t.is_op(";") or t.is_op("}")

    def block(self) -> None:
        self.expect_op("{")
        while True:
            self.skip_separators()
            if self.peek().is_op("}"):
                self.advance()
                return
            if self.peek().kind == "eof":
                raise self.error("expected '}'")
            self.statement()

    def function_def(self) -> None:
        line = self.advance().line
        if self.builder is not self.main:
            raise ToyError("def is only allowed at the top level", line)
        name = self.expect_name()
        if name in self.functions or name in BUILTINS:
            raise ToyError("function %s is already defined" % name, line)
        self.expect_op("(")
        params: list[str] = []
        if not self.peek().is_op(")"):
            params.append(self.expect_name())
            while self.peek().is_op(","):
                self.advance()
                params.append(self.expect_name())
        self.expect_op(")")
        self.builder = FunctionBuilder(name, params)
        self.functions[name] = self.builder.code
        self.block()
        self.builder.emit(bc.LOAD_CONST, self.builder.add_const(NONE), line)
        self.builder.emit(bc.RETURN, 0, line)
        self.builder = self.main

    def if_statement(self) -> None:
        line = self.advance().line
        self.expression()
        skip = self.builder.emit(bc.JUMP_IF_FALSE, 0, line)
        self.block()
        exits: list[int] = []
        while self.next_is_keyword_after_newlines("elif"):
            exits.append(self.builder.emit(bc.JUMP, 0, line))
            self.builder.patch(skip, self.builder.here())
            line = self.advance().line
            self.expression()
            skip = self.builder.emit(bc.JUMP_IF_FALSE, 0, line)
            self.block()
        if self.next_is_keyword_after_newlines("else"):
            exits.append(self.builder.emit(bc.JUMP, 0, line))
            self.builder.patch(skip, self.builder.here())
            self.advance()
            self.block()
        else:
            self.builder.patch(skip, self.builder.here())
        for pos in exits:
            self.builder.patch(pos, self.builder.here())

    def while_statement(self) -> None:
        line = self.advance().line
        top = self.builder.here()
        self.expression()
        exit_jump = self.builder.emit(bc.JUMP_IF_FALSE, 0, line)
        self.block()
        self.builder.emit(bc.JUMP, top, line)    # the backward jump: a loop for the JIT
        self.builder.patch(exit_jump, self.builder.here())

    # ---- expressions ------------------------------------------------------

    def expression(self) -> None:
        self.sum()
        t = self.peek()
        if t.kind == "op" and t.text in COMPARISONS:
            self.advance()
            self.sum()
            self.builder.emit(COMPARISONS[t.text], 0, t.line)

    def sum(self) -> None:
        self.term()
        while self.peek().is_op("+") or self.peek().is_op("-"):
            t = self.advance()
            self.term()
            self.builder.emit(bc.ADD if t.text == "+" else bc.SUB, 0, t.line)

    def term(self) -> None:
        self.unary()
        while self.peek().is_op("*") or self.peek().is_op("/") or self.peek().is_op("%"):
            t = self.advance()
            self.unary()
            op = bc.MUL
            if t.text == "/":
                op = bc.DIV
            elif t.text == "%":
                op = bc.MOD
            self.builder.emit(op, 0, t.line)

    def unary(self) -> None:
        t = self.peek()
        starts = t.kind == "int" or t.kind == "str" or t.kind == "name" or t.is_op("-") or t.is_op("(")
        if not starts:
            raise self.error("expected an expression")
        self.advance()
        if t.is_op("-"):
            self.unary()
            self.builder.emit(bc.NEG, 0, t.line)
        elif t.kind == "int":
            if not fits_in_int(t.text):
                raise ToyError("integer literal too large", t.line)
            self.builder.emit(bc.LOAD_CONST, self.builder.add_const(IntValue(int(t.text))), t.line)
        elif t.kind == "str":
            self.builder.emit(bc.LOAD_CONST, self.builder.add_const(StrValue(t.text)), t.line)
        elif t.kind == "name" and self.peek().is_op("("):
            self.call(t)
        elif t.kind == "name":
            index = self.builder.localmap.get(t.text, -1)
            if index < 0:
                raise ToyError("undefined variable %s" % t.text, t.line)
            self.builder.emit(bc.LOAD_LOCAL, index, t.line)
        else:
            self.expression()       # t is "("
            self.expect_op(")")

    def call(self, name: Token) -> None:
        self.expect_op("(")
        argc = 0
        if not self.peek().is_op(")"):
            self.expression()
            argc = 1
            while self.peek().is_op(","):
                self.advance()
                self.expression()
                argc += 1
        self.expect_op(")")
        builtin = BUILTINS.get(name.text, -1)
        if builtin >= 0:
            if argc != 1:
                raise ToyError("%s() takes 1 argument, %d given" % (name.text, argc), name.line)
            self.builder.emit(bc.BUILTIN, builtin, name.line)
            return
        self.callsites.append(CallSite(name.text, argc, name.line))
        self.builder.emit(bc.CALL, len(self.builder.code.callsites), name.line)
        self.builder.code.callsites.append(self.callsites[-1])
        self.builder.adjust_depth(1 - argc)


def compile_program(src: str) -> Program:
    return Compiler(tokenize(src)).compile()
