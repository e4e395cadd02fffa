# cookielib: the date and header helpers, DefaultCookiePolicy decisions,
# CookieJar with fake requests/responses and with urllib2 against a local
# server (127.0.0.1, ephemeral port), and the two file formats.
import BaseHTTPServer
import cookielib
import mimetools
import os
import tempfile
import threading
import urllib2
from StringIO import StringIO

print cookielib.http2time('Wed, 09 Feb 1994 22:23:32 GMT'), cookielib.http2time('09 Feb 1994 22:23:32 +0100')
print cookielib.http2time('Tuesday, 08-Feb-94 14:15:29 GMT'), cookielib.http2time('08-Feb-1994')
print cookielib.http2time('03-Feb-1994 10:00 PST'), cookielib.http2time('junk'), cookielib.http2time('31-Feb-1994')
print cookielib.iso2time('1994-02-03 14:15:29 -0100'), cookielib.iso2time('19940203T141529Z'), cookielib.iso2time('x')
print cookielib.time2isoz(0), cookielib.time2netscape(1234567890)
print cookielib.split_header_words(['foo="bar"; port="80,81"; discard, bar=baz', 'junk=; ;=x; y="a\\"b"'])
print cookielib.join_header_words([[('a', 'b c'), ('d', None), ('e', 'f')], [('x', '"')]])
print cookielib.parse_ns_headers(['a=b; path=/; expires=Wed, 09 Feb 1994 22:23:32 GMT; =x; foo; Version="1"',
                                  '; x', 'k', 'a="q"; expires="09 Feb 1994"; Max-Age=5; secure'])
for a, b in [('www.acme.com', '.acme.com'), ('acme.com', '.acme.com'), ('x.y.acme.com', '.acme.com'),
             ('acme.com', 'acme.com'), ('192.168.1.1', '.1.1'), ('a.b', '.b')]:
    print a, b, cookielib.domain_match(a, b), cookielib.user_domain_match(a, b)
print cookielib.is_HDN('a.b'), cookielib.is_HDN('1.2.3.4'), cookielib.is_HDN('.a'), cookielib.liberal_is_HDN('x.')
print cookielib.reach('www.acme.com'), cookielib.reach('acme.com'), cookielib.reach('host.local'), cookielib.reach('h')
print cookielib.escape_path('/foo bar/%7e/\xe9'), cookielib.escape_path(u'/\u20ac')


class FakeResponse:
    def __init__(self, headers):
        self._msg = mimetools.Message(StringIO('\n'.join(headers) + '\n\n'))

    def info(self):
        return self._msg


def jar_round(jar, url, headers, next_url=None, unverifiable=False, origin=None):
    req = urllib2.Request(url, origin_req_host=origin, unverifiable=unverifiable)
    jar.extract_cookies(FakeResponse(headers), req)
    req2 = urllib2.Request(next_url or url)
    jar.add_cookie_header(req2)
    return req2.get_header('Cookie'), req2.get_header('Cookie2')

jar = cookielib.CookieJar()
print jar_round(jar, 'http://www.acme.com/a/b/page', ['Set-Cookie: sess=1; path=/', 'Set-Cookie: local=2',
                                                    'Set-Cookie: dom=3; domain=.acme.com; path=/',
                                                    'Set-Cookie: wrongdom=4; domain=.other.com',
                                                    'Set-Cookie: tld=5; domain=.com',
                                                    'Set-Cookie: sec=6; secure; path=/',
                                                    'Set-Cookie: exp=7; expires=Wed, 09 Feb 1994 22:23:32 GMT',
                                                    'Set-Cookie: future=8; expires=Wed, 09 Feb 2094 22:23:32 GMT; path=/',
                                                    'Set-Cookie: age=9; max-age=3600; path=/'])
print len(jar), sorted(c.name for c in jar)
for c in jar:
    print ' ', c, c.domain_specified, c.domain_initial_dot, c.path_specified, c.discard, c.expires is None, c.version
c = [c for c in jar if c.name == 'sess'][0]
print repr(c)
print c.is_expired(), c.has_nonstandard_attr('x'), c.get_nonstandard_attr('x', 'd')
c.set_nonstandard_attr('x', 'y')
print c.get_nonstandard_attr('x')
req = urllib2.Request('http://www.acme.com/a/b/other')
jar.add_cookie_header(req)
print req.get_header('Cookie')
req = urllib2.Request('https://sub.acme.com/')
jar.add_cookie_header(req)
print req.get_header('Cookie')
req = urllib2.Request('http://www.acme.com:8080/')
jar.add_cookie_header(req)
print req.get_header('Cookie')
print jar_round(jar, 'http://www.acme.com/', ['Set-Cookie: sess=gone; path=/; expires=Wed, 09 Feb 1994 22:23:32 GMT'])
jar.clear_session_cookies()
print sorted(c.name for c in jar)
jar.clear('.acme.com')
print sorted(c.name for c in jar)
try:
    jar.clear(name='x')
except ValueError as e:
    print 'ValueError', e
try:
    jar.clear('nodomain.test')
except KeyError as e:
    print 'KeyError', e
jar.clear()
print len(jar), repr(jar), str(jar)

# RFC 2965 and RFC 2109 cookies
policy = cookielib.DefaultCookiePolicy(rfc2965=True)
jar = cookielib.CookieJar(policy)
print jar_round(jar, 'http://www.acme.com/acme/login', ['Set-Cookie2: Customer="WILE_E_COYOTE"; Version="1"; Path="/acme"',
                                                      'Set-Cookie: old=1; path=/'],
                'http://www.acme.com/acme/pickitem')
print jar_round(jar, 'http://www.acme.com/acme/x', ['Set-Cookie: v1="x y"; Version=1; Path="/acme"'],
                'http://www.acme.com/acme/y')
for c in jar:
    print ' ', repr(c.name), c.version, c.rfc2109, c.path, c.port
jar = cookielib.CookieJar()
print jar_round(jar, 'http://www.acme.com/', ['Set-Cookie: v1=x; Version=1; Path=/'])
print [(c.version, c.rfc2109) for c in jar]
jar = cookielib.CookieJar(cookielib.DefaultCookiePolicy(rfc2965=True, rfc2109_as_netscape=False))
print jar_round(jar, 'http://www.acme.com/', ['Set-Cookie: v1=x; Version=1; Path=/; Port="80,8080"'])

# policy switches
for kwargs in [{'blocked_domains': ['.acme.com']}, {'allowed_domains': ['www.acme.com']},
               {'allowed_domains': ['other.test']}, {'netscape': False},
               {'strict_ns_domain': cookielib.DefaultCookiePolicy.DomainStrict},
               {'strict_ns_set_path': True}, {'strict_ns_set_initial_dollar': True},
               {'strict_domain': True}]:
    jar = cookielib.CookieJar(cookielib.DefaultCookiePolicy(**kwargs))
    result = jar_round(jar, 'http://www.acme.com/x/y', ['Set-Cookie: a=1; path=/', 'Set-Cookie: b=2; domain=.acme.com; path=/',
                                                      'Set-Cookie: c=3; path=/other', 'Set-Cookie: $d=4; path=/',
                                                      'Set-Cookie: e=5; domain=.co.uk'],
                       'http://www.acme.com/x/z')
    print sorted(kwargs.items()), result
p = cookielib.DefaultCookiePolicy(blocked_domains=['a.test'])
print p.blocked_domains(), p.allowed_domains(), p.is_blocked('a.test'), p.is_not_allowed('b.test')
p.set_blocked_domains([])
p.set_allowed_domains(['.b.test'])
print p.is_blocked('a.test'), p.is_not_allowed('x.b.test'), p.is_not_allowed('c.test')

# third-party (unverifiable) requests
jar = cookielib.CookieJar(cookielib.DefaultCookiePolicy(strict_ns_unverifiable=True))
print jar_round(jar, 'http://ads.other.test/img', ['Set-Cookie: track=1'], unverifiable=True, origin='www.acme.com')
print jar_round(jar, 'http://www.acme.com/img', ['Set-Cookie: own=1'], unverifiable=True, origin='www.acme.com')


# urllib2 with HTTPCookieProcessor
class Handler(BaseHTTPServer.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        body = 'cookie=%s' % self.headers.get('cookie')
        self.send_response(200)
        if self.path == '/login':
            self.send_header('Set-Cookie', 'session=abc123; Path=/')
            self.send_header('Set-Cookie', 'pref=dark; Path=/settings')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

server = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, args=(0.05,))
thread.daemon = True
thread.start()
base = 'http://127.0.0.1:%d' % server.server_address[1]
jar = cookielib.CookieJar()
opener = urllib2.build_opener(urllib2.HTTPCookieProcessor(jar))
print opener.open(base + '/login').read()
print opener.open(base + '/page').read()
print opener.open(base + '/settings/x').read()
print sorted((c.name, c.domain, c.path) for c in jar)
server.shutdown()
server.server_close()

# files
path = tempfile.mktemp()
for cls in (cookielib.LWPCookieJar, cookielib.MozillaCookieJar):
    jar = cls(path)
    jar_round(jar, 'http://www.acme.com/', ['Set-Cookie: keep=1; path=/; domain=.acme.com; expires=Wed, 09 Feb 2094 22:23:32 GMT',
                                            'Set-Cookie: session=2; path=/'])
    jar.save()
    text = open(path).read()
    print cls.__name__, text.count('\n'), 'keep' in text, 'session' in text
    jar.save(ignore_discard=True)
    loaded = cls()
    loaded.load(path)
    print sorted(c.name for c in loaded)
    loaded = cls()
    loaded.load(path, ignore_discard=True)
    print sorted((c.name, c.value, c.domain, c.path, c.discard) for c in loaded)
    loaded.revert(path)
    print len(loaded)
    open(path, 'w').write('garbage\n')
    try:
        cls().load(path)
    except cookielib.LoadError as e:
        print 'LoadError', isinstance(e, IOError)
    try:
        cls().load()
    except ValueError as e:
        print 'ValueError', e
os.unlink(path)
c = cookielib.Cookie(0, 'n', 'v', None, False, '.x.test', True, True, '/', True, False, 2000000000, False, None, None, {'HttpOnly': None})
print cookielib.lwp_cookie_str(c)
