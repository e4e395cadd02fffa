# Old-GNU sparse members (runs in the header and in an extension block),
# truncated archives, link targets with '..', stream-mode restrictions.
import tarfile, StringIO, os, tempfile, shutil

def octal(n, width):
    return "%0*o\0" % (width - 1, n)

def gnu_sparse_header(name, runs, stored, real):
    """A 512-byte old-GNU sparse header; runs beyond four go into
    extension blocks (returned after the header)."""
    head = [name.ljust(100, "\0"), octal(0644, 8), octal(0, 8), octal(0, 8),
            octal(stored, 12), octal(0, 12), " " * 8, "S", "\0" * 100,
            "ustar  \0", "user".ljust(32, "\0"), "group".ljust(32, "\0"),
            octal(0, 8), octal(0, 8)]
    buf = "".join(head)
    buf = buf.ljust(345, "\0")
    buf = buf.ljust(386, "\0")
    first, rest = runs[:4], runs[4:]
    for start, length in first:
        buf += octal(start, 12) + octal(length, 12)
    buf = buf.ljust(482, "\0")
    buf += "\1" if rest else "\0"
    buf += octal(real, 12)
    buf = buf.ljust(512, "\0")
    chksum = sum(ord(c) for c in buf)
    buf = buf[:148] + "%06o\0 " % chksum + buf[156:]
    ext = ""
    while rest:
        chunk, rest = rest[:21], rest[21:]
        block = "".join(octal(s, 12) + octal(l, 12) for s, l in chunk).ljust(504, "\0")
        block += "\1" if rest else "\0"
        ext += block.ljust(512, "\0")
    return buf + ext

runs = [(i * 1024, 100) for i in range(7)]          # 4 in the header, 3 in an extension
stored = "".join(chr(65 + i) * 100 for i in range(7))
archive = gnu_sparse_header("holes", runs, len(stored), 8000)
archive += stored.ljust(1024, "\0")
after = tarfile.TarInfo("after")
after.size = 5
archive += after.tobuf() + "hello".ljust(512, "\0") + "\0" * 1024

tar = tarfile.open(fileobj=StringIO.StringIO(archive))
for m in tar.getmembers():
    print m.name, m.type, m.size, m.issparse(), m.offset, m.offset_data
m = tar.getmember("holes")
data = tar.extractfile(m).read()
print len(data), data[:3] == "AAA", data[100:1024].count("\0"), data[1024:1027], data[6144:6244] == "G" * 100, data[-5:] == "\0" * 5
print tar.extractfile("after").read()
print tar.name

# a member whose data is cut off
buf = StringIO.StringIO()
with tarfile.open(fileobj=buf, mode="w") as w:
    t = tarfile.TarInfo("foo")
    t.size = 1024
    w.addfile(t, StringIO.StringIO("a" * 1024))
for size in (512, 600, 1024, 1200):
    cut = StringIO.StringIO(buf.getvalue()[:size])
    tar = tarfile.open(fileobj=cut)
    for what in ("iterate", "extractfile"):
        try:
            if what == "iterate":
                list(tar)
            else:
                tar.extractfile(tar.getmembers()[0]).read()
            print size, what, "ok"
        except tarfile.ReadError as e:
            print size, what, "ReadError:", e

# links whose target is named with '.' and '..'
buf = StringIO.StringIO()
with tarfile.open(fileobj=buf, mode="w") as w:
    t = tarfile.TarInfo("d1/regular")
    t.size = 4
    w.addfile(t, StringIO.StringIO("data"))
    for name, kind, target in (("./d2/sym", tarfile.SYMTYPE, "../d1/regular"),
                               ("./d2/hard", tarfile.LNKTYPE, "./d1/regular")):
        t = tarfile.TarInfo(name)
        t.type = kind
        t.linkname = target
        w.addfile(t)
buf.seek(0)
tar = tarfile.open(fileobj=buf)
print tar.extractfile("./d2/sym").read(), tar.extractfile("./d2/hard").read()
tmp = tempfile.mkdtemp()
try:
    tar.extractall(tmp)
    tar.extractall(tmp)     # again, over the links already there
    print sorted(os.listdir(os.path.join(tmp, "d2"))), open(os.path.join(tmp, "d2", "hard")).read()
finally:
    shutil.rmtree(tmp)

# stream mode goes forward only
buf.seek(0)
stream = tarfile.open(fileobj=buf, mode="r|")
first = stream.next()
print stream.extractfile(first).read()
link = stream.next()
try:
    stream.extractfile(link)
except tarfile.StreamError as e:
    print "StreamError:", e
try:
    stream.extractfile(first).read()
except tarfile.StreamError as e:
    print "StreamError:", e
try:
    tarfile.open(os.path.join(tempfile.gettempdir(), "no-such-archive.tar"), "r|")
except OSError as e:
    print "OSError", e.errno == 2
