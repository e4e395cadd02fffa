"""RFC 2822 message headers (the 2.7 `rfc822` module, deprecated in favour
of `email` but still used by mimetools, httplib and urllib).

Message(fp) reads header lines from fp up to the blank line that ends them
and leaves fp positioned at the body.  Headers are kept both as the raw
lines (`headers`) and as a dictionary of lower-cased names (`dict`)."""

import time

from email._parseaddr import AddrlistClass, AddressList as _EmailAddressList
from email import _parseaddr

__all__ = ["Message", "AddressList", "parsedate", "parsedate_tz", "mktime_tz"]

_blanklines = ('\r\n', '\n')


class Message:
    """The headers of a message read from a file object."""

    def __init__(self, fp, seekable=1):
        if seekable == 1:
            # Probe once: pipes and sockets raise here.
            try:
                fp.tell()
            except (AttributeError, IOError):
                seekable = 0
        self.fp = fp
        self.seekable = seekable
        self.startofheaders = None
        self.startofbody = None
        if self.seekable:
            try:
                self.startofheaders = self.fp.tell()
            except IOError:
                self.seekable = 0
        self.readheaders()
        if self.seekable:
            try:
                self.startofbody = self.fp.tell()
            except IOError:
                self.seekable = 0

    def rewindbody(self):
        """Seek back to the first line of the body."""
        if not self.seekable:
            raise IOError("unseekable file")
        self.fp.seek(self.startofbody)

    def readheaders(self):
        """Read header lines up to the blank line (or EOF).

        A line that is neither a header nor a continuation is pushed back
        (with fp.unread() or a seek) and ends the headers; `status` tells
        why the headers ended when it was not the blank line."""
        self.dict = {}
        self.unixfrom = ''
        self.headers = lines = []
        self.status = ''
        current = ''
        first = True
        unread = tell = None
        start = None
        if hasattr(self.fp, 'unread'):
            unread = self.fp.unread
        elif self.seekable:
            tell = self.fp.tell
        while True:
            if tell:
                try:
                    start = tell()
                except IOError:
                    start = tell = None
                    self.seekable = 0
            line = self.fp.readline()
            if not line:
                self.status = 'EOF in headers'
                break
            if first and line.startswith('From '):
                self.unixfrom += line
                continue
            first = False
            if current and line[0] in ' \t':
                lines.append(line)
                joined = self.dict[current] + "\n " + line.strip()
                self.dict[current] = joined.strip()
                continue
            if self.iscomment(line):
                continue
            if self.islast(line):
                break
            current = self.isheader(line)
            if current:
                lines.append(line)
                self.dict[current] = line[len(current) + 1:].strip()
                continue
            if current is not None:
                # An empty name (":value"): tolerated and skipped.
                continue
            if self.dict:
                self.status = 'Non-header line where header expected'
            else:
                self.status = 'No headers'
            if unread:
                unread(line)
            elif tell:
                self.fp.seek(start)
            else:
                self.status = self.status + '; bad seek'
            break

    def isheader(self, line):
        """The lower-cased field name of a header line, else None."""
        colon = line.find(':')
        if colon < 0:
            return None
        return line[:colon].lower()

    def islast(self, line):
        """True for the line that ends the headers."""
        return line in _blanklines

    def iscomment(self, line):
        """True for lines to skip (none in RFC 2822)."""
        return False

    def getallmatchingheaders(self, name):
        """The raw lines (with continuations) of every `name` header."""
        prefix = name.lower() + ':'
        n = len(prefix)
        found = []
        inside = False
        for line in self.headers:
            if line[:n].lower() == prefix:
                inside = True
            elif not line[:1].isspace():
                inside = False
            if inside:
                found.append(line)
        return found

    def getfirstmatchingheader(self, name):
        """The raw lines (with continuations) of the first `name` header."""
        prefix = name.lower() + ':'
        n = len(prefix)
        found = []
        inside = False
        for line in self.headers:
            if inside:
                if not line[:1].isspace():
                    break
            elif line[:n].lower() == prefix:
                inside = True
            if inside:
                found.append(line)
        return found

    def getrawheader(self, name):
        """The first `name` header's value as it was in the file, or None."""
        found = self.getfirstmatchingheader(name)
        if not found:
            return None
        found[0] = found[0][len(name) + 1:]
        return ''.join(found)

    def getheader(self, name, default=None):
        """The value of header `name` (the last one if repeated)."""
        return self.dict.get(name.lower(), default)
    get = getheader

    def getheaders(self, name):
        """The values of every `name` header, continuations joined."""
        values = []
        for line in self.getallmatchingheaders(name):
            if line[0].isspace():
                if values and values[-1]:
                    values[-1] = "%s\n %s" % (values[-1], line.strip())
                elif values:
                    values[-1] = line.strip()
            else:
                values.append(line[line.find(':') + 1:].strip())
        return values

    def getaddr(self, name):
        """(realname, address) of the first address in header `name`."""
        try:
            data = self[name]
        except KeyError:
            return None, None
        found = AddressList(data).addresslist
        if not found:
            return None, None
        return found[0]

    def getaddrlist(self, name):
        """Every (realname, address) pair of all `name` headers."""
        parts = []
        for line in self.getallmatchingheaders(name):
            if line[0] in ' \t':
                parts.append(line)
                continue
            if parts:
                parts.append(', ')
            colon = line.find(':')
            if colon > 0:
                parts.append(line[colon + 1:])
        return AddressList(''.join(parts)).addresslist

    def getdate(self, name):
        """Header `name` parsed as a date: a 9-tuple or None."""
        try:
            data = self[name]
        except KeyError:
            return None
        return parsedate(data)

    def getdate_tz(self, name):
        """Header `name` parsed as a date: a 10-tuple (with the offset) or None."""
        try:
            data = self[name]
        except KeyError:
            return None
        return parsedate_tz(data)

    # The mapping interface works on the lower-cased names.

    def __len__(self):
        return len(self.dict)

    def __getitem__(self, name):
        return self.dict[name.lower()]

    def _append_header(self, name, value):
        for part in (name + ": " + value).split("\n"):
            self.headers.append(part + "\n")

    def __setitem__(self, name, value):
        del self[name]
        self.dict[name.lower()] = value
        self._append_header(name, value)

    def __delitem__(self, name):
        key = name.lower()
        if key not in self.dict:
            return
        del self.dict[key]
        prefix = key + ':'
        n = len(prefix)
        kept = []
        dropping = False
        for line in self.headers:
            if line[:n].lower() == prefix:
                dropping = True
            elif not line[:1].isspace():
                dropping = False
            if not dropping:
                kept.append(line)
        self.headers[:] = kept

    def setdefault(self, name, default=""):
        key = name.lower()
        if key in self.dict:
            return self.dict[key]
        self._append_header(name, default)
        self.dict[key] = default
        return default

    def has_key(self, name):
        return name.lower() in self.dict

    def __contains__(self, name):
        return name.lower() in self.dict

    def __iter__(self):
        return iter(self.dict)

    def keys(self):
        return self.dict.keys()

    def values(self):
        return self.dict.values()

    def items(self):
        return self.dict.items()

    def __str__(self):
        return ''.join(self.headers)


class AddressList(_EmailAddressList):
    """The addresses of a header value, with set-like + and -."""

    def __init__(self, field):
        _EmailAddressList.__init__(self, field)
        # rfc822's parser stops at the first empty element (an explicit
        # '<>' is an address, though).
        if field and '<>' in field:
            return
        for i, pair in enumerate(self.addresslist):
            if pair == ('', ''):
                del self.addresslist[i:]
                break

    def __str__(self):
        return ", ".join(map(dump_address_pair, self.addresslist))

    def _merged(self, other, keep):
        result = AddressList(None)
        result.addresslist = [a for a in self.addresslist if keep(a)]
        return result

    def __add__(self, other):
        result = self._merged(other, lambda a: True)
        for a in other.addresslist:
            if a not in result.addresslist:
                result.addresslist.append(a)
        return result

    def __iadd__(self, other):
        for a in other.addresslist:
            if a not in self.addresslist:
                self.addresslist.append(a)
        return self

    def __sub__(self, other):
        return self._merged(other, lambda a: a not in other.addresslist)

    def __isub__(self, other):
        for a in other.addresslist:
            if a in self.addresslist:
                self.addresslist.remove(a)
        return self

    def __getitem__(self, index):
        return self.addresslist[index]


def parsedate_tz(data):
    """A date string as a 10-tuple: 9 time fields (isdst 0) and the
    offset from UTC in seconds (None if not given); None if unparsable."""
    t = _parseaddr.parsedate_tz(data)
    if t is None:
        return None
    return tuple(t[:8]) + (0, t[9])


def parsedate(data):
    """A date string as a 9-tuple for time.mktime(), or None."""
    t = parsedate_tz(data)
    if t is None:
        return None
    return t[:9]


def mktime_tz(data):
    """A parsedate_tz() tuple as a UTC time stamp (a float)."""
    if data[9] is None:
        # No zone given: local time.
        return time.mktime(data[:8] + (-1,))
    local = time.mktime(data[:8] + (0,))
    return local - data[9] - time.timezone


def unquote(s):
    """Strip one level of "..." (undoing backslash escapes) or <...>."""
    if len(s) > 1:
        if s[0] == '"' and s[-1] == '"':
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s[0] == '<' and s[-1] == '>':
            return s[1:-1]
    return s


def quote(s):
    """Backslash-escape backslashes and double quotes."""
    return s.replace('\\', '\\\\').replace('"', '\\"')


def parseaddr(address):
    """(realname, address) of the first address in a string."""
    found = AddressList(address).addresslist
    if not found:
        return None, None
    return found[0]


def dump_address_pair(pair):
    """'"Real Name" <addr>' or just 'addr'."""
    if pair[0]:
        return '"%s" <%s>' % (pair[0], pair[1])
    return pair[1]


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def formatdate(timeval=None):
    """An RFC 822 date in GMT for a time stamp (default: now)."""
    if timeval is None:
        timeval = time.time()
    t = time.gmtime(timeval)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        _DAYS[t[6]], t[2], _MONTHS[t[1] - 1], t[0], t[3], t[4], t[5])
