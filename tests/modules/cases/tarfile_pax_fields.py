# pax headers: explicit pax_headers win over the member's attributes,
# numbers are converted (mtime a float), strings use the archive's encoding
# and error handler; bzip2 archives over file objects.
import tarfile, StringIO, bz2

buf = StringIO.StringIO()
tar = tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT, encoding="utf-8")
t = tarfile.TarInfo()
t.name = u"\xe4\xf6\xfc"
t.uid = 8 ** 8
t.pax_headers = {u"path": u"foo", u"uid": u"123"}
tar.addfile(t)
t = tarfile.TarInfo(u"\xe4/\u20ac")
t.mtime = 1041808783.5
t.uname = u"\xfcser"
tar.addfile(t)
tar.close()

for errors in ("strict", "utf-8", "replace"):
    buf.seek(0)
    try:
        tar = tarfile.open(fileobj=buf, encoding="iso8859-1", errors=errors)
        for m in tar.getmembers():
            print errors, repr(m.name), m.uid, repr(m.mtime), repr(m.uname), sorted(m.pax_headers.items())
    except UnicodeError as e:
        print errors, type(e).__name__
print sorted(tarfile.PAX_NUMBER_FIELDS.items()), tarfile.PAX_FIELDS

for mode in ("w:bz2", "w|bz2"):
    out = StringIO.StringIO()
    tar = tarfile.open(fileobj=out, mode=mode)
    t = tarfile.TarInfo("data.txt")
    t.size = 11
    tar.addfile(t, StringIO.StringIO("hello world"))
    tar.close()
    print mode, out.closed, out.getvalue()[:3]
    for rmode in ("r", "r:bz2", "r:*"):
        tar = tarfile.open(fileobj=StringIO.StringIO(out.getvalue()), mode=rmode)
        print rmode, tar.getnames(), tar.extractfile("data.txt").read()
data = out.getvalue()
for cut in (0, 10, len(data) - 1):
    try:
        tarfile.open(fileobj=StringIO.StringIO(data[:cut]), mode="r:bz2")
        print cut, "opened"
    except tarfile.ReadError as e:
        print cut, "ReadError"
