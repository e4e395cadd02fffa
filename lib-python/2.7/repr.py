"""Redo the builtin repr() (representation) but with limits on most sizes."""

__all__ = ["Repr", "repr"]

import __builtin__
from itertools import islice


def _squeeze(text, limit):
    """Keep the head and tail of text with '...' between, in limit chars."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def _possibly_sorted(x):
    # Sorting makes set and dict output stable, but mixed types (or
    # objects that refuse comparison) cannot always be sorted.
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    """Produces abbreviated representations of objects.

    The max* attributes bound how much of each kind of object is shown;
    maxlevel bounds the nesting depth.  A method repr_<typename> (with
    spaces in the type name turned into underscores) handles that type;
    everything else goes through the builtin repr, cut to maxother.
    """

    def __init__(self):
        # nesting depth, then item counts per container kind
        self.maxlevel = 6
        self.maxtuple = self.maxlist = self.maxdeque = 6
        self.maxset = self.maxfrozenset = 6
        self.maxarray = 5
        self.maxdict = 4
        # character counts
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 20

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        handler = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()),
                          None)
        if handler is not None:
            return handler(x, level)
        return _squeeze(__builtin__.repr(x), self.maxother)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if count and level <= 0:
            inner = '...'
        else:
            shown = [self.repr1(item, level - 1)
                     for item in islice(x, maxiter)]
            if count > maxiter:
                shown.append('...')
            inner = ', '.join(shown)
            if count == 1 and trail:
                right = trail + right       # the comma of (x,)
        return left + inner + right

    # -- containers -------------------------------------------------------

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        opening = "array('%s', [" % x.typecode
        return self._repr_iterable(x, level, opening, '])', self.maxarray)

    def repr_set(self, x, level):
        return self._repr_iterable(_possibly_sorted(x), level,
                                   'set([', '])', self.maxset)

    def repr_frozenset(self, x, level):
        return self._repr_iterable(_possibly_sorted(x), level,
                                   'frozenset([', '])', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{...}'
        below = level - 1
        entries = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            entries.append(self.repr1(key, below) + ': ' +
                           self.repr1(x[key], below))
        if len(x) > self.maxdict:
            entries.append('...')
        return '{' + ', '.join(entries) + '}'

    # -- scalars ------------------------------------------------------------

    def repr_str(self, x, level):
        limit = self.maxstring
        text = __builtin__.repr(x[:limit])
        if len(text) <= limit:
            return text
        # Quote only the kept ends of the string, so that escapes are
        # never cut in half, then trim the quoted text to the limit.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        text = __builtin__.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + '...' + text[len(text) - tail:]

    def repr_long(self, x, level):
        return _squeeze(__builtin__.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = __builtin__.repr(x)
        except Exception:
            # a broken __repr__ must not break the debugger using us
            return '<%s instance at %x>' % (x.__class__.__name__, id(x))
        return _squeeze(text, self.maxstring)


aRepr = Repr()
repr = aRepr.repr
