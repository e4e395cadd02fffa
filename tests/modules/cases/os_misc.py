# os helpers: makedirs/removedirs/renames, listdir types, getcwd, fdopen, links
import os
import errno

os.makedirs('a/b/c')
os.makedirs('a/b/d/', 0o700)
print sorted(os.listdir('a/b'))
try:
    os.makedirs('a/b/c')
except OSError as e:
    print 'EEXIST', e.errno == errno.EEXIST, e.filename
open('a/b/c/f', 'w').close()
os.renames('a/b/c/f', 'x/y/g')
print os.path.exists('a/b/c'), os.path.exists('a/b'), os.listdir('x/y')
os.removedirs('a/b/d')
print os.path.exists('a')
print [type(n).__name__ for n in os.listdir(u'x')], os.listdir(u'x')
cwd = os.getcwd()
print type(os.getcwdu()).__name__, os.getcwdu() == cwd
os.chdir('x')
print os.getcwd() == os.path.join(cwd, 'x')
os.chdir(cwd)
try:
    os.chdir('nope')
except OSError as e:
    print e
os.link('x/y/g', 'hard')
print os.stat('hard').st_nlink, os.path.samefile('hard', 'x/y/g')
os.symlink('x/y/g', 'soft')
print os.readlink('soft'), repr(os.readlink(u'soft'))
try:
    os.readlink('hard')
except OSError as e:
    print e
try:
    os.symlink('x', 'soft')
except OSError as e:
    print e.errno, e.filename
try:
    os.rename('nope1', 'nope2')
except OSError as e:
    print e, e.filename
try:
    os.rmdir('x')
except OSError as e:
    print e
try:
    os.unlink('x')
except OSError as e:
    print e.errno in (errno.EISDIR, errno.EPERM)
fd = os.open('data', os.O_RDWR | os.O_CREAT, 0o644)
f = os.fdopen(fd, 'w+')
f.write('line1\nline2\n')
f.seek(0)
print f.readlines(), f.name, f.mode
f.close()
try:
    os.fdopen(fd)
except OSError as e:
    print e
try:
    os.fdopen(0, 'x')
except ValueError as e:
    print e
fd = os.open('data', os.O_RDONLY)
fd2 = os.dup(fd)
os.dup2(fd, 30)
print os.read(30, 5), os.read(fd2, 1)
os.closerange(fd, 31)
try:
    os.read(30, 1)
except OSError as e:
    print e
try:
    os.write(fd, 1)
except TypeError as e:
    print e
try:
    os.read(0, -1)
except OSError as e:
    print e
print os.sep, os.extsep, os.pathsep, os.defpath, os.name, os.linesep == '\n'
print os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK
print os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND
print os.EX_OK, os.EX_USAGE, os.WNOHANG, os.error is OSError
print sorted(os.listdir('.'))
print 'walk' in os.__all__, 'makedirs' in os.__all__, 'path' in os.__all__
import os.path
print os.path.__name__
