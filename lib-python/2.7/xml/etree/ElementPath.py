"""The limited XPath of ElementTree's find/findall/findtext/iterfind:
tag, *, ., .., //, and the predicates [@attr], [@attr='value'], [tag],
[tag='text'], [n] and [last()]; {uri}local names and prefix:local with a
namespace map."""

import re

_token = re.compile(
    r"('[^']*'|\"[^\"]*\"|"      # quoted literal
    r"::|//?|\.\.|\(\)|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@=\s]+)|"
    r"\s+")


class SyntaxError(Exception):
    pass


def _tokens(path, namespaces=None):
    for m in _token.finditer(path):
        op, name = m.group(1), m.group(2)
        if name and name[0] != "{" and ":" in name:
            prefix, local = name.split(":", 1)
            try:
                if namespaces is None:
                    raise KeyError(prefix)
                yield op, "{%s}%s" % (namespaces[prefix], local)
            except KeyError:
                raise SyntaxError("prefix %r not found in prefix map" % prefix)
        elif op or name:
            yield op, name


def _children(elems):
    for e in elems:
        for child in e:
            yield child


def _parents(root):
    # child -> parent over the whole tree (for '..')
    result = {}
    for p in root.iter():
        for c in p:
            result[c] = p
    return result


class _Context(object):
    def __init__(self, root):
        self.root = root
        self.parent_map = None


def _select(context, elems, steps):
    for kind, arg in steps:
        elems = list(_apply(context, elems, kind, arg))
    return elems


def _apply(context, elems, kind, arg):
    if kind == 'child':
        for e in elems:
            for c in e:
                if arg == '*' or c.tag == arg:
                    yield c
    elif kind == 'self':
        for e in elems:
            yield e
    elif kind == 'parent':
        if context.parent_map is None:
            context.parent_map = _parents(context.root)
        seen = set()
        for e in elems:
            p = context.parent_map.get(e)
            if p is not None and id(p) not in seen:
                seen.add(id(p))
                yield p
    elif kind == 'descendant':
        seen = set()
        for e in elems:
            for d in e.iter(None if arg == '*' else arg):
                if d is not e and id(d) not in seen:
                    seen.add(id(d))
                    yield d
    elif kind == 'has_attr':
        for e in elems:
            if e.get(arg) is not None:
                yield e
    elif kind == 'attr_eq':
        key, value = arg
        for e in elems:
            if e.get(key) == value:
                yield e
    elif kind == 'has_child':
        for e in elems:
            if e.find(arg) is not None:
                yield e
    elif kind == 'child_text':
        tag, value = arg
        for e in elems:
            for c in e.findall(tag):
                if "".join(c.itertext()) == value:
                    yield e
                    break
    elif kind == 'index':
        # position among the siblings of the same tag
        if context.parent_map is None:
            context.parent_map = _parents(context.root)
        for e in elems:
            p = context.parent_map.get(e)
            if p is None:
                continue
            same = [c for c in p if c.tag == e.tag]
            index = arg
            if index < 0:
                index = len(same) + index
            if 0 <= index < len(same) and same[index] is e:
                yield e


def _compile(path, namespaces):
    if path[-1:] == "/":
        path = path + "*"
    tokens = list(_tokens(path, namespaces))
    steps = []
    i = 0
    n = len(tokens)
    if n and tokens[0][0] == "/":
        raise SyntaxError("cannot use absolute path on element")
    while i < n:
        op, name = tokens[i]
        if name:
            steps.append(('child', name))
            i += 1
        elif op == '*':
            steps.append(('child', '*'))
            i += 1
        elif op == '.':
            steps.append(('self', None))
            i += 1
        elif op == '..':
            steps.append(('parent', None))
            i += 1
        elif op == '//':
            i += 1
            if i < n and tokens[i][1]:
                steps.append(('descendant', tokens[i][1]))
            elif i < n and tokens[i][0] == '*':
                steps.append(('descendant', '*'))
            else:
                raise SyntaxError("invalid descendant")
            i += 1
        elif op == '/':
            i += 1
            continue
        elif op == '[':
            j = i + 1
            pred = []
            while j < n and tokens[j][0] != ']':
                pred.append(tokens[j])
                j += 1
            if j >= n:
                raise SyntaxError("unexpected end of path")
            steps.append(_predicate(pred))
            i = j + 1
        else:
            raise SyntaxError("invalid path")
    return steps


def _predicate(pred):
    ops = "".join(op or "-" for op, name in pred)
    if ops == "@-":
        return ('has_attr', pred[1][1])
    if ops == "@-='" or (len(pred) == 4 and pred[0][0] == '@' and pred[2][0] == '='):
        value = pred[3][0]
        return ('attr_eq', (pred[1][1], value[1:-1]))
    if ops == "-" and pred[0][1].isdigit():
        index = int(pred[0][1]) - 1
        if index < 0:
            raise SyntaxError("XPath position >= 1 expected")
        return ('index', index)
    if ops == "-":
        return ('has_child', pred[0][1])
    if len(pred) == 3 and pred[1][0] == '=' and pred[0][1]:
        return ('child_text', (pred[0][1], pred[2][0][1:-1]))
    if len(pred) >= 2 and pred[0][1] == 'last' and pred[1][0] == '()':
        offset = 0
        if len(pred) == 3 and pred[2][1] and pred[2][1].startswith('-'):
            offset = int(pred[2][1])
        return ('index', -1 + offset)
    raise SyntaxError("invalid predicate")


_cache = {}


def iterfind(elem, path, namespaces=None):
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _cache.get(key)
    if steps is None:
        if len(_cache) > 100:
            _cache.clear()
        steps = _cache[key] = _compile(path, namespaces)
    return iter(_select(_Context(elem), [elem], steps))


def find(elem, path, namespaces=None):
    for e in iterfind(elem, path, namespaces):
        return e
    return None


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    e = find(elem, path, namespaces)
    if e is None:
        return default
    return e.text or ""
