"""Low-level types: what every value of a translated program is in C.

The lowering maps mypy types to these; the IR and the C backend only see them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pypy27.translator.classes import ClassDesc


class LLType:
    c_name = "void"
    is_gcref = False       # a pointer the GC must know about
    nullable = False

    def key(self) -> str:
        return self.c_name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LLType) and self.key() == other.key()

    def __hash__(self) -> int:
        return hash(self.key())

    def __repr__(self) -> str:
        return self.key()


class Prim(LLType):
    def __init__(self, name: str, c_name: str) -> None:
        self.name = name
        self.c_name = c_name

    def key(self) -> str:
        return self.name


Signed = Prim("Signed", "Signed")
Float = Prim("Float", "Float")
Bool = Prim("Bool", "Bool")
Void = Prim("Void", "void")
Char = Prim("Char", "char")        # only inside the runtime; `str` of length 1 at user level
Word = Prim("Word", "rt_word")


class Ref(LLType):
    """A GC pointer. `nullable` records Optional-ness (for checks only)."""
    is_gcref = True
    c_name = "void *"


class StrT(Ref):
    c_name = "rt_str *"

    def key(self) -> str:
        return "str"


class ListT(Ref):
    c_name = "rt_list *"

    def __init__(self, item: LLType) -> None:
        self.item = item

    def key(self) -> str:
        return "list[%s]" % self.item.key()


class DictT(Ref):
    c_name = "rt_dict *"

    def __init__(self, k: LLType, v: LLType, custom: bool = False) -> None:
        self.k = k
        self.v = v
        self.custom = custom

    def key(self) -> str:
        return "%s[%s,%s]" % ("r_dict" if self.custom else "dict", self.k.key(), self.v.key())


class TupleT(Ref):
    def __init__(self, items: list[LLType]) -> None:
        self.items = items

    def key(self) -> str:
        return "tuple[%s]" % ",".join(t.key() for t in self.items)

    def struct_name(self) -> str:
        import hashlib
        return "tup_" + hashlib.md5(self.key().encode()).hexdigest()[:10]


class InstT(Ref):
    def __init__(self, cls: "ClassDesc") -> None:
        self.cls = cls

    def key(self) -> str:
        return "inst:" + self.cls.fullname


class NoneT(Ref):
    """The type of the constant None (a null pointer)."""

    def key(self) -> str:
        return "None"


class FuncT(LLType):
    c_name = "void *"

    def __init__(self, args: list[LLType], result: LLType) -> None:
        self.args = args
        self.result = result

    def key(self) -> str:
        return "fn(%s)->%s" % (",".join(a.key() for a in self.args), self.result.key())

    def c_ptr_type(self) -> str:
        return "%s (*)(%s)" % (self.result.c_name, ", ".join(a.c_name for a in self.args) or "void")


STR = StrT()
NONE = NoneT()


def is_ref(t: LLType) -> bool:
    return isinstance(t, Ref)


def to_word_expr(t: LLType, c: str) -> str:
    """C expression turning a value of type t into an rt_word."""
    if t is Float or t == Float:
        return "rt_word_from_float(%s)" % c
    if isinstance(t, Ref):
        return "(rt_word)(uintptr_t)(%s)" % c
    return "(rt_word)(%s)" % c


def from_word_expr(t: LLType, c: str) -> str:
    if t == Float:
        return "rt_float_from_word(%s)" % c
    if isinstance(t, Ref):
        return "((%s)(uintptr_t)(%s))" % (t.c_name, c)
    if t == Bool:
        return "((Bool)(%s))" % c
    return "((%s)(%s))" % (t.c_name, c)

