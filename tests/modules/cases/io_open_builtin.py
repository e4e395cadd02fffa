# io.open is a built-in function: stored in a class it is not bound
import io, os, tempfile
print type(io.open).__name__, io.open.__name__
class C(object):
    open = io.open
path = tempfile.mktemp()
f = C().open(path, "wb")
f.write(b"abc")
f.close()
with C().open(path, "rb") as f:
    print type(f).__name__, repr(f.read())
os.unlink(path)
