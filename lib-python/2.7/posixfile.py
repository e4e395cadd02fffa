"""File objects with POSIX locking and descriptor flags (deprecated:
use fcntl.lockf and fcntl.fcntl directly).

    f = posixfile.open(name, mode)      # or posixfile.fileopen(fileobj)
    f.lock('w|')                        # wait for an exclusive lock
    f.flags('a')                        # set O_APPEND

The object offers the methods of the file it wraps and:
  file()        the file object
  dup()         a new file object over a duplicate descriptor
  dup2(fd)      the same, over descriptor FD
  flags([str])  get or set descriptor flags: 'a' append, 'n' no delay,
                's' synchronous, 'c' close on exec; '!' clears them and
                '=' replaces all of them; returns the current flags
  lock(how[, len[, start[, whence]]])
                'r' shared, 'w' exclusive, 'u' unlock; '|' waits, '?'
                asks who holds a conflicting lock (a tuple or None)
"""
import warnings

warnings.warn("The posixfile module is deprecated; "
              "fcntl.lockf() provides better locking",
              DeprecationWarning, 2)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _posixfile_:
    """A file object with locking (see the module)."""

    states = ['open', 'closed']

    def __repr__(self):
        f = self._file_
        return "<%s posixfile '%s', mode '%s' at %s>" % (
            self.states[f.closed], f.name, f.mode, hex(id(self))[2:])

    def open(self, name, mode='r', bufsize=-1):
        import __builtin__
        return self.fileopen(__builtin__.open(name, mode, bufsize))

    def fileopen(self, file):
        import types
        if not isinstance(file, types.FileType):
            raise TypeError('posixfile.fileopen() arg must be file object')
        self._file_ = file
        # the file's own methods become ours
        for name in dir(file):
            if name.startswith('_'):
                continue
            value = getattr(file, name)
            if isinstance(value, types.BuiltinMethodType):
                setattr(self, name, value)
        return self

    def file(self):
        return self._file_

    def dup(self):
        import posix
        if not hasattr(posix, 'fdopen'):
            raise AttributeError('dup() method unavailable')
        return posix.fdopen(posix.dup(self._file_.fileno()), self._file_.mode)

    def dup2(self, fd):
        import posix
        if not hasattr(posix, 'fdopen'):
            raise AttributeError('dup() method unavailable')
        posix.dup2(self._file_.fileno(), fd)
        return posix.fdopen(fd, self._file_.mode)

    def flags(self, *which):
        import fcntl
        import os
        if len(which) > 1:
            raise TypeError('Too many arguments')
        which = which[0] if which else '?'
        fd = self._file_.fileno()

        wanted = 0
        for letter, bit in (('n', os.O_NDELAY), ('a', os.O_APPEND),
                            ('s', os.O_SYNC)):
            if letter in which:
                wanted |= bit
        if '=' not in which:
            current = fcntl.fcntl(fd, fcntl.F_GETFL, 0)
            if '!' in which:
                wanted = current & ~wanted
            else:
                wanted = current | wanted
        fcntl.fcntl(fd, fcntl.F_SETFL, wanted)

        if 'c' in which:
            fcntl.fcntl(fd, fcntl.F_SETFD, '!' not in which)

        if '?' not in which:
            return None
        # report the flags now in effect
        status = fcntl.fcntl(fd, fcntl.F_GETFL, 0)
        result = ''
        if status & os.O_APPEND:
            result += 'a'
        if fcntl.fcntl(fd, fcntl.F_GETFD, 0) & 1:
            result += 'c'
        if status & os.O_NDELAY:
            result += 'n'
        if status & os.O_SYNC:
            result += 's'
        return result

    def lock(self, how, *args):
        import fcntl
        import struct
        if 'w' in how:
            kind = fcntl.F_WRLCK
        elif 'r' in how:
            kind = fcntl.F_RDLCK
        elif 'u' in how:
            kind = fcntl.F_UNLCK
        else:
            raise TypeError('no type of lock specified')
        if '|' in how:
            cmd = fcntl.F_SETLKW
        elif '?' in how:
            cmd = fcntl.F_GETLK
        else:
            cmd = fcntl.F_SETLK
        if len(args) > 3:
            raise TypeError('too many arguments')
        # (len, start, whence), each optional, defaulting to 0
        length, start, whence = (tuple(args) + (0, 0, 0))[:3]

        # struct flock of Linux: type, whence, start, len, pid
        layout = 'hhqqi4x'
        request = struct.pack(layout, kind, whence, start, length, 0)
        reply = fcntl.fcntl(self._file_.fileno(), cmd, request)

        if '?' not in how:
            return None
        kind, whence, start, length, pid = struct.unpack(layout, reply)
        if kind == fcntl.F_UNLCK:
            return None
        return ('r' if kind == fcntl.F_RDLCK else 'w',
                length, start, whence, pid)


def open(name, mode='r', bufsize=-1):
    """A posixfile over the built-in open(NAME, MODE, BUFSIZE)."""
    return _posixfile_().open(name, mode, bufsize)


def fileopen(file):
    """A posixfile over the open file object FILE."""
    return _posixfile_().fileopen(file)
