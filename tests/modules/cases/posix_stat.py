# posix.stat/lstat/fstat and stat_result: only stable facts are printed
import os
import posix
import stat

with open('f.txt', 'w') as f:
    f.write('x' * 123)
st = os.stat('f.txt')
print type(st).__name__, type(st).__module__, len(st)
print st.st_size, st[stat.ST_SIZE], st[6]
print stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode)
print type(st.st_mtime) is float, type(st[8]) in (int, long), int(st.st_mtime) == st[8]
print st.st_nlink, st.st_uid == os.getuid(), st.st_gid == os.getgid()
print st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print size, nlink
print repr(st).startswith('posix.stat_result(st_mode=')
print repr(st).endswith('st_ctime=%d)' % st.st_ctime)
try:
    st.st_size = 3
except (TypeError, AttributeError) as e:
    print 'readonly', type(e).__name__
fd = os.open('f.txt', os.O_RDONLY)
fst = os.fstat(fd)
print fst.st_size, fst.st_ino == st.st_ino, fst == st or fst[:7] == st[:7]
os.close(fd)
os.symlink('f.txt', 'ln')
print os.lstat('ln').st_size, os.stat('ln').st_size
print stat.S_ISLNK(os.lstat('ln').st_mode), stat.S_ISLNK(os.stat('ln').st_mode)
os.utime('f.txt', (1234567890.5, 1000000000.25))
st = os.stat('f.txt')
print st.st_atime, st.st_mtime, st[7], st[8]
os.utime('f.txt', None)
print os.stat('f.txt').st_mtime > 1000000000
for bad in ['missing', 'f.txt/sub']:
    try:
        os.stat(bad)
    except OSError as e:
        print e.errno, e.strerror, e.filename, e
try:
    os.stat(None)
except TypeError as e:
    print 'TypeError', e
try:
    os.fstat(12345)
except OSError as e:
    print e, e.filename
try:
    os.stat('a\0b')
except TypeError as e:
    print 'TypeError', e
print os.stat(u'f.txt').st_size
s2 = posix.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print s2, s2.st_mtime, s2.st_size
print stat.S_IMODE(0o100755), oct(stat.S_IFMT(0o100755)), stat.S_ISFIFO(stat.S_IFIFO)
