"""An extensible library for opening URLs (2.7's `urllib2`).

An OpenerDirector holds handlers.  A handler takes part by defining
methods named after a scheme:

    <scheme>_open(req)           open the URL (first non-None result wins)
    <scheme>_request(req)        preprocess the Request before opening
    <scheme>_response(req, resp) postprocess the response
    http_error_<code>(req, fp, code, msg, hdrs)   handle an HTTP status
    <scheme>_error_...           other protocol errors

Handlers are ordered by their `handler_order`.  build_opener() makes an
opener with the default handlers (proxies, http, https, ftp, file,
redirects, error processing) plus the given ones; urlopen() uses one.
"""

import base64, bisect, hashlib, os, posixpath, random, re, socket, sys, time, types
import httplib, mimetools, urlparse
from cStringIO import StringIO
from urllib import (addinfourl, ftpwrapper, getproxies, proxy_bypass, quote,
                    splitattr, splithost, splitpasswd, splitport, splittag,
                    splittype, splituser, splitvalue, toBytes, unquote,
                    unwrap, url2pathname, localhost)

_have_ssl = True
try:
    import ssl
except ImportError:
    _have_ssl = False

__version__ = sys.version[:3]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
            cafile=None, capath=None, cadefault=False, context=None):
    """Open a URL or Request; data makes it a POST.  HTTP errors raise
    HTTPError.  cafile/capath/cadefault or context set up certificate
    checking for HTTPS."""
    global _opener
    if cafile or capath or cadefault:
        if context is not None:
            raise ValueError("You can't pass both context and any of cafile, capath, and cadefault")
        if not _have_ssl:
            raise ValueError('SSL support not available')
        context = ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH,
                                             cafile=cafile, capath=capath)
    if context:
        opener = build_opener(HTTPSHandler(context=context))
    else:
        if _opener is None:
            _opener = build_opener()
        opener = _opener
    return opener.open(url, data, timeout)


def install_opener(opener):
    """Make urlopen() use this opener."""
    global _opener
    _opener = opener


class URLError(IOError):
    """A URL could not be opened; `reason` says why."""

    def __init__(self, reason):
        # IOError's errno/strerror/filename stay None.
        self.reason = reason
        self.args = (reason,)

    def __str__(self):
        return '<urlopen error %s>' % (self.reason,)


class HTTPError(URLError, addinfourl):
    """An HTTP error status; also a response whose body is the error page
    (when the server sent one)."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.filename = url
        self.code, self.msg = code, msg
        self.hdrs, self.fp = hdrs, fp
        if fp is not None:
            addinfourl.__init__(self, fp, hdrs, url, code)

    reason = property(lambda self: self.msg, doc="the reason phrase")

    def info(self):
        """The response headers."""
        return self.hdrs

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)


_cut_port_re = re.compile(r":\d+$")


def request_host(request):
    """The request-host of RFC 2965: the URL's host, lower-cased and
    without its port."""
    host = urlparse.urlparse(request.get_full_url())[1]
    if host == "":
        host = request.get_header("Host", "")
    return _cut_port_re.sub("", host, 1).lower()


class Request:
    """A URL to open with its data and headers.  Header names are kept
    capitalized ('Content-type'); unredirected headers are not copied to
    the request of a redirect."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False):
        self.__original, self.__fragment = splittag(unwrap(url))
        self.data = data
        # Filled in by get_type() and get_host(), or by set_proxy().
        self.type = self.host = self.port = self._tunnel_host = None
        self.headers, self.unredirected_hdrs = {}, {}
        for key, value in headers.items():
            self.add_header(key, value)
        self.unverifiable = unverifiable
        self.origin_req_host = origin_req_host
        if origin_req_host is None:
            self.origin_req_host = request_host(self)

    def __getattr__(self, attr):
        # get_selector() before get_host(), or get_host() before
        # get_type(): compute what is missing first.
        if attr == '_Request__r_type':
            self.get_type()
        elif attr == '_Request__r_host':
            self.get_host()
        else:
            raise AttributeError(attr)
        return self.__dict__[attr]

    def get_method(self):
        """POST when there is data, else GET."""
        return "GET" if self.data is None else "POST"

    def has_data(self):
        return self.data is not None

    def add_data(self, data):
        self.data = data

    def get_data(self):
        return self.data

    def get_full_url(self):
        """The URL given, with its #fragment."""
        url = self.__original
        return url + '#' + self.__fragment if self.__fragment else url

    def get_type(self):
        """The URL's scheme."""
        if self.type is None:
            scheme, self.__r_type = splittype(self.__original)
            if scheme is None:
                raise ValueError("unknown url type: %s" % self.__original)
            self.type = scheme
        return self.type

    def get_host(self):
        """The URL's host[:port] (unquoted)."""
        if self.host is None:
            host, self.__r_host = splithost(self.__r_type)
            self.host = unquote(host) if host else host
        return self.host

    def get_selector(self):
        """What follows the host: the path and query (or the whole URL
        when talking to a proxy)."""
        return self.__r_host

    def has_proxy(self):
        return self.__r_host == self.__original

    def set_proxy(self, host, type):
        """Send the request to a proxy: the selector becomes the full URL
        (for https the proxy is a CONNECT tunnel instead)."""
        if self.type != 'https' or self._tunnel_host:
            self.type = type
            self.__r_host = self.__original
        else:
            self._tunnel_host = self.host
        self.host = host

    def is_unverifiable(self):
        """True for requests the user did not ask for (redirects)."""
        return self.unverifiable

    def get_origin_req_host(self):
        return self.origin_req_host

    def add_header(self, key, val):
        """A header also sent on redirects."""
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        """A header for this request only."""
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        if header_name in self.headers:
            return self.headers[header_name]
        return self.unredirected_hdrs.get(header_name, default)

    def header_items(self):
        """All the headers as (name, value) pairs."""
        merged = self.unredirected_hdrs.copy()
        merged.update(self.headers)
        return merged.items()


class OpenerDirector:
    """Opens Requests by calling its handlers' methods in order."""

    def __init__(self):
        # handler lists by scheme (by scheme then status for errors)
        self.handle_open, self.handle_error = {}, {}
        self.process_request, self.process_response = {}, {}
        self.handlers = []
        self.addheaders = [('User-agent', "Python-urllib/%s" % __version__)]

    def add_handler(self, handler):
        """Register the handler's <scheme>_open/_request/_response and
        <scheme>_error_* methods."""
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for name in dir(handler):
            if name in ("redirect_request", "do_open", "proxy_open"):
                continue
            scheme, sep, condition = name.partition("_")
            if not sep:
                continue
            if condition.startswith("error"):
                kind = name[name.find("_", len(scheme) + 1) + 1:]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                table = self.handle_error.setdefault(scheme, {})
            elif condition == "open":
                kind, table = scheme, self.handle_open
            elif condition == "response":
                kind, table = scheme, self.process_response
            elif condition == "request":
                kind, table = scheme, self.process_request
            else:
                continue
            bisect.insort(table.setdefault(kind, []), handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        # The first handler that returns something other than None wins.
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Open a URL string or a Request; returns the response."""
        if not isinstance(fullurl, basestring):
            req = fullurl
            if data is not None:
                req.add_data(data)
        else:
            req = Request(fullurl, data)
        req.timeout = timeout
        protocol = req.get_type()
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, protocol + "_request")(req)
        response = self._open(req, data)
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, protocol + "_response")(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, 'default', 'default_open', req)
        if result:
            return result
        protocol = req.get_type()
        result = self._call_chain(self.handle_open, protocol, protocol + '_open', req)
        if result:
            return result
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        """Pass an error to the handlers: for http(s), args are (request,
        response, code, msg, headers) and go to http_error_<code>, then
        http_error_default."""
        if proto in ('http', 'https'):
            table = self.handle_error['http']
            result = self._call_chain(table, args[2], 'http_error_%s' % args[2], *args)
            if result:
                return result
            return self._call_chain(table, 'default', 'http_error_default', *args)
        return self._call_chain(self.handle_error, proto, proto + '_error', *args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, except those of which
    a given handler (class or instance) is a subclass, then the given
    ones."""
    def isclass(obj):
        return isinstance(obj, (types.ClassType, type))

    def replaced(klass):
        for given in handlers:
            if isclass(given) and issubclass(given, klass):
                return True
            if not isclass(given) and isinstance(given, klass):
                return True
        return False

    defaults = [ProxyHandler, UnknownHandler, HTTPHandler,
                HTTPDefaultErrorHandler, HTTPRedirectHandler,
                FTPHandler, FileHandler, HTTPErrorProcessor]
    if hasattr(httplib, 'HTTPS'):
        defaults.append(HTTPSHandler)
    opener = OpenerDirector()
    for klass in defaults:
        if not replaced(klass):
            opener.add_handler(klass())
    for handler in handlers:
        opener.add_handler(handler() if isclass(handler) else handler)
    return opener


class BaseHandler:
    """What handlers share: the opener (parent) and the ordering."""

    handler_order = 500

    def __lt__(self, other):
        # Handlers without handler_order (old ones) sort last.
        return (not hasattr(other, "handler_order") or
                self.handler_order < other.handler_order)

    def add_parent(self, parent):
        """Called by OpenerDirector.add_handler()."""
        self.parent = parent

    def close(self):
        pass


class HTTPErrorProcessor(BaseHandler):
    """Turn a non-2xx response into a call of the error handlers."""

    handler_order = 1000   # after the other response processors

    def http_response(self, request, response):
        code = response.code
        if 200 <= code < 300:
            return response
        return self.parent.error('http', request, response, code,
                                 response.msg, response.info())

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """The last resort for error statuses: raise HTTPError."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.get_full_url(), code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follow 301, 302, 303 and 307 redirects (GET and HEAD; POST becomes
    a GET for 301-303), detecting loops."""

    max_repeats = 4          # visits of the same URL
    max_redirections = 10    # redirects in all

    inf_msg = ("The HTTP server returned a redirect error that would "
               "lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to make for a redirect, or HTTPError if it may not
        be followed automatically."""
        method = req.get_method()
        if not ((code in (301, 302, 303, 307) and method in ("GET", "HEAD")) or
                (code in (301, 302, 303) and method == "POST")):
            raise HTTPError(req.get_full_url(), code, msg, headers, fp)
        # The new request has no body: drop the headers that describe it.
        kept = dict((k, v) for k, v in req.headers.items()
                    if k.lower() not in ("content-length", "content-type"))
        return Request(newurl.replace(' ', '%20'), headers=kept,
                       origin_req_host=req.get_origin_req_host(),
                       unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        """Open the Location (or URI) of a redirect response."""
        targets = headers.getheaders('location') or headers.getheaders('uri')
        if not targets:
            return None
        newurl = targets[0]
        parts = urlparse.urlparse(newurl)
        if parts.netloc and not parts.path:
            parts = list(parts)
            parts[2] = "/"
            newurl = urlparse.urlunparse(parts)
        newurl = urlparse.urljoin(req.get_full_url(), newurl)
        if not newurl.lower().startswith(('http://', 'https://', 'ftp://')):
            raise HTTPError(newurl, code,
                            msg + " - Redirection to url '%s' is not allowed" % newurl,
                            headers, fp)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        visited = getattr(req, 'redirect_dict', None)
        if visited is None:
            visited = req.redirect_dict = {}
        elif (visited.get(newurl, 0) >= self.max_repeats or
              len(visited) >= self.max_redirections):
            raise HTTPError(req.get_full_url(), code, self.inf_msg + msg, headers, fp)
        new.redirect_dict = visited
        visited[newurl] = visited.get(newurl, 0) + 1
        # Finish with this response so that the connection can be freed.
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_302


def _parse_proxy(proxy):
    """(scheme, user, password, host:port) of a proxy setting, which may
    be a URL or just 'host:port' (scheme None)."""
    scheme, rest = splittype(proxy)
    if not rest.startswith("/"):
        scheme = None
        authority = proxy
    else:
        if not rest.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        end = rest.find("/", 2)
        if end == -1:
            end = None
        authority = rest[2:end]
    userinfo, hostport = splituser(authority)
    user = password = None
    if userinfo is not None:
        user, password = splitpasswd(userinfo)
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    """Send requests through the proxies of a {scheme: proxy} mapping
    (default: urllib.getproxies())."""

    handler_order = 100   # before the handlers that open connections

    def __init__(self, proxies=None):
        self.proxies = getproxies() if proxies is None else proxies
        assert hasattr(self.proxies, 'has_key'), "proxies must be a mapping"
        # One <scheme>_open method per proxied scheme.
        for scheme, url in self.proxies.items():
            setattr(self, scheme + '_open', self._opener_for(url, scheme))

    def _opener_for(self, proxy, scheme):
        return lambda req: self.proxy_open(req, proxy, scheme)

    def proxy_open(self, req, proxy, type):
        """Point req at the proxy; None lets the scheme's handler open it."""
        if req.host and proxy_bypass(req.host):
            return None
        orig_type = req.get_type()
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        proxy_type = proxy_type or orig_type
        if user and password:
            credentials = '%s:%s' % (unquote(user), unquote(password))
            req.add_header('Proxy-authorization',
                           'Basic ' + base64.b64encode(credentials).strip())
        req.set_proxy(unquote(hostport), proxy_type)
        if orig_type == proxy_type or orig_type == 'https':
            # The handler of the scheme opens the connection to the proxy.
            return None
        return self.parent.open(req, timeout=req.timeout)


class HTTPPasswordMgr:
    """Credentials by realm and URI prefix."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        if isinstance(uri, basestring):
            uri = [uri]
        realm_table = self.passwd.setdefault(realm, {})
        for default_port in (True, False):
            key = tuple(self.reduce_uri(u, default_port) for u in uri)
            realm_table[key] = (user, passwd)

    def find_user_password(self, realm, authuri):
        """(user, password) for a URI under a prefix given for realm, or
        (None, None)."""
        table = self.passwd.get(realm, {})
        for default_port in (True, False):
            reduced = self.reduce_uri(authuri, default_port)
            for uris, credentials in table.iteritems():
                for uri in uris:
                    if self.is_suburi(uri, reduced):
                        return credentials
        return None, None

    def reduce_uri(self, uri, default_port=True):
        """(authority, path) of a URI or a bare authority; with
        default_port, the scheme's default port is made explicit."""
        parts = urlparse.urlsplit(uri)
        if parts[1]:
            scheme, authority, path = parts[0], parts[1], parts[2] or '/'
        else:
            scheme, authority, path = None, uri, '/'
        host, port = splitport(authority)
        if default_port and port is None and scheme is not None:
            port = {"http": 80, "https": 443}.get(scheme)
            if port is not None:
                authority = "%s:%d" % (host, port)
        return authority, path

    def is_suburi(self, base, test):
        """Whether test is base or below it (same authority, path prefix)."""
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = posixpath.commonprefix((base[1], test[1]))
        return len(prefix) == len(base[1])


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """Falls back to the credentials given for realm None."""

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class AbstractBasicAuthHandler:
    """Answer a Basic challenge with the password manager's credentials."""

    # scheme="realm" (the quotes are optional in practice).
    rx = re.compile('(?:.*,)*[ \t]*([^ \t]+)[ \t]+realm=(["\']?)([^"\']*)\\2', re.I)

    def __init__(self, password_mgr=None):
        self.passwd = password_mgr or HTTPPasswordMgr()
        self.add_password = self.passwd.add_password

    def http_error_auth_reqed(self, authreq, host, req, headers):
        challenge = headers.get(authreq, None)
        if not challenge:
            return None
        match = AbstractBasicAuthHandler.rx.search(challenge)
        if not match:
            return None
        scheme, quote_char, realm = match.groups()
        if quote_char not in ('"', "'"):
            import warnings
            warnings.warn("Basic Auth Realm was unquoted", UserWarning, 2)
        if scheme.lower() == 'basic':
            return self.retry_http_basic_auth(host, req, realm)

    def retry_http_basic_auth(self, host, req, realm):
        user, pw = self.passwd.find_user_password(realm, host)
        if pw is None:
            return None
        auth = 'Basic %s' % base64.b64encode('%s:%s' % (user, pw)).strip()
        if req.get_header(self.auth_header, None) == auth:
            # These credentials were refused already.
            return None
        req.add_unredirected_header(self.auth_header, auth)
        return self.parent.open(req, timeout=req.timeout)


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):

    auth_header = 'Authorization'

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('www-authenticate', req.get_full_url(), req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):

    auth_header = 'Proxy-authorization'

    def http_error_407(self, req, fp, code, msg, headers):
        # The proxy's credentials are found by its host alone.
        return self.http_error_auth_reqed('proxy-authenticate', req.get_host(), req, headers)


def randombytes(n):
    """n random bytes."""
    try:
        return os.urandom(n)
    except NotImplementedError:
        return ''.join(chr(random.randrange(256)) for _ in range(n))


class AbstractDigestAuthHandler:
    """Answer a Digest challenge (RFC 2617: MD5 or SHA, qop auth)."""

    def __init__(self, passwd=None):
        self.passwd = passwd or HTTPPasswordMgr()
        self.add_password = self.passwd.add_password
        self.retried = 0          # challenges answered in a row
        self.last_nonce = None
        self.nonce_count = 0      # requests made with last_nonce

    def reset_retry_count(self):
        """Called after each request: the count is per request."""
        self.retried = 0

    def http_error_auth_reqed(self, auth_header, host, req, headers):
        challenge = headers.get(auth_header, None)
        if self.retried > 5:
            # The server keeps refusing: stop asking.
            raise HTTPError(req.get_full_url(), 401, "digest auth failed", headers, None)
        self.retried += 1
        if challenge:
            scheme = challenge.split()[0]
            if scheme.lower() == 'digest':
                return self.retry_http_digest_auth(req, challenge)

    def retry_http_digest_auth(self, req, auth):
        token, challenge = auth.split(' ', 1)
        chal = parse_keqv_list(parse_http_list(challenge))
        auth = self.get_authorization(req, chal)
        if not auth:
            return None
        auth_val = 'Digest %s' % auth
        if req.headers.get(self.auth_header, None) == auth_val:
            return None
        req.add_unredirected_header(self.auth_header, auth_val)
        return self.parent.open(req, timeout=req.timeout)

    def get_cnonce(self, nonce):
        seed = "%s:%s:%s:%s" % (self.nonce_count, nonce, time.ctime(), randombytes(8))
        return hashlib.sha1(seed).hexdigest()[:16]

    def get_authorization(self, req, chal):
        try:
            realm = chal['realm']
            nonce = chal['nonce']
        except KeyError:
            return None
        qop = chal.get('qop')
        algorithm = chal.get('algorithm', 'MD5')
        opaque = chal.get('opaque', None)
        H, KD = self.get_algorithm_impls(algorithm)
        user, pw = self.passwd.find_user_password(realm, req.get_full_url())
        if user is None:
            return None
        entdig = None
        if req.has_data():
            entdig = self.get_entity_digest(req.get_data(), chal)
        secret = H("%s:%s:%s" % (user, realm, pw))
        hashed_request = H("%s:%s" % (req.get_method(), req.get_selector()))
        if qop is None:
            respdig = KD(secret, "%s:%s" % (nonce, hashed_request))
        elif qop == 'auth':
            # The nonce count tells the server this is not a replay.
            self.nonce_count = self.nonce_count + 1 if nonce == self.last_nonce else 1
            self.last_nonce = nonce
            ncvalue = '%08x' % self.nonce_count
            cnonce = self.get_cnonce(nonce)
            respdig = KD(secret, ":".join((nonce, ncvalue, cnonce, qop, hashed_request)))
        else:
            raise URLError("qop '%s' is not supported." % qop)
        fields = ['username="%s"' % user, 'realm="%s"' % realm, 'nonce="%s"' % nonce,
                  'uri="%s"' % req.get_selector(), 'response="%s"' % respdig]
        if opaque:
            fields.append('opaque="%s"' % opaque)
        if entdig:
            fields.append('digest="%s"' % entdig)
        fields.append('algorithm="%s"' % algorithm)
        if qop:
            fields.append('qop=auth, nc=%s, cnonce="%s"' % (ncvalue, cnonce))
        return ', '.join(fields)

    def get_algorithm_impls(self, algorithm):
        """(H, KD) of RFC 2617 for an algorithm name; (None, None) if
        unsupported."""
        digest = {'MD5': hashlib.md5, 'SHA': hashlib.sha1}.get(algorithm.upper())
        if digest is None:
            raise ValueError("Unsupported digest authentication algorithm %r" % algorithm)

        def H(text):
            return digest(text).hexdigest()

        def KD(secret, data):
            return H(secret + ":" + data)
        return H, KD

    def get_entity_digest(self, data, chal):
        return None


class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):

    auth_header = 'Authorization'
    handler_order = 490   # before Basic: Digest is the safer choice

    def http_error_401(self, req, fp, code, msg, headers):
        host = urlparse.urlparse(req.get_full_url())[1]
        retry = self.http_error_auth_reqed('www-authenticate', host, req, headers)
        self.reset_retry_count()
        return retry


class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):

    auth_header = 'Proxy-Authorization'
    handler_order = 490

    def http_error_407(self, req, fp, code, msg, headers):
        retry = self.http_error_auth_reqed('proxy-authenticate', req.get_host(), req, headers)
        self.reset_retry_count()
        return retry


class AbstractHTTPHandler(BaseHandler):
    """Sends a Request with httplib and wraps the response."""

    def __init__(self, debuglevel=0):
        self._debuglevel = debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        """Add the headers a request needs: Content-type and -length for
        data, Host, and the opener's addheaders."""
        host = request.get_host()
        if not host:
            raise URLError('no host given')
        if request.has_data():
            data = request.get_data()
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type',
                                                'application/x-www-form-urlencoded')
            if not request.has_header('Content-length'):
                request.add_unredirected_header('Content-length', '%d' % len(data))
        selected_host = host
        if request.has_proxy():
            # The Host header names the origin server, not the proxy.
            selected_host = splithost(splittype(request.get_selector())[1])[0]
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', selected_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send req on a new http_class connection; the response is an
        addinfourl with code and msg."""
        host = req.get_host()
        if not host:
            raise URLError('no host given')
        h = http_class(host, timeout=req.timeout, **http_conn_args)
        h.set_debuglevel(self._debuglevel)

        headers = dict(req.unredirected_hdrs)
        for name, value in req.headers.items():
            headers.setdefault(name, value)
        # One request per connection: the response is read to its end
        # by the caller, whenever that is.
        headers["Connection"] = "close"
        headers = dict((name.title(), value) for name, value in headers.items())

        if req._tunnel_host:
            tunnel_headers = {}
            if "Proxy-Authorization" in headers:
                tunnel_headers["Proxy-Authorization"] = headers.pop("Proxy-Authorization")
            h.set_tunnel(req._tunnel_host, headers=tunnel_headers)

        try:
            h.request(req.get_method(), req.get_selector(), req.data, headers)
        except socket.error as err:
            h.close()
            raise URLError(err)
        try:
            r = h.getresponse(buffering=True)
        except TypeError:
            # An HTTPConnection subclass without buffering.
            r = h.getresponse()
        # Give the response the socket file interface (readline, iteration).
        r.recv = r.read
        resp = addinfourl(socket._fileobject(r, close=True), r.msg,
                          req.get_full_url(), r.status)
        resp.msg = r.reason
        return resp


class HTTPHandler(AbstractHTTPHandler):

    def http_open(self, req):
        return self.do_open(httplib.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


if hasattr(httplib, 'HTTPS'):
    class HTTPSHandler(AbstractHTTPHandler):

        def __init__(self, debuglevel=0, context=None):
            AbstractHTTPHandler.__init__(self, debuglevel)
            self._context = context

        def https_open(self, req):
            return self.do_open(httplib.HTTPSConnection, req, context=self._context)

        https_request = AbstractHTTPHandler.do_request_


class HTTPCookieProcessor(BaseHandler):
    """Send the cookies of a cookielib.CookieJar and store those set."""

    def __init__(self, cookiejar=None):
        if cookiejar is None:
            import cookielib
            cookiejar = cookielib.CookieJar()
        self.cookiejar = cookiejar

    def http_response(self, request, response):
        """Store the cookies the response sets."""
        self.cookiejar.extract_cookies(response, request)
        return response

    def http_request(self, request):
        """Add a Cookie header."""
        self.cookiejar.add_cookie_header(request)
        return request

    https_response = http_response
    https_request = http_request


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.get_type())


def parse_keqv_list(l):
    """['k="v"', 'k2=v2'] -> {'k': 'v', 'k2': 'v2'}."""
    parsed = {}
    for item in l:
        key, value = item.split('=', 1)
        if value[:1] == '"' and value[-1:] == '"':
            value = value[1:-1]
        parsed[key] = value
    return parsed


def parse_http_list(s):
    """Split a header value on the commas that are outside quoted
    strings (RFC 2068 section 2: #rule lists); items are stripped."""
    items = []
    current = []
    in_quotes = escaped = False
    for ch in s:
        if escaped:
            current.append(ch)
            escaped = False
        elif in_quotes:
            if ch == '\\':
                escaped = True     # the backslash itself is dropped
                continue
            if ch == '"':
                in_quotes = False
            current.append(ch)
        elif ch == ',':
            items.append(''.join(current))
            current = []
        else:
            if ch == '"':
                in_quotes = True
            current.append(ch)
    if current:
        items.append(''.join(current))
    return [item.strip() for item in items]


def _safe_gethostbyname(host):
    """The address of host, None if it has none."""
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        pass
    return None


class FileHandler(BaseHandler):
    """file: URLs of this machine (file://otherhost/ goes to FTP)."""

    names = None

    def file_open(self, req):
        url = req.get_selector()
        if (url[:2] == '//' and url[2:3] != '/' and
                req.host and req.host != 'localhost'):
            req.type = 'ftp'
            return self.parent.open(req)
        return self.open_local_file(req)

    def get_names(self):
        """The addresses of this machine."""
        if FileHandler.names is None:
            try:
                FileHandler.names = tuple(socket.gethostbyname_ex('localhost')[2] +
                                          socket.gethostbyname_ex(socket.gethostname())[2])
            except socket.gaierror:
                FileHandler.names = (socket.gethostbyname('localhost'),)
        return FileHandler.names

    def open_local_file(self, req):
        import email.utils
        import mimetypes
        host = req.get_host()
        filename = req.get_selector()
        localfile = url2pathname(filename)
        try:
            st = os.stat(localfile)
            mtype = mimetypes.guess_type(filename)[0] or 'text/plain'
            headers = mimetools.Message(StringIO(
                'Content-type: %s\nContent-length: %d\nLast-modified: %s\n'
                % (mtype, st.st_size, email.utils.formatdate(st.st_mtime, usegmt=True))))
            if host:
                host, port = splitport(host)
            if not host or (not port and _safe_gethostbyname(host) in self.get_names()):
                origurl = 'file://' + (host or '') + filename
                return addinfourl(open(localfile, 'rb'), headers, origurl)
        except OSError as msg:
            raise URLError(msg)
        raise URLError('file not on local host')


class FTPHandler(BaseHandler):
    """ftp: URLs through urllib.ftpwrapper."""

    def ftp_open(self, req):
        import ftplib
        import mimetypes
        host = req.get_host()
        if not host:
            raise URLError('ftp error: no host given')
        host, port = splitport(host)
        port = ftplib.FTP_PORT if port is None else int(port)
        user, host = splituser(host)
        if user:
            user, passwd = splitpasswd(user)
        else:
            passwd = None
        host = unquote(host)
        user = user or ''
        passwd = passwd or ''
        try:
            host = socket.gethostbyname(host)
        except socket.error as msg:
            raise URLError(msg)
        path, attrs = splitattr(req.get_selector())
        dirs = [unquote(d) for d in path.split('/')]
        dirs, name = dirs[:-1], dirs[-1]
        if dirs and not dirs[0]:
            dirs = dirs[1:]
        try:
            fw = self.connect_ftp(user, passwd, host, port, dirs, req.timeout)
            kind = 'I' if name else 'D'
            for attr in attrs:
                attr, value = splitvalue(attr)
                if attr.lower() == 'type' and value in ('a', 'A', 'i', 'I', 'd', 'D'):
                    kind = value.upper()
            fp, retrlen = fw.retrfile(name, kind)
            head = ""
            mtype = mimetypes.guess_type(req.get_full_url())[0]
            if mtype:
                head += "Content-type: %s\n" % mtype
            if retrlen is not None and retrlen >= 0:
                head += "Content-length: %d\n" % retrlen
            return addinfourl(fp, mimetools.Message(StringIO(head)), req.get_full_url())
        except ftplib.all_errors as msg:
            raise URLError, ('ftp error: %s' % msg), sys.exc_info()[2]

    def connect_ftp(self, user, passwd, host, port, dirs, timeout):
        return ftpwrapper(user, passwd, host, port, dirs, timeout, persistent=False)


class CacheFTPHandler(FTPHandler):
    """FTPHandler that keeps up to max_conns connections for delay seconds."""

    def __init__(self):
        self.delay, self.max_conns = 60, 16
        self.cache = {}       # key -> ftpwrapper
        self.timeout = {}     # key -> expiry time
        self.soonest = 0      # the earliest expiry

    def setMaxConns(self, m):
        self.max_conns = m

    def setTimeout(self, t):
        self.delay = t

    def connect_ftp(self, user, passwd, host, port, dirs, timeout):
        key = user, host, port, '/'.join(dirs), timeout
        if key in self.cache:
            self.timeout[key] = time.time() + self.delay
        else:
            self.cache[key] = ftpwrapper(user, passwd, host, port, dirs, timeout)
            self.timeout[key] = time.time() + self.delay
        self.check_cache()
        return self.cache[key]

    def check_cache(self):
        now = time.time()
        if self.soonest <= now:
            for key, expiry in self.timeout.items():
                if expiry < now:
                    self.cache.pop(key).close()
                    del self.timeout[key]
        self.soonest = min(self.timeout.values()) if self.timeout else 0
        if len(self.cache) == self.max_conns:
            # Drop the connection that would expire first.
            for key, expiry in self.timeout.items():
                if expiry == self.soonest:
                    self.cache.pop(key).close()
                    del self.timeout[key]
                    break
            self.soonest = min(self.timeout.values()) if self.timeout else 0

    def clear_cache(self):
        for conn in self.cache.values():
            conn.close()
        self.cache.clear()
        self.timeout.clear()
