"""strop: the old string operations that predate string methods.

2.7 still ships it (deprecated): every function warns "strop functions are
obsolete; use string methods" with a DeprecationWarning (hidden by default)
and works on byte strings; unicode arguments are converted to str first.
"""
import warnings as _warnings

from _cargs import c_int as _int

whitespace = '\t\n\x0b\x0c\r '
lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = lowercase.upper()


def _obsolete():
    _warnings.warn("strop functions are obsolete; use string methods",
                   DeprecationWarning, stacklevel=3)


def _text(obj):
    if isinstance(obj, str):
        return obj
    if isinstance(obj, unicode):
        return str(obj)
    raise TypeError("expected string or Unicode object, %s found" % type(obj).__name__)


def _buf(obj):
    # 2.7's "t#": byte strings and buffers only, never unicode
    if isinstance(obj, (str, buffer)):
        return str(obj)
    raise TypeError("translate() argument 1 must be string, not %s"
                    % ('None' if obj is None else type(obj).__name__))


def _search_args(s, sub, start, end):
    """(s, sub, start, end) converted as 2.7's "t#t#|ii" parses them."""
    s, sub = _text(s), _text(sub)
    start = _int(start)
    end = len(s) if end is None else _int(end)
    return s, sub, start, end


def lower(s):
    _obsolete()
    return _text(s).lower()


def upper(s):
    _obsolete()
    return _text(s).upper()


def swapcase(s):
    _obsolete()
    return _text(s).swapcase()


def capitalize(s):
    _obsolete()
    return _text(s).capitalize()


def strip(s):
    _obsolete()
    return _text(s).strip(whitespace)


def lstrip(s):
    _obsolete()
    return _text(s).lstrip(whitespace)


def rstrip(s):
    _obsolete()
    return _text(s).rstrip(whitespace)


def expandtabs(s, tabsize=8):
    _obsolete()
    s = _text(s)
    tabsize = _int(tabsize)
    if tabsize < 1:
        raise ValueError("tabsize must be at least 1")
    return s.expandtabs(tabsize)


def split(s, sep=None, maxsplit=0):
    """maxsplit <= 0 means no limit (unlike str.split, where 0 is a limit)."""
    _obsolete()
    s = _text(s)
    maxsplit = _int(maxsplit)
    limit = maxsplit if maxsplit > 0 else -1
    if sep is None:
        return s.split(None, limit)
    sep = _text(sep)
    if not sep:
        raise ValueError("empty separator")
    return s.split(sep, limit)


splitfields = split


def join(seq, sep=' '):
    _obsolete()
    if not isinstance(sep, (str, unicode)):
        raise TypeError("join() argument 2 must be string or read-only character buffer, not %s"
                        % ('None' if sep is None else type(sep).__name__))
    sep = _text(sep)
    if not hasattr(type(seq), '__getitem__') or isinstance(seq, dict):
        raise TypeError("first argument must be a sequence")
    items = list(seq)
    for item in items:
        if not isinstance(item, str):
            raise TypeError("first argument must be sequence of strings")
    return str(sep).join(items)


joinfields = join


def find(s, sub, start=0, end=None):
    _obsolete()
    s, sub, start, end = _search_args(s, sub, start, end)
    return s.find(sub, start, end)


def rfind(s, sub, start=0, end=None):
    _obsolete()
    s, sub, start, end = _search_args(s, sub, start, end)
    return s.rfind(sub, start, end)


def count(s, sub, start=0, end=None):
    _obsolete()
    s, sub, start, end = _search_args(s, sub, start, end)
    return s.count(sub, start, end)


def replace(s, old, new, maxreplace=-1):
    """A count of 0 (or less) replaces every occurrence."""
    _obsolete()
    if maxreplace <= 0:
        maxreplace = -1
    old = _text(old)
    if not old:
        raise ValueError("empty pattern string")
    return _text(s).replace(old, _text(new), maxreplace)


def maketrans(frm, to):
    _obsolete()
    frm, to = _text(frm), _text(to)
    if len(frm) != len(to):
        raise ValueError("maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for a, b in zip(frm, to):
        table[ord(a)] = b
    return ''.join(table)


def translate(s, table, deletechars=''):
    _obsolete()
    s, table, deletechars = _buf(s), _text(table), _text(deletechars)
    if len(table) != 256:
        raise ValueError("translation table must be 256 characters long")
    return s.translate(table, deletechars)


def _number_text(s, fname):
    # 2.7's "s": no NUL bytes
    text = _text(s)
    if '\0' in text:
        raise TypeError("%s() argument 1 must be string without null bytes, not str" % fname)
    return text


def _check_base(base, fname):
    base = _int(base)
    if base != 0 and not 2 <= base <= 36:
        raise ValueError("invalid base for %s()" % fname)
    return base


def atoi(s, base=10):
    _obsolete()
    text = _number_text(s, 'atoi')
    base = _check_base(base, 'atoi')
    try:
        value = int(text, base)
    except ValueError:
        raise ValueError("invalid literal for atoi(): %s" % text)
    if not isinstance(value, int):
        raise ValueError("atoi() literal too large: %s" % text)
    return value


def atol(s, base=10):
    _obsolete()
    text = _number_text(s, 'atol')
    base = _check_base(base, 'atol')
    if not text.strip():
        raise ValueError("empty string for atol()")
    return long(text, base)


def atof(s):
    _obsolete()
    text = _number_text(s, 'atof')
    if not text.strip():
        raise ValueError("empty string for atof()")
    try:
        value = float(text)
    except ValueError:
        raise ValueError("invalid literal for atof(): %s" % text)
    if value in (float('inf'), float('-inf')) and 'inf' not in text.lower():
        raise OverflowError("value too large to convert to float: %s" % text)
    return value
