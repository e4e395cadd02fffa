"""Parsing URLs into components and joining relative URLs (Python 2.7's
urlparse: RFC 1808 / 2396 behaviour, including 2.7's urljoin quirks)."""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "parse_qs", "parse_qsl"]

def _schemes(names):
    """A scheme list from a blank-separated string; '-' is the empty scheme
    (a URL without one)."""
    return [name != '-' and name or '' for name in names.split()]

# Which schemes have relative URLs, a network location, ;parameters,
# ?queries and #fragments (RFC 1808 and practice), and which are not
# hierarchical at all.
uses_relative = _schemes('ftp http gopher nntp imap wais file https shttp mms prospero '
                         'rtsp rtspu - sftp svn svn+ssh')
uses_netloc = _schemes('ftp http gopher nntp telnet imap wais file mms https shttp snews '
                       'prospero rtsp rtspu rsync - svn svn+ssh sftp nfs git git+ssh')
uses_params = _schemes('ftp hdl prospero http imap https shttp rtsp rtspu sip sips mms - '
                       'sftp tel')
non_hierarchical = _schemes('gopher hdl mailto news telnet wais imap snews sip sips')
uses_query = _schemes('http wais imap https shttp mms gopher rtsp rtspu sip sips -')
uses_fragment = _schemes('ftp hdl http gopher news nntp wais https shttp snews file '
                         'prospero -')

# the characters a scheme name may contain
scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'

MAX_CACHE_SIZE = 20     # urlsplit results kept; the cache is emptied when full
_parse_cache = {}


def clear_cache():
    """Forget the cached results of urlsplit."""
    _parse_cache.clear()


class ResultMixin(object):
    """The parts of a parsed URL's netloc, user:password@host:port, as
    properties (None for a part that is missing)."""

    def _userinfo(self):
        """(user, password) from the netloc; (None, None) without an '@'."""
        if "@" not in self.netloc:
            return None, None
        user, colon, password = self.netloc.rpartition("@")[0].partition(":")
        return user, (password if colon else None)

    def _hostport(self):
        return self.netloc.rpartition('@')[2]

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        where = self._hostport()
        if '[' in where and ']' in where:
            # an IPv6 literal: [address]:port
            where = where.split(']')[0][1:]
        elif ':' in where:
            where = where.split(':')[0]
        elif not where:
            return None
        return where.lower()

    @property
    def port(self):
        after_host = self._hostport().split(']')[-1]
        if ':' not in after_host:
            return None
        digits = after_host.split(':')[1]
        if not digits:
            return None
        number = int(digits, 10)
        if number < 0 or number > 65535:
            return None
        return number


def _result_class(name, fields, unparse):
    """A named tuple class with ResultMixin's properties and a geturl()
    that puts the URL back together with unparse."""
    def geturl(self):
        return unparse(self)
    return type(name, (namedtuple(name, fields), ResultMixin),
                {'__slots__': (), 'geturl': geturl, '__module__': __name__})

SplitResult = _result_class('SplitResult', 'scheme netloc path query fragment',
                            lambda parts: urlunsplit(parts))
ParseResult = _result_class('ParseResult', 'scheme netloc path params query fragment',
                            lambda parts: urlunparse(parts))


def urlparse(url, scheme='', allow_fragments=True):
    """<scheme>://<netloc>/<path>;<params>?<query>#<fragment> as a 6-tuple."""
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return ParseResult(scheme, netloc, url, params, query, fragment)


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    end = len(url)
    for c in '/?#':
        found = url.find(c, start)
        if found >= 0:
            end = min(end, found)
    return url[start:end], url[end:]


def _check_brackets(netloc):
    if ('[' in netloc) != (']' in netloc):
        raise ValueError("Invalid IPv6 URL")


def _check_normalized_netloc(netloc):
    """ValueError when a unicode netloc holds characters that NFKC turns
    into URL delimiters (u'\u2100' is 'a/c'): a later normalization would
    change where the host ends.  Delimiters present before normalizing
    are left out of the comparison."""
    if not netloc or not isinstance(netloc, unicode):
        return
    import unicodedata
    plain = netloc
    for sep in u'@:#?':
        plain = plain.replace(sep, u'')
    normal = unicodedata.normalize('NFKC', plain)
    if normal == plain:
        return
    for sep in u'/?#@:':
        if sep in normal:
            raise ValueError("netloc %r contains invalid characters under NFKC "
                             "normalization" % netloc)


def urlsplit(url, scheme='', allow_fragments=True):
    """<scheme>://<netloc>/<path>?<query>#<fragment> as a 5-tuple (params
    stay in the path)."""
    allow_fragments = bool(allow_fragments)
    key = url, scheme, allow_fragments, type(url), type(scheme)
    cached = _parse_cache.get(key, None)
    if cached:
        return cached
    if len(_parse_cache) >= MAX_CACHE_SIZE:
        clear_cache()
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0:
        head = url[:i]
        if all(c in scheme_chars for c in head):
            rest = url[i + 1:]
            # "host:80" style: digits after the colon are a port, not a scheme
            if head == 'http' or not rest or any(c not in '0123456789' for c in rest):
                scheme, url = head.lower(), rest
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        _check_brackets(netloc)
        _check_normalized_netloc(netloc)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    result = SplitResult(scheme, netloc, url, query, fragment)
    _parse_cache[key] = result
    return result


def urlunparse(data):
    """The URL of a 6-tuple from urlparse (may differ in equivalent ways)."""
    scheme, netloc, url, params, query, fragment = data
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urlunsplit(data):
    """The URL of a 5-tuple from urlsplit."""
    scheme, netloc, url, query, fragment = data
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    pieces = [url]
    if scheme:
        pieces.insert(0, scheme + ':')
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return ''.join(pieces)


def urljoin(base, url, allow_fragments=True):
    """url made absolute against base."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if path[:1] == '/':
        return urlunparse((scheme, netloc, path, params, query, fragment))
    if not path and not params:
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, bpath, bparams, query, fragment))
    segments = bpath.split('/')[:-1] + path.split('/')
    if segments[-1] == '.':
        segments[-1] = ''
    segments = [s for s in segments if s != '.']
    # drop each "name/.." pair, leftmost first, until none is left
    changed = True
    while changed:
        changed = False
        for i in range(1, len(segments) - 1):
            if segments[i] == '..' and segments[i - 1] not in ('', '..'):
                del segments[i - 1:i + 1]
                changed = True
                break
    if segments == ['', '..']:
        segments[-1] = ''
    elif len(segments) >= 2 and segments[-1] == '..':
        segments[-2:] = ['']
    return urlunparse((scheme, netloc, '/'.join(segments), params, query, fragment))


def urldefrag(url):
    """(url without its fragment, fragment)."""
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        return urlunparse((s, n, p, a, q, '')), frag
    return url, ''


try:
    unicode
    def _is_unicode(x):
        return isinstance(x, unicode)
except NameError:
    def _is_unicode(x):
        return False

_HEX = '0123456789ABCDEFabcdef'
_hextochr = dict((a + b, chr(int(a + b, 16))) for a in _HEX for b in _HEX)
_asciire = re.compile('([\x00-\x7f]+)')


def unquote(s):
    """s with each %xx escape replaced by its byte (for unicode, only the
    ASCII runs are unquoted, each byte becoming a Latin-1 character)."""
    if _is_unicode(s):
        if '%' not in s:
            return s
        bits = _asciire.split(s)
        out = [bits[0]]
        for i in range(1, len(bits), 2):
            out.append(unquote(str(bits[i])).decode('latin1'))
            out.append(bits[i + 1])
        return ''.join(out)
    bits = s.split('%')
    if len(bits) == 1:
        return s
    out = [bits[0]]
    for item in bits[1:]:
        char = _hextochr.get(item[:2])
        if char is None:
            out.append('%')
            out.append(item)
        else:
            out.append(char)
            out.append(item[2:])
    return ''.join(out)


def parse_qs(qs, keep_blank_values=0, strict_parsing=0, max_num_fields=None):
    """A query string as a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, max_num_fields):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def parse_qsl(qs, keep_blank_values=0, strict_parsing=0, max_num_fields=None):
    """A query string as a list of (name, value) pairs."""
    if max_num_fields is not None:
        num_fields = 1 + qs.count('&') + qs.count(';')
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    pairs = [part for chunk in qs.split('&') for part in chunk.split(';')]
    result = []
    for pair in pairs:
        if not pair and not strict_parsing:
            continue
        nv = pair.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (pair,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            result.append((unquote(nv[0].replace('+', ' ')),
                           unquote(nv[1].replace('+', ' '))))
    return result
