# fcntl: descriptor flags, status flags, locks
import fcntl
import os

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFD)
fcntl.fcntl(r, fcntl.F_SETFD, flags | fcntl.FD_CLOEXEC)
print fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC
fl = fcntl.fcntl(w, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print bool(fcntl.fcntl(w, fcntl.F_GETFL) & os.O_NONBLOCK)
fcntl.fcntl(r, fcntl.F_SETFL, fcntl.fcntl(r, fcntl.F_GETFL) | os.O_NONBLOCK)
try:
    os.read(r, 1)
except OSError as e:
    print 'EAGAIN', e.errno
f = open('lockme', 'w')
fcntl.flock(f, fcntl.LOCK_EX)
fcntl.flock(f.fileno(), fcntl.LOCK_UN)
fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.lockf(f, fcntl.LOCK_UN)
print 'locks ok'
try:
    fcntl.fcntl(999, fcntl.F_GETFD)
except IOError as e:
    print 'IOError', e.errno
try:
    fcntl.fcntl('x', fcntl.F_GETFD)
except TypeError as e:
    print 'TypeError', e
print fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFD, fcntl.F_SETFD
