import tarfile
import StringIO

def build(mode, fileobj, fmt=tarfile.DEFAULT_FORMAT):
    t = tarfile.open(fileobj=fileobj, mode=mode, format=fmt)
    for name, data in [('a.txt', 'alpha\n'), ('sub/b.txt', 'bravo bravo\n'), ('x' * 120 + '/long.txt', 'long name')]:
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 1234567890
        ti.mode = 0644
        ti.uname = 'user'
        t.addfile(ti, StringIO.StringIO(data))
    d = tarfile.TarInfo('somedir')
    d.type = tarfile.DIRTYPE
    d.mode = 0755
    t.addfile(d)
    l = tarfile.TarInfo('link')
    l.type = tarfile.SYMTYPE
    l.linkname = 'a.txt'
    t.addfile(l)
    t.close()
    return fileobj.getvalue()

for fmt in [tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT, tarfile.PAX_FORMAT]:
    buf = StringIO.StringIO()
    try:
        raw = build('w', buf, fmt)
    except ValueError as e:
        print 'ValueError', e
        continue
    print fmt, len(raw), len(raw) % 10240, repr(raw[257:265])
    t = tarfile.open(fileobj=StringIO.StringIO(raw))
    for m in t.getmembers():
        print '  ', m.name[-12:], m.size, m.type, m.isdir(), m.isfile(), m.issym(), oct(m.mode), m.mtime, m.uname, m.linkname
    print '  ', t.extractfile('sub/b.txt').read(), repr(t.extractfile('link').read()), t.extractfile('somedir')
    try:
        t.getmember('nope')
    except KeyError as e:
        print '   KeyError', e
    t.close()

gz = StringIO.StringIO()
t = tarfile.open(fileobj=gz, mode='w:gz')
ti = tarfile.TarInfo('z.txt')
ti.size = 3
t.addfile(ti, StringIO.StringIO('zzz'))
t.close()
data = gz.getvalue()
print repr(data[:2])
t = tarfile.open(fileobj=StringIO.StringIO(data))
print t.getnames(), t.extractfile('z.txt').read()
t = tarfile.open(fileobj=StringIO.StringIO(data), mode='r:gz')
print [m.name for m in t]
try:
    tarfile.open(fileobj=StringIO.StringIO(build('w', StringIO.StringIO())), mode='r:gz')
except tarfile.ReadError as e:
    print 'ReadError', e
try:
    tarfile.open(fileobj=StringIO.StringIO('junk' * 10))
except tarfile.ReadError as e:
    print 'ReadError', e
app = StringIO.StringIO(build('w', StringIO.StringIO()))
t = tarfile.open(fileobj=app, mode='a')
ti = tarfile.TarInfo('appended.txt')
ti.size = 3
t.addfile(ti, StringIO.StringIO('abc'))
t.close()
t = tarfile.open(fileobj=StringIO.StringIO(app.getvalue()))
print t.getnames()[-2:], t.extractfile('appended.txt').read()
print tarfile.filemode(0100644), tarfile.filemode(040755), tarfile.filemode(0120777)
print tarfile.TarInfo('d').tobuf()[:20] == 'd' + '\0' * 19, len(tarfile.TarInfo('d').tobuf())
