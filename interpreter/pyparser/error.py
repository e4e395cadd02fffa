"""Interpreter-level syntax errors raised by the tokenizer and the parser.

They carry what 2.7's SyntaxError carries.  ``offset`` is -1 where 2.7 has
None (errors found while building the AST have no offset); ``text`` is None
where 2.7 has None.
"""
from typing import Optional


class SyntaxErr(Exception):
    msg: str
    filename: str
    lineno: int
    offset: int
    text: Optional[str]
    bare: bool      # 2.7's symtable/future errors: args (msg,), location only as attributes

    def __init__(self, msg: str, filename: str, lineno: int, offset: int,
                 text: Optional[str]) -> None:
        Exception.__init__(self, msg)
        self.msg = msg
        self.filename = filename
        self.lineno = lineno
        self.offset = offset
        self.text = text
        self.bare = False

    def type_name(self) -> str:
        """The name of the 2.7 exception class this stands for."""
        return "SyntaxError"


class IndentationErr(SyntaxErr):
    def type_name(self) -> str:
        return "IndentationError"


class TabErr(IndentationErr):
    def type_name(self) -> str:
        return "TabError"
