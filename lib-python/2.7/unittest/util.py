"""Small helpers shared by the unittest modules: safe reprs, class names
and the list/count differences used in assertion messages."""

__unittest = True

# Reprs longer than this are cut when a short form is asked for.
_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ when repr() raises."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        text = text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    """'module.ClassName' for a class."""
    return "%s.%s" % (cls.__module__, cls.__name__)


def _past_run(seq, pos, value):
    """Index of the first item after pos that differs from value."""
    pos += 1
    size = len(seq)
    while pos < size and seq[pos] == value:
        pos += 1
    return pos


def sorted_list_difference(expected, actual):
    """Compare two sorted lists.

    Returns (missing, unexpected): the items of `expected` absent from
    `actual`, and those of `actual` absent from `expected`.  Repeats of an
    item are collapsed while both lists still have items left.
    """
    missing = []
    unexpected = []
    i = j = 0
    while i < len(expected) and j < len(actual):
        want = expected[i]
        got = actual[j]
        if want < got:
            missing.append(want)
            i = _past_run(expected, i, want)
        elif want > got:
            unexpected.append(got)
            j = _past_run(actual, j, got)
        else:
            i = _past_run(expected, i, want)
            j = _past_run(actual, j, got)
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def _drop_all(seq, item):
    while item in seq:
        seq.remove(item)


def unorderable_list_difference(expected, actual, ignore_duplicate=False):
    """Like sorted_list_difference, for items that can be neither sorted
    nor hashed (quadratic).  Both lists are consumed in the process.
    """
    missing = []
    while expected:
        item = expected.pop()
        if item in actual:
            actual.remove(item)
        else:
            missing.append(item)
        if ignore_duplicate:
            _drop_all(expected, item)
            _drop_all(actual, item)
    if not ignore_duplicate:
        # Whatever was never matched is unexpected.
        return missing, actual
    unexpected = []
    while actual:
        item = actual.pop()
        unexpected.append(item)
        _drop_all(actual, item)
    return missing, unexpected


def _Mismatch(actual, expected, value):
    """One row of an item-count comparison: (count in actual, count in
    expected, element).  A plain tuple keeps collections out of the
    import of unittest."""
    return (actual, expected, value)


def _count_diff_all_purpose(actual, expected):
    """Mismatch rows for elements whose counts differ; works for
    unhashable elements by comparing with == only."""
    left = list(actual)
    right = list(expected)
    taken = object()           # marks an element already counted
    rows = []
    for start, elem in enumerate(left):
        if elem is taken:
            continue
        n_left = 0
        for k in range(start, len(left)):
            if left[k] == elem:
                n_left += 1
                left[k] = taken
        n_right = 0
        for k, other in enumerate(right):
            if other == elem:
                n_right += 1
                right[k] = taken
        if n_left != n_right:
            rows.append(_Mismatch(n_left, n_right, elem))
    # Elements only present in `expected`.
    for start, elem in enumerate(right):
        if elem is taken:
            continue
        n_right = 0
        for k in range(start, len(right)):
            if right[k] == elem:
                n_right += 1
                right[k] = taken
        rows.append(_Mismatch(0, n_right, elem))
    return rows


def _ordered_count(iterable):
    """(elements in order of first appearance, {element: count})."""
    seen = []
    counts = {}
    for elem in iterable:
        if elem in counts:
            counts[elem] += 1
        else:
            counts[elem] = 1
            seen.append(elem)
    return seen, counts


def _count_diff_hashable(actual, expected):
    """Mismatch rows for elements whose counts differ (hashable only),
    in order of first appearance."""
    have_order, have = _ordered_count(actual)
    want_order, want = _ordered_count(expected)
    rows = []
    for elem in have_order:
        n_want = want.get(elem, 0)
        if have[elem] != n_want:
            rows.append(_Mismatch(have[elem], n_want, elem))
    for elem in want_order:
        if elem not in have:
            rows.append(_Mismatch(0, want[elem], elem))
    return rows
