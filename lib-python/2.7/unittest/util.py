"""Helpers of the unittest package: short reprs, class names, counting
the differences between two sequences."""

__unittest = True

_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__; cut at 80 characters
    with short."""
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__name__)


def sorted_list_difference(expected, actual):
    """(items only in expected, items only in actual) of two sorted lists,
    each without duplicates."""
    i = j = 0
    missing = []
    unexpected = []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def unorderable_list_difference(expected, actual, ignore_duplicate=False):
    """(missing, unexpected) for lists of unhashable, unorderable items."""
    missing = []
    unexpected = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
        if ignore_duplicate:
            for lst in expected, actual:
                try:
                    while True:
                        lst.remove(item)
                except ValueError:
                    pass
    if ignore_duplicate:
        while actual:
            item = actual.pop()
            unexpected.append(item)
            try:
                while True:
                    actual.remove(item)
            except ValueError:
                pass
        return missing, unexpected
    return missing, actual


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) where they differ;
    works for unhashable elements."""
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other_elem in enumerate(t):
            if other_elem == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result


def _ordered_count(iterable):
    """[(element, count)] in order of first appearance."""
    counts = {}
    order = []
    for elem in iterable:
        if elem not in counts:
            order.append(elem)
            counts[elem] = 0
        counts[elem] += 1
    return order, counts


def _count_diff_hashable(actual, expected):
    """_count_diff_all_purpose for hashable elements."""
    s_order, s = _ordered_count(actual)
    t_order, t = _ordered_count(expected)
    result = []
    for elem in s_order:
        cnt_s = s[elem]
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for elem in t_order:
        if elem not in s:
            result.append((0, t[elem], elem))
    return result
