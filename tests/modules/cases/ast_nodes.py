# ast: dump options, literal_eval, visitors and transformers, locations
import ast

tree = ast.parse('def f(x, *a, **k):\n    return [y for y in x if y] or {1: 2}\n')
print ast.dump(tree)
print ast.dump(tree, annotate_fields=False)
print ast.dump(ast.parse('a.b[1:2:3] += yield', mode='exec').body[0], include_attributes=True) if False else ''
print ast.dump(ast.parse('x = 1').body[0], include_attributes=True)
for src in ['(1, [2, {3: 4}])', '-1.5', '1 - 2j', "'a' 'b'", 'None', '[True, False]', '{}', '()']:
    print repr(ast.literal_eval(src))
for bad in ['a', '1 + a', '[x for x in y]', '{1, 2}', '2 * 3', '+2', '-(1)', '1+2']:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print 'ValueError', e
print ast.literal_eval(ast.parse('[1, 2]', mode='eval'))
print ast.literal_eval(ast.Num(n=7))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_Name(self, node):
        self.found.append((node.id, type(node.ctx).__name__))

    def visit_FunctionDef(self, node):
        self.found.append(('def', node.name))
        self.generic_visit(node)
v = Names()
v.visit(ast.parse('def g(p):\n    q = p + r\n    del q\n'))
print v.found


class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None

    def visit_Num(self, node):
        return ast.copy_location(ast.Num(n=node.n * 10), node)

    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, node]
t = DropPass().visit(ast.parse('pass\nx = 1\nif x:\n    pass\n    2\n'))
print ast.dump(t)
m = ast.parse('a = 1\nb = 2')
ast.increment_lineno(m, 5)
print [n.lineno for n in m.body], [n.lineno for n in ast.walk(m) if isinstance(n, ast.Num)]
e = ast.Expression(body=ast.BinOp(left=ast.Num(n=2), op=ast.Pow(), right=ast.Num(n=10)))
print hasattr(e.body, 'lineno'), ast.fix_missing_locations(e).body.lineno, eval(compile(e, '<e>', 'eval'))
print ast.get_docstring(ast.parse('"""  mod\n   doc  """\nx = 1')), ast.get_docstring(ast.parse('x = 1'))
print repr(ast.get_docstring(ast.parse('def f():\n  """\n  a\n    b\n  """'), clean=False))
try:
    ast.get_docstring(ast.parse('1', mode='eval'))
except TypeError as e:
    print 'TypeError', e
try:
    ast.dump(1)
except TypeError as e:
    print 'TypeError', e
print [(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse('x', mode='eval').body)], [type(n).__name__ for n in ast.iter_child_nodes(ast.parse('f(1, k=2)', mode='eval').body)]
print isinstance(ast.parse('1'), ast.AST), ast.PyCF_ONLY_AST
