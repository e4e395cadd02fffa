import warnings
warnings.simplefilter('ignore')
import multifile, StringIO
msg = '''preamble
--outer
Content-Type: text/plain

part one
--outer  
Content-Type: multipart/mixed

--inner
inner a
--inner
inner b
--notours
--inner--
after inner
--outer--
epilogue
'''
mf = multifile.MultiFile(StringIO.StringIO(msg))
mf.push('outer')
print repr(mf.read()), mf.level
n = 0
while mf.next():
    n += 1
    header = []
    while True:
        line = mf.readline()
        header.append(line)
        if line == '\n':
            break
    print n, repr(header), mf.tell()
    if 'multipart' in header[0]:
        mf.push('inner')
        while mf.next():
            print '  inner', repr(mf.readlines()), mf.tell()
            mf.seek(0)
            print '  again', repr(mf.readline()), mf.tell()
        mf.pop()
        print '  rest', repr(mf.read())
    else:
        print repr(mf.read())
print mf.last, mf.level, mf.next()
mf.pop()
print repr(mf.read())
for bad in (lambda: mf.pop(), lambda: mf.seek(-1), lambda: mf.seek(0, 2)):
    try:
        bad()
    except multifile.Error as e:
        print 'Error', e
mf = multifile.MultiFile(StringIO.StringIO('--b\nx\n'))
mf.push('b')
mf.next()
try:
    mf.read()
except multifile.Error as e:
    print 'Error', e
mf = multifile.MultiFile(StringIO.StringIO('--a\n--b\ny\n--a--\n'), seekable=0)
mf.push('a')
mf.next()
mf.push('b')
print mf.next(), repr(mf.readline())
try:
    mf.readline()
except multifile.Error as e:
    print 'Error', e
