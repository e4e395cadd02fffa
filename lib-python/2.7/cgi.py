"""Support for CGI scripts: parsing form data from the query string or a
POST body (urlencoded or multipart/form-data) into FieldStorage objects,
header parameter parsing, HTML escaping, a simple log, and a test()
function that prints the environment and the form.
"""

__version__ = "2.6"

import os
import sys
import urlparse
from warnings import warn

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

__all__ = ["MiniFieldStorage", "FieldStorage", "FormContentDict", "SvFormContentDict",
           "InterpFormContentDict", "FormContent", "parse", "parse_qs", "parse_qsl",
           "parse_multipart", "parse_header", "print_exception", "print_environ",
           "print_form", "print_directory", "print_arguments", "print_environ_usage",
           "escape"]

# ---- logging ---------------------------------------------------------------

logfile = ""        # a file name: log() appends to it once initlog() opened it
logfp = None        # or an open file


def initlog(*allargs):
    """Open the log (logfp, or the file named by logfile) on first use and
    log the arguments; later calls of log() write directly."""
    global log, logfp
    if logfile and not logfp:
        try:
            logfp = open(logfile, "a")
        except IOError:
            pass
    log = dolog if logfp else nolog
    log(*allargs)


def dolog(fmt, *args):
    """Write fmt % args and a newline to the log file."""
    logfp.write(fmt % args + "\n")


def nolog(*allargs):
    """Logging is off."""
    pass


log = initlog

# ---- parsing ---------------------------------------------------------------

maxlen = 0          # largest accepted POST body (0: no limit)


def _check_length(n):
    if maxlen and n > maxlen:
        raise ValueError('Maximum content length exceeded')


def parse(fp=None, environ=os.environ, keep_blank_values=0, strict_parsing=0):
    """The form of a request as a dict of lists of values: the query
    string, and for POST the body (urlencoded or multipart/form-data)."""
    if fp is None:
        fp = sys.stdin
    method = environ.setdefault('REQUEST_METHOD', 'GET')
    if method == 'POST':
        ctype, params = parse_header(environ['CONTENT_TYPE'])
        if ctype == 'multipart/form-data':
            return parse_multipart(fp, params)
        body = ''
        if ctype == 'application/x-www-form-urlencoded':
            length = int(environ['CONTENT_LENGTH'])
            _check_length(length)
            body = fp.read(length)
        extra = environ['QUERY_STRING'] if 'QUERY_STRING' in environ else (
            sys.argv[1] if sys.argv[1:] else None)
        if extra is not None:
            body = body + '&' + extra if body else extra
            if 'QUERY_STRING' not in environ:
                environ['QUERY_STRING'] = body
        qs = body
    elif 'QUERY_STRING' in environ:
        qs = environ['QUERY_STRING']
    else:
        qs = sys.argv[1] if sys.argv[1:] else ""
        environ['QUERY_STRING'] = qs
    return urlparse.parse_qs(qs, keep_blank_values, strict_parsing)


def parse_qs(qs, keep_blank_values=0, strict_parsing=0):
    """Deprecated: urlparse.parse_qs."""
    warn("cgi.parse_qs is deprecated, use urlparse.parse_qs instead",
         PendingDeprecationWarning, 2)
    return urlparse.parse_qs(qs, keep_blank_values, strict_parsing)


def parse_qsl(qs, keep_blank_values=0, strict_parsing=0):
    """Deprecated: urlparse.parse_qsl."""
    warn("cgi.parse_qsl is deprecated, use urlparse.parse_qsl instead",
         PendingDeprecationWarning, 2)
    return urlparse.parse_qsl(qs, keep_blank_values, strict_parsing)


class _Headers(object):
    """The header block of a MIME part: names are case-insensitive."""

    def __init__(self, fp=None):
        self.dict = {}
        self.headers = []
        if fp is not None:
            self._read(fp)

    def _read(self, fp):
        name = None
        while True:
            line = fp.readline()
            if not line or line in ('\n', '\r\n'):
                break
            if line[0] in ' \t' and name is not None:
                # a continuation line
                self.dict[name] = self.dict[name] + ' ' + line.strip()
                self.headers.append(line)
                continue
            colon = line.find(':')
            if colon <= 0:
                continue
            name = line[:colon].strip().lower()
            value = line[colon + 1:].strip()
            self.headers.append(line)
            self.dict[name] = value if name not in self.dict else self.dict[name] + ', ' + value

    def __getitem__(self, name):
        return self.dict[name.lower()]

    def __setitem__(self, name, value):
        self.dict[name.lower()] = value

    def __contains__(self, name):
        return name.lower() in self.dict

    has_key = __contains__

    def get(self, name, default=None):
        return self.dict.get(name.lower(), default)

    getheader = get

    def keys(self):
        return self.dict.keys()

    def items(self):
        return self.dict.items()

    def __len__(self):
        return len(self.dict)

    def __iter__(self):
        return iter(self.dict)


def parse_multipart(fp, pdict):
    """A multipart/form-data body as a dict name -> list of values (whole
    parts in memory; FieldStorage handles large uploads better)."""
    boundary = pdict.get('boundary', "")
    if not valid_boundary(boundary):
        raise ValueError('Invalid boundary in multipart form: %r' % (boundary,))
    separator = "--" + boundary
    closing = separator + "--"
    fields = {}
    marker = ""
    while marker != closing:
        size = -1
        data = None
        headers = None
        if marker:
            headers = _Headers(fp)
            length = headers.get('content-length')
            if length:
                try:
                    size = int(length)
                except ValueError:
                    pass
            if size > 0:
                _check_length(size)
                data = fp.read(size)
            else:
                data = ""
        body = []
        while True:
            line = fp.readline()
            if not line:
                marker = closing
                break
            if line.startswith("--"):
                marker = line.strip()
                if marker in (separator, closing):
                    break
            body.append(line)
        if data is None:
            continue                # the preamble
        if size < 0:
            if body:
                # the line break before the boundary belongs to it
                last = body[-1]
                if last.endswith("\r\n"):
                    body[-1] = last[:-2]
                elif last.endswith("\n"):
                    body[-1] = last[:-1]
            data = "".join(body)
        disposition = headers.get('content-disposition')
        if not disposition:
            continue
        kind, params = parse_header(disposition)
        if kind != 'form-data' or 'name' not in params:
            continue
        fields.setdefault(params['name'], []).append(data)
    return fields


def _split_params(s):
    """The ';'-separated parts of a header value; quoted ';' do not split."""
    parts = []
    start = 0
    quoted = False
    i = 0
    while i < len(s):
        c = s[i]
        if c == '\\' and quoted:
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == ';' and not quoted:
            parts.append(s[start:i])
            start = i + 1
        i += 1
    parts.append(s[start:])
    return [p.strip() for p in parts]


def parse_header(line):
    """Split a Content-type-like header into its main value and a dict of
    its parameters (names lower-cased, quotes and escapes removed)."""
    parts = _split_params(line)
    key = parts[0]
    params = {}
    for part in parts[1:]:
        eq = part.find('=')
        if eq < 0:
            continue
        name = part[:eq].strip().lower()
        value = part[eq + 1:].strip()
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            value = value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        params[name] = value
    return key, params


# ---- FieldStorage ----------------------------------------------------------

class MiniFieldStorage:
    """A form field given in the query string (or urlencoded body)."""

    # what a FieldStorage part would have, for code that treats both alike
    filename = list = type = file = disposition = None
    headers = {}
    type_options = {}
    disposition_options = {}

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


class FieldStorage:
    """A form, or one part of a multipart form.

    For a whole form, `list` holds the fields (MiniFieldStorage for simple
    values, FieldStorage for multipart parts) and the object indexes like a
    dict by field name.  For a part, `name`, `filename`, `type`, `headers`
    and `value` (or `file`, an open file positioned at the start) describe
    it.

    Arguments: fp (the body; default sys.stdin), headers (default: from
    environ), outerboundary (of the enclosing multipart), environ,
    keep_blank_values and strict_parsing (as for urlparse.parse_qs).
    """

    bufsize = 8 * 1024
    FieldStorageClass = None    # the class of parts (default: this class)

    def __init__(self, fp=None, headers=None, outerboundary="", environ=os.environ,
                 keep_blank_values=0, strict_parsing=0, max_num_fields=None):
        method = environ['REQUEST_METHOD'].upper() if 'REQUEST_METHOD' in environ else 'GET'
        self.keep_blank_values = keep_blank_values
        self.strict_parsing = strict_parsing
        self.max_num_fields = max_num_fields
        self.qs_on_post = None
        if method in ('GET', 'HEAD'):
            if 'QUERY_STRING' in environ:
                qs = environ['QUERY_STRING']
            else:
                qs = sys.argv[1] if sys.argv[1:] else ""
            fp = StringIO(qs)
            if headers is None:
                headers = {'content-type': "application/x-www-form-urlencoded"}
        if headers is None:
            # a POST request: the body's description comes from the environment
            self.qs_on_post = environ.get('QUERY_STRING')
            headers = {}
            for variable, header in (('CONTENT_TYPE', 'content-type'),
                                     ('CONTENT_LENGTH', 'content-length')):
                if variable in environ:
                    headers[header] = environ[variable]
            if method == 'POST' and 'content-type' not in headers:
                headers['content-type'] = "application/x-www-form-urlencoded"
        self.outerboundary = outerboundary
        self.headers = headers
        self.fp = sys.stdin if fp is None else fp

        self.disposition, self.disposition_options = "", {}
        if 'content-disposition' in headers:
            self.disposition, self.disposition_options = parse_header(headers['content-disposition'])
        self.name = self.disposition_options.get('name')
        self.filename = self.disposition_options.get('filename')

        if 'content-type' in headers:
            ctype, options = parse_header(headers['content-type'])
        elif self.outerboundary or method != 'POST':
            ctype, options = "text/plain", {}
        else:
            ctype, options = 'application/x-www-form-urlencoded', {}
        self.type = ctype
        self.type_options = options
        self.innerboundary = options.get('boundary', "")

        self.length = -1
        if 'content-length' in headers:
            try:
                self.length = int(headers['content-length'])
            except ValueError:
                pass
            _check_length(self.length)

        self.list = self.file = None
        self.done = 0
        if ctype == 'application/x-www-form-urlencoded':
            self.read_urlencoded()
        elif ctype.startswith('multipart/'):
            self.read_multi(environ, keep_blank_values, strict_parsing)
        else:
            self.read_single()

    def __repr__(self):
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.value)

    def __iter__(self):
        return iter(self.keys())

    def __getattr__(self, name):
        if name != 'value':
            raise AttributeError(name)
        if self.file:
            self.file.seek(0)
            data = self.file.read()
            self.file.seek(0)
            return data
        return self.list      # None for an empty part

    def _fields(self):
        if self.list is None:
            raise TypeError("not indexable")
        return self.list

    def __getitem__(self, key):
        matches = [f for f in self._fields() if f.name == key]
        if not matches:
            raise KeyError(key)
        return matches[0] if len(matches) == 1 else matches

    def getvalue(self, key, default=None):
        """The value of field key (a list of values if it repeats), or default."""
        if key not in self:
            return default
        found = self[key]
        if isinstance(found, list):
            return [f.value for f in found]
        return found.value

    def getfirst(self, key, default=None):
        """The first value of field key, or default."""
        if key not in self:
            return default
        found = self[key]
        return (found[0] if isinstance(found, list) else found).value

    def getlist(self, key):
        """All the values of field key ([] if absent)."""
        if key not in self:
            return []
        found = self[key]
        return [f.value for f in found] if isinstance(found, list) else [found.value]

    def keys(self):
        """The field names."""
        return list(set(f.name for f in self._fields()))

    def has_key(self, key):
        return any(f.name == key for f in self._fields())

    __contains__ = has_key

    def __len__(self):
        return len(self.keys())

    def __nonzero__(self):
        if self.list is None:
            raise TypeError("Cannot be converted to bool.")
        return bool(self.list)

    # ---- reading the body ----

    def read_urlencoded(self):
        """Fields from an application/x-www-form-urlencoded body."""
        qs = self.fp.read(self.length)
        if self.qs_on_post:
            qs += '&' + self.qs_on_post
        pairs = urlparse.parse_qsl(qs, self.keep_blank_values, self.strict_parsing,
                                   self.max_num_fields)
        self.list = [MiniFieldStorage(k, v) for k, v in pairs]
        self.skip_lines()

    def read_multi(self, environ, keep_blank_values, strict_parsing):
        """The parts of a multipart body, each a FieldStorage."""
        boundary = self.innerboundary
        if not valid_boundary(boundary):
            raise ValueError('Invalid boundary in multipart form: %r' % (boundary,))
        self.list = []
        if self.qs_on_post:
            for k, v in urlparse.parse_qsl(self.qs_on_post, self.keep_blank_values,
                                           self.strict_parsing, self.max_num_fields):
                self.list.append(MiniFieldStorage(k, v))
        limit = self.max_num_fields
        if limit is not None:
            limit -= len(self.list)
        make = self.FieldStorageClass or self.__class__
        # the first "part" is the preamble before the first boundary
        part = make(self.fp, {}, boundary, environ, keep_blank_values, strict_parsing, limit)
        while not part.done:
            part = make(self.fp, _Headers(self.fp), boundary, environ, keep_blank_values,
                        strict_parsing, limit)
            self.list.append(part)
            if limit is not None:
                limit -= 1 + (len(part.list) if part.list else 0)
                if limit < 0:
                    raise ValueError('Max number of fields exceeded')
        self.skip_lines()

    def read_single(self):
        """A part that is not a form: its data goes to self.file."""
        if self.length < 0:
            self.read_lines()
        else:
            self.read_binary()
            self.skip_lines()
        self.file.seek(0)

    def read_binary(self):
        """Exactly self.length bytes."""
        self.file = self.make_file('b')
        left = self.length
        while left > 0:
            data = self.fp.read(min(left, self.bufsize))
            if not data:
                self.done = -1
                break
            self.file.write(data)
            left -= len(data)

    def read_lines(self):
        """Lines up to the boundary (or the end of input); small parts stay
        in memory, bigger ones move to a temporary file."""
        self.file = self._memfile = StringIO()
        if self.outerboundary:
            self.read_lines_to_outerboundary()
        else:
            self.read_lines_to_eof()

    def _write(self, data):
        if self._memfile is not None and self._memfile.tell() + len(data) > 1000:
            self.file = self.make_file('')
            self.file.write(self._memfile.getvalue())
            self._memfile = None
        self.file.write(data)

    def read_lines_to_eof(self):
        while True:
            line = self.fp.readline(1 << 16)
            if not line:
                self.done = -1
                return
            self._write(line)

    def _boundary_kind(self, line):
        """1 for the closing boundary, 0 for a part boundary, None otherwise."""
        stripped = line.strip()
        if stripped == "--" + self.outerboundary:
            return 0
        if stripped == "--" + self.outerboundary + "--":
            return 1
        return None

    def read_lines_to_outerboundary(self):
        # a line ending before the boundary belongs to the boundary, so each
        # line's ending is written only when the next line is not a boundary
        pending = ""
        at_line_start = True
        while True:
            line = self.fp.readline(1 << 16)
            if not line:
                self.done = -1
                return
            if pending == "\r":
                line = pending + line
                pending = ""
            if at_line_start and line.startswith("--"):
                kind = self._boundary_kind(line)
                if kind is not None:
                    self.done = kind
                    return
            before = pending
            if line.endswith("\r\n"):
                pending, line, at_line_start = "\r\n", line[:-2], True
            elif line.endswith("\n"):
                pending, line, at_line_start = "\n", line[:-1], True
            elif line.endswith("\r"):
                pending, line, at_line_start = "\r", line[:-1], False
            else:
                pending, at_line_start = "", False
            self._write(before + line)

    def skip_lines(self):
        """Skip to the next boundary of the enclosing multipart."""
        if not self.outerboundary or self.done:
            return
        at_line_start = True
        while True:
            line = self.fp.readline(1 << 16)
            if not line:
                self.done = -1
                return
            if at_line_start and line.startswith("--"):
                kind = self._boundary_kind(line)
                if kind is not None:
                    self.done = kind
                    return
            at_line_start = line.endswith('\n')

    def make_file(self, binary=None):
        """A new temporary file for a part's data (override to keep uploads)."""
        import tempfile
        return tempfile.TemporaryFile("w+b")


# ---- the old dict interfaces -------------------------------------------------

class FormContentDict(dict):
    """Deprecated: the query string as a dict of lists of values."""

    def __init__(self, environ=os.environ, keep_blank_values=0, strict_parsing=0):
        self.dict = self.data = parse(environ=environ, keep_blank_values=keep_blank_values,
                                      strict_parsing=strict_parsing)
        self.query_string = environ['QUERY_STRING']
        dict.__init__(self, self.dict)


class SvFormContentDict(FormContentDict):
    """Deprecated: single values (IndexError for repeated fields)."""

    def __getitem__(self, key):
        values = self.dict[key]
        if len(values) > 1:
            raise IndexError('expecting a single value')
        return values[0]

    def getlist(self, key):
        return self.dict[key]

    def values(self):
        return [v[0] if len(v) == 1 else v for v in self.dict.values()]

    def items(self):
        return [(k, v[0] if len(v) == 1 else v) for k, v in self.dict.items()]


class InterpFormContentDict(SvFormContentDict):
    """Deprecated: values that look like numbers become int or float."""

    def __getitem__(self, key):
        value = SvFormContentDict.__getitem__(self, key)
        if value[:1] in '0123456789+-.':
            for convert in (int, float):
                try:
                    return convert(value)
                except ValueError:
                    pass
        return value.strip()

    def values(self):
        return [self[k] for k in self.keys()]

    def items(self):
        return [(k, self[k]) for k in self.keys()]


class FormContent(FormContentDict):
    """Deprecated: the oldest interface."""

    def values(self, key):
        return self.dict[key] if key in self.dict else None

    def indexed_value(self, key, location):
        if key in self.dict and len(self.dict[key]) > location:
            return self.dict[key][location]
        return None

    def value(self, key):
        return self.dict[key][0] if key in self.dict else None

    def length(self, key):
        return len(self.dict[key])

    def stripped(self, key):
        return self.dict[key][0].strip() if key in self.dict else None

    def pars(self):
        return self.dict


# ---- testing and debugging -----------------------------------------------------

def test(environ=os.environ):
    """Be a CGI script: print the headers, then the form, the environment
    and anything that goes wrong, as HTML."""
    print "Content-type: text/html"
    print
    sys.stderr = sys.stdout
    try:
        form = FieldStorage()
        print_directory()
        print_arguments()
        print_form(form)
        print_environ(environ)
        print_environ_usage()
    except:
        print_exception()


def print_exception(type=None, value=None, tb=None, limit=None):
    """The current (or given) exception as HTML."""
    import traceback
    if type is None:
        type, value, tb = sys.exc_info()
    print "\n<H3>Traceback (most recent call last):</H3>"
    lines = traceback.format_tb(tb, limit) + traceback.format_exception_only(type, value)
    print "<PRE>%s<B>%s</B></PRE>" % (escape("".join(lines[:-1])), escape(lines[-1]))
    del tb


def print_environ(environ=os.environ):
    """The environment as an HTML definition list."""
    print
    print "<H3>Shell Environment:</H3>"
    print "<DL>"
    for key in sorted(environ.keys()):
        print "<DT>", escape(key), "<DD>", escape(environ[key])
    print "</DL>"
    print


def print_form(form):
    """The fields of a form as an HTML definition list."""
    print
    print "<H3>Form Contents:</H3>"
    names = sorted(form.keys())
    if not names:
        print "<P>No form fields."
    print "<DL>"
    for name in names:
        field = form[name]
        print "<DT>%s: <i>%s</i>" % (escape(name), escape(repr(type(field))))
        print "<DD>" + escape(repr(field))
    print "</DL>"
    print


def print_directory():
    print
    print "<H3>Current Working Directory:</H3>"
    try:
        cwd = os.getcwd()
    except os.error as msg:
        print "os.error:", escape(str(msg))
    else:
        print escape(cwd)
    print


def print_arguments():
    print "\n<H3>Command Line Arguments:</H3>\n"
    print sys.argv
    print


def print_environ_usage():
    """The CGI environment variables, as HTML."""
    print """
<H3>These environment variables could have been set:</H3>
<UL>
<LI>AUTH_TYPE
<LI>CONTENT_LENGTH
<LI>CONTENT_TYPE
<LI>DATE_GMT
<LI>DATE_LOCAL
<LI>DOCUMENT_NAME
<LI>DOCUMENT_ROOT
<LI>DOCUMENT_URI
<LI>GATEWAY_INTERFACE
<LI>LAST_MODIFIED
<LI>PATH
<LI>PATH_INFO
<LI>PATH_TRANSLATED
<LI>QUERY_STRING
<LI>REMOTE_ADDR
<LI>REMOTE_HOST
<LI>REMOTE_IDENT
<LI>REMOTE_USER
<LI>REQUEST_METHOD
<LI>SCRIPT_NAME
<LI>SERVER_NAME
<LI>SERVER_PORT
<LI>SERVER_PROTOCOL
<LI>SERVER_ROOT
<LI>SERVER_SOFTWARE
</UL>
In addition, HTTP headers sent by the server may be passed in the
environment as well.  Here are some common variable names:
<UL>
<LI>HTTP_ACCEPT
<LI>HTTP_CONNECTION
<LI>HTTP_HOST
<LI>HTTP_PRAGMA
<LI>HTTP_REFERER
<LI>HTTP_USER_AGENT
</UL>
"""


# ---- utilities -------------------------------------------------------------------

def escape(s, quote=None):
    """s with &, < and > as HTML entities (and '"' too when quote is true)."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
    return s


def valid_boundary(s, _re=None):
    """Is s acceptable as a multipart boundary?"""
    import re
    return re.match("^[ -~]{0,200}[!-~]$", s)


if __name__ == '__main__':
    test()
