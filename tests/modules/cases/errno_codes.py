import errno
names = sorted(n for n in dir(errno) if n.startswith('E'))
print len(names)
for n in names:
    print n, getattr(errno, n), errno.errorcode[getattr(errno, n)]
print errno.__name__, type(errno.errorcode), len(errno.errorcode)
print errno.__doc__.splitlines()[0]
