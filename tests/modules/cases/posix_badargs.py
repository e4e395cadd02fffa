# posix's descriptors, modes and codes are C ints (2.7's "i": OverflowError
# outside the range, before anything is done); fsync and friends take any
# object with fileno() and call a descriptor outside a C int negative.
import posix

for f, a in [(posix.fsync, (2 ** 31,)), (posix.fsync, (-1,)), (posix.fdatasync, (-2 ** 63,)),
             (posix.fsync, (None,)), (posix.fdopen, (-2 ** 63,)), (posix.fdopen, (2 ** 31, 'r')),
             (posix.dup2, (2 ** 31, None)), (posix.dup2, (0, 2 ** 31)), (posix.write, (2 ** 31, None)),
             (posix.isatty, (2 ** 31,)), (posix.close, (2 ** 31,)), (posix.close, (-2 ** 63,)),
             (posix.makedev, (2 ** 31, 0)), (posix.major, (2 ** 31,)), (posix.strerror, (2 ** 31,)),
             (posix.ftruncate, (2 ** 31, 0)), (posix.fstat, (2 ** 31,)), (posix.fchmod, (0, 2 ** 31)),
             (posix.ttyname, (2 ** 63,)), (posix.dup, (2 ** 31,)), (posix.lseek, (2 ** 31, 0, 0))]:
    try:
        f(*a)
        print f.__name__, a, 'ok'
    except Exception as e:
        print f.__name__, a, type(e).__name__, e
# pathconf wants a string path first; configuration names are ints (not
# longs) or known strings
for f, a in [(posix.pathconf, ('/', 2 ** 63)), (posix.pathconf, (None, 'x')), (posix.pathconf, (0, 'PC_NAME_MAX')),
             (posix.pathconf, (u'\udc80', 1)), (posix.pathconf, ('/', 'x')), (posix.pathconf, ('/', 1L)),
             (posix.fpathconf, (None, 2 ** 63)), (posix.fpathconf, (2 ** 31, None)), (posix.fpathconf, (0, 'x')),
             (posix.sysconf, (2 ** 63,)), (posix.sysconf, (1L,))]:
    try:
        f(*a)
        print f.__name__, a, 'ok'
    except Exception as e:
        print f.__name__, a, type(e).__name__, e
for a in [None, 2 ** 31, 1.5, 'x', True]:
    try:
        print 'stat_float_times', a, posix.stat_float_times(a)
    except Exception as e:
        print 'stat_float_times', a, type(e).__name__, e
print posix.stat_float_times()
import mmap
for a in [(2 ** 31, 1), (-1, 2 ** 63), (-1, None), (-1, 1, 2 ** 31), (-1, 1.5), (None, 1)]:
    try:
        mmap.mmap(*a)
        print 'mmap', a, 'ok'
    except Exception as e:
        print 'mmap', a, type(e).__name__, e
