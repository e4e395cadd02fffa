"""The abstract syntax tree of Python 2.7.

One class per node of CPython 2.7's ``_ast`` module, with the same class
names, field names and field order.  Constructors take the fields positionally
in that order, followed by ``lineno, col_offset`` for statements, expressions
and exception handlers.

Interpreter-independent leaves (the object space does not exist when parsing):

* operators, comparison operators, boolean and unary operators and expression
  contexts are small int constants (``Add``, ``Eq``, ``And``, ``USub``,
  ``Load`` ...); the ``*_NAMES`` tables map them back to their 2.7 class names.
* ``Num.n`` is a ``Number``: ``kind`` is ``NUM_INT``/``NUM_LONG``/``NUM_FLOAT``/
  ``NUM_COMPLEX``.  For ints and longs ``text`` is the value in decimal with an
  optional leading ``-`` (whatever radix the literal used) and ``intval`` holds
  it for ``NUM_INT`` (which always fits a machine word).  For floats
  ``floatval`` is the value, for complex literals ``floatval`` is the imaginary
  part (the real part is 0.0).
* ``Str.s`` is a byte string; when ``Str.is_unicode`` is true it is the text
  encoded as UTF-8 (lone surrogates use their 3-byte form).
* identifiers (``Name.id``, ``alias.name`` ...) are plain byte strings.

``dump(node)`` prints exactly like 2.7's ``ast.dump(node)`` so that tests can
compare against output recorded from CPython 2.7.

``ASTVisitor`` has one ``visit_<Node>`` method per node; each defaults to
``node.walk_children(visitor)``.  ``node.accept(visitor)`` dispatches.
"""
from typing import Optional

# expr_context
Load = 1
Store = 2
Del = 3
AugLoad = 4
AugStore = 5
Param = 6
CONTEXT_NAMES = ["", "Load", "Store", "Del", "AugLoad", "AugStore", "Param"]

# boolop
And = 1
Or = 2
BOOLOP_NAMES = ["", "And", "Or"]

# operator
Add = 1
Sub = 2
Mult = 3
Div = 4
Mod = 5
Pow = 6
LShift = 7
RShift = 8
BitOr = 9
BitXor = 10
BitAnd = 11
FloorDiv = 12
OPERATOR_NAMES = ["", "Add", "Sub", "Mult", "Div", "Mod", "Pow", "LShift",
                  "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"]

# unaryop
Invert = 1
Not = 2
UAdd = 3
USub = 4
UNARYOP_NAMES = ["", "Invert", "Not", "UAdd", "USub"]

# cmpop
Eq = 1
NotEq = 2
Lt = 3
LtE = 4
Gt = 5
GtE = 6
Is = 7
IsNot = 8
In = 9
NotIn = 10
CMPOP_NAMES = ["", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot",
               "In", "NotIn"]

NUM_INT = 0
NUM_LONG = 1
NUM_FLOAT = 2
NUM_COMPLEX = 3


class Number(object):
    """The value of a numeric literal, see the module docstring."""
    kind: int
    text: str
    intval: int
    floatval: float

    def __init__(self, kind: int, text: str, intval: int, floatval: float) -> None:
        self.kind = kind
        self.text = text
        self.intval = intval
        self.floatval = floatval

    def repr27(self) -> str:
        """The value as 2.7's repr() prints it."""
        if self.kind == NUM_INT:
            return self.text
        if self.kind == NUM_LONG:
            return self.text + "L"
        if self.kind == NUM_FLOAT:
            return repr(self.floatval)
        r = repr(self.floatval)
        if r.endswith(".0"):  # complex repr drops a trailing ".0"
            r = r[:len(r) - 2]
        return r + "j"


HEX_DIGITS = "0123456789abcdef"


def _hex2(c: int) -> str:
    return "\\x" + HEX_DIGITS[c >> 4] + HEX_DIGITS[c & 15]


def _pick_quote(s: str) -> str:
    # 2.7 uses double quotes only when the text has ' but no "
    if s.find("'") >= 0 and s.find('"') < 0:
        return '"'
    return "'"


def _escape_char(c: int, quote: str, out: list[str]) -> bool:
    """Append the 2.7 escape of an ASCII code c; False if c is not ASCII."""
    if c == 92:
        out.append("\\\\")
    elif c == ord(quote):
        out.append("\\" + quote)
    elif c == 9:
        out.append("\\t")
    elif c == 10:
        out.append("\\n")
    elif c == 13:
        out.append("\\r")
    elif c < 32 or c == 127:
        out.append(_hex2(c))
    elif c < 127:
        out.append(chr(c))
    else:
        return False
    return True


def repr_bytes(s: str) -> str:
    """repr() of a 2.7 str."""
    quote = _pick_quote(s)
    out = [quote]
    for ch in s:
        c = ord(ch)
        if not _escape_char(c, quote, out):
            out.append(_hex2(c))
    out.append(quote)
    return "".join(out)


def utf8_next(s: str, i: int) -> tuple[int, int]:
    """Decode one code point of (surrogate-tolerant) UTF-8 at s[i]:
    returns (code point, index after it)."""
    c = ord(s[i])
    if c < 0x80 or i + 1 >= len(s):
        return c, i + 1
    if c < 0xE0:
        return ((c & 0x1F) << 6) | (ord(s[i + 1]) & 0x3F), i + 2
    if c < 0xF0 or i + 3 > len(s):
        if i + 2 >= len(s):
            return c, i + 1
        return (((c & 0x0F) << 12) | ((ord(s[i + 1]) & 0x3F) << 6)
                | (ord(s[i + 2]) & 0x3F)), i + 3
    return (((c & 0x07) << 18) | ((ord(s[i + 1]) & 0x3F) << 12)
            | ((ord(s[i + 2]) & 0x3F) << 6) | (ord(s[i + 3]) & 0x3F)), i + 4


def repr_unicode(s: str) -> str:
    """repr() of a 2.7 unicode whose text is s, encoded as UTF-8."""
    quote = _pick_quote(s)
    out = ["u", quote]
    i = 0
    n = len(s)
    while i < n:
        c, i = utf8_next(s, i)
        if c < 128:
            _escape_char(c, quote, out)
        elif c < 0x100:
            out.append(_hex2(c))
        elif c < 0x10000:
            out.append("\\u" + _hexn(c, 4))
        else:
            out.append("\\U" + _hexn(c, 8))
    out.append(quote)
    return "".join(out)


def _hexn(c: int, width: int) -> str:
    digits = []
    for k in range(width):
        digits.append(HEX_DIGITS[(c >> (4 * (width - 1 - k))) & 15])
    return "".join(digits)


def _repr_optstr(s: Optional[str]) -> str:
    if s is None:
        return "None"
    return repr_bytes(s)


def _repr_strlist(names: list[str]) -> str:
    parts = []
    for name in names:
        parts.append(repr_bytes(name))
    return "[" + ", ".join(parts) + "]"


def _repr_cmpops(ops: list[int]) -> str:
    parts = []
    for op in ops:
        parts.append(CMPOP_NAMES[op] + "()")
    return "[" + ", ".join(parts) + "]"


def _dump_opt(node: Optional["AST"], out: list[str]) -> None:
    if node is None:
        out.append("None")
    else:
        node.dump_into(out)


class DumpOptions(object):
    include_attributes: bool

    def __init__(self) -> None:
        self.include_attributes = False


dump_options = DumpOptions()


def dump(node: "AST", include_attributes: bool = False) -> str:
    """Like 2.7's ast.dump(node, include_attributes=include_attributes)."""
    out: list[str] = []
    saved = dump_options.include_attributes
    dump_options.include_attributes = include_attributes
    try:
        node.dump_into(out)
    finally:
        dump_options.include_attributes = saved
    return "".join(out)


class AST(object):
    def accept(self, visitor: "ASTVisitor") -> None:
        raise NotImplementedError

    def walk_children(self, visitor: "ASTVisitor") -> None:
        pass

    def dump_fields(self, out: list[str]) -> None:
        pass

    def node_name(self) -> str:
        return "AST"

    def dump_into(self, out: list[str]) -> None:
        out.append(self.node_name())
        out.append("(")
        before = len(out)
        self.dump_fields(out)
        if dump_options.include_attributes and self.has_attributes():
            # 2.7 separates the attributes with ", " after fields, " " if none
            out.append(", " if len(out) > before else " ")
            line, col = self.position()
            out.append("lineno=" + str(line) + ", col_offset=" + str(col))
        out.append(")")

    def has_attributes(self) -> bool:
        return False

    def position(self) -> tuple[int, int]:
        return (0, 0)


class mod(AST):
    pass


class stmt(AST):
    lineno: int
    col_offset: int

    def has_attributes(self) -> bool:
        return True

    def position(self) -> tuple[int, int]:
        return (self.lineno, self.col_offset)


class expr(AST):
    lineno: int
    col_offset: int

    def has_attributes(self) -> bool:
        return True

    def position(self) -> tuple[int, int]:
        return (self.lineno, self.col_offset)


class slice(AST):
    pass


# Subscript has a field named "slice", which hides the class in its body.
SliceNode = slice


class excepthandler(AST):
    lineno: int
    col_offset: int

    def has_attributes(self) -> bool:
        return True

    def position(self) -> tuple[int, int]:
        return (self.lineno, self.col_offset)


class comprehension(AST):
    target: expr
    iter: expr
    ifs: list[expr]

    def __init__(self, target: expr, iter: expr, ifs: list[expr]) -> None:
        self.target = target
        self.iter = iter
        self.ifs = ifs

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_comprehension(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.target.accept(visitor)
        self.iter.accept(visitor)
        for ifs_item in self.ifs:
            ifs_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("target=")
        self.target.dump_into(out)
        out.append(", iter=")
        self.iter.dump_into(out)
        out.append(", ifs=")
        out.append("[")
        for ifs_i, ifs_item in enumerate(self.ifs):
            if ifs_i:
                out.append(", ")
            ifs_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "comprehension"


class ExceptHandler(excepthandler):
    type: Optional[expr]
    name: Optional[expr]
    body: list[stmt]

    def __init__(self, type: Optional[expr], name: Optional[expr], body: list[stmt], lineno: int, col_offset: int) -> None:
        self.type = type
        self.name = name
        self.body = body
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_ExceptHandler(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        if self.type is not None:
            self.type.accept(visitor)
        if self.name is not None:
            self.name.accept(visitor)
        for body_item in self.body:
            body_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("type=")
        _dump_opt(self.type, out)
        out.append(", name=")
        _dump_opt(self.name, out)
        out.append(", body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "ExceptHandler"


class arguments(AST):
    args: list[expr]
    vararg: Optional[str]
    kwarg: Optional[str]
    defaults: list[expr]

    def __init__(self, args: list[expr], vararg: Optional[str], kwarg: Optional[str], defaults: list[expr]) -> None:
        self.args = args
        self.vararg = vararg
        self.kwarg = kwarg
        self.defaults = defaults

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_arguments(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for args_item in self.args:
            args_item.accept(visitor)
        for defaults_item in self.defaults:
            defaults_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("args=")
        out.append("[")
        for args_i, args_item in enumerate(self.args):
            if args_i:
                out.append(", ")
            args_item.dump_into(out)
        out.append("]")
        out.append(", vararg=")
        out.append(_repr_optstr(self.vararg))
        out.append(", kwarg=")
        out.append(_repr_optstr(self.kwarg))
        out.append(", defaults=")
        out.append("[")
        for defaults_i, defaults_item in enumerate(self.defaults):
            if defaults_i:
                out.append(", ")
            defaults_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "arguments"


class keyword(AST):
    arg: str
    value: expr

    def __init__(self, arg: str, value: expr) -> None:
        self.arg = arg
        self.value = value

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_keyword(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.value.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("arg=")
        out.append(repr_bytes(self.arg))
        out.append(", value=")
        self.value.dump_into(out)

    def node_name(self) -> str:
        return "keyword"


class alias(AST):
    name: str
    asname: Optional[str]

    def __init__(self, name: str, asname: Optional[str]) -> None:
        self.name = name
        self.asname = asname

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_alias(self)

    def dump_fields(self, out: list[str]) -> None:
        out.append("name=")
        out.append(repr_bytes(self.name))
        out.append(", asname=")
        out.append(_repr_optstr(self.asname))

    def node_name(self) -> str:
        return "alias"


class Module(mod):
    body: list[stmt]

    def __init__(self, body: list[stmt]) -> None:
        self.body = body

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Module(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for body_item in self.body:
            body_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "Module"


class Interactive(mod):
    body: list[stmt]

    def __init__(self, body: list[stmt]) -> None:
        self.body = body

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Interactive(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for body_item in self.body:
            body_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "Interactive"


class Expression(mod):
    body: expr

    def __init__(self, body: expr) -> None:
        self.body = body

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Expression(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.body.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("body=")
        self.body.dump_into(out)

    def node_name(self) -> str:
        return "Expression"


class Suite(mod):
    body: list[stmt]

    def __init__(self, body: list[stmt]) -> None:
        self.body = body

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Suite(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for body_item in self.body:
            body_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "Suite"


class FunctionDef(stmt):
    name: str
    args: arguments
    body: list[stmt]
    decorator_list: list[expr]

    def __init__(self, name: str, args: arguments, body: list[stmt], decorator_list: list[expr], lineno: int, col_offset: int) -> None:
        self.name = name
        self.args = args
        self.body = body
        self.decorator_list = decorator_list
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_FunctionDef(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.args.accept(visitor)
        for body_item in self.body:
            body_item.accept(visitor)
        for decorator_list_item in self.decorator_list:
            decorator_list_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("name=")
        out.append(repr_bytes(self.name))
        out.append(", args=")
        self.args.dump_into(out)
        out.append(", body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")
        out.append(", decorator_list=")
        out.append("[")
        for decorator_list_i, decorator_list_item in enumerate(self.decorator_list):
            if decorator_list_i:
                out.append(", ")
            decorator_list_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "FunctionDef"


class ClassDef(stmt):
    name: str
    bases: list[expr]
    body: list[stmt]
    decorator_list: list[expr]

    def __init__(self, name: str, bases: list[expr], body: list[stmt], decorator_list: list[expr], lineno: int, col_offset: int) -> None:
        self.name = name
        self.bases = bases
        self.body = body
        self.decorator_list = decorator_list
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_ClassDef(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for bases_item in self.bases:
            bases_item.accept(visitor)
        for body_item in self.body:
            body_item.accept(visitor)
        for decorator_list_item in self.decorator_list:
            decorator_list_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("name=")
        out.append(repr_bytes(self.name))
        out.append(", bases=")
        out.append("[")
        for bases_i, bases_item in enumerate(self.bases):
            if bases_i:
                out.append(", ")
            bases_item.dump_into(out)
        out.append("]")
        out.append(", body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")
        out.append(", decorator_list=")
        out.append("[")
        for decorator_list_i, decorator_list_item in enumerate(self.decorator_list):
            if decorator_list_i:
                out.append(", ")
            decorator_list_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "ClassDef"


class Return(stmt):
    value: Optional[expr]

    def __init__(self, value: Optional[expr], lineno: int, col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Return(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        if self.value is not None:
            self.value.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("value=")
        _dump_opt(self.value, out)

    def node_name(self) -> str:
        return "Return"


class Delete(stmt):
    targets: list[expr]

    def __init__(self, targets: list[expr], lineno: int, col_offset: int) -> None:
        self.targets = targets
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Delete(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for targets_item in self.targets:
            targets_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("targets=")
        out.append("[")
        for targets_i, targets_item in enumerate(self.targets):
            if targets_i:
                out.append(", ")
            targets_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "Delete"


class Assign(stmt):
    targets: list[expr]
    value: expr

    def __init__(self, targets: list[expr], value: expr, lineno: int, col_offset: int) -> None:
        self.targets = targets
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Assign(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for targets_item in self.targets:
            targets_item.accept(visitor)
        self.value.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("targets=")
        out.append("[")
        for targets_i, targets_item in enumerate(self.targets):
            if targets_i:
                out.append(", ")
            targets_item.dump_into(out)
        out.append("]")
        out.append(", value=")
        self.value.dump_into(out)

    def node_name(self) -> str:
        return "Assign"


class AugAssign(stmt):
    target: expr
    op: int
    value: expr

    def __init__(self, target: expr, op: int, value: expr, lineno: int, col_offset: int) -> None:
        self.target = target
        self.op = op
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_AugAssign(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.target.accept(visitor)
        self.value.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("target=")
        self.target.dump_into(out)
        out.append(", op=")
        out.append(OPERATOR_NAMES[self.op] + "()")
        out.append(", value=")
        self.value.dump_into(out)

    def node_name(self) -> str:
        return "AugAssign"


class Print(stmt):
    dest: Optional[expr]
    values: list[expr]
    nl: bool

    def __init__(self, dest: Optional[expr], values: list[expr], nl: bool, lineno: int, col_offset: int) -> None:
        self.dest = dest
        self.values = values
        self.nl = nl
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Print(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        if self.dest is not None:
            self.dest.accept(visitor)
        for values_item in self.values:
            values_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("dest=")
        _dump_opt(self.dest, out)
        out.append(", values=")
        out.append("[")
        for values_i, values_item in enumerate(self.values):
            if values_i:
                out.append(", ")
            values_item.dump_into(out)
        out.append("]")
        out.append(", nl=")
        out.append("True" if self.nl else "False")

    def node_name(self) -> str:
        return "Print"


class For(stmt):
    target: expr
    iter: expr
    body: list[stmt]
    orelse: list[stmt]

    def __init__(self, target: expr, iter: expr, body: list[stmt], orelse: list[stmt], lineno: int, col_offset: int) -> None:
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_For(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.target.accept(visitor)
        self.iter.accept(visitor)
        for body_item in self.body:
            body_item.accept(visitor)
        for orelse_item in self.orelse:
            orelse_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("target=")
        self.target.dump_into(out)
        out.append(", iter=")
        self.iter.dump_into(out)
        out.append(", body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")
        out.append(", orelse=")
        out.append("[")
        for orelse_i, orelse_item in enumerate(self.orelse):
            if orelse_i:
                out.append(", ")
            orelse_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "For"


class While(stmt):
    test: expr
    body: list[stmt]
    orelse: list[stmt]

    def __init__(self, test: expr, body: list[stmt], orelse: list[stmt], lineno: int, col_offset: int) -> None:
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_While(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.test.accept(visitor)
        for body_item in self.body:
            body_item.accept(visitor)
        for orelse_item in self.orelse:
            orelse_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("test=")
        self.test.dump_into(out)
        out.append(", body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")
        out.append(", orelse=")
        out.append("[")
        for orelse_i, orelse_item in enumerate(self.orelse):
            if orelse_i:
                out.append(", ")
            orelse_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "While"


class If(stmt):
    test: expr
    body: list[stmt]
    orelse: list[stmt]

    def __init__(self, test: expr, body: list[stmt], orelse: list[stmt], lineno: int, col_offset: int) -> None:
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_If(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.test.accept(visitor)
        for body_item in self.body:
            body_item.accept(visitor)
        for orelse_item in self.orelse:
            orelse_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("test=")
        self.test.dump_into(out)
        out.append(", body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")
        out.append(", orelse=")
        out.append("[")
        for orelse_i, orelse_item in enumerate(self.orelse):
            if orelse_i:
                out.append(", ")
            orelse_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "If"


class With(stmt):
    context_expr: expr
    optional_vars: Optional[expr]
    body: list[stmt]

    def __init__(self, context_expr: expr, optional_vars: Optional[expr], body: list[stmt], lineno: int, col_offset: int) -> None:
        self.context_expr = context_expr
        self.optional_vars = optional_vars
        self.body = body
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_With(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.context_expr.accept(visitor)
        if self.optional_vars is not None:
            self.optional_vars.accept(visitor)
        for body_item in self.body:
            body_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("context_expr=")
        self.context_expr.dump_into(out)
        out.append(", optional_vars=")
        _dump_opt(self.optional_vars, out)
        out.append(", body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "With"


class Raise(stmt):
    type: Optional[expr]
    inst: Optional[expr]
    tback: Optional[expr]

    def __init__(self, type: Optional[expr], inst: Optional[expr], tback: Optional[expr], lineno: int, col_offset: int) -> None:
        self.type = type
        self.inst = inst
        self.tback = tback
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Raise(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        if self.type is not None:
            self.type.accept(visitor)
        if self.inst is not None:
            self.inst.accept(visitor)
        if self.tback is not None:
            self.tback.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("type=")
        _dump_opt(self.type, out)
        out.append(", inst=")
        _dump_opt(self.inst, out)
        out.append(", tback=")
        _dump_opt(self.tback, out)

    def node_name(self) -> str:
        return "Raise"


class TryExcept(stmt):
    body: list[stmt]
    handlers: list[ExceptHandler]
    orelse: list[stmt]

    def __init__(self, body: list[stmt], handlers: list[ExceptHandler], orelse: list[stmt], lineno: int, col_offset: int) -> None:
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_TryExcept(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for body_item in self.body:
            body_item.accept(visitor)
        for handlers_item in self.handlers:
            handlers_item.accept(visitor)
        for orelse_item in self.orelse:
            orelse_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")
        out.append(", handlers=")
        out.append("[")
        for handlers_i, handlers_item in enumerate(self.handlers):
            if handlers_i:
                out.append(", ")
            handlers_item.dump_into(out)
        out.append("]")
        out.append(", orelse=")
        out.append("[")
        for orelse_i, orelse_item in enumerate(self.orelse):
            if orelse_i:
                out.append(", ")
            orelse_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "TryExcept"


class TryFinally(stmt):
    body: list[stmt]
    finalbody: list[stmt]

    def __init__(self, body: list[stmt], finalbody: list[stmt], lineno: int, col_offset: int) -> None:
        self.body = body
        self.finalbody = finalbody
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_TryFinally(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for body_item in self.body:
            body_item.accept(visitor)
        for finalbody_item in self.finalbody:
            finalbody_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("body=")
        out.append("[")
        for body_i, body_item in enumerate(self.body):
            if body_i:
                out.append(", ")
            body_item.dump_into(out)
        out.append("]")
        out.append(", finalbody=")
        out.append("[")
        for finalbody_i, finalbody_item in enumerate(self.finalbody):
            if finalbody_i:
                out.append(", ")
            finalbody_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "TryFinally"


class Assert(stmt):
    test: expr
    msg: Optional[expr]

    def __init__(self, test: expr, msg: Optional[expr], lineno: int, col_offset: int) -> None:
        self.test = test
        self.msg = msg
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Assert(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.test.accept(visitor)
        if self.msg is not None:
            self.msg.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("test=")
        self.test.dump_into(out)
        out.append(", msg=")
        _dump_opt(self.msg, out)

    def node_name(self) -> str:
        return "Assert"


class Import(stmt):
    names: list[alias]

    def __init__(self, names: list[alias], lineno: int, col_offset: int) -> None:
        self.names = names
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Import(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for names_item in self.names:
            names_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("names=")
        out.append("[")
        for names_i, names_item in enumerate(self.names):
            if names_i:
                out.append(", ")
            names_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "Import"


class ImportFrom(stmt):
    module: Optional[str]
    names: list[alias]
    level: int

    def __init__(self, module: Optional[str], names: list[alias], level: int, lineno: int, col_offset: int) -> None:
        self.module = module
        self.names = names
        self.level = level
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_ImportFrom(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for names_item in self.names:
            names_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("module=")
        out.append(_repr_optstr(self.module))
        out.append(", names=")
        out.append("[")
        for names_i, names_item in enumerate(self.names):
            if names_i:
                out.append(", ")
            names_item.dump_into(out)
        out.append("]")
        out.append(", level=")
        out.append(str(self.level))

    def node_name(self) -> str:
        return "ImportFrom"


class Exec(stmt):
    body: expr
    globals: Optional[expr]
    locals: Optional[expr]

    def __init__(self, body: expr, globals: Optional[expr], locals: Optional[expr], lineno: int, col_offset: int) -> None:
        self.body = body
        self.globals = globals
        self.locals = locals
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Exec(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.body.accept(visitor)
        if self.globals is not None:
            self.globals.accept(visitor)
        if self.locals is not None:
            self.locals.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("body=")
        self.body.dump_into(out)
        out.append(", globals=")
        _dump_opt(self.globals, out)
        out.append(", locals=")
        _dump_opt(self.locals, out)

    def node_name(self) -> str:
        return "Exec"


class Global(stmt):
    names: list[str]

    def __init__(self, names: list[str], lineno: int, col_offset: int) -> None:
        self.names = names
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Global(self)

    def dump_fields(self, out: list[str]) -> None:
        out.append("names=")
        out.append(_repr_strlist(self.names))

    def node_name(self) -> str:
        return "Global"


class Expr(stmt):
    value: expr

    def __init__(self, value: expr, lineno: int, col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Expr(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.value.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("value=")
        self.value.dump_into(out)

    def node_name(self) -> str:
        return "Expr"


class Pass(stmt):

    def __init__(self, lineno: int, col_offset: int) -> None:
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Pass(self)

    def dump_fields(self, out: list[str]) -> None:
        pass

    def node_name(self) -> str:
        return "Pass"


class Break(stmt):

    def __init__(self, lineno: int, col_offset: int) -> None:
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Break(self)

    def dump_fields(self, out: list[str]) -> None:
        pass

    def node_name(self) -> str:
        return "Break"


class Continue(stmt):

    def __init__(self, lineno: int, col_offset: int) -> None:
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Continue(self)

    def dump_fields(self, out: list[str]) -> None:
        pass

    def node_name(self) -> str:
        return "Continue"


class BoolOp(expr):
    op: int
    values: list[expr]

    def __init__(self, op: int, values: list[expr], lineno: int, col_offset: int) -> None:
        self.op = op
        self.values = values
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_BoolOp(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for values_item in self.values:
            values_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("op=")
        out.append(BOOLOP_NAMES[self.op] + "()")
        out.append(", values=")
        out.append("[")
        for values_i, values_item in enumerate(self.values):
            if values_i:
                out.append(", ")
            values_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "BoolOp"


class BinOp(expr):
    left: expr
    op: int
    right: expr

    def __init__(self, left: expr, op: int, right: expr, lineno: int, col_offset: int) -> None:
        self.left = left
        self.op = op
        self.right = right
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_BinOp(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.left.accept(visitor)
        self.right.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("left=")
        self.left.dump_into(out)
        out.append(", op=")
        out.append(OPERATOR_NAMES[self.op] + "()")
        out.append(", right=")
        self.right.dump_into(out)

    def node_name(self) -> str:
        return "BinOp"


class UnaryOp(expr):
    op: int
    operand: expr

    def __init__(self, op: int, operand: expr, lineno: int, col_offset: int) -> None:
        self.op = op
        self.operand = operand
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_UnaryOp(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.operand.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("op=")
        out.append(UNARYOP_NAMES[self.op] + "()")
        out.append(", operand=")
        self.operand.dump_into(out)

    def node_name(self) -> str:
        return "UnaryOp"


class Lambda(expr):
    args: arguments
    body: expr

    def __init__(self, args: arguments, body: expr, lineno: int, col_offset: int) -> None:
        self.args = args
        self.body = body
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Lambda(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.args.accept(visitor)
        self.body.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("args=")
        self.args.dump_into(out)
        out.append(", body=")
        self.body.dump_into(out)

    def node_name(self) -> str:
        return "Lambda"


class IfExp(expr):
    test: expr
    body: expr
    orelse: expr

    def __init__(self, test: expr, body: expr, orelse: expr, lineno: int, col_offset: int) -> None:
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_IfExp(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.test.accept(visitor)
        self.body.accept(visitor)
        self.orelse.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("test=")
        self.test.dump_into(out)
        out.append(", body=")
        self.body.dump_into(out)
        out.append(", orelse=")
        self.orelse.dump_into(out)

    def node_name(self) -> str:
        return "IfExp"


class Dict(expr):
    keys: list[expr]
    values: list[expr]

    def __init__(self, keys: list[expr], values: list[expr], lineno: int, col_offset: int) -> None:
        self.keys = keys
        self.values = values
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Dict(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for keys_item in self.keys:
            keys_item.accept(visitor)
        for values_item in self.values:
            values_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("keys=")
        out.append("[")
        for keys_i, keys_item in enumerate(self.keys):
            if keys_i:
                out.append(", ")
            keys_item.dump_into(out)
        out.append("]")
        out.append(", values=")
        out.append("[")
        for values_i, values_item in enumerate(self.values):
            if values_i:
                out.append(", ")
            values_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "Dict"


class Set(expr):
    elts: list[expr]

    def __init__(self, elts: list[expr], lineno: int, col_offset: int) -> None:
        self.elts = elts
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Set(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for elts_item in self.elts:
            elts_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("elts=")
        out.append("[")
        for elts_i, elts_item in enumerate(self.elts):
            if elts_i:
                out.append(", ")
            elts_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "Set"


class ListComp(expr):
    elt: expr
    generators: list[comprehension]

    def __init__(self, elt: expr, generators: list[comprehension], lineno: int, col_offset: int) -> None:
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_ListComp(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.elt.accept(visitor)
        for generators_item in self.generators:
            generators_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("elt=")
        self.elt.dump_into(out)
        out.append(", generators=")
        out.append("[")
        for generators_i, generators_item in enumerate(self.generators):
            if generators_i:
                out.append(", ")
            generators_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "ListComp"


class SetComp(expr):
    elt: expr
    generators: list[comprehension]

    def __init__(self, elt: expr, generators: list[comprehension], lineno: int, col_offset: int) -> None:
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_SetComp(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.elt.accept(visitor)
        for generators_item in self.generators:
            generators_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("elt=")
        self.elt.dump_into(out)
        out.append(", generators=")
        out.append("[")
        for generators_i, generators_item in enumerate(self.generators):
            if generators_i:
                out.append(", ")
            generators_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "SetComp"


class DictComp(expr):
    key: expr
    value: expr
    generators: list[comprehension]

    def __init__(self, key: expr, value: expr, generators: list[comprehension], lineno: int, col_offset: int) -> None:
        self.key = key
        self.value = value
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_DictComp(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.key.accept(visitor)
        self.value.accept(visitor)
        for generators_item in self.generators:
            generators_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("key=")
        self.key.dump_into(out)
        out.append(", value=")
        self.value.dump_into(out)
        out.append(", generators=")
        out.append("[")
        for generators_i, generators_item in enumerate(self.generators):
            if generators_i:
                out.append(", ")
            generators_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "DictComp"


class GeneratorExp(expr):
    elt: expr
    generators: list[comprehension]

    def __init__(self, elt: expr, generators: list[comprehension], lineno: int, col_offset: int) -> None:
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_GeneratorExp(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.elt.accept(visitor)
        for generators_item in self.generators:
            generators_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("elt=")
        self.elt.dump_into(out)
        out.append(", generators=")
        out.append("[")
        for generators_i, generators_item in enumerate(self.generators):
            if generators_i:
                out.append(", ")
            generators_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "GeneratorExp"


class Yield(expr):
    value: Optional[expr]

    def __init__(self, value: Optional[expr], lineno: int, col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Yield(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        if self.value is not None:
            self.value.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("value=")
        _dump_opt(self.value, out)

    def node_name(self) -> str:
        return "Yield"


class Compare(expr):
    left: expr
    ops: list[int]
    comparators: list[expr]

    def __init__(self, left: expr, ops: list[int], comparators: list[expr], lineno: int, col_offset: int) -> None:
        self.left = left
        self.ops = ops
        self.comparators = comparators
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Compare(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.left.accept(visitor)
        for comparators_item in self.comparators:
            comparators_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("left=")
        self.left.dump_into(out)
        out.append(", ops=")
        out.append(_repr_cmpops(self.ops))
        out.append(", comparators=")
        out.append("[")
        for comparators_i, comparators_item in enumerate(self.comparators):
            if comparators_i:
                out.append(", ")
            comparators_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "Compare"


class Call(expr):
    func: expr
    args: list[expr]
    keywords: list[keyword]
    starargs: Optional[expr]
    kwargs: Optional[expr]

    def __init__(self, func: expr, args: list[expr], keywords: list[keyword], starargs: Optional[expr], kwargs: Optional[expr], lineno: int, col_offset: int) -> None:
        self.func = func
        self.args = args
        self.keywords = keywords
        self.starargs = starargs
        self.kwargs = kwargs
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Call(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.func.accept(visitor)
        for args_item in self.args:
            args_item.accept(visitor)
        for keywords_item in self.keywords:
            keywords_item.accept(visitor)
        if self.starargs is not None:
            self.starargs.accept(visitor)
        if self.kwargs is not None:
            self.kwargs.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("func=")
        self.func.dump_into(out)
        out.append(", args=")
        out.append("[")
        for args_i, args_item in enumerate(self.args):
            if args_i:
                out.append(", ")
            args_item.dump_into(out)
        out.append("]")
        out.append(", keywords=")
        out.append("[")
        for keywords_i, keywords_item in enumerate(self.keywords):
            if keywords_i:
                out.append(", ")
            keywords_item.dump_into(out)
        out.append("]")
        out.append(", starargs=")
        _dump_opt(self.starargs, out)
        out.append(", kwargs=")
        _dump_opt(self.kwargs, out)

    def node_name(self) -> str:
        return "Call"


class Repr(expr):
    value: expr

    def __init__(self, value: expr, lineno: int, col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Repr(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.value.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("value=")
        self.value.dump_into(out)

    def node_name(self) -> str:
        return "Repr"


class Num(expr):
    n: Number

    def __init__(self, n: Number, lineno: int, col_offset: int) -> None:
        self.n = n
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Num(self)

    def dump_fields(self, out: list[str]) -> None:
        out.append("n=")
        out.append(self.n.repr27())

    def node_name(self) -> str:
        return "Num"


class Str(expr):
    s: str
    is_unicode: bool
    # one literal without escape sequences (or raw): 2.7 shares such strings
    plain_literal: bool

    def __init__(self, s: str, lineno: int, col_offset: int, is_unicode: bool = False) -> None:
        self.s = s
        self.is_unicode = is_unicode
        self.plain_literal = False
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Str(self)

    def dump_fields(self, out: list[str]) -> None:
        out.append("s=")
        out.append(repr_unicode(self.s) if self.is_unicode else repr_bytes(self.s))

    def node_name(self) -> str:
        return "Str"


class Attribute(expr):
    value: expr
    attr: str
    ctx: int

    def __init__(self, value: expr, attr: str, ctx: int, lineno: int, col_offset: int) -> None:
        self.value = value
        self.attr = attr
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Attribute(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.value.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("value=")
        self.value.dump_into(out)
        out.append(", attr=")
        out.append(repr_bytes(self.attr))
        out.append(", ctx=")
        out.append(CONTEXT_NAMES[self.ctx] + "()")

    def node_name(self) -> str:
        return "Attribute"


class Subscript(expr):
    value: expr
    slice: SliceNode
    ctx: int

    def __init__(self, value: expr, slice: SliceNode, ctx: int, lineno: int, col_offset: int) -> None:
        self.value = value
        self.slice = slice
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Subscript(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.value.accept(visitor)
        self.slice.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("value=")
        self.value.dump_into(out)
        out.append(", slice=")
        self.slice.dump_into(out)
        out.append(", ctx=")
        out.append(CONTEXT_NAMES[self.ctx] + "()")

    def node_name(self) -> str:
        return "Subscript"


class Name(expr):
    id: str
    ctx: int

    def __init__(self, id: str, ctx: int, lineno: int, col_offset: int) -> None:
        self.id = id
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Name(self)

    def dump_fields(self, out: list[str]) -> None:
        out.append("id=")
        out.append(repr_bytes(self.id))
        out.append(", ctx=")
        out.append(CONTEXT_NAMES[self.ctx] + "()")

    def node_name(self) -> str:
        return "Name"


class List(expr):
    elts: list[expr]
    ctx: int

    def __init__(self, elts: list[expr], ctx: int, lineno: int, col_offset: int) -> None:
        self.elts = elts
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_List(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for elts_item in self.elts:
            elts_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("elts=")
        out.append("[")
        for elts_i, elts_item in enumerate(self.elts):
            if elts_i:
                out.append(", ")
            elts_item.dump_into(out)
        out.append("]")
        out.append(", ctx=")
        out.append(CONTEXT_NAMES[self.ctx] + "()")

    def node_name(self) -> str:
        return "List"


class Tuple(expr):
    elts: list[expr]
    ctx: int

    def __init__(self, elts: list[expr], ctx: int, lineno: int, col_offset: int) -> None:
        self.elts = elts
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Tuple(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for elts_item in self.elts:
            elts_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("elts=")
        out.append("[")
        for elts_i, elts_item in enumerate(self.elts):
            if elts_i:
                out.append(", ")
            elts_item.dump_into(out)
        out.append("]")
        out.append(", ctx=")
        out.append(CONTEXT_NAMES[self.ctx] + "()")

    def node_name(self) -> str:
        return "Tuple"


class Ellipsis(slice):

    def __init__(self) -> None:
        pass

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Ellipsis(self)

    def dump_fields(self, out: list[str]) -> None:
        pass

    def node_name(self) -> str:
        return "Ellipsis"


class Slice(slice):
    lower: Optional[expr]
    upper: Optional[expr]
    step: Optional[expr]

    def __init__(self, lower: Optional[expr], upper: Optional[expr], step: Optional[expr]) -> None:
        self.lower = lower
        self.upper = upper
        self.step = step

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Slice(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        if self.lower is not None:
            self.lower.accept(visitor)
        if self.upper is not None:
            self.upper.accept(visitor)
        if self.step is not None:
            self.step.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("lower=")
        _dump_opt(self.lower, out)
        out.append(", upper=")
        _dump_opt(self.upper, out)
        out.append(", step=")
        _dump_opt(self.step, out)

    def node_name(self) -> str:
        return "Slice"


class ExtSlice(slice):
    dims: list[slice]

    def __init__(self, dims: list[slice]) -> None:
        self.dims = dims

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_ExtSlice(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        for dims_item in self.dims:
            dims_item.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("dims=")
        out.append("[")
        for dims_i, dims_item in enumerate(self.dims):
            if dims_i:
                out.append(", ")
            dims_item.dump_into(out)
        out.append("]")

    def node_name(self) -> str:
        return "ExtSlice"


class Index(slice):
    value: expr

    def __init__(self, value: expr) -> None:
        self.value = value

    def accept(self, visitor: "ASTVisitor") -> None:
        visitor.visit_Index(self)

    def walk_children(self, visitor: "ASTVisitor") -> None:
        self.value.accept(visitor)

    def dump_fields(self, out: list[str]) -> None:
        out.append("value=")
        self.value.dump_into(out)

    def node_name(self) -> str:
        return "Index"


class ASTVisitor(object):
    """Base visitor: each visit_<Node> defaults to visiting the children."""

    def visit_comprehension(self, node: comprehension) -> None:
        node.walk_children(self)

    def visit_ExceptHandler(self, node: ExceptHandler) -> None:
        node.walk_children(self)

    def visit_arguments(self, node: arguments) -> None:
        node.walk_children(self)

    def visit_keyword(self, node: keyword) -> None:
        node.walk_children(self)

    def visit_alias(self, node: alias) -> None:
        node.walk_children(self)

    def visit_Module(self, node: Module) -> None:
        node.walk_children(self)

    def visit_Interactive(self, node: Interactive) -> None:
        node.walk_children(self)

    def visit_Expression(self, node: Expression) -> None:
        node.walk_children(self)

    def visit_Suite(self, node: Suite) -> None:
        node.walk_children(self)

    def visit_FunctionDef(self, node: FunctionDef) -> None:
        node.walk_children(self)

    def visit_ClassDef(self, node: ClassDef) -> None:
        node.walk_children(self)

    def visit_Return(self, node: Return) -> None:
        node.walk_children(self)

    def visit_Delete(self, node: Delete) -> None:
        node.walk_children(self)

    def visit_Assign(self, node: Assign) -> None:
        node.walk_children(self)

    def visit_AugAssign(self, node: AugAssign) -> None:
        node.walk_children(self)

    def visit_Print(self, node: Print) -> None:
        node.walk_children(self)

    def visit_For(self, node: For) -> None:
        node.walk_children(self)

    def visit_While(self, node: While) -> None:
        node.walk_children(self)

    def visit_If(self, node: If) -> None:
        node.walk_children(self)

    def visit_With(self, node: With) -> None:
        node.walk_children(self)

    def visit_Raise(self, node: Raise) -> None:
        node.walk_children(self)

    def visit_TryExcept(self, node: TryExcept) -> None:
        node.walk_children(self)

    def visit_TryFinally(self, node: TryFinally) -> None:
        node.walk_children(self)

    def visit_Assert(self, node: Assert) -> None:
        node.walk_children(self)

    def visit_Import(self, node: Import) -> None:
        node.walk_children(self)

    def visit_ImportFrom(self, node: ImportFrom) -> None:
        node.walk_children(self)

    def visit_Exec(self, node: Exec) -> None:
        node.walk_children(self)

    def visit_Global(self, node: Global) -> None:
        node.walk_children(self)

    def visit_Expr(self, node: Expr) -> None:
        node.walk_children(self)

    def visit_Pass(self, node: Pass) -> None:
        node.walk_children(self)

    def visit_Break(self, node: Break) -> None:
        node.walk_children(self)

    def visit_Continue(self, node: Continue) -> None:
        node.walk_children(self)

    def visit_BoolOp(self, node: BoolOp) -> None:
        node.walk_children(self)

    def visit_BinOp(self, node: BinOp) -> None:
        node.walk_children(self)

    def visit_UnaryOp(self, node: UnaryOp) -> None:
        node.walk_children(self)

    def visit_Lambda(self, node: Lambda) -> None:
        node.walk_children(self)

    def visit_IfExp(self, node: IfExp) -> None:
        node.walk_children(self)

    def visit_Dict(self, node: Dict) -> None:
        node.walk_children(self)

    def visit_Set(self, node: Set) -> None:
        node.walk_children(self)

    def visit_ListComp(self, node: ListComp) -> None:
        node.walk_children(self)

    def visit_SetComp(self, node: SetComp) -> None:
        node.walk_children(self)

    def visit_DictComp(self, node: DictComp) -> None:
        node.walk_children(self)

    def visit_GeneratorExp(self, node: GeneratorExp) -> None:
        node.walk_children(self)

    def visit_Yield(self, node: Yield) -> None:
        node.walk_children(self)

    def visit_Compare(self, node: Compare) -> None:
        node.walk_children(self)

    def visit_Call(self, node: Call) -> None:
        node.walk_children(self)

    def visit_Repr(self, node: Repr) -> None:
        node.walk_children(self)

    def visit_Num(self, node: Num) -> None:
        node.walk_children(self)

    def visit_Str(self, node: Str) -> None:
        node.walk_children(self)

    def visit_Attribute(self, node: Attribute) -> None:
        node.walk_children(self)

    def visit_Subscript(self, node: Subscript) -> None:
        node.walk_children(self)

    def visit_Name(self, node: Name) -> None:
        node.walk_children(self)

    def visit_List(self, node: List) -> None:
        node.walk_children(self)

    def visit_Tuple(self, node: Tuple) -> None:
        node.walk_children(self)

    def visit_Ellipsis(self, node: Ellipsis) -> None:
        node.walk_children(self)

    def visit_Slice(self, node: Slice) -> None:
        node.walk_children(self)

    def visit_ExtSlice(self, node: ExtSlice) -> None:
        node.walk_children(self)

    def visit_Index(self, node: Index) -> None:
        node.walk_children(self)
