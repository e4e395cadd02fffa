"""Read and write ZIP files: ZipFile, ZipInfo, is_zipfile.

Members are stored or deflated (zlib).  ZIP64 extensions and encryption
are not supported (LargeZipFile / RuntimeError)."""

import struct
import binascii
import StringIO

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32

__all__ = ["BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "is_zipfile",
           "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile"]


class BadZipfile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile that would need the ZIP64 extensions."""


error = BadZipfile

# compression methods (the numbers the format assigns them)
ZIP_STORED, ZIP_DEFLATED = 0, 8

# beyond these a plain (non-ZIP64) archive cannot describe a member / count
ZIP64_LIMIT = 2 ** 31 - 1
ZIP_FILECOUNT_LIMIT = 2 ** 16 - 1
ZIP_MAX_COMMENT = 2 ** 16 - 1

# Each record: its signature, its struct layout and that layout's size.
stringEndArchive, structEndArchive = "PK\x05\x06", "<4s4H2LH"
stringCentralDir, structCentralDir = "PK\x01\x02", "<4s4B4HL2L5H2L"
stringFileHeader, structFileHeader = "PK\x03\x04", "<4s2B4HL2L2H"
sizeEndCentDir, sizeCentralDir, sizeFileHeader = [
    struct.calcsize(layout)
    for layout in (structEndArchive, structCentralDir, structFileHeader)]
# ZIP64: an end record with 64-bit counts, sizes and offsets, found through
# a locator that sits just before the plain end record
stringEndArchive64, structEndArchive64 = "PK\x06\x06", "<4sQ2H2L4Q"
stringEndArchive64Locator, structEndArchive64Locator = "PK\x06\x07", "<4sLQL"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)
_ZIP64_EXTRA_ID = 1
_ZIP64_VERSION = 45

_CD_FILENAME_LENGTH = 12
_CD_EXTRA_FIELD_LENGTH = 13
_CD_COMMENT_LENGTH = 14
_FH_FILENAME_LENGTH = 10
_FH_EXTRA_FIELD_LENGTH = 11


def _check_zipfile(fp):
    try:
        return _end_record(fp) is not None
    except IOError:
        return False


def is_zipfile(filename):
    """Quickly see if a file is a ZIP file by checking the magic number.
    filename may be a file or file-like object too."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except IOError:
        return False


def _end_record(fpin):
    """The end-of-central-directory record as a list (plus the comment and
    the record's offset), or None.  A ZIP64 end record, when present, gives
    the counts, sizes and offset instead."""
    endrec = _plain_end_record(fpin)
    if endrec is not None:
        _apply_zip64_end(fpin, endrec)
    return endrec


def _apply_zip64_end(fpin, endrec):
    where = endrec[9] - sizeEndCentDir64Locator
    if where < 0:
        return
    fpin.seek(where, 0)
    locator = fpin.read(sizeEndCentDir64Locator)
    if len(locator) != sizeEndCentDir64Locator or locator[0:4] != stringEndArchive64Locator:
        return
    sig, disk, offset64, disks = struct.unpack(structEndArchive64Locator, locator)
    if disk != 0 or disks > 1:
        raise BadZipfile("zipfiles that span multiple disks are not supported")
    # the record lies just before its locator (its stored offset would be
    # off by the length of any data prepended to the archive)
    where -= sizeEndCentDir64
    if where < 0:
        return
    fpin.seek(where, 0)
    data = fpin.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64 or data[0:4] != stringEndArchive64:
        return
    (sig, size, made_by, needed, this_disk, cd_disk,
     count_disk, count, size_cd, offset_cd) = struct.unpack(structEndArchive64, data)
    endrec[1:7] = [this_disk, cd_disk, count_disk, count, size_cd, offset_cd]
    endrec[9] = where


def _plain_end_record(fpin):
    fpin.seek(0, 2)
    filesize = fpin.tell()
    if filesize < sizeEndCentDir:
        return None
    fpin.seek(-sizeEndCentDir, 2)
    data = fpin.read()
    if len(data) == sizeEndCentDir and data[0:4] == stringEndArchive and data[-2:] == "\000\000":
        endrec = list(struct.unpack(structEndArchive, data))
        endrec.append("")
        endrec.append(filesize - sizeEndCentDir)
        return endrec
    # there may be an archive comment after the record
    maxCommentStart = max(filesize - (1 << 16) - sizeEndCentDir, 0)
    fpin.seek(maxCommentStart, 0)
    data = fpin.read()
    start = data.rfind(stringEndArchive)
    if start >= 0:
        recData = data[start:start + sizeEndCentDir]
        if len(recData) != sizeEndCentDir:
            return None
        endrec = list(struct.unpack(structEndArchive, recData))
        commentSize = endrec[7]
        comment = data[start + sizeEndCentDir:start + sizeEndCentDir + commentSize]
        endrec.append(comment)
        endrec.append(maxCommentStart + start)
        return endrec
    return None


def _without_zip64_extra(extra):
    """extra without its ZIP64 fields (a member read from a ZIP64 archive
    carries one; writing the directory again makes a fresh one)."""
    kept = []
    while len(extra) >= 4:
        tag, length = struct.unpack('<HH', extra[:4])
        if tag != _ZIP64_EXTRA_ID:
            kept.append(extra[:4 + length])
        extra = extra[4 + length:]
    kept.append(extra)
    return ''.join(kept)


class ZipInfo(object):
    """Information about one archive member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', 'comment',
                 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # a NUL ends the name, as in other archivers
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self.comment = ""
        self.extra = ""
        self.create_system = 3          # Unix
        self.create_version = 20
        self.extract_version = 20
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.CRC = 0
        self.compress_size = 0
        self.file_size = 0

    def _dos_time(self):
        dt = self.date_time
        dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
        dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
        return dosdate, dostime

    def _encoded_name(self):
        if isinstance(self.filename, unicode):
            try:
                return self.filename.encode('ascii'), self.flag_bits
            except UnicodeEncodeError:
                return self.filename.encode('utf-8'), self.flag_bits | 0x800
        return self.filename, self.flag_bits

    def FileHeader(self, zip64=None):
        """The local file header for this member."""
        dosdate, dostime = self._dos_time()
        if self.flag_bits & 0x08:
            # sizes and CRC follow the data in a descriptor
            CRC, compress_size, file_size = 0, 0, 0
        else:
            CRC, compress_size, file_size = (self.CRC, self.compress_size,
                                             self.file_size)
        extra = self.extra
        extract_version = self.extract_version
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra += struct.pack('<HHQQ', _ZIP64_EXTRA_ID, 16, file_size, compress_size)
            file_size = compress_size = 0xffffffff
            extract_version = max(extract_version, _ZIP64_VERSION)
        elif file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        filename, flag_bits = self._encoded_name()
        header = struct.pack(structFileHeader, stringFileHeader, extract_version,
                             self.reserved, flag_bits, self.compress_type, dostime, dosdate,
                             CRC & 0xffffffff, compress_size, file_size, len(filename),
                             len(extra))
        return header + filename + extra

    def _decode_extra(self):
        """Take the real sizes and offset from a ZIP64 extra field: they are
        there, in this order, for each field the record marks 0xffffffff."""
        extra = self.extra
        while len(extra) >= 4:
            tag, length = struct.unpack('<HH', extra[:4])
            if tag == _ZIP64_EXTRA_ID:
                values = list(struct.unpack('<%dQ' % (length // 8), extra[4:4 + length // 8 * 8]))
                for field in ('file_size', 'compress_size', 'header_offset'):
                    if getattr(self, field) in (0xffffffff, -1):
                        if not values:
                            raise BadZipfile("Corrupt extra field %s" % field)
                        setattr(self, field, values.pop(0))
                return
            extra = extra[4 + length:]

    def __repr__(self):
        return '<ZipInfo filename=%r compress_type=%s file_size=%r compress_size=%r>' % (
            self.filename, 'deflate' if self.compress_type == ZIP_DEFLATED else 'store',
            self.file_size, self.compress_size)


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


class _TraditionalDecrypter(object):
    """The PKWARE "traditional" stream cipher of encrypted members: three
    32-bit keys stirred by every plaintext byte, starting from the
    password."""

    _table = None

    def __init__(self, pwd):
        if _TraditionalDecrypter._table is None:
            _TraditionalDecrypter._table = _crc_table()
        self.k0, self.k1, self.k2 = 305419896, 591751049, 878082192
        for c in pwd:
            self._stir(ord(c))

    def _stir(self, b):
        table = self._table
        self.k0 = (self.k0 >> 8) ^ table[(self.k0 ^ b) & 0xff]
        self.k1 = (((self.k1 + (self.k0 & 0xff)) & 0xffffffff) * 134775813 + 1) & 0xffffffff
        self.k2 = (self.k2 >> 8) ^ table[(self.k2 ^ (self.k1 >> 24)) & 0xff]

    def decrypt(self, data):
        out = []
        for c in data:
            t = (self.k2 | 2) & 0xffff
            b = ord(c) ^ (((t * (t ^ 1)) >> 8) & 0xff)
            self._stir(b)
            out.append(chr(b))
        return ''.join(out)


class ZipExtFile(object):
    """A file-like object for reading an archive member (the member is
    read and decompressed on creation)."""

    def __init__(self, fileobj, mode, zipinfo, decrypter=None, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self.mode = mode
        self.name = zipinfo.filename
        if decrypter is not None:
            # the 12-byte encryption header was consumed by open()
            raw = decrypter.decrypt(fileobj.read(zipinfo.compress_size - 12))
        else:
            raw = fileobj.read(zipinfo.compress_size)
        if zipinfo.compress_type == ZIP_STORED:
            data = raw
        elif zipinfo.compress_type == ZIP_DEFLATED:
            d = zlib.decompressobj(-15)
            data = d.decompress(raw) + d.flush()
        else:
            raise NotImplementedError("compression type %d" % zipinfo.compress_type)
        # the CRC is checked once reading reaches the end, as 2.7 does
        self._crc_ok = (crc32(data) & 0xffffffff) == (zipinfo.CRC & 0xffffffff)
        self._data = data
        self._io = StringIO.StringIO(data)
        self.closed = False
        # mode "U": readline() and iteration end lines at \r, \n or \r\n
        # and give them as \n; read() still returns the bytes as stored
        self._universal = 'U' in mode
        self.newlines = None

    def _check_end(self, result):
        if not self._crc_ok and self._io.tell() >= len(self._data):
            raise BadZipfile("Bad CRC-32 for file %r" % self.name)
        return result

    def read(self, n=-1):
        return self._check_end(self._io.read(n))

    def readline(self, limit=-1):
        return self._check_end(self._readline(limit))

    def _readline(self, limit):
        if not self._universal:
            return self._io.readline(limit)
        data = self._data
        start = self._io.tell()
        end = len(data)
        if limit is not None and limit >= 0:
            end = min(end, start + limit)
        cr = data.find('\r', start, end)
        lf = data.find('\n', start, end)
        if cr < 0 and lf < 0:
            self._io.seek(end)
            return data[start:end]
        stop = lf if cr < 0 or (0 <= lf < cr) else cr
        after = stop + 1
        if data[stop] == '\r' and data[after:after + 1] == '\n':
            after += 1
        self._note_newline(data[stop:after])
        self._io.seek(after)
        return data[start:stop] + '\n'

    def _note_newline(self, sep):
        # the separators met so far, in order (None before the first)
        if self.newlines is None:
            self.newlines = []
        if sep not in self.newlines:
            self.newlines.append(sep)

    def readlines(self, sizehint=0):
        if not self._universal:
            return self._check_end(self._io.readlines(sizehint))
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
        return lines

    def peek(self, n=1):
        pos = self._io.tell()
        data = self._io.read(max(n, 1))
        self._io.seek(pos)
        return data

    def readable(self):
        return True

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        if self.closed:
            return
        self.closed = True
        if self._close_fileobj:
            self._fileobj.close()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()


class ZipFile(object):
    """Class with methods to open, read, write, close, list zip files.

    z = ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=False)

    file: a path or a file-like object; mode: "r" to read an existing file,
    "w" to truncate and write a new one, "a" to append to an existing one;
    compression: ZIP_STORED or ZIP_DEFLATED."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=False):
        if mode not in ("r", "w", "a"):
            raise RuntimeError('ZipFile() requires mode "r", "w", or "a"')
        if compression == ZIP_DEFLATED:
            if not zlib:
                raise RuntimeError("Compression requires the (missing) zlib module")
        elif compression != ZIP_STORED:
            raise RuntimeError("That compression method is not supported")
        self._allowZip64 = allowZip64
        self.compression = compression
        self.debug = 0
        self.pwd = None
        self._comment = ''
        self._didModify = False
        self.filelist, self.NameToInfo = [], {}
        self.mode = mode = mode.replace('b', '')[0]
        self._filePassed = int(not isinstance(file, basestring))
        if self._filePassed:
            self.fp = file
            self.filename = getattr(file, 'name', None)
        else:
            self.filename = file
            mode = self._open_path(file, mode)
        try:
            self._prepare(mode)
        except:
            # leave no half-open archive behind; close what we opened
            broken, self.fp = self.fp, None
            if not self._filePassed:
                broken.close()
            raise

    def _open_path(self, path, mode):
        """Open the named file for mode; "a" on a missing file becomes "w".
        Returns the mode actually used."""
        # "w" can read back what it wrote before closing
        binary = {'r': 'rb', 'w': 'w+b', 'a': 'r+b'}
        try:
            self.fp = open(path, binary[mode])
        except IOError:
            if mode != 'a':
                raise
            mode = 'w'
            self.fp = open(path, binary[mode])
        return mode

    def _prepare(self, mode):
        """Read the directory of an existing archive ("r", "a"), or note that
        a new one must be written on close ("w", "a" onto a non-zip file)."""
        self._write_pos = None
        if mode == 'w':
            self._didModify = True
            self._write_pos = self.fp.tell()
            return
        if mode == 'r':
            self._RealGetContents()
            return
        try:
            self._RealGetContents()
        except BadZipfile:
            # not a zip file: the archive goes after its data
            self.fp.seek(0, 2)
            self._didModify = True
        else:
            # new members go where the central directory is now
            self.fp.seek(self.start_dir, 0)
        self._write_pos = self.fp.tell()

    def _seek_write_end(self):
        # open() and read() move the shared file position; writing goes on
        # after the last member written
        if self._write_pos is not None:
            self.fp.seek(self._write_pos, 0)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def _RealGetContents(self):
        """Read the central directory."""
        fp = self.fp
        try:
            endrec = _end_record(fp)
        except IOError:
            endrec = None
        if not endrec:
            raise BadZipfile("File is not a zip file")
        size_cd, offset_cd = endrec[5], endrec[6]
        self._comment = endrec[8]
        # the archive may be preceded by other data (e.g. an executable)
        concat = endrec[9] - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        fp.seek(self.start_dir, 0)
        data = fp.read(size_cd)
        total = 0
        while total < size_cd:
            centdir = data[total:total + sizeCentralDir]
            if len(centdir) != sizeCentralDir or centdir[0:4] != stringCentralDir:
                raise BadZipfile("Bad magic number for central directory")
            centdir = struct.unpack(structCentralDir, centdir)
            start = total + sizeCentralDir
            filename = data[start:start + centdir[_CD_FILENAME_LENGTH]]
            start += centdir[_CD_FILENAME_LENGTH]
            x = ZipInfo.__new__(ZipInfo)
            ZipInfo.__init__(x, filename)
            x.extra = data[start:start + centdir[_CD_EXTRA_FIELD_LENGTH]]
            start += centdir[_CD_EXTRA_FIELD_LENGTH]
            x.comment = data[start:start + centdir[_CD_COMMENT_LENGTH]]
            (x.create_version, x.create_system, x.extract_version, x.reserved,
             x.flag_bits, x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = centdir[1:12]
            x.volume, x.internal_attr, x.external_attr = centdir[15:18]
            x.header_offset = centdir[18]
            x._decode_extra()
            x.header_offset += concat
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            if x.flag_bits & 0x800:
                x.filename = x.filename.decode('utf-8')
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
            total = (total + sizeCentralDir + centdir[_CD_FILENAME_LENGTH]
                     + centdir[_CD_EXTRA_FIELD_LENGTH] + centdir[_CD_COMMENT_LENGTH])

    def namelist(self):
        """The member names, in archive order."""
        return [member.filename for member in self.filelist]

    def infolist(self):
        """The ZipInfo of every member, in archive order (the list itself)."""
        return self.filelist

    def printdir(self):
        """Print name, modification time and size of each member."""
        row = "%-46s %s %12d"
        print "%-46s %19s %12s" % ("File Name", "Modified    ", "Size")
        for member in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % member.date_time[:6]
            print row % (member.filename, stamp, member.file_size)

    def testzip(self):
        """Read every member through (which checks its CRC); the name of
        the first bad one, or None when all are sound."""
        for member in self.filelist:
            name = member.filename
            try:
                stream = self.open(name, "r")
                stream.read()
                stream.close()
            except BadZipfile:
                return name

    def getinfo(self, name):
        """Return the instance of ZipInfo given 'name'."""
        try:
            return self.NameToInfo[name]
        except KeyError:
            pass
        raise KeyError('There is no item named %r in the archive' % name)

    def setpassword(self, pwd):
        """The password used for encrypted members when open() gets none."""
        self.pwd = pwd

    def _get_comment(self):
        return self._comment

    def _set_comment(self, comment):
        # the end record stores the comment's length in 16 bits
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    comment = property(_get_comment, _set_comment, None,
                       "The archive's comment (a string); written on close.")

    def read(self, name, pwd=None):
        """Return file bytes (as a string) for name."""
        f = self.open(name, "r", pwd)
        try:
            return f.read()
        finally:
            f.close()

    def open(self, name, mode="r", pwd=None):
        """Return file-like object for 'name'."""
        if mode not in ("r", "U", "rU"):
            raise RuntimeError('open() requires mode "r", "U", or "rU"')
        if not self.fp:
            raise RuntimeError("Attempt to read ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        else:
            zinfo = self.getinfo(name)
        fp = self.fp
        fp.seek(zinfo.header_offset, 0)
        fheader = fp.read(sizeFileHeader)
        if len(fheader) != sizeFileHeader or fheader[0:4] != stringFileHeader:
            raise BadZipfile("Bad magic number for file header")
        fheader = struct.unpack(structFileHeader, fheader)
        fname = fp.read(fheader[_FH_FILENAME_LENGTH])
        if fheader[_FH_EXTRA_FIELD_LENGTH]:
            fp.read(fheader[_FH_EXTRA_FIELD_LENGTH])
        # compare the stored bytes: a unicode name was stored as UTF-8
        expected = zinfo.orig_filename
        if isinstance(expected, unicode):
            expected = expected.encode('utf-8')
        if fname != expected:
            raise BadZipfile('File name in directory "%s" and header "%s" differ.'
                             % (expected, fname))
        decrypter = None
        if zinfo.flag_bits & 0x1:
            if not pwd:
                pwd = self.pwd
            if not pwd:
                raise RuntimeError("File %s is encrypted, password required for extraction"
                                   % name)
            decrypter = _TraditionalDecrypter(pwd)
            header = decrypter.decrypt(fp.read(12))
            # the last header byte repeats the CRC's high byte, or the time's
            # when the CRC follows the data (bit 3)
            if zinfo.flag_bits & 0x8:
                check = (zinfo._raw_time >> 8) & 0xff
            else:
                check = (zinfo.CRC >> 24) & 0xff
            if ord(header[11]) != check:
                raise RuntimeError("Bad password for file", name)
        return ZipExtFile(fp, mode, zinfo, decrypter)

    def extract(self, member, path=None, pwd=None):
        """Extract a member to the current directory (or path); returns the
        normalized path created."""
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        if path is None:
            import os
            path = os.getcwd()
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members (or the given ones) to the current directory
        (or path)."""
        if members is None:
            members = self.namelist()
        for zipinfo in members:
            self.extract(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        import os
        sep = os.path.sep
        relative = member.filename.replace('/', sep)
        if os.path.altsep:
            relative = relative.replace(os.path.altsep, sep)
        # A member may not escape the target: drop any drive letter, the
        # root and every '.' or '..' component of its name.
        skip = ('', os.path.curdir, os.path.pardir)
        parts = os.path.splitdrive(relative)[1].split(sep)
        relative = sep.join([part for part in parts if part not in skip])
        targetpath = os.path.normpath(os.path.join(targetpath, relative))
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if member.filename.endswith('/'):
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        source = self.open(member, pwd=pwd)
        try:
            with open(targetpath, "wb") as target:
                target.write(source.read())
        finally:
            source.close()
        return targetpath

    def _writecheck(self, zinfo):
        """Check for errors before writing a file to the archive."""
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ("w", "a"):
            raise RuntimeError('write() requires mode "w" or "a"')
        if not self.fp:
            raise RuntimeError("Attempt to write ZIP archive that was already closed")
        if zinfo.compress_type == ZIP_DEFLATED and not zlib:
            raise RuntimeError("Compression requires the (missing) zlib module")
        if zinfo.compress_type not in (ZIP_STORED, ZIP_DEFLATED):
            raise RuntimeError("That compression method is not supported")
        if not self._allowZip64:
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                raise LargeZipFile("Files count would require ZIP64 extensions")
            if zinfo.file_size > ZIP64_LIMIT:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            if zinfo.header_offset > ZIP64_LIMIT:
                raise LargeZipFile("Zipfile size would require ZIP64 extensions")

    def _add(self, zinfo, data):
        """Write the header and the (compressed) data of a member."""
        zinfo.file_size = len(data)
        zinfo.CRC = crc32(data) & 0xffffffff
        if zinfo.compress_type == ZIP_DEFLATED:
            co = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
            payload = co.compress(data) + co.flush()
        else:
            payload = data
        zinfo.compress_size = len(payload)
        self._seek_write_end()
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        if zinfo.compress_size > ZIP64_LIMIT and not self._allowZip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        self._didModify = True
        self.fp.write(zinfo.FileHeader())
        self.fp.write(payload)
        self.fp.flush()
        self._write_pos = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def write(self, filename, arcname=None, compress_type=None):
        """Put the bytes from filename into the archive under the name
        arcname."""
        import os
        import stat
        import time
        if not self.fp:
            raise RuntimeError("Attempt to write to ZIP archive that was already closed")
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = ZipInfo(arcname, date_time)
        zinfo.external_attr = (st[0] & 0xFFFF) << 16L
        if isdir:
            zinfo.compress_type = ZIP_STORED
            zinfo.external_attr |= 0x10
            self._add(zinfo, '')
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        with open(filename, "rb") as fp:
            data = fp.read()
        self._add(zinfo, data)

    def writestr(self, zinfo_or_arcname, bytes, compress_type=None):
        """Write a file into the archive; its contents are the string bytes.
        zinfo_or_arcname is a ZipInfo or the member's name."""
        if not isinstance(zinfo_or_arcname, ZipInfo):
            try:
                import time
                date_time = time.localtime(time.time())[:6]
            except ImportError:
                date_time = (1980, 1, 1, 0, 0, 0)
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=date_time)
            zinfo.compress_type = self.compression
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 040775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise RuntimeError("Attempt to write to ZIP archive that was already closed")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if isinstance(bytes, unicode):
            bytes = bytes.encode('ascii')
        self._add(zinfo, bytes)

    def _write_central_entry(self, zinfo):
        """One central directory record; the sizes and offset that do not
        fit 32 bits go into a ZIP64 extra field."""
        dosdate, dostime = zinfo._dos_time()
        filename, flag_bits = zinfo._encoded_name()
        big = []
        file_size, compress_size, offset = zinfo.file_size, zinfo.compress_size, zinfo.header_offset
        if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            big += [file_size, compress_size]
            file_size = compress_size = 0xffffffff
        if offset > ZIP64_LIMIT:
            big.append(offset)
            offset = 0xffffffff
        extra = _without_zip64_extra(zinfo.extra)
        extract_version = zinfo.extract_version
        create_version = zinfo.create_version
        if big:
            extra = struct.pack('<HH%dQ' % len(big), _ZIP64_EXTRA_ID, 8 * len(big), *big) + extra
            extract_version = max(extract_version, _ZIP64_VERSION)
            create_version = max(create_version, _ZIP64_VERSION)
        centdir = struct.pack(structCentralDir, stringCentralDir,
                              create_version, zinfo.create_system,
                              extract_version, zinfo.reserved, flag_bits,
                              zinfo.compress_type, dostime, dosdate,
                              zinfo.CRC & 0xffffffff, compress_size,
                              file_size, len(filename), len(extra),
                              len(zinfo.comment), 0, zinfo.internal_attr,
                              zinfo.external_attr & 0xffffffff, offset)
        self.fp.write(centdir)
        self.fp.write(filename)
        self.fp.write(extra)
        self.fp.write(zinfo.comment)

    def __del__(self):
        self.close()

    def close(self):
        """Close the file, writing the central directory in write modes."""
        if self.fp is None:
            return
        try:
            if self.mode in ("w", "a") and self._didModify:
                self._seek_write_end()
                pos1 = self.fp.tell()
                for zinfo in self.filelist:
                    self._write_central_entry(zinfo)
                pos2 = self.fp.tell()
                count = len(self.filelist)
                size_cd = pos2 - pos1
                if count > ZIP_FILECOUNT_LIMIT:
                    needs = "Files count"
                elif pos1 > ZIP64_LIMIT:
                    needs = "Central directory offset"
                elif size_cd > ZIP64_LIMIT:
                    needs = "Central directory size"
                else:
                    needs = None
                if needs:
                    if not self._allowZip64:
                        raise LargeZipFile(needs + " would require ZIP64 extensions")
                    self.fp.write(struct.pack(structEndArchive64, stringEndArchive64,
                                              sizeEndCentDir64 - 12, _ZIP64_VERSION,
                                              _ZIP64_VERSION, 0, 0, count, count,
                                              size_cd, pos1))
                    self.fp.write(struct.pack(structEndArchive64Locator,
                                              stringEndArchive64Locator, 0, pos2, 1))
                    count = min(count, 0xffff)
                    size_cd = min(size_cd, 0xffffffff)
                    pos1 = min(pos1, 0xffffffff)
                endrec = struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count,
                                     size_cd, pos1, len(self._comment))
                self.fp.write(endrec)
                self.fp.write(self._comment)
                self.fp.flush()
                if hasattr(self.fp, 'truncate'):
                    try:
                        self.fp.truncate()
                    except (IOError, AttributeError):
                        pass
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()


class PyZipFile(ZipFile):
    """A ZipFile whose writepy() adds Python modules as compiled files."""

    def writepy(self, pathname, basename=""):
        """Add the module pathname (a .py file), the modules of a folder, or
        a package with its subpackages, each as its .pyc (or .pyo when
        running with -O), compiling the ones that are out of date."""
        import os
        dirname, name = os.path.split(pathname)
        if os.path.isdir(pathname):
            if os.path.isfile(os.path.join(pathname, "__init__.py")):
                # a package: its files go under its own name
                basename = "%s/%s" % (basename, name) if basename else name
                for entry in sorted(os.listdir(pathname)):
                    path = os.path.join(pathname, entry)
                    if os.path.isdir(path):
                        if os.path.isfile(os.path.join(path, "__init__.py")):
                            self.writepy(path, basename)
                    elif entry.endswith(".py"):
                        self._write_compiled(path[:-3], basename)
            else:
                # a plain folder: only the modules at its top level
                for entry in sorted(os.listdir(pathname)):
                    path = os.path.join(pathname, entry)
                    if entry.endswith(".py") and os.path.isfile(path):
                        self._write_compiled(path[:-3], basename)
            return
        if not pathname.endswith(".py"):
            raise RuntimeError('Files added with writepy() must end with ".py"')
        self._write_compiled(pathname[:-3], basename)

    def _write_compiled(self, stem, basename):
        import os
        import py_compile
        suffix = ".pyc" if __debug__ else ".pyo"
        source, compiled = stem + ".py", stem + suffix
        if not (os.path.isfile(compiled)
                and os.stat(compiled).st_mtime >= os.stat(source).st_mtime):
            try:
                py_compile.compile(source, compiled, None, True)
            except py_compile.PyCompileError as err:
                print err.msg
        archivename = os.path.basename(compiled)
        if basename:
            archivename = "%s/%s" % (basename, archivename)
        self.write(compiled, archivename)


_USAGE = """\
Usage:
    zipfile.py -l zipfile.zip        # Show listing of a zipfile
    zipfile.py -t zipfile.zip        # Test if a zipfile is valid
    zipfile.py -e zipfile.zip target # Extract zipfile into target dir
    zipfile.py -c zipfile.zip src ... # Create zipfile from sources
"""


def _add_to_zip(zf, path, zippath):
    import os
    if os.path.isfile(path):
        zf.write(path, zippath, ZIP_DEFLATED)
    elif os.path.isdir(path):
        if zippath:
            zf.write(path, zippath)
        for entry in sorted(os.listdir(path)):
            _add_to_zip(zf, os.path.join(path, entry), os.path.join(zippath, entry))


def main(args=None):
    """The command line: python -m zipfile -l|-t|-e|-c ..."""
    import os
    import sys
    if args is None:
        args = sys.argv[1:]
    wanted = {'-l': 2, '-t': 2, '-e': 3}
    if not args or (args[0] in wanted and len(args) != wanted[args[0]]) or \
            (args[0] == '-c' and len(args) < 3) or \
            args[0] not in ('-l', '-t', '-e', '-c'):
        print _USAGE
        sys.exit(1)
    command = args[0]
    if command == '-l':
        with ZipFile(args[1], 'r') as zf:
            zf.printdir()
    elif command == '-t':
        with ZipFile(args[1], 'r') as zf:
            bad = zf.testzip()
        if bad:
            print "The following enclosed file is corrupted: %r" % bad
        print "Done testing"
    elif command == '-e':
        with ZipFile(args[1], 'r') as zf:
            zf.extractall(args[2])
    else:
        with ZipFile(args[1], 'w', allowZip64=True) as zf:
            for path in args[2:]:
                zippath = os.path.basename(path)
                if not zippath:
                    zippath = os.path.basename(os.path.dirname(path))
                if zippath in ('', os.curdir, os.pardir):
                    zippath = ''
                _add_to_zip(zf, path, zippath)


if __name__ == "__main__":
    main()
