"""Assorted helpers: address and date formatting, quoting, and RFC 2231
extended parameter values."""

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
           'encode_rfc2231', 'formataddr', 'formatdate', 'getaddresses',
           'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate',
           'parsedate_tz', 'unquote']

import base64
import random
import re
import time
import urllib

from email import _parseaddr
from email._parseaddr import quote, mktime_tz
from email.encoders import _bencode, _qencode
from quopri import decodestring as _qdecode

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = u''
CRLF = '\r\n'
TICK = "'"

# A display name containing any of these must be put in double quotes ...
specialsre = re.compile(r'[][\\()<>@,:;".]')
# ... and these characters are backslash-escaped inside the quotes.
escapesre = re.compile(r'[][\\()"]')


def _bdecode(s):
    # base64 body decoding that passes empty/None through
    return base64.decodestring(s) if s else s


def fix_eols(s):
    """Turn every bare LF and bare CR of s into CRLF."""
    return re.sub(r'\r\n|\r|\n', CRLF, s)


# -- addresses -----------------------------------------------------------------

def formataddr(pair):
    """Inverse of parseaddr: ('Name', 'addr') -> 'Name <addr>'."""
    realname, addr = pair
    if not realname:
        return addr
    q = '"' if specialsre.search(realname) else ''
    escaped = escapesre.sub(lambda m: '\\' + m.group(0), realname)
    return '%s%s%s <%s>' % (q, escaped, q, addr)


def getaddresses(fieldvalues):
    """Every (realname, address) pair found in a list of header values."""
    joined = COMMASPACE.join(fieldvalues)
    return _parseaddr.AddressList(joined).addresslist


def parseaddr(addr):
    """The first (realname, address) pair of addr, ('', '') if none."""
    found = _parseaddr.AddressList(addr).addresslist
    return found[0] if found else ('', '')


# -- dates -----------------------------------------------------------------

def parsedate(data):
    """RFC 2822 date -> 9-tuple usable by time.mktime, or None."""
    return _parseaddr.parsedate(data) if data else None


def parsedate_tz(data):
    """Like parsedate, plus a tenth item: the zone offset in seconds."""
    return _parseaddr.parsedate_tz(data) if data else None


_WEEKDAYS = 'Mon Tue Wed Thu Fri Sat Sun'.split()
_MONTHNAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def _zone_of_localtime(tm):
    # time.timezone/altzone count seconds *west* of UTC, hence the sign flip.
    west = time.altzone if (time.daylight and tm[-1]) else time.timezone
    hh, rest = divmod(abs(west), 3600)
    # 2.7 prints the seconds remainder divided by 60 as the minutes field
    return '%s%02d%02d' % ('-' if west > 0 else '+', hh, rest // 60)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """timeval (default now) as an RFC 2822 date such as
    'Fri, 09 Nov 2001 01:08:47 -0000'."""
    if timeval is None:
        timeval = time.time()
    if localtime:
        tm = time.localtime(timeval)
        zone = _zone_of_localtime(tm)
    else:
        tm = time.gmtime(timeval)
        zone = usegmt and 'GMT' or '-0000'
    year, month, day, hh, mm, ss, wday = tm[:7]
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _WEEKDAYS[wday], day, _MONTHNAMES[month - 1], year, hh, mm, ss, zone)


def make_msgid(idstring=None):
    """A fresh Message-ID, '<UTCstamp.pid.random[.idstring]@fqdn>'."""
    import os
    stamp = time.strftime('%Y%m%d%H%M%S', time.gmtime(time.time()))
    suffix = '' if idstring is None else '.' + idstring
    try:
        import socket
        host = socket.getfqdn()
    except ImportError:
        host = 'localhost'
    return '<%s.%s.%s%s@%s>' % (stamp, os.getpid(), random.randrange(100000),
                                suffix, host)


# -- quoting -----------------------------------------------------------------

def unquote(str):
    """Strip one pair of surrounding double quotes (undoing backslash
    escapes) or angle brackets; anything else is returned unchanged."""
    if len(str) < 2:
        return str
    first, last = str[0], str[-1]
    if first == '"' == last:
        return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
    if first == '<' and last == '>':
        return str[1:-1]
    return str


# -- RFC 2231 ---------------------------------------------------------------

def decode_rfc2231(s):
    """Split "charset'language'value"; (None, None, s) if not in that form."""
    pieces = s.split(TICK, 2)
    if len(pieces) < 3:
        return None, None, s
    return pieces


def encode_rfc2231(s, charset=None, language=None):
    """Percent-encode s, prefixed by "charset'language'" when either is given."""
    quoted = urllib.quote(s, safe='')
    if charset is None and language is None:
        return quoted
    return "%s'%s'%s" % (charset, language or '', quoted)


rfc2231_continuation = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$')


def _join_segments(segments):
    # segments: (index, text, percent_encoded) triples of one parameter
    segments.sort()
    texts = []
    any_encoded = False
    for _, text, enc in segments:
        if enc:
            text = urllib.unquote(text)
            any_encoded = True
        texts.append(text)
    joined = quote(EMPTYSTRING.join(texts))
    if not any_encoded:
        return '"%s"' % joined
    charset, language, text = decode_rfc2231(joined)
    return (charset, language, '"%s"' % text)


def decode_params(params):
    """Merge RFC 2231 continuations (name*0, name*1*, ...) of a parameter
    list and decode the encoded ones; the first item is kept as it is."""
    result = [params[0]]
    pending = {}
    for name, value in params[1:]:
        star = name.endswith('*')
        value = unquote(value)
        m = rfc2231_continuation.match(name)
        if m is None:
            result.append((name, '"%s"' % quote(value)))
            continue
        base, idx = m.group('name', 'num')
        if idx is not None:
            idx = int(idx)
        pending.setdefault(base, []).append((idx, value, star))
    # merged parameters follow in dict order, as in 2.7
    for base, segments in pending.items():
        result.append((base, _join_segments(segments)))
    return result


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """A unicode string for an RFC 2231 (charset, language, value) triple;
    plain string values are only unquoted."""
    if not isinstance(value, tuple):
        return unquote(value)
    text = unquote(value[2])
    try:
        return unicode(text, value[0] or 'us-ascii', errors)
    except LookupError:
        return unicode(text, fallback_charset, errors)
