import warnings
warnings.simplefilter('ignore')
import dircache, posixfile, os, tempfile, shutil
root = tempfile.mkdtemp()
for n in ('b', 'a', 'c'):
    open(os.path.join(root, n), 'w').close()
os.mkdir(os.path.join(root, 'sub'))
l1 = dircache.listdir(root)
print l1, dircache.listdir(root) is l1, dircache.opendir is dircache.listdir
l = l1[:]
dircache.annotate(root, l)
print l
os.utime(root, (1, 1))
os.unlink(os.path.join(root, 'b'))
os.utime(root, (2, 2))
print dircache.listdir(root)
dircache.reset()
print dircache.cache
fn = os.path.join(root, 'lockme')
f = posixfile.open(fn, 'w+')
print repr(f).split(' at ')[0].replace(fn, 'FILE')
print repr(f.flags()), f.flags('a'), repr(f.flags('?')), f.flags('c'), repr(f.flags('?')), f.flags('!a'), repr(f.flags('?'))
print f.lock('w'), f.lock('w?'), f.lock('r', 10), f.lock('u', 10, 0, 0)
try:
    f.lock('x')
except TypeError as e:
    print e
try:
    f.lock('w', 1, 2, 3, 4)
except TypeError as e:
    print e
try:
    f.flags('a', 'b')
except TypeError as e:
    print e
f.write('data')
f.flush()
g = f.dup()
print g.mode, g is not f.file(), f.file().name == fn
g.close()
f.close()
print repr(f).split(' at ')[0].replace(fn, 'FILE')
try:
    posixfile.fileopen('notafile')
except TypeError as e:
    print e
print posixfile.SEEK_SET, posixfile.SEEK_CUR, posixfile.SEEK_END
shutil.rmtree(root)
