"""Decimal fixed and floating point arithmetic (the General Decimal
Arithmetic Specification, as in Python 2.7's decimal module).

A Decimal is a sign, a coefficient (a string of digits) and an exponent, or
a special value (Infinity, NaN, sNaN).  Operations round to the precision
of a Context and signal conditions (Inexact, Rounded, DivisionByZero...)
that are recorded in the context's flags and raised when trapped.
"""
import math as _math

__all__ = [
    'Decimal', 'Context', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext']

__version__ = '1.70'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]


# ---- signals ----

class DecimalException(ArithmeticError):
    """Base of the decimal signals; handle() gives the result when untrapped."""
    def handle(self, context, *args):
        pass


class Clamped(DecimalException):
    """The exponent of a result was altered to fit the context."""


class InvalidOperation(DecimalException):
    """An invalid operation: the result is NaN."""
    def handle(self, context, *args):
        if args:
            ans = _dec_from_triple(args[0]._sign, args[0]._int, 'n', True)
            return ans._fix_nan(context)
        return _NaN


class ConversionSyntax(InvalidOperation):
    """A string could not be converted to a Decimal."""
    def handle(self, context, *args):
        return _NaN


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number divided by zero: a signed infinity."""
    def handle(self, context, sign, *args):
        return _SignedInfinity[sign]


class DivisionImpossible(InvalidOperation):
    """The integer quotient would have more digits than the precision."""
    def handle(self, context, *args):
        return _NaN


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """0 / 0."""
    def handle(self, context, *args):
        return _NaN


class Inexact(DecimalException):
    """Digits other than zeros were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""
    def handle(self, context, *args):
        return _NaN


class Rounded(DecimalException):
    """Digits (maybe zeros) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result's exponent is below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """The result's exponent is above Emax after rounding."""
    def handle(self, context, sign, *args):
        if context.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
            return _SignedInfinity[sign]
        if sign == 0:
            if context.rounding == ROUND_CEILING:
                return _SignedInfinity[sign]
            return _dec_from_triple(sign, '9' * context.prec, context.Emax - context.prec + 1)
        if context.rounding == ROUND_FLOOR:
            return _SignedInfinity[sign]
        return _dec_from_triple(sign, '9' * context.prec, context.Emax - context.prec + 1)


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal]

# conditions that are signalled as their base signal
_condition_map = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                  DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ---- the current context ----

class _ContextHolder(object):
    context = None


_holder = _ContextHolder()


def getcontext():
    """The current context (a copy of DefaultContext at first)."""
    ctx = _holder.context
    if ctx is None:
        ctx = Context()
        _holder.context = ctx
    return ctx


def setcontext(context):
    """Make context the current context (the three templates are copied)."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _holder.context = context


def localcontext(ctx=None):
    """A context manager: a copy of ctx (default: the current context) is
    current inside the with block."""
    if ctx is None:
        ctx = getcontext()
    return _ContextManager(ctx)


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


# ---- parsing ----

def _parse_decimal(s):
    """(sign, digits, exp, special) for a numeric string, or None.
    special: '' (finite), 'F' (infinity), 'n' (NaN), 'N' (sNaN)."""
    s = s.strip()
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, '0', 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, payload.lstrip('0'), 0, kind
    i = 0
    n = len(s)
    while i < n and s[i].isdigit():
        i += 1
    intpart = s[:i]
    fracpart = ''
    if i < n and s[i] == '.':
        j = i + 1
        while j < n and s[j].isdigit():
            j += 1
        fracpart = s[i + 1:j]
        i = j
    if not intpart and not fracpart:
        return None
    exp = 0
    if i < n and s[i] in 'eE':
        rest = s[i + 1:]
        body = rest[1:] if rest[:1] in ('+', '-') else rest
        if not body or not body.isdigit():
            return None
        exp = int(rest)
        i = n
    if i != n:
        return None
    digits = (intpart + fracpart).lstrip('0') or '0'
    return sign, digits, exp - len(fracpart), ''


# ---- helpers for the Decimal class ----

_NAN_KINDS = {'n': 1, 'N': 2}
_SPECIAL_NAMES = {'F': 'Infinity', 'n': 'NaN', 'N': 'sNaN'}
_AND = {'00': '0', '01': '0', '10': '0', '11': '1'}
_OR = {'00': '0', '01': '1', '10': '1', '11': '1'}
_XOR = {'00': '0', '01': '1', '10': '1', '11': '0'}
_INVERT = {'00': '1', '10': '0'}
_ZERO_BY_ZERO = {'divmod': 'divmod(0, 0)', 'mod': '0 % 0', 'floordiv': '0 // 0'}


def _three_way(a, b):
    return (a > b) - (a < b)


def _arith(method):
    """Decorate a binary operator written as method(self, other, context):
    unsupported operands give NotImplemented, a missing context is the
    current one."""
    def operator(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        return method(self, other, context)
    operator.__name__ = method.__name__
    operator.__doc__ = method.__doc__
    return operator


def _reflected(name):
    """The reflected form of the operator `name`: other <op> self."""
    def operator(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context=context)
    operator.__name__ = '__r' + name[2:]
    return operator


def _scaled_divmod(a, b, scale):
    """divmod(a * 10**scale, b) for a scale of either sign (a negative
    scale multiplies the divisor instead)."""
    if scale < 0:
        return divmod(a, b * 10 ** -scale)
    return divmod(a * 10 ** scale, b)


def _strip_zeros_to(coefficient, exp, ideal):
    """Drop trailing zeros of an exact coefficient while exp is below ideal."""
    while exp < ideal and coefficient % 10 == 0:
        coefficient //= 10
        exp += 1
    return coefficient, exp


def _add_with_zero(a, b, exp, context):
    """a + b when at least one of them is a (finite) zero."""
    if not a and not b:
        sign = a._sign & b._sign
        if a._sign != b._sign and context.rounding == ROUND_FLOOR:
            sign = 1
        return _dec_from_triple(sign, '0', exp)._fix(context)
    value = a if b._int == '0' else b
    # padding with zeros further than just past the precision changes nothing
    exp = max(exp, value._exp - context.prec - 1)
    return value._rescale(exp, context.rounding)._fix(context)


def _exact_sum(x, y, prec):
    """The signed coefficient and exponent of x + y (nonzero finite Decimals).
    An addend lying wholly below the other's rounding position is replaced by
    one unit just under that position: it can only decide the rounding, and
    this keeps the integers small."""
    if x._exp < y._exp:
        x, y = y, x
    floor = x._exp + min(-1, len(x._int) - prec - 2)
    small, exp = int(y._int), y._exp
    if y.adjusted() < floor:
        small, exp = 1, floor
    big = int(x._int) * 10 ** (x._exp - exp)
    if x._sign:
        big = -big
    if y._sign:
        small = -small
    return big + small, exp


def _round_digits(d, keep, rounding):
    """d's coefficient rounded to its leading `keep` digits, as (int, change):
    change is 1 when rounded up, -1 when digits were lost without rounding
    up, 0 when exact.  keep < 0 means every digit lies below the kept ones
    (strictly between zero and half a unit of the last kept place)."""
    if keep < 0:
        d, keep = _dec_from_triple(d._sign, '1', 0), 0
    change = _ROUNDING_FUNCTIONS[rounding](d, keep)
    kept = int(d._int[:keep] or '0')
    if change > 0:
        kept += 1
    return kept, change

def _overflow(sign, context):
    """Signal an overflow (with Inexact and Rounded) and return its result."""
    result = context._raise_error(Overflow, 'above Emax', sign)
    context._raise_error(Inexact)
    context._raise_error(Rounded)
    return result


def _quantize_problem(adjusted, ndigits, context):
    """Why a quantize result with this adjusted exponent and number of digits
    cannot be represented in context, or None."""
    if adjusted > context.Emax:
        return 'exponent of quantize result too large for current context'
    if ndigits > context.prec:
        return 'quantize result has too many digits for current context'
    return None


def _half_even_fix(d, context):
    """d fitted to context with ROUND_HALF_EVEN whatever the context's
    rounding (the flags still go to context)."""
    working = context._shallow_copy()
    working.rounding = ROUND_HALF_EVEN
    return d._fix(working)


def _sqrt_digits(coefficient, ndigits, exp, want):
    """(root, root_exp) approximating sqrt(coefficient * 10**exp) with `want`
    digits: an exact root comes back at the ideal exponent exp // 2, an
    inexact one gets a last digit that is not 0 or 5 so that the final
    rounding to want - 1 digits is right."""
    if exp & 1:
        # an even exponent halves exactly
        coefficient *= 10
        ndigits += 1
    half = exp >> 1
    shift = want - ((ndigits + 1) >> 1)     # the root has ceil(ndigits/2) digits
    if shift >= 0:
        scaled, lost = coefficient * 100 ** shift, 0
    else:
        scaled, lost = divmod(coefficient, 100 ** -shift)
    root = _isqrt(scaled)
    if not lost and root * root == scaled:
        if shift >= 0:
            return root // 10 ** shift, half
        return root * 10 ** -shift, half
    if root % 5 == 0:
        root += 1
    return root, half - shift

def _fill(obj, sign, coefficient, exponent, special):
    """Set the four slots of a Decimal; every constructor path ends here."""
    obj._sign = sign
    obj._int = coefficient
    obj._exp = exponent
    obj._is_special = special
    return obj


def _digits_of_tuple(digits, exponent):
    """The coefficient string of an as_tuple()-style digit sequence."""
    kept = []
    for d in digits:
        if not (isinstance(d, (int, long)) and 0 <= d <= 9):
            raise ValueError("The second value in the tuple must be composed of integers "
                             "in the range 0 through 9.")
        if kept or d:
            kept.append(str(d))
    text = ''.join(kept)
    if exponent in ('n', 'N'):
        return text            # a NaN payload may be empty
    return text or '0'


class Decimal(object):
    """Floating point decimal number: Decimal('3.14'), Decimal(5),
    Decimal(0.1) (exact), Decimal((0, (3, 1, 4), -2))."""

    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            return _fill(self, value._sign, value._int, value._exp, value._is_special)
        if isinstance(value, (int, long)):
            return _fill(self, int(value < 0), str(abs(value)), 0, False)
        if isinstance(value, basestring):
            return self._init_from_text(value, context)
        if isinstance(value, (list, tuple)):
            return self._init_from_triple(value)
        if isinstance(value, float):
            exact = Decimal.from_float(value)
            return _fill(self, exact._sign, exact._int, exact._exp, exact._is_special)
        raise TypeError("Cannot convert %r to Decimal" % value)

    def _init_from_text(self, value, context):
        text = _ascii_text(value) if isinstance(value, unicode) else value
        parsed = _parse_decimal(text)
        if parsed is None:
            ctx = getcontext() if context is None else context
            return ctx._raise_error(ConversionSyntax, "Invalid literal for Decimal: %r" % value)
        sign, digits, exp, kind = parsed
        if not kind:
            return _fill(self, sign, digits, exp, False)
        if kind == 'F':
            digits = '0'
        return _fill(self, sign, digits, kind, True)

    def _init_from_triple(self, value):
        if len(value) != 3:
            raise ValueError('Invalid tuple size in creation of Decimal from list or tuple.  '
                             'The list or tuple should have exactly three elements.')
        sign, digits, exponent = value
        if not (isinstance(sign, (int, long)) and sign in (0, 1)):
            raise ValueError("Invalid sign.  The first value in the tuple should be an integer; "
                             "either 0 for a positive number or 1 for a negative number.")
        if exponent == 'F':
            return _fill(self, sign, '0', 'F', True)
        coefficient = _digits_of_tuple(digits, exponent)
        if exponent in ('n', 'N'):
            return _fill(self, sign, coefficient, exponent, True)
        if not isinstance(exponent, (int, long)):
            raise ValueError("The third value in the tuple must be an integer, or one of the "
                             "strings 'F', 'n', 'N'.")
        return _fill(self, sign, coefficient, exponent, False)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, (int, long)):
            return cls(f)
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = _bit_length(d) - 1
        result = _dec_from_triple(sign, str(n * 5 ** k), -k)
        if cls is Decimal:
            return result
        return cls(result)

    # ---- classification ----

    def _isnan(self):
        """0 if a number, 1 if NaN, 2 if sNaN."""
        if not self._is_special:
            return 0
        return _NAN_KINDS.get(self._exp, 0)

    def _isinfinity(self):
        """0 if finite or NaN, 1 if +Infinity, -1 if -Infinity."""
        if self._exp != 'F':
            return 0
        return -1 if self._sign else 1

    def _check_nans(self, other=None, context=None):
        """The result of an operation with a NaN operand (the first signalling
        NaN, else the first quiet one), or 0 when there is none."""
        operands = (self,) if other is None else (self, other)
        for kind in ('N', 'n'):
            for d in operands:
                if d._exp == kind:
                    ctx = getcontext() if context is None else context
                    if kind == 'N':
                        return ctx._raise_error(InvalidOperation, 'sNaN', d)
                    return d._fix_nan(ctx)
        return 0

    def _compare_check_nans(self, other, context):
        """Ordering comparisons with a NaN signal InvalidOperation."""
        ctx = getcontext() if context is None else context
        for kind, what in (('N', 'comparison involving sNaN'), ('n', 'comparison involving NaN')):
            for d in (self, other):
                if d._exp == kind:
                    return ctx._raise_error(InvalidOperation, what, d)
        return 0

    def __nonzero__(self):
        return self._is_special or self._int != '0'

    def _signum(self):
        """-1, 0 or 1 for a finite value."""
        if self._int == '0':
            return 0
        return -1 if self._sign else 1

    def _cmp(self, other):
        """-1, 0 or 1 comparing self and other (neither a NaN)."""
        if self._is_special or other._is_special:
            return _three_way(self._isinfinity(), other._isinfinity())
        a, b = self._signum(), other._signum()
        if a != b or a == 0:
            return _three_way(a, b)
        # same sign, both nonzero: the magnitudes decide, reversed when negative
        ea, eb = self.adjusted(), other.adjusted()
        if ea != eb:
            return a * _three_way(ea, eb)
        width = max(len(self._int), len(other._int))
        return a * _three_way(self._int.ljust(width, '0'), other._int.ljust(width, '0'))

    # comparisons with ints, longs, Decimals and (exactly) floats
    def __eq__(self, other, context=None):
        other = _convert_for_comparison(self, other, equality_op=True)
        if other is NotImplemented:
            return other
        if self._check_nans(other, context) if self.is_snan() or other.is_snan() else False:
            return False
        if self._isnan() or other._isnan():
            return False
        return self._cmp(other) == 0

    def __ne__(self, other, context=None):
        r = self.__eq__(other, context)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, context):
        other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other, None
        ans = self._compare_check_nans(other, context)
        if ans:
            return None, False
        return other, self._cmp(other)

    def __lt__(self, other, context=None):
        other, c = self._order(other, context)
        if other is NotImplemented:
            return other
        return c is not False and c < 0

    def __le__(self, other, context=None):
        other, c = self._order(other, context)
        if other is NotImplemented:
            return other
        return c is not False and c <= 0

    def __gt__(self, other, context=None):
        other, c = self._order(other, context)
        if other is NotImplemented:
            return other
        return c is not False and c > 0

    def __ge__(self, other, context=None):
        other, c = self._order(other, context)
        if other is NotImplemented:
            return other
        return c is not False and c >= 0

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN if either is a NaN."""
        other = _convert_other(other, raiseit=True)
        if self._is_special or (other and other._is_special):
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def __hash__(self):
        """Equal to the hash of an equal int, long or float."""
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._exp == 'n':
                return 0
            return -271828 if self._sign else 314159
        approx = float(self)
        if Decimal.from_float(approx) == self:
            return hash(approx)
        if not self._isinteger():
            return hash((self._sign, self.adjusted() + 1, self._int.rstrip('0')))
        # an integer: hash(n) depends only on n modulo 2**64 - 1, which
        # spares building 10**exp for a huge exponent
        if self._exp < 0:
            n = int(self._int[:self._exp])
        else:
            n = int(self._int) * pow(10, self._exp, 2 ** 64 - 1)
        return hash(-n if self._sign else n)

    def as_tuple(self):
        """(sign, digit tuple, exponent)."""
        return DecimalTuple(self._sign, tuple([int(c) for c in self._int]), self._exp)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        """The scientific (or engineering) string of the specification."""
        sign = '-' if self._sign else ''
        if self._is_special:
            name = _SPECIAL_NAMES[self._exp]
            if self._exp == 'F':
                return sign + name
            return sign + name + self._int
        digits = self._int
        # `point` digits stand before the decimal point; `lead` would in
        # plain notation, and the difference goes into the exponent
        lead = self._exp + len(digits)
        if self._exp <= 0 and lead > -6:
            point = lead
        elif eng:
            # the exponent must be a multiple of three; a zero keeps a
            # single digit before the point where possible
            point = (lead + 1) % 3 - 1 if digits == '0' else (lead - 1) % 3 + 1
        else:
            point = 1
        if point <= 0:
            text = '0.' + '0' * -point + digits
        elif point < len(digits):
            text = digits[:point] + '.' + digits[point:]
        else:
            text = digits + '0' * (point - len(digits))
        if point != lead:
            capitals = (getcontext() if context is None else context).capitals
            text += '%s%+d' % ('E' if capitals else 'e', lead - point)
        return sign + text

    def to_eng_string(self, context=None):
        """Like str(), with exponents that are multiples of 3."""
        return self.__str__(eng=True, context=context)

    # ---- unary operations ----

    def _unary(self, negate, context):
        """-self or +self rounded to the context; a zero comes out positive
        except under ROUND_FLOOR."""
        nan = self._check_nans(context=context)
        if nan:
            return nan
        ctx = getcontext() if context is None else context
        if not self and ctx.rounding != ROUND_FLOOR:
            result = self.copy_abs()
        elif negate:
            result = self.copy_negate()
        else:
            result = Decimal(self)
        return result._fix(ctx)

    def __neg__(self, context=None):
        return self._unary(True, context)

    def __pos__(self, context=None):
        return self._unary(False, context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(self._sign == 1, context)

    # ---- arithmetic ----
    # The binary operators take their operand through _arith (conversion and
    # the context) and get their reflected forms from _reflected.

    @_arith
    def __add__(self, other, context):
        if self._is_special or other._is_special:
            nan = self._check_nans(other, context)
            if nan:
                return nan
            if self._isinfinity():
                if other._isinfinity() and other._sign != self._sign:
                    return context._raise_error(InvalidOperation, '-INF + INF')
                return Decimal(self)
            return Decimal(other)
        low_exp = min(self._exp, other._exp)
        if not self or not other:
            return _add_with_zero(self, other, low_exp, context)
        total, exp = _exact_sum(self, other, context.prec)
        if total == 0:
            # exact cancellation: +0, or -0 when rounding toward -Infinity
            return _dec_from_triple(int(context.rounding == ROUND_FLOOR), '0', low_exp)._fix(context)
        return _dec_from_triple(int(total < 0), str(abs(total)), exp)._fix(context)

    @_arith
    def __sub__(self, other, context):
        nan = self._check_nans(other, context)
        if nan:
            return nan
        return self.__add__(other.copy_negate(), context=context)

    @_arith
    def __mul__(self, other, context):
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = self._check_nans(other, context)
            if nan:
                return nan
            if self._isinfinity() and not other:
                return context._raise_error(InvalidOperation, '(+-)INF * 0')
            if other._isinfinity() and not self:
                return context._raise_error(InvalidOperation, '0 * (+-)INF')
            return _SignedInfinity[sign]
        product = int(self._int) * int(other._int)
        return _dec_from_triple(sign, str(product), self._exp + other._exp)._fix(context)

    @_arith
    def __truediv__(self, other, context):
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = self._check_nans(other, context)
            if nan:
                return nan
            if self._isinfinity():
                if other._isinfinity():
                    return context._raise_error(InvalidOperation, '(+-)INF/(+-)INF')
                return _SignedInfinity[sign]
            context._raise_error(Clamped, 'Division by infinity')
            return _dec_from_triple(sign, '0', context.Etiny())
        if not other:
            if self:
                return context._raise_error(DivisionByZero, 'x / 0', sign)
            return context._raise_error(DivisionUndefined, '0 / 0')
        ideal = self._exp - other._exp
        if not self:
            return _dec_from_triple(sign, '0', ideal)._fix(context)
        # scale so that the quotient has prec + 1 digits: the extra digit
        # (made odd-ish when inexact) lets _fix round correctly
        scale = context.prec + 1 + len(other._int) - len(self._int)
        quotient, rest = _scaled_divmod(int(self._int), int(other._int), scale)
        exp = ideal - scale
        if rest:
            if quotient % 5 == 0:
                quotient += 1
        else:
            quotient, exp = _strip_zeros_to(quotient, exp, ideal)
        return _dec_from_triple(sign, str(quotient), exp)._fix(context)

    __div__ = __truediv__

    def _divide(self, other, context):
        """(integer quotient, remainder) of finite self and nonzero other."""
        sign = self._sign ^ other._sign
        if other._isinfinity():
            rem_exp = self._exp
        else:
            rem_exp = min(self._exp, other._exp)
        gap = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or gap <= -2:
            # |self| < |other|: the quotient is 0 and self is the remainder
            return _dec_from_triple(sign, '0', 0), self._rescale(rem_exp, context.rounding)
        if gap <= context.prec:
            a, b = int(self._int), int(other._int)
            if self._exp > other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return (_dec_from_triple(sign, str(q), 0),
                        _dec_from_triple(self._sign, str(r), rem_exp))
        failed = context._raise_error(DivisionImpossible, 'quotient too large in //, % or divmod')
        return failed, failed

    def _division_special(self, other, context, op):
        """The result of //, % or divmod (op 'floordiv', 'mod', 'divmod') when an
        operand is special or the divisor is zero; None otherwise."""
        nan = self._check_nans(other, context)
        if nan:
            return (nan, nan) if op == 'divmod' else nan
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if op == 'mod':
                return context._raise_error(InvalidOperation, 'INF % x')
            if other._isinfinity():
                what = 'divmod(INF, INF)' if op == 'divmod' else 'INF // INF'
                bad = context._raise_error(InvalidOperation, what)
                return (bad, bad) if op == 'divmod' else bad
            if op == 'floordiv':
                return _SignedInfinity[sign]
            return _SignedInfinity[sign], context._raise_error(InvalidOperation, 'INF % x')
        if other:
            return None
        if not self:
            bad = context._raise_error(DivisionUndefined, _ZERO_BY_ZERO[op])
            return (bad, bad) if op == 'divmod' else bad
        if op == 'mod':
            return context._raise_error(InvalidOperation, 'x % 0')
        quotient = context._raise_error(DivisionByZero, 'x // 0', sign)
        if op == 'floordiv':
            return quotient
        return quotient, context._raise_error(InvalidOperation, 'x % 0')

    @_arith
    def __divmod__(self, other, context):
        special = self._division_special(other, context, 'divmod')
        if special is not None:
            return special
        q, r = self._divide(other, context)
        return q, r._fix(context)

    @_arith
    def __mod__(self, other, context):
        special = self._division_special(other, context, 'mod')
        if special is not None:
            return special
        return self._divide(other, context)[1]._fix(context)

    @_arith
    def __floordiv__(self, other, context):
        special = self._division_special(other, context, 'floordiv')
        if special is not None:
            return special
        return self._divide(other, context)[0]

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest self / other (ties to even)."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return context._raise_error(InvalidOperation, 'remainder_near(infinity, x)')
        if not other:
            if self:
                return context._raise_error(InvalidOperation, 'remainder_near(x, 0)')
            return context._raise_error(DivisionUndefined, 'remainder_near(0, 0)')
        q, r = self._divide(other, context)
        if q._is_special:
            return q
        if not r or other._isinfinity() or r.adjusted() < other.adjusted() - 1:
            # |r| < |other| / 10: r is already the nearest remainder
            return r._fix(context)
        # |self| = q*|other| + |r| exactly; when |r| is past half of |other|
        # (or at half with q odd) the next multiple is nearer, leaving
        # |other| - |r| with the opposite sign.  Integers at r's exponent
        # keep this exact whatever the context's precision.
        exp = min(r._exp, other._exp)
        rest = int(r._int) * 10 ** (r._exp - exp)
        unit = int(other._int) * 10 ** (other._exp - exp)
        quotient = int(q._int)
        sign = r._sign
        if 2 * rest > unit or (2 * rest == unit and quotient % 2 == 1):
            if quotient + 1 >= 10 ** context.prec:
                return context._raise_error(DivisionImpossible, 'quotient too large in remainder_near')
            rest = unit - rest
            sign = 1 - sign
        return _dec_from_triple(sign, str(rest), exp)._fix(context)

    __radd__ = _reflected('__add__')
    __rsub__ = _reflected('__sub__')
    __rmul__ = _reflected('__mul__')
    __rtruediv__ = _reflected('__truediv__')
    __rdiv__ = __rtruediv__
    __rdivmod__ = _reflected('__divmod__')
    __rmod__ = _reflected('__mod__')
    __rfloordiv__ = _reflected('__floordiv__')

    def __float__(self):
        if not self._isnan():
            return float(str(self))
        if self._exp == 'N':
            raise ValueError("Cannot convert signaling NaN to float")
        return float('-nan' if self._sign else 'nan')

    def __int__(self):
        """Truncates toward zero."""
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError("Cannot convert infinity to integer")
            raise ValueError("Cannot convert NaN to integer")
        if self._exp < 0:
            magnitude = int(self._int[:self._exp] or '0')
        else:
            magnitude = int(self._int) * 10 ** self._exp
        return -magnitude if self._sign else magnitude

    __trunc__ = __int__

    def __long__(self):
        return long(self.__int__())

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    # ---- rounding ----

    def _fix_nan(self, context):
        """A NaN with its payload cut to the precision."""
        room = context.prec - context._clamp
        if len(self._int) <= room:
            return Decimal(self)
        payload = self._int[-room:].lstrip('0') if room > 0 else ''
        return _dec_from_triple(self._sign, payload, self._exp, True)

    def _fix(self, context):
        """self rounded to the context's precision and fitted to its exponent
        range, signalling what that involved."""
        if self._is_special:
            return self._fix_nan(context) if self._isnan() else Decimal(self)
        etiny = context.Etiny()
        etop = context.Etop()
        if not self:
            # a zero only needs its exponent brought into range
            highest = etop if context._clamp else context.Emax
            exp = min(max(self._exp, etiny), highest)
            if exp == self._exp:
                return Decimal(self)
            context._raise_error(Clamped)
            return _dec_from_triple(self._sign, '0', exp)
        # the exponent the result gets when it keeps exactly prec digits
        full = self.adjusted() + 1 - context.prec
        if full > etop:
            return _overflow(self._sign, context)
        subnormal = full < etiny
        target = etiny if subnormal else full
        if self._exp >= target:
            # fits without rounding
            if subnormal:
                context._raise_error(Subnormal)
            if context._clamp == 1 and self._exp > etop:
                context._raise_error(Clamped)
                return _dec_from_triple(self._sign, self._int + '0' * (self._exp - etop), etop)
            return Decimal(self)
        coefficient, change = _round_digits(self, self.adjusted() + 1 - target, context.rounding)
        digits = str(coefficient)
        if len(digits) > context.prec:
            # 99..9 rounded up to 100..0: one digit too many
            digits = digits[:-1]
            target += 1
        if target > etop:
            result = context._raise_error(Overflow, 'above Emax', self._sign)
        else:
            result = _dec_from_triple(self._sign, digits, target)
        # the signals, in the order the specification lists them
        if subnormal:
            if change:
                context._raise_error(Underflow)
            context._raise_error(Subnormal)
        if change:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        if not result:
            context._raise_error(Clamped)
        return result

    def _rescale(self, exp, rounding):
        """self with exponent exp, rounded (no flags, no limits)."""
        if self._is_special:
            return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, '0', exp)
        if exp <= self._exp:
            return _dec_from_triple(self._sign, self._int + '0' * (self._exp - exp), exp)
        coefficient = _round_digits(self, self.adjusted() + 1 - exp, rounding)[0]
        return _dec_from_triple(self._sign, str(coefficient), exp)

    def _round(self, places, rounding):
        """self rounded to `places` significant digits (no flags)."""
        if places <= 0:
            raise ValueError("argument should be at least 1 in _round")
        if self._is_special or not self:
            return Decimal(self)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def quantize(self, exp, rounding=None, context=None, watchexp=True):
        """self rounded to the exponent of exp."""
        exp = _convert_other(exp, raiseit=True)
        ctx = getcontext() if context is None else context
        how = ctx.rounding if rounding is None else rounding
        if self._is_special or exp._is_special:
            nan = self._check_nans(exp, ctx)
            if nan:
                return nan
            if self._isinfinity() and exp._isinfinity():
                return Decimal(self)
            return ctx._raise_error(InvalidOperation, 'quantize with one INF')
        target = exp._exp
        if not watchexp:
            result = self._rescale(target, how)
            if result._exp > self._exp:
                ctx._raise_error(Rounded)
                if result != self:
                    ctx._raise_error(Inexact)
            return result
        if not ctx.Etiny() <= target <= ctx.Emax:
            return ctx._raise_error(InvalidOperation, 'target exponent out of bounds in quantize')
        if not self:
            return _dec_from_triple(self._sign, '0', target)._fix(ctx)
        problem = _quantize_problem(self.adjusted(), self.adjusted() - target + 1, ctx)
        if problem:
            return ctx._raise_error(InvalidOperation, problem)
        result = self._rescale(target, how)
        problem = _quantize_problem(result.adjusted(), len(result._int), ctx)
        if problem:
            return ctx._raise_error(InvalidOperation, problem)
        if result and result.adjusted() < ctx.Emin:
            ctx._raise_error(Subnormal)
        if result._exp > self._exp:
            if result != self:
                ctx._raise_error(Inexact)
            ctx._raise_error(Rounded)
        return result._fix(ctx)

    def same_quantum(self, other):
        """True if self and other have the same exponent (or are both NaN or both infinite)."""
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan() or
                    self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def _to_integral(self, rounding, context, signal):
        if self._is_special:
            return self._check_nans(context=context) or Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if signal and not self:
            return _dec_from_triple(self._sign, '0', 0)
        ctx = getcontext() if context is None else context
        result = self._rescale(0, ctx.rounding if rounding is None else rounding)
        if signal:
            if result != self:
                ctx._raise_error(Inexact)
            ctx._raise_error(Rounded)
        return result

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signalling Inexact and Rounded."""
        return self._to_integral(rounding, context, True)

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer without signalling Inexact or Rounded."""
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def normalize(self, context=None):
        """Round to the precision and strip trailing zeros."""
        ctx = getcontext() if context is None else context
        nan = self._check_nans(context=ctx)
        if nan:
            return nan
        rounded = self._fix(ctx)
        if rounded._is_special:
            return rounded
        if not rounded:
            return _dec_from_triple(rounded._sign, '0', 0)
        limit = ctx.Etop() if ctx._clamp else ctx.Emax
        digits = rounded._int
        exp = rounded._exp
        # each trailing zero dropped raises the exponent by one, up to the limit
        droppable = min(len(digits) - len(digits.rstrip('0')), max(limit - exp, 0))
        if droppable:
            digits = digits[:-droppable]
            exp += droppable
        return _dec_from_triple(rounded._sign, digits, exp)

    # ---- functions ----

    def sqrt(self, context=None):
        """The square root, correctly rounded (always ROUND_HALF_EVEN)."""
        ctx = getcontext() if context is None else context
        if self._is_special:
            nan = self._check_nans(context=ctx)
            if nan:
                return nan
            if self._sign == 0:
                return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, '0', self._exp // 2)._fix(ctx)
        if self._sign:
            return ctx._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
        root, exp = _sqrt_digits(int(self._int), len(self._int), self._exp, ctx.prec + 1)
        return _half_even_fix(_dec_from_triple(0, str(root), exp), ctx)

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        ctx = getcontext() if context is None else context
        nan = self._check_nans(context=ctx)
        if nan:
            return nan
        inf = self._isinfinity()
        if inf:
            return _Zero if inf < 0 else Decimal(self)
        if not self:
            return _One
        p = ctx.prec
        adj = self.adjusted()
        # results certain to overflow or underflow, and tiny arguments whose
        # result is 1 plus or minus a little
        if self._sign == 0 and adj > len(str((ctx.Emax + 1) * 3)):
            ans = _dec_from_triple(0, '1', ctx.Emax + 1)
        elif self._sign == 1 and adj > len(str((-ctx.Etiny() + 1) * 3)):
            ans = _dec_from_triple(0, '1', ctx.Etiny() - 1)
        elif self._sign == 0 and adj < -p:
            ans = _dec_from_triple(0, '1' + '0' * (p - 1) + '1', -p)
        elif self._sign == 1 and adj < -p - 1:
            ans = _dec_from_triple(0, '9' * (p + 1), -p - 1)
        else:
            ans = _correctly_rounded(lambda prec: _exp_approx(self, prec), p, ROUND_HALF_EVEN)
        return _half_even_fix(ans, ctx)

    def _log_special(self, ctx, what):
        """The result of ln or log10 of a NaN, zero, infinity or negative
        number; None for a positive finite one."""
        nan = self._check_nans(context=ctx)
        if nan:
            return nan
        if not self:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _Infinity
        if self._sign:
            return ctx._raise_error(InvalidOperation, what + ' of a negative value')
        return None

    def ln(self, context=None):
        """The natural logarithm, correctly rounded."""
        ctx = getcontext() if context is None else context
        special = self._log_special(ctx, 'ln')
        if special is not None:
            return special
        if self == _One:
            return _Zero
        ans = _correctly_rounded(lambda prec: _ln_approx(self, prec), ctx.prec, ROUND_HALF_EVEN)
        return _half_even_fix(ans, ctx)

    def log10(self, context=None):
        """The base 10 logarithm, correctly rounded (exact for powers of 10)."""
        ctx = getcontext() if context is None else context
        special = self._log_special(ctx, 'log10')
        if special is not None:
            return special
        if self._int.rstrip('0') == '1':
            ans = Decimal(self.adjusted())
        else:
            ans = _correctly_rounded(lambda prec: _log10_approx(self, prec), ctx.prec, ROUND_HALF_EVEN)
        return _half_even_fix(ans, ctx)

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        nan = self._check_nans(context=context)
        if nan:
            return nan
        ctx = getcontext() if context is None else context
        if self._isinfinity():
            return _Infinity
        if not self:
            return ctx._raise_error(DivisionByZero, 'logb(0)', 1)
        return Decimal(self.adjusted())._fix(ctx)

    def __pow__(self, other, modulo=None, context=None):
        """self ** other (exact when possible, else correctly rounded)."""
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        context = getcontext() if context is None else context
        nan = self._check_nans(other, context)
        if nan:
            return nan
        if not other:
            if self:
                return _One
            return context._raise_error(InvalidOperation, '0 ** 0')
        # a negative base: only integral exponents, odd ones giving a negative result
        result_sign = 0
        if self._sign:
            if not other._isinteger():
                if self:
                    return context._raise_error(InvalidOperation,
                                                'x ** y with x negative and y not an integer')
            elif not other._iseven():
                result_sign = 1
            self = self.copy_negate()

        if not self:
            if other._sign == 0:
                return _dec_from_triple(result_sign, '0', 0)
            return _SignedInfinity[result_sign]

        if self._isinfinity():
            if other._sign == 0:
                return _SignedInfinity[result_sign]
            return _dec_from_triple(result_sign, '0', 0)

        # 1 ** y is 1; its exponent and flags depend on the kind of y
        if self == _One:
            if other._isinteger():
                if other._sign == 1:
                    multiplier = 0
                elif other > context.prec:
                    multiplier = context.prec
                else:
                    multiplier = int(other)
                exp = self._exp * multiplier
                if exp < 1 - context.prec:
                    exp = 1 - context.prec
                    context._raise_error(Rounded)
            else:
                context._raise_error(Inexact)
                context._raise_error(Rounded)
                exp = 1 - context.prec
            return _dec_from_triple(result_sign, '1' + '0' * -exp, exp)

        if other._isinfinity():
            c = self._cmp(_One)
            if c == 0:
                return _One
            if (c > 0) == (other._sign == 0):
                return _SignedInfinity[result_sign]
            return _dec_from_triple(result_sign, '0', 0)

        if other._isinteger() and self._int.rstrip('0') == '1' and other.adjusted() < 20:
            # a power of ten: exact, with the zeros that the coefficient's
            # n-th power would have (only one past the precision: _fix
            # then signals Rounded as for the full number)
            n = int(other)
            if n >= 0:
                zeros = (len(self._int) - 1) * n
                ideal_exp = self._exp * n
                if zeros <= context.prec:
                    ans = _dec_from_triple(result_sign, '1' + '0' * zeros, ideal_exp)
                else:
                    ans = _dec_from_triple(result_sign, '1' + '0' * context.prec,
                                           ideal_exp + zeros - context.prec)
            else:
                tens = self._exp + len(self._int) - 1
                ans = _dec_from_triple(result_sign, '1', tens * n)
            return ans._fix(context)

        if other._isinteger() and other.adjusted() < 20:
            n = int(other)
            nbits = abs(n) * len(self._int)
            if nbits <= 20000:
                if n >= 0:
                    ans = _dec_from_triple(result_sign, str(int(self._int) ** n), self._exp * n)
                    return ans._fix(context)
                # a reciprocal: one correctly rounded division
                denom = _dec_from_triple(0, str(int(self._int) ** -n), self._exp * -n)
                return _dec_from_triple(result_sign, '1', 0).__truediv__(denom, context=context)

        # general case: exp(other * ln(self)), unless the result is exact
        exact = _exact_power(self, other, context.prec)
        if exact is not None:
            # the specification counts an exact result of a non-integer power
            # as Inexact and Rounded: pad it past the precision (for Rounded)
            # and signal Inexact explicitly
            if len(exact._int) <= context.prec:
                expdiff = context.prec + 1 - len(exact._int)
                exact = _dec_from_triple(result_sign, exact._int + '0' * expdiff, exact._exp - expdiff)
            else:
                exact = _dec_from_triple(result_sign, exact._int, exact._exp)
            context._raise_error(Inexact)
            result = exact._fix(context)
            if not result._is_special and result.adjusted() < context.Emin:
                # subnormal and (by the rule above) inexact
                context._raise_error(Underflow)
            return result
        ans = _correctly_rounded(lambda prec: _pow_approx(self, other, prec), context.prec, context.rounding)
        if result_sign:
            ans = ans.copy_negate()
        context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _power_modulo(self, other, modulo, context=None):
        """pow(self, other, modulo) for integers."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        modulo = _convert_other(modulo, raiseit=True)
        # NaNs first: the first signalling one, else the first quiet one
        for kind in ('N', 'n'):
            for d in (self, other, modulo):
                if d._exp == kind:
                    if kind == 'N':
                        return context._raise_error(InvalidOperation, 'sNaN', d)
                    return d._fix_nan(context)
        for v in (self, other, modulo):
            if v._is_special or not v._isinteger():
                return context._raise_error(InvalidOperation, 'pow() 3rd argument not allowed unless all arguments are integers')
        if other < 0:
            return context._raise_error(InvalidOperation, 'pow() 2nd argument cannot be negative when 3rd argument specified')
        if not modulo:
            return context._raise_error(InvalidOperation, 'pow() 3rd argument cannot be 0')
        if modulo.adjusted() >= context.prec:
            # the result must fit in the precision
            return context._raise_error(InvalidOperation, 'insufficient precision: pow() 3rd '
                                        'argument must not have more than precision digits')
        if not other and not self:
            return context._raise_error(InvalidOperation, 'at least one of pow() 1st argument '
                                        'and 2nd argument must be nonzero ;0**0 is not defined')
        m = abs(int(modulo))
        if self._exp > 0:
            # reduce the base modulo m before its zeros make it huge
            base = int(self._int) * pow(10, self._exp, m) % m
        else:
            base = abs(int(self))
        power = int(other)
        sign = 1 if self._sign and power % 2 else 0      # keeps the sign of -0
        return _dec_from_triple(sign, str(pow(base, power, m)), 0)

    def fma(self, other, third, context=None):
        """self * other + third with no rounding of the product."""
        other = _convert_other(other, raiseit=True)
        third = _convert_other(third, raiseit=True)
        if self._is_special or other._is_special:
            context = getcontext() if context is None else context
            # a failing multiplication is the result; a NaN product goes on
            # to the addition, where a signalling third operand still counts
            for d in (self, other):
                if d._exp == 'N':
                    return context._raise_error(InvalidOperation, 'sNaN', d)
            if self._exp == 'n' or other._exp == 'n':
                product = self if self._exp == 'n' else other
            elif not self or not other:
                return context._raise_error(InvalidOperation, 'INF * 0 in fma')
            else:
                product = _SignedInfinity[self._sign ^ other._sign]
        else:
            product = _dec_from_triple(self._sign ^ other._sign,
                                       str(int(self._int) * int(other._int)), self._exp + other._exp)
        return product.__add__(third, context)

    def scaleb(self, other, context=None):
        """self * 10 ** other (other an integer)."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if other._exp != 0:
            return context._raise_error(InvalidOperation)
        liminf = -2 * (context.Emax + context.prec)
        limsup = 2 * (context.Emax + context.prec)
        if not (liminf <= int(other) <= limsup):
            return context._raise_error(InvalidOperation)
        if self._isinfinity():
            return Decimal(self)
        d = _dec_from_triple(self._sign, self._int, self._exp + int(other))
        return d._fix(context)

    # ---- predicates and small queries ----

    def adjusted(self):
        """The exponent of the most significant digit."""
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def canonical(self, context=None):
        return self

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        rest = self._int[self._exp:]
        return rest == '0' * len(rest)

    def _iseven(self):
        if not self or self._exp > 0:
            return True
        return self._int[-1 + self._exp] in '02468'

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_normal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_qnan(self):
        return self._exp == 'n'

    def is_signed(self):
        return self._sign == 1

    def is_snan(self):
        return self._exp == 'N'

    def is_subnormal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def number_class(self, context=None):
        """One of '-Infinity', '-Normal', '-Subnormal', '-Zero', '+Zero',
        '+Subnormal', '+Normal', '+Infinity', 'NaN', 'sNaN'."""
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        inf = self._isinfinity()
        if inf == 1:
            return "+Infinity"
        if inf == -1:
            return "-Infinity"
        if self.is_zero():
            return "-Zero" if self._sign else "+Zero"
        if context is None:
            context = getcontext()
        if self.is_subnormal(context=context):
            return "-Subnormal" if self._sign else "+Subnormal"
        return "-Normal" if self._sign else "+Normal"

    def copy_abs(self):
        return _dec_from_triple(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec_from_triple(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other):
        other = _convert_other(other, raiseit=True)
        return _dec_from_triple(other._sign, self._int, self._exp, self._is_special)

    def radix(self):
        return Decimal(10)

    def _minmax(self, other, context, want_max, by_magnitude):
        other = _convert_other(other, raiseit=True)
        ctx = getcontext() if context is None else context
        kinds = (self._isnan(), other._isnan())
        # a quiet NaN gives way to a number; anything else with a NaN is a NaN
        if kinds == (0, 1):
            return self._fix(ctx)
        if kinds == (1, 0):
            return other._fix(ctx)
        if kinds != (0, 0):
            return self._check_nans(other, ctx)
        if by_magnitude:
            order = self.copy_abs()._cmp(other.copy_abs())
        else:
            order = self._cmp(other)
        if order == 0:
            # equal values: the total ordering of representations decides
            order = int(self.compare_total(other))
        if not want_max:
            order = -order
        winner = other if order < 0 else self
        return winner._fix(ctx)
    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    def compare_total(self, other):
        """Total ordering of the representations (sign, then value, then exponent)."""
        other = _convert_other(other, raiseit=True)
        if self._sign and not other._sign:
            return _NegativeOne
        if not self._sign and other._sign:
            return _One
        sign = self._sign
        self_nan = self._isnan()
        other_nan = other._isnan()
        if self_nan or other_nan:
            if self_nan == other_nan:
                c = cmp(int(self._int or '0'), int(other._int or '0'))
            else:
                # a quiet NaN sorts after a signalling one (_isnan: 1 quiet, 2 signalling)
                c = 1 if self_nan < other_nan else -1
                if not other_nan:
                    c = 1
                elif not self_nan:
                    c = -1
            if c == 0:
                return _Zero
            return _One if (c > 0) != bool(sign) else _NegativeOne
        c = self._cmp(other)
        if c == 0:
            if self._exp == other._exp or self._is_special:
                return _Zero
            c = 1 if self._exp > other._exp else -1
            if sign:
                c = -c
        if c < 0:
            return _NegativeOne
        return _One

    def compare_total_mag(self, other):
        other = _convert_other(other, raiseit=True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _step(self, context, upward):
        """The closest representable neighbour above (or below) self."""
        ctx = getcontext() if context is None else context
        nan = self._check_nans(context=ctx)
        if nan:
            return nan
        inf = self._isinfinity()
        if inf:
            if (inf > 0) == upward:
                return Decimal(self)
            # from an infinity, the largest finite number of that sign
            return _dec_from_triple(int(upward), '9' * ctx.prec, ctx.Etop())
        work = ctx.copy()
        work._set_rounding(ROUND_CEILING if upward else ROUND_FLOOR)
        work._ignore_all_flags()
        rounded = self._fix(work)
        if rounded != self:
            return rounded
        # exactly representable: nudge by less than the smallest unit and round
        nudge = _dec_from_triple(0, '1', work.Etiny() - 1)
        if upward:
            return self.__add__(nudge, work)
        return self.__sub__(nudge, work)

    def next_plus(self, context=None):
        return self._step(context, True)

    def next_minus(self, context=None):
        return self._step(context, False)

    def next_toward(self, other, context=None):
        """The neighbour of self in the direction of other (self with other's
        sign when they are equal)."""
        ctx = getcontext() if context is None else context
        other = _convert_other(other, raiseit=True)
        nan = self._check_nans(other, ctx)
        if nan:
            return nan
        order = self._cmp(other)
        if order == 0:
            return self.copy_sign(other)
        result = self._step(ctx, order < 0)
        # stepping into infinity or below Emin counts as an overflow or underflow
        if result._isinfinity():
            ctx._raise_error(Overflow, 'Infinite result from next_toward', result._sign)
            ctx._raise_error(Inexact)
            ctx._raise_error(Rounded)
        elif result.adjusted() < ctx.Emin:
            ctx._raise_error(Underflow)
            ctx._raise_error(Subnormal)
            ctx._raise_error(Inexact)
            ctx._raise_error(Rounded)
            if not result:
                ctx._raise_error(Clamped)
        return result

    def compare_signal(self, other, context=None):
        """Like compare(), except that a quiet NaN operand signals too."""
        other = _convert_other(other, raiseit=True)
        nan = self._compare_check_nans(other, context)
        if nan:
            return nan
        return self.compare(other, context=context)

    # ---- digit-wise operations ----

    def _logical_digits(self, width):
        """The coefficient as `width` binary digits (cut on the left), or None
        when self is not a logical operand (finite, non-negative, exponent 0,
        only digits 0 and 1)."""
        if self._is_special or self._sign or self._exp != 0 or self._int.strip('01'):
            return None
        return self._int.rjust(width, '0')[-width:]

    def _logical(self, other, context, rule):
        ctx = getcontext() if context is None else context
        width = ctx.prec
        a = self._logical_digits(width)
        b = other._logical_digits(width) if other is not None else '0' * width
        if a is None or b is None:
            return ctx._raise_error(InvalidOperation)
        bits = ''.join([rule[x + y] for x, y in zip(a, b)])
        return _dec_from_triple(0, bits.lstrip('0') or '0', 0)

    def logical_and(self, other, context=None):
        """Digit-wise and of two logical operands."""
        return self._logical(_convert_other(other, raiseit=True), context, _AND)

    def logical_or(self, other, context=None):
        """Digit-wise or of two logical operands."""
        return self._logical(_convert_other(other, raiseit=True), context, _OR)

    def logical_xor(self, other, context=None):
        """Digit-wise exclusive or of two logical operands."""
        return self._logical(_convert_other(other, raiseit=True), context, _XOR)

    def logical_invert(self, context=None):
        """Every digit of the precision flipped."""
        return self._logical(None, context, _INVERT)

    def _digit_move(self, other, context, rotating):
        """rotate() or shift(): the coefficient, as prec digits, moved by
        other places (left when positive); exponent and sign are kept."""
        ctx = getcontext() if context is None else context
        other = _convert_other(other, raiseit=True)
        nan = self._check_nans(other, ctx)
        if nan:
            return nan
        width = ctx.prec
        if other._exp != 0 or not -width <= int(other) <= width:
            return ctx._raise_error(InvalidOperation)
        if self._isinfinity():
            return Decimal(self)
        places = int(other)
        digits = self._int.rjust(width, '0')[-width:]
        if rotating:
            places %= width
            moved = digits[places:] + digits[:places]
        elif places >= 0:
            moved = (digits + '0' * places)[-width:]
        else:
            moved = digits[:width + places]
        return _dec_from_triple(self._sign, moved.lstrip('0') or '0', self._exp)

    def rotate(self, other, context=None):
        """The digits rotated by other places (left when positive)."""
        return self._digit_move(other, context, True)

    def shift(self, other, context=None):
        """The digits shifted by other places (left when positive), zeros coming in."""
        return self._digit_move(other, context, False)
    # ---- pickling, copying, formatting ----

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __format__(self, specifier, context=None, _localeconv=None):
        """format(d, spec): the float format mini-language (e, f, g, %, n, ',');
        'n' takes its separators from _localeconv (default: the locale's)."""
        ctx = getcontext() if context is None else context
        spec = _parse_format_specifier(specifier, _localeconv)
        kind = spec['type']
        if self._is_special:
            body = str(self.copy_abs())
            if kind == '%':
                body += '%'
            return _format_align(_format_sign(self._sign, spec), body, spec)
        if kind is None:
            # no type: 'g' (or 'G'), where a precision of 0 means 1
            kind = spec['type'] = 'G' if ctx.capitals else 'g'
            if spec['precision'] == 0:
                spec['precision'] = 1
        value = self
        if kind == '%':
            value = _dec_from_triple(value._sign, value._int, value._exp + 2)
        precision = spec['precision']
        value = _format_rounded(value, kind, precision, ctx.rounding)
        digits = value._int
        lead = value._exp + len(digits)
        if kind in 'eE':
            point = 1 - precision if (precision is not None and not value) else 1
        elif kind in 'fF%' or (value._exp <= 0 and lead > -6):
            point = lead
        else:
            point = 1
        if point < 0:
            whole, frac = '0', '0' * -point + digits
        elif point > len(digits):
            whole, frac = digits + '0' * (point - len(digits)), ''
        else:
            whole, frac = digits[:point] or '0', digits[point:]
        return _format_number(value._sign, whole, frac, lead - point, spec)


def _format_rounded(d, kind, precision, rounding):
    """d rounded as the format type and precision ask."""
    fixed = kind in 'fF%'
    if precision is not None:
        if kind in 'eE':
            d = d._round(precision + 1, rounding)
        elif fixed:
            d = d._rescale(-precision, rounding)
        elif len(d._int) > precision:
            d = d._round(precision, rounding)
    if fixed and not d and d._exp > 0:
        # fixed point shows a zero without exponent
        d = d._rescale(0, rounding)
    return d


def _ascii_text(u):
    """A unicode numeric string as ASCII: decimal digits of any script
    become '0'-'9', other whitespace a space, any other non-ASCII character
    a '?' that the parser rejects."""
    out = []
    for ch in u:
        if ord(ch) < 128:
            out.append(str(ch))
        elif ch.isspace():
            out.append(' ')
        else:
            try:
                out.append(str(int(ch)) if ch.isdigit() else '?')
            except ValueError:      # a digit that is no decimal digit (u'\xb2')
                out.append('?')
    return ''.join(out)


def _bit_length(n):
    return len(bin(n)) - 2


def _dec_from_triple(sign, coefficient, exponent, special=False):
    """A Decimal from its parts, without checks."""
    return _fill(object.__new__(Decimal), sign, coefficient, exponent, special)


class DecimalTuple(tuple):
    """The (sign, digits, exponent) of Decimal.as_tuple()."""

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self


# ---- rounding functions: given a Decimal and the number of leading digits
# kept, 1 if the kept digits must be incremented, 0 if nothing was lost,
# -1 if something was lost but no increment is due ----

def _all_zeros(s, start):
    return s[start:] == '0' * (len(s) - start)


def _exact_half(s, start):
    return s[start:start + 1] == '5' and _all_zeros(s, start + 1)


def _round_down(self, prec):
    if _all_zeros(self._int, prec):
        return 0
    return -1


def _round_up(self, prec):
    return -_round_down(self, prec)


def _round_half_up(self, prec):
    if self._int[prec:prec + 1] in ('5', '6', '7', '8', '9'):
        return 1
    if _all_zeros(self._int, prec):
        return 0
    return -1


def _round_half_down(self, prec):
    if _exact_half(self._int, prec):
        return -1
    return _round_half_up(self, prec)


def _round_half_even(self, prec):
    if _exact_half(self._int, prec) and (prec == 0 or self._int[prec - 1] in '02468'):
        return -1
    return _round_half_up(self, prec)


def _round_ceiling(self, prec):
    if self._sign:
        return _round_down(self, prec)
    return -_round_down(self, prec)


def _round_floor(self, prec):
    if not self._sign:
        return _round_down(self, prec)
    return -_round_down(self, prec)


def _round_05up(self, prec):
    if prec and self._int[prec - 1] not in '05':
        return _round_down(self, prec)
    return -_round_down(self, prec)


_ROUNDING_FUNCTIONS = {ROUND_DOWN: _round_down, ROUND_UP: _round_up, ROUND_HALF_UP: _round_half_up,
                       ROUND_HALF_DOWN: _round_half_down, ROUND_HALF_EVEN: _round_half_even,
                       ROUND_CEILING: _round_ceiling, ROUND_FLOOR: _round_floor, ROUND_05UP: _round_05up}


# ---- transcendental functions in fixed point ----
# A value v is approximated by an integer A with v ~= A / 10**P; every helper
# keeps the error within a few units of 10**-P.

def _isqrt(n):
    if n <= 0:
        return 0
    x = 1 << ((_bit_length(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _fixed_ln(a, P):
    """ln(a / 10**P) * 10**P for a > 0 (argument reduction by square roots,
    then the series 2 * atanh(t))."""
    one = 10 ** P
    k = 0
    # bring the argument near 1: ln(a) = 2**k * ln(a ** (1/2**k))
    while a > one + one // 8 or a < one - one // 8:
        a = _isqrt(a * one)
        k += 1
    # t = (a - 1) / (a + 1); ln(a) = 2 * (t + t**3/3 + t**5/5 + ...)
    t = (a - one) * one // (a + one)
    t2 = t * t // one
    term = t
    total = 0
    n = 1
    while term:
        total += term // n
        term = term * t2 // one
        n += 2
    return 2 * total * (1 << k)


_LN10_CACHE = {}


def _fixed_ln10(P):
    if P not in _LN10_CACHE:
        extra = 10
        _LN10_CACHE[P] = _fixed_ln(10 ** (P + extra + 1), P + extra) // 10 ** extra
    return _LN10_CACHE[P]


def _fixed_exp(x, P):
    """exp(x / 10**P) * 10**P for |x / 10**P| <= 2 or so."""
    one = 10 ** P
    # halve the argument k times, then square the result k times
    k = 0
    while abs(x) > one // 16:
        x //= 2 if x > 0 else 1
        if x < 0:
            x = -((-x) // 2)
        k += 1
    total = one
    term = one
    n = 1
    while term:
        term = term * x // (one * n)
        total += term
        n += 1
    for i in range(k):
        total = total * total // one
    return total


def _decimal_to_fixed(d, P):
    """An integer near d * 10**P."""
    c = int(d._int)
    e = d._exp + P
    if e >= 0:
        v = c * 10 ** e
    else:
        v = c // 10 ** (-e)
    return -v if d._sign else v


def _ln_parts(d, P):
    """ln(d) * 10**P as an integer, for a positive finite d."""
    c = int(d._int)
    digits = len(d._int)
    # d = m * 10**(adj) with 1 <= m < 10 (m as fixed point)
    adj = d._exp + digits - 1
    if digits - 1 <= P:
        m = c * 10 ** (P - digits + 1)
    else:
        m = c // 10 ** (digits - 1 - P)
    return _fixed_ln(m, P) + adj * _fixed_ln10(P)


def _ln_approx(d, prec):
    P = prec + 6 + len(str(abs(d.adjusted()) + 1))
    v = _ln_parts(d, P)
    return v, -P


def _log10_approx(d, prec):
    P = prec + 6 + len(str(abs(d.adjusted()) + 1))
    v = _ln_parts(d, P + 3) * 10 ** (P + 3) // _fixed_ln10(P + 3)
    return v // 1000, -P


def _exp_from_fixed(x, P):
    """exp(x / 10**P) as (coefficient, exponent) with about P significant digits."""
    q = x // _fixed_ln10(P)       # exp(x) = 10**q * exp(r), 0 <= r < ln 10
    # q * ln 10 needs as many more digits of ln 10 as q has
    extra = len(str(abs(q))) + 2
    r = x * 10 ** extra - q * _fixed_ln10(P + extra)
    return _fixed_exp(r // 10 ** extra, P), q - P


def _exp_approx(d, prec):
    P = prec + 8 + max(0, d.adjusted() + 1)
    x = _decimal_to_fixed(d, P)
    return _exp_from_fixed(x, P)


def _pow_approx(base, expo, prec):
    P = prec + 10 + max(0, expo.adjusted() + len(str(abs(base.adjusted()) + 1)))
    # x = ln(base) * expo in fixed point, floored so that a tiny product
    # keeps its sign
    y = _ln_parts(base, P)
    c = int(expo._int)
    if expo._sign:
        c = -c
    if expo._exp >= 0:
        x = y * c * 10 ** expo._exp
    else:
        shift = -expo._exp
        product = y * c
        if shift >= len(str(abs(product))):
            # |product| < 10**shift: only the sign survives the flooring
            # (and 10**shift may be far too big to build)
            x = -1 if product < 0 else 0
        else:
            x = product // 10 ** shift
    return _exp_from_fixed(x, P)


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _exact_power(base, other, prec):
    """base ** other as an exact Decimal when it is one (positive finite base,
    non-integral other = p/q with small q), else None."""
    if other._exp >= 0:
        return None
    if -other._exp > len(other._int) + 3:
        # the reduced denominator 10**-exp / gcd exceeds 1000 anyway
        return None
    c = int(other._int)
    if other._sign:
        c = -c
    den = 10 ** -other._exp
    g = _gcd(abs(c), den)
    p = c // g
    q = den // g
    if q > 1000 or (abs(p) > 1000 and base._int != '1'):
        return None
    approx = _correctly_rounded(lambda pr: _pow_approx(base, other, pr), prec + 3, ROUND_HALF_EVEN)
    cand = approx._round(prec + 3, ROUND_HALF_EVEN)
    digits = cand._int.rstrip('0') or '0'
    E = cand._exp + len(cand._int) - len(digits)
    C = int(digits)
    bdigits = base._int.rstrip('0') or '0'
    B = int(bdigits)
    F = base._exp + len(base._int) - len(bdigits)
    if len(digits) * q > 20000 or (B != 1 and len(bdigits) * abs(p) > 20000):
        return None
    # compare C**q * 10**(E*q) with B**p * 10**(F*p)
    lhs_c = C ** q
    lhs_e = E * q
    if p >= 0:
        rhs_c = B ** p
        rhs_e = F * p
    else:
        lhs_c *= B ** -p
        lhs_e += F * -p
        rhs_c = 1
        rhs_e = 0
    # normalise both sides by stripping factors of ten
    while lhs_c % 10 == 0 and lhs_c:
        lhs_c //= 10
        lhs_e += 1
    while rhs_c % 10 == 0 and rhs_c:
        rhs_c //= 10
        rhs_e += 1
    if lhs_c == rhs_c and lhs_e == rhs_e:
        return _dec_from_triple(0, digits, E)
    return None


def _correctly_rounded(approx, prec, rounding):
    """Round an approximation (coefficient, exponent) to prec digits, with
    more working digits until the approximation's error cannot change the
    result.  The fixed-point helpers are good to a few thousand units of
    their last place (squarings multiply the truncation errors), hence the
    margin."""
    margin = 10 ** 5
    extra = 0
    while True:
        coeff, exp = approx(prec + extra)
        sign = 0
        if coeff < 0:
            sign = 1
            coeff = -coeff
        ctx = Context(prec=prec, rounding=rounding, Emax=999999999999, Emin=-999999999999, traps=[])
        lo = _dec_from_triple(sign, str(max(coeff - margin, 0)), exp)._fix(ctx)
        hi = _dec_from_triple(sign, str(coeff + margin), exp)._fix(ctx)
        if lo == hi or extra > 60:
            return _make_inexact(_dec_from_triple(sign, str(coeff), exp), prec)
        extra += 10


def _make_inexact(d, prec):
    """d with a sticky last digit, so a later rounding to prec digits is right."""
    keep = d._int[:prec + 2]
    if len(keep) < prec + 2:
        # a short approximation still stands for an inexact value
        keep += '0' * (prec + 2 - len(keep))
    if keep[-1] in '05':
        keep = keep[:-1] + str(int(keep[-1]) + 1)
    return _dec_from_triple(d._sign, keep, d._exp + len(d._int) - len(keep))


# ---- conversions of operands ----

def _convert_other(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, (int, long)):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("Unable to convert %s to Decimal" % other)
    return NotImplemented


def _convert_for_comparison(self, other, equality_op=False):
    """Ints, longs, Decimals and floats compare exactly; complex numbers
    with no imaginary part compare for equality."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, (int, long)):
        return Decimal(other)
    if isinstance(other, float):
        return Decimal.from_float(other)
    if equality_op and isinstance(other, complex) and other.imag == 0:
        return Decimal.from_float(other.real)
    return NotImplemented


# ---- contexts ----

class Context(object):
    """Precision, rounding, exponent limits, traps and flags for operations.

    prec: significant digits; rounding: a ROUND_* constant; Emin, Emax:
    exponent limits; traps: the signals that raise (a list or a dict);
    flags: the signals that happened; capitals: 'E' (1) or 'e' (0) in
    exponents."""

    def __init__(self, prec=None, rounding=None, traps=None, flags=None, Emin=None, Emax=None,
                 capitals=None, _clamp=0, _ignored_flags=None):
        try:
            dc = DefaultContext
        except NameError:
            dc = None
        self.prec = prec if prec is not None else dc.prec
        self.rounding = rounding if rounding is not None else dc.rounding
        self.Emin = Emin if Emin is not None else dc.Emin
        self.Emax = Emax if Emax is not None else dc.Emax
        self.capitals = capitals if capitals is not None else dc.capitals
        self._clamp = _clamp
        self._ignored_flags = _ignored_flags if _ignored_flags is not None else []
        if traps is None:
            self.traps = dc.traps.copy()
        elif not isinstance(traps, dict):
            self.traps = dict((s, int(s in traps)) for s in _signals + list(traps))
        else:
            self.traps = traps
        if flags is None:
            self.flags = dict.fromkeys(_signals, 0)
        elif not isinstance(flags, dict):
            self.flags = dict((s, int(s in flags)) for s in _signals + list(flags))
        else:
            self.flags = flags

    def __repr__(self):
        s = []
        s.append('Context(prec=%(prec)d, rounding=%(rounding)s, Emin=%(Emin)d, Emax=%(Emax)d, '
                 'capitals=%(capitals)d' % vars(self))
        names = [f.__name__ for f, v in self.flags.items() if v]
        s.append('flags=[' + ', '.join(names) + ']')
        names = [t.__name__ for t, v in self.traps.items() if v]
        s.append('traps=[' + ', '.join(names) + ']')
        return ', '.join(s) + ')'

    def clear_flags(self):
        """Reset all flags to zero."""
        for flag in self.flags:
            self.flags[flag] = 0

    def _shallow_copy(self):
        return Context(self.prec, self.rounding, self.traps, self.flags, self.Emin, self.Emax,
                       self.capitals, self._clamp, self._ignored_flags)

    def copy(self):
        """A copy with its own traps and flags."""
        return Context(self.prec, self.rounding, self.traps.copy(), self.flags.copy(), self.Emin,
                       self.Emax, self.capitals, self._clamp, self._ignored_flags)

    __copy__ = copy

    def _raise_error(self, condition, explanation=None, *args):
        """Record condition in the flags; raise it if trapped, else return
        the default result for it."""
        error = _condition_map.get(condition, condition)
        if error in self._ignored_flags:
            return error().handle(self, *args)
        self.flags[error] = 1
        if not self.traps[error]:
            return condition().handle(self, *args)
        raise error(explanation)

    def _ignore_all_flags(self):
        return self._ignore_flags(*_signals)

    def _ignore_flags(self, *flags):
        self._ignored_flags = (self._ignored_flags + list(flags))
        return list(flags)

    def __hash__(self):
        raise TypeError("Cannot hash a Context.")

    def Etiny(self):
        """The smallest exponent of a subnormal result."""
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        """The largest exponent of a result with full precision."""
        return int(self.Emax - self.prec + 1)

    def _set_rounding(self, type):
        rounding = self.rounding
        self.rounding = type
        return rounding

    def create_decimal(self, num='0'):
        """A Decimal from num, rounded to this context."""
        if isinstance(num, basestring) and num != num.strip():
            return self._raise_error(ConversionSyntax, "no trailing or leading whitespace is permitted.")
        d = Decimal(num, context=self)
        if d._isnan() and len(d._int) > self.prec - self._clamp:
            return self._raise_error(ConversionSyntax, "diagnostic info too long in NaN")
        return d._fix(self)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return d._fix(self)

    def _op(self, a):
        return _convert_other(a, raiseit=True)

    def abs(self, a):
        return self._op(a).__abs__(context=self)

    def add(self, a, b):
        r = self._op(a).__add__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def subtract(self, a, b):
        r = self._op(a).__sub__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def multiply(self, a, b):
        r = self._op(a).__mul__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def divide(self, a, b):
        r = self._op(a).__truediv__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def divide_int(self, a, b):
        r = self._op(a).__floordiv__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def divmod(self, a, b):
        r = self._op(a).__divmod__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def remainder(self, a, b):
        r = self._op(a).__mod__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def remainder_near(self, a, b):
        return self._op(a).remainder_near(b, context=self)

    def power(self, a, b, modulo=None):
        r = self._op(a).__pow__(b, modulo, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def plus(self, a):
        return self._op(a).__pos__(context=self)

    def minus(self, a):
        return self._op(a).__neg__(context=self)

    def sqrt(self, a):
        return self._op(a).sqrt(context=self)

    def exp(self, a):
        return self._op(a).exp(context=self)

    def ln(self, a):
        return self._op(a).ln(context=self)

    def log10(self, a):
        return self._op(a).log10(context=self)

    def logb(self, a):
        return self._op(a).logb(context=self)

    def compare(self, a, b):
        return self._op(a).compare(b, context=self)

    def compare_total(self, a, b):
        return self._op(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._op(a).compare_total_mag(b)

    def compare_signal(self, a, b):
        return self._op(a).compare_signal(b, context=self)

    def next_toward(self, a, b):
        return self._op(a).next_toward(b, context=self)

    def logical_and(self, a, b):
        return self._op(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return self._op(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return self._op(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return self._op(a).logical_invert(context=self)

    def rotate(self, a, b):
        return self._op(a).rotate(b, context=self)

    def shift(self, a, b):
        return self._op(a).shift(b, context=self)

    def _apply(self, a):
        # a rounded to this context (used by the decTest 'apply' operation)
        return self._op(a)._fix(self)

    def copy_abs(self, a):
        return self._op(a).copy_abs()

    def copy_negate(self, a):
        return self._op(a).copy_negate()

    def copy_sign(self, a, b):
        return self._op(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(self._op(a))

    def fma(self, a, b, c):
        return self._op(a).fma(b, c, context=self)

    def max(self, a, b):
        return self._op(a).max(b, context=self)

    def min(self, a, b):
        return self._op(a).min(b, context=self)

    def max_mag(self, a, b):
        return self._op(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return self._op(a).min_mag(b, context=self)

    def normalize(self, a):
        return self._op(a).normalize(context=self)

    def quantize(self, a, b):
        return self._op(a).quantize(b, context=self)

    def same_quantum(self, a, b):
        return self._op(a).same_quantum(b)

    def scaleb(self, a, b):
        return self._op(a).scaleb(b, context=self)

    def to_integral_exact(self, a):
        return self._op(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return self._op(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return self._op(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._op(a).to_eng_string(context=self)

    def number_class(self, a):
        return self._op(a).number_class(context=self)

    def next_plus(self, a):
        return self._op(a).next_plus(context=self)

    def next_minus(self, a):
        return self._op(a).next_minus(context=self)

    def is_canonical(self, a):
        return True

    def is_finite(self, a):
        return self._op(a).is_finite()

    def is_infinite(self, a):
        return self._op(a).is_infinite()

    def is_nan(self, a):
        return self._op(a).is_nan()

    def is_normal(self, a):
        return self._op(a).is_normal(context=self)

    def is_qnan(self, a):
        return self._op(a).is_qnan()

    def is_signed(self, a):
        return self._op(a).is_signed()

    def is_snan(self, a):
        return self._op(a).is_snan()

    def is_subnormal(self, a):
        return self._op(a).is_subnormal(context=self)

    def is_zero(self, a):
        return self._op(a).is_zero()

    def radix(self):
        return Decimal(10)


# ---- format() support ----

def _parse_format_specifier(format_spec, _localeconv=None):
    """The fields of [[fill]align][sign][#][0][width][,][.precision][type]."""
    spec = {'fill': ' ', 'align': None, 'sign': '-', 'alt': False, 'zeropad': False,
            'minimumwidth': 0, 'thousands_sep': '', 'precision': None, 'type': None,
            'decimal_point': '.', 'grouping': [3, 0]}
    s = format_spec
    i = 0
    n = len(s)
    if n >= 2 and s[1] in '<>=^':
        spec['fill'] = s[0]
        spec['align'] = s[1]
        i = 2
    elif n >= 1 and s[0] in '<>=^':
        spec['align'] = s[0]
        i = 1
    if i < n and s[i] in '+- ':
        spec['sign'] = s[i]
        i += 1
    if i < n and s[i] == '#':
        spec['alt'] = True
        i += 1
    if i < n and s[i] == '0':
        # zero padding is done among the digits, not by the fill
        if spec['align'] is not None:
            raise ValueError("Alignment conflicts with '0' in format specifier: " + format_spec)
        spec['zeropad'] = True
        i += 1
    j = i
    while j < n and s[j].isdigit():
        j += 1
    if j > i:
        spec['minimumwidth'] = int(s[i:j])
    i = j
    if i < n and s[i] == ',':
        spec['thousands_sep'] = ','
        i += 1
    if i < n and s[i] == '.':
        j = i + 1
        while j < n and s[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("Invalid format specifier: " + format_spec)
        spec['precision'] = int(s[i + 1:j])
        i = j
    if i < n:
        if i != n - 1 or s[i] not in 'eEfFgGn%':
            raise ValueError("Invalid format specifier: " + format_spec)
        spec['type'] = s[i]
    if spec['type'] in ('g', 'G') and spec['precision'] == 0:
        spec['precision'] = 1
    if spec['align'] is None:
        spec['align'] = '>'
    if spec['type'] == 'n':
        # 'g' with the locale's decimal point and digit grouping
        if spec['thousands_sep']:
            raise ValueError("Explicit thousands separator conflicts with "
                             "'n' type in format specifier: " + format_spec)
        if _localeconv is None:
            import locale
            _localeconv = locale.localeconv()
        spec['thousands_sep'] = _localeconv['thousands_sep']
        spec['decimal_point'] = _localeconv['decimal_point']
        spec['grouping'] = _localeconv['grouping']
        spec['type'] = 'g'
    return spec


def _group_sizes(grouping):
    """The digit group sizes, rightmost first, of a localeconv grouping: a
    final 0 repeats the size before it forever, a final CHAR_MAX (127)
    leaves the remaining digits ungrouped."""
    if not grouping:
        return
    if grouping[-1] == 0 and len(grouping) >= 2:
        for size in grouping[:-1]:
            yield size
        while True:
            yield grouping[-2]
    elif grouping[-1] == 127:
        for size in grouping[:-1]:
            yield size
    else:
        raise ValueError('unrecognised format for grouping')


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_align(sign, body, spec):
    minimumwidth = spec['minimumwidth']
    fill = spec['fill']
    padding = fill * (minimumwidth - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _insert_thousands_sep(digits, spec, min_width=1):
    """Group digits as spec's grouping says (with its separator),
    zero-padded to min_width characters."""
    sep = spec['thousands_sep']
    groups = []
    sizes = _group_sizes(spec['grouping']) if sep else ()
    for size in sizes:
        if size <= 0:
            raise ValueError("group length should be positive")
        # at least one digit left of a separator
        l = min(max(len(digits), min_width, 1), size)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    else:
        l = max(len(digits), min_width, 1)
        groups.append('0' * (l - len(digits)) + digits[-l:])
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart or spec['alt']:
        fracpart = spec['decimal_point'] + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e', 'n': 'e'}[spec['type']]
        fracpart += "%s%+d" % (echar, exp)
    if spec['type'] == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _insert_thousands_sep(intpart, spec, min_width)
    return _format_align(sign, intpart + fracpart, spec)


# ---- the templates ----

DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999999, Emin=-999999999, capitals=1)

BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])

ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_Infinity = Decimal('Inf')
_NegativeInfinity = Decimal('-Inf')
_NaN = Decimal('NaN')
_Zero = Decimal(0)
_One = Decimal(1)
_NegativeOne = Decimal(-1)
_SignedInfinity = (_Infinity, _NegativeInfinity)

try:
    import numbers as _numbers
except ImportError:     # numbers needs abc; Decimal works without the registration
    _numbers = None
if _numbers is not None:
    _numbers.Number.register(Decimal)
