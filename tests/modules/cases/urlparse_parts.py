# urlparse: split/parse/unsplit round trips, netloc properties, RFC 1808 joins, query strings
import urlparse as U, pickle
urls = ['http://user:pw@Host.Example.COM:8080/p/a/t/h;par?q=1&r=2#frag', 'https://[::1]:443/x', 'http://[fe80::1%25en0]/', 'ftp://ftp.x.org/pub;type=d', 'mailto:joe@x.org',
        'file:///etc/passwd', '//netloc/only', 'path/only?q#f', 'host:80', 'http:80', 'svn+ssh://h/r', 'HTTP://UP/CASE', 'a1+-.:rest', '', '#frag', '?q', 'http://u@h', 'http://u:@h:', 'http://h:/p',
        'http://h:99999/', u'http://\xe9.com/\xe9?\xe9#\xe9', 'git+ssh://git@github.com/a/b.git', 'tel:+1-555', 'sip:alice@atlanta.com;transport=tcp', 'http://a/b/c/d;p?q']
for u in urls:
    for frag in (True, False):
        try:
            s = U.urlsplit(u, 'dflt', frag); p = U.urlparse(u, '', frag)
            print repr(u), tuple(s), tuple(p), repr((s.geturl(), p.geturl(), U.urlunsplit(s), U.urlunparse(p)))
            print '  ', repr((s.username, s.password, s.hostname, p.port if 'h:99999' not in u else 'skip', p.username)), type(s).__name__, type(p).__name__
        except ValueError as e: print repr(u), 'ValueError', e
for bad in ['http://[::1/', 'http://::1]/', 'http://h:port/']:
    try: r = U.urlsplit(bad); print r, r.port
    except ValueError as e: print 'ValueError', e
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'http:', 'https://x/y']:
    print repr(rel), U.urljoin(base, rel), U.urljoin(base, rel, False)
print U.urljoin('', 'a'), U.urljoin('http://a', ''), U.urljoin('mailto:x', 'y'), U.urljoin('http://a/b/', '../../x'), U.urljoin('ftp://a/b/c', 'd')
print U.urldefrag('http://a/b#c'), U.urldefrag('http://a/b'), U.urldefrag('http://a/b;p?q#')
for qs in ['a=1&b=2;c=3', 'a=1&a=2', 'a&b=', 'a=%20b+c&%zz=%4', '', '&&', 'x=1;;y', u'u=%C3%A9', u'\xe9=1']:
    for kb in (0, 1):
        print repr(qs), kb, U.parse_qs(qs, kb), U.parse_qsl(qs, kb)
for qs in ['a', 'a=1&b']:
    try: U.parse_qsl(qs, 0, 1)
    except ValueError as e: print 'ValueError', e
try: U.parse_qsl('a=1&b=2&c=3', max_num_fields=2)
except ValueError as e: print 'ValueError', e
print U.unquote('%41%2x%'), repr(U.unquote(u'%C3%A9 \xe9')), U.uses_netloc, U.uses_relative, U.uses_params, U.non_hierarchical, U.uses_query, U.uses_fragment, U.scheme_chars, U.MAX_CACHE_SIZE
r = U.urlparse('http://h/p'); print pickle.loads(pickle.dumps(r)) == r, type(pickle.loads(pickle.dumps(r, 2))).__name__, r._replace(path='/x').geturl(), r._asdict(), U.SplitResult._fields, U.SplitResult.__module__, U.ParseResult.__mro__[1].__name__
try: r.foo = 1
except AttributeError as e: print 'AttributeError'
print [U.urlsplit('http://x/%d' % i).path for i in range(30)][-1], len(U._parse_cache) <= 20
