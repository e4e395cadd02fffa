# ast helpers: walk, visitors, transformers (remove/replace/expand), locations, docstrings
import ast
src = '''
"""mod doc"""
def f(a, b=1):
    """  fdoc
       more"""
    x = [a, b, {1: 2}]
    return x + [y for y in a if y]
class C(object):
    def m(self): pass
'''
t = ast.parse(src)
print ast.get_docstring(t), repr(ast.get_docstring(t.body[1])), repr(ast.get_docstring(t.body[1], False)), ast.get_docstring(t.body[2])
try: ast.get_docstring(t.body[0])
except TypeError as e: print e
print sorted(n.__class__.__name__ for n in ast.walk(t))
print [n.__class__.__name__ for n in ast.iter_child_nodes(t.body[1])]
print [(k, type(v).__name__) for k, v in ast.iter_fields(t.body[1])]
class V(ast.NodeVisitor):
    def __init__(self): self.seen = []
    def visit_Name(self, node): self.seen.append(node.id); self.generic_visit(node)
    def visit_Num(self, node): self.seen.append(node.n)
v = V(); v.visit(t); print v.seen
class T(ast.NodeTransformer):
    def visit_Num(self, node): return ast.copy_location(ast.Num(n=node.n * 10), node)
    def visit_Pass(self, node): return None
    def visit_Return(self, node): return [ast.Expr(value=node.value), node]
t2 = T().visit(ast.parse(src))
print ast.dump(t2)
t3 = ast.parse('x = 1\nprint x + 2\n')
t3.body.append(ast.Print(dest=None, values=[ast.BinOp(left=ast.Num(n=3), op=ast.Mult(), right=ast.Num(n=4))], nl=True))
ast.fix_missing_locations(t3)
print [(n.__class__.__name__, getattr(n, 'lineno', None), getattr(n, 'col_offset', None)) for n in ast.walk(t3)]
exec compile(t3, '<t3>', 'exec')
ast.increment_lineno(t3, 5); print [getattr(n, 'lineno', None) for n in ast.walk(t3)]
print ast.dump(ast.parse('a.b(1, *c, **d)'), annotate_fields=False), ast.dump(ast.parse('1'), include_attributes=True)
for s in ['1', '-2.5', '(1, [2, {3: "x"}])', 'None', '1+2j', '-1-2j', 'u"\\xe9"', 'x', '1+1', '[1, f()]']:
    try: print repr(ast.literal_eval(s))
    except ValueError as e: print 'ValueError', e
class Del(ast.NodeTransformer):
    def visit_Num(self, node): return None
e = Del().visit(ast.parse('x = -1', mode='exec')); print ast.dump(e)
print list(ast.iter_fields(ast.Num())), list(ast.iter_child_nodes(ast.Num(n=1)))
