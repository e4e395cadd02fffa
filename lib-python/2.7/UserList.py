"""UserList: a list-like class wrapping a real list (self.data)."""
import collections


def _plain(other):
    """The real list behind `other`: a UserList's data, a list as it is,
    anything else materialised with list()."""
    if isinstance(other, UserList):
        return other.data
    if isinstance(other, list):
        return other
    return list(other)


def _clip(i, j):
    # Old-style slice hooks may see negative bounds; treat them as 0.
    return max(i, 0), max(j, 0)


def _comparison(op):
    def compare(self, other):
        return op(self.data, self._UserList__cast(other))
    compare.__name__ = '__%s__' % op.__name__
    return compare


class UserList(collections.MutableSequence):
    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if isinstance(initlist, UserList):
            initlist = initlist.data
        if type(initlist) is list:
            self.data[:] = initlist       # copy into our own list
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __cast(self, other):
        # Compare against the wrapped list of another UserList.
        return other.data if isinstance(other, UserList) else other

    import operator as _op
    __lt__ = _comparison(_op.lt)
    __le__ = _comparison(_op.le)
    __eq__ = _comparison(_op.eq)
    __ne__ = _comparison(_op.ne)
    __gt__ = _comparison(_op.gt)
    __ge__ = _comparison(_op.ge)
    del _op

    def __cmp__(self, other):
        return cmp(self.data, self.__cast(other))

    __hash__ = None     # mutable: not hashable

    # -- element access is delegated straight to the list --
    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __getslice__(self, i, j):
        lo, hi = _clip(i, j)
        return self.__class__(self.data[lo:hi])

    def __setslice__(self, i, j, other):
        lo, hi = _clip(i, j)
        self.data[lo:hi] = _plain(other)

    def __delslice__(self, i, j):
        lo, hi = _clip(i, j)
        del self.data[lo:hi]

    # -- arithmetic builds new instances of the same class --
    def __add__(self, other):
        return self.__class__(self.data + _plain(other))

    def __radd__(self, other):
        return self.__class__(_plain(other) + self.data)

    def __iadd__(self, other):
        self.data += _plain(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    # -- list methods --
    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            other = other.data
        self.data.extend(other)
