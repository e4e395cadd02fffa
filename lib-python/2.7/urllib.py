"""URL quoting and the URL splitting helpers of Python 2.7's urllib, and a
urlopen for file: URLs (network schemes are not available here)."""

import re
import sys

from urlparse import urljoin as basejoin
from urlparse import unquote, _is_unicode

__all__ = ["urlopen", "quote", "quote_plus", "unquote", "unquote_plus",
           "urlencode", "url2pathname", "pathname2url", "splittag",
           "localhost", "thishost", "splittype", "splithost", "splituser",
           "splitpasswd", "splitport", "splitnport", "splitquery",
           "splitattr", "splitvalue", "basejoin", "unwrap"]

__version__ = '1.17'

always_safe = ('ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               'abcdefghijklmnopqrstuvwxyz'
               '0123456789' '_.-')
_safe_map = {}
for _i in range(256):
    _c = chr(_i)
    if _i < 128 and _c in always_safe:
        _safe_map[_c] = _c
    else:
        _safe_map[_c] = '%%%02X' % _i
del _i, _c
_safe_quoters = {}


def quote(s, safe='/'):
    """s with every character outside letters, digits, '_.-' and safe
    replaced by a %xx escape."""
    if not s:
        if s is None:
            raise TypeError('None object cannot be quoted')
        return s
    try:
        quoter, allsafe = _safe_quoters[safe]
    except KeyError:
        table = _safe_map.copy()
        for c in safe:
            table[c] = c
        quoter = table.__getitem__
        allsafe = always_safe + safe
        _safe_quoters[safe] = (quoter, allsafe)
    if not s.rstrip(allsafe):
        return s
    return ''.join(map(quoter, s))


def quote_plus(s, safe=''):
    """Like quote, with spaces becoming '+'."""
    if ' ' in s:
        return quote(s, safe + ' ').replace(' ', '+')
    return quote(s, safe)


def unquote_plus(s):
    """Like unquote, with '+' becoming a space first."""
    return unquote(s.replace('+', ' '))


def urlencode(query, doseq=0):
    """A mapping or sequence of pairs as an x-www-form-urlencoded string;
    with doseq, sequence values give one pair per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            tb = sys.exc_info()[2]
            raise TypeError, "not a valid non-string sequence or mapping object", tb
    parts = []
    for k, v in query:
        k = quote_plus(str(k))
        if not doseq:
            parts.append(k + '=' + quote_plus(str(v)))
        elif isinstance(v, str):
            parts.append(k + '=' + quote_plus(v))
        elif _is_unicode(v):
            parts.append(k + '=' + quote_plus(v.encode("ASCII", "replace")))
        else:
            try:
                len(v)
            except TypeError:
                parts.append(k + '=' + quote_plus(str(v)))
            else:
                for elt in v:
                    parts.append(k + '=' + quote_plus(str(elt)))
    return '&'.join(parts)


# POSIX paths
def pathname2url(pathname):
    return quote(pathname)


def url2pathname(pathname):
    return unquote(pathname)


def toBytes(url):
    """url as a str (unicode must be ASCII)."""
    if _is_unicode(url):
        try:
            url = url.encode("ASCII")
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def unwrap(url):
    """'<URL:type://host/path>' -> 'type://host/path'."""
    url = url.strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


_typeprog = re.compile('^([^/:]+):')
_hostprog = re.compile('^//([^/?]*)(.*)$')
_portprog = re.compile('^(.*):([0-9]*)$')


def splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring')."""
    m = _typeprog.match(url)
    if m:
        scheme = m.group(1)
        return scheme.lower(), url[len(scheme) + 1:]
    return None, url


def splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    m = _hostprog.match(url)
    if m:
        host_port, path = m.group(1), m.group(2)
        if path and not path.startswith('/'):
            path = '/' + path
        return host_port, path
    return None, url


def splituser(host):
    """'user[:passwd]@host[:port]' -> ('user[:passwd]', 'host[:port]')."""
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def splitpasswd(user):
    """'user:passwd' -> ('user', 'passwd')."""
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def splitport(host):
    """'host:port' -> ('host', 'port')."""
    m = _portprog.match(host)
    if m:
        h, port = m.groups()
        if port:
            return h, port
    return host, None


def splitnport(host, defport=-1):
    """'host:port' -> ('host', port as int, None if not numeric)."""
    h, delim, port = host.rpartition(':')
    if not delim:
        return port, defport
    if port:
        try:
            nport = int(port)
        except ValueError:
            nport = None
        return h, nport
    return h, defport


def splitquery(url):
    """'/path?query' -> ('/path', 'query')."""
    path, delim, query = url.rpartition('?')
    if delim:
        return path, query
    return url, None


def splittag(url):
    """'/path#tag' -> ('/path', 'tag')."""
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def splitattr(url):
    """'/path;attr1=value1;attr2=value2' -> ('/path', ['attr1=value1', ...])."""
    words = url.split(';')
    return words[0], words[1:]


def splitvalue(attr):
    """'attr=value' -> ('attr', 'value')."""
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)


class addbase(object):
    """A file-like wrapper around an open file."""

    def __init__(self, fp):
        self.fp = fp
        self.read = fp.read
        self.readline = fp.readline
        if hasattr(fp, "readlines"):
            self.readlines = fp.readlines

    def __iter__(self):
        return iter(self.fp)

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.fp)

    def close(self):
        if self.fp:
            self.fp.close()
        self.fp = None
        self.read = None
        self.readline = None
        self.readlines = None


class addinfourl(addbase):
    """An open URL: a file plus info() (headers), geturl() and getcode()."""

    def __init__(self, fp, headers, url, code=None):
        addbase.__init__(self, fp)
        self.headers = headers
        self.url = url
        self.code = code

    def info(self):
        return self.headers

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url


def urlopen(url, data=None, proxies=None, context=None):
    """Open a file: URL for reading (no network schemes in this build)."""
    url = unwrap(toBytes(url))
    scheme, rest = splittype(url)
    if scheme is None or scheme == 'file':
        host, path = splithost(rest)
        if host and host not in ('localhost', ''):
            raise IOError('file error', 'file not on local host')
        if not host:
            path = rest
        return addinfourl(open(url2pathname(path), 'rb'), None, url)
    raise IOError('url error', 'unknown url type', scheme)
