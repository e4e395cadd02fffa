"""Heap operations on lists (heapq's core): the same sift algorithms as
heapq.py, on the list's storage, comparing with `<`."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.listobject import W_ListObject, descr_pop

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def as_heap(space: "ObjSpace", w_heap: W_Root) -> W_ListObject:
    if not isinstance(w_heap, W_ListObject):
        raise space.type_error("heap argument must be a list")
    return w_heap


def has_lt(space: "ObjSpace", w_obj: W_Root) -> bool:
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    from pypy27.interpreter.objspace.intobject import W_IntObject
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_FloatObject):
        return True     # the common case, without a lookup
    if isinstance(w_obj, W_InstanceObject):
        return space.findattr(w_obj, "__lt__") is not None
    return space.lookup(w_obj, "__lt__") is not None


def less(space: "ObjSpace", heap: W_ListObject, w_a: W_Root, w_b: W_Root, size: int) -> bool:
    """w_a < w_b, or not w_b <= w_a when w_a has no __lt__ (2.7's rule, for
    classes that define only __le__); a comparison that resizes the heap is
    an error."""
    if has_lt(space, w_a):
        res = space.is_true(space.compare("lt", w_a, w_b))
    else:
        res = not space.is_true(space.compare("le", w_b, w_a))
    if heap.length() != size:
        raise space.error(space.w_RuntimeError, "list changed size during iteration")
    return res


def sift_toward_root(space: "ObjSpace", heap: W_ListObject, top: int, pos: int) -> None:
    size = heap.length()
    w_item = heap.getitem(space, pos)
    while pos > top:
        parent_pos = (pos - 1) >> 1
        w_parent = heap.getitem(space, parent_pos)
        if less(space, heap, w_item, w_parent, size):
            heap.setitem(space, pos, w_parent)
            pos = parent_pos
        else:
            break
    heap.setitem(space, pos, w_item)


def sift_from(space: "ObjSpace", heap: W_ListObject, pos: int) -> None:
    """Move the smaller child up until a leaf, put the item there, let it rise."""
    end = heap.length()
    top = pos
    w_item = heap.getitem(space, pos)
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not less(space, heap, heap.getitem(space, child), heap.getitem(space, right), end):
            child = right
        heap.setitem(space, pos, heap.getitem(space, child))
        pos = child
        child = 2 * pos + 1
    heap.setitem(space, pos, w_item)
    sift_toward_root(space, heap, top, pos)


def heappush(space: "ObjSpace", w_heap: W_Root, w_item: W_Root) -> W_Root:
    heap = as_heap(space, w_heap)
    heap.append(space, w_item)
    sift_toward_root(space, heap, 0, heap.length() - 1)
    return space.w_None


def pop_last(space: "ObjSpace", heap: W_ListObject) -> W_Root:
    return descr_pop(space, [heap, None])


def heappop(space: "ObjSpace", w_heap: W_Root) -> W_Root:
    heap = as_heap(space, w_heap)
    if heap.length() == 0:
        raise space.error(space.w_IndexError, "index out of range")
    w_last = pop_last(space, heap)
    if heap.length() == 0:
        return w_last
    w_smallest = heap.getitem(space, 0)
    heap.setitem(space, 0, w_last)
    sift_from(space, heap, 0)
    return w_smallest


def heapreplace(space: "ObjSpace", w_heap: W_Root, w_item: W_Root) -> W_Root:
    heap = as_heap(space, w_heap)
    if heap.length() == 0:
        raise space.error(space.w_IndexError, "index out of range")
    w_smallest = heap.getitem(space, 0)
    heap.setitem(space, 0, w_item)
    sift_from(space, heap, 0)
    return w_smallest


def heappushpop(space: "ObjSpace", w_heap: W_Root, w_item: W_Root) -> W_Root:
    heap = as_heap(space, w_heap)
    n = heap.length()
    if n == 0:
        return w_item
    w_top = heap.getitem(space, 0)
    if not less(space, heap, w_top, w_item, n):
        return w_item
    heap.setitem(space, 0, w_item)
    sift_from(space, heap, 0)
    return w_top


def heapify(space: "ObjSpace", w_heap: W_Root) -> W_Root:
    heap = as_heap(space, w_heap)
    i = heap.length() // 2 - 1
    while i >= 0:
        sift_from(space, heap, i)
        i -= 1
    return space.w_None
