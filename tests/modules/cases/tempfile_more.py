# tempfile: names, permissions, cleanup (paths are relative to the test dir)
import os
import stat
import tempfile

fd, name = tempfile.mkstemp(prefix='pre', suffix='.suf', dir='.')
print os.path.isabs(name), os.path.basename(name).startswith('pre'), name.endswith('.suf')
print len(os.path.basename(name)) == len('pre') + 6 + len('.suf')
print oct(stat.S_IMODE(os.fstat(fd).st_mode))
os.close(fd)
os.unlink(name)
d = tempfile.mkdtemp(dir='.')
print os.path.isdir(d), oct(stat.S_IMODE(os.stat(d).st_mode)), os.path.isabs(d)
os.rmdir(d)
with tempfile.NamedTemporaryFile(dir='.', mode='w+') as f:
    f.write('text')
    f.flush()
    f.seek(0)
    print f.read(), os.path.exists(f.name), f.closed
print os.path.exists(f.name), f.closed, f.close_called
f = tempfile.TemporaryFile(dir='.')
print sorted(os.listdir('.')), type(f.fileno())
f.write('abc')
f.seek(1)
print f.read()
f.close()
s = tempfile.SpooledTemporaryFile(max_size=5, dir='.')
s.write('1234')
print s._rolled, s.tell()
s.write('5678')
print s._rolled, s.tell()
s.seek(0)
print s.read(), s.closed
s.close()
print s.closed
print tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX > 0
old = tempfile.tempdir
tempfile.tempdir = os.getcwd()
print tempfile.gettempdir() == os.getcwd()
fd, n2 = tempfile.mkstemp()
os.close(fd)
print os.path.dirname(n2) == os.getcwd()
os.unlink(n2)
tempfile.tempdir = old
names = set(tempfile.mktemp(dir='.') for i in range(50))
print len(names)
print sorted(os.listdir('.'))
