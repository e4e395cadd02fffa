"""Guess a file's MIME type and encoding from its name (2.7's `mimetypes`).

    guess_type(url, strict=True) -> (type, encoding)
    guess_extension(type, strict=True), guess_all_extensions(type, strict=True)
    add_type(type, ext, strict=True), init(files=None), read_mime_types(file)

The built-in table is extended by the system's mime.types files
(`knownfiles`) the first time one of the functions is used.  `strict`
False also consults `common_types`, widespread but unregistered types."""

import os
import posixpath
import urllib

__all__ = ["guess_type", "guess_extension", "guess_all_extensions",
           "add_type", "read_mime_types", "init"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# Each entry: a MIME type then its extensions (without the dot).
_STANDARD = (
    'application/javascript js mjs',
    'application/json json',
    'application/msword doc dot wiz',
    'application/octet-stream a bin dll exe o obj so',
    'application/oda oda',
    'application/pdf pdf',
    'application/pkcs7-mime p7c',
    'application/postscript ai eps ps',
    'application/vnd.ms-excel xlb xls',
    'application/vnd.ms-powerpoint pot ppa pps ppt pwz',
    'application/x-bcpio bcpio',
    'application/x-cpio cpio',
    'application/x-csh csh',
    'application/x-dvi dvi',
    'application/x-gtar gtar',
    'application/x-hdf hdf',
    'application/x-latex latex',
    'application/x-mif mif',
    'application/x-netcdf cdf nc',
    'application/x-pkcs12 p12 pfx',
    'application/x-pn-realaudio ram',
    'application/x-python-code pyc pyo',
    'application/x-sh sh',
    'application/x-shar shar',
    'application/x-shockwave-flash swf',
    'application/x-sv4cpio sv4cpio',
    'application/x-sv4crc sv4crc',
    'application/x-tar tar',
    'application/x-tcl tcl',
    'application/x-tex tex',
    'application/x-texinfo texi texinfo',
    'application/x-troff roff t tr',
    'application/x-troff-man man',
    'application/x-troff-me me',
    'application/x-troff-ms ms',
    'application/x-ustar ustar',
    'application/x-wais-source src',
    'application/xml rdf wsdl xpdl xsl',
    'application/zip zip',
    'audio/basic au snd',
    'audio/mpeg mp2 mp3',
    'audio/x-aiff aif aifc aiff',
    'audio/x-pn-realaudio ra',
    'audio/x-wav wav',
    'image/gif gif',
    'image/ief ief',
    'image/jpeg jpe jpeg jpg',
    'image/png png',
    'image/svg+xml svg',
    'image/tiff tif tiff',
    'image/vnd.microsoft.icon ico',
    'image/x-cmu-raster ras',
    'image/x-ms-bmp bmp',
    'image/x-portable-anymap pnm',
    'image/x-portable-bitmap pbm',
    'image/x-portable-graymap pgm',
    'image/x-portable-pixmap ppm',
    'image/x-rgb rgb',
    'image/x-xbitmap xbm',
    'image/x-xpixmap xpm',
    'image/x-xwindowdump xwd',
    'message/rfc822 eml mht mhtml nws',
    'text/css css',
    'text/csv csv',
    'text/html htm html',
    'text/plain bat c h ksh pl txt',
    'text/richtext rtx',
    'text/tab-separated-values tsv',
    'text/x-python py',
    'text/x-setext etx',
    'text/x-sgml sgm sgml',
    'text/x-vcard vcf',
    'text/xml xml',
    'video/mp4 mp4',
    'video/mpeg m1v mpa mpe mpeg mpg',
    'video/quicktime mov qt',
    'video/webm webm',
    'video/x-msvideo avi',
    'video/x-sgi-movie movie',
)

_COMMON = (
    'application/rtf rtf',
    'audio/midi mid midi',
    'image/jpg jpg',
    'image/pict pct pic pict',
    'text/xul xul',
)


def _table(entries):
    table = {}
    for entry in entries:
        words = entry.split()
        for ext in words[1:]:
            table['.' + ext] = words[0]
    return table


def _default_mime_types():
    global suffix_map, encodings_map, types_map, common_types
    suffix_map = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz',
                  '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
    encodings_map = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2',
                     '.xz': 'xz'}
    types_map = _table(_STANDARD)
    common_types = _table(_COMMON)

_default_mime_types()


class MimeTypes:
    """A MIME-types database: the module's tables plus any files read.

    types_map and types_map_inv are pairs indexed by strict: [True] for
    registered types, [False] for the common non-standard ones."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = encodings_map.copy()
        self.suffix_map = suffix_map.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in types_map.items():
            self.add_type(type, ext, True)
        for ext, type in common_types.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension `ext` (with its dot) to `type`."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name or URL; either may be None.

        A data: URL gives its declared type; compressed suffixes (.gz,
        .bz2, ...) give the encoding and the type of what is inside."""
        scheme, rest = urllib.splittype(url)
        if scheme == 'data':
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            mediatype = rest[:semi] if semi >= 0 else rest[:comma]
            if '=' in mediatype or '/' not in mediatype:
                mediatype = 'text/plain'
            return mediatype, None
        base, ext = posixpath.splitext(url)
        while ext in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        tables = [self.types_map[True]]
        if not strict:
            tables.append(self.types_map[False])
        for table in tables:
            if ext in table:
                return table[ext], encoding
            if ext.lower() in table:
                return table[ext.lower()], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every known extension (with its dot) for a MIME type."""
        type = type.lower()
        exts = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in exts:
                    exts.append(ext)
        return exts

    def guess_extension(self, type, strict=True):
        """One extension for a MIME type, or None."""
        exts = self.guess_all_extensions(type, strict)
        if not exts:
            return None
        return exts[0]

    def read(self, filename, strict=True):
        """Add the entries of a mime.types file."""
        with open(filename) as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the entries of an open mime.types file: 'type ext ext ...'
        lines, '#' starting a comment."""
        for line in iter(fp.readline, ''):
            words = line.split()
            for i, word in enumerate(words):
                if word.startswith('#'):
                    del words[i:]
                    break
            if not words:
                continue
            for suffix in words[1:]:
                self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Add the types of the Windows registry (nothing elsewhere)."""
        try:
            import _winreg
        except ImportError:
            return


def init(files=None):
    """Build the module's database from the tables and the files given
    (by default the existing ones among `knownfiles`)."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    db = MimeTypes()
    if files is None:
        files = knownfiles
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The {ext: type} map of a mime.types file, or None if unreadable."""
    try:
        f = open(file)
    except IOError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    return _database().add_type(type, ext, strict)
