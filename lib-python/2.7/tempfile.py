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

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
if hasattr(_os, 'O_NOINHERIT'):
    _text_openflags |= _os.O_NOINHERIT
if hasattr(_os, 'O_NOFOLLOW'):
    _text_openflags |= _os.O_NOFOLLOW
_bin_openflags = _text_openflags
if hasattr(_os, 'O_BINARY'):
    _bin_openflags |= _os.O_BINARY

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

template = "tmp"

_once_lock = _allocate_lock()


def _exists(fn):
    try:
        _os.lstat(fn)
    except _os.error:
        return False
    return True


class _RandomNameSequence(object):
    """An endless iterator of random 6-character names; a forked child
    gets its own random generator so it does not repeat its parent."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self.mutex = _allocate_lock()
        self._rng = None
        self._rng_pid = None

    def _choose(self):
        pid = _os.getpid()
        if _Random is not None:
            if self._rng is None or self._rng_pid != pid:
                self._rng = _Random()
                self._rng_pid = pid
            choose = self._rng.choice
            return [choose(self.characters) for _ in xrange(6)]
        data = _os.urandom(6)
        n = len(self.characters)
        return [self.characters[ord(b) % n] for b in data]

    def __iter__(self):
        return self

    def next(self):
        self.mutex.acquire()
        try:
            letters = self._choose()
        finally:
            self.mutex.release()
        return ''.join(letters)


def _candidate_tempdir_list():
    """Where a temporary directory may be: $TMPDIR, $TEMP, $TMP, the usual
    places, then the current directory."""
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, _os.error):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory where a file can really be created
    and written."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    flags = _text_openflags
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.normcase(_os.path.abspath(dir))
        for seq in xrange(100):
            name = namer.next()
            filename = _os.path.join(dir, name)
            try:
                fd = _os.open(filename, flags, 0o600)
                try:
                    try:
                        _os.write(fd, b'blat')
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(filename)
                return dir
            except (OSError, IOError) as e:
                if e.args[0] == _errno.EEXIST:
                    continue
                break
    raise IOError(_errno.ENOENT, "No usable temporary directory found in %s" % dirlist)


_name_sequence = None


def _get_candidate_names():
    """The shared _RandomNameSequence."""
    global _name_sequence
    if _name_sequence is None:
        _once_lock.acquire()
        try:
            if _name_sequence is None:
                _name_sequence = _RandomNameSequence()
        finally:
            _once_lock.release()
    return _name_sequence


def _mkstemp_inner(dir, pre, suf, flags):
    """mkstemp's work: (fd, absolute name) of a new file."""
    names = _get_candidate_names()
    for seq in xrange(TMP_MAX):
        name = names.next()
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
            _set_cloexec(fd)
            return (fd, _os.path.abspath(file))
        except OSError as e:
            if e.errno == _errno.EEXIST:
                continue
            raise
    raise IOError(_errno.EEXIST, "No usable temporary file name found")


def _set_cloexec(fd):
    try:
        import fcntl as _fcntl
    except ImportError:
        return
    try:
        flags = _fcntl.fcntl(fd, _fcntl.F_GETFD, 0)
    except IOError:
        return
    _fcntl.fcntl(fd, _fcntl.F_SETFD, flags | _fcntl.FD_CLOEXEC)


def gettempprefix():
    """The default prefix of temporary names."""
    return template


tempdir = None


def gettempdir():
    """The default directory for temporary files (tempdir once set)."""
    global tempdir
    if tempdir is None:
        _once_lock.acquire()
        try:
            if tempdir is None:
                tempdir = _get_default_tempdir()
        finally:
            _once_lock.release()
    return tempdir


def mkstemp(suffix="", prefix=template, dir=None, text=False):
    """Create a new file readable and writable only by its owner:
    (fd, absolute path).  The caller closes and removes it."""
    if dir is None:
        dir = gettempdir()
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags)


def mkdtemp(suffix="", prefix=template, dir=None):
    """Create a new directory accessible only by its owner; its absolute
    path.  The caller removes it."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in xrange(TMP_MAX):
        name = names.next()
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
            return file
        except OSError as e:
            if e.errno == _errno.EEXIST:
                continue
            raise
    raise IOError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (someone may create it before
    you do: use mkstemp instead)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in xrange(TMP_MAX):
        name = names.next()
        file = _os.path.join(dir, prefix + name + suffix)
        if not _exists(file):
            return file
    raise IOError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper(object):
    """A file object with a `name`, deleted when closed (if delete)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.close_called = False
        self.delete = delete

    def __getattr__(self, name):
        # delegate to the file, remembering what is not a plain int
        file = self.__dict__['file']
        a = getattr(file, name)
        if not issubclass(type(a), type(0)):
            setattr(self, name, a)
        return a

    def __enter__(self):
        self.file.__enter__()
        return self

    def __iter__(self):
        return iter(self.file)

    unlink = _os.unlink

    def close(self):
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    self.unlink(self.name)

    def __del__(self):
        self.close()

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result


def NamedTemporaryFile(mode='w+b', bufsize=-1, suffix="", prefix=template,
                       dir=None, delete=True):
    """A temporary file with a visible name (its .name attribute), deleted
    on close when delete is true."""
    if dir is None:
        dir = gettempdir()
    flags = _bin_openflags if 'b' in mode else _text_openflags
    fd, name = _mkstemp_inner(dir, prefix, suffix, flags)
    try:
        file = _os.fdopen(fd, mode, bufsize)
        return _TemporaryFileWrapper(file, name, delete)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', bufsize=-1, suffix="", prefix=template, dir=None):
    """A temporary file object whose name is removed at once (POSIX), so
    it disappears when closed."""
    if dir is None:
        dir = gettempdir()
    flags = _bin_openflags if 'b' in mode else _text_openflags
    fd, name = _mkstemp_inner(dir, prefix, suffix, flags)
    try:
        _os.unlink(name)
        return _os.fdopen(fd, mode, bufsize)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(object):
    """A temporary file kept in memory until it grows past max_size (or
    fileno() is called), then moved to a real TemporaryFile."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', bufsize=-1, suffix="",
                 prefix=template, dir=None):
        self._file = _StringIO()
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = (mode, bufsize, suffix, prefix, dir)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(*self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        newfile.write(file.getvalue())
        newfile.seek(file.tell(), 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs[0]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def next(self):
        return self._file.next()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        self._file.seek(*args)

    @property
    def softspace(self):
        return self._file.softspace

    def tell(self):
        return self._file.tell()

    def truncate(self, *args):
        self._file.truncate(*args)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def xreadlines(self, *args):
        if hasattr(self._file, 'xreadlines'):
            return self._file.xreadlines(*args)
        return iter(self._file)
