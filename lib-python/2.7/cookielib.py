"""HTTP cookie handling for web clients (2.7's `cookielib`).

A CookieJar stores the cookies that responses set (extract_cookies) and
adds the right ones to later requests (add_cookie_header).  Which cookies
are accepted and returned is decided by a CookiePolicy; DefaultCookiePolicy
implements the Netscape protocol and RFC 2965 (with RFC 2109 cookies
treated as Netscape ones by default).  FileCookieJar subclasses save and
load cookies: LWPCookieJar (libwww-perl's Set-Cookie3 format) and
MozillaCookieJar (the cookies.txt format).

Requests and responses only need the urllib2 interfaces: a request has
get_full_url, get_host, get_type, is_unverifiable, get_origin_req_host,
has_header, get_header, header_items and add_unredirected_header; a
response has info() returning headers with getheaders()."""

import copy
import re
import time
import urllib
import urlparse
from calendar import timegm

import httplib

try:
    import threading as _threading
except ImportError:
    import dummy_threading as _threading

__all__ = ['Cookie', 'CookieJar', 'CookiePolicy', 'DefaultCookiePolicy',
           'FileCookieJar', 'LWPCookieJar', 'lwp_cookie_str', 'LoadError',
           'MozillaCookieJar']

debug = False   # True: log what the policy decides
logger = None


def _debug(*args):
    if not debug:
        return
    global logger
    if not logger:
        import logging
        logger = logging.getLogger("cookielib")
    return logger.debug(*args)


DEFAULT_HTTP_PORT = str(httplib.HTTP_PORT)
MISSING_FILENAME_TEXT = ("a filename was not supplied (nor was the CookieJar "
                         "instance initialised with one)")


def _warn_unhandled_exception():
    # A bad cookie header must not break the page that carries it: warn.
    import warnings
    import traceback
    import StringIO
    out = StringIO.StringIO()
    traceback.print_exc(None, out)
    warnings.warn("cookielib bug!\n%s" % out.getvalue(), stacklevel=2)


# Dates.

EPOCH_YEAR = 1970


def _timegm(tt):
    """Seconds since the epoch of a UTC time tuple, None when a field is
    out of range."""
    year, month, mday, hour, minute, sec = tt[:6]
    if (year >= EPOCH_YEAR and 1 <= month <= 12 and 1 <= mday <= 31 and
            0 <= hour <= 24 and 0 <= minute <= 59 and 0 <= sec <= 61):
        return timegm(tt)
    return None

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LOWER = [m.lower() for m in MONTHS]


def _utc_fields(t):
    return time.gmtime(time.time() if t is None else t)


def time2isoz(t=None):
    """'YYYY-MM-DD hh:mm:ssZ' (UTC) for a time stamp (default: now)."""
    f = _utc_fields(t)
    return "%04d-%02d-%02d %02d:%02d:%02dZ" % f[:6]


def time2netscape(t=None):
    """'Wdy, DD-Mon-YYYY hh:mm:ss GMT' for a time stamp (default: now)."""
    f = _utc_fields(t)
    return "%s, %02d-%s-%04d %02d:%02d:%02d GMT" % (
        DAYS[f[6]], f[2], MONTHS[f[1] - 1], f[0], f[3], f[4], f[5])


UTC_ZONES = {"GMT": None, "UTC": None, "UT": None, "Z": None}

TIMEZONE_RE = re.compile(r"^([-+])?(\d\d?):?(\d\d)?$")


def offset_from_tz_string(tz):
    """Seconds east of UTC for a zone ('GMT', '+0100', '-05:30'), or None."""
    if tz in UTC_ZONES:
        return 0
    m = TIMEZONE_RE.search(tz)
    if not m:
        return None
    offset = 3600 * int(m.group(2))
    if m.group(3):
        offset += 60 * int(m.group(3))
    if m.group(1) == '-':
        offset = -offset
    return offset


def _str2time(day, mon, yr, hr, min, sec, tz):
    """Seconds since the epoch from date fields as strings (month a name
    or a number, two-digit years taken within 50 years of now)."""
    try:
        mon = MONTHS_LOWER.index(mon.lower()) + 1
    except ValueError:
        try:
            mon = int(mon)
        except ValueError:
            return None
        if not 1 <= mon <= 12:
            return None
    yr, day = int(yr), int(day)
    hr, min, sec = int(hr or 0), int(min or 0), int(sec or 0)
    if yr < 1000:
        this_year = time.localtime(time.time())[0]
        century = this_year - this_year % 100
        yr += century
        if yr - this_year > 50:
            yr -= 100
        elif this_year - yr > 50:
            yr += 100
    t = _timegm((yr, mon, day, hr, min, sec, tz))
    if t is None:
        return None
    offset = offset_from_tz_string((tz or "UTC").upper())
    if offset is None:
        return None
    return t - offset


STRICT_DATE_RE = re.compile(
    r"^[SMTWF][a-z][a-z], (\d\d) ([JFMASOND][a-z][a-z]) "
    r"(\d\d\d\d) (\d\d):(\d\d):(\d\d) GMT$")
WEEKDAY_RE = re.compile(
    r"^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*,?\s*", re.I)
LOOSE_HTTP_DATE_RE = re.compile(
    r"^(\d\d?)(?:\s+|[-\/])(\w+)(?:\s+|[-\/])(\d+)"      # day month year
    r"(?:(?:\s+|:)(\d\d?):(\d\d)(?::(\d\d))?)?"          # clock
    # zone, then a zone name in parentheses; each takes the spaces after
    # it, so that runs of spaces cannot be split many ways (ReDoS)
    r"\s*(?:([-+]?\d{2,4}|(?![APap][Mm]\b)[A-Za-z]+)\s*)?"
    r"(?:\(\w+\)\s*)?$")


def http2time(text):
    """Seconds since the epoch for the date formats found in HTTP headers
    ('Wed, 09 Feb 1994 22:23:32 GMT', 'Tuesday, 08-Feb-94 14:15:29 GMT',
    '08-Feb-1994', ...); None if the text is not such a date."""
    m = STRICT_DATE_RE.search(text)
    if m:
        g = m.groups()
        mon = MONTHS_LOWER.index(g[1].lower()) + 1
        return _timegm((int(g[2]), mon, int(g[0]), int(g[3]), int(g[4]), float(g[5])))
    text = WEEKDAY_RE.sub("", text.lstrip(), 1)
    m = LOOSE_HTTP_DATE_RE.search(text)
    if m is None:
        return None
    day, mon, yr, hr, min, sec, tz = m.groups()
    return _str2time(day, mon, yr, hr, min, sec, tz)


ISO_DATE_RE = re.compile(
    r"^(\d{4})[-\/]?(\d\d?)[-\/]?(\d\d?)"                      # date
    r"(?:(?:\s+|[-:Tt])(\d\d?):?(\d\d)(?::?(\d\d(?:\.\d*)?))?)?"  # clock
    r"\s*(?:([-+]?\d\d?:?(:?\d\d)?|Z|z)\s*)?$")


def iso2time(text):
    """Seconds since the epoch for an ISO 8601 date ('1994-02-03
    14:15:29 -0100', '19940203T141529Z', ...); None if unparsable."""
    m = ISO_DATE_RE.search(text.lstrip())
    if m is None:
        return None
    yr, mon, day, hr, min, sec, tz = m.groups()[:7]
    return _str2time(day, mon, yr, hr, min, sec, tz)


# Header values.

def unmatched(match):
    """What follows the match in its string."""
    return match.string[match.end(0):]

HEADER_TOKEN_RE = re.compile(r"^\s*([^=\s;,]+)")
HEADER_QUOTED_VALUE_RE = re.compile(r"^\s*=\s*\"([^\"\\]*(?:\\.[^\"\\]*)*)\"")
HEADER_VALUE_RE = re.compile(r"^\s*=\s*([^\s;,]*)")
HEADER_ESCAPE_RE = re.compile(r"\\(.)")
_JUNK_RE = re.compile(r"^[=\s;]*")


def split_header_words(header_values):
    """Parse header values like 'a=1; b="x y", c' into one list of
    (name, value) pairs per comma-separated element; value is None for
    a bare name.  Quoted values are unescaped."""
    assert not isinstance(header_values, basestring)
    result = []
    for text in header_values:
        pairs = []
        while text:
            m = HEADER_TOKEN_RE.search(text)
            if m:
                name = m.group(1)
                text = unmatched(m)
                value = None
                quoted = HEADER_QUOTED_VALUE_RE.search(text)
                if quoted:
                    text = unmatched(quoted)
                    value = HEADER_ESCAPE_RE.sub(r"\1", quoted.group(1))
                else:
                    plain = HEADER_VALUE_RE.search(text)
                    if plain:
                        text = unmatched(plain)
                        value = plain.group(1).rstrip()
                pairs.append((name, value))
            elif text.lstrip().startswith(","):
                # The next element (several headers joined, RFC 2616 4.2).
                text = text.lstrip()[1:]
                if pairs:
                    result.append(pairs)
                pairs = []
            else:
                rest = _JUNK_RE.sub("", text, 1)
                assert rest != text, "split_header_words bug: %r" % text
                text = rest
        if pairs:
            result.append(pairs)
    return result

HEADER_JOIN_ESCAPE_RE = re.compile(r"([\"\\])")


def join_header_words(lists):
    """The inverse of split_header_words: values that are not a single
    word are quoted."""
    elements = []
    for pairs in lists:
        attrs = []
        for name, value in pairs:
            if value is not None:
                if not re.search(r"^\w+$", value):
                    value = '"%s"' % HEADER_JOIN_ESCAPE_RE.sub(r"\\\1", value)
                name = "%s=%s" % (name, value)
            attrs.append(name)
        if attrs:
            elements.append("; ".join(attrs))
    return ", ".join(elements)


def _strip_quotes(text):
    if text.startswith('"'):
        text = text[1:]
    if text.endswith('"'):
        text = text[:-1]
    return text


def parse_ns_headers(ns_headers):
    """Netscape Set-Cookie headers as split_header_words would give them:
    the first pair is the cookie, attribute names are lower-cased,
    expires becomes seconds since the epoch and version is added ('0')
    when missing.  Values are not unquoted (Netscape never quotes)."""
    known_attrs = ("expires", "domain", "path", "secure",
                   "version", "port", "max-age")
    result = []
    for header in ns_headers:
        pairs = []
        has_version = False
        for index, param in enumerate(header.split(";")):
            param = param.strip()
            key, sep, value = param.partition("=")
            key = key.strip()
            if not key:
                if index == 0:
                    break       # no cookie name: ignore the header
                continue
            value = value.strip() if sep else None
            if index:
                if key.lower() in known_attrs:
                    key = key.lower()
                if key == "version":
                    # An RFC 2109 cookie.
                    if value is not None:
                        value = _strip_quotes(value)
                    has_version = True
                elif key == "expires" and value is not None:
                    value = http2time(_strip_quotes(value))
            pairs.append((key, value))
        if pairs:
            if not has_version:
                pairs.append(("version", "0"))
            result.append(pairs)
    return result


# Hosts, domains and paths (RFC 2965 terminology).

IPV4_RE = re.compile(r"\.\d+$")


def is_HDN(text):
    """A host domain name: not an IP address, no dot at either end."""
    if IPV4_RE.search(text) or text == "":
        return False
    return text[0] != "." and text[-1] != "."


def domain_match(A, B):
    """RFC 2965 domain-match: A equals B, or B is '.' + a host domain
    name that A ends with (A being a host domain name too)."""
    A, B = A.lower(), B.lower()
    if A == B:
        return True
    if not is_HDN(A):
        return False
    i = A.rfind(B)
    if i <= 0 or not B.startswith("."):
        return False
    return is_HDN(B[1:])


def liberal_is_HDN(text):
    """Anything but an IP address."""
    return not IPV4_RE.search(text)


def user_domain_match(A, B):
    """A matches a domain given by a user: B itself or, when B starts
    with a dot, any name ending with it."""
    A, B = A.lower(), B.lower()
    if not (liberal_is_HDN(A) and liberal_is_HDN(B)):
        return A == B
    if B.startswith("."):
        return A.endswith(B)
    return A == B

cut_port_re = re.compile(r":\d+$")


def request_host(request):
    """The request-host: the URL's host (or the Host header), lower-cased
    and without the port."""
    host = urlparse.urlparse(request.get_full_url())[1]
    if host == "":
        host = request.get_header("Host", "")
    return cut_port_re.sub("", host, 1).lower()


def eff_request_host(request):
    """(request-host, effective request-host): a name without dots gets
    '.local' appended."""
    host = request_host(request)
    if "." not in host and not IPV4_RE.search(host):
        return host, host + ".local"
    return host, host


def request_path(request):
    """The escaped path of the request URL (always starting with '/')."""
    path = escape_path(urlparse.urlsplit(request.get_full_url()).path)
    if not path.startswith("/"):
        path = "/" + path
    return path


def request_port(request):
    """The port of the request as a string, None if not a number."""
    host = request.get_host()
    colon = host.find(':')
    if colon < 0:
        return DEFAULT_HTTP_PORT
    port = host[colon + 1:]
    try:
        int(port)
    except ValueError:
        _debug("nonnumeric port: '%s'", port)
        return None
    return port

HTTP_PATH_SAFE = "%/;:@&=+$,!~*'()"
ESCAPED_CHAR_RE = re.compile(r"%([0-9a-fA-F][0-9a-fA-F])")


def uppercase_escaped_char(match):
    return "%%%s" % match.group(1).upper()


def escape_path(path):
    """Quote a path as RFC 2965 compares them: %-escapes of unsafe
    characters, upper-case hex digits."""
    if isinstance(path, unicode):
        path = path.encode("utf-8")
    path = urllib.quote(path, HTTP_PATH_SAFE)
    return ESCAPED_CHAR_RE.sub(uppercase_escaped_char, path)


def reach(h):
    """The reach of a host (RFC 2965 section 1): '.' + what follows its
    first label, when that is a domain; else the host itself."""
    dot = h.find(".")
    if dot >= 0:
        rest = h[dot + 1:]
        if is_HDN(h) and ("." in rest or rest == "local"):
            return "." + rest
    return h


def is_third_party(request):
    """Whether the request goes outside the reach of the host the user
    was visiting (for unverifiable requests such as images, redirects)."""
    return not domain_match(request_host(request), reach(request.get_origin_req_host()))


class Cookie:
    """One cookie, with every attribute explicit.

    version is 0 for Netscape cookies and 1 for RFC 2965 (and RFC 2109)
    ones; expires is seconds since the epoch or None; `rest` holds the
    attributes the protocols do not define."""

    def __init__(self, version, name, value,
                 port, port_specified,
                 domain, domain_specified, domain_initial_dot,
                 path, path_specified,
                 secure, expires, discard,
                 comment, comment_url,
                 rest, rfc2109=False):
        if version is not None:
            version = int(version)
        if expires is not None:
            expires = int(expires)
        if port is None and port_specified is True:
            raise ValueError("if port is None, port_specified must be false")
        self.version, self.name, self.value = version, name, value
        self.port, self.port_specified = port, port_specified
        self.domain = domain.lower()
        self.domain_specified = domain_specified
        self.domain_initial_dot = domain_initial_dot
        self.path, self.path_specified = path, path_specified
        self.secure, self.expires, self.discard = secure, expires, discard
        self.comment, self.comment_url = comment, comment_url
        self.rfc2109 = rfc2109
        self._rest = copy.copy(rest)

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def is_expired(self, now=None):
        if now is None:
            now = time.time()
        return self.expires is not None and self.expires <= now

    def __str__(self):
        where = self.domain + ("" if self.port is None else ":" + self.port) + self.path
        what = self.name if self.value is None else "%s=%s" % (self.name, self.value)
        return "<Cookie %s for %s>" % (what, where)

    _FIELDS = ("version", "name", "value", "port", "port_specified",
               "domain", "domain_specified", "domain_initial_dot",
               "path", "path_specified", "secure", "expires", "discard",
               "comment", "comment_url")

    def __repr__(self):
        fields = ["%s=%r" % (name, getattr(self, name)) for name in self._FIELDS]
        fields.append("rest=%r" % (self._rest,))
        fields.append("rfc2109=%r" % (self.rfc2109,))
        return "Cookie(%s)" % ", ".join(fields)


class CookiePolicy:
    """Decides which cookies are accepted from responses (set_ok) and
    returned to servers (return_ok); domain_return_ok and path_return_ok
    are quick filters before return_ok."""

    def set_ok(self, cookie, request):
        raise NotImplementedError()

    def return_ok(self, cookie, request):
        raise NotImplementedError()

    def domain_return_ok(self, domain, request):
        return True

    def path_return_ok(self, path, request):
        return True


# Second-level domains under which a two-letter country domain does not
# make a registrable domain (strict_domain).
_SHARED_SLDS = ("co", "ac", "com", "edu", "org", "net", "gov", "mil", "int",
                "aero", "biz", "cat", "coop", "info", "jobs", "mobi",
                "museum", "name", "pro", "travel", "eu")


class DefaultCookiePolicy(CookiePolicy):
    """The rules of the Netscape protocol and RFC 2965, with switches.

    Each check is a method set_ok_<what> or return_ok_<what>; a cookie
    passes when all of them return True."""

    DomainStrictNoDots = 1
    DomainStrictNonDomain = 2
    DomainRFC2965Match = 4

    DomainLiberal = 0
    DomainStrict = DomainStrictNoDots | DomainStrictNonDomain

    def __init__(self,
                 blocked_domains=None, allowed_domains=None,
                 netscape=True, rfc2965=False,
                 rfc2109_as_netscape=None,
                 hide_cookie2=False,
                 strict_domain=False,
                 strict_rfc2965_unverifiable=True,
                 strict_ns_unverifiable=False,
                 strict_ns_domain=DomainLiberal,
                 strict_ns_set_initial_dollar=False,
                 strict_ns_set_path=False):
        self.netscape, self.rfc2965 = netscape, rfc2965
        self.rfc2109_as_netscape = rfc2109_as_netscape
        self.hide_cookie2 = hide_cookie2
        self.strict_domain = strict_domain
        self.strict_rfc2965_unverifiable = strict_rfc2965_unverifiable
        self.strict_ns_unverifiable = strict_ns_unverifiable
        self.strict_ns_domain = strict_ns_domain
        self.strict_ns_set_initial_dollar = strict_ns_set_initial_dollar
        self.strict_ns_set_path = strict_ns_set_path
        self._blocked_domains = tuple(blocked_domains or ())
        self._allowed_domains = None
        if allowed_domains is not None:
            self._allowed_domains = tuple(allowed_domains)

    def blocked_domains(self):
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def is_blocked(self, domain):
        return any(user_domain_match(domain, blocked) for blocked in self._blocked_domains)

    def allowed_domains(self):
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        if allowed_domains is not None:
            allowed_domains = tuple(allowed_domains)
        self._allowed_domains = allowed_domains

    def is_not_allowed(self, domain):
        if self._allowed_domains is None:
            return False
        return not any(user_domain_match(domain, allowed) for allowed in self._allowed_domains)

    def _all_ok(self, prefix, checks, cookie, request):
        _debug(" - checking cookie %s=%s", cookie.name, cookie.value)
        for check in checks:
            if not getattr(self, prefix + check)(cookie, request):
                return False
        return True

    def set_ok(self, cookie, request):
        """May the cookie set by the server of request be stored?"""
        assert cookie.name is not None
        return self._all_ok("set_ok_", ("version", "verifiability", "name",
                                        "path", "domain", "port"), cookie, request)

    def _version_enabled(self, cookie):
        if cookie.version > 0:
            return self.rfc2965
        if cookie.version == 0:
            return self.netscape
        return True

    def set_ok_version(self, cookie, request):
        if cookie.version is None:
            # Netscape cookies always get version 0: a broken RFC 2965 one.
            _debug("   Set-Cookie2 without version attribute (%s=%s)", cookie.name, cookie.value)
            return False
        return self._version_enabled(cookie)

    def set_ok_verifiability(self, cookie, request):
        if request.is_unverifiable() and is_third_party(request):
            if cookie.version > 0 and self.strict_rfc2965_unverifiable:
                return False
            if cookie.version == 0 and self.strict_ns_unverifiable:
                return False
        return True

    def set_ok_name(self, cookie, request):
        # Names starting with '$' are reserved by RFC 2965.
        return not (cookie.version == 0 and self.strict_ns_set_initial_dollar
                    and cookie.name.startswith("$"))

    def set_ok_path(self, cookie, request):
        if not cookie.path_specified:
            return True
        strict = cookie.version > 0 or (cookie.version == 0 and self.strict_ns_set_path)
        return not strict or _path_within(request_path(request), cookie.path)

    def set_ok_domain(self, cookie, request):
        if self.is_blocked(cookie.domain) or self.is_not_allowed(cookie.domain):
            return False
        if not cookie.domain_specified:
            return True
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        if self.strict_domain and domain.count(".") >= 2:
            # '.co.uk'-like domains cover unrelated sites.
            last = domain.rfind(".")
            second = domain.rfind(".", 0, last)
            if second == 0:
                tld, sld = domain[last + 1:], domain[second + 1:last]
                if sld.lower() in _SHARED_SLDS and len(tld) == 2:
                    return False
        undotted = domain[1:] if domain.startswith(".") else domain
        if "." not in undotted and domain != ".local":
            # A top-level domain.
            return False
        if cookie.version == 0:
            if (not erhn.endswith(domain) and not erhn.startswith(".") and
                    not ("." + erhn).endswith(domain)):
                return False
        if cookie.version > 0 or (self.strict_ns_domain & self.DomainRFC2965Match):
            if not domain_match(erhn, domain):
                return False
        if cookie.version > 0 or (self.strict_ns_domain & self.DomainStrictNoDots):
            prefix = req_host[:-len(domain)]
            if "." in prefix and not IPV4_RE.search(req_host):
                return False
        return True

    def set_ok_port(self, cookie, request):
        if not cookie.port_specified:
            return True
        req_port = request_port(request)
        req_port = "80" if req_port is None else str(req_port)
        for port in cookie.port.split(","):
            try:
                int(port)
            except ValueError:
                return False
            if port == req_port:
                return True
        return False

    def return_ok(self, cookie, request):
        """May the cookie be sent with request?"""
        return self._all_ok("return_ok_", ("version", "verifiability", "secure",
                                           "expires", "port", "domain"), cookie, request)

    def return_ok_version(self, cookie, request):
        return self._version_enabled(cookie)

    def return_ok_verifiability(self, cookie, request):
        return self.set_ok_verifiability(cookie, request)

    def return_ok_secure(self, cookie, request):
        return not cookie.secure or request.get_type() == "https"

    def return_ok_expires(self, cookie, request):
        return not cookie.is_expired(self._now)

    def return_ok_port(self, cookie, request):
        if not cookie.port:
            return True
        req_port = request_port(request) or "80"
        return req_port in cookie.port.split(",")

    def return_ok_domain(self, cookie, request):
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        dotdomain = domain
        if domain and not domain.startswith("."):
            dotdomain = "." + domain
        if (cookie.version == 0 and (self.strict_ns_domain & self.DomainStrictNonDomain)
                and not cookie.domain_specified and domain != erhn):
            return False
        if cookie.version > 0 and not domain_match(erhn, domain):
            return False
        if cookie.version == 0 and not ("." + erhn).endswith(dotdomain):
            return False
        return True

    def domain_return_ok(self, domain, request):
        """Can cookies of this domain be for request at all?"""
        req_host, erhn = eff_request_host(request)
        dotted = lambda name: name if name.startswith(".") else "." + name
        dotdomain = dotted(domain) if domain else domain
        if not (dotted(req_host).endswith(dotdomain) or dotted(erhn).endswith(dotdomain)):
            return False
        return not (self.is_blocked(domain) or self.is_not_allowed(domain))

    def path_return_ok(self, path, request):
        """Is the request's path within path?"""
        return _path_within(request_path(request), path)


def _path_within(req_path, path):
    """req_path is path or below it ('/foo' covers '/foo/x', not '/foobar')."""
    if not req_path.startswith(path):
        return False
    return (len(req_path) == len(path) or path.endswith("/") or
            req_path[len(path)] == "/")


def vals_sorted_by_key(adict):
    return [adict[key] for key in sorted(adict.keys())]


def deepvalues(mapping):
    """The leaves of nested mappings, in key order at each level."""
    for value in vals_sorted_by_key(mapping):
        if hasattr(value, "items"):
            for leaf in deepvalues(value):
                yield leaf
        else:
            yield value


class Absent:
    """Marks an attribute the server did not send."""


class CookieJar:
    """The cookies of a client, by domain, then path, then name."""

    non_word_re = re.compile(r"\W")
    quote_re = re.compile(r"([\"\\])")
    strict_domain_re = re.compile(r"\.?[^.]*")
    domain_re = re.compile(r"[^.]*")
    dots_re = re.compile(r"^\.+")

    magic_re = r"^\#LWP-Cookies-(\d+\.\d+)"

    def __init__(self, policy=None):
        if policy is None:
            policy = DefaultCookiePolicy()
        self._policy = policy
        self._cookies_lock = _threading.RLock()
        self._cookies = {}

    def set_policy(self, policy):
        self._policy = policy

    def _cookies_for_domain(self, domain, request):
        if not self._policy.domain_return_ok(domain, request):
            return []
        found = []
        for path, by_name in self._cookies[domain].items():
            if not self._policy.path_return_ok(path, request):
                continue
            for cookie in by_name.values():
                if self._policy.return_ok(cookie, request):
                    found.append(cookie)
        return found

    def _cookies_for_request(self, request):
        found = []
        for domain in self._cookies.keys():
            found.extend(self._cookies_for_domain(domain, request))
        return found

    def _cookie_attrs(self, cookies):
        """The parts of a Cookie header for cookies, the most specific
        path first; RFC 2965 ones carry $Version, $Path, $Domain, $Port."""
        cookies.sort(key=lambda c: len(c.path), reverse=True)
        attrs = []
        for index, cookie in enumerate(cookies):
            version = cookie.version
            if index == 0 and version > 0:
                attrs.append("$Version=%s" % version)
            value = cookie.value
            if value is not None and version > 0 and self.non_word_re.search(value):
                value = self.quote_re.sub(r"\\\1", value)
            attrs.append(cookie.name if value is None else "%s=%s" % (cookie.name, value))
            if version > 0:
                if cookie.path_specified:
                    attrs.append('$Path="%s"' % cookie.path)
                if cookie.domain.startswith("."):
                    domain = cookie.domain
                    if not cookie.domain_initial_dot:
                        domain = domain[1:]
                    attrs.append('$Domain="%s"' % domain)
                if cookie.port is not None:
                    if cookie.port_specified:
                        attrs.append('$Port="%s"' % cookie.port)
                    else:
                        attrs.append("$Port")
        return attrs

    def add_cookie_header(self, request):
        """Add a Cookie header (and Cookie2 when useful) to request."""
        _debug("add_cookie_header")
        with self._cookies_lock:
            self._policy._now = self._now = int(time.time())
            cookies = self._cookies_for_request(request)
            attrs = self._cookie_attrs(cookies)
            if attrs and not request.has_header("Cookie"):
                request.add_unredirected_header("Cookie", "; ".join(attrs))
            # Tell the server we understand RFC 2965 if it sent old cookies.
            if (self._policy.rfc2965 and not self._policy.hide_cookie2 and
                    not request.has_header("Cookie2")):
                if any(cookie.version != 1 for cookie in cookies):
                    request.add_unredirected_header("Cookie2", '$Version="1"')
        self.clear_expired_cookies()

    def _normalized_cookie_tuples(self, attrs_set):
        """(name, value, standard attributes, other attributes) for each
        parsed header element; broken cookies are dropped.  max-age wins
        over expires and becomes an expires time."""
        tuples = []
        boolean_attrs = ("discard", "secure")
        value_attrs = ("version", "expires", "max-age", "domain", "path",
                       "port", "comment", "commenturl")
        for cookie_attrs in attrs_set:
            name, value = cookie_attrs[0]
            standard, rest = {}, {}
            max_age_set = False
            broken = False
            for key, val in cookie_attrs[1:]:
                lower = key.lower()
                if lower in value_attrs or lower in boolean_attrs:
                    key = lower
                if key in boolean_attrs and val is None:
                    val = True      # a bare flag
                if key in standard:
                    continue        # only the first value counts
                if key == "domain":
                    if val is None:
                        broken = True
                        break
                    val = val.lower()
                if key == "expires":
                    if max_age_set or val is None:
                        # max-age wins; a bad date makes a session cookie
                        continue
                if key == "max-age":
                    max_age_set = True
                    try:
                        val = int(val)
                    except ValueError:
                        broken = True
                        break
                    key, val = "expires", self._now + val
                if key in value_attrs or key in boolean_attrs:
                    if val is None and key not in ("port", "comment", "commenturl"):
                        broken = True
                        break
                    standard[key] = val
                else:
                    rest[key] = val
            if not broken:
                tuples.append((name, value, standard, rest))
        return tuples

    def _cookie_from_cookie_tuple(self, tup, request):
        name, value, standard, rest = tup
        domain = standard.get("domain", Absent)
        path = standard.get("path", Absent)
        port = standard.get("port", Absent)
        expires = standard.get("expires", Absent)
        version = standard.get("version", None)
        if version is not None:
            try:
                version = int(version)
            except ValueError:
                return None
        secure = standard.get("secure", False)
        discard = standard.get("discard", False)
        comment = standard.get("comment", None)
        comment_url = standard.get("commenturl", None)

        # The default path is the request's directory (Netscape browsers
        # drop the trailing slash, RFC 2965 keeps it).
        path_specified = path is not Absent and path != ""
        if path_specified:
            path = escape_path(path)
        else:
            path = request_path(request)
            slash = path.rfind("/")
            if slash != -1:
                path = path[:slash] if version == 0 else path[:slash + 1]
            if not path:
                path = "/"

        domain_specified = domain is not Absent
        domain_initial_dot = domain_specified and domain.startswith(".")
        if domain is Absent:
            domain = eff_request_host(request)[1]
        elif not domain.startswith("."):
            domain = "." + domain

        port_specified = False
        if port is Absent:
            port = None
        elif port is None:
            port = request_port(request)
        else:
            port_specified = True
            port = re.sub(r"\s+", "", port)

        if expires is Absent:
            expires = None
            discard = True
        elif expires <= self._now:
            # A date in the past asks to delete the cookie.
            try:
                self.clear(domain, path, name)
            except KeyError:
                pass
            _debug("Expiring cookie, domain='%s', path='%s', name='%s'", domain, path, name)
            return None

        return Cookie(version, name, value, port, port_specified,
                      domain, domain_specified, domain_initial_dot,
                      path, path_specified, secure, expires, discard,
                      comment, comment_url, rest)

    def _cookies_from_attrs_set(self, attrs_set, request):
        cookies = []
        for tup in self._normalized_cookie_tuples(attrs_set):
            cookie = self._cookie_from_cookie_tuple(tup, request)
            if cookie:
                cookies.append(cookie)
        return cookies

    def _process_rfc2109_cookies(self, cookies):
        as_netscape = getattr(self._policy, 'rfc2109_as_netscape', None)
        if as_netscape is None:
            as_netscape = not self._policy.rfc2965
        for cookie in cookies:
            if cookie.version == 1:
                cookie.rfc2109 = True
                if as_netscape:
                    cookie.version = 0

    def make_cookies(self, response, request):
        """The Cookie objects of a response's Set-Cookie and Set-Cookie2
        headers (not checked against the policy)."""
        headers = response.info()
        rfc2965_hdrs = headers.getheaders("Set-Cookie2")
        ns_hdrs = headers.getheaders("Set-Cookie")
        rfc2965, netscape = self._policy.rfc2965, self._policy.netscape
        if not ((rfc2965_hdrs and rfc2965) or (ns_hdrs and netscape)):
            return []
        try:
            cookies = self._cookies_from_attrs_set(split_header_words(rfc2965_hdrs), request)
        except Exception:
            _warn_unhandled_exception()
            cookies = []
        if ns_hdrs and netscape:
            try:
                ns_cookies = self._cookies_from_attrs_set(parse_ns_headers(ns_hdrs), request)
            except Exception:
                _warn_unhandled_exception()
                ns_cookies = []
            self._process_rfc2109_cookies(ns_cookies)
            if rfc2965:
                # A Set-Cookie2 cookie replaces its Set-Cookie twin.
                seen = set((c.domain, c.path, c.name) for c in cookies)
                ns_cookies = [c for c in ns_cookies if (c.domain, c.path, c.name) not in seen]
            cookies.extend(ns_cookies)
        return cookies

    def set_cookie_if_ok(self, cookie, request):
        """Store cookie if the policy accepts it for request."""
        with self._cookies_lock:
            self._policy._now = self._now = int(time.time())
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def set_cookie(self, cookie):
        """Store cookie (no policy check)."""
        with self._cookies_lock:
            by_path = self._cookies.setdefault(cookie.domain, {})
            by_path.setdefault(cookie.path, {})[cookie.name] = cookie

    def extract_cookies(self, response, request):
        """Store the acceptable cookies that response sets."""
        _debug("extract_cookies: %s", response.info())
        with self._cookies_lock:
            self._policy._now = self._now = int(time.time())
            for cookie in self.make_cookies(response, request):
                if self._policy.set_ok(cookie, request):
                    _debug(" setting cookie: %s", cookie)
                    self.set_cookie(cookie)

    def clear(self, domain=None, path=None, name=None):
        """Remove one cookie, a path's or a domain's cookies, or all;
        KeyError if there is none to remove."""
        if name is not None:
            if domain is None or path is None:
                raise ValueError("domain and path must be given to remove a cookie by name")
            del self._cookies[domain][path][name]
        elif path is not None:
            if domain is None:
                raise ValueError("domain must be given to remove cookies by path")
            del self._cookies[domain][path]
        elif domain is not None:
            del self._cookies[domain]
        else:
            self._cookies = {}

    def _clear_where(self, test):
        with self._cookies_lock:
            for cookie in list(self):
                if test(cookie):
                    self.clear(cookie.domain, cookie.path, cookie.name)

    def clear_session_cookies(self):
        """Remove the cookies that end with the session (discard set)."""
        self._clear_where(lambda cookie: cookie.discard)

    def clear_expired_cookies(self):
        """Remove the cookies past their expiry time."""
        now = time.time()
        self._clear_where(lambda cookie: cookie.is_expired(now))

    def __iter__(self):
        return deepvalues(self._cookies)

    def __len__(self):
        return sum(1 for cookie in self)

    def __repr__(self):
        return "<%s[%s]>" % (self.__class__.__name__, ", ".join(repr(c) for c in self))

    def __str__(self):
        return "<%s[%s]>" % (self.__class__.__name__, ", ".join(str(c) for c in self))


class LoadError(IOError):
    """A cookie file could not be parsed."""


class FileCookieJar(CookieJar):
    """A CookieJar that can be saved to and loaded from a file."""

    def __init__(self, filename=None, delayload=False, policy=None):
        CookieJar.__init__(self, policy)
        if filename is not None:
            try:
                filename + ""
            except Exception:
                raise ValueError("filename must be string-like")
        self.filename = filename
        self.delayload = bool(delayload)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Write the cookies to a file."""
        raise NotImplementedError()

    def _filename(self, filename):
        if filename is not None:
            return filename
        if self.filename is not None:
            return self.filename
        raise ValueError(MISSING_FILENAME_TEXT)

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Add the cookies of a file."""
        filename = self._filename(filename)
        f = open(filename)
        try:
            self._really_load(f, filename, ignore_discard, ignore_expires)
        finally:
            f.close()

    def revert(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Replace the cookies with those of the file; unchanged if the
        file cannot be loaded."""
        filename = self._filename(filename)
        with self._cookies_lock:
            saved = copy.deepcopy(self._cookies)
            self._cookies = {}
            try:
                self.load(filename, ignore_discard, ignore_expires)
            except (LoadError, IOError):
                self._cookies = saved
                raise


def lwp_cookie_str(cookie):
    """A cookie as the value of a Set-Cookie3 line."""
    pairs = [(cookie.name, cookie.value),
             ("path", cookie.path),
             ("domain", cookie.domain)]
    if cookie.port is not None:
        pairs.append(("port", cookie.port))
    for flag, attr in (("path_spec", "path_specified"), ("port_spec", "port_specified"),
                       ("domain_dot", "domain_initial_dot"), ("secure", "secure")):
        if getattr(cookie, attr):
            pairs.append((flag, None))
    if cookie.expires:
        pairs.append(("expires", time2isoz(float(cookie.expires))))
    if cookie.discard:
        pairs.append(("discard", None))
    if cookie.comment:
        pairs.append(("comment", cookie.comment))
    if cookie.comment_url:
        pairs.append(("commenturl", cookie.comment_url))
    for key in sorted(cookie._rest.keys()):
        pairs.append((key, str(cookie._rest[key])))
    pairs.append(("version", str(cookie.version)))
    return join_header_words([pairs])


class LWPCookieJar(FileCookieJar):
    """Cookies in libwww-perl's format: '#LWP-Cookies-2.0' then one
    'Set-Cookie3: ...' line per cookie."""

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        now = time.time()
        lines = []
        for cookie in self:
            if not ignore_discard and cookie.discard:
                continue
            if not ignore_expires and cookie.is_expired(now):
                continue
            lines.append("Set-Cookie3: %s" % lwp_cookie_str(cookie))
        return "\n".join(lines + [""])

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename(filename)
        f = open(filename, "w")
        try:
            f.write("#LWP-Cookies-2.0\n")
            f.write(self.as_lwp_str(ignore_discard, ignore_expires))
        finally:
            f.close()

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        magic = f.readline()
        if not re.search(self.magic_re, magic):
            raise LoadError("%r does not look like a Set-Cookie3 (LWP) format file" % filename)
        now = time.time()
        prefix = "Set-Cookie3:"
        flags = ("port_spec", "path_spec", "domain_dot", "secure", "discard")
        values = ("version", "port", "path", "domain", "expires", "comment", "commenturl")
        try:
            for line in iter(f.readline, ""):
                if not line.startswith(prefix):
                    continue
                for data in split_header_words([line[len(prefix):].strip()]):
                    name, value = data[0]
                    standard, rest = {}, {}
                    for flag in flags:
                        standard[flag] = False
                    for key, val in data[1:]:
                        lower = key.lower() if key is not None else None
                        if lower in values or lower in flags:
                            key = lower
                        if key in flags:
                            standard[key] = True if val is None else val
                        elif key in values:
                            standard[key] = val
                        else:
                            rest[key] = val
                    expires = standard.get("expires")
                    discard = standard.get("discard")
                    if expires is not None:
                        expires = iso2time(expires)
                    if expires is None:
                        discard = True
                    domain = standard.get("domain")
                    cookie = Cookie(standard.get("version"), name, value,
                                    standard.get("port"), standard.get("port_spec"),
                                    domain, domain.startswith("."),
                                    standard.get("domain_dot"),
                                    standard.get("path"), standard.get("path_spec"),
                                    standard.get("secure"), expires, discard,
                                    standard.get("comment"), standard.get("commenturl"),
                                    rest)
                    if not ignore_discard and cookie.discard:
                        continue
                    if not ignore_expires and cookie.is_expired(now):
                        continue
                    self.set_cookie(cookie)
        except IOError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError("invalid Set-Cookie3 format file %r: %r" % (filename, line))


class MozillaCookieJar(FileCookieJar):
    """Cookies in the cookies.txt format of Netscape and Mozilla: one line
    per cookie with seven tab-separated fields (domain, whether the
    domain applies to subdomains, path, secure, expires, name, value)."""

    magic_re = "#( Netscape)? HTTP Cookie File"
    header = """\
# Netscape HTTP Cookie File
# http://curl.haxx.se/rfc/cookie_spec.html
# This is a generated file!  Do not edit.

"""

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        now = time.time()
        if not re.search(self.magic_re, f.readline()):
            f.close()
            raise LoadError("%r does not look like a Netscape format cookies file" % filename)
        line = ""
        try:
            for line in iter(f.readline, ""):
                if line.endswith("\n"):
                    line = line[:-1]
                stripped = line.strip()
                if stripped.startswith(("#", "$")) or stripped == "":
                    continue
                domain, domain_specified, path, secure, expires, name, value = line.split("\t")
                secure = secure == "TRUE"
                domain_specified = domain_specified == "TRUE"
                if name == "":
                    # A line with one field before the value: no name.
                    name, value = value, None
                discard = False
                if expires == "":
                    expires = None
                    discard = True
                cookie = Cookie(0, name, value, None, False,
                                domain, domain_specified, domain.startswith("."),
                                path, False, secure, expires, discard,
                                None, None, {})
                if not ignore_discard and cookie.discard:
                    continue
                if not ignore_expires and cookie.is_expired(now):
                    continue
                self.set_cookie(cookie)
        except IOError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError("invalid Netscape format cookies file %r: %r" % (filename, line))

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename(filename)
        f = open(filename, "w")
        try:
            f.write(self.header)
            now = time.time()
            for cookie in self:
                if not ignore_discard and cookie.discard:
                    continue
                if not ignore_expires and cookie.is_expired(now):
                    continue
                expires = "" if cookie.expires is None else str(cookie.expires)
                if cookie.value is None:
                    name, value = "", cookie.name
                else:
                    name, value = cookie.name, cookie.value
                f.write("\t".join([cookie.domain,
                                   "TRUE" if cookie.domain.startswith(".") else "FALSE",
                                   cookie.path,
                                   "TRUE" if cookie.secure else "FALSE",
                                   expires, name, value]) + "\n")
        finally:
            f.close()
