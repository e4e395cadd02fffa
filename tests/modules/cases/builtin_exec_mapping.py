# eval/exec/execfile: which locals count as a mapping (2.7's PyMapping_Check)
import os, tempfile

class Classic:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError(key)
    def __setitem__(self, key, value):
        self.results = (key, value)

class NotMapping:
    pass

class Sliceable(object):
    def __getitem__(self, k):
        return 1
    def __getslice__(self, i, j):
        return 1

def attempt(label, f):
    try:
        r = f()
        print label, "ok", r
    except Exception as e:
        print label, type(e).__name__, e

for loc in [(), [], "", u"", buffer("a"), Sliceable(), NotMapping()]:
    name = type(loc).__name__
    attempt("eval " + name, lambda: eval("1", {}, loc))
    def run_exec():
        exec "x = 1" in {}, loc
    attempt("exec " + name, run_exec)
    attempt("execfile " + name, lambda: execfile("does-not-exist", {}, loc))

m = Classic()
exec "z = a" in {}, m
print m.results
attempt("eval classic", lambda: eval("a", {}, m))
attempt("eval bytearray", lambda: eval("1", {}, bytearray()))
attempt("execfile globals tuple", lambda: execfile("does-not-exist", ()))
attempt("execfile globals int", lambda: execfile("does-not-exist", 1))
def bad_globals():
    exec "1" in ()
attempt("exec globals tuple", bad_globals)

fd, path = tempfile.mkstemp()
os.write(fd, "z = z + 1\n")
os.close(fd)
m2 = {'z': 1}
execfile(path, {}, m2)
print m2['z']
os.unlink(path)

# dir() checks what the locals' keys() returns
class KeysStr:
    def __getitem__(self, item):
        raise KeyError(item)
    def keys(self):
        return 'a'
attempt("dir keys str", lambda: eval('dir()', {}, KeysStr()))

# vars() and a class-level __dict__ property
class WithDictProperty(object):
    def getDict(self):
        return {'a': 2}
    __dict__ = property(fget=getDict)
print vars(WithDictProperty())
