"""Specialised container types: namedtuple, OrderedDict and Counter, plus
deque and defaultdict (implemented in _collections) and, re-exported from
_abcoll, the abstract base classes for containers."""

__all__ = ['Counter', 'deque', 'defaultdict', 'namedtuple', 'OrderedDict']

import _abcoll
from _abcoll import *
__all__ += _abcoll.__all__

import sys as _sys
import heapq as _heapq
from _collections import deque, defaultdict
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter, eq as _eq
from itertools import chain as _chain, imap as _imap
from itertools import repeat as _repeat, starmap as _starmap

try:
    from thread import get_ident as _get_ident
except ImportError:             # no threads: a single "thread" id will do
    def _get_ident():
        return 0


def _split_self(method, kind, args):
    """(self, optional positional argument) from a *args signature.

    Taking self through *args lets 'self' be used as a keyword key.
    """
    if not args:
        raise TypeError("descriptor '%s' of '%s' object needs an argument"
                        % (method, kind))
    if len(args) > 2:
        raise TypeError('expected at most 1 arguments, got %d'
                        % (len(args) - 1))
    return args[0], args[1:]


# ---------------------------------------------------------------------------
# OrderedDict

class _Link(object):
    """One entry of OrderedDict's circular doubly linked key list."""
    __slots__ = ('prev', 'next', 'key')


class OrderedDict(dict):
    """A dict that remembers the order in which keys were first inserted.

    Besides the dict itself, every key owns a _Link in a circular list
    hung off a sentinel link; the list gives the iteration order and a
    second dict finds a key's link, so inserting and deleting stay O(1).
    Overwriting an existing key keeps its original position.
    """

    def __init__(*args, **kwds):
        self, rest = _split_self('__init__', 'OrderedDict', args)
        try:
            self.__sentinel
        except AttributeError:
            # first initialisation (calling __init__ again keeps order)
            ring = _Link()
            ring.prev = ring.next = ring
            ring.key = None
            self.__sentinel = ring
            self.__links = {}
        self.__update(*rest, **kwds)

    # -- core operations, keeping the list and the dict in step ----------

    def __setitem__(self, key, value, dict_setitem=dict.__setitem__):
        'od.__setitem__(i, y) <==> od[i]=y'
        if key not in self:
            ring = self.__sentinel
            link = _Link()
            link.key = key
            link.next = ring
            link.prev = last = ring.prev
            last.next = ring.prev = link
            self.__links[key] = link
        dict_setitem(self, key, value)

    def __delitem__(self, key, dict_delitem=dict.__delitem__):
        'od.__delitem__(y) <==> del od[y]'
        dict_delitem(self, key)          # raises KeyError when absent
        link = self.__links.pop(key)
        link.prev.next = link.next
        link.next.prev = link.prev

    def __walk(self, forward):
        ring = self.__sentinel
        link = ring.next if forward else ring.prev
        while link is not ring:
            yield link.key
            link = link.next if forward else link.prev

    def __iter__(self):
        'od.__iter__() <==> iter(od)'
        return self.__walk(True)

    def __reversed__(self):
        'od.__reversed__() <==> reversed(od)'
        return self.__walk(False)

    def clear(self):
        'Remove every item.'
        ring = self.__sentinel
        ring.prev = ring.next = ring
        self.__links.clear()
        dict.clear(self)

    # -- the listing methods, all in insertion order --------------------

    def keys(self):
        'List of the keys in order.'
        return list(self)

    def values(self):
        'List of the values in key order.'
        return [self[k] for k in self]

    def items(self):
        'List of (key, value) pairs in order.'
        return [(k, self[k]) for k in self]

    def iterkeys(self):
        'Iterate over the keys in order.'
        return iter(self)

    def itervalues(self):
        'Iterate over the values in key order.'
        for k in self:
            yield self[k]

    def iteritems(self):
        'Iterate over (key, value) pairs in order.'
        for k in self:
            yield (k, self[k])

    def viewkeys(self):
        "A set-like view of the keys."
        return KeysView(self)

    def viewvalues(self):
        "A view of the values."
        return ValuesView(self)

    def viewitems(self):
        "A set-like view of the (key, value) pairs."
        return ItemsView(self)

    # -- mutators built on the core ----------------------------------------

    update = MutableMapping.update
    # private alias: __init__ must not pick up an overridden update()
    __update = update

    __absent = object()

    def pop(self, key, default=__absent):
        '''Remove key and return its value; without it, return default if
        given, else raise KeyError.'''
        if key not in self:
            if default is self.__absent:
                raise KeyError(key)
            return default
        value = self[key]
        del self[key]
        return value

    def setdefault(self, key, default=None):
        'Return od[key], first storing default there if key is missing.'
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair: the newest one if last
        is true, else the oldest.'''
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self) if last else iter(self))
        return key, self.pop(key)

    # -- representation, copying, pickling, comparison -------------------

    def __repr__(self, _repr_running={}):
        'od.__repr__() <==> repr(od)'
        # a recursive structure shows '...' where it contains itself
        token = (id(self), _get_ident())
        if token in _repr_running:
            return '...'
        _repr_running[token] = 1
        try:
            name = self.__class__.__name__
            if not self:
                return name + '()'
            return '%s(%r)' % (name, self.items())
        finally:
            del _repr_running[token]

    def __reduce__(self):
        'Return state information for pickling'
        pairs = [[k, self[k]] for k in self]
        try:
            extra = dict(vars(self))
        except TypeError:
            # this interpreter may not expose __dict__ on dict subclasses;
            # extra instance attributes are then not pickled
            extra = {}
        for private in ('_OrderedDict__sentinel', '_OrderedDict__links'):
            extra.pop(private, None)
        if extra:
            return (self.__class__, (pairs,), extra)
        return self.__class__, (pairs,)

    def copy(self):
        'A shallow copy, of the same class.'
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''New ordered dictionary with keys from iterable, each mapped to
        value (default None).'''
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __eq__(self, other):
        '''Two OrderedDicts are equal only with the same order; against
        any other mapping order does not matter.'''
        same = dict.__eq__(self, other)
        if isinstance(other, OrderedDict):
            return same and all(_imap(_eq, self, other))
        return same

    def __ne__(self, other):
        'od.__ne__(y) <==> od!=y'
        return not self == other


# ---------------------------------------------------------------------------
# namedtuple

def _valid_identifier_chars(name):
    for ch in name:
        if not (ch.isalnum() or ch == '_'):
            return False
    return True


def _renamed_fields(field_names):
    """Replace unusable or duplicate field names by _<position>."""
    seen = set()
    result = []
    for index, name in enumerate(field_names):
        unusable = (not _valid_identifier_chars(name) or _iskeyword(name)
                    or not name or name[0].isdigit()
                    or name.startswith('_') or name in seen)
        result.append('_%d' % index if unusable else name)
        seen.add(name)
    return result


def _check_names(typename, field_names, rename):
    for name in [typename] + field_names:
        if type(name) != str:
            raise TypeError('Type names and field names must be strings')
        if not _valid_identifier_chars(name):
            raise ValueError('Type names and field names can only contain '
                             'alphanumeric characters and underscores: %r'
                             % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
        if name[0].isdigit():
            raise ValueError('Type names and field names cannot start '
                             'with a number: %r' % name)
    seen = set()
    for name in field_names:
        if not rename and name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)


def _constructor(typename, fields):
    """Compile __new__ with one real parameter per field, so that calls
    are checked (and errors worded) like any other function's."""
    params = ''.join(', ' + f for f in fields)
    packed = ''.join(f + ', ' for f in fields)
    source = ('def __new__(_cls%s):\n'
              '    return _tuple_new(_cls, (%s))\n' % (params, packed))
    scope = {'_tuple_new': tuple.__new__,
             '__name__': 'namedtuple_%s' % typename}
    try:
        exec source in scope
    except SyntaxError as e:
        raise SyntaxError(e.message + ':\n' + source)
    return source, scope['__new__']


def namedtuple(typename, field_names, verbose=False, rename=False):
    """A new tuple subclass whose items are also reachable as attributes:

    >>> Point = namedtuple('Point', 'x y')
    >>> Point(1, y=2)
    Point(x=1, y=2)
    """
    # a string of names may separate them by commas and/or whitespace
    if isinstance(field_names, basestring):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    if rename:
        field_names = _renamed_fields(field_names)
    typename = str(typename)
    _check_names(typename, field_names, rename)

    fields = tuple(field_names)
    count = len(fields)
    signature = '%s(%s)' % (typename, ', '.join(fields))
    new_source, __new__ = _constructor(typename, fields)
    __new__.__doc__ = 'Create new instance of ' + signature
    item_format = ', '.join('%s=%%r' % name for name in fields)

    def _make(cls, iterable, new=tuple.__new__, len=len):
        'Make a new %s object from a sequence or iterable'
        made = new(cls, iterable)
        if len(made) != count:
            raise TypeError('Expected %d arguments, got %d'
                            % (count, len(made)))
        return made
    _make.__doc__ = _make.__doc__ % typename

    def __repr__(self):
        'Return a nicely formatted representation string'
        return '%s(%s)' % (typename, item_format % self)

    def _asdict(self):
        'Return a new OrderedDict which maps field names to their values'
        return OrderedDict(zip(self._fields, self))

    def _replace(_self, **kwds):
        'A copy with the fields named in kwds replaced'
        changed = _self._make(map(kwds.pop, fields, _self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % kwds.keys())
        return changed

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    def __getstate__(self):
        'No instance state to pickle: __dict__ is derived from the items'
        pass

    body = {
        '__doc__': signature,
        '__slots__': (),
        '_fields': fields,
        '__new__': __new__,
        '_make': classmethod(_make),
        '__repr__': __repr__,
        '_asdict': _asdict,
        '_replace': _replace,
        '__getnewargs__': __getnewargs__,
        '__dict__': property(_asdict),
        '__getstate__': __getstate__,
    }
    for index, name in enumerate(fields):
        body[name] = property(_itemgetter(index),
                              doc='Alias for field number %d' % index)
    if verbose:
        print 'class %s(tuple):  # fields %r' % (typename, fields)
        print new_source
    result = type(typename, (tuple,), body)

    # Pickle finds classes by module: report the caller's module (not
    # possible where frames cannot be inspected, e.g. some embeddings).
    try:
        frame = _sys._getframe(1)
        result.__module__ = frame.f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return result


# ---------------------------------------------------------------------------
# Counter

class Counter(dict):
    """A dict subclass that counts hashable items: elements are keys and
    their counts are values (missing elements count zero).

    >>> Counter('abracadabra').most_common(2)
    [('a', 5), ('r', 2)]
    """

    def __init__(*args, **kwds):
        self, rest = _split_self('__init__', 'Counter', args)
        super(Counter, self).__init__()
        self.update(*rest, **kwds)

    def __missing__(self, key):
        'An element never counted has count zero.'
        return 0

    def most_common(self, n=None):
        '''The n most common (element, count) pairs, most common first
        (all of them when n is None).'''
        by_count = _itemgetter(1)
        if n is None:
            return sorted(self.iteritems(), key=by_count, reverse=True)
        return _heapq.nlargest(n, self.iteritems(), key=by_count)

    def elements(self):
        '''Iterate over the elements, each repeated as often as its count
        (elements with counts below one are skipped).'''
        return _chain.from_iterable(_starmap(_repeat, self.iteritems()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Meaningless for counters: Counter(iterable) counts instead.
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def __tally(self, source, sign):
        """Add (sign=1) or subtract (sign=-1) counts from source: a mapping
        of counts, or an iterable of elements counting one each."""
        current = self.get
        if isinstance(source, Mapping):
            if sign > 0 and not self:
                # nothing to merge with: plain dict update is faster
                super(Counter, self).update(source)
                return
            pairs = source.iteritems() if sign > 0 else source.items()
            for elem, n in pairs:
                self[elem] = current(elem, 0) + sign * n
        else:
            for elem in source:
                self[elem] = current(elem, 0) + sign

    def update(*args, **kwds):
        '''Add counts from an iterable of elements or a mapping of counts,
        then from the keyword arguments (unlike dict.update, which
        replaces).'''
        self, rest = _split_self('update', 'Counter', args)
        if rest and rest[0] is not None:
            self.__tally(rest[0], 1)
        if kwds:
            self.update(kwds)

    def subtract(*args, **kwds):
        '''Subtract counts (results may go to zero or below), from an
        iterable of elements or a mapping of counts, then from kwds.'''
        self, rest = _split_self('subtract', 'Counter', args)
        if rest and rest[0] is not None:
            self.__tally(rest[0], -1)
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'A shallow copy, of the same class.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Deleting an absent element is not an error.'
        if elem in self:
            super(Counter, self).__delitem__(elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return '%s()' % name
        body = ', '.join(['%r: %r' % pair for pair in self.most_common()])
        return '%s({%s})' % (name, body)

    # Multiset operations: each builds a new Counter keeping only the
    # positive results of combine(count here, count there).

    def __combine(self, other, combine):
        result = Counter()
        for elem, n in self.items():
            total = combine(n, other[elem])
            if total > 0:
                result[elem] = total
        for elem, n in other.items():
            if elem not in self:
                total = combine(0, n)
                if total > 0:
                    result[elem] = total
        return result

    def __add__(self, other):
        '''Add counts:  Counter('abbb') + Counter('bcc')
        gives Counter({'b': 4, 'c': 2, 'a': 1})'''
        if not isinstance(other, Counter):
            return NotImplemented
        return self.__combine(other, lambda mine, theirs: mine + theirs)

    def __sub__(self, other):
        '''Subtract counts, dropping results below one:
        Counter('abbbc') - Counter('bccd') gives Counter({'b': 2, 'a': 1})'''
        if not isinstance(other, Counter):
            return NotImplemented
        return self.__combine(other, lambda mine, theirs: mine - theirs)

    def __or__(self, other):
        '''Maximum of the counts:  Counter('abbb') | Counter('bcc')
        gives Counter({'b': 3, 'c': 2, 'a': 1})'''
        if not isinstance(other, Counter):
            return NotImplemented
        return self.__combine(
            other, lambda mine, theirs: theirs if mine < theirs else mine)

    def __and__(self, other):
        '''Minimum of the counts:  Counter('abbb') & Counter('bcc')
        gives Counter({'b': 1})'''
        if not isinstance(other, Counter):
            return NotImplemented
        return self.__combine(
            other, lambda mine, theirs: mine if mine < theirs else theirs)
