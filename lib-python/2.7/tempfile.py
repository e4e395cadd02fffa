"""Temporary files and directories, created securely (O_EXCL, private
permissions) under a temporary directory.

    mkstemp(), mkdtemp()          a new file (fd, name) / directory name
    NamedTemporaryFile()          a file object with a name, removed on close
    TemporaryFile()               a file object without a name
    SpooledTemporaryFile()        in memory until it grows past max_size
    gettempdir(), gettempprefix() the defaults
    mktemp()                      an unused name (unsafe: prefer mkstemp)
"""
import os as _os
import errno as _errno

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix",
           "tempdir", "gettempdir"]

try:
    from cStringIO import StringIO as _StringIO
except ImportError:
    from StringIO import StringIO as _StringIO

try:
    from random import Random as _Random
except ImportError:
    _Random = None

try:
    import thread as _thread
    _allocate_lock = _thread.allocate_lock
except ImportError:
    class _DummyLock(object):
        def acquire(self, *args):
            return True

        def release(self):
            pass
    _allocate_lock = _DummyLock

def _flags_with(base, *names):
    """base or'ed with each os.O_* flag this platform defines."""
    for name in names:
        base |= getattr(_os, name, 0)
    return base

# O_EXCL makes creation fail rather than reuse a name somebody else made
_text_openflags = _flags_with(_os.O_RDWR | _os.O_CREAT | _os.O_EXCL,
                              'O_NOINHERIT', 'O_NOFOLLOW')
_bin_openflags = _flags_with(_text_openflags, 'O_BINARY')

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

template = "tmp"

_once_lock = _allocate_lock()


def _exists(fn):
    """Whether anything (even a dangling link) is at fn."""
    try:
        _os.lstat(fn)
        return True
    except _os.error:
        return False


class _RandomNameSequence(object):
    """An endless iterator of random 6-character names; a forked child
    gets its own random generator so it does not repeat its parent."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self.mutex = _allocate_lock()
        self._rng = None
        self._rng_pid = None

    def _generator(self):
        # re-seed after fork: compare the pid the generator was made in
        here = _os.getpid()
        if self._rng_pid != here or self._rng is None:
            self._rng, self._rng_pid = _Random(), here
        return self._rng

    def _letters(self):
        alphabet = self.characters
        if _Random is None:
            return [alphabet[ord(byte) % len(alphabet)] for byte in _os.urandom(6)]
        pick = self._generator().choice
        return [pick(alphabet) for _ in range(6)]

    def __iter__(self):
        return self

    def next(self):
        self.mutex.acquire()
        try:
            return ''.join(self._letters())
        finally:
            self.mutex.release()


def _candidate_tempdir_list():
    """Where a temporary directory may be: $TMPDIR, $TEMP, $TMP, the usual
    places, then the current directory."""
    found = [_os.getenv(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    found = [d for d in found if d]
    found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        here = _os.getcwd()
    except (AttributeError, _os.error):
        here = _os.curdir
    found.append(here)
    return found


def _can_write_in(directory, namer):
    """True if a scratch file can be created, written and removed in
    directory; None to retry with another name; False to give up on it."""
    path = _os.path.join(directory, namer.next())
    try:
        fd = _os.open(path, _text_openflags, 0o600)
        try:
            try:
                # through io.open, as 2.7 writes it (tests replace io.open)
                import io
                with io.open(fd, 'wb', closefd=False) as fp:
                    fp.write(b'blat')
            finally:
                _os.close(fd)
        finally:
            _os.unlink(path)
    except (OSError, IOError) as e:
        return None if e.args[0] == _errno.EEXIST else False
    return True


def _get_default_tempdir():
    """The first candidate directory where a file can really be created
    and written."""
    namer = _RandomNameSequence()
    candidates = _candidate_tempdir_list()
    for directory in candidates:
        if directory != _os.curdir:
            directory = _os.path.normcase(_os.path.abspath(directory))
        for _ in range(100):
            verdict = _can_write_in(directory, namer)
            if verdict is not None:
                break
        if verdict:
            return directory
    raise IOError(_errno.ENOENT, "No usable temporary directory found in %s" % candidates)


_name_sequence = None


def _get_candidate_names():
    """The shared _RandomNameSequence (made on first use)."""
    global _name_sequence
    _once_lock.acquire()
    try:
        if _name_sequence is None:
            _name_sequence = _RandomNameSequence()
        return _name_sequence
    finally:
        _once_lock.release()


def _try_names(dir, pre, suf, create, failure):
    """Call create(path) on fresh candidate paths until one does not fail
    with EEXIST; its result.  After TMP_MAX clashes, IOError(failure)."""
    names = _get_candidate_names()
    for _ in xrange(TMP_MAX):
        path = _os.path.join(dir, pre + names.next() + suf)
        try:
            return create(path)
        except OSError as e:
            if e.errno != _errno.EEXIST:
                raise
    raise IOError(_errno.EEXIST, failure)


def _mkstemp_inner(dir, pre, suf, flags):
    """mkstemp's work: (fd, absolute name) of a new file."""
    def create(path):
        fd = _os.open(path, flags, 0o600)
        _set_cloexec(fd)
        return fd, _os.path.abspath(path)
    return _try_names(dir, pre, suf, create, "No usable temporary file name found")


def _set_cloexec(fd):
    """Keep fd from leaking into exec'ed children, where fcntl exists."""
    try:
        import fcntl
    except ImportError:
        return
    try:
        current = fcntl.fcntl(fd, fcntl.F_GETFD, 0)
    except IOError:
        return
    fcntl.fcntl(fd, fcntl.F_SETFD, current | fcntl.FD_CLOEXEC)


def gettempprefix():
    """The default prefix of temporary names."""
    return template


tempdir = None


def gettempdir():
    """The default directory for temporary files (tempdir once set)."""
    global tempdir
    if tempdir is not None:
        return tempdir
    _once_lock.acquire()
    try:
        if tempdir is None:
            tempdir = _get_default_tempdir()
        return tempdir
    finally:
        _once_lock.release()


def _dir_or_default(dir):
    return gettempdir() if dir is None else dir


def mkstemp(suffix="", prefix=template, dir=None, text=False):
    """Create a new file readable and writable only by its owner:
    (fd, absolute path).  The caller closes and removes it."""
    return _mkstemp_inner(_dir_or_default(dir), prefix, suffix,
                          _text_openflags if text else _bin_openflags)


def mkdtemp(suffix="", prefix=template, dir=None):
    """Create a new directory accessible only by its owner; its path
    (under dir as given).  The caller removes it."""
    def create(path):
        _os.mkdir(path, 0o700)
        return path
    return _try_names(_dir_or_default(dir), prefix, suffix, create,
                      "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (someone may create it before
    you do: use mkstemp instead)."""
    where = _dir_or_default(dir)
    names = _get_candidate_names()
    attempts = 0
    while attempts < TMP_MAX:
        attempts += 1
        path = _os.path.join(where, prefix + names.next() + suffix)
        if not _exists(path):
            return path
    raise IOError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper(object):
    """Wraps a real file object: attribute access goes to the file, and
    close() (or garbage collection) also removes the file when delete."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.close_called = False

    def __getattr__(self, name):
        # Only called for what the wrapper lacks.  Cache the file's value
        # on the wrapper so later lookups are direct; ints (like
        # softspace) are left uncached as they may change.
        value = getattr(self.__dict__['file'], name)
        if not isinstance(value, int):
            setattr(self, name, value)
        return value

    # a plain function attribute, so it stays usable during shutdown
    unlink = _os.unlink

    def close(self):
        if self.close_called:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete:
                self.unlink(self.name)

    def __del__(self):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        self.close()
        return outcome


def _open_private(mode, suffix, prefix, dir):
    """(fd, name) of a new file for the two factory functions below."""
    flags = _bin_openflags if 'b' in mode else _text_openflags
    return _mkstemp_inner(_dir_or_default(dir), prefix, suffix, flags)


def NamedTemporaryFile(mode='w+b', bufsize=-1, suffix="", prefix=template,
                       dir=None, delete=True):
    """A temporary file with a visible name (its .name attribute), deleted
    on close when delete is true."""
    fd, name = _open_private(mode, suffix, prefix, dir)
    try:
        return _TemporaryFileWrapper(_os.fdopen(fd, mode, bufsize), name, delete)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', bufsize=-1, suffix="", prefix=template, dir=None):
    """A temporary file object whose name is removed at once (POSIX), so
    it disappears when closed."""
    fd, name = _open_private(mode, suffix, prefix, dir)
    try:
        _os.unlink(name)    # the open descriptor keeps the data alive
        return _os.fdopen(fd, mode, bufsize)
    except BaseException:
        _os.close(fd)
        raise


def _delegate(method):
    """A method calling the same-named method of self._file."""
    def call(self, *args):
        return getattr(self._file, method)(*args)
    call.__name__ = method
    return call


def _delegate_property(attr, fallback):
    """A read-only property reading self._file's attr, or fallback(self)."""
    def read(self):
        try:
            return getattr(self._file, attr)
        except AttributeError:
            return fallback(self)
    return property(read)


class SpooledTemporaryFile(object):
    """A temporary file kept in memory until it grows past max_size (or
    fileno() is called), then moved to a real TemporaryFile."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', bufsize=-1, suffix="",
                 prefix=template, dir=None):
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = (mode, bufsize, suffix, prefix, dir)
        self._file = _StringIO()

    def _check(self, file):
        if not self._rolled and self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (once)."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(*self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        disk.write(memory.getvalue())
        disk.seek(memory.tell(), 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def fileno(self):
        self.rollover()     # a descriptor needs a real file
        return self._file.fileno()

    closed = property(lambda self: self._file.closed)
    softspace = property(lambda self: self._file.softspace)
    mode = _delegate_property('mode', lambda self: self._TemporaryFileArgs[0])
    name = _delegate_property('name', lambda self: None)

    __iter__ = _delegate('__iter__')
    next = _delegate('next')
    read = _delegate('read')
    readline = _delegate('readline')
    readlines = _delegate('readlines')
    tell = _delegate('tell')
    isatty = _delegate('isatty')

    def close(self):
        self._file.close()

    def flush(self):
        self._file.flush()

    def seek(self, *args):
        self._file.seek(*args)

    def truncate(self, *args):
        self._file.truncate(*args)

    def _write_via(self, method, data):
        file = self._file
        result = getattr(file, method)(data)
        self._check(file)
        return result

    def write(self, s):
        return self._write_via('write', s)

    def writelines(self, iterable):
        return self._write_via('writelines', iterable)

    def xreadlines(self, *args):
        if not hasattr(self._file, 'xreadlines'):
            return iter(self._file)
        return self._file.xreadlines(*args)
