"""Heap queue (priority queue) algorithms on plain lists.

A heap is a list where a[k] <= a[2*k+1] and a[k] <= a[2*k+2]; a[0] is the
smallest item.  Items are compared with `<`, or with `<=` for objects that
define only that (2.7's rule for classic classes).
"""
from itertools import islice, count

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _lt(x, y):
    if hasattr(x, '__lt__'):
        return x < y
    return not y <= x


def _sift_toward_root(heap, top, pos):
    """Move heap[pos] up toward index `top` while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if _lt(item, parent):
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_from(heap, pos):
    """Restore the heap below pos: walk the smaller children down to a leaf,
    put the item there, then let it rise back (fewer comparisons than
    stopping early)."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not _lt(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_from(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap never shrinks)."""
    smallest = heap[0]      # IndexError when empty, TypeError for a non-list
    heap[0] = item
    _sift_from(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than both)."""
    if heap and _lt(heap[0], item):
        smallest = heap[0]
        heap[0] = item
        _sift_from(heap, 0)
        return smallest
    return item


def heapify(x):
    """Rearrange list x into a heap, in place, in linear time."""
    for i in reversed(xrange(len(x) // 2)):
        _sift_from(x, i)


def merge(*iterables):
    """Merge sorted iterables into one sorted iterator; equal items come out
    in the order of the iterables they came from."""
    heap = []
    for index, iterable in enumerate(iterables):
        it = iter(iterable)
        for first in it:
            heap.append([first, index, it])
            break
    heapify(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[0]
        for value in entry[2]:
            entry[0] = value
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)
    if heap:
        value, index, it = heap[0]
        yield value
        for value in it:
            yield value


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]


# the plain versions stay reachable under these names, as in 2.7
_nsmallest = nsmallest
_nlargest = nlargest

# the interpreter-level versions of the list operations, where available
try:
    from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
    from _heapq import nlargest as _nlargest, nsmallest as _nsmallest
except ImportError:
    pass
