"""Helpers for abstract syntax trees: parse() into _ast nodes, dump() them,
walk and visit them, and evaluate literals safely (literal_eval)."""

from _ast import *
from _ast import __version__


def parse(source, filename='<unknown>', mode='exec'):
    """Parse source into an AST node (compile() with PyCF_ONLY_AST)."""
    return compile(source, filename, mode, PyCF_ONLY_AST)


def literal_eval(node_or_string):
    """Evaluate a string or node holding only a Python literal: strings,
    numbers (a negative number is one literal), tuples, lists, dicts,
    booleans, None and complex sums like 1+2j."""
    _safe_names = {'None': None, 'True': True, 'False': False}
    if isinstance(node_or_string, basestring):
        node_or_string = parse(node_or_string, mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def convert(node):
        if isinstance(node, Str):
            return node.s
        if isinstance(node, Num):
            return node.n
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Dict):
            return dict((convert(k), convert(v)) for k, v in zip(node.keys, node.values))
        if isinstance(node, Name) and node.id in _safe_names:
            return _safe_names[node.id]
        # a complex literal is a sum: real part (a plain number) +/- imaginary number
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)) and \
                isinstance(node.right, Num) and isinstance(node.right.n, complex) and \
                isinstance(node.left, Num) and isinstance(node.left.n, (int, long, float)):
            if isinstance(node.op, Add):
                return node.left.n + node.right.n
            return node.left.n - node.right.n
        raise ValueError('malformed string')
    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False):
    """A formatted dump of the tree, for debugging: Module(body=[...])."""
    def fmt(node):
        if isinstance(node, AST):
            fields = [(name, fmt(value)) for name, value in iter_fields(node)]
            if annotate_fields:
                parts = ['%s=%s' % field for field in fields]
            else:
                parts = [value for name, value in fields]
            if include_attributes and getattr(node, '_attributes', ()):
                extra = [(name, fmt(getattr(node, name))) for name in getattr(node, '_attributes', ())]
                if annotate_fields:
                    parts.extend(['%s=%s' % a for a in extra])
                else:
                    parts.extend([value for name, value in extra])
            return '%s(%s)' % (node.__class__.__name__, ', '.join(parts))
        if isinstance(node, list):
            return '[%s]' % ', '.join([fmt(x) for x in node])
        return repr(node)
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node)


def copy_location(new_node, old_node):
    """Copy lineno and col_offset from old_node to new_node; returns new_node."""
    for attr in ('lineno', 'col_offset'):
        if (attr in getattr(old_node, '_attributes', ()) and attr in getattr(new_node, '_attributes', ())
                and hasattr(old_node, attr)):
            setattr(new_node, attr, getattr(old_node, attr))
    return new_node


def _has_position(node, attr):
    return attr in getattr(node, '_attributes', ())


def fix_missing_locations(node):
    """Give every node without a position its parent's (the root: 1, 0), so
    that compile() accepts trees built by hand."""
    pending = [(node, 1, 0)]
    while pending:
        current, lineno, col_offset = pending.pop()
        if _has_position(current, 'lineno'):
            if hasattr(current, 'lineno'):
                lineno = current.lineno
            else:
                current.lineno = lineno
        if _has_position(current, 'col_offset'):
            if hasattr(current, 'col_offset'):
                col_offset = current.col_offset
            else:
                current.col_offset = col_offset
        pending.extend([(child, lineno, col_offset) for child in iter_child_nodes(current)])
    return node


def increment_lineno(node, n=1):
    """Add n to the line number of node and all its descendants."""
    for child in walk(node):
        if _has_position(child, 'lineno'):
            child.lineno = getattr(child, 'lineno', 0) + n
    return node


_UNSET = object()


def iter_fields(node):
    """(name, value) for each of node._fields that the node has."""
    for name in node._fields:
        value = getattr(node, name, _UNSET)
        if value is not _UNSET:
            yield name, value


def _nodes_in(value):
    """The AST nodes a field holds: itself, or the nodes of a list."""
    if isinstance(value, AST):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, AST)]
    return []


def iter_child_nodes(node):
    """The direct children of node, in field order."""
    for name, value in iter_fields(node):
        for child in _nodes_in(value):
            yield child


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node (None without one);
    with clean, its indentation is normalised by inspect.cleandoc."""
    if not isinstance(node, (FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    first = node.body and node.body[0]
    if not (isinstance(first, Expr) and isinstance(first.value, Str)):
        return None
    text = first.value.s
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def walk(node):
    """node and all its descendants, breadth first (callers should not
    rely on the order)."""
    from collections import deque
    queue = deque([node])
    while queue:
        current = queue.popleft()
        queue.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Walks a tree: visit(node) calls self.visit_<class name>(node) when
    the subclass defines it, else generic_visit(node), which visits the
    children in turn."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + node.__class__.__name__, None)
        if handler is None:
            handler = self.generic_visit
        return handler(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor that rebuilds the tree from what the visit methods
    return: the node itself or a replacement, None to remove it, or (inside
    a list field) a sequence of nodes to put in its place."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                value[:] = self._transform_items(value)
            elif isinstance(value, AST):
                replacement = self.visit(value)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node

    def _transform_items(self, items):
        result = []
        for item in items:
            if not isinstance(item, AST):
                result.append(item)
                continue
            replacement = self.visit(item)
            if replacement is None:
                continue
            if isinstance(replacement, AST):
                result.append(replacement)
            else:
                result.extend(replacement)
        return result
