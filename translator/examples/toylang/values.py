"""Boxed run-time values.  Operations are virtual methods; the base class
raises ToyError, so a subclass only implements what its type supports."""
from pypy27.support.rarith import ovfcheck
from pypy27.translator.examples.toylang.errors import ToyError


class Value:
    def type_name(self) -> str:
        return "value"

    def to_str(self) -> str:
        return "<%s>" % self.type_name()

    def is_true(self) -> bool:
        return True

    def _unsupported(self, op: str, other: "Value") -> ToyError:
        return ToyError("unsupported operand types for %s: %s and %s"
                        % (op, self.type_name(), other.type_name()))

    def add(self, other: "Value") -> "Value":
        raise self._unsupported("+", other)

    def sub(self, other: "Value") -> "Value":
        raise self._unsupported("-", other)

    def mul(self, other: "Value") -> "Value":
        raise self._unsupported("*", other)

    def div(self, other: "Value") -> "Value":
        raise self._unsupported("/", other)

    def mod(self, other: "Value") -> "Value":
        raise self._unsupported("%", other)

    def neg(self) -> "Value":
        raise ToyError("bad operand type for unary -: %s" % self.type_name())

    def equals(self, other: "Value") -> bool:
        return self is other

    def less_than(self, other: "Value") -> bool:
        raise self._unsupported("<", other)


class NoneValue(Value):
    """What a function returns without an explicit return."""

    def type_name(self) -> str:
        return "none"

    def to_str(self) -> str:
        return "none"

    def is_true(self) -> bool:
        return False


class IntValue(Value):
    intval: int

    def __init__(self, intval: int) -> None:
        self.intval = intval

    def type_name(self) -> str:
        return "int"

    def to_str(self) -> str:
        return str(self.intval)

    def is_true(self) -> bool:
        return self.intval != 0

    def add(self, other: Value) -> Value:
        if isinstance(other, IntValue):
            try:
                return IntValue(ovfcheck(self.intval + other.intval))
            except OverflowError:
                raise ToyError("integer overflow")
        raise self._unsupported("+", other)

    def sub(self, other: Value) -> Value:
        if isinstance(other, IntValue):
            try:
                return IntValue(ovfcheck(self.intval - other.intval))
            except OverflowError:
                raise ToyError("integer overflow")
        raise self._unsupported("-", other)

    def mul(self, other: Value) -> Value:
        if isinstance(other, IntValue):
            try:
                return IntValue(ovfcheck(self.intval * other.intval))
            except OverflowError:
                raise ToyError("integer overflow")
        if isinstance(other, StrValue):
            return other.mul(self)
        raise self._unsupported("*", other)

    def div(self, other: Value) -> Value:
        """Floor division, like Python's //."""
        if isinstance(other, IntValue):
            if other.intval == 0:
                raise ToyError("division by zero")
            if other.intval == -1:
                return IntValue(0).sub(self)      # the one quotient that can overflow
            return IntValue(self.intval // other.intval)
        raise self._unsupported("/", other)

    def mod(self, other: Value) -> Value:
        if isinstance(other, IntValue):
            if other.intval == 0:
                raise ToyError("modulo by zero")
            if other.intval == -1:
                return IntValue(0)
            return IntValue(self.intval % other.intval)
        raise self._unsupported("%", other)

    def neg(self) -> Value:
        return IntValue(0).sub(self)

    def equals(self, other: Value) -> bool:
        return isinstance(other, IntValue) and self.intval == other.intval

    def less_than(self, other: Value) -> bool:
        if isinstance(other, IntValue):
            return self.intval < other.intval
        raise self._unsupported("<", other)


class StrValue(Value):
    strval: str

    def __init__(self, strval: str) -> None:
        self.strval = strval

    def type_name(self) -> str:
        return "str"

    def to_str(self) -> str:
        return self.strval

    def is_true(self) -> bool:
        return len(self.strval) > 0

    def add(self, other: Value) -> Value:
        if isinstance(other, StrValue):
            return StrValue(self.strval + other.strval)
        raise self._unsupported("+", other)

    def mul(self, other: Value) -> Value:
        if isinstance(other, IntValue):
            if other.intval > 1000000:
                raise ToyError("string repetition too large")
            pieces: list[str] = []
            for i in range(other.intval):
                pieces.append(self.strval)
            return StrValue("".join(pieces))
        raise self._unsupported("*", other)

    def equals(self, other: Value) -> bool:
        return isinstance(other, StrValue) and self.strval == other.strval

    def less_than(self, other: Value) -> bool:
        if isinstance(other, StrValue):
            return self.strval < other.strval
        raise self._unsupported("<", other)


NONE = NoneValue()
TRUE = IntValue(1)
FALSE = IntValue(0)


def bool_value(b: bool) -> Value:
    return TRUE if b else FALSE
