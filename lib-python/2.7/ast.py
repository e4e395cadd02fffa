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


def fix_missing_locations(node):
    """Give every node without a position its parent's (the root: 1, 0), so
    that compile() accepts trees built by hand."""
    def fix(node, lineno, col_offset):
        if 'lineno' in getattr(node, '_attributes', ()):
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'col_offset' in getattr(node, '_attributes', ()):
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset)
    fix(node, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line number of node and all its descendants."""
    for child in walk(node):
        if 'lineno' in getattr(child, '_attributes', ()):
            child.lineno = getattr(child, 'lineno', 0) + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node (fields that are nodes or lists
    of nodes)."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if node.body and isinstance(node.body[0], Expr) and isinstance(node.body[0].value, Str):
        if clean:
            import inspect
            return inspect.cleandoc(node.body[0].value.s)
        return node.body[0].value.s


def walk(node):
    """Yield node and all its descendants, breadth first (no order promised)."""
    todo = [node]
    i = 0
    while i < len(todo):
        node = todo[i]
        i += 1
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) where defined, else
    generic_visit(node), which visits the children."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of the node
    (None removes it; a list replaces one node of a list by several)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            old_value = getattr(node, field, None)
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node
