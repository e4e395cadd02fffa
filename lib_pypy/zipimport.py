"""zipimport: importing Python modules from ZIP archives on sys.path (PEP
273/302).  sys.path_hooks holds a small built-in hook that loads this
module the first time a path entry names a file rather than a directory.

Only built-in modules are imported at the top: this module is loaded while
a path entry's importer is being looked up, when an import that searched
sys.path would ask the hook again.  The archive is read directly (the
central directory, stored and deflated members); zlib and marshal are
imported when first needed."""
import sys
import imp
import posix

__all__ = ["ZipImportError", "zipimporter"]


class ZipImportError(ImportError):
    pass


_zip_cache = {}      # archive path -> {name inside the archive: ZipInfo}


def _is_file(path):
    try:
        return posix.stat(path).st_mode & 0o170000 == 0o100000
    except OSError:
        return False


def _split_archive(path):
    """(archive file, prefix inside it) for 'dir/foo.zip/sub/dir'."""
    archive = path.rstrip("/")
    rest = ""
    while archive:
        if _is_file(archive):
            return archive, rest
        slash = archive.rfind("/")
        if slash <= 0:
            break
        rest = archive[slash + 1:] + "/" + rest if rest else archive[slash + 1:]
        archive = archive[:slash]
    raise ZipImportError("not a Zip file")


def _u16(data, pos):
    return ord(data[pos]) | (ord(data[pos + 1]) << 8)


def _u32(data, pos):
    return _u16(data, pos) | (_u16(data, pos + 2) << 16)


class _Member(object):
    __slots__ = ["method", "csize", "size", "offset"]

    def __init__(self, method, csize, size, offset):
        self.method = method
        self.csize = csize
        self.size = size
        self.offset = offset


def _read_directory(archive):
    """{name: _Member} from the archive's central directory."""
    try:
        f = open(archive, "rb")
    except IOError:
        raise ZipImportError("can't open Zip file: '%s'" % archive)
    try:
        f.seek(0, 2)
        size = f.tell()
        tail_len = min(size, 65536 + 22)
        f.seek(size - tail_len)
        tail = f.read(tail_len)
        end = tail.rfind("PK\x05\x06")
        if end < 0 or end + 22 > len(tail):
            raise ZipImportError("not a Zip file: '%s'" % archive)
        count = _u16(tail, end + 10)
        dir_size = _u32(tail, end + 12)
        dir_offset = _u32(tail, end + 16)
        f.seek(dir_offset)
        directory = f.read(dir_size)
    finally:
        f.close()
    files = {}
    pos = 0
    for _ in range(count):
        if directory[pos:pos + 4] != "PK\x01\x02":
            raise ZipImportError("bad central directory in Zip file: '%s'" % archive)
        name_len = _u16(directory, pos + 28)
        extra_len = _u16(directory, pos + 30)
        comment_len = _u16(directory, pos + 32)
        name = directory[pos + 46:pos + 46 + name_len]
        files[name] = _Member(_u16(directory, pos + 10), _u32(directory, pos + 20),
                              _u32(directory, pos + 24), _u32(directory, pos + 42))
        pos += 46 + name_len + extra_len + comment_len
    return files


class zipimporter(object):
    """zipimporter(archivepath) -> zipimporter object

    Create a new zipimporter instance. 'archivepath' must be a path to
    a zipfile, or to a specific path inside a zipfile."""

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError("zipimporter() argument 1 must be string, not %s" % type(path).__name__)
        if not path:
            raise ZipImportError("archive path is empty")
        archive, prefix = _split_archive(path)
        if prefix and not prefix.endswith("/"):
            prefix += "/"
        if archive not in _zip_cache:
            _zip_cache[archive] = _read_directory(archive)
        self.archive = archive
        self.prefix = prefix
        self._files = _zip_cache[archive]

    def __repr__(self):
        if self.prefix:
            return '<zipimporter object "%s/%s">' % (self.archive, self.prefix)
        return '<zipimporter object "%s">' % self.archive

    def _subname(self, fullname):
        return fullname.rpartition(".")[2]

    def _module_info(self, fullname):
        """(path inside the archive, is_package, is_bytecode) or None."""
        base = self.prefix + self._subname(fullname)
        for suffix, is_pkg, is_code in (("/__init__.pyc", True, True), ("/__init__.py", True, False),
                                        (".pyc", False, True), (".py", False, False)):
            if base + suffix in self._files:
                # source wins over bytecode of the same module (no mtime check needed)
                if is_code and base + suffix[:-1] in self._files:
                    continue
                return base + suffix, is_pkg, is_code
        return None

    def find_module(self, fullname, path=None):
        """find_module(fullname, path=None) -> self or None."""
        return self if self._module_info(fullname) is not None else None

    def _read(self, name):
        member = self._files[name]
        f = open(self.archive, "rb")
        try:
            f.seek(member.offset)
            header = f.read(30)
            if header[:4] != "PK\x03\x04":
                raise ZipImportError("bad local file header in %s" % self.archive)
            f.seek(member.offset + 30 + _u16(header, 26) + _u16(header, 28))
            data = f.read(member.csize)
        finally:
            f.close()
        if member.method == 0:
            return data
        if member.method == 8:
            import zlib
            return zlib.decompress(data, -15)
        raise ZipImportError("can't decompress data; unsupported compression method %d" % member.method)

    def get_data(self, pathname):
        """get_data(pathname) -> string with file data."""
        if pathname.startswith(self.archive + "/"):
            pathname = pathname[len(self.archive) + 1:]
        if pathname not in self._files:
            raise IOError(0, '', pathname)
        return self._read(pathname)

    def _code(self, fullname):
        info = self._module_info(fullname)
        if info is None:
            raise ZipImportError("can't find module '%s'" % fullname)
        name, is_pkg, is_code = info
        data = self._read(name)
        path = self.archive + "/" + name
        if is_code:
            if data[:4] != imp.get_magic():
                raise ZipImportError("bad magic number in %s" % path)
            import marshal
            return marshal.loads(data[8:]), is_pkg, path
        source = data.replace("\r\n", "\n").replace("\r", "\n")
        if not source.endswith("\n"):
            source += "\n"
        return compile(source, path, "exec", 0, True), is_pkg, path

    def get_code(self, fullname):
        """get_code(fullname) -> code object."""
        return self._code(fullname)[0]

    def get_source(self, fullname):
        """get_source(fullname) -> source string, or None if only bytecode exists."""
        info = self._module_info(fullname)
        if info is None:
            raise ZipImportError("can't find module '%s'" % fullname)
        name = info[0]
        if name.endswith(".pyc"):
            name = name[:-1]
            if name not in self._files:
                return None
        return self._read(name)

    def get_filename(self, fullname):
        """get_filename(fullname) -> filename string."""
        return self._code(fullname)[2]

    def is_package(self, fullname):
        """is_package(fullname) -> bool."""
        info = self._module_info(fullname)
        if info is None:
            raise ZipImportError("can't find module '%s'" % fullname)
        return info[1]

    def load_module(self, fullname):
        """load_module(fullname) -> module."""
        code, is_pkg, path = self._code(fullname)
        mod = sys.modules.get(fullname)
        if mod is None:
            mod = imp.new_module(fullname)
            sys.modules[fullname] = mod
        mod.__file__ = path
        mod.__loader__ = self
        if is_pkg:
            mod.__path__ = [self.archive + "/" + self.prefix + self._subname(fullname)]
        try:
            exec code in mod.__dict__
        except BaseException:
            if fullname in sys.modules:
                del sys.modules[fullname]
            raise
        return sys.modules[fullname]
