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
