# file.readinto() fills a bytearray or an array.array
import array, os, tempfile, sys
path = tempfile.mktemp()
with open(path, "wb") as f:
    f.write("hello world")
with open(path, "rb") as f:
    b = bytearray(5)
    print f.readinto(b), repr(b)
    a = array.array("b", [0] * 3)
    print f.readinto(a), a
    big = bytearray(10)
    print f.readinto(big), repr(big)
    print f.readinto(bytearray(4))
for x in ["", u"", 1, buffer("a")]:
    try:
        sys.stdin.readinto(x)
    except TypeError as e:
        print "TypeError", e

# io objects: readinto() a bytearray or an array
import io
with open(path, "wb") as f:
    f.write("hello world")
for opener in [lambda: io.open(path, "rb"), lambda: io.open(path, "rb", buffering=0)]:
    f = opener()
    a = array.array("b", [0] * 4)
    print type(f).__name__, f.readinto(a), a
    h = array.array("h", [0] * 2)
    print f.readinto(h), len(h), h.tostring()
    b = bytearray(10)
    print f.readinto(b), repr(b)
    f.close()
os.unlink(path)

# FileIO's repr once its name is deleted
f = io.FileIO(__file__, "r")
print repr(f).startswith("<_io.FileIO name=")
del f.name
print repr(f) == "<_io.FileIO fd=%r mode='rb'>" % f.fileno()
f.close()
print repr(f)

# open() takes a unicode mode
f = open(u"/dev/null", u"rb")
print f.mode, type(f.mode).__name__
f.close()
try:
    open("/dev/null", u"r\xe9")
except UnicodeEncodeError as e:
    print "UnicodeEncodeError", e
