"""Read and write tar archives: TarFile, TarInfo, open(), is_tarfile().

Writes GNU format by default (long names as ././@LongLink members) or
ustar; reads ustar, GNU and the common pax records (path, linkpath, size).
Compression through gzip (':gz'); bz2 is used when the module exists.
Stream modes ('r|', 'w|') work through the same code on any file object
that can read/write sequentially."""

import os
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

# the pax keywords that set a TarInfo attribute, and how numbers are read
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}


def uts(s, encoding, errors):
    """A pax header's unicode value as a byte string of the archive's
    encoding; the "utf-8" error handler writes each character the encoding
    lacks as UTF-8 bytes."""
    if errors != "utf-8":
        return s.encode(encoding, errors)
    out = []
    for char in s:
        try:
            out.append(char.encode(encoding, "strict"))
        except UnicodeEncodeError:
            out.append(char.encode("utf8"))
    return "".join(out)


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
    field = s[:length]
    return field + NUL * (length - len(field))


def nts(s):
    """The string in a NUL-terminated field."""
    return s.split(NUL, 1)[0]


_BASE256_MARK = chr(0200)


def nti(s):
    """The number in an octal field (or GNU base-256 field)."""
    if s[:1] == _BASE256_MARK:
        value = 0L
        for ch in s[1:]:
            value = (value << 8) | ord(ch)
        return value
    text = nts(s).strip()
    if not text:
        return 0
    try:
        return int(text, 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number as an octal field of digits bytes (base-256 for GNU when it
    does not fit)."""
    n = int(n)
    width = digits - 1
    if 0 <= n < 8 ** width:
        return "%0*o" % (width, n) + NUL
    if format != GNU_FORMAT or n >= 256 ** width:
        raise ValueError("overflow in number field")
    n &= (1 << (8 * width)) - 1         # two's complement for negatives
    out = []
    for _ in xrange(width):
        out.append(chr(n & 0xff))
        n >>= 8
    out.append(_BASE256_MARK)
    out.reverse()
    return "".join(out)


_HIGH_BYTES = "".join([chr(_i) for _i in range(128, 256)])


def calc_chksums(buf):
    """The unsigned and signed checksums of a header block (the chksum
    field counts as spaces)."""
    outside = buf[:148] + buf[156:512]
    unsigned = 8 * 32 + sum(bytearray(outside))
    # a byte above 127 counts 256 less when bytes are signed
    high = len(outside) - len(outside.translate(None, _HIGH_BYTES))
    return unsigned, unsigned - 256 * high


def _copy_member(tarinfo):
    """A shallow copy of a TarInfo (its attributes are plain values)."""
    other = tarinfo.__class__.__new__(tarinfo.__class__)
    other.__dict__.update(tarinfo.__dict__)
    return other


def _round_up(count):
    """count rounded up to a whole number of blocks."""
    return (count + BLOCKSIZE - 1) // BLOCKSIZE * BLOCKSIZE


def _padding(count):
    """The NUL bytes that complete a block after count bytes of data."""
    return NUL * (_round_up(count) - count)


_CHUNK = 16 * 1024


def copyfileobj(src, dst, length=None):
    """Copy length bytes (all if None) from src to dst."""
    if length is None:
        chunk = src.read(_CHUNK)
        while chunk:
            dst.write(chunk)
            chunk = src.read(_CHUNK)
        return
    left = length
    while left > 0:
        chunk = src.read(_CHUNK if left > _CHUNK else left)
        if not chunk:
            raise ReadError("unexpected end of data")
        dst.write(chunk)
        left -= len(chunk)


_KIND_CHARS = ((S_IFLNK, "l"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"),
               (S_IFCHR, "c"), (S_IFIFO, "p"))
# (shift of the rwx triple, its special bit, letter when x is set / unset)
_TRIPLES = ((6, TSUID, "s", "S"), (3, TSGID, "s", "S"), (0, TSVTX, "t", "T"))


def filemode(mode):
    """An ls-style string for a file mode ('-rwxrwxrwx')."""
    kind = "-"
    for bit, char in _KIND_CHARS:
        if mode & 0170000 == bit:
            kind = char
            break
    text = [kind]
    for shift, special, xon, xoff in _TRIPLES:
        triple = (mode >> shift) & 7
        text.append("r" if triple & 4 else "-")
        text.append("w" if triple & 2 else "-")
        executable = triple & 1
        if mode & special:
            text.append(xon if executable else xoff)
        else:
            text.append("x" if executable else "-")
    return "".join(text)


# ---- header layout ----------------------------------------------------------------

# (attribute, offset, width, kind): "s" string, "n" number, "c" checksum,
# "t" the one-byte type, "m" the magic.
_LAYOUT = (
    ("name", 0, 100, "s"), ("mode", 100, 8, "n"), ("uid", 108, 8, "n"),
    ("gid", 116, 8, "n"), ("size", 124, 12, "n"), ("mtime", 136, 12, "n"),
    ("chksum", 148, 8, "c"), ("type", 156, 1, "t"), ("linkname", 157, 100, "s"),
    ("magic", 257, 8, "m"), ("uname", 265, 32, "s"), ("gname", 297, 32, "s"),
    ("devmajor", 329, 8, "n"), ("devminor", 337, 8, "n"), ("prefix", 345, 155, "s"),
)

_NUMERIC_LIMITS = (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12))


def _encode_block(info, format):
    """One 512-byte header block from the dict info, checksum filled in."""
    pieces = []
    for key, _, width, kind in _LAYOUT:
        if kind == "s":
            pieces.append(stn(info.get(key, ""), width))
        elif kind == "n":
            value = info.get(key, 0)
            if key == "mode":
                value &= 07777
            pieces.append(itn(value, width, format))
        elif kind == "c":
            pieces.append(" " * width)
        elif kind == "t":
            pieces.append(info.get("type", REGTYPE))
        else:
            pieces.append(stn(info.get("magic", POSIX_MAGIC), width))
    block = "".join(pieces)
    block += NUL * (BLOCKSIZE - len(block))
    # the checksum is six octal digits, a NUL, and the space already there
    return block[:148] + ("%06o" % calc_chksums(block)[0]) + NUL + block[155:]


def _is_ascii(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return False
    return True


def _pax_record(keyword, value):
    """One 'LEN keyword=value\\n' record; LEN counts its own digits."""
    body = " %s=%s\n" % (keyword, value)
    size = len(body) + 1
    while len(str(size)) + len(body) != size:
        size = len(str(size)) + len(body)
    return str(size) + body


def _parse_pax_records(data, limit, into):
    """Store the records found in the first limit bytes of data in into."""
    pos = 0
    while pos < limit:
        space = data.find(" ", pos)
        if space < 0:
            return
        try:
            size = int(data[pos:space])
        except ValueError:
            return
        if size <= 0:
            return
        keyword, sep, value = data[space + 1:pos + size - 1].partition("=")
        if sep and keyword:
            into[keyword.decode("utf8")] = value.decode("utf8")
        pos += size


def _special_block(name, type, payload, magic):
    """A header for an internal member (long name, pax records) and its data."""
    info = {"name": name, "type": type, "size": len(payload), "magic": magic}
    return _encode_block(info, USTAR_FORMAT) + payload + _padding(len(payload))


# ---- members ----------------------------------------------------------------------

class TarInfo(object):
    """One archive member: its header fields and where its data is."""

    def __init__(self, name=""):
        self.name = name
        self.mode = 0644
        self.uid = self.gid = 0
        self.size = self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = self.uname = self.gname = ""
        self.devmajor = self.devminor = 0
        self.offset = self.offset_data = 0
        self.pax_headers = {}

    # pax names for name and linkname
    path = property(lambda self: self.name,
                    lambda self, value: setattr(self, "name", value))
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, "linkname", value))

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def get_info(self, encoding=ENCODING, errors="strict"):
        """The header fields as a dict (directories get a trailing '/')."""
        # a dict display, so that its repr orders keys as 2.7's does
        info = {"name": self.name, "mode": self.mode & 07777,
                "uid": self.uid, "gid": self.gid, "size": self.size,
                "mtime": self.mtime, "chksum": self.chksum, "type": self.type,
                "linkname": self.linkname, "uname": self.uname,
                "gname": self.gname, "devmajor": self.devmajor,
                "devminor": self.devminor}
        if self.type == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        for key in ("name", "linkname", "uname", "gname"):
            if isinstance(info[key], unicode):
                info[key] = info[key].encode(encoding, errors)
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="strict"):
        """The header block(s) of this member."""
        builders = {USTAR_FORMAT: self.create_ustar_header,
                    GNU_FORMAT: self.create_gnu_header}
        info = self.get_info(encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding, errors)
        if format not in builders:
            raise ValueError("invalid format")
        return builders[format](info)

    def create_ustar_header(self, info):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"]) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"]) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"])
        return _encode_block(info, USTAR_FORMAT)

    def create_gnu_header(self, info):
        info["magic"] = GNU_MAGIC
        extra = []
        for key, kind, limit in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                                 ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(info[key]) > limit:
                extra.append(self._create_gnu_long_header(info[key], kind))
        extra.append(_encode_block(info, GNU_FORMAT))
        return "".join(extra)

    def create_pax_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        # what the member's own pax_headers say wins over its attributes
        records = dict(self.pax_headers)
        for key, keyword, limit in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                    ("uname", "uname", 32), ("gname", "gname", 32)):
            if keyword in records:
                continue
            text = info[key].decode(encoding, errors)
            if len(info[key]) > limit or not _is_ascii(text):
                records[keyword] = text
        for key, width in _NUMERIC_LIMITS:
            if key in records:
                info[key] = 0
                continue
            value = info[key]
            if isinstance(value, float) or value < 0 or value >= 8 ** (width - 1):
                records[key] = unicode(value)
                info[key] = 0
        head = ""
        if records:
            head = self._create_pax_generic_header(records)
        return head + _encode_block(info, USTAR_FORMAT)

    def _posix_split_name(self, name):
        # the prefix ends at a slash within its first 156 characters
        cut = name.rfind("/", 0, LENGTH_PREFIX + 1)
        prefix, rest = (name[:cut], name[cut + 1:]) if cut >= 0 else ("", name)
        if not prefix or len(rest) > LENGTH_NAME:
            raise ValueError("name is too long")
        return prefix, rest

    @staticmethod
    def _create_header(info, format):
        return _encode_block(info, format)

    @staticmethod
    def _create_payload(payload):
        return payload + _padding(len(payload))

    @classmethod
    def _create_gnu_long_header(cls, name, type):
        return _special_block("././@LongLink", type, name + NUL, GNU_MAGIC)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type=XHDTYPE):
        text = "".join([_pax_record(k.encode("utf8"), v.encode("utf8"))
                        for k, v in pax_headers.items()])
        return _special_block("././@PaxHeader", type, text, POSIX_MAGIC)

    @classmethod
    def frombuf(cls, buf):
        """A TarInfo from one 512-byte header block."""
        if not buf:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        member = cls()
        member.buf = buf
        fields = {}
        for key, start, width, kind in _LAYOUT:
            raw = buf[start:start + width]
            if kind == "s":
                fields[key] = nts(raw)
            elif kind == "n":
                fields[key] = nti(raw)
            elif kind == "t":
                fields[key] = raw
        fields["chksum"] = chksum
        prefix = fields.pop("prefix")
        for key, value in fields.items():
            setattr(member, key, value)
        if member.type == AREGTYPE and member.name.endswith("/"):
            member.type = DIRTYPE
        if member.type == DIRTYPE:
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = "%s/%s" % (prefix, member.name)
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile (extended headers applied)."""
        member = cls.frombuf(tarfile.fileobj.read(BLOCKSIZE))
        member.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return member._proc_member(tarfile)

    def _has_data(self):
        return self.isreg() or self.type not in SUPPORTED_TYPES

    def _data_end(self):
        """Where the next header starts."""
        if self._has_data():
            return self.offset_data + _round_up(self.size)
        return self.offset_data

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self._data_end()
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        return self

    def _following(self, tarfile):
        """The member whose header comes after this extended header."""
        try:
            return self.fromtarfile(tarfile)
        except HeaderError:
            raise SubsequentHeaderError("missing or bad subsequent header")

    def _proc_gnulong(self, tarfile):
        payload = tarfile.fileobj.read(_round_up(self.size))
        member = self._following(tarfile)
        member.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            member.name = nts(payload)
        else:
            member.linkname = nts(payload)
        return member

    def _proc_sparse(self, tarfile):
        """An old-GNU sparse member: (offset, length) pairs of the data
        runs -- four in the header, 21 per extension block while the
        'extended' flag is set; only the runs are stored, and size becomes
        the file's real size."""
        self.sparse = []
        block, first, count, flag_at = self.buf, 386, 4, 482
        while True:
            for pos in range(first, first + 24 * count, 24):
                start, length = nti(block[pos:pos + 12]), nti(block[pos + 12:pos + 24])
                if start or length:
                    self.sparse.append((start, length))
            if block[flag_at] == NUL:
                break
            block = tarfile.fileobj.read(BLOCKSIZE)
            first, count, flag_at = 0, 21, 504
        real_size = nti(self.buf[483:495])
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + _round_up(self.size)
        self.size = real_size
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        return self

    def _proc_pax(self, tarfile):
        payload = tarfile.fileobj.read(_round_up(self.size))
        # global records change the archive's state, others only the next member
        if self.type == XGLTYPE:
            records = tarfile.pax_headers
        else:
            records = dict(tarfile.pax_headers)
        _parse_pax_records(payload, self.size, records)
        member = self._following(tarfile)
        if self.type != XGLTYPE:
            member._apply_pax_info(records, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if "size" in records:
                tarfile.offset = member._data_end()
        return member

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword not in PAX_FIELDS:
                continue
            convert = PAX_NUMBER_FIELDS.get(keyword)
            if convert is not None:
                try:
                    value = convert(value)
                except ValueError:
                    value = 0
            else:
                if keyword == "path":
                    value = value.rstrip("/")
                value = uts(value, encoding, errors)
            attr = {"path": "name", "linkpath": "linkname"}.get(keyword, keyword)
            setattr(self, attr, value)
        self.pax_headers = dict(pax_headers)

    def _block(self, count):
        return _round_up(count)

    def isreg(self):
        return self.type in REGULAR_TYPES

    isfile = isreg

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
        source = tarfile.fileobj
        source.seek(tarinfo.offset_data)
        sparse = getattr(tarinfo, "sparse", None)
        if sparse is None:
            data = source.read(tarinfo.size)
            if len(data) < tarinfo.size:
                raise ReadError("unexpected end of data")
        else:
            # the stored runs one after the other; holes read as zeros
            parts, at = [], 0
            for start, length in sparse:
                parts.append(NUL * (start - at))
                parts.append(source.read(length))
                at = start + length
            parts.append(NUL * (tarinfo.size - at))
            data = "".join(parts)
        StringIO.StringIO.__init__(self, data)
        self.name = tarinfo.name
        self.mode = "r"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _bz2_inflate(bz2, fileobj):
    """All the data of a bzip2 file object (members are read by seeking, so
    it is decompressed into memory); ReadError if it is not bzip2 data."""
    decompressor = bz2.BZ2Decompressor()
    parts = []
    try:
        while True:
            chunk = fileobj.read(RECORDSIZE)
            if not chunk:
                # cut short: what came out so far (the archive check decides)
                return "".join(parts)
            parts.append(decompressor.decompress(chunk))
            if decompressor.unused_data or _bz2_finished(decompressor):
                return "".join(parts)
    except (IOError, EOFError, ValueError):
        raise ReadError("not a bzip2 file")


def _bz2_finished(decompressor):
    try:
        decompressor.decompress("")
    except EOFError:
        return True     # 'end of stream was already found'
    return False


class _BZ2Writer(object):
    """Compresses what a TarFile writes into a file object it does not own."""

    def __init__(self, fileobj, compressor):
        self.fileobj = fileobj
        self.compressor = compressor
        self.pos = 0
        self.closed = False

    def write(self, data):
        self.fileobj.write(self.compressor.compress(data))
        self.pos += len(data)

    def tell(self):
        return self.pos

    def close(self):
        if not self.closed:
            self.closed = True
            self.fileobj.write(self.compressor.flush())


class _PassedMember(object):
    """What a stream gives for a member whose data it has already passed."""

    def read(self, size=-1):
        raise StreamError("seeking backwards is not allowed")

    readline = read

    def close(self):
        pass


# ---- the archive ---------------------------------------------------------------------

_FILE_MODES = {"r": "rb", "a": "r+b", "w": "wb"}


def _split_mode(mode, sep):
    """'w:gz' -> ('w', 'gz'); empty parts default to 'r' and 'tar'."""
    left, _, right = mode.partition(sep)
    return left or "r", right or "tar"


def _resolve_member(tarfile, member):
    if isinstance(member, basestring):
        return tarfile.getmember(member)
    return member


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
    _stream = False     # opened with 'r|...': reads go forward only

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors=None,
                 pax_headers=None, debug=None, errorlevel=None):
        if mode not in _FILE_MODES:
            raise ValueError("mode must be 'r', 'a' or 'w'")
        self.mode = mode
        self._mode = _FILE_MODES[mode]
        self._extfileobj = bool(fileobj)
        if fileobj:
            if name is None:
                name = getattr(fileobj, "name", None)
            self._mode = getattr(fileobj, "mode", self._mode)
        else:
            fileobj = self._open_named(name)
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj

        # keyword arguments override the class-level defaults
        overrides = (("format", format), ("tarinfo", tarinfo),
                     ("dereference", dereference), ("ignore_zeros", ignore_zeros),
                     ("encoding", encoding), ("debug", debug),
                     ("errorlevel", errorlevel))
        for attr, value in overrides:
            if value is not None:
                setattr(self, attr, value)
        self.errors = "strict" if errors is None else errors
        self.pax_headers = {}
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers

        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        try:
            self._prepare()
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _open_named(self, name):
        if self.mode != "a":
            return bltn_open(name, self._mode)
        try:
            return bltn_open(name, "r+b")
        except IOError:
            # appending to a missing archive creates it
            self.mode, self._mode = "w", "wb"
            return bltn_open(name, "wb")

    def _prepare(self):
        """Read the first member, or position the file for writing."""
        if self.mode == "r":
            self.firstmember = None
            self.firstmember = self.next()
            return
        if self.mode == "a":
            self._skip_to_end()
        self._loaded = True
        if self.pax_headers:
            header = self.tarinfo._create_pax_generic_header(
                dict(self.pax_headers), XGLTYPE)
            self.fileobj.write(header)
            self.offset += len(header)

    def _skip_to_end(self):
        # new members overwrite the archive's closing zero blocks
        while True:
            self.fileobj.seek(self.offset)
            try:
                self.members.append(self.tarinfo.fromtarfile(self))
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e))

    # ---- constructors ---------------------------------------------------------------
    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive: mode 'r' or 'r:*' (any compression), 'r:',
        'r:gz', 'r:bz2', 'a' or 'a:', 'w' or 'w:', 'w:gz', 'w:bz2', and the
        stream forms 'r|*', 'r|', 'r|gz', 'w|', 'w|gz'."""
        if not (name or fileobj):
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            return cls._open_any(name, fileobj, kwargs)
        if ":" in mode:
            filemode, comptype = _split_mode(mode, ":")
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            opener = getattr(cls, cls.OPEN_METH[comptype])
            return opener(name, filemode, fileobj, **kwargs)
        if "|" in mode:
            # streams are read through the seekable code path
            filemode, comptype = _split_mode(mode, "|")
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            target = filemode if comptype == "*" else filemode + ":" + comptype
            if fileobj is None and filemode == "r":
                # a stream opens its file at the OS level (OSError, like 2.7)
                os.close(os.open(name, os.O_RDONLY))
            archive = cls.open(name, target, fileobj, bufsize, **kwargs)
            archive._stream = True
            return archive
        if mode in ("a", "w"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_any(cls, name, fileobj, kwargs):
        start = fileobj.tell() if fileobj is not None else None
        for comptype in ("gz", "bz2", "tar"):      # compressed first, as 2.7 (ignore_zeros)
            opener = getattr(cls, cls.OPEN_METH[comptype])
            try:
                return opener(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError):
                if fileobj is not None:
                    fileobj.seek(start)
        raise ReadError("file could not be opened successfully")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed tar archive."""
        if mode not in _FILE_MODES:
            raise ValueError("mode must be 'r', 'a' or 'w'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _wrap_compressed(cls, name, mode, stream, what, kwargs):
        """A TarFile over the decompressing stream, which it then owns."""
        try:
            archive = cls.taropen(name, mode, stream, **kwargs)
        except (IOError, EOFError):
            stream.close()
            if mode == "r":
                raise ReadError("not a %s file" % what)
            raise
        except:
            stream.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip compressed tar archive."""
        if mode not in ("r", "w"):
            raise ValueError("mode must be 'r' or 'w'")
        try:
            import gzip
            gzip.GzipFile
        except (ImportError, AttributeError):
            raise CompressionError("gzip module is not available")
        try:
            stream = gzip.GzipFile(name, mode, compresslevel, fileobj)
        except OSError:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file")
            raise
        return cls._wrap_compressed(name, mode, stream, "gzip", kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2 compressed tar archive."""
        if mode not in ("r", "w"):
            raise ValueError("mode must be 'r' or 'w'.")
        try:
            import bz2
        except ImportError:
            raise CompressionError("bz2 module is not available")
        if fileobj is None:
            stream = bz2.BZ2File(name, mode, compresslevel=compresslevel)
        elif mode == "r":
            if name is None:
                name = getattr(fileobj, "name", None)
            stream = StringIO.StringIO(_bz2_inflate(bz2, fileobj))
        else:
            stream = _BZ2Writer(fileobj, bz2.BZ2Compressor(compresslevel))
        return cls._wrap_compressed(name, mode, stream, "bzip2", kwargs)

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open"}

    # ---- reading the member list --------------------------------------------------------
    def close(self):
        """Close the archive; in write mode, write the two zero blocks and
        pad the archive to a whole record."""
        if self.closed:
            return
        if self.mode != "r":
            trailer = 2 * BLOCKSIZE
            self.offset += trailer
            partial = self.offset % RECORDSIZE
            if partial:
                trailer += RECORDSIZE - partial
            self.fileobj.write(NUL * trailer)
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True

    def getmember(self, name):
        """The TarInfo of the member name (its last occurrence)."""
        found = self._getmember(name)
        if found is None:
            raise KeyError("filename %r not found" % name)
        return found

    def getmembers(self):
        """The members as a list of TarInfo objects, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The names of the members, in archive order."""
        return [member.name for member in self.getmembers()]

    def next(self):
        """The next member (None at the end of the archive)."""
        self._check("ra")
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first
        if self.offset > 0 and self.offset != self.fileobj.tell():
            # the data of the member before must all be there
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        self.fileobj.seek(self.offset)
        member = self._read_header()
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _read_header(self):
        """The member at self.offset, or None at the end; damaged blocks
        are skipped when ignore_zeros is set."""
        while True:
            try:
                return self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(e))
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file")
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e))
            except SubsequentHeaderError as e:
                raise ReadError(str(e))
            return None

    def _getmember(self, name, tarinfo=None, normalize=False):
        candidates = self.getmembers()
        if tarinfo is not None:
            candidates = candidates[:candidates.index(tarinfo)]
        if normalize:
            # link targets: './a/../b' names the member 'b'
            name = os.path.normpath(name)
        for member in reversed(candidates):
            member_name = os.path.normpath(member.name) if normalize else member.name
            if member_name == name:
                return member
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise IOError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise IOError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            # a symlink is relative to its own directory
            directory = tarinfo.name.rpartition("/")[0]
            target = "/".join([p for p in (directory, tarinfo.linkname) if p])
            limit = None
        else:
            target = tarinfo.linkname
            limit = tarinfo
        found = self._getmember(target, tarinfo=limit, normalize=True)
        if found is None:
            raise KeyError("linkname %r not found" % target)
        return found

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
            return
        # after an error, do not write the end-of-archive blocks
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True

    # ---- writing ------------------------------------------------------------------------
    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for an existing file (by name or open file object)."""
        import os
        self._check("aw")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")
        member = self.tarinfo()
        member.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference or not hasattr(os, "lstat"):
            st = os.stat(name)
        else:
            st = os.lstat(name)
        kind, linkname = self._classify(name, arcname, st)
        if kind is None:
            return None
        member.name = arcname
        member.mode = st.st_mode
        member.uid, member.gid = st.st_uid, st.st_gid
        member.size = st.st_size if kind == REGTYPE else 0L
        member.mtime = int(st.st_mtime)
        member.type = kind
        member.linkname = linkname
        member.uname = _lookup_name("pwd", "getpwuid", member.uid, member.uname)
        member.gname = _lookup_name("grp", "getgrgid", member.gid, member.gname)
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major"):
            member.devmajor = os.major(st.st_rdev)
            member.devminor = os.minor(st.st_rdev)
        return member

    def _classify(self, name, arcname, st):
        """(member type, link name) for a stat result; (None, '') when the
        file kind cannot be archived."""
        import os
        import stat
        mode = st.st_mode
        if stat.S_ISREG(mode):
            key = (st.st_ino, st.st_dev)
            seen = self.inodes.get(key)
            # a second name of a hard-linked file becomes a link member
            if (not self.dereference and st.st_nlink > 1 and seen is not None
                    and seen != arcname):
                return LNKTYPE, seen
            if st.st_ino:
                self.inodes[key] = arcname
            return REGTYPE, ""
        if stat.S_ISLNK(mode):
            return SYMTYPE, os.readlink(name)
        for test, kind in ((stat.S_ISDIR, DIRTYPE), (stat.S_ISFIFO, FIFOTYPE),
                           (stat.S_ISCHR, CHRTYPE), (stat.S_ISBLK, BLKTYPE)):
            if test(mode):
                return kind, ""
        return None, ""

    def list(self, verbose=True):
        """Print a table of contents (ls -l style when verbose)."""
        self._check()
        for member in self:
            if verbose:
                owner = "%s/%s" % (member.uname or member.uid,
                                   member.gname or member.gid)
                if member.ischr() or member.isblk():
                    size = "%10s" % ("%d,%d" % (member.devmajor, member.devminor))
                else:
                    size = "%10d" % member.size
                print filemode(member.mode), owner, size,
                try:
                    import time
                except ImportError:
                    print member.mtime,
                else:
                    print "%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6],
            print member.name + ("/" if member.isdir() else ""),
            if verbose and member.issym():
                print "->", member.linkname,
            if verbose and member.islnk():
                print "link to", member.linkname,
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
        # never add the archive to itself
        if self.name is not None and os.path.abspath(name) == os.path.abspath(self.name):
            return
        member = self.gettarinfo(name, arcname)
        if member is not None and filter is not None:
            member = filter(member)
        if member is None:
            return
        if member.isreg():
            with bltn_open(name, "rb") as data:
                self.addfile(member, data)
            return
        self.addfile(member)
        if member.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                         recursive, exclude, filter)

    def addfile(self, tarinfo, fileobj=None):
        """Add tarinfo to the archive; with fileobj, tarinfo.size bytes of
        it are the member's data."""
        self._check("aw")
        member = _copy_member(tarinfo)
        header = member.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(header)
        self.offset += len(header)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, member.size)
            self.fileobj.write(_padding(member.size))
            self.offset += _round_up(member.size)
        self.members.append(member)

    # ---- extracting ---------------------------------------------------------------------
    def extractall(self, path=".", members=None):
        """Extract all members (or the given ones) below path; directory
        attributes are set last so that their contents can be written."""
        import os
        if members is None:
            members = self
        postponed = []
        for member in members:
            if member.isdir():
                postponed.append(member)
                # keep the directory writable until its contents are in
                member = _copy_member(member)
                member.mode = 0700
            self.extract(member, path)
        # deepest first, so a parent's mtime is set after its children
        postponed.sort(key=lambda m: m.name)
        postponed.reverse()
        for member in postponed:
            target = os.path.join(path, member.name)
            try:
                self.chown(member, target)
                self.utime(member, target)
                self.chmod(member, target)
            except ExtractError:
                if self.errorlevel > 1:
                    raise

    def extract(self, member, path=""):
        """Extract one member (name or TarInfo) below path."""
        import os
        self._check("r")
        member = _resolve_member(self, member)
        if member.islnk():
            member._link_target = os.path.join(path, member.linkname)
        try:
            self._extract_member(member, os.path.join(path, member.name))
        except EnvironmentError:
            if self.errorlevel > 0:
                raise
        except ExtractError:
            if self.errorlevel > 1:
                raise

    def extractfile(self, member):
        """A file object for a regular member (None for directories and
        the like; links are followed)."""
        self._check("r")
        member = _resolve_member(self, member)
        if member._has_data():
            if self._stream and not (self.members and self.members[-1] is member):
                # a stream cannot go back to the data of an earlier member
                return _PassedMember()
            return self.fileobject(self, member)
        if member.islnk() or member.issym():
            if self._stream:
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(member))
        return None

    def _write_data(self, member, target):
        with bltn_open(target, "wb") as out:
            copyfileobj(self.fileobject(self, member), out)

    def _make_dir(self, member, target):
        import os
        import errno
        try:
            os.mkdir(target, 0700)
        except EnvironmentError as e:
            if e.errno != errno.EEXIST:
                raise

    def _extract_member(self, tarinfo, targetpath):
        import os
        target = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if tarinfo.isdir():
            self._make_dir(tarinfo, target)
        elif tarinfo.issym() or tarinfo.islnk():
            self._make_link(tarinfo, target)
        elif tarinfo.isfifo():
            os.mkfifo(target)
        else:
            # regular files and unknown types alike get their data written
            self._write_data(tarinfo, target)
        self._set_attributes(tarinfo, target, not tarinfo.issym())

    def _make_link(self, tarinfo, target):
        """A symbolic or hard link, replacing what is already at target (a
        second extraction over the same tree must work).  Where links cannot
        be made, or a hard link's target was not extracted, the member
        linked to is extracted as a copy."""
        try:
            if tarinfo.issym():
                if os.path.lexists(target):
                    os.unlink(target)
                os.symlink(tarinfo.linkname, target)
                return
            if os.path.exists(tarinfo._link_target):
                if os.path.lexists(target):
                    os.unlink(target)
                os.link(tarinfo._link_target, target)
                return
        except (AttributeError, NotImplementedError, EnvironmentError):
            pass
        try:
            self._extract_member(self._find_link_target(tarinfo), target)
        except KeyError:
            raise ExtractError("unable to resolve link inside archive")

    def _set_attributes(self, tarinfo, target, with_mode_and_time):
        self.chown(tarinfo, target)
        if with_mode_and_time:
            self.chmod(tarinfo, target)
            self.utime(tarinfo, target)

    def chown(self, tarinfo, targetpath):
        """Set owner of targetpath (only when running as root)."""
        import os
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        try:
            os.chown(targetpath, tarinfo.uid, tarinfo.gid)
        except EnvironmentError:
            raise ExtractError("could not change owner")

    def chmod(self, tarinfo, targetpath):
        """Set the permission bits of targetpath."""
        import os
        if not hasattr(os, "chmod"):
            return
        try:
            os.chmod(targetpath, tarinfo.mode & 07777)
        except EnvironmentError:
            raise ExtractError("could not change mode")

    def utime(self, tarinfo, targetpath):
        """Set the access and modification times of targetpath."""
        import os
        if not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except EnvironmentError:
            raise ExtractError("could not change modification time")


def _lookup_name(modname, funcname, ident, default):
    """The user or group name for a numeric id, default when unknown."""
    try:
        module = __import__(modname)
        return getattr(module, funcname)(ident)[0]
    except (ImportError, KeyError):
        return default


class TarIter(object):
    """Iterates over the members of a TarFile, reading as it goes."""

    def __init__(self, tarfile):
        self.tarfile = tarfile
        self.index = 0

    def __iter__(self):
        return self

    def next(self):
        archive = self.tarfile
        if self.index == 0 and archive.firstmember is not None:
            member = archive.next()
        elif self.index < len(archive.members):
            member = archive.members[self.index]
        elif archive._loaded:
            raise StopIteration
        else:
            member = archive.next()
            if not member:
                archive._loaded = True
                raise StopIteration
        self.index += 1
        return member


def is_tarfile(name):
    """Whether name is a tar archive this module can read."""
    try:
        open(name).close()
    except TarError:
        return False
    return True


open = TarFile.open
