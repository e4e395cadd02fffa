# mmap: files and anonymous maps, file-like and str-like access, errors
import mmap
import os
import tempfile

fd, path = tempfile.mkstemp()
try:
    os.write(fd, 'hello world\nsecond line\nthird')
    m = mmap.mmap(fd, 0)
    print len(m), m.size(), m.tell(), repr(m[0]), repr(m[-1]), repr(m[0:5]), repr(m[::6]), repr(m[6:])
    print repr(m.readline()), repr(m.read(6)), m.tell(), repr(m.read_byte()), repr(m.read(100)), repr(m.read(5))
    print m.find('line'), m.find('line', 0), m.rfind('line'), m.find('nope', 0), m.find('o', 5, 8), m.rfind('l', -8)
    m.seek(0)
    m.write('HELLO')
    m[6] = 'W'
    m[7:9] = 'OR'
    m.move(12, 0, 5)
    print repr(m[:]), m.flush(), m.flush(0, 5)
    m.seek(-5, 2)
    print m.tell(), repr(m.read(5))
    m.seek(-2, 1)
    print m.tell()
    for call in [lambda: m.seek(100), lambda: m.seek(0, 3), lambda: m[100], lambda: m.__setitem__(0, 'ab'),
                 lambda: m.__setitem__(slice(0, 3), 'ab'), lambda: m.move(0, 30, 5), lambda: m.flush(0, 100),
                 lambda: m.write('x' * 100)]:
        try:
            print call()
        except Exception as e:
            print type(e).__name__, e
    m.seek(len(m))
    for call in [m.read_byte, lambda: m.write_byte('x'), lambda: m.read(1)]:
        try:
            print repr(call())
        except Exception as e:
            print type(e).__name__, e
    m.close()
    try:
        m.read(1)
    except ValueError as e:
        print 'ValueError', e
    with open(path, 'rb') as f:
        print repr(f.read())
    r = mmap.mmap(fd, 5, access=mmap.ACCESS_READ)
    print repr(r[:])
    for call in [lambda: r.write('x'), lambda: r.__setitem__(0, 'x'), lambda: r.resize(10)]:
        try:
            call()
        except TypeError as e:
            print 'TypeError', e
    r.close()
    c = mmap.mmap(fd, 0, access=mmap.ACCESS_COPY)
    c[0] = 'c'
    print repr(c[:3]), repr(os.pread(fd, 3, 0)) if hasattr(os, 'pread') else ''
    c.close()
    w = mmap.mmap(fd, 0, access=mmap.ACCESS_WRITE)
    w.resize(40)
    print len(w), os.path.getsize(path)
    w.close()
    for args, kw in [((fd, -1), {}), ((fd, 1000), {}), ((fd, 0), {'access': 7}),
                     ((fd, 0), {'access': mmap.ACCESS_READ, 'prot': mmap.PROT_READ}),
                     ((fd, 0), {'offset': -1}), ((fd, 0), {'offset': 1 << 20})]:
        try:
            mmap.mmap(*args, **kw)
        except Exception as e:
            print type(e).__name__, e
    fd2, path2 = tempfile.mkstemp()
    try:
        mmap.mmap(fd2, 0)
    except ValueError as e:
        print 'ValueError', e
    os.close(fd2)
    os.remove(path2)
finally:
    os.close(fd)
    os.remove(path)
a = mmap.mmap(-1, 16)
a.write('anonymous')
print repr(a[:9]), len(a)
try:
    a.size()
except mmap.error as e:
    print 'error', e.errno
a.close()
print mmap.error, mmap.error.__bases__, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.PAGESIZE > 0
