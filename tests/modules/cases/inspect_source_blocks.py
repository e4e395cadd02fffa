# inspect: a function's block runs past docstring lines indented less than
# its body; the source of a module-level frame or traceback is the whole
# module; getsourcefile accepts a made-up file name when a loader made the
# module.
import imp
import inspect
import os
import sys
import tempfile

src = '''# line 1
import sys, inspect


class Git:
    def abuse(self, a, b, c):
        """Another

\tdocstring

        containing

\ttabs
\t
        """
        self.argue(a, b, c)

    def argue(self, a, b, c):
        return (a, b,
    c)

frame = inspect.currentframe()
try:
    1 // 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
'''
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'inspect_case_mod.py')
with open(path, 'w') as f:
    f.write(src)
mod = imp.load_source('inspect_case_mod', path)
print repr(inspect.getsource(mod.Git.abuse))
print repr(inspect.getsource(mod.Git.argue))
print inspect.getsourcelines(mod.frame)[1], len(inspect.getsource(mod.frame)) == len(src)
print inspect.getsourcelines(mod.tb)[1], len(inspect.getsource(mod.tb)) == len(src)
os.remove(path)
for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)

m = imp.new_module('__inspect_case_dummy')
sys.modules[m.__name__] = m
m.__file__ = '<string>'
m.__loader__ = 'dummy'
exec 'def x(): pass' in m.__dict__
print inspect.getsourcefile(m.x.func_code)
del sys.modules[m.__name__]
