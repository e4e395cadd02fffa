# The import machinery: packages, relative imports, .pyc caching, PEP 302
# hooks and the imp module.  The cwd is an empty temporary directory.
import sys
sys.dont_write_bytecode = True      # keep the fixtures' folder clean
import imp

here = sys.path[0]
sys.path.insert(0, here + "/imp_fixtures")
import pkg_a.sub
print pkg_a.sub.NAME, pkg_a.sub.VALUE, pkg_a.__path__[0].endswith("imp_fixtures/pkg_a")
print sorted(k for k in sys.modules if k.startswith("pkg_a"))
print sys.modules["pkg_a.sibling_implicit"].WHERE
from pkg_a import leaf as l2
print l2 is pkg_a.leaf
try:
    from pkg_a import missing_name
except ImportError as e:
    print "ImportError:", e
try:
    import pkg_a.nothing
except ImportError as e:
    print "ImportError:", e

# .pyc caching in the cwd
sys.dont_write_bytecode = False
sys.path.insert(0, "")
f = open("cached.py", "w")
f.write("print 'executing cached'\nX = 5\n")
f.close()
import cached
print cached.__file__, cached.X
del sys.modules["cached"]
import cached as again
print again.__file__, again.X
print open("cached.pyc", "rb").read(4) == imp.get_magic()
sys.dont_write_bytecode = True
f = open("nobyte.py", "w")
f.write("Y = 6\n")
f.close()
import nobyte
try:
    open("nobyte.pyc")
    print "written"
except IOError:
    print "not written"

# a syntax error in a module
f = open("broken.py", "w")
f.write("def f(:\n")
f.close()
try:
    import broken
except SyntaxError as e:
    print "SyntaxError:", e.msg, e.lineno, "broken" in sys.modules

# PEP 302
class Finder(object):
    def find_module(self, fullname, path=None):
        if fullname.startswith("virt"):
            print "finder asked", fullname, path
            return self
    def load_module(self, fullname):
        m = imp.new_module(fullname)
        m.__loader__ = self
        m.answer = len(fullname)
        sys.modules[fullname] = m
        return m
sys.meta_path.append(Finder())
import virtual
print virtual.answer, virtual.__name__
sys.meta_path.pop()

def hook(entry):
    if entry == "<magic>":
        return Finder()
    raise ImportError
sys.path_hooks.append(hook)
sys.path.append("<magic>")
import virt2
print virt2.answer, type(sys.path_importer_cache["<magic>"]).__name__

# imp
print imp.is_builtin("sys"), imp.is_builtin("imp"), imp.is_builtin("nosuch")
print imp.find_module("sys")
fobj, path, desc = imp.find_module("cached", [""])
print path, desc, fobj.read().splitlines()[0]
fobj.close()
print imp.find_module("pkg_a", [here + "/imp_fixtures"])[2]
try:
    imp.find_module("nosuch_module_here")
except ImportError as e:
    print "ImportError:", e
m = imp.load_source("loaded_src", "cached.py")
print m.__name__, m.X
m = imp.new_module("fresh")
print m.__name__, m.__doc__, sorted(vars(m))
try:
    imp.release_lock()
except RuntimeError as e:
    print "RuntimeError:", e
imp.acquire_lock(); print imp.lock_held(); imp.release_lock(); print imp.lock_held()
print imp.PY_SOURCE, imp.PY_COMPILED, imp.C_EXTENSION, imp.PKG_DIRECTORY, imp.C_BUILTIN, imp.IMP_HOOK
for bad in ["", "."]:
    try:
        imp.NullImporter(bad)
    except ImportError as e:
        print "ImportError:", e
print imp.NullImporter("no/such/dir").find_module("x")
