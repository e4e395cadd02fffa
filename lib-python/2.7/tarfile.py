"""Read and write tar archives: TarFile, TarInfo, open(), is_tarfile().

Writes GNU format by default (long names as ././@LongLink members) or
ustar; reads ustar, GNU and the common pax records (path, linkpath, size).
Compression through gzip (':gz'); bz2 is used when the module exists.
Stream modes ('r|', 'w|') work through the same code on any file object
that can read/write sequentially."""

import struct
import StringIO

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError"]

bltn_open = open

NUL = "\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = "ustar  \0"
POSIX_MAGIC = "ustar\x0000"
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = "0"
AREGTYPE = "\0"
LNKTYPE = "1"
SYMTYPE = "2"
CHRTYPE = "3"
BLKTYPE = "4"
DIRTYPE = "5"
FIFOTYPE = "6"
CONTTYPE = "7"
GNUTYPE_LONGNAME = "L"
GNUTYPE_LONGLINK = "K"
GNUTYPE_SPARSE = "S"
XHDTYPE = "x"
XGLTYPE = "g"
SOLARIS_XHDTYPE = "X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = GNU_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE,
                   CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

S_IFLNK = 0120000
S_IFREG = 0100000
S_IFBLK = 0060000
S_IFDIR = 0040000
S_IFCHR = 0020000
S_IFIFO = 0010000
TSUID = 04000
TSGID = 02000
TSVTX = 01000
TUREAD = 0400
TUWRITE = 0200
TUEXEC = 0100
TGREAD = 0040
TGWRITE = 0020
TGEXEC = 0010
TOREAD = 0004
TOWRITE = 0002
TOEXEC = 0001

ENCODING = "utf-8"


class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


# ---- field conversions --------------------------------------------------------

def stn(s, length):
    """A string as a NUL-padded field of length bytes."""
    return s[:length] + (length - len(s)) * NUL


def nts(s):
    """The string in a NUL-terminated field."""
    p = s.find("\0")
    if p == -1:
        return s
    return s[:p]


def nti(s):
    """The number in an octal field (or GNU base-256 field)."""
    if s[0] != chr(0200):
        try:
            return int(nts(s).strip() or "0", 8)
        except ValueError:
            raise InvalidHeaderError("invalid header")
    n = 0L
    for i in xrange(len(s) - 1):
        n <<= 8
        n += ord(s[i + 1])
    return n


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number as an octal field of digits bytes (base-256 for GNU when it
    does not fit)."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return "%0*o" % (digits - 1, n) + NUL
    if format != GNU_FORMAT or n >= 256 ** (digits - 1):
        raise ValueError("overflow in number field")
    if n < 0:
        n = (1 << (8 * (digits - 1))) + n
    s = ""
    for i in xrange(digits - 1):
        s = chr(n & 0377) + s
        n >>= 8
    return chr(0200) + s


def calc_chksums(buf):
    """The unsigned and signed checksums of a header block (the chksum
    field counts as spaces)."""
    unsigned = 256
    signed = 256
    for k in range(148):
        unsigned += ord(buf[k])
    for k in range(156, 512):
        unsigned += ord(buf[k])
    for k in range(148):
        c = ord(buf[k])
        signed += c - 256 if c > 127 else c
    for k in range(156, 512):
        c = ord(buf[k])
        signed += c - 256 if c > 127 else c
    return unsigned, signed


def _copy_member(tarinfo):
    """A shallow copy of a TarInfo (its attributes are plain values)."""
    other = tarinfo.__class__.__new__(tarinfo.__class__)
    other.__dict__.update(tarinfo.__dict__)
    return other


def copyfileobj(src, dst, length=None):
    """Copy length bytes (all if None) from src to dst."""
    if length == 0:
        return
    if length is None:
        while True:
            buf = src.read(16 * 1024)
            if not buf:
                return
            dst.write(buf)
    remaining = length
    while remaining > 0:
        buf = src.read(min(remaining, 16 * 1024))
        if len(buf) == 0:
            raise IOError("end of file reached")
        dst.write(buf)
        remaining -= len(buf)


def filemode(mode):
    """An ls-style string for a file mode ('-rwxrwxrwx')."""
    perm = []
    kinds = ((S_IFLNK, "l"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"),
             (S_IFCHR, "c"), (S_IFIFO, "p"))
    for bit, char in kinds:
        if mode & 0170000 == bit:
            perm.append(char)
            break
    else:
        perm.append("-")
    for shift, special, on, off in ((6, TSUID, "s", "S"), (3, TSGID, "s", "S"),
                                    (0, TSVTX, "t", "T")):
        bits = (mode >> shift) & 7
        perm.append("r" if bits & 4 else "-")
        perm.append("w" if bits & 2 else "-")
        if mode & special:
            perm.append(on if bits & 1 else off)
        else:
            perm.append("x" if bits & 1 else "-")
    return "".join(perm)


# ---- members ----------------------------------------------------------------------

class TarInfo(object):
    """One archive member: its header fields and where its data is."""

    def __init__(self, name=""):
        self.name = name
        self.mode = 0644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.pax_headers = {}

    def _getpath(self):
        return self.name

    def _setpath(self, name):
        self.name = name
    path = property(_getpath, _setpath)

    def _getlinkpath(self):
        return self.linkname

    def _setlinkpath(self, linkname):
        self.linkname = linkname
    linkpath = property(_getlinkpath, _setlinkpath)

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def get_info(self, encoding=ENCODING, errors="strict"):
        """The header fields as a dict (directories get a trailing '/')."""
        info = {
            "name": self.name, "mode": self.mode & 07777, "uid": self.uid,
            "gid": self.gid, "size": self.size, "mtime": self.mtime,
            "chksum": self.chksum, "type": self.type, "linkname": self.linkname,
            "uname": self.uname, "gname": self.gname, "devmajor": self.devmajor,
            "devminor": self.devminor,
        }
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        for key in ("name", "linkname", "uname", "gname"):
            if isinstance(info[key], unicode):
                info[key] = info[key].encode(encoding, errors)
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="strict"):
        """The header block(s) of this member."""
        info = self.get_info(encoding, errors)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding, errors)
        raise ValueError("invalid format")

    def create_ustar_header(self, info):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"]) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"]) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"])
        return self._create_header(info, USTAR_FORMAT)

    def create_gnu_header(self, info):
        info["magic"] = GNU_MAGIC
        buf = ""
        if len(info["linkname"]) > LENGTH_LINK:
            buf += self._create_gnu_long_header(info["linkname"], GNUTYPE_LONGLINK)
        if len(info["name"]) > LENGTH_NAME:
            buf += self._create_gnu_long_header(info["name"], GNUTYPE_LONGNAME)
        return buf + self._create_header(info, GNU_FORMAT)

    def create_pax_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        pax_headers = dict(self.pax_headers)
        for name, hname, length in (("name", "path", LENGTH_NAME),
                                    ("linkname", "linkpath", LENGTH_LINK)):
            if len(info[name]) > length:
                pax_headers[hname] = info[name].decode(encoding, errors)
                info[name] = info[name][:length]
        for name, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            val = info[name]
            if not 0 <= val < 8 ** (digits - 1):
                pax_headers[name] = unicode(val)
                info[name] = 0
        buf = self._create_pax_generic_header(pax_headers) if pax_headers else ""
        return buf + self._create_header(info, USTAR_FORMAT)

    def _posix_split_name(self, name):
        prefix = name[:LENGTH_PREFIX + 1]
        while prefix and prefix[-1] != "/":
            prefix = prefix[:-1]
        name = name[len(prefix):]
        prefix = prefix[:-1]
        if not prefix or len(name) > LENGTH_NAME:
            raise ValueError("name is too long")
        return prefix, name

    @staticmethod
    def _create_header(info, format):
        parts = [
            stn(info.get("name", ""), 100),
            itn(info.get("mode", 0) & 07777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            "        ",
            info.get("type", REGTYPE),
            stn(info.get("linkname", ""), 100),
            stn(info.get("magic", POSIX_MAGIC), 8),
            stn(info.get("uname", ""), 32),
            stn(info.get("gname", ""), 32),
            itn(info.get("devmajor", 0), 8, format),
            itn(info.get("devminor", 0), 8, format),
            stn(info.get("prefix", ""), 155),
        ]
        buf = "".join(parts)
        buf += (BLOCKSIZE - len(buf)) * NUL
        chksum = calc_chksums(buf)[0]
        return buf[:-364] + "%06o\0" % chksum + buf[-357:]

    @staticmethod
    def _create_payload(payload):
        blocks, remainder = divmod(len(payload), BLOCKSIZE)
        if remainder > 0:
            payload += (BLOCKSIZE - remainder) * NUL
        return payload

    @classmethod
    def _create_gnu_long_header(cls, name, type):
        name += NUL
        info = {"name": "././@LongLink", "type": type, "size": len(name),
                "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT) + cls._create_payload(name)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type=XHDTYPE):
        records = []
        for keyword, value in pax_headers.items():
            keyword = keyword.encode("utf8")
            value = value.encode("utf8")
            l = len(keyword) + len(value) + 3
            n = p = 0
            while True:
                n = l + len(str(p))
                if n == p:
                    break
                p = n
            records.append("%d %s=%s\n" % (p, keyword, value))
        records = "".join(records)
        info = {"name": "././@PaxHeader", "type": type, "size": len(records),
                "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT) + cls._create_payload(records)

    @classmethod
    def frombuf(cls, buf):
        """A TarInfo from one 512-byte header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        obj.buf = buf
        obj.name = nts(buf[0:100])
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257])
        obj.uname = nts(buf[265:297])
        obj.gname = nts(buf[297:329])
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500])
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile (extended headers applied)."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        self.offset_data = tarfile.fileobj.tell()
        offset = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            offset += self._block(self.size)
        tarfile.offset = offset
        self._apply_pax_info(tarfile.pax_headers)
        return self

    def _proc_gnulong(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))
        try:
            next = self.fromtarfile(tarfile)
        except HeaderError:
            raise SubsequentHeaderError("missing or bad subsequent header")
        next.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            next.name = nts(buf)
        elif self.type == GNUTYPE_LONGLINK:
            next.linkname = nts(buf)
        return next

    def _proc_pax(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))
        if self.type == XGLTYPE:
            pax_headers = tarfile.pax_headers
        else:
            pax_headers = tarfile.pax_headers.copy()
        pos = 0
        while pos < self.size:
            sp = buf.find(" ", pos)
            if sp < 0:
                break
            try:
                length = int(buf[pos:sp])
            except ValueError:
                break
            if length <= 0:
                break
            record = buf[sp + 1:pos + length - 1]
            eq = record.find("=")
            if eq > 0:
                keyword = record[:eq].decode("utf8")
                pax_headers[keyword] = record[eq + 1:].decode("utf8")
            pos += length
        try:
            next = self.fromtarfile(tarfile)
        except HeaderError:
            raise SubsequentHeaderError("missing or bad subsequent header")
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            next._apply_pax_info(pax_headers)
            next.offset = self.offset
            if "size" in pax_headers:
                offset = next.offset_data
                if next.isreg() or next.type not in SUPPORTED_TYPES:
                    offset += next._block(next.size)
                tarfile.offset = offset
        return next

    def _apply_pax_info(self, pax_headers):
        for keyword, value in pax_headers.items():
            if keyword == "path":
                self.name = value.encode("utf8")
            elif keyword == "linkpath":
                self.linkname = value.encode("utf8")
            elif keyword in ("size", "uid", "gid", "mtime"):
                try:
                    setattr(self, keyword, int(float(value)) if keyword == "mtime" else int(value))
                except ValueError:
                    pass
        self.pax_headers = pax_headers.copy()

    def _block(self, count):
        """count rounded up to a whole number of blocks."""
        blocks, remainder = divmod(count, BLOCKSIZE)
        if remainder:
            blocks += 1
        return blocks * BLOCKSIZE

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.type == GNUTYPE_SPARSE

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


class ExFileObject(StringIO.StringIO):
    """The data of a regular member, as a read-only in-memory file."""

    def __init__(self, tarfile, tarinfo):
        tarfile.fileobj.seek(tarinfo.offset_data)
        data = tarfile.fileobj.read(tarinfo.size)
        StringIO.StringIO.__init__(self, data)
        self.name = tarinfo.name
        self.mode = "r"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


# ---- the archive ---------------------------------------------------------------------

class TarFile(object):
    """The TarFile class provides an interface to tar archives."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors=None,
                 pax_headers=None, debug=None, errorlevel=None):
        modes = {"r": "rb", "a": "r+b", "w": "wb"}
        if len(mode) > 1 or mode not in "raw":
            raise ValueError("mode must be 'r', 'a' or 'w'")
        self.mode = mode
        self._mode = modes[mode]
        if not fileobj:
            if self.mode == "a":
                try:
                    fileobj = bltn_open(name, "r+b")
                except IOError:
                    # a missing file is created
                    self.mode = "w"
                    self._mode = "wb"
                    fileobj = bltn_open(name, "wb")
            else:
                fileobj = bltn_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name"):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = name if name is None else name
        self.fileobj = fileobj
        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors if errors is not None else "strict"
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        else:
            self.pax_headers = {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                # find the end of the archive: new members overwrite the zero blocks
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        tarinfo = self.tarinfo.fromtarfile(self)
                        self.members.append(tarinfo)
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e))
            if self.mode in "aw":
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo._create_pax_generic_header(self.pax_headers.copy(), XGLTYPE)
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    # ---- constructors ---------------------------------------------------------------
    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive: mode 'r' or 'r:*' (any compression), 'r:',
        'r:gz', 'r:bz2', 'a' or 'a:', 'w' or 'w:', 'w:gz', 'w:bz2', and the
        stream forms 'r|*', 'r|', 'r|gz', 'w|', 'w|gz'."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            for comptype in ("tar", "gz", "bz2"):
                func = getattr(cls, cls.OPEN_METH[comptype])
                if fileobj is not None:
                    saved_pos = fileobj.tell()
                try:
                    return func(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError):
                    if fileobj is not None:
                        fileobj.seek(saved_pos)
                    continue
            raise ReadError("file could not be opened successfully")
        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype in cls.OPEN_METH:
                func = getattr(cls, cls.OPEN_METH[comptype])
            else:
                raise CompressionError("unknown compression type %r" % comptype)
            return func(name, filemode, fileobj, **kwargs)
        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            if comptype == "*":
                return cls.open(name, filemode, fileobj, bufsize, **kwargs)
            return cls.open(name, filemode + ":" + comptype, fileobj, bufsize, **kwargs)
        if mode in ("a", "w"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed tar archive."""
        if len(mode) > 1 or mode not in "raw":
            raise ValueError("mode must be 'r', 'a' or 'w'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip compressed tar archive."""
        if len(mode) > 1 or mode not in "rw":
            raise ValueError("mode must be 'r' or 'w'")
        try:
            import gzip
            gzip.GzipFile
        except (ImportError, AttributeError):
            raise CompressionError("gzip module is not available")
        try:
            fileobj = gzip.GzipFile(name, mode, compresslevel, fileobj)
        except OSError:
            if fileobj is not None and mode == 'r':
                raise ReadError("not a gzip file")
            raise
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except (IOError, EOFError):
            fileobj.close()
            if mode == 'r':
                raise ReadError("not a gzip file")
            raise
        except:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2 compressed tar archive."""
        if len(mode) > 1 or mode not in "rw":
            raise ValueError("mode must be 'r' or 'w'.")
        try:
            import bz2
        except ImportError:
            raise CompressionError("bz2 module is not available")
        if fileobj is not None:
            raise CompressionError("bz2 file objects are not supported here")
        fileobj = bz2.BZ2File(name, mode, compresslevel=compresslevel)
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except (IOError, EOFError):
            fileobj.close()
            if mode == 'r':
                raise ReadError("not a bzip2 file")
            raise
        t._extfileobj = False
        return t

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open"}

    # ---- the archive's members --------------------------------------------------------
    def close(self):
        """Close the archive; in write mode, write the two zero blocks and
        pad the archive to a whole record."""
        if self.closed:
            return
        if self.mode in "aw":
            self.fileobj.write(NUL * (BLOCKSIZE * 2))
            self.offset += (BLOCKSIZE * 2)
            blocks, remainder = divmod(self.offset, RECORDSIZE)
            if remainder > 0:
                self.fileobj.write(NUL * (RECORDSIZE - remainder))
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True

    def getmember(self, name):
        """The TarInfo of the member name (its last occurrence)."""
        tarinfo = self._getmember(name)
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def getmembers(self):
        """The members as a list of TarInfo objects, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The names of the members, in archive order."""
        return [tarinfo.name for tarinfo in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for an existing file (by name or open file object)."""
        import os
        import stat
        self._check("aw")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drv, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, "/")
        arcname = arcname.lstrip("/")
        tarinfo = self.tarinfo()
        tarinfo.tarfile = self
        if fileobj is None:
            if hasattr(os, "lstat") and not self.dereference:
                statres = os.lstat(name)
            else:
                statres = os.stat(name)
        else:
            statres = os.fstat(fileobj.fileno())
        linkname = ""
        stmd = statres.st_mode
        if stat.S_ISREG(stmd):
            inode = (statres.st_ino, statres.st_dev)
            if not self.dereference and statres.st_nlink > 1 and \
                    inode in self.inodes and arcname != self.inodes[inode]:
                type = LNKTYPE
                linkname = self.inodes[inode]
            else:
                type = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(stmd):
            type = DIRTYPE
        elif stat.S_ISFIFO(stmd):
            type = FIFOTYPE
        elif stat.S_ISLNK(stmd):
            type = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(stmd):
            type = CHRTYPE
        elif stat.S_ISBLK(stmd):
            type = BLKTYPE
        else:
            return None
        tarinfo.name = arcname
        tarinfo.mode = stmd
        tarinfo.uid = statres.st_uid
        tarinfo.gid = statres.st_gid
        tarinfo.size = statres.st_size if type == REGTYPE else 0L
        tarinfo.mtime = int(statres.st_mtime)
        tarinfo.type = type
        tarinfo.linkname = linkname
        try:
            import pwd
            tarinfo.uname = pwd.getpwuid(tarinfo.uid)[0]
        except (ImportError, KeyError):
            pass
        try:
            import grp
            tarinfo.gname = grp.getgrgid(tarinfo.gid)[0]
        except (ImportError, KeyError):
            pass
        if type in (CHRTYPE, BLKTYPE) and hasattr(os, "major"):
            tarinfo.devmajor = os.major(statres.st_rdev)
            tarinfo.devminor = os.minor(statres.st_rdev)
        return tarinfo

    def list(self, verbose=True):
        """Print a table of contents (ls -l style when verbose)."""
        self._check()
        for tarinfo in self:
            if verbose:
                print filemode(tarinfo.mode),
                print "%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid),
                if tarinfo.ischr() or tarinfo.isblk():
                    print "%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)),
                else:
                    print "%10d" % tarinfo.size,
                try:
                    import time
                    print "%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6],
                except ImportError:
                    print tarinfo.mtime,
            print tarinfo.name + ("/" if tarinfo.isdir() else ""),
            if verbose:
                if tarinfo.issym():
                    print "->", tarinfo.linkname,
                if tarinfo.islnk():
                    print "link to", tarinfo.linkname,
            print

    def add(self, name, arcname=None, recursive=True, exclude=None, filter=None):
        """Add the file name (and what is below it if it is a directory and
        recursive) to the archive."""
        import os
        self._check("aw")
        if arcname is None:
            arcname = name
        if exclude is not None:
            import warnings
            warnings.warn("use the filter argument instead", DeprecationWarning, 2)
            if exclude(name):
                return
        if self.name is not None and os.path.abspath(name) == os.path.abspath(self.name):
            return
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                return
        if tarinfo.isreg():
            with bltn_open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for f in sorted(os.listdir(name)):
                    self.add(os.path.join(name, f), os.path.join(arcname, f),
                             recursive, exclude, filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Add tarinfo to the archive; with fileobj, tarinfo.size bytes of
        it are the member's data."""
        self._check("aw")
        tarinfo = _copy_member(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size)
            blocks, remainder = divmod(tarinfo.size, BLOCKSIZE)
            if remainder > 0:
                self.fileobj.write(NUL * (BLOCKSIZE - remainder))
                blocks += 1
            self.offset += blocks * BLOCKSIZE
        self.members.append(tarinfo)

    def extractall(self, path=".", members=None):
        """Extract all members (or the given ones) below path; directory
        attributes are set last so that their contents can be written."""
        import os
        directories = []
        if members is None:
            members = self
        for tarinfo in members:
            if tarinfo.isdir():
                directories.append(tarinfo)
                tarinfo = _copy_member(tarinfo)
                tarinfo.mode = 0700
            self.extract(tarinfo, path)
        directories.sort(key=lambda a: a.name)
        directories.reverse()
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self.chown(tarinfo, dirpath)
                self.utime(tarinfo, dirpath)
                self.chmod(tarinfo, dirpath)
            except ExtractError as e:
                if self.errorlevel > 1:
                    raise

    def extract(self, member, path=""):
        """Extract one member (name or TarInfo) below path."""
        import os
        self._check("r")
        if isinstance(member, basestring):
            tarinfo = self.getmember(member)
        else:
            tarinfo = member
        if tarinfo.islnk():
            tarinfo._link_target = os.path.join(path, tarinfo.linkname)
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name))
        except EnvironmentError as e:
            if self.errorlevel > 0:
                raise
        except ExtractError as e:
            if self.errorlevel > 1:
                raise

    def extractfile(self, member):
        """A file object for a regular member (None for directories and
        the like; links are followed)."""
        self._check("r")
        if isinstance(member, basestring):
            tarinfo = self.getmember(member)
        else:
            tarinfo = member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _extract_member(self, tarinfo, targetpath):
        import os
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if tarinfo.isreg():
            source = self.fileobject(self, tarinfo)
            with bltn_open(targetpath, "wb") as target:
                copyfileobj(source, target)
        elif tarinfo.isdir():
            try:
                os.mkdir(targetpath, 0700)
            except EnvironmentError as e:
                import errno
                if e.errno != errno.EEXIST:
                    raise
        elif tarinfo.issym():
            os.symlink(tarinfo.linkname, targetpath)
        elif tarinfo.islnk():
            os.link(tarinfo._link_target, targetpath)
        elif tarinfo.isfifo():
            os.mkfifo(targetpath)
        else:
            source = self.fileobject(self, tarinfo)
            with bltn_open(targetpath, "wb") as target:
                copyfileobj(source, target)
        self.chown(tarinfo, targetpath)
        if not tarinfo.issym():
            self.chmod(tarinfo, targetpath)
            self.utime(tarinfo, targetpath)

    def chown(self, tarinfo, targetpath):
        """Set owner of targetpath (only when running as root)."""
        import os
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            try:
                os.chown(targetpath, tarinfo.uid, tarinfo.gid)
            except EnvironmentError:
                raise ExtractError("could not change owner")

    def chmod(self, tarinfo, targetpath):
        import os
        if hasattr(os, 'chmod'):
            try:
                os.chmod(targetpath, tarinfo.mode & 07777)
            except EnvironmentError:
                raise ExtractError("could not change mode")

    def utime(self, tarinfo, targetpath):
        import os
        if not hasattr(os, 'utime'):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except EnvironmentError:
            raise ExtractError("could not change modification time")

    def next(self):
        """The next member (None at the end of the archive)."""
        self._check("ra")
        if self.firstmember is not None:
            m = self.firstmember
            self.firstmember = None
            return m
        self.fileobj.seek(self.offset)
        tarinfo = None
        while True:
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
            except EOFHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
                elif self.offset == 0:
                    raise ReadError(str(e))
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file")
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e))
            except SubsequentHeaderError as e:
                raise ReadError(str(e))
            break
        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        if tarinfo is not None:
            members = members[:members.index(tarinfo)]
        for i in xrange(len(members) - 1, -1, -1):
            if name == members[i].name:
                return members[i]
        return None

    def _load(self):
        while True:
            tarinfo = self.next()
            if tarinfo is None:
                break
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise IOError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise IOError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(filter(None, (tarinfo.name.rsplit("/", 1)[0]
                                              if "/" in tarinfo.name else "",
                                              tarinfo.linkname)))
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        if self._loaded:
            return iter(self.members)
        return TarIter(self)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


class TarIter(object):
    """Iterates over the members of a TarFile, reading as it goes."""

    def __init__(self, tarfile):
        self.tarfile = tarfile
        self.index = 0

    def __iter__(self):
        return self

    def next(self):
        if self.index == 0 and self.tarfile.firstmember is not None:
            tarinfo = self.tarfile.next()
        elif self.index < len(self.tarfile.members):
            tarinfo = self.tarfile.members[self.index]
        elif not self.tarfile._loaded:
            tarinfo = self.tarfile.next()
            if not tarinfo:
                self.tarfile._loaded = True
                raise StopIteration
        else:
            raise StopIteration
        self.index += 1
        return tarinfo


def is_tarfile(name):
    """Whether name is a tar archive this module can read."""
    try:
        t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open
