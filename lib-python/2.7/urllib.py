"""Python 2.7's urllib: URL quoting and splitting helpers, proxy settings
from the environment, and the URLopener classes behind urlopen() and
urlretrieve() (http, https, file, data and ftp URLs)."""

import base64
import os
import re
import socket
import sys
import time

from urlparse import urljoin as basejoin
from urlparse import unquote, _is_unicode

__all__ = ["urlopen", "URLopener", "FancyURLopener", "urlretrieve",
           "urlcleanup", "quote", "quote_plus", "unquote", "unquote_plus",
           "urlencode", "url2pathname", "pathname2url", "splittag",
           "localhost", "thishost", "ftperrors", "basejoin", "unwrap",
           "splittype", "splithost", "splituser", "splitpasswd", "splitport",
           "splitnport", "splitquery", "splitattr", "splitvalue",
           "getproxies"]

MAXFTPCACHE = 10        # open FTP connections kept for reuse

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
_hostprog = re.compile('^//([^/#?]*)(.*)$', re.DOTALL)
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
        host, port = m.groups()
        if port:
            return host, port
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
        if hasattr(fp, "fileno"):
            self.fileno = fp.fileno
        else:
            self.fileno = lambda: None

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
        self.fileno = None


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


class addclosehook(addbase):
    """A file that calls closehook(*hookargs) once when closed."""

    def __init__(self, fp, closehook, *hookargs):
        addbase.__init__(self, fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook, args = self.closehook, self.hookargs
            self.closehook = self.hookargs = None
            if hook:
                hook(*args)
        finally:
            addbase.close(self)


class addinfo(addbase):
    """A file with headers: info()."""

    def __init__(self, fp, headers):
        addbase.__init__(self, fp)
        self.headers = headers

    def info(self):
        return self.headers


class ContentTooShortError(IOError):
    """urlretrieve() got less data than Content-Length announced;
    `content` is the (filename, headers) pair."""

    def __init__(self, message, content):
        IOError.__init__(self, message)
        self.content = content


# Proxies: <scheme>_proxy variables; no_proxy lists hosts to reach
# directly.

def getproxies_environment():
    """{scheme: proxy URL} from the *_proxy environment variables; a
    lower-case variable wins over its upper-case twin."""
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name.endswith('_proxy'):
            proxies[name[:-6]] = value
    # A CGI script gets HTTP_PROXY from the client's "Proxy:" header.
    if 'REQUEST_METHOD' in os.environ:
        proxies.pop('http', None)
    # Lower-case variables win; set but empty, they remove the setting.
    for name, value in os.environ.items():
        if name.endswith('_proxy'):
            if value:
                proxies[name[:-6].lower()] = value
            else:
                proxies.pop(name[:-6].lower(), None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """True if no_proxy says host (with or without its port) is reached
    directly: '*' or a matching domain suffix."""
    if proxies is None:
        proxies = getproxies_environment()
    no_proxy = proxies.get('no')
    if no_proxy is None:
        return 0
    if no_proxy == '*':
        return 1
    hostonly = splitport(host)[0]
    for name in no_proxy.split(','):
        name = name.strip().lstrip('.')
        if not name:
            continue
        pattern = r'(.+\.)?%s$' % re.escape(name)
        if re.match(pattern, hostonly, re.I) or re.match(pattern, host, re.I):
            return 1
    return 0


getproxies = getproxies_environment


def proxy_bypass(host):
    return proxy_bypass_environment(host)


# Cached facts about this machine.
_localhost = None
_thishost = None
_ftperrors = None
_noheaders = None


def localhost():
    """The IP address of 'localhost'."""
    global _localhost
    if _localhost is None:
        _localhost = socket.gethostbyname('localhost')
    return _localhost


def thishost():
    """The IP address of this host's name."""
    global _thishost
    if _thishost is None:
        try:
            _thishost = socket.gethostbyname(socket.gethostname())
        except socket.gaierror:
            _thishost = socket.gethostbyname('localhost')
    return _thishost


def ftperrors():
    """The exceptions ftplib can raise."""
    global _ftperrors
    if _ftperrors is None:
        import ftplib
        _ftperrors = ftplib.all_errors
    return _ftperrors


def noheaders():
    """An empty set of headers."""
    global _noheaders
    if _noheaders is None:
        import mimetools
        from StringIO import StringIO
        _noheaders = mimetools.Message(StringIO(), 0)
        _noheaders.fp.close()
    return _noheaders


ftpcache = {}


class URLopener:
    """Opens URLs by scheme with open_<scheme>() methods; an HTTP error
    goes to http_error_<code>() if defined, else raises IOError."""

    version = "Python-urllib/%s" % __version__
    __tempfiles = None

    def __init__(self, proxies=None, context=None, **x509):
        self.proxies = getproxies() if proxies is None else proxies
        assert hasattr(self.proxies, 'has_key'), "proxies must be a mapping"
        self.context = context
        self.key_file, self.cert_file = x509.get('key_file'), x509.get('cert_file')
        self.addheaders = [('User-Agent', self.version)]
        self.tempcache = None          # a dict here caches retrieve()s
        self.ftpcache = ftpcache
        self.__tempfiles = []          # made by retrieve(), removed by cleanup()
        self.__unlink = os.unlink      # still there at interpreter exit

    def __del__(self):
        self.close()

    def close(self):
        self.cleanup()

    def cleanup(self):
        while self.__tempfiles:
            name = self.__tempfiles.pop()
            try:
                self.__unlink(name)
            except OSError:
                pass
        if self.tempcache:
            self.tempcache.clear()

    def addheader(self, *args):
        """Add a header to every request: addheader('Accept', 'text/html')."""
        self.addheaders.append(args)

    def open(self, fullurl, data=None):
        """Open a URL; data makes an HTTP request a POST."""
        fullurl = unwrap(toBytes(fullurl))
        # Quote what is not allowed in a URL but keep its structure.
        fullurl = quote(fullurl, safe="%/:=&?~#+!$,;'@()*[]|")
        if self.tempcache and fullurl in self.tempcache:
            filename, headers = self.tempcache[fullurl]
            return addinfourl(open(filename, 'rb'), headers, fullurl)
        urltype, url = splittype(fullurl)
        if not urltype:
            urltype = 'file'
        proxy = self.proxies.get(urltype)
        if proxy:
            # Through a proxy the request is (proxy host, whole URL).
            proxyhost = splittype(proxy)[1]
            url = (splithost(proxyhost)[0], fullurl)
        self.type = urltype
        method = getattr(self, 'open_' + urltype.replace('-', '_'), None)
        if method is None or urltype.replace('-', '_') == 'local_file':
            # local_file: would open any file (CVE-2019-9948)
            if proxy:
                return self.open_unknown_proxy(proxy, fullurl, data)
            return self.open_unknown(fullurl, data)
        try:
            if data is None:
                return method(url)
            return method(url, data)
        except socket.error as msg:
            raise IOError, ('socket error', msg), sys.exc_info()[2]

    def open_unknown(self, fullurl, data=None):
        raise IOError, ('url error', 'unknown url type', splittype(fullurl)[0])

    def open_unknown_proxy(self, proxy, fullurl, data=None):
        raise IOError, ('url error', 'invalid proxy for %s' % splittype(fullurl)[0], proxy)

    def retrieve(self, url, filename=None, reporthook=None, data=None):
        """Copy a URL into a file (a temporary one by default); returns
        (filename, headers).  reporthook(blocks, blocksize, totalsize) is
        called as the data arrives."""
        url = unwrap(toBytes(url))
        if self.tempcache and url in self.tempcache:
            return self.tempcache[url]
        urltype, rest = splittype(url)
        if filename is None and (not urltype or urltype == 'file'):
            # A local file is used where it is.
            try:
                fp = self.open_local_file(rest)
                headers = fp.info()
                fp.close()
                return url2pathname(splithost(rest)[1]), headers
            except IOError:
                pass
        fp = self.open(url, data)
        try:
            headers = fp.info()
            if filename:
                out = open(filename, 'wb')
            else:
                import tempfile
                path = splitattr(splitquery(splittag(rest)[0] or "")[0] or "")[0]
                fd, filename = tempfile.mkstemp(os.path.splitext(path)[1])
                self.__tempfiles.append(filename)
                out = os.fdopen(fd, 'wb')
            result = filename, headers
            if self.tempcache is not None:
                self.tempcache[url] = result
            blocksize = 8192
            size = -1
            got = 0
            blocks = 0
            try:
                if "content-length" in headers:
                    size = int(headers["Content-Length"])
                if reporthook:
                    reporthook(blocks, blocksize, size)
                while True:
                    block = fp.read(blocksize)
                    if not block:
                        break
                    got += len(block)
                    out.write(block)
                    blocks += 1
                    if reporthook:
                        reporthook(blocks, blocksize, size)
            finally:
                out.close()
        finally:
            fp.close()
        if 0 <= size and got < size:
            raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes"
                                       % (got, size), result)
        return result

    def _open_generic_http(self, connection_factory, url, data):
        """Send a GET (or a POST of data) and return the response, or what
        http_error() makes of an error status."""
        user_passwd = proxy_passwd = None
        if not isinstance(url, str):
            # (proxy host, full URL): the selector is the whole URL.
            host, selector = url
            proxy_passwd, host = splituser(host)
            urltype, url = splittype(selector)
            realhost = None
            if urltype.lower() == 'http':
                realhost, rest = splithost(url)
                if realhost:
                    user_passwd, realhost = splituser(realhost)
                    if user_passwd:
                        # Credentials go in a header, not to the proxy.
                        selector = "%s://%s%s" % (urltype, realhost, rest)
                if proxy_bypass(realhost):
                    host = realhost
        else:
            host, selector = splithost(url)
            if host:
                user_passwd, host = splituser(host)
                host = unquote(host)
            realhost = host
        if not host:
            raise IOError, ('http error', 'no host given')

        h = connection_factory(host)
        if data is not None:
            h.putrequest('POST', selector)
            h.putheader('Content-Type', 'application/x-www-form-urlencoded')
            h.putheader('Content-Length', '%d' % len(data))
        else:
            h.putrequest('GET', selector)
        if proxy_passwd:
            h.putheader('Proxy-Authorization', 'Basic %s' % _basic(proxy_passwd))
        if user_passwd:
            h.putheader('Authorization', 'Basic %s' % _basic(user_passwd))
        if realhost:
            h.putheader('Host', realhost)
        for header in self.addheaders:
            h.putheader(*header)
        h.endheaders(data)
        errcode, errmsg, headers = h.getreply()
        fp = h.getfile()
        if errcode == -1:
            if fp:
                fp.close()
            raise IOError, ('http protocol error', 0, 'got a bad status line', None)
        if 200 <= errcode < 300:
            return addinfourl(fp, headers, "http:" + url, errcode)
        if data is None:
            return self.http_error(url, fp, errcode, errmsg, headers)
        return self.http_error(url, fp, errcode, errmsg, headers, data)

    def open_http(self, url, data=None):
        import httplib
        return self._open_generic_http(httplib.HTTP, url, data)

    def open_https(self, url, data=None):
        import httplib

        def connect(host):
            return httplib.HTTPS(host, 0, key_file=self.key_file,
                                 cert_file=self.cert_file, context=self.context)
        return self._open_generic_http(connect, url, data)

    def http_error(self, url, fp, errcode, errmsg, headers, data=None):
        """Dispatch an error status to http_error_<errcode>() when that
        exists and returns something; else http_error_default()."""
        method = getattr(self, 'http_error_%d' % errcode, None)
        if method is not None:
            if data is None:
                result = method(url, fp, errcode, errmsg, headers)
            else:
                result = method(url, fp, errcode, errmsg, headers, data)
            if result:
                return result
        return self.http_error_default(url, fp, errcode, errmsg, headers)

    def http_error_default(self, url, fp, errcode, errmsg, headers):
        fp.close()
        raise IOError, ('http error', errcode, errmsg, headers)

    def open_file(self, url):
        if not isinstance(url, str):
            raise IOError, ('file error', 'proxy support for file protocol currently not implemented')
        if url[:2] == '//' and url[2:3] != '/' and url[2:12].lower() != 'localhost/':
            return self.open_ftp(url)
        return self.open_local_file(url)

    def open_local_file(self, url):
        """A file of this machine, with Content-Type, Content-Length and
        Last-modified headers."""
        import email.utils
        import mimetools
        import mimetypes
        from StringIO import StringIO
        host, path = splithost(url)
        localname = url2pathname(path)
        try:
            st = os.stat(localname)
        except OSError as e:
            raise IOError(e.errno, e.strerror, e.filename)
        ctype = mimetypes.guess_type(url)[0] or 'text/plain'
        modified = email.utils.formatdate(st.st_mtime, usegmt=True)
        headers = mimetools.Message(StringIO(
            'Content-Type: %s\nContent-Length: %d\nLast-modified: %s\n'
            % (ctype, st.st_size, modified)))
        if host:
            host, port = splitport(host)
            if port or socket.gethostbyname(host) not in (localhost(), thishost()):
                raise IOError, ('local file error', 'not on local host')
        urlfile = path
        if path[:1] == '/':
            urlfile = 'file://' + path
        elif path[:2] == './':
            raise ValueError("local file url may start with / or file:. Unknown url of type: %s" % url)
        return addinfourl(open(localname, 'rb'), headers, urlfile)

    def open_ftp(self, url):
        """An FTP file or directory listing (connections are cached)."""
        if not isinstance(url, str):
            raise IOError, ('ftp error', 'proxy support for ftp protocol currently not implemented')
        import mimetools
        import mimetypes
        from StringIO import StringIO
        host, path = splithost(url)
        if not host:
            raise IOError, ('ftp error', 'no host given')
        host, port = splitport(host)
        user, host = splituser(host)
        if user:
            user, passwd = splitpasswd(user)
        else:
            passwd = None
        host = unquote(host)
        user = user or ''
        passwd = passwd or ''
        host = socket.gethostbyname(host)
        port = int(port) if port else ftplib_port()
        path, attrs = splitattr(path)
        path = unquote(path)
        dirs = path.split('/')
        dirs, filename = dirs[:-1], dirs[-1]
        if dirs and not dirs[0]:
            dirs = dirs[1:]
        if dirs and not dirs[0]:
            dirs[0] = '/'
        key = user, host, port, '/'.join(dirs)
        if len(self.ftpcache) > MAXFTPCACHE:
            for k in self.ftpcache.keys():
                if k != key:
                    conn = self.ftpcache.pop(k)
                    conn.close()
        try:
            if key not in self.ftpcache:
                self.ftpcache[key] = ftpwrapper(user, passwd, host, port, dirs)
            filetype = 'D' if not filename else 'I'
            for attr in attrs:
                name, value = splitvalue(attr)
                if name.lower() == 'type' and value in ('a', 'A', 'i', 'I', 'd', 'D'):
                    filetype = value.upper()
            fp, retrlen = self.ftpcache[key].retrfile(filename, filetype)
            mtype = mimetypes.guess_type("ftp:" + url)[0]
            head = ""
            if mtype:
                head += "Content-Type: %s\n" % mtype
            if retrlen is not None and retrlen >= 0:
                head += "Content-Length: %d\n" % retrlen
            return addinfourl(fp, mimetools.Message(StringIO(head)), "ftp:" + url)
        except ftperrors() as msg:
            raise IOError, ('ftp error', msg), sys.exc_info()[2]

    def open_data(self, url, data=None):
        """A data: URL: 'data:[<mediatype>][;base64],<data>'."""
        if not isinstance(url, str):
            raise IOError, ('data error', 'proxy support for data protocol currently not implemented')
        import mimetools
        from StringIO import StringIO
        try:
            mediatype, payload = url.split(',', 1)
        except ValueError:
            raise IOError, ('data error', 'bad data URL')
        if not mediatype:
            mediatype = 'text/plain;charset=US-ASCII'
        semi = mediatype.rfind(';')
        encoding = ''
        if semi >= 0 and '=' not in mediatype[semi:]:
            encoding = mediatype[semi + 1:]
            mediatype = mediatype[:semi]
        lines = ['Date: %s' % time.strftime('%a, %d %b %Y %H:%M:%S GMT', time.gmtime(time.time())),
                 'Content-type: %s' % mediatype]
        if encoding == 'base64':
            payload = base64.decodestring(payload)
        else:
            payload = unquote(payload)
        lines.append('Content-Length: %d' % len(payload))
        lines.append('')
        lines.append(payload)
        f = StringIO('\n'.join(lines))
        headers = mimetools.Message(f, 0)
        return addinfourl(f, headers, url)


def ftplib_port():
    import ftplib
    return ftplib.FTP_PORT


def _basic(user_passwd):
    return base64.b64encode(unquote(user_passwd)).strip()


class FancyURLopener(URLopener):
    """URLopener that follows redirects, asks for Basic credentials on
    401/407 and returns other error pages instead of raising."""

    def __init__(self, *args, **kwargs):
        URLopener.__init__(self, *args, **kwargs)
        self.auth_cache = {}
        self.tries = 0
        self.maxtries = 10

    def http_error_default(self, url, fp, errcode, errmsg, headers):
        return addinfourl(fp, headers, "http:" + url, errcode)

    def http_error_302(self, url, fp, errcode, errmsg, headers, data=None):
        self.tries += 1
        try:
            if self.maxtries and self.tries >= self.maxtries:
                handler = getattr(self, "http_error_500", self.http_error_default)
                return handler(url, fp, 500, "Internal Server Error: Redirect Recursion", headers)
            return self.redirect_internal(url, fp, errcode, errmsg, headers, data)
        finally:
            self.tries = 0

    def redirect_internal(self, url, fp, errcode, errmsg, headers, data):
        if 'location' in headers:
            target = headers['location']
        elif 'uri' in headers:
            target = headers['uri']
        else:
            return None
        fp.close()
        target = basejoin(self.type + ":" + url, target)
        # Only to network schemes: a redirect must not open local files.
        if not target.lower().startswith(('http://', 'https://', 'ftp://')):
            raise IOError('redirect error', errcode,
                          errmsg + " - Redirection to url '%s' is not allowed" % target,
                          headers)
        return self.open(target)

    http_error_301 = http_error_303 = http_error_302

    def http_error_307(self, url, fp, errcode, errmsg, headers, data=None):
        # A POST may not be redirected without asking the user.
        if data is None:
            return self.http_error_302(url, fp, errcode, errmsg, headers, data)
        return self.http_error_default(url, fp, errcode, errmsg, headers)

    def _basic_challenge(self, headers, field, url, fp, errcode, errmsg, data, kind):
        if field not in headers:
            URLopener.http_error_default(self, url, fp, errcode, errmsg, headers)
        match = re.match('[ \t]*([^ \t]+)[ \t]+realm="([^"]*)"', headers[field])
        if not match:
            URLopener.http_error_default(self, url, fp, errcode, errmsg, headers)
        scheme, realm = match.groups()
        if scheme.lower() != 'basic':
            URLopener.http_error_default(self, url, fp, errcode, errmsg, headers)
        retry = getattr(self, 'retry_%s%s_basic_auth' % (kind, self.type))
        if data is None:
            return retry(url, realm)
        return retry(url, realm, data)

    def http_error_401(self, url, fp, errcode, errmsg, headers, data=None):
        return self._basic_challenge(headers, 'www-authenticate', url, fp, errcode,
                                     errmsg, data, '')

    def http_error_407(self, url, fp, errcode, errmsg, headers, data=None):
        return self._basic_challenge(headers, 'proxy-authenticate', url, fp, errcode,
                                     errmsg, data, 'proxy_')

    def _retry_with_user(self, url, realm, data, scheme):
        host, selector = splithost(url)
        host = host[host.find('@') + 1:]
        user, passwd = self.get_user_passwd(host, realm, 0)
        if not (user or passwd):
            return None
        host = "%s:%s@%s" % (quote(user, safe=''), quote(passwd, safe=''), host)
        target = scheme + "://" + host + selector
        if data is None:
            return self.open(target)
        return self.open(target, data)

    def retry_http_basic_auth(self, url, realm, data=None):
        return self._retry_with_user(url, realm, data, 'http')

    def retry_https_basic_auth(self, url, realm, data=None):
        return self._retry_with_user(url, realm, data, 'https')

    def _retry_proxy(self, url, realm, data, scheme):
        host, selector = splithost(url)
        proxyhost = self.proxies[scheme]
        ptype, rest = splittype(proxyhost)
        phost, prest = splithost(rest)
        phost = phost[phost.find('@') + 1:]
        user, passwd = self.get_user_passwd(phost, realm, 0)
        if not (user or passwd):
            return None
        phost = "%s:%s@%s" % (quote(user, safe=''), quote(passwd, safe=''), phost)
        self.proxies[scheme] = '%s://%s%s' % (ptype, phost, prest)
        target = scheme + "://" + host + selector
        if data is None:
            return self.open(target)
        return self.open(target, data)

    def retry_proxy_http_basic_auth(self, url, realm, data=None):
        return self._retry_proxy(url, realm, data, 'http')

    def retry_proxy_https_basic_auth(self, url, realm, data=None):
        return self._retry_proxy(url, realm, data, 'https')

    def get_user_passwd(self, host, realm, clear_cache=0):
        key = realm + '@' + host.lower()
        if key in self.auth_cache:
            if not clear_cache:
                return self.auth_cache[key]
            del self.auth_cache[key]
        user, passwd = self.prompt_user_passwd(host, realm)
        if user or passwd:
            self.auth_cache[key] = (user, passwd)
        return user, passwd

    def prompt_user_passwd(self, host, realm):
        """Ask on the terminal (override to get credentials elsewhere)."""
        import getpass
        try:
            user = raw_input("Enter username for %s at %s: " % (realm, host))
            passwd = getpass.getpass("Enter password for %s in %s at %s: " % (user, realm, host))
            return user, passwd
        except KeyboardInterrupt:
            print
            return None, None


class ftpwrapper:
    """An FTP login kept open for open_ftp(): retrfile() returns a file
    for one transfer; the connection closes when it is no longer kept
    (close()) and no transfer file is open."""

    def __init__(self, user, passwd, host, port, dirs,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT, persistent=True):
        self.user, self.passwd = user, passwd
        self.host, self.port, self.dirs = host, port, dirs
        self.timeout = timeout
        self.keepalive = persistent
        self.refcount = 0          # transfer files still open
        try:
            self.init()
        except:
            self.close()
            raise

    def init(self):
        import ftplib
        self.busy = 0
        ftp = self.ftp = ftplib.FTP()
        ftp.connect(self.host, self.port, self.timeout)
        ftp.login(self.user, self.passwd)
        ftp.cwd('/'.join(self.dirs) or '/')

    def _listing(self, name):
        import ftplib
        self.ftp.voidcmd('TYPE A')
        if not name:
            return self.ftp.ntransfercmd('LIST')
        # LIST of a name that is not a directory would list nothing useful.
        here = self.ftp.pwd()
        try:
            self.ftp.cwd(name)
        except ftplib.error_perm as reason:
            raise IOError, ('ftp error', reason), sys.exc_info()[2]
        finally:
            self.ftp.cwd(here)
        return self.ftp.ntransfercmd('LIST ' + name)

    def retrfile(self, file, type):
        """(file object, length or None) for a file, or a listing when
        type is 'D' or the file cannot be retrieved."""
        import ftplib
        self.endtransfer()
        listing = type in ('d', 'D')
        command = 'TYPE A' if listing else 'TYPE ' + type
        try:
            self.ftp.voidcmd(command)
        except ftplib.all_errors:
            # The server dropped an idle connection: log in again.
            self.init()
            self.ftp.voidcmd(command)
        transfer = None
        if file and not listing:
            try:
                transfer = self.ftp.ntransfercmd('RETR ' + file)
            except ftplib.error_perm as reason:
                if not str(reason).startswith('550'):
                    raise IOError, ('ftp error', reason), sys.exc_info()[2]
        if transfer is None:
            transfer = self._listing(file)
        conn, length = transfer
        self.busy = 1
        self.refcount += 1
        fp = addclosehook(conn.makefile('rb'), self.file_close)
        conn.close()
        return fp, length

    def endtransfer(self):
        if self.busy:
            self.busy = 0
            try:
                self.ftp.voidresp()
            except ftperrors():
                pass

    def close(self):
        self.keepalive = False
        if self.refcount <= 0:
            self.real_close()

    def file_close(self):
        self.endtransfer()
        self.refcount -= 1
        if self.refcount <= 0 and not self.keepalive:
            self.real_close()

    def real_close(self):
        self.endtransfer()
        try:
            self.ftp.close()
        except ftperrors():
            pass


_urlopener = None


def urlopen(url, data=None, proxies=None, context=None):
    """Open a URL (http, https, ftp, file, data) for reading; data makes
    it a POST.  Error pages are returned, not raised (FancyURLopener)."""
    global _urlopener
    if proxies is not None or context is not None:
        opener = FancyURLopener(proxies=proxies, context=context)
    else:
        if not _urlopener:
            _urlopener = FancyURLopener()
        opener = _urlopener
    if data is None:
        return opener.open(url)
    return opener.open(url, data)


def urlretrieve(url, filename=None, reporthook=None, data=None, context=None):
    """Copy a URL to a file; returns (filename, headers)."""
    global _urlopener
    if context is not None:
        opener = FancyURLopener(context=context)
    else:
        if not _urlopener:
            _urlopener = FancyURLopener()
        opener = _urlopener
    return opener.retrieve(url, filename, reporthook, data)


def urlcleanup():
    """Remove the temporary files of urlretrieve()."""
    if _urlopener:
        _urlopener.cleanup()
    _safe_quoters.clear()
    ftpcache.clear()
